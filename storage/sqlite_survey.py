"""SQLite tables for survey responses, volunteer sign-ups and roles (mixed into SqliteStore)."""

from __future__ import annotations

import json

import aiosqlite

from storage.base import Response, Role, Volunteer


class SurveyTables:
    db: aiosqlite.Connection

    async def save_response(self, response: Response) -> None:
        await self.db.execute(
            "INSERT INTO survey_responses (survey, respondent, language, answers) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (survey, respondent) DO UPDATE SET "
            "language = excluded.language, answers = excluded.answers, "
            "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
            (response.survey, response.respondent, response.language,
             json.dumps(response.answers, ensure_ascii=False)),
        )
        await self.db.commit()

    async def get_response(self, survey: str, respondent: str) -> Response | None:
        found = await self._responses("WHERE survey = ? AND respondent = ?", (survey, respondent))
        return found[0] if found else None

    async def list_responses(self, survey: str) -> list[Response]:
        return await self._responses("WHERE survey = ? ORDER BY created_at, respondent", (survey,))

    async def _responses(self, where: str, params: tuple[str, ...]) -> list[Response]:
        sql = ("SELECT survey, respondent, language, answers, created_at, updated_at "
               f"FROM survey_responses {where}")
        async with self.db.execute(sql, params) as cursor:
            rows = await cursor.fetchall()
        return [Response(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5]) for r in rows]

    async def delete_responses(self, respondent: str) -> int:
        cursor = await self.db.execute(
            "DELETE FROM survey_responses WHERE respondent = ?", (respondent,)
        )
        await self.db.commit()
        return max(cursor.rowcount, 0)

    async def add_volunteer(
        self, platform: str, user_id: str, group: str, language: str, contact: str
    ) -> int:
        cursor = await self.db.execute(
            "INSERT INTO volunteers (platform, user_id, group_name, language, contact) "
            "VALUES (?, ?, ?, ?, ?)",
            (platform, user_id, group, language, contact),
        )
        await self.db.commit()
        return int(cursor.lastrowid or 0)

    async def list_volunteers(self) -> list[Volunteer]:
        sql = ("SELECT id, platform, user_id, group_name, language, contact, created_at "
               "FROM volunteers ORDER BY id")
        async with self.db.execute(sql) as cursor:
            rows = await cursor.fetchall()
        return [Volunteer(*row) for row in rows]

    async def grant_role(
        self, platform: str, user_id: str, role: str, languages: tuple[str, ...]
    ) -> None:
        await self.db.execute(
            "INSERT INTO roles (platform, user_id, role, languages) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (platform, user_id, role) DO UPDATE SET languages = excluded.languages",
            (platform, user_id, role, json.dumps(list(languages))),
        )
        await self.db.commit()

    async def revoke_role(self, platform: str, user_id: str, role: str) -> bool:
        cursor = await self.db.execute(
            "DELETE FROM roles WHERE platform = ? AND user_id = ? AND role = ?",
            (platform, user_id, role),
        )
        await self.db.commit()
        return cursor.rowcount > 0

    async def get_roles(self, platform: str, user_id: str) -> list[Role]:
        return await self._roles("WHERE platform = ? AND user_id = ?", (platform, user_id))

    async def list_roles(self) -> list[Role]:
        return await self._roles("ORDER BY platform, user_id, role", ())

    async def _roles(self, where: str, params: tuple[str, ...]) -> list[Role]:
        sql = f"SELECT platform, user_id, role, languages, granted_at FROM roles {where}"
        async with self.db.execute(sql, params) as cursor:
            rows = await cursor.fetchall()
        return [Role(r[0], r[1], r[2], tuple(json.loads(r[3])), r[4]) for r in rows]

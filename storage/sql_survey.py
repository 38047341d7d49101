"""Survey responses, volunteer sign-ups and roles (mixed into SqlStore)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from storage.base import Response, Role, Volunteer
from storage.schema import roles, survey_responses, volunteers
from storage.sql_common import Tables, Upsert, now

SAVE_RESPONSE = Upsert(survey_responses, ("survey", "respondent"),
                       ("language", "answers", "updated_at"))
GRANT = Upsert(roles, ("platform", "user_id", "role"), ("languages",))
_RESPONSE = select(survey_responses.c.survey, survey_responses.c.respondent,
                   survey_responses.c.language, survey_responses.c.answers,
                   survey_responses.c.created_at, survey_responses.c.updated_at)
_ROLE = select(roles.c.platform, roles.c.user_id, roles.c.role, roles.c.languages,
               roles.c.granted_at)


def _response(row: Any) -> Response:
    return Response(row[0], row[1], row[2], json.loads(row[3]), row[4], row[5])


def _role(row: Any) -> Role:
    return Role(row[0], row[1], row[2], tuple(json.loads(row[3])), row[4])


class SurveyTables(Tables):
    async def save_response(self, response: Response) -> None:
        at = now()
        values = {"survey": response.survey, "respondent": response.respondent,
                  "language": response.language, "created_at": at, "updated_at": at,
                  "answers": json.dumps(response.answers, ensure_ascii=False)}
        await self.runner.run(lambda c: c.execute(SAVE_RESPONSE(c), values), single=True)

    async def get_response(self, survey: str, respondent: str) -> Response | None:
        def read(connection: Connection) -> Response | None:
            row = connection.execute(_RESPONSE.where(
                survey_responses.c.survey == survey,
                survey_responses.c.respondent == respondent)).first()
            return None if row is None else _response(row)

        return await self.runner.run(read, write=False, single=True)

    async def list_responses(self, survey: str) -> list[Response]:
        query = _RESPONSE.where(survey_responses.c.survey == survey).order_by(
            survey_responses.c.created_at, survey_responses.c.respondent)
        return await self.runner.run(
            lambda c: [_response(r) for r in c.execute(query)], write=False)

    async def delete_responses(self, respondent: str) -> int:
        statement = delete(survey_responses).where(survey_responses.c.respondent == respondent)
        return await self.runner.run(lambda c: max(c.execute(statement).rowcount, 0), single=True)

    async def add_volunteer(
        self, platform: str, user_id: str, group: str, language: str, contact: str
    ) -> int:
        statement = insert(volunteers).values(
            platform=platform, user_id=user_id, group_name=group, language=language,
            contact=contact, created_at=now()).returning(volunteers.c.id)
        return await self.runner.run(lambda c: int(c.execute(statement).scalar_one()),
                                     single=True)

    async def list_volunteers(self) -> list[Volunteer]:
        query = select(volunteers.c.id, volunteers.c.platform, volunteers.c.user_id,
                       volunteers.c.group_name, volunteers.c.language, volunteers.c.contact,
                       volunteers.c.created_at).order_by(volunteers.c.id)
        return await self.runner.run(
            lambda c: [Volunteer(*r) for r in c.execute(query)], write=False)

    async def grant_role(
        self, platform: str, user_id: str, role: str, languages: tuple[str, ...]
    ) -> None:
        values = {"platform": platform, "user_id": user_id, "role": role,
                  "languages": json.dumps(list(languages)), "granted_at": now()}
        await self.runner.run(lambda c: c.execute(GRANT(c), values), single=True)

    async def revoke_role(self, platform: str, user_id: str, role: str) -> bool:
        statement = delete(roles).where(roles.c.platform == platform, roles.c.user_id == user_id,
                                        roles.c.role == role)
        return await self.runner.run(lambda c: c.execute(statement).rowcount > 0, single=True)

    async def get_roles(self, platform: str, user_id: str) -> list[Role]:
        query = _ROLE.where(roles.c.platform == platform, roles.c.user_id == user_id)
        return await self.runner.run(lambda c: [_role(r) for r in c.execute(query)], write=False,
                                     single=True)

    async def list_roles(self) -> list[Role]:
        query = _ROLE.order_by(roles.c.platform, roles.c.user_id, roles.c.role)
        return await self.runner.run(lambda c: [_role(r) for r in c.execute(query)], write=False)

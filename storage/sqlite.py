"""The Store on SQLite through aiosqlite: WAL mode, numbered migrations, parameterized SQL only."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import aiosqlite

from storage.base import FlowState, StoreError
from storage.sqlite_broadcast import BroadcastTables
from storage.sqlite_survey import SurveyTables

_MIGRATION = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")

# Tables that hold rows about one user, by their user columns; drop_user clears all of them.
# Survey responses are keyed by a pseudonymous id instead: see delete_responses.
USER_TABLES = ("flows", "users", "volunteers", "roles")


def migrations() -> list[tuple[int, str, str]]:
    """(version, file name, SQL) of every migration shipped in storage/migrations, in order."""
    found = []
    for entry in resources.files("storage").joinpath("migrations").iterdir():
        match = _MIGRATION.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    versions = [v for v, _, _ in found]
    if versions != list(range(1, len(found) + 1)):
        raise StoreError(f"migrations must be numbered 1..n without gaps, found {versions}")
    return found


class SqliteStore(SurveyTables, BroadcastTables):
    def __init__(self, db: aiosqlite.Connection) -> None:
        self.db = db

    @classmethod
    async def open(cls, path: str) -> SqliteStore:
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        try:
            db = await aiosqlite.connect(path)
        except Exception as error:  # sqlite3.OperationalError and friends
            raise StoreError(f"cannot open SQLite database {path!r}: {error}") from error
        await db.execute("PRAGMA journal_mode=WAL")
        # In WAL mode, NORMAL keeps every commit across a crash of the process (SIGKILL
        # included) and only a power cut can lose the last ones; FULL would fsync on every
        # commit, which caps the broadcast queue below Telegram's 30 messages a second.
        await db.execute("PRAGMA synchronous=NORMAL")
        await db.execute("PRAGMA busy_timeout=5000")
        await db.execute("PRAGMA foreign_keys=ON")
        store = cls(db)
        await store.migrate()
        return store

    async def migrate(self) -> list[int]:
        """Apply pending migrations, each in its own transaction; returns the versions applied."""
        await self.db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL "
            "DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))"
        )
        await self.db.commit()
        current = await self.schema_version()
        applied = []
        for version, name, sql in migrations():
            if version <= current:
                continue
            try:
                await self.db.executescript(
                    f"BEGIN;\n{sql}\nINSERT INTO schema_migrations (version, name) "
                    f"VALUES ({version:d}, '{name}');\nCOMMIT;"
                )
            except Exception as error:
                await self.db.rollback()
                raise StoreError(f"migration {name} failed: {error}") from error
            applied.append(version)
        return applied

    async def schema_version(self) -> int:
        async with self.db.execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations") as c:
            row = await c.fetchone()
        return int(row[0]) if row else 0

    async def get_language(self, platform: str, user_id: str) -> str | None:
        sql = "SELECT language FROM users WHERE platform = ? AND user_id = ?"
        async with self.db.execute(sql, (platform, user_id)) as cursor:
            row = await cursor.fetchone()
        return str(row[0]) if row and row[0] else None

    async def set_language(self, platform: str, user_id: str, language: str) -> None:
        await self.db.execute(
            "INSERT INTO users (platform, user_id, language) VALUES (?, ?, ?) "
            "ON CONFLICT (platform, user_id) DO UPDATE SET language = excluded.language",
            (platform, user_id, language),
        )
        await self.db.commit()

    async def set_reachable(self, platform: str, user_id: str, reachable: bool) -> None:
        await self.db.execute(
            "INSERT INTO users (platform, user_id, reachable) VALUES (?, ?, ?) "
            "ON CONFLICT (platform, user_id) DO UPDATE SET reachable = excluded.reachable",
            (platform, user_id, int(reachable)),
        )
        await self.db.commit()

    async def is_reachable(self, platform: str, user_id: str) -> bool:
        sql = "SELECT reachable FROM users WHERE platform = ? AND user_id = ?"
        async with self.db.execute(sql, (platform, user_id)) as cursor:
            row = await cursor.fetchone()
        return row is None or bool(row[0])

    async def get_flow(self, platform: str, user_id: str) -> FlowState | None:
        sql = "SELECT name, step, data FROM flows WHERE platform = ? AND user_id = ?"
        async with self.db.execute(sql, (platform, user_id)) as cursor:
            row = await cursor.fetchone()
        if row is None:
            return None
        return FlowState(name=row[0], step=row[1], data=json.loads(row[2]))

    async def set_flow(self, platform: str, user_id: str, flow: FlowState) -> None:
        await self.db.execute(
            "INSERT INTO flows (platform, user_id, name, step, data) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (platform, user_id) DO UPDATE SET name = excluded.name, "
            "step = excluded.step, data = excluded.data, "
            "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
            (platform, user_id, flow.name, flow.step, json.dumps(flow.data, ensure_ascii=False)),
        )
        await self.db.commit()

    async def clear_flow(self, platform: str, user_id: str) -> bool:
        sql = "DELETE FROM flows WHERE platform = ? AND user_id = ?"
        cursor = await self.db.execute(sql, (platform, user_id))
        await self.db.commit()
        return cursor.rowcount > 0

    async def get_chat_language(self, platform: str, chat_id: str) -> str | None:
        sql = "SELECT language FROM chats WHERE platform = ? AND chat_id = ?"
        async with self.db.execute(sql, (platform, chat_id)) as cursor:
            row = await cursor.fetchone()
        return str(row[0]) if row and row[0] else None

    async def set_chat_language(self, platform: str, chat_id: str, language: str) -> None:
        await self.db.execute(
            "INSERT INTO chats (platform, chat_id, language) VALUES (?, ?, ?) "
            "ON CONFLICT (platform, chat_id) DO UPDATE SET language = excluded.language",
            (platform, chat_id, language),
        )
        await self.db.commit()

    async def set_announcements(self, platform: str, chat_id: str, channel: str) -> None:
        await self.db.execute(
            "INSERT INTO chats (platform, chat_id, announcements) VALUES (?, ?, ?) "
            "ON CONFLICT (platform, chat_id) DO UPDATE SET announcements = excluded.announcements",
            (platform, chat_id, channel),
        )
        await self.db.commit()

    async def get_announcements(self, platform: str, chat_id: str) -> str | None:
        sql = "SELECT announcements FROM chats WHERE platform = ? AND chat_id = ?"
        async with self.db.execute(sql, (platform, chat_id)) as cursor:
            row = await cursor.fetchone()
        return str(row[0]) if row and row[0] else None

    async def get_meta(self, key: str) -> str | None:
        async with self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)) as cursor:
            row = await cursor.fetchone()
        return str(row[0]) if row else None

    async def set_meta(self, key: str, value: str) -> None:
        await self.db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
        await self.db.commit()

    async def drop_user(self, platform: str, user_id: str) -> int:
        deleted = await self.unsubscribe(platform, user_id)
        for table in USER_TABLES:
            cursor = await self.db.execute(
                f"DELETE FROM {table} WHERE platform = ? AND user_id = ?", (platform, user_id)
            )
            deleted += max(cursor.rowcount, 0)
        await self.db.commit()
        return deleted

    async def close(self) -> None:
        await self.db.close()

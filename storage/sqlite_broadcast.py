"""SQLite tables for subscriptions, events, the broadcast queue and the audit log."""

from __future__ import annotations

import json

import aiosqlite

from storage.base import Delivery, Event, Recipient

_DELIVERY = ("SELECT id, announcement_id, platform, chat_id, kind, language, body, status, "
             "attempts, reason FROM deliveries")
_EVENT = "SELECT id, title, starts_at, timezone, languages, link, created_by FROM events"


class BroadcastTables:
    db: aiosqlite.Connection

    async def subscribe(self, platform: str, chat_id: str, language: str, kind: str) -> bool:
        cursor = await self.db.execute(
            "INSERT OR IGNORE INTO subscriptions (platform, chat_id, language, kind) "
            "VALUES (?, ?, ?, ?)", (platform, chat_id, language, kind))
        await self.db.commit()
        return cursor.rowcount > 0

    async def unsubscribe(self, platform: str, chat_id: str, language: str | None = None) -> int:
        if language is None:
            cursor = await self.db.execute(
                "DELETE FROM subscriptions WHERE platform = ? AND chat_id = ?", (platform, chat_id))
        else:
            cursor = await self.db.execute(
                "DELETE FROM subscriptions WHERE platform = ? AND chat_id = ? AND language = ?",
                (platform, chat_id, language))
        await self.db.commit()
        return max(cursor.rowcount, 0)

    async def subscribers(self, languages: tuple[str, ...]) -> list[Recipient]:
        marks = ",".join("?" * len(languages))
        sql = ("SELECT platform, chat_id, language, kind FROM subscriptions "
               f"WHERE language IN ({marks}) ORDER BY platform, chat_id, language")
        async with self.db.execute(sql, languages) as cursor:
            rows = await cursor.fetchall()
        return [Recipient(*row) for row in rows]

    async def add_event(self, title: str, starts_at: str, timezone: str,
                        languages: tuple[str, ...], link: str, created_by: str,
                        seed: str | None = None) -> int | None:
        cursor = await self.db.execute(
            "INSERT OR IGNORE INTO events (title, starts_at, timezone, languages, link, "
            "created_by, seed) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (title, starts_at, timezone, json.dumps(list(languages)), link, created_by, seed))
        await self.db.commit()
        return int(cursor.lastrowid) if cursor.rowcount > 0 and cursor.lastrowid else None

    async def upcoming_events(self, now: str) -> list[Event]:
        return await self._events("WHERE starts_at >= ? ORDER BY starts_at", (now,))

    async def events_to_remind(self, before: str) -> list[Event]:
        return await self._events("WHERE reminded = 0 AND starts_at <= ? ORDER BY starts_at",
                                  (before,))

    async def _events(self, where: str, params: tuple[str, ...]) -> list[Event]:
        async with self.db.execute(f"{_EVENT} {where}", params) as cursor:
            rows = await cursor.fetchall()
        return [Event(r[0], r[1], r[2], r[3], tuple(json.loads(r[4])), r[5], r[6]) for r in rows]

    async def mark_reminded(self, event_id: int) -> None:
        await self.db.execute("UPDATE events SET reminded = 1 WHERE id = ?", (event_id,))
        await self.db.commit()

    async def enqueue(self, author: str, send_at: str, kind: str,
                      deliveries: list[tuple[Recipient, str]]) -> int:
        await self.db.execute("BEGIN")
        try:
            cursor = await self.db.execute(
                "INSERT INTO announcements (author, send_at, kind) VALUES (?, ?, ?)",
                (author, send_at, kind))
            announcement = int(cursor.lastrowid or 0)
            await self.db.executemany(
                "INSERT OR IGNORE INTO deliveries (announcement_id, platform, chat_id, kind, "
                "language, body, next_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(announcement, r.platform, r.chat_id, r.kind, r.language, body, send_at)
                 for r, body in deliveries])
            await self.db.commit()
        except Exception:
            await self.db.rollback()
            raise
        return announcement

    async def due(self, platform: str, now: str, limit: int) -> list[Delivery]:
        sql = (f"{_DELIVERY} WHERE status = 'queued' AND platform = ? AND next_at <= ? "
               "ORDER BY next_at, id LIMIT ?")
        async with self.db.execute(sql, (platform, now, limit)) as cursor:
            rows = await cursor.fetchall()
        return [Delivery(*row) for row in rows]

    async def mark(self, delivery_id: int, status: str, reason: str = "",
                   next_at: str | None = None) -> None:
        attempts = "attempts + 1" if status in ("sent", "failed", "queued") else "attempts"
        await self.db.execute(
            f"UPDATE deliveries SET status = ?, reason = ?, attempts = {attempts}, "
            "next_at = COALESCE(?, next_at), updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
            "WHERE id = ?", (status, reason, next_at, delivery_id))
        await self.db.commit()

    async def requeue_in_flight(self) -> int:
        cursor = await self.db.execute(
            "UPDATE deliveries SET status = 'queued', reason = 'in flight at a restart' "
            "WHERE status = 'sending'")
        await self.db.commit()
        return max(cursor.rowcount, 0)

    async def delivery_report(self, announcement_id: int | None = None) -> list[Delivery]:
        params: tuple[int, ...] = ()
        if announcement_id is None:
            sql = f"{_DELIVERY} WHERE status IN ('failed', 'skipped') ORDER BY id"
        else:
            sql, params = f"{_DELIVERY} WHERE announcement_id = ? ORDER BY id", (announcement_id,)
        async with self.db.execute(sql, params) as cursor:
            rows = await cursor.fetchall()
        return [Delivery(*row) for row in rows]

    async def delivery_counts(self) -> dict[str, int]:
        async with self.db.execute(
                "SELECT status, COUNT(*) FROM deliveries GROUP BY status") as cursor:
            rows = await cursor.fetchall()
        return {str(r[0]): int(r[1]) for r in rows}

    async def audit(self, actor: str, action: str, detail: str) -> None:
        await self.db.execute("INSERT INTO audit (actor, action, detail) VALUES (?, ?, ?)",
                              (actor, action, detail))
        await self.db.commit()

    async def audit_log(self, limit: int = 100) -> list[tuple[str, str, str, str]]:
        sql = "SELECT at, actor, action, detail FROM audit ORDER BY id DESC LIMIT ?"
        async with self.db.execute(sql, (limit,)) as cursor:
            rows = await cursor.fetchall()
        return [(str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]

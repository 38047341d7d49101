"""Subscriptions, events, the broadcast queue and the audit log (mixed into SqlStore)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import (
    Connection,
    Integer,
    Text,
    case,
    delete,
    func,
    insert,
    literal,
    select,
    update,
)

from storage.base import (
    AnnouncementKind,
    ChatKind,
    Delivery,
    DeliveryStatus,
    Event,
    Recipient,
)
from storage.schema import announcements, audit, deliveries, events, subscriptions
from storage.sql_common import Tables, Upsert, insert_many, now

SUBSCRIBE = Upsert(subscriptions, ("platform", "chat_id", "language"))
ADD_EVENT = Upsert(events, ("seed",))
ADD_DELIVERIES = Upsert(deliveries, ("announcement_id", "platform", "chat_id"))
_DELIVERY = select(deliveries.c.id, deliveries.c.announcement_id, deliveries.c.platform,
                   deliveries.c.chat_id, deliveries.c.kind, deliveries.c.language,
                   deliveries.c.body, deliveries.c.status, deliveries.c.attempts,
                   deliveries.c.reason, deliveries.c.buttons)
_EVENT = select(events.c.id, events.c.title, events.c.starts_at, events.c.timezone,
                events.c.languages, events.c.link, events.c.created_by, events.c.seed)
DELIVERY_COLUMNS = ("announcement_id", "platform", "chat_id", "kind", "language", "body",
                    "next_at", "updated_at")
COUNTED = (DeliveryStatus.SENT, DeliveryStatus.FAILED, DeliveryStatus.QUEUED)  # an attempt


def _delivery(r: Any) -> Delivery:
    return Delivery(r[0], r[1], r[2], r[3], ChatKind(r[4]), r[5], r[6], DeliveryStatus(r[7]),
                    r[8], r[9], r[10] or "")


def _event(r: Any) -> Event:
    return Event(r[0], r[1], r[2], r[3], tuple(json.loads(r[4])), r[5], r[6], r[7])


class BroadcastTables(Tables):
    async def subscribe(self, platform: str, chat_id: str, language: str, kind: ChatKind) -> bool:
        values = {"platform": platform, "chat_id": chat_id, "language": language,
                  "kind": str(kind), "created_at": now()}
        return await self.runner.run(lambda c: c.execute(SUBSCRIBE(c), values).rowcount > 0,
                                     single=True)

    async def unsubscribe(self, platform: str, chat_id: str, language: str | None = None) -> int:
        statement = delete(subscriptions).where(subscriptions.c.platform == platform,
                                                subscriptions.c.chat_id == chat_id)
        if language is not None:
            statement = statement.where(subscriptions.c.language == language)
        return await self.runner.run(lambda c: max(c.execute(statement).rowcount, 0), single=True)

    async def subscribers(self, languages: tuple[str, ...]) -> list[Recipient]:
        query = select(subscriptions.c.platform, subscriptions.c.chat_id,
                       subscriptions.c.language, subscriptions.c.kind).where(
            subscriptions.c.language.in_(languages)).order_by(
            subscriptions.c.platform, subscriptions.c.chat_id, subscriptions.c.language)
        return await self.runner.run(
            lambda c: [Recipient(r[0], r[1], r[2], ChatKind(r[3])) for r in c.execute(query)],
            write=False)

    async def add_event(self, title: str, starts_at: str, timezone: str,
                        languages: tuple[str, ...], link: str, created_by: str,
                        seed: str | None = None) -> int | None:
        values = {"title": title, "starts_at": starts_at, "timezone": timezone,
                  "languages": json.dumps(list(languages)), "link": link,
                  "created_by": created_by, "seed": seed}

        def add(connection: Connection) -> int | None:
            statement = ADD_EVENT(connection).values(values).returning(events.c.id)
            found = connection.execute(statement).scalar()
            return None if found is None else int(found)

        return await self.runner.run(add)

    async def upcoming_events(self, now: str) -> list[Event]:
        query = _EVENT.where(events.c.starts_at >= now).order_by(events.c.starts_at)
        return await self.runner.run(lambda c: [_event(r) for r in c.execute(query)],
                                     write=False)

    async def events_to_remind(self, before: str) -> list[Event]:
        query = _EVENT.where(events.c.reminded == 0, events.c.starts_at <= before).order_by(
            events.c.starts_at)
        return await self.runner.run(lambda c: [_event(r) for r in c.execute(query)],
                                     write=False)

    async def mark_reminded(self, event_id: int) -> None:
        statement = update(events).where(events.c.id == event_id).values(reminded=1)
        await self.runner.run(lambda c: c.execute(statement), single=True)

    async def enqueue(self, author: str, send_at: str, kind: AnnouncementKind,
                      deliveries_: list[tuple[Recipient, str]]) -> int:
        at = now()

        def add(connection: Connection) -> int:
            announcement = int(connection.execute(insert(announcements).values(
                author=author, send_at=send_at, kind=str(kind), created_at=at)
                .returning(announcements.c.id)).scalar_one())
            rows = [(announcement, r.platform, r.chat_id, str(r.kind), r.language, body,
                     send_at, at) for r, body in deliveries_]
            if rows:
                insert_many(connection, ADD_DELIVERIES(connection), DELIVERY_COLUMNS, rows)
            return announcement

        return await self.runner.run(add)

    async def enqueue_messages(self, author: str, messages: list[tuple[Recipient, str, str]]
                               ) -> int:
        at = now()

        def add(connection: Connection) -> int:
            announcement = int(connection.execute(insert(announcements).values(
                author=author, send_at=at, kind=AnnouncementKind.MESSAGE.value, created_at=at)
                .returning(announcements.c.id)).scalar_one())
            for r, body, buttons in messages:
                connection.execute(insert(deliveries).values(
                    announcement_id=announcement, platform=r.platform, chat_id=r.chat_id,
                    kind=str(r.kind), language=r.language, body=body, buttons=buttons,
                    next_at=at, updated_at=at))
            return announcement

        return await self.runner.run(add)

    async def audience(self, languages: tuple[str, ...]) -> dict[tuple[str, ChatKind], int]:
        """How many chats an announcement in these languages reaches, by platform and kind,
        each chat once, counted by the database."""
        chats = select(subscriptions.c.platform, func.min(subscriptions.c.kind).label("kind")) \
            .where(subscriptions.c.language.in_(languages)) \
            .group_by(subscriptions.c.platform, subscriptions.c.chat_id).subquery()
        query = select(chats.c.platform, chats.c.kind, func.count()).group_by(
            chats.c.platform, chats.c.kind)
        return await self.runner.run(
            lambda c: {(str(r[0]), ChatKind(r[1])): int(r[2]) for r in c.execute(query)},
            write=False)

    async def enqueue_subscribers(self, author: str, send_at: str, kind: AnnouncementKind,
                                  bodies: dict[str, str]) -> tuple[int, int]:
        """One announcement to every subscriber of the languages in `bodies`, each chat once
        (in the first of its languages, by code), written by the database itself with one
        INSERT … SELECT: no row passes through Python, so 100,000 recipients neither stall
        the event loop nor fill the process's memory. Returns (id, how many deliveries)."""
        at = now()
        language = func.min(subscriptions.c.language)
        body = case(*[(language == code, literal(text, Text)) for code, text in bodies.items()])

        def add(connection: Connection) -> tuple[int, int]:
            announcement = int(connection.execute(insert(announcements).values(
                author=author, send_at=send_at, kind=str(kind), created_at=at)
                .returning(announcements.c.id)).scalar_one())
            chosen = select(
                literal(announcement, Integer), subscriptions.c.platform,
                subscriptions.c.chat_id, func.min(subscriptions.c.kind), language, body,
                literal(send_at, Text), literal(at, Text),
            ).where(subscriptions.c.language.in_(list(bodies))).group_by(
                subscriptions.c.platform, subscriptions.c.chat_id)
            added = connection.execute(insert(deliveries).from_select(
                list(DELIVERY_COLUMNS), chosen))
            return announcement, max(added.rowcount, 0)

        return await self.runner.run(add)

    async def due(self, platform: str, now: str, limit: int) -> list[Delivery]:
        query = _DELIVERY.where(deliveries.c.status == DeliveryStatus.QUEUED.value,
                                deliveries.c.platform == platform,
                                deliveries.c.next_at <= now).order_by(
            deliveries.c.next_at, deliveries.c.id).limit(limit)
        return await self.runner.run(lambda c: [_delivery(r) for r in c.execute(query)],
                                     write=False)

    async def claim(self, platform: str, now: str, lease_until: str,
                    limit: int) -> list[Delivery]:
        """Due rows of one platform, marked `sending` until `lease_until` in one committed
        statement: queued rows whose time has come, and rows whose sender's lease ran out (a
        process that died mid-send). Several processes claim side by side: PostgreSQL skips
        rows another transaction is claiming (FOR UPDATE SKIP LOCKED); SQLite has one writer.
        A row `sending` carries its lease's end in next_at."""
        chosen = select(deliveries.c.id).where(
            deliveries.c.platform == platform,
            deliveries.c.status.in_((DeliveryStatus.QUEUED.value, DeliveryStatus.SENDING.value)),
            deliveries.c.next_at <= now,
        ).order_by(deliveries.c.next_at, deliveries.c.id).limit(limit).with_for_update(
            skip_locked=True)
        statement = update(deliveries).where(deliveries.c.id.in_(chosen.scalar_subquery())).values(
            status=DeliveryStatus.SENDING.value, next_at=lease_until, updated_at=now).returning(
            *_DELIVERY.selected_columns)

        def take(connection: Connection) -> list[Delivery]:
            return sorted((_delivery(r) for r in connection.execute(statement)),
                          key=lambda d: d.id)

        return await self.runner.run(take, single=True)

    async def release(self, delivery_ids: list[int], now: str) -> None:
        """Claimed rows not sent after all (the process is stopping): due again at once, for
        any process, without counting an attempt."""
        if not delivery_ids:
            return
        statement = update(deliveries).where(
            deliveries.c.id.in_(delivery_ids),
            deliveries.c.status == DeliveryStatus.SENDING.value).values(
            status=DeliveryStatus.QUEUED.value, next_at=now, updated_at=now)
        await self.runner.run(lambda c: c.execute(statement), single=True)

    async def mark(self, delivery_id: int, status: DeliveryStatus, reason: str = "",
                   next_at: str | None = None) -> None:
        attempts = deliveries.c.attempts + (1 if status in COUNTED else 0)
        statement = update(deliveries).where(deliveries.c.id == delivery_id).values(
            status=str(status), reason=reason, attempts=attempts,
            next_at=func.coalesce(next_at, deliveries.c.next_at), updated_at=now())
        await self.runner.run(lambda c: c.execute(statement), single=True)

    async def requeue_in_flight(self, platform: str | None = None) -> int:
        statement = update(deliveries).where(
            deliveries.c.status == DeliveryStatus.SENDING.value).values(
            status=DeliveryStatus.QUEUED.value, reason="in flight at a restart")
        if platform is not None:
            statement = statement.where(deliveries.c.platform == platform)
        return await self.runner.run(lambda c: max(c.execute(statement).rowcount, 0), single=True)

    async def delivery_report(self, announcement_id: int | None = None) -> list[Delivery]:
        if announcement_id is None:
            query = _DELIVERY.where(deliveries.c.status.in_(
                (DeliveryStatus.FAILED.value, DeliveryStatus.SKIPPED.value)))
        else:
            query = _DELIVERY.where(deliveries.c.announcement_id == announcement_id)
        query = query.order_by(deliveries.c.id)
        return await self.runner.run(lambda c: [_delivery(r) for r in c.execute(query)],
                                     write=False)

    async def queue_counts(self) -> dict[tuple[str, str], int]:
        query = select(deliveries.c.platform, deliveries.c.status, func.count()).where(
            deliveries.c.status.in_((DeliveryStatus.QUEUED.value, DeliveryStatus.SENDING.value))
        ).group_by(deliveries.c.platform, deliveries.c.status)
        return await self.runner.run(
            lambda c: {(str(r[0]), str(r[1])): int(r[2]) for r in c.execute(query)}, write=False)

    async def delivery_counts(self) -> dict[str, int]:
        query = select(deliveries.c.status, func.count()).group_by(deliveries.c.status)
        return await self.runner.run(
            lambda c: {str(r[0]): int(r[1]) for r in c.execute(query)}, write=False)

    async def audit(self, actor: str, action: str, detail: str,
                    subject: str | None = None) -> None:
        statement = insert(audit).values(at=now(), actor=actor, action=action, detail=detail,
                                         subject=subject)
        await self.runner.run(lambda c: c.execute(statement), single=True)

    async def audit_log(self, limit: int = 100) -> list[tuple[str, str, str, str]]:
        query = select(audit.c.at, audit.c.actor, audit.c.action, audit.c.detail).order_by(
            audit.c.id.desc()).limit(limit)
        return await self.runner.run(
            lambda c: [(str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in c.execute(query)],
            write=False)

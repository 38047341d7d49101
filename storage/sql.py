"""The Store on SQLAlchemy Core: people, their flows, chats, metadata, /forget, migrations."""

from __future__ import annotations

import json
import logging
import secrets
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from sqlalchemy import Connection, Text, and_, bindparam, case, cast, delete, select, update
from sqlalchemy.exc import SQLAlchemyError

from storage import migrate
from storage.base import ChatKind, FlowState, StoreError
from storage.cache import Cache
from storage.engine import Prepared, Runner, reason
from storage.schema import (
    announcements,
    audit,
    chats,
    deliveries,
    discussions,
    events,
    flows,
    meta,
    roles,
    subscriptions,
    survey_responses,
    tickets,
    users,
    volunteers,
)
from storage.sql_broadcast import BroadcastTables
from storage.sql_campaign import CampaignTables, drop_tickets
from storage.sql_common import Upsert, now
from storage.sql_faq import FaqTables
from storage.sql_survey import SurveyTables

log = logging.getLogger(__name__)
R = TypeVar("R")
MAX_PARKED = 3  # flows set aside at once; the oldest goes first past that
FORGOTTEN = "forgotten"  # placeholder prefix for a forgotten person's id in others' records


@dataclass(frozen=True)
class UserRow:
    language: str | None = None
    reachable: bool = True
    flow: FlowState | None = None
    seen_language: str | None = None
    known: bool = False  # a row exists: the person was seen before
    active_day: str | None = None


@dataclass(frozen=True)
class ChatRow:
    language: str | None = None
    announcements: str | None = None


_key = select(cast(bindparam("p"), Text).label("platform"),
              cast(bindparam("u"), Text).label("user_id")).subquery("k")
# A person's language, reachability and flow in one statement (they live in two tables).
LOAD_USER = select(users.c.language, users.c.reachable, flows.c.name, flows.c.step,
                   flows.c.data, users.c.seen_language, users.c.created_at,
                   users.c.active_day).select_from(
    _key.outerjoin(users, and_(users.c.platform == _key.c.platform,
                               users.c.user_id == _key.c.user_id))
    .outerjoin(flows, and_(flows.c.platform == _key.c.platform,
                           flows.c.user_id == _key.c.user_id)))
LOAD_FLOW = select(flows.c.name, flows.c.step, flows.c.data, flows.c.parked).where(
    flows.c.platform == bindparam("p"), flows.c.user_id == bindparam("u"))
LOAD_CHAT = select(chats.c.language, chats.c.announcements).where(
    chats.c.platform == bindparam("p"), chats.c.chat_id == bindparam("c"))
FAST_USER = Prepared(LOAD_USER, ("p", "u"))
SET_LANGUAGE = Upsert(users, ("platform", "user_id"), ("language",))
SET_REACHABLE = Upsert(users, ("platform", "user_id"), ("reachable",))
SET_SEEN_LANGUAGE = Upsert(users, ("platform", "user_id"), ("seen_language",))
SET_ACTIVE_DAY = Upsert(users, ("platform", "user_id"), ("active_day",))
SET_STEP = Upsert(flows, ("platform", "user_id"), ("name", "step", "data", "updated_at"))
STEP_KEYS = ("platform", "user_id", "name", "step", "data", "updated_at")
FAST_STEP = {dialect: Prepared(statement, STEP_KEYS)
             for dialect, statement in SET_STEP.by_dialect.items()}
SET_FLOW = Upsert(flows, ("platform", "user_id"),
                  ("name", "step", "data", "parked", "updated_at"))
SET_CHAT_LANGUAGE = Upsert(chats, ("platform", "chat_id"), ("language",))
SET_ANNOUNCEMENTS = Upsert(chats, ("platform", "chat_id"), ("announcements",))
SET_META = Upsert(meta, ("key",), ("value",))
ADD_META = Upsert(meta, ("key",))  # only if absent


def _flow(name: str | None, step: str | None, data: str | None) -> FlowState | None:
    if name is None or step is None:
        return None
    return FlowState(name, step, json.loads(data or "{}"))


def _dump(flow: FlowState) -> dict[str, Any]:
    return {"name": flow.name, "step": flow.step, "data": flow.data}


class SqlStore(SurveyTables, BroadcastTables, FaqTables, CampaignTables):
    """Everything the bot keeps, on SQLite or PostgreSQL (see storage/engine.py)."""

    def __init__(self, runner: Runner, cache_size: int = 20_000) -> None:
        self.runner = runner
        self.shared = runner.dialect != "sqlite"  # several processes may use it at once
        self.users: Cache[tuple[str, str], UserRow] = Cache(cache_size)
        self.chats: Cache[tuple[str, str], ChatRow] = Cache(cache_size)

    def transaction(self, bulk: bool = False) -> AbstractAsyncContextManager[None]:
        result: AbstractAsyncContextManager[None] = self.runner.transaction(bulk)
        return result

    async def migrate(self) -> list[str]:
        try:
            applied = await self.runner.run(migrate.upgrade)
        except StoreError:
            raise
        except SQLAlchemyError as error:
            raise StoreError(f"migrating the database failed: {reason(error)}") from error
        if applied:
            log.info("database migrated to revision %s", applied[-1])
        return applied

    async def schema_version(self) -> str | None:
        return await self.runner.run(migrate.current, write=False)

    # People: language, reachability, flow. Read through the cache.

    async def user(self, platform: str, user_id: str) -> UserRow:
        async def load() -> UserRow:
            row = await self.runner.fetch(FAST_USER, (platform, user_id), write=False)
            return UserRow(row[0], row[1] is None or bool(row[1]),
                           _flow(row[2], row[3], row[4]), row[5], row[6] is not None, row[7])

        return await self._through(self.users, (platform, user_id), load)

    async def _through(self, cache: Cache[tuple[str, str], R], key: tuple[str, str],
                       load: Callable[[], Awaitable[R]]) -> R:
        """A cached row, or read and kept; inside a transaction always read (it may hold
        writes the cache does not have yet)."""
        if self.runner.in_transaction():
            return await load()
        hit, cached = cache.get(key)
        if hit and cached is not None:
            return cached
        mark = cache.mark()
        found = await load()
        cache.fill(key, found, mark)
        return found

    def _changed(self, platform: str, user_id: str, **changes: Any) -> None:
        """After the commit: the cached row of this person, changed (if it is cached)."""
        key = (platform, user_id)

        def apply() -> None:
            hit, cached = self.users.get(key)
            if hit and cached is not None:
                self.users.put(key, replace(cached, **{"known": True, **changes}))
            else:
                self.users.drop(key)

        self.runner.after_commit(apply)

    async def get_language(self, platform: str, user_id: str) -> str | None:
        return (await self.user(platform, user_id)).language

    async def set_language(self, platform: str, user_id: str, language: str) -> None:
        await self._execute(SET_LANGUAGE, {"platform": platform, "user_id": user_id,
                                           "language": language, "created_at": now()})
        self._changed(platform, user_id, language=language)

    async def set_reachable(self, platform: str, user_id: str, reachable: bool) -> None:
        await self._execute(SET_REACHABLE, {"platform": platform, "user_id": user_id,
                                            "reachable": int(reachable), "created_at": now()})
        self._changed(platform, user_id, reachable=reachable)

    async def get_seen_language(self, platform: str, user_id: str) -> str | None:
        return (await self.user(platform, user_id)).seen_language

    async def set_seen_language(self, platform: str, user_id: str, language: str) -> None:
        await self._execute(SET_SEEN_LANGUAGE, {"platform": platform, "user_id": user_id,
                                                "seen_language": language, "created_at": now()})
        self._changed(platform, user_id, seen_language=language)

    async def note_active(self, platform: str, user_id: str, language: str, day: str) -> None:
        row = await self.user(platform, user_id)
        if row.active_day == day:
            return  # (read through the cache: most updates write nothing here)
        names = ["active_day"]
        if row.active_day is None or row.active_day[:7] != day[:7]:
            names.append("active_month")
        if not row.known:
            names.append("new")
        async with self.transaction():
            await self._execute(SET_ACTIVE_DAY, {"platform": platform, "user_id": user_id,
                                                 "active_day": day, "created_at": now()})
            await self.count(language, *names, day=day)
        self._changed(platform, user_id, active_day=day)

    async def is_reachable(self, platform: str, user_id: str) -> bool:
        return (await self.user(platform, user_id)).reachable

    async def _execute(self, upsert: Upsert, values: dict[str, Any]) -> None:
        def write(connection: Connection) -> None:
            connection.execute(upsert(connection), values)

        await self.runner.run(write, single=True)

    async def get_flow(self, platform: str, user_id: str) -> FlowState | None:
        return (await self.user(platform, user_id)).flow

    async def set_flow(self, platform: str, user_id: str, flow: FlowState,
                       park: bool = False) -> None:
        values = {"platform": platform, "user_id": user_id, "name": flow.name,
                  "step": flow.step, "data": json.dumps(flow.data, ensure_ascii=False),
                  "updated_at": now()}

        def write(connection: Connection) -> None:
            row = connection.execute(LOAD_FLOW, {"p": platform, "u": user_id}).first()
            parked: list[dict[str, Any]] = json.loads(row[3]) if row else []
            if row is not None and row[0] != flow.name:
                parked = [*parked, {"name": row[0], "step": row[1],
                                    "data": json.loads(row[2])}][-MAX_PARKED:]
            connection.execute(SET_FLOW(connection), {**values, "parked": json.dumps(
                parked, ensure_ascii=False)})

        await (self.runner.run(write, small=True) if park
               else self.runner.fetch(FAST_STEP[self.runner.dialect],
                                      tuple(values[k] for k in STEP_KEYS)))
        self._changed(platform, user_id, flow=flow)

    async def end_flow(self, platform: str, user_id: str) -> FlowState | None:
        def write(connection: Connection) -> FlowState | None:
            row = connection.execute(LOAD_FLOW, {"p": platform, "u": user_id}).first()
            parked = json.loads(row[3]) if row else []
            if not parked:
                connection.execute(delete(flows).where(flows.c.platform == platform,
                                                       flows.c.user_id == user_id))
                return None
            back = parked.pop()
            self._write_flow(connection, platform, user_id, back, parked)
            return FlowState(back["name"], back["step"], back["data"])

        resumed = await self.runner.run(write, small=True)
        self._changed(platform, user_id, flow=resumed)
        return resumed

    async def resume_flow(self, platform: str, user_id: str, name: str) -> FlowState | None:
        def write(connection: Connection) -> FlowState | None:
            row = connection.execute(LOAD_FLOW, {"p": platform, "u": user_id}).first()
            if row is None:
                return None
            parked = json.loads(row[3])
            found = [i for i, f in enumerate(parked) if f["name"] == name]
            if not found:
                return None
            back = parked.pop(found[-1])
            if row[0] != name:
                parked = [*parked, {"name": row[0], "step": row[1],
                                    "data": json.loads(row[2])}][-MAX_PARKED:]
            self._write_flow(connection, platform, user_id, back, parked)
            return FlowState(back["name"], back["step"], back["data"])

        resumed = await self.runner.run(write, small=True)
        if resumed is not None:
            self._changed(platform, user_id, flow=resumed)
        return resumed

    @staticmethod
    def _write_flow(connection: Connection, platform: str, user_id: str,
                    flow: dict[str, Any], parked: list[dict[str, Any]]) -> None:
        connection.execute(update(flows).where(
            flows.c.platform == platform, flows.c.user_id == user_id).values(
            name=flow["name"], step=flow["step"],
            data=json.dumps(flow["data"], ensure_ascii=False),
            parked=json.dumps(parked, ensure_ascii=False), updated_at=now()))

    # Chats: a group's or server's language and announcements channel.

    async def chat(self, platform: str, chat_id: str) -> ChatRow:
        def read(connection: Connection) -> ChatRow:
            row = connection.execute(LOAD_CHAT, {"p": platform, "c": chat_id}).first()
            return ChatRow(row[0], row[1]) if row else ChatRow()

        async def load() -> ChatRow:
            return await self.runner.run(read, write=False, single=True)

        return await self._through(self.chats, (platform, chat_id), load)

    async def get_chat_language(self, platform: str, chat_id: str) -> str | None:
        return (await self.chat(platform, chat_id)).language

    async def set_chat_language(self, platform: str, chat_id: str, language: str) -> None:
        await self._execute(SET_CHAT_LANGUAGE, {"platform": platform, "chat_id": chat_id,
                                                "language": language})
        self.runner.after_commit(lambda: self.chats.drop((platform, chat_id)))

    async def get_announcements(self, platform: str, chat_id: str) -> str | None:
        return (await self.chat(platform, chat_id)).announcements

    async def set_announcements(self, platform: str, chat_id: str, channel: str) -> None:
        await self._execute(SET_ANNOUNCEMENTS, {"platform": platform, "chat_id": chat_id,
                                                "announcements": channel})
        self.runner.after_commit(lambda: self.chats.drop((platform, chat_id)))

    async def get_meta(self, key: str) -> str | None:
        def read(connection: Connection) -> str | None:
            value = connection.execute(select(meta.c.value).where(meta.c.key == key)).scalar()
            return None if value is None else str(value)

        return await self.runner.run(read, write=False, single=True)

    async def set_meta(self, key: str, value: str) -> None:
        await self._execute(SET_META, {"key": key, "value": value})

    async def first_meta(self, key: str, value: str) -> str:
        def claim(connection: Connection) -> str:
            connection.execute(ADD_META(connection), {"key": key, "value": value})
            return str(connection.execute(select(meta.c.value).where(meta.c.key == key))
                       .scalar_one())

        return await self.runner.run(claim, single=True)

    async def drop_user(self, platform: str, user_id: str, respondent: str | None = None) -> int:
        person = f"{platform}:{user_id}"
        placeholder = f"{FORGOTTEN}:{secrets.token_hex(8)}"

        def forget(connection: Connection) -> int:
            changed = 0

            def run(statement: Any) -> None:
                nonlocal changed
                changed += max(connection.execute(statement).rowcount, 0)

            # Their tickets, shared results and sign-ups: every message about them still on
            # the queue or kept as sent (to liaisons and admins too) goes with them.
            mine = [int(r[0]) for r in connection.execute(select(tickets.c.id).where(
                tickets.c.platform == platform, tickets.c.user_id == user_id))]
            shared = [int(r[0]) for r in connection.execute(select(discussions.c.id).where(
                discussions.c.platform == platform, discussions.c.user_id == user_id))]
            signed = [int(r[0]) for r in connection.execute(select(volunteers.c.id).where(
                volunteers.c.platform == platform, volunteers.c.user_id == user_id))]
            others = tuple([f"discussion:{n}" for n in shared]
                           + [f"volunteer:{n}" for n in signed])
            own = {"platform": platform, "user_id": user_id}
            held = connection.execute(select(roles.c.role, roles.c.languages).where(
                roles.c.platform == platform, roles.c.user_id == user_id)).all()
            for table in (users, flows, volunteers, roles):
                run(delete(table).where(*(table.c[k] == v for k, v in own.items())))
            private = (ChatKind.USER.value,)
            run(delete(subscriptions).where(
                subscriptions.c.platform == platform, subscriptions.c.chat_id == user_id,
                subscriptions.c.kind.in_(private)))
            run(delete(deliveries).where(
                deliveries.c.platform == platform, deliveries.c.chat_id == user_id,
                deliveries.c.kind.in_(private)))
            changed += drop_tickets(connection, mine, others)[0]
            # A liaison's claims go back to the others (their follow-ups too).
            run(update(tickets).where(tickets.c.claimed_by == person).values(
                claimed_by=None, status=case((tickets.c.status == "claimed", "open"),
                                             else_=tickets.c.status)))
            run(delete(discussions).where(discussions.c.platform == platform,
                                          discussions.c.user_id == user_id))
            if respondent is not None:
                run(delete(survey_responses).where(survey_responses.c.respondent == respondent))
            run(update(audit).where(audit.c.actor == person).values(actor=placeholder))
            for (detail, entry) in connection.execute(select(audit.c.detail, audit.c.id).where(
                    audit.c.subject == person)).all():
                run(update(audit).where(audit.c.id == entry).values(
                    subject=placeholder, detail=str(detail).replace(person, placeholder)))
            run(update(announcements).where(announcements.c.author == person)
                .values(author=placeholder))
            run(update(events).where(events.c.created_by == person)
                .values(created_by=placeholder))
            for role, languages in held:
                connection.execute(audit.insert().values(
                    at=now(), actor=placeholder, action="forget", subject=placeholder,
                    detail=f"{placeholder} {role} for {','.join(json.loads(languages))} "
                           "removed by /forget"))
            return changed

        count = await self.runner.run(forget)
        self.runner.after_commit(lambda: self.users.drop((platform, user_id)))
        return count

    async def close(self) -> None:
        await self.runner.close()

"""Tickets, shared discussion results and the report's daily counters (mixed into SqlStore)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite

from storage.base import Discussion, Ticket, TicketStatus
from storage.schema import (
    announcements,
    answer_times,
    counters,
    deliveries,
    discussions,
    ticket_messages,
    tickets,
)
from storage.sql_common import Tables, now

_NOT_CLOSED = (TicketStatus.OPEN.value, TicketStatus.CLAIMED.value)
_FIRST = select(ticket_messages.c.body).where(
    ticket_messages.c.ticket_id == tickets.c.id).order_by(
    ticket_messages.c.id).limit(1).scalar_subquery()
_TICKET = select(tickets.c.id, tickets.c.platform, tickets.c.user_id, tickets.c.language,
                 tickets.c.contact, tickets.c.status, tickets.c.claimed_by,
                 tickets.c.created_at, tickets.c.answered_at, _FIRST)
_DISCUSSION = select(discussions.c.id, discussions.c.group_name, discussions.c.language,
                     discussions.c.held_on, discussions.c.participants, discussions.c.themes,
                     discussions.c.conclusions, discussions.c.link, discussions.c.created_at)


def today() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d")


def _ticket(r: Any) -> Ticket:
    return Ticket(int(r[0]), r[1], r[2], r[3], r[4], TicketStatus(r[5]), r[6], r[7], r[8],
                  r[9] or "")


def _discussion(r: Any) -> Discussion:
    return Discussion(int(r[0]), r[1], r[2], r[3], int(r[4]), tuple(json.loads(r[5])), r[6],
                      r[7], r[8])


def _add_counts(connection: Connection, rows: list[dict[str, Any]]) -> None:
    """value = value + n on both backends (INSERT … ON CONFLICT DO UPDATE)."""
    module = postgresql if connection.dialect.name == "postgresql" else sqlite
    statement = module.insert(counters)
    statement = statement.on_conflict_do_update(
        index_elements=["day", "language", "name"],
        set_={"value": counters.c.value + statement.excluded.value})
    for row in sorted(rows, key=lambda r: (r["day"], r["language"], r["name"])):
        connection.execute(statement, row)  # in key order: concurrent writers never deadlock


def drop_tickets(connection: Connection, numbers: list[int], authors: tuple[str, ...] = ()
                 ) -> tuple[int, int]:
    """Delete tickets with their threads, and every queued or sent message by them (or by the
    other `authors`: a discussion's notice, a sign-up's): (rows changed, tickets deleted)."""
    every = [f"ticket:{n}" for n in numbers] + list(authors)
    changed = gone = 0
    if every:
        relayed = select(announcements.c.id).where(announcements.c.author.in_(every))
        changed += max(connection.execute(
            delete(deliveries).where(deliveries.c.announcement_id.in_(relayed))).rowcount, 0)
        changed += max(connection.execute(
            delete(announcements).where(announcements.c.author.in_(every))).rowcount, 0)
    if numbers:
        changed += max(connection.execute(delete(ticket_messages).where(
            ticket_messages.c.ticket_id.in_(numbers))).rowcount, 0)
        gone = max(connection.execute(delete(tickets).where(tickets.c.id.in_(numbers)))
                   .rowcount, 0)
    return changed + gone, gone


class CampaignTables(Tables):
    async def open_ticket(self, platform: str, user_id: str, language: str, question: str,
                          contact: str, most: int) -> int | None:
        at = now()
        mine = select(func.count()).select_from(tickets).where(
            tickets.c.platform == platform, tickets.c.user_id == user_id,
            tickets.c.status.in_(_NOT_CLOSED))

        def open_(connection: Connection) -> int | None:
            if int(connection.execute(mine).scalar_one()) >= most:
                return None
            ticket = int(connection.execute(insert(tickets).values(
                platform=platform, user_id=user_id, language=language, contact=contact,
                status=TicketStatus.OPEN.value, created_at=at).returning(tickets.c.id))
                .scalar_one())
            connection.execute(insert(ticket_messages).values(
                ticket_id=ticket, from_member=1, body=question, at=at))
            return ticket

        return await self.runner.run(open_)

    async def open_tickets(self, platform: str, user_id: str) -> int:
        query = select(func.count()).select_from(tickets).where(
            tickets.c.platform == platform, tickets.c.user_id == user_id,
            tickets.c.status.in_(_NOT_CLOSED))
        return int(await self.runner.run(lambda c: c.execute(query).scalar_one(), write=False))

    async def get_ticket(self, ticket_id: int) -> Ticket | None:
        query = _TICKET.where(tickets.c.id == ticket_id)
        return await self.runner.run(
            lambda c: next((_ticket(r) for r in c.execute(query)), None), write=False)

    async def tickets(self, languages: tuple[str, ...] | None,
                      limit: int = 50) -> list[Ticket]:
        query = _TICKET.where(tickets.c.status.in_(_NOT_CLOSED))
        if languages is not None:
            query = query.where(tickets.c.language.in_(languages))
        query = query.order_by(tickets.c.id).limit(limit)
        return await self.runner.run(lambda c: [_ticket(r) for r in c.execute(query)],
                                     write=False)

    async def add_ticket_message(self, ticket_id: int, from_member: bool, body: str
                                 ) -> tuple[bool, bool]:
        at = now()

        def add(connection: Connection) -> tuple[bool, bool]:
            # The ticket's row locked (PostgreSQL): a /forget deleting it, or another
            # liaison's first answer, waits for this one, and sees what it did.
            found = connection.execute(select(tickets.c.status).where(
                tickets.c.id == ticket_id).with_for_update()).scalar()
            if found is None or found == TicketStatus.CLOSED.value:
                return False, False
            connection.execute(insert(ticket_messages).values(
                ticket_id=ticket_id, from_member=int(from_member), body=body, at=at))
            first = False
            if not from_member:
                first = connection.execute(update(tickets).where(
                    tickets.c.id == ticket_id, tickets.c.answered_at.is_(None))
                    .values(answered_at=at)).rowcount > 0
            return True, first

        return await self.runner.run(add)

    async def claim_ticket(self, ticket_id: int, by: str, take_over: bool = False) -> bool:
        statement = update(tickets).where(tickets.c.id == ticket_id,
                                          tickets.c.status.in_(_NOT_CLOSED))
        if not take_over:
            statement = statement.where(or_(tickets.c.claimed_by.is_(None),
                                            tickets.c.claimed_by == by))
        statement = statement.values(status=TicketStatus.CLAIMED.value, claimed_by=by)
        return await self.runner.run(lambda c: c.execute(statement).rowcount > 0, single=True)

    async def unclaim_ticket(self, ticket_id: int, by: str) -> bool:
        statement = update(tickets).where(
            tickets.c.id == ticket_id, tickets.c.claimed_by == by,
            tickets.c.status == TicketStatus.CLAIMED.value).values(
            status=TicketStatus.OPEN.value, claimed_by=None)
        return await self.runner.run(lambda c: c.execute(statement).rowcount > 0, single=True)

    async def purge_tickets(self, closed_before: str) -> int:
        """Tickets closed before then go, with their threads and every message of them kept
        on the queue (sent ones included)."""
        old = [int(n) for n in await self.runner.run(
            lambda c: [r[0] for r in c.execute(select(tickets.c.id).where(
                tickets.c.status == TicketStatus.CLOSED.value,
                tickets.c.closed_at < closed_before))], write=False)]
        if not old:
            return 0
        return await self.runner.run(lambda c: drop_tickets(c, old)[1])

    async def close_ticket(self, ticket_id: int) -> bool:
        statement = update(tickets).where(
            tickets.c.id == ticket_id, tickets.c.status.in_(_NOT_CLOSED)).values(
            status=TicketStatus.CLOSED.value, closed_at=now())
        return await self.runner.run(lambda c: c.execute(statement).rowcount > 0, single=True)

    async def add_discussion(self, platform: str, user_id: str, group: str, language: str,
                             held_on: str, participants: int, themes: tuple[str, ...],
                             conclusions: str, link: str) -> int:
        statement = insert(discussions).values(
            platform=platform, user_id=user_id, group_name=group, language=language,
            held_on=held_on, participants=participants, themes=json.dumps(list(themes)),
            conclusions=conclusions, link=link, created_at=now()).returning(discussions.c.id)
        return int(await self.runner.run(lambda c: c.execute(statement).scalar_one()))

    async def discussions(self, languages: tuple[str, ...] | None,
                          limit: int | None = None) -> list[Discussion]:
        query = _DISCUSSION
        if languages is not None:
            query = query.where(discussions.c.language.in_(languages))
        query = query.order_by(discussions.c.id.desc()).limit(limit)
        return await self.runner.run(lambda c: [_discussion(r) for r in c.execute(query)],
                                     write=False)

    async def count(self, language: str, *names: str, day: str | None = None) -> None:
        when = day or today()
        await self.add_counts(when, {(language, name): 1 for name in names})

    async def add_counts(self, day: str, counts: dict[tuple[str, str], int]) -> None:
        rows = [{"day": day, "language": language, "name": name, "value": n}
                for (language, name), n in counts.items() if n]
        if rows:  # a few rows found by key: on SQLite, on the loop's connection
            await self.runner.run(lambda c: _add_counts(c, rows), small=len(rows) <= 50)

    async def note_answer_time(self, day: str, language: str, seconds: int) -> None:
        statement = insert(answer_times).values(day=day, language=language,
                                                seconds=max(0, seconds))
        await self.runner.run(lambda c: c.execute(statement), single=True)

    async def counts(self, first_day: str, last_day: str, languages: tuple[str, ...] | None
                     ) -> dict[tuple[str, str], int]:
        """Summed over the languages by the database: a month of 21 languages is some 11,000
        rows, and its sums per day and name a few hundred."""
        query = select(counters.c.day, counters.c.name, func.sum(counters.c.value)).where(
            counters.c.day >= first_day, counters.c.day <= last_day)
        if languages is not None:
            query = query.where(counters.c.language.in_(languages))
        query = query.group_by(counters.c.day, counters.c.name)
        return await self.runner.run(
            lambda c: {(str(r[0]), str(r[1])): int(r[2]) for r in c.execute(query)},
            write=False)

    async def answer_times(self, first_day: str, last_day: str,
                           languages: tuple[str, ...] | None) -> list[int]:
        query = select(answer_times.c.seconds).where(answer_times.c.day >= first_day,
                                                     answer_times.c.day <= last_day)
        if languages is not None:
            query = query.where(answer_times.c.language.in_(languages))
        return await self.runner.run(lambda c: [int(r[0]) for r in c.execute(query)],
                                     write=False)

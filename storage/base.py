"""The Store port: a small async interface with mirrored verbs, keyed by platform and user."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol


class StoreError(Exception):
    """The store cannot be opened or used (bad URL, unsupported backend, failed migration)."""


class StoreUnavailable(StoreError):
    """The database refused a unit of work for now (locked, read-only, full, unreachable):
    nothing of that unit was written; the same call may work once the fault clears."""


@dataclass(frozen=True)
class FlowState:
    """The step-by-step flow a user is in: its name, the named step, and data collected so far."""

    name: str
    step: str
    data: dict[str, Any] = field(default_factory=dict)


class DeliveryStatus(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    SKIPPED = "skipped"


class ChatKind(StrEnum):
    """Who a subscription or delivery is for: one person's private chat, a group, a channel."""

    USER = "user"
    GROUP = "group"
    CHANNEL = "channel"


class AnnouncementKind(StrEnum):
    ANNOUNCEMENT = "announcement"
    REMINDER = "reminder"
    MESSAGE = "message"  # person to person: a ticket, its answers, a discussion's notice


class UserStore(Protocol):
    def transaction(self, bulk: bool = False) -> AbstractAsyncContextManager[None]:
        """Every store call made inside `async with store.transaction():` by this task is one
        atomic unit: all of it is committed at the end, or nothing if an exception leaves.
        `bulk`: it writes many rows (an announcement's deliveries)."""
        ...

    async def get_language(self, platform: str, user_id: str) -> str | None: ...
    async def set_language(self, platform: str, user_id: str, language: str) -> None: ...
    async def get_seen_language(self, platform: str, user_id: str) -> str | None:
        """The language an admin's platform last reported (see set_seen_language)."""
        ...
    async def set_seen_language(self, platform: str, user_id: str, language: str) -> None:
        """Keep the language an admin's platform reports, for notices sent to them later."""
        ...

    async def get_flow(self, platform: str, user_id: str) -> FlowState | None: ...
    async def set_flow(self, platform: str, user_id: str, flow: FlowState,
                       park: bool = False) -> None:
        """Make `flow` the user's current flow. With `park`, a different flow that was running
        is set aside (not lost); end_flow brings it back."""
        ...

    async def end_flow(self, platform: str, user_id: str) -> FlowState | None:
        """End the current flow; returns the flow set aside before it, now current again."""
        ...

    async def resume_flow(self, platform: str, user_id: str, name: str) -> FlowState | None:
        """Bring a flow set aside back to the front (setting the current one aside)."""
        ...

    async def set_reachable(self, platform: str, user_id: str, reachable: bool) -> None:
        """Record that messages can (not) reach a user, e.g. after they blocked the bot."""
        ...

    async def is_reachable(self, platform: str, user_id: str) -> bool: ...

    async def get_chat_language(self, platform: str, chat_id: str) -> str | None: ...
    async def set_chat_language(self, platform: str, chat_id: str, language: str) -> None: ...

    async def set_announcements(self, platform: str, chat_id: str, channel: str) -> None:
        """Where a server's announcements go (a channel of that server)."""
        ...

    async def get_announcements(self, platform: str, chat_id: str) -> str | None: ...

    async def get_meta(self, key: str) -> str | None: ...
    async def set_meta(self, key: str, value: str) -> None: ...
    async def first_meta(self, key: str, value: str) -> str:
        """Keep `value` under `key` unless a value is there already; the value kept (so that
        processes starting at once agree on one, e.g. a generated secret)."""
        ...

    async def drop_user(self, platform: str, user_id: str, respondent: str | None = None) -> int:
        """Delete everything stored about one person, in one transaction: their rows, their
        private chat's subscriptions and deliveries, their survey response (by `respondent`);
        their id where others' records name them (audit, announcements, events) is replaced
        by a placeholder that cannot be traced back. Returns the number of records changed."""
        ...

    async def migrate(self) -> list[str]:
        """Apply pending migrations; returns the revisions applied."""
        ...

    async def schema_version(self) -> str | None: ...
    async def close(self) -> None: ...


@dataclass(frozen=True)
class Response:
    """One person's answers to one survey, under a pseudonymous respondent id."""

    survey: str
    respondent: str
    language: str
    answers: dict[str, Any]
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class Volunteer:
    id: int
    platform: str
    user_id: str
    group: str
    language: str
    contact: str
    created_at: str


@dataclass(frozen=True)
class Role:
    platform: str
    user_id: str
    role: str
    languages: tuple[str, ...]
    granted_at: str = ""


class SurveyStore(Protocol):
    async def save_response(self, response: Response) -> None:
        """Insert or replace: one response per respondent per survey."""
        ...

    async def get_response(self, survey: str, respondent: str) -> Response | None: ...
    async def list_responses(self, survey: str) -> list[Response]: ...
    async def delete_responses(self, respondent: str) -> int: ...

    async def add_volunteer(
        self, platform: str, user_id: str, group: str, language: str, contact: str
    ) -> int: ...
    async def list_volunteers(self) -> list[Volunteer]: ...

    async def grant_role(
        self, platform: str, user_id: str, role: str, languages: tuple[str, ...]
    ) -> None: ...
    async def revoke_role(self, platform: str, user_id: str, role: str) -> bool: ...
    async def get_roles(self, platform: str, user_id: str) -> list[Role]: ...
    async def list_roles(self) -> list[Role]: ...


@dataclass(frozen=True)
class Event:
    id: int
    title: str
    starts_at: str
    timezone: str
    languages: tuple[str, ...]
    link: str
    created_by: str
    seed: str | None = None  # the content.toml id of an event seeded from content


@dataclass(frozen=True)
class Delivery:
    id: int
    announcement_id: int
    platform: str
    chat_id: str
    kind: ChatKind
    language: str
    body: str
    status: DeliveryStatus
    attempts: int
    reason: str = ""
    buttons: str = ""  # rendered buttons, JSON rows of [label, data, style] (messages only)


@dataclass(frozen=True)
class Recipient:
    platform: str
    chat_id: str
    language: str
    kind: ChatKind


class BroadcastStore(Protocol):
    async def subscribe(self, platform: str, chat_id: str, language: str, kind: ChatKind) -> bool:
        """True if this is a new subscription."""
        ...

    async def unsubscribe(self, platform: str, chat_id: str, language: str | None = None) -> int:
        """Remove one language (or all); returns how many were removed."""
        ...

    async def subscribers(self, languages: tuple[str, ...]) -> list[Recipient]: ...

    async def add_event(self, title: str, starts_at: str, timezone: str,
                        languages: tuple[str, ...], link: str, created_by: str,
                        seed: str | None = None) -> int | None: ...
    async def upcoming_events(self, now: str) -> list[Event]: ...
    async def events_to_remind(self, before: str) -> list[Event]: ...
    async def mark_reminded(self, event_id: int) -> None: ...

    async def enqueue(self, author: str, send_at: str, kind: AnnouncementKind,
                      deliveries: list[tuple[Recipient, str]]) -> int:
        """One announcement and one delivery row per recipient, in one transaction."""
        ...

    async def enqueue_messages(self, author: str, messages: list[tuple[Recipient, str, str]]
                               ) -> int:
        """Person-to-person messages (recipient, body, buttons JSON) due now, as one
        announcement of kind MESSAGE by `author` (e.g. ticket:12), in one transaction."""
        ...

    async def audience(self, languages: tuple[str, ...]) -> dict[tuple[str, ChatKind], int]:
        """Chats an announcement in these languages reaches (each once), by platform, kind."""
        ...

    async def enqueue_subscribers(self, author: str, send_at: str, kind: AnnouncementKind,
                                  bodies: dict[str, str]) -> tuple[int, int]:
        """One announcement to every subscriber of these languages (language -> text), each
        chat once, in the first of its languages by code; returns (id, deliveries)."""
        ...

    async def due(self, platform: str, now: str, limit: int) -> list[Delivery]: ...
    async def claim(self, platform: str, now: str, lease_until: str,
                    limit: int) -> list[Delivery]:
        """Due rows (or rows whose lease ran out), marked sending until lease_until; rows
        claimed by a concurrent caller are skipped."""
        ...
    async def release(self, delivery_ids: list[int], now: str) -> None:
        """Claimed rows that were not sent go back to the queue, due now."""
        ...
    async def mark(self, delivery_id: int, status: DeliveryStatus, reason: str = "",
                   next_at: str | None = None) -> None: ...
    async def requeue_in_flight(self, platform: str | None = None) -> int:
        """After a crash: deliveries left 'sending' (of one platform) go back to the queue."""
        ...

    async def delivery_report(self, announcement_id: int | None = None) -> list[Delivery]: ...
    async def delivery_counts(self) -> dict[str, int]: ...
    async def queue_counts(self) -> dict[tuple[str, str], int]:
        """(platform, status) -> deliveries still to send (queued or sending)."""
        ...

    async def audit(self, actor: str, action: str, detail: str,
                    subject: str | None = None) -> None:
        """One entry of the audit log; `subject` is the person it is about, if any."""
        ...

    async def audit_log(self, limit: int = 100) -> list[tuple[str, str, str, str]]: ...


class QuestionKind(StrEnum):
    ANSWERED = "answered"  # an answer waiting for its 👍/👎 (kept a day at most)
    UNANSWERED = "unanswered"
    UNHELPFUL = "unhelpful"  # its answer got a 👎


@dataclass(frozen=True)
class LoggedQuestion:
    locale: str
    question: str
    kind: QuestionKind
    entry: str | None  # the FAQ entry shown, for an unhelpful answer
    at: str


class FaqStore(Protocol):
    """What people asked the FAQ, per locale, never with a user or chat id."""

    async def log_question(self, locale: str, question: str, kind: QuestionKind,
                           entry: str | None = None) -> int: ...
    async def rate_answer(self, question_id: int, helpful: bool) -> bool: ...
    async def logged_questions(self, locales: tuple[str, ...] | None, since: str,
                               limit: int = 200) -> list[LoggedQuestion]: ...
    async def purge_questions(self, kept_until: str, pending_until: str) -> int: ...


class TicketStatus(StrEnum):
    OPEN = "open"
    CLAIMED = "claimed"
    CLOSED = "closed"


@dataclass(frozen=True)
class Ticket:
    """A question for a person. `platform`/`user_id` are the member's: to deliver answers,
    never shown to a liaison."""

    id: int
    platform: str
    user_id: str
    language: str
    contact: str
    status: TicketStatus
    claimed_by: str | None
    created_at: str
    answered_at: str | None
    question: str  # the first message


@dataclass(frozen=True)
class Discussion:
    id: int
    group: str
    language: str
    held_on: str
    participants: int
    themes: tuple[str, ...]
    conclusions: str
    link: str
    created_at: str


class CampaignStore(Protocol):
    """Tickets, shared discussion results and the report's counters."""

    async def open_ticket(self, platform: str, user_id: str, language: str, question: str,
                          contact: str, most: int) -> int | None:
        """A new ticket with its first message; None when the member has `most` open already."""
        ...

    async def open_tickets(self, platform: str, user_id: str) -> int:
        """How many of this member's tickets are not closed."""
        ...

    async def get_ticket(self, ticket_id: int) -> Ticket | None: ...
    async def tickets(self, languages: tuple[str, ...] | None,
                      limit: int = 50) -> list[Ticket]:
        """Tickets not closed, of these languages (None: all), oldest first."""
        ...

    async def add_ticket_message(self, ticket_id: int, from_member: bool, body: str
                                 ) -> tuple[bool, bool]:
        """A message in the thread: (added, and whether it is the ticket's first answer);
        not added when the ticket is closed or gone."""
        ...

    async def claim_ticket(self, ticket_id: int, by: str, take_over: bool = False) -> bool:
        """Claim an open ticket (or one claimed by `by`; with `take_over`, anyone's); False
        if another holds it or it is closed."""
        ...

    async def unclaim_ticket(self, ticket_id: int, by: str) -> bool:
        """`by`'s claim on the ticket given up (it is open to all its liaisons again)."""
        ...

    async def purge_tickets(self, closed_before: str) -> int:
        """Delete tickets closed before then, their threads and their queued messages."""
        ...

    async def close_ticket(self, ticket_id: int) -> bool: ...

    async def add_discussion(self, platform: str, user_id: str, group: str, language: str,
                             held_on: str, participants: int, themes: tuple[str, ...],
                             conclusions: str, link: str) -> int: ...
    async def discussions(self, languages: tuple[str, ...] | None,
                          limit: int | None = None) -> list[Discussion]:
        """Newest first."""
        ...

    async def count(self, language: str, *names: str, day: str | None = None) -> None:
        """Add one to each named counter of today (or `day`) and this language."""
        ...

    async def add_counts(self, day: str, counts: dict[tuple[str, str], int]) -> None:
        """Add to many counters of a day at once: (language, name) -> how many."""
        ...

    async def note_answer_time(self, day: str, language: str, seconds: int) -> None: ...
    async def counts(self, first_day: str, last_day: str, languages: tuple[str, ...] | None
                     ) -> dict[tuple[str, str], int]:
        """(day, name) -> the sum over these languages (None: all), for the days from first
        to last (inclusive)."""
        ...

    async def answer_times(self, first_day: str, last_day: str,
                           languages: tuple[str, ...] | None) -> list[int]: ...

    async def note_active(self, platform: str, user_id: str, language: str, day: str) -> None:
        """Count a person once a day as active (once a month as well, and once ever as new),
        keeping only the day on their own row."""
        ...


class Store(UserStore, SurveyStore, BroadcastStore, FaqStore, CampaignStore, Protocol):
    """Everything the bot keeps."""

    shared: bool  # several processes may use this database at once (PostgreSQL)

"""The tables as SQLAlchemy Core objects: what the queries are written against.

Alembic's revisions in storage/migrations/versions create and change the real tables; a test
checks that a migrated database matches this description on every backend. Times are ISO 8601
UTC text (`2026-12-01T18:00:00Z`) on every backend, written by the store, so that a database
moved between backends or written by the release before Alembic compares and sorts the same.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

users = Table(
    "users", metadata,
    Column("platform", Text, nullable=False),
    Column("user_id", Text, nullable=False),
    Column("language", Text),
    Column("created_at", Text, nullable=False),
    Column("reachable", Integer, nullable=False, server_default="1"),
    # Admins only: the language their platform last reported (a code of ours), for notices
    # to them when they have not chosen one.
    Column("seen_language", Text),
    Column("active_day", Text),  # the last day this person did something (the report counts)
    PrimaryKeyConstraint("platform", "user_id"),
)

# One row per person in a step-by-step flow; `parked` holds flows set aside for it (JSON list).
flows = Table(
    "flows", metadata,
    Column("platform", Text, nullable=False),
    Column("user_id", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("step", Text, nullable=False),
    Column("data", Text, nullable=False, server_default="{}"),
    Column("updated_at", Text, nullable=False),
    Column("parked", Text, nullable=False, server_default="[]"),
    PrimaryKeyConstraint("platform", "user_id"),
)

chats = Table(
    "chats", metadata,
    Column("platform", Text, nullable=False),
    Column("chat_id", Text, nullable=False),
    Column("language", Text),
    Column("announcements", Text),
    PrimaryKeyConstraint("platform", "chat_id"),
)

meta = Table(
    "meta", metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

# Questions the FAQ could not answer, or whose answer got a 👎: kept per locale with NO user or
# chat id, so content editors learn what people ask. `kind` is unanswered, unhelpful, or
# answered (an answer waiting for its 👍/👎, kept a day at most).
faq_questions = Table(
    "faq_questions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("locale", Text, nullable=False),
    Column("question", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("entry", Text),
    Column("at", Text, nullable=False),
    Index("faq_questions_locale", "locale", "kind", "at"),
    sqlite_autoincrement=True,
)

survey_responses = Table(
    "survey_responses", metadata,
    Column("survey", Text, nullable=False),
    Column("respondent", Text, nullable=False),
    Column("language", Text, nullable=False),
    Column("answers", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    PrimaryKeyConstraint("survey", "respondent"),
    Index("survey_responses_respondent", "respondent"),
)

volunteers = Table(
    "volunteers", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("platform", Text, nullable=False),
    Column("user_id", Text, nullable=False),
    Column("group_name", Text, nullable=False),
    Column("language", Text, nullable=False),
    Column("contact", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Index("volunteers_user", "platform", "user_id"),
    sqlite_autoincrement=True,
)

roles = Table(
    "roles", metadata,
    Column("platform", Text, nullable=False),
    Column("user_id", Text, nullable=False),
    Column("role", Text, nullable=False),
    Column("languages", Text, nullable=False, server_default="[]"),
    Column("granted_at", Text, nullable=False),
    PrimaryKeyConstraint("platform", "user_id", "role"),
)

subscriptions = Table(
    "subscriptions", metadata,
    Column("platform", Text, nullable=False),
    Column("chat_id", Text, nullable=False),  # a user (private chat), a group or a channel
    Column("language", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    PrimaryKeyConstraint("platform", "chat_id", "language"),
    Index("subscriptions_language", "language"),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("title", Text, nullable=False),
    Column("starts_at", Text, nullable=False),
    Column("timezone", Text, nullable=False),
    Column("languages", Text, nullable=False),  # JSON list of codes
    Column("link", Text, nullable=False, server_default=""),
    Column("created_by", Text, nullable=False),
    Column("seed", Text, unique=True),
    Column("reminded", Integer, nullable=False, server_default="0"),
    Index("events_created_by", "created_by"),
    sqlite_autoincrement=True,
)

announcements = Table(
    "announcements", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("author", Text, nullable=False),  # platform:user_id, cli or events
    Column("created_at", Text, nullable=False),
    Column("send_at", Text, nullable=False),
    Column("kind", Text, nullable=False, server_default="announcement"),
    Index("announcements_author", "author"),
    sqlite_autoincrement=True,
)

deliveries = Table(
    "deliveries", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("announcement_id", Integer, ForeignKey("announcements.id"), nullable=False),
    Column("platform", Text, nullable=False),
    Column("chat_id", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("language", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("status", Text, nullable=False, server_default="queued"),
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("next_at", Text, nullable=False),
    Column("reason", Text, nullable=False, server_default=""),
    Column("updated_at", Text, nullable=False),
    # Rendered buttons of a person-to-person message (JSON rows of [label, data, style]).
    Column("buttons", Text, nullable=False, server_default=""),
    UniqueConstraint("announcement_id", "platform", "chat_id"),
    Index("deliveries_due", "status", "platform", "next_at"),
    Index("deliveries_chat", "platform", "chat_id"),
    sqlite_autoincrement=True,
)

# `subject` is the person an entry is about (a role granted to them), so /forget finds it.
audit = Table(
    "audit", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", Text, nullable=False),
    Column("actor", Text, nullable=False),
    Column("action", Text, nullable=False),
    Column("detail", Text, nullable=False),
    Column("subject", Text),
    Index("audit_actor", "actor"),
    Index("audit_subject", "subject"),
    sqlite_autoincrement=True,
)

# Questions for a person: the member's id is kept only to deliver the answers (never shown to
# the liaisons); `claimed_by` is the liaison's platform:user_id. /forget deletes the member's.
tickets = Table(
    "tickets", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("platform", Text, nullable=False),
    Column("user_id", Text, nullable=False),
    Column("language", Text, nullable=False),
    Column("contact", Text, nullable=False, server_default=""),
    Column("status", Text, nullable=False, server_default="open"),
    Column("claimed_by", Text),
    Column("created_at", Text, nullable=False),
    Column("answered_at", Text),
    Column("closed_at", Text),
    Index("tickets_user", "platform", "user_id", "status"),
    Index("tickets_language", "language", "status"),
    sqlite_autoincrement=True,
)

ticket_messages = Table(
    "ticket_messages", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("ticket_id", Integer, ForeignKey("tickets.id", ondelete="CASCADE"), nullable=False),
    Column("from_member", Integer, nullable=False),
    Column("body", Text, nullable=False),
    Column("at", Text, nullable=False),
    Index("ticket_messages_ticket", "ticket_id"),
    sqlite_autoincrement=True,
)

# Results of a discussion a group held, handed in with /share; the author's id only for /forget.
discussions = Table(
    "discussions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("platform", Text, nullable=False),
    Column("user_id", Text, nullable=False),
    Column("group_name", Text, nullable=False),
    Column("language", Text, nullable=False),
    Column("held_on", Text, nullable=False),
    Column("participants", Integer, nullable=False),
    Column("themes", Text, nullable=False),  # JSON list of area ids
    Column("conclusions", Text, nullable=False),
    Column("link", Text, nullable=False, server_default=""),
    Column("created_at", Text, nullable=False),
    Index("discussions_user", "platform", "user_id"),
    Index("discussions_language", "language", "created_at"),
    sqlite_autoincrement=True,
)

# The monthly report's counts per day and language: no user id, so /forget leaves them.
counters = Table(
    "counters", metadata,
    Column("day", Text, nullable=False),  # 2026-11-30
    Column("language", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("value", Integer, nullable=False, server_default="0"),
    PrimaryKeyConstraint("day", "language", "name"),
)

# How long tickets waited for their first answer (the report's median), without the ticket.
answer_times = Table(
    "answer_times", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("day", Text, nullable=False),
    Column("language", Text, nullable=False),
    Column("seconds", Integer, nullable=False),
    Index("answer_times_day", "day", "language"),
    sqlite_autoincrement=True,
)

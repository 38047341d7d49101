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

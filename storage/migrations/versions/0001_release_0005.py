"""The schema of the release before Alembic (its numbered SQL migrations 0001-0005).

A database written by that release is stamped with this revision instead of running it
(storage/migrate.py); a new database starts here.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _now() -> sa.TextClause:
    """The current UTC time as ISO 8601 text, as a column default of this backend."""
    if op.get_bind().dialect.name == "sqlite":
        return sa.text("(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))")
    return sa.text("""(to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))""")


def upgrade() -> None:
    text, integer = sa.Text(), sa.Integer()
    op.create_table(
        "users",
        sa.Column("platform", text, nullable=False),
        sa.Column("user_id", text, nullable=False),
        sa.Column("language", text),
        sa.Column("created_at", text, nullable=False, server_default=_now()),
        sa.Column("reachable", integer, nullable=False, server_default="1"),
        sa.PrimaryKeyConstraint("platform", "user_id"),
    )
    op.create_table(
        "flows",
        sa.Column("platform", text, nullable=False),
        sa.Column("user_id", text, nullable=False),
        sa.Column("name", text, nullable=False),
        sa.Column("step", text, nullable=False),
        sa.Column("data", text, nullable=False, server_default="{}"),
        sa.Column("updated_at", text, nullable=False, server_default=_now()),
        sa.PrimaryKeyConstraint("platform", "user_id"),
    )
    op.create_table(
        "chats",
        sa.Column("platform", text, nullable=False),
        sa.Column("chat_id", text, nullable=False),
        sa.Column("language", text),
        sa.Column("announcements", text),
        sa.PrimaryKeyConstraint("platform", "chat_id"),
    )
    op.create_table(
        "meta",
        sa.Column("key", text, primary_key=True),
        sa.Column("value", text, nullable=False),
    )
    op.create_table(
        "survey_responses",
        sa.Column("survey", text, nullable=False),
        sa.Column("respondent", text, nullable=False),
        sa.Column("language", text, nullable=False),
        sa.Column("answers", text, nullable=False),
        sa.Column("created_at", text, nullable=False, server_default=_now()),
        sa.Column("updated_at", text, nullable=False, server_default=_now()),
        sa.PrimaryKeyConstraint("survey", "respondent"),
    )
    op.create_table(
        "volunteers",
        sa.Column("id", integer, primary_key=True, autoincrement=True),
        sa.Column("platform", text, nullable=False),
        sa.Column("user_id", text, nullable=False),
        sa.Column("group_name", text, nullable=False),
        sa.Column("language", text, nullable=False),
        sa.Column("contact", text, nullable=False),
        sa.Column("created_at", text, nullable=False, server_default=_now()),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "roles",
        sa.Column("platform", text, nullable=False),
        sa.Column("user_id", text, nullable=False),
        sa.Column("role", text, nullable=False),
        sa.Column("languages", text, nullable=False, server_default="[]"),
        sa.Column("granted_at", text, nullable=False, server_default=_now()),
        sa.PrimaryKeyConstraint("platform", "user_id", "role"),
    )
    op.create_table(
        "subscriptions",
        sa.Column("platform", text, nullable=False),
        sa.Column("chat_id", text, nullable=False),
        sa.Column("language", text, nullable=False),
        sa.Column("kind", text, nullable=False),
        sa.Column("created_at", text, nullable=False, server_default=_now()),
        sa.PrimaryKeyConstraint("platform", "chat_id", "language"),
    )
    op.create_index("subscriptions_language", "subscriptions", ["language"])
    op.create_table(
        "events",
        sa.Column("id", integer, primary_key=True, autoincrement=True),
        sa.Column("title", text, nullable=False),
        sa.Column("starts_at", text, nullable=False),
        sa.Column("timezone", text, nullable=False),
        sa.Column("languages", text, nullable=False),
        sa.Column("link", text, nullable=False, server_default=""),
        sa.Column("created_by", text, nullable=False),
        sa.Column("seed", text, unique=True),
        sa.Column("reminded", integer, nullable=False, server_default="0"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "announcements",
        sa.Column("id", integer, primary_key=True, autoincrement=True),
        sa.Column("author", text, nullable=False),
        sa.Column("created_at", text, nullable=False, server_default=_now()),
        sa.Column("send_at", text, nullable=False),
        sa.Column("kind", text, nullable=False, server_default="announcement"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "deliveries",
        sa.Column("id", integer, primary_key=True, autoincrement=True),
        sa.Column("announcement_id", integer, sa.ForeignKey("announcements.id"),
                  nullable=False),
        sa.Column("platform", text, nullable=False),
        sa.Column("chat_id", text, nullable=False),
        sa.Column("kind", text, nullable=False),
        sa.Column("language", text, nullable=False),
        sa.Column("body", text, nullable=False),
        sa.Column("status", text, nullable=False, server_default="queued"),
        sa.Column("attempts", integer, nullable=False, server_default="0"),
        sa.Column("next_at", text, nullable=False),
        sa.Column("reason", text, nullable=False, server_default=""),
        sa.Column("updated_at", text, nullable=False, server_default=_now()),
        sa.UniqueConstraint("announcement_id", "platform", "chat_id"),
        sqlite_autoincrement=True,
    )
    op.create_index("deliveries_due", "deliveries", ["status", "platform", "next_at"])
    op.create_table(
        "audit",
        sa.Column("id", integer, primary_key=True, autoincrement=True),
        sa.Column("at", text, nullable=False, server_default=_now()),
        sa.Column("actor", text, nullable=False),
        sa.Column("action", text, nullable=False),
        sa.Column("detail", text, nullable=False),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    for table in ("audit", "deliveries", "announcements", "events", "subscriptions", "roles",
                  "volunteers", "survey_responses", "meta", "chats", "flows", "users"):
        op.drop_table(table)

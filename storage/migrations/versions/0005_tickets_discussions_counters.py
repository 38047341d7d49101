"""Questions for a person (tickets and their messages), shared discussion results, the daily
counters of the monthly report (no user ids), buttons on queued messages, and the day a person
was last active (so that each is counted once a day and once a month).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tickets",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("platform", sa.Text(), nullable=False),
        sa.Column("user_id", sa.Text(), nullable=False),
        sa.Column("language", sa.Text(), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False, server_default=""),
        sa.Column("status", sa.Text(), nullable=False, server_default="open"),
        sa.Column("claimed_by", sa.Text()),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("answered_at", sa.Text()),
        sa.Column("closed_at", sa.Text()),
        sqlite_autoincrement=True,
    )
    op.create_index("tickets_user", "tickets", ["platform", "user_id", "status"])
    op.create_index("tickets_language", "tickets", ["language", "status"])
    op.create_table(
        "ticket_messages",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("ticket_id", sa.Integer(), sa.ForeignKey("tickets.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("from_member", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("at", sa.Text(), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ticket_messages_ticket", "ticket_messages", ["ticket_id"])
    op.create_table(
        "discussions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("platform", sa.Text(), nullable=False),
        sa.Column("user_id", sa.Text(), nullable=False),
        sa.Column("group_name", sa.Text(), nullable=False),
        sa.Column("language", sa.Text(), nullable=False),
        sa.Column("held_on", sa.Text(), nullable=False),
        sa.Column("participants", sa.Integer(), nullable=False),
        sa.Column("themes", sa.Text(), nullable=False),
        sa.Column("conclusions", sa.Text(), nullable=False),
        sa.Column("link", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", sa.Text(), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("discussions_user", "discussions", ["platform", "user_id"])
    op.create_index("discussions_language", "discussions", ["language", "created_at"])
    op.create_table(
        "counters",
        sa.Column("day", sa.Text(), nullable=False),
        sa.Column("language", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("day", "language", "name"),
    )
    op.create_table(
        "answer_times",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("day", sa.Text(), nullable=False),
        sa.Column("language", sa.Text(), nullable=False),
        sa.Column("seconds", sa.Integer(), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("answer_times_day", "answer_times", ["day", "language"])
    op.add_column("deliveries",
                  sa.Column("buttons", sa.Text(), nullable=False, server_default=""))
    op.add_column("users", sa.Column("active_day", sa.Text()))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("active_day")
    with op.batch_alter_table("deliveries") as batch:
        batch.drop_column("buttons")
    op.drop_index("answer_times_day", "answer_times")
    op.drop_table("answer_times")
    op.drop_table("counters")
    op.drop_index("discussions_language", "discussions")
    op.drop_index("discussions_user", "discussions")
    op.drop_table("discussions")
    op.drop_index("ticket_messages_ticket", "ticket_messages")
    op.drop_table("ticket_messages")
    op.drop_index("tickets_language", "tickets")
    op.drop_index("tickets_user", "tickets")
    op.drop_table("tickets")

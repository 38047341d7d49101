"""Questions the FAQ could not answer or whose answer got a thumbs down (faq_questions): per
locale, without any user or chat id.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "faq_questions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("locale", sa.Text(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("entry", sa.Text()),
        sa.Column("at", sa.Text(), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("faq_questions_locale", "faq_questions", ["locale", "kind", "at"])


def downgrade() -> None:
    op.drop_index("faq_questions_locale", "faq_questions")
    op.drop_table("faq_questions")

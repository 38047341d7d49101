"""The language an admin's platform reports (users.seen_language): notices to admins who never
chose a language go out in that one instead of English.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("users", sa.Column("seen_language", sa.Text()))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("seen_language")

"""What /forget needs (an index for every place a person's id is kept, the audit subject) and
flows set aside for another one (flows.parked).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

INDEXES = {
    "survey_responses_respondent": ("survey_responses", ["respondent"]),
    "volunteers_user": ("volunteers", ["platform", "user_id"]),
    "events_created_by": ("events", ["created_by"]),
    "announcements_author": ("announcements", ["author"]),
    "deliveries_chat": ("deliveries", ["platform", "chat_id"]),
    "audit_actor": ("audit", ["actor"]),
    "audit_subject": ("audit", ["subject"]),
}


def upgrade() -> None:
    op.add_column("flows", sa.Column("parked", sa.Text(), nullable=False, server_default="[]"))
    op.add_column("audit", sa.Column("subject", sa.Text()))
    # Role grants and revokes of the release before: "telegram:5 liaison for de,fr".
    audit = sa.table("audit", sa.column("action"), sa.column("detail"), sa.column("subject"))
    bind = op.get_bind()
    for action in ("grant", "revoke"):
        rows = bind.execute(sa.select(audit.c.detail).where(audit.c.action == action)).all()
        for (detail,) in rows:
            subject = detail.split(" ", 1)[0]
            if ":" in subject:
                bind.execute(sa.update(audit).where(audit.c.action == action,
                                                    audit.c.detail == detail)
                             .values(subject=subject))
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns)
    # The release before counted its migrations here; Alembic keeps alembic_version instead.
    if sa.inspect(bind).has_table("schema_migrations"):
        op.drop_table("schema_migrations")


def downgrade() -> None:
    for name, (table, _) in INDEXES.items():
        op.drop_index(name, table_name=table)
    op.drop_column("audit", "subject")
    op.drop_column("flows", "parked")

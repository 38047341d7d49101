"""Alembic migrations, applied on a connection the store hands over (SQLite or PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect, text

from storage.base import StoreError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
LEGACY_BASELINE = "0001"  # the schema of the numbered SQL migrations 0001-0005
LEGACY_LAST = 5


def config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head() -> str:
    """The newest revision this release ships."""
    found = ScriptDirectory.from_config(config()).get_current_head()
    assert found is not None
    return found


def current(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


MIGRATION_LOCK = 0x7061727469  # "parti": the advisory lock of migrations


def upgrade(connection: Connection) -> list[str]:
    """Bring the database to the newest revision; returns the revisions applied, in order.

    A database of the release before Alembic (table schema_migrations at version 5) is
    stamped with the revision that describes its schema first, so nothing in it is touched
    but what the later revisions change."""
    if connection.dialect.name == "postgresql":
        # Processes starting at once on one database: one migrates, the others wait for it
        # (the lock ends with this transaction) and then find nothing to do.
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
    cfg = config(connection)
    tables = inspect(connection).get_table_names()
    if "alembic_version" not in tables and "schema_migrations" in tables:
        version = connection.execute(text("SELECT MAX(version) FROM schema_migrations")).scalar()
        if version != LEGACY_LAST:
            raise StoreError(
                f"this database is at the old schema version {version}; open it once with the "
                f"release of numbered migrations 0001-0005 to bring it to version 5 first")
        command.stamp(cfg, LEGACY_BASELINE)
    before = current(connection)
    script = ScriptDirectory.from_config(cfg)
    pending = [s.revision for s in script.iterate_revisions(head(), before)]
    if pending:
        command.upgrade(cfg, "head")
    return list(reversed(pending))

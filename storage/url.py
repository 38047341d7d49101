"""DATABASE_URL: `sqlite:///file.db` (the default), `postgresql://…` or `postgres://…`."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from storage.base import Store, StoreError, StoreUnavailable
from storage.engine import reason

POSTGRES_SCHEMES = ("postgres", "postgresql", "postgresql+asyncpg")


def sqlite_path(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme != "sqlite":
        raise StoreError(f"unsupported DATABASE_URL scheme {parts.scheme!r}; use "
                         "sqlite:///FILE or postgresql://USER:PASSWORD@HOST:5432/DATABASE")
    if parts.netloc:
        raise StoreError("a sqlite URL has no host: use sqlite:///relative.db or sqlite:////abs.db")
    path = unquote(parts.path)[1:] if parts.path.startswith("/") else unquote(parts.path)
    if not path:
        raise StoreError("the sqlite URL names no file: use sqlite:///bot.sqlite3")
    return path


def postgres_url(url: str) -> str:
    """The URL a hosting platform hands out, for SQLAlchemy's asyncpg driver."""
    scheme, sep, rest = url.partition("://")
    if scheme not in POSTGRES_SCHEMES or not sep:
        raise StoreError(f"not a PostgreSQL URL: {scheme!r}")
    try:
        parsed = make_url(f"postgresql+asyncpg://{rest}")
    except ArgumentError as error:
        raise StoreError(f"DATABASE_URL is not a valid PostgreSQL URL: {error}") from None
    if not parsed.database:
        raise StoreError("DATABASE_URL names no database: postgresql://USER@HOST:5432/DATABASE")
    return parsed.render_as_string(hide_password=False)


def password(url: str) -> str | None:
    """The password in a database URL, if any (to keep it out of every log line)."""
    try:
        found = make_url(url).password
    except ArgumentError:
        return None
    return None if found is None else str(found)


def describe(url: str) -> str:
    """The URL without its password, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url.split("://", 1)[0] + "://…"


async def open_store(url: str, cache_size: int = 20_000, upgrade: bool = True) -> Store:
    """Open the store a URL names and (unless told not to) apply pending migrations."""
    from storage.engine import PostgresRunner, SqliteRunner
    from storage.sql import SqlStore

    runner: SqliteRunner | PostgresRunner
    if url.split("://", 1)[0] in POSTGRES_SCHEMES:
        runner = PostgresRunner(postgres_url(url))
        where = describe(url)
        # Several processes share a PostgreSQL database: a copy kept in one process would miss
        # the others' writes, so every read goes to the database (each is one index lookup).
        cache_size = 0
    else:
        path = sqlite_path(url)
        if path != ":memory:":
            from pathlib import Path

            Path(path).parent.mkdir(parents=True, exist_ok=True)
        runner = SqliteRunner(path)
        where = f"SQLite database {path!r}"
    try:
        await runner.open()
        store = SqlStore(runner, cache_size)
        if upgrade:
            await store.migrate()
    except StoreUnavailable as error:
        await runner.close()
        raise StoreError(f"cannot open {where}: {error}") from error
    except StoreError:
        await runner.close()
        raise
    except (SQLAlchemyError, OSError) as error:
        await runner.close()
        raise StoreError(f"cannot open {where}: {reason(error)}") from error
    return store

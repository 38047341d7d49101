"""DATABASE_URL parsing: `sqlite:///relative.db`, `sqlite:////absolute.db`, `sqlite:///:memory:`."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

from storage.base import Store, StoreError


def sqlite_path(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme != "sqlite":
        raise StoreError(f"unsupported DATABASE_URL scheme {parts.scheme!r}; use sqlite:///FILE")
    if parts.netloc:
        raise StoreError("a sqlite URL has no host: use sqlite:///relative.db or sqlite:////abs.db")
    path = unquote(parts.path)[1:] if parts.path.startswith("/") else unquote(parts.path)
    if not path:
        raise StoreError("the sqlite URL names no file: use sqlite:///bot.sqlite3")
    return path


async def open_store(url: str) -> Store:
    """Open the store a URL names and apply pending migrations."""
    from storage.sqlite import SqliteStore

    return await SqliteStore.open(sqlite_path(url))

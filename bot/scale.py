"""How one `python -m bot run` process joins the others: alone on a SQLite file, or one of
several on PostgreSQL with Redis sharing the send budget, per-person locks and the poller."""

from __future__ import annotations

import fcntl
import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

from storage.url import POSTGRES_SCHEMES, sqlite_path


class AlreadyRunning(Exception):
    """Another process serves from the same SQLite file."""


@contextmanager
def alone_on_sqlite(database_url: str) -> Iterator[None]:
    """On a SQLite file, hold a lock beside it while the process runs: a second `run` on the
    same file is refused (its queue, budget and poller would collide with the first's)."""
    if database_url.split("://", 1)[0] in POSTGRES_SCHEMES:
        yield
        return
    path = sqlite_path(database_url)
    if path == ":memory:":
        yield
        return
    handle: IO[str] = open(f"{path}.run-lock", "a+")  # noqa: SIM115 (held while running)
    try:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise AlreadyRunning(
                f"another `python -m bot run` serves from {path!r}: one process per SQLite "
                "file; to run several, use PostgreSQL (DATABASE_URL) and Redis (REDIS_URL)"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        yield
    finally:
        handle.close()  # the lock goes with the file


def token_key(token: str) -> str:
    """A name for one bot's shared state that does not reveal its token."""
    return hashlib.sha256(token.encode()).hexdigest()[:16]

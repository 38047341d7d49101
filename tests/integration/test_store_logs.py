"""No secret in any log line, with every library's logger at DEBUG: the BOT_SECRET the bot
generates and keeps in the database, people's ids in SQL parameters, a database password."""

from __future__ import annotations

import io
import logging
import sys
from collections.abc import Iterator

import pytest

from bot import logs
from bot.bootstrap import SECRET_KEY, Texts, bootstrap
from bot.settings import Settings
from storage import StoreError, open_store
from storage.url import password

LIBRARIES = ("sqlalchemy", "sqlalchemy.engine", "sqlalchemy.pool", "alembic", "asyncpg",
             "asyncio")


def install(stream: io.StringIO, *secrets: str | None) -> None:
    """The bot's own log handler, as `python -m bot` installs it, writing to `stream`."""
    real = sys.stderr
    sys.stderr = stream
    try:
        logs.configure("DEBUG", secrets)
    finally:
        sys.stderr = real


@pytest.fixture
def debug_log() -> Iterator[io.StringIO]:
    """Everything at DEBUG, every library's logger included."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    levels = {name: logging.getLogger(name).level for name in LIBRARIES}
    stream = io.StringIO()
    install(stream)
    for name in LIBRARIES:
        logging.getLogger(name).setLevel(logging.DEBUG)
    yield stream
    root.handlers[:] = handlers
    root.setLevel(level)
    for name, old in levels.items():
        logging.getLogger(name).setLevel(old)


async def test_the_generated_secret_and_ids_are_never_logged(
        database_url: str, texts: Texts, debug_log: io.StringIO) -> None:
    core = await bootstrap(Settings.from_env({"DATABASE_URL": database_url}), texts=texts)
    store = core.services.store
    secret = await store.get_meta(SECRET_KEY)
    assert secret is not None and len(secret) == 64
    await store.set_language("telegram", "7319046552", "de")
    await store.set_meta("probe", "another-value-9f8e7d")
    await store.close()
    again = await bootstrap(Settings.from_env({"DATABASE_URL": database_url}), texts=texts)
    await again.services.store.close()  # the second start reads the secret kept the first time
    logged = debug_log.getvalue()
    assert "sqlalchemy.engine" in logged  # the libraries did talk
    for value in (secret, "7319046552", "another-value-9f8e7d"):
        assert value not in logged


async def test_a_database_password_is_never_shown(debug_log: io.StringIO) -> None:
    url = "postgresql://bot:pw-6d5c4b@127.0.0.1:9/participate"
    install(debug_log, password(url))
    with pytest.raises(StoreError) as refused:
        await open_store(url)
    logging.getLogger("test").error("failed: %s (%s)", refused.value, url)
    assert "failed: cannot open" in debug_log.getvalue()
    assert "pw-6d5c4b" not in debug_log.getvalue() + str(refused.value)
    assert "127.0.0.1:9" in str(refused.value)

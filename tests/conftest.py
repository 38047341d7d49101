"""Shared fixtures: a real SQLite file per test, a real PostgreSQL database per run, the real
bootstrap, a console-driven chat."""

from __future__ import annotations

import asyncio
import io
import logging
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

import asyncpg
import pytest

from bot import actions
from bot.adapters.console import Console
from bot.bootstrap import Texts, bootstrap
from bot.core import Core
from bot.settings import Settings
from bot.types import ActionKind, Rendered
from tests.adapters.fake_telegram import FakeTelegram

T = TypeVar("T")
SLOW_CALLBACKS: list[str] = []  # asyncio debug's "Executing … took N seconds", per test


class _SlowCallbacks(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.startswith("Executing ") and " took " in message:
            what, _, took = message[len("Executing "):].rpartition(" took ")
            test = os.environ.get("PYTEST_CURRENT_TEST", "?").split(" ")[0]
            SLOW_CALLBACKS.append(f"{test}: {took}: {what[:160]}")


def pytest_configure(config: pytest.Config) -> None:
    logging.getLogger("asyncio").addHandler(_SlowCallbacks(logging.WARNING))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Work that held the event loop (asyncio debug mode, pyproject's asyncio_debug): listed,
    not failed, because a loaded machine makes any callback slow now and then."""
    if SLOW_CALLBACKS:
        terminalreporter.section(f"{len(SLOW_CALLBACKS)} slow callbacks (> 0.1 s on the loop)")
        for line in SLOW_CALLBACKS[:40]:
            terminalreporter.write_line(line)


POSTGRES = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432")


def _in_thread(make: Callable[[], Awaitable[T]]) -> T:
    """Run a coroutine to its end on a loop of its own (fixtures that run inside a test's loop)."""
    async def main() -> T:
        return await make()

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, main()).result()


async def _admin(sql: str, database: str = "postgres") -> None:
    connection = await asyncpg.connect(f"{POSTGRES}/{database}", timeout=5)
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    """A database of its own for this test run on the PostgreSQL at 127.0.0.1:5432, dropped at
    the end. CI must have it (fails); a machine without it skips these tests, saying why."""
    name = f"participate_test_{os.getpid()}"
    try:
        _in_thread(lambda: _admin(f'DROP DATABASE IF EXISTS "{name}"'))
        _in_thread(lambda: _admin(f'CREATE DATABASE "{name}"'))
    except (OSError, asyncpg.PostgresError, TimeoutError) as error:
        message = f"PostgreSQL at {POSTGRES} does not answer ({error})"
        if os.environ.get("CI"):
            pytest.fail(f"{message}; CI needs it", pytrace=False)
        pytest.skip(f"{message}: start it to run the PostgreSQL tests")
    yield f"{POSTGRES}/{name}"
    _in_thread(lambda: _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def postgres_url(postgres_database: str) -> str:
    """The run's PostgreSQL database, emptied: every test starts from no tables at all."""
    name = postgres_database.rsplit("/", 1)[1]
    _in_thread(lambda: _admin("DROP SCHEMA public CASCADE; CREATE SCHEMA public", name))
    return postgres_database


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each test that takes it runs twice: on a new SQLite file and on an empty PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'state.sqlite3'}"
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.from_env(
        {"DATABASE_URL": f"sqlite:///{tmp_path / 'bot.sqlite3'}"}, dotenv=tmp_path / "none.env"
    )


@pytest.fixture(scope="session")
def texts() -> Texts:
    """Translations, content and FAQ index are read-only: loaded once for the whole run."""
    return Texts.load(Settings.from_env({}, dotenv=Path("/nonexistent.env")))


@pytest.fixture
async def core(settings: Settings, texts: Texts) -> AsyncIterator[Core]:
    built = await bootstrap(settings, texts=texts)
    yield built
    await built.services.store.close()


class Chat:
    """A person talking to the bot through the console adapter; remembers what it printed."""

    def __init__(self, core: Core, user: str = "1", lang: str | None = None,
                 private: bool = True) -> None:
        self.out = io.StringIO()
        self.console = Console(core, user, lang, private, out=self.out)

    async def say(self, line: str) -> list[Rendered]:
        return await self.console.say(line)

    async def text(self, line: str) -> str:
        """Everything the bot answered to this line, as the console shows it."""
        return "\n".join(r.text for r in await self.say(line))


@pytest.fixture
def chat(core: Core) -> type[Chat]:
    """Call as chat(user=..., lang=...) to open a conversation on the shared core."""

    def make(user: str = "1", lang: str | None = None, private: bool = True) -> Chat:
        return Chat(core, user, lang, private)

    return make  # type: ignore[return-value]


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeTelegram]:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    server = FakeTelegram()
    await server.start()
    yield server
    await server.stop()


def find_button(replies: list[Rendered], kind: ActionKind, arg: str = "") -> str:
    """The data of the last button of that kind (and argument) among the replies."""
    for reply in reversed(replies):
        for row in reply.buttons:
            for _, data, *_ in row:
                action = actions.decode(data)
                if action.kind is kind and (not arg or action.arg == arg):
                    return data
    raise AssertionError(f"no {kind} {arg} button in {[r.text for r in replies]}")


REDIS = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture(scope="session")
def redis_url() -> str:
    """The Redis at 127.0.0.1:6379, database 15 (tests use keys of their own under it). CI
    must have it (fails); a machine without it skips these tests, saying why."""
    import redis

    client = redis.Redis.from_url(REDIS, socket_connect_timeout=5, socket_timeout=5)
    try:
        client.ping()
    except (redis.RedisError, OSError) as error:
        message = f"Redis at {REDIS} does not answer ({error})"
        if os.environ.get("CI"):
            pytest.fail(f"{message}; CI needs it", pytrace=False)
        pytest.skip(f"{message}: start it to run the Redis tests")
    finally:
        client.close()
    return REDIS

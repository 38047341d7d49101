"""Benchmarks of the state layer (printed, not asserted; `pytest tests/benchmarks -s`), each on
SQLite and PostgreSQL, on an idle machine and with another process keeping a core busy:
- messages a second of the whole bot (core.handle and render, as an adapter calls them) for
  1,000 people each going through a realistic session, against a bare bot that does one
  primary-key read and one Fluent format a message on the same backend;
- SQL statements and commits per plain FAQ message and per survey step;
- queueing an announcement to 100,000 subscribers through announce.enqueue (subscriber query,
  bodies, insert), and how many times its body was formatted.
"""

from __future__ import annotations

import asyncio
import itertools
import statistics
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import aiosqlite
import asyncpg
import pytest
from sqlalchemy import event, insert

from bot import announce
from bot.bootstrap import Texts, bootstrap
from bot.clock import now_iso
from bot.core import Core
from bot.settings import Settings
from bot.types import ActionKind, Incoming
from storage import ChatKind
from storage.schema import subscriptions
from storage.sql_common import insert_many
from tests.conftest import find_button

pytestmark = pytest.mark.benchmark
PEOPLE = 500
AT_ONCE = 50  # people talking at the same moment
NEWCOMERS = itertools.count(5_000_000)  # every session is a new person's
SESSION: list[tuple[str, str | None, str]] = [  # (text, or a button's kind, its argument)
    ("/start", None, ""), ("How can my affiliate host a strategy salon?", None, ""),
    ("/liaison", None, ""), ("/language de", None, ""), ("/survey", None, ""),
    ("", ActionKind.ANSWER, "editor"), ("", ActionKind.PICK, "health"),
    ("", ActionKind.DONE, ""), ("", ActionKind.ANSWER, "4"), ("", ActionKind.PICK, "wiki"),
    ("", ActionKind.DONE, ""), ("Mehr Übersetzungen, bitte", None, ""),
    ("", ActionKind.ANSWER, "yes"),
]


@pytest.fixture(params=["idle", "busy"])
def load(request: pytest.FixtureRequest) -> Iterator[str]:
    """`busy`: another process spins on one of the machine's cores for the whole benchmark."""
    if request.param == "idle":
        yield "idle"
        return
    hog = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        yield "one core busy"
    finally:
        hog.kill()
        hog.wait()


@pytest.fixture
async def core(database_url: str, texts: Texts) -> AsyncIterator[Core]:
    built = await bootstrap(Settings.from_env({"DATABASE_URL": database_url}), texts=texts)
    yield built
    await built.services.store.close()


def backend(core: Core) -> str:
    return str(core.services.store.runner.dialect)  # type: ignore[attr-defined]


async def session(core: Core, user: str) -> int:
    last: list[Any] = []
    for text, kind, arg in SESSION:
        action = find_button(last, kind, arg) if kind is not None else None
        incoming = Incoming("telegram", user, user, text=text or None, action=action,
                            locale_tag="en")
        last = [core.render(r) for r in await core.handle(incoming)]
    return len(SESSION)


async def crowd(work: Any, at_once: int = AT_ONCE) -> float:
    """Messages a second when PEOPLE people run `work(user)`, `at_once` at a time."""
    started, sent = time.perf_counter(), 0
    for _ in range(0, PEOPLE, at_once):
        done = await asyncio.gather(*(work(str(next(NEWCOMERS))) for _ in range(at_once)))
        sent += sum(done)
    return sent / (time.perf_counter() - started)


async def bare_bot(core: Core, database_url: str, at_once: int) -> float:
    """The reference the issue measured against: one primary-key read a message through
    aiosqlite (SQLite) or asyncpg (PostgreSQL), the plain way, and one Fluent format."""
    i18n = core.services.i18n
    query = "SELECT language FROM users WHERE platform = {0} AND user_id = {1}"
    if database_url.startswith("sqlite"):
        db = await aiosqlite.connect(database_url.removeprefix("sqlite:///"))

        async def read(user: str) -> None:
            async with db.execute(query.format("?", "?"), ("t", user)) as cursor:
                await cursor.fetchone()
    else:
        pool = await asyncpg.create_pool(database_url, min_size=4, max_size=10)

        async def read(user: str) -> None:
            await pool.fetchrow(query.format("$1", "$2"), "t", user)

    async def work(user: str) -> int:
        for _ in SESSION:
            await read(user)
            i18n.own("en", "unknown-command", {"command": "/x"})  # formatted, never memoized
        return len(SESSION)

    rate = await crowd(work, at_once)
    await (db.close() if database_url.startswith("sqlite") else pool.close())
    return rate


class StoreClock:
    """Seconds spent waiting for the store's units of work (meaningful one person at a time)."""

    def __init__(self, core: Core) -> None:
        self.runner = core.services.store.runner  # type: ignore[attr-defined]
        self.originals = {name: getattr(self.runner, name) for name in ("run", "fetch")}
        self.seconds = 0.0
        for name, original in self.originals.items():
            setattr(self.runner, name, self.timed(original))

    def timed(self, original: Any) -> Any:
        async def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return await original(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - started

        return timed

    def stop(self) -> None:
        for name, original in self.originals.items():
            setattr(self.runner, name, original)


@pytest.mark.parametrize("at_once", [1, AT_ONCE])
async def test_bot_against_a_bare_bot(core: Core, database_url: str, load: str, at_once: int,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    """One person at a time (each message waits for the one before: latency), and AT_ONCE
    people at once (their messages overlap: throughput). Three rounds each, alternating, so
    that a noisy neighbour hits both; the medians are printed."""
    bots, bares, shares = [], [], []
    for _ in range(3):
        bares.append(await bare_bot(core, database_url, at_once))
        clock = StoreClock(core)
        started = time.perf_counter()
        bots.append(await crowd(lambda user: session(core, user), at_once))
        shares.append(clock.seconds / (time.perf_counter() - started))
        clock.stop()
    bot, bare, share = statistics.median(bots), statistics.median(bares), statistics.median(shares)
    waited = f"; waiting for the store {share:.0%} of the time" if at_once == 1 else ""
    with capsys.disabled():
        print(f"\n[{backend(core)}, {load}, {at_once} at once] {PEOPLE:,} people x "
              f"{len(SESSION)} messages: bot {bot:,.0f} messages/s, bare bot {bare:,.0f}/s, "
              f"ratio {bot / bare:.2f}{waited}")


class Counter:
    """Units of work (each one call into the database), SQL statements and commits."""

    def __init__(self, core: Core) -> None:
        self.runner = core.services.store.runner  # type: ignore[attr-defined]
        self.engines = [getattr(e, "sync_engine", e) for e in
                        (self.runner.engine, getattr(self.runner, "inline_engine", None)) if e]
        self.units = self.statements = self.commits = 0
        for engine in self.engines:
            event.listen(engine, "before_cursor_execute", self.statement)
        self.originals = {name: getattr(self.runner, name) for name in ("run", "fetch")}
        self.runner.run = self.counted(self.originals["run"], prepared=False)
        self.runner.fetch = self.counted(self.originals["fetch"], prepared=True)

    def counted(self, original: Any, prepared: bool) -> Any:
        async def counted(*args: Any, write: bool = True, **kwargs: Any) -> Any:
            if not self.runner.in_transaction():
                self.units += 1
                self.commits += int(write)
            if prepared and (self.runner.dialect == "sqlite"
                             or not self.runner.in_transaction()):
                self.statements += 1  # sent by the driver itself, past SQLAlchemy's events
            return await original(*args, write=write, **kwargs)

        return counted

    def statement(self, *_: Any) -> None:
        self.statements += 1

    def take(self) -> tuple[int, int, int]:
        taken = self.units, self.statements, self.commits
        self.units = self.statements = self.commits = 0
        return taken

    def stop(self) -> None:
        for engine in self.engines:
            event.remove(engine, "before_cursor_execute", self.statement)
        for name, original in self.originals.items():
            setattr(self.runner, name, original)


async def test_statements_per_message(core: Core, capsys: pytest.CaptureFixture[str]) -> None:
    counter = Counter(core)
    figures = {}
    for name, user, steps in (("first FAQ question", "1", 1), ("next FAQ question", "1", 1)):
        counter.take()
        for _ in range(steps):
            await core.handle(Incoming("telegram", user, user, text="What is a Strategy Salon?"))
        figures[name] = counter.take()
    last = [core.render(r) for r in await core.handle(Incoming("telegram", "2", "2",
                                                               text="/survey"))]
    counter.take()
    for kind, arg in ((ActionKind.ANSWER, "editor"), (ActionKind.PICK, "health"),
                      (ActionKind.DONE, ""), (ActionKind.ANSWER, "4")):
        incoming = Incoming("telegram", "2", "2", action=find_button(last, kind, arg))
        last = [core.render(r) for r in await core.handle(incoming)]
    units, statements, commits = counter.take()
    figures["survey step (mean of 4)"] = (units / 4, statements / 4, commits / 4)
    counter.stop()
    with capsys.disabled():
        for name, (units, statements, commits) in figures.items():
            print(f"\n[{backend(core)}] {name}: {units:g} units of work, {statements:g} "
                  f"statements, {commits:g} commits")


async def test_enqueue_100k_through_announce(core: Core, load: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    store = core.services.store
    languages = ("de", "ar", "ja")
    rows = [("telegram", str(1_000_000 + i), languages[i % 3], ChatKind.USER.value, now_iso())
            for i in range(100_000)]
    columns = ("platform", "chat_id", "language", "kind", "created_at")
    await store.runner.run(  # type: ignore[attr-defined]
        lambda c: insert_many(c, insert(subscriptions), columns, rows))
    i18n = core.services.i18n
    formatted = 0
    original = i18n.format

    def counting(locale: str, msg_id: str, args: Any = None) -> str:
        nonlocal formatted
        formatted += 1
        return original(locale, msg_id, args)

    i18n.format = counting  # type: ignore[method-assign]
    started = time.perf_counter()
    try:
        _, count = await announce.enqueue(store, i18n, "bench", None,
                                          dict.fromkeys(languages, "Neuigkeiten"), "", now_iso())
    finally:
        i18n.format = original  # type: ignore[method-assign]
    seconds = time.perf_counter() - started
    with capsys.disabled():
        print(f"\n[{backend(core)}, {load}] announce.enqueue to {count:,} subscribers in 3 "
              f"languages: {seconds:.2f} s ({count / seconds:,.0f} recipients/s), "
              f"body formatted {formatted} times")


"""Benchmark: /report of a busy month (21 languages, every counter every day, 2,000 answered
tickets) as an admin asks for it in chat, with how late the event loop ran meanwhile (the
chart is drawn in the worker process). Printed, never asserted: `python -m pytest
tests/benchmarks/test_report_bench.py -s`."""

from __future__ import annotations

import asyncio
import random
import statistics
import time
from collections.abc import AsyncIterator

import pytest

from bot import report
from bot.bootstrap import Texts, bootstrap
from bot.core import Core
from bot.languages import LOCALES
from bot.settings import Settings
from bot.types import Incoming
from tests.benchmarks.test_store_bench import load  # noqa: F401  (idle, one core busy)

MONTH = "2026-11"
DAYS = [f"{MONTH}-{d:02d}" for d in range(1, 31)]
NAMES = (*report.FIELDS, *report.SERIES)


@pytest.fixture
async def filled(database_url: str, texts: Texts) -> AsyncIterator[Core]:
    core = await bootstrap(Settings.from_env({"DATABASE_URL": database_url,
                                              "BOT_ADMINS": "telegram:1"}), texts=texts)
    store, pick = core.services.store, random.Random(7)
    for day in DAYS:
        await store.add_counts(day, {(code, name): pick.randint(1, 400)
                                     for code in LOCALES for name in NAMES})
    for _ in range(2_000):
        await store.note_answer_time(pick.choice(DAYS), pick.choice(LOCALES),
                                     pick.randint(60, 3 * 86_400))
    yield core
    await core.services.store.close()


async def lag_while(work: asyncio.Task[object]) -> float:
    """The longest a 5 ms timer fired late while `work` ran (ms)."""
    worst = 0.0
    while not work.done():
        started = time.perf_counter()
        await asyncio.sleep(0.005)
        worst = max(worst, time.perf_counter() - started - 0.005)
    return worst * 1000


async def test_report_of_a_busy_month(filled: Core, load: str,  # noqa: F811
                                      capsys: pytest.CaptureFixture[str]) -> None:
    core = filled
    ask = Incoming("telegram", "1", "1", text=f"/report {MONTH}", locale_tag="de")
    await core.handle(ask)  # the worker process starts, fonts are read: once
    totals, reads, lags = [], [], []
    for _ in range(5):
        started = time.perf_counter()
        await report.monthly(core.services.store, MONTH, None)
        reads.append(time.perf_counter() - started)
        started = time.perf_counter()
        work = asyncio.ensure_future(core.handle(ask))
        lags.append(await lag_while(work))
        [shown] = await work
        totals.append(time.perf_counter() - started)
        assert shown.image is not None
    backend = core.services.store.runner.dialect  # type: ignore[attr-defined]
    with capsys.disabled():
        print(f"\n[{backend}, {load}] /report of a month, 21 languages, "
              f"{len(DAYS) * len(LOCALES) * len(NAMES):,} counters: counts read in "
              f"{statistics.median(reads) * 1000:.0f} ms, whole answer with the chart "
              f"{statistics.median(totals) * 1000:.0f} ms (median of 5); the event loop "
              f"at most {max(lags):.0f} ms late")

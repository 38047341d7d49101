"""Benchmarks of the broadcast queue (figures printed, not asserted; `pytest -s` shows them):
enqueueing 100,000 recipients; the delivery rate against a fake Bot API that enforces 30
messages a second, as a fraction of that limit; and the p99 latency of replies to 20 people
chatting while a 1,000-recipient broadcast drains."""

from __future__ import annotations

import asyncio
import random
import time
import tracemalloc
from pathlib import Path

import pytest

from bot.bootstrap import Texts, bootstrap
from bot.clock import now_iso
from bot.serve import Server
from bot.settings import Settings
from storage import AnnouncementKind, ChatKind, Recipient, open_store
from tests.adapters.fake_telegram import FakeTelegram

LIMIT = 30
pytestmark = pytest.mark.benchmark


MEASURE = 15.0  # seconds of delivery measured out of the 100,000


async def test_enqueue_100k_and_delivery_rate(
    fake: FakeTelegram, tmp_path: Path, texts: Texts, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = Settings.from_env({
        "DATABASE_URL": f"sqlite:///{tmp_path / 'bench.sqlite3'}", "TELEGRAM_TOKEN": fake.token,
        "TELEGRAM_API_URL": fake.api_url}, dotenv=tmp_path / "none.env")
    store = await open_store(settings.database_url)
    recipients = [(Recipient("telegram", str(1_000_000 + i), "de", ChatKind.USER), "Neuigkeiten")
                  for i in range(100_000)]
    tracemalloc.start()
    started = time.perf_counter()
    await store.enqueue("bench", now_iso(), AnnouncementKind.ANNOUNCEMENT, recipients)
    seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert await store.delivery_counts() == {"queued": 100_000}
    await store.close()

    fake.per_second = LIMIT
    core = await bootstrap(settings, texts=texts)
    server = Server(core)
    server.build(settings)
    stop = asyncio.Event()
    task = asyncio.create_task(server.run(stop))
    await fake.wait_for(LIMIT, timeout=60)  # past the start-up
    began = time.monotonic()
    await asyncio.sleep(MEASURE)
    delivered = [c for c in fake.sent() if c.at >= began and "failed" not in c.params]
    refused = sum(1 for c in fake.sent() if c.params.get("failed") == 429)
    stop.set()
    await asyncio.wait_for(task, 30)
    await core.services.store.close()
    rate = len(delivered) / MEASURE
    with capsys.disabled():
        print(f"\nenqueue 100,000 recipients: {seconds:.2f} s "
              f"({100_000 / seconds:,.0f} rows/s, peak {peak / 1e6:.0f} MB traced)")
        print(f"delivery against a fake enforcing {LIMIT}/s: {rate:.2f} msg/s over "
              f"{MEASURE:.0f} s = {rate / LIMIT:.3f} of the limit; 429s: {refused}")
    assert delivered


async def test_rate_and_reply_latency(
    fake: FakeTelegram, tmp_path: Path, texts: Texts, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.per_second = LIMIT
    settings = Settings.from_env({
        "DATABASE_URL": f"sqlite:///{tmp_path / 'rate.sqlite3'}", "TELEGRAM_TOKEN": fake.token,
        "TELEGRAM_API_URL": fake.api_url}, dotenv=tmp_path / "none.env")
    core = await bootstrap(settings, texts=texts)
    store = core.services.store
    recipients = [(Recipient("telegram", str(40_000 + i), "en", ChatKind.USER), "news")
                  for i in range(1_000)]
    await store.enqueue("bench", now_iso(), AnnouncementKind.ANNOUNCEMENT, recipients)
    server = Server(core)
    server.build(settings)
    stop = asyncio.Event()
    task = asyncio.create_task(server.run(stop))
    await fake.wait_for(1, chat=40_000, timeout=60)
    began = time.monotonic()

    latencies: list[float] = []

    async def person(user: int) -> None:
        rng = random.Random(user)
        for n in range(5):
            await asyncio.sleep(rng.uniform(0.5, 4.0))
            asked = time.monotonic()
            await fake.say(user, "/help")
            await fake.wait_for(n + 1, chat=user, timeout=60)
            latencies.append(time.monotonic() - asked)

    await asyncio.gather(*(person(91_000 + u) for u in range(20)))
    window = time.monotonic() - began
    broadcast = [c for c in fake.sent() if 40_000 <= int(c.params["chat_id"]) < 41_000
                 and "failed" not in c.params and c.at >= began]
    refused = sum(1 for c in fake.sent() if c.params.get("failed") == 429)
    stop.set()
    await asyncio.wait_for(task, 30)
    await store.close()
    latencies.sort()
    p99 = latencies[max(0, int(len(latencies) * 0.99) - 1)]
    replies_rate = len(latencies) / window
    with capsys.disabled():
        print(f"\nbroadcast rate: {len(broadcast) / window:.2f} msg/s over {window:.0f} s "
              f"= {len(broadcast) / window / LIMIT:.3f} of the {LIMIT}/s limit "
              f"({(len(broadcast) / window + replies_rate) / LIMIT:.3f} with the replies); "
              f"429s from the fake: {refused}")
        print(f"replies to 20 people during the broadcast: {len(latencies)}, "
              f"median {latencies[len(latencies) // 2] * 1000:.0f} ms, "
              f"p99 {p99 * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms")
    assert len(latencies) == 100

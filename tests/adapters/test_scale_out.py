"""Two real `python -m bot run` processes on one PostgreSQL and one Redis, against the fake
Bot API: one queue drained once, one send budget, one poller; one of them killed mid-way."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import now_iso
from storage import AnnouncementKind, ChatKind, Recipient, open_store
from tests.adapters.fake_telegram import FakeTelegram

RECIPIENTS = 1000
LIMIT = 30


@pytest.fixture
async def telegram() -> AsyncIterator[FakeTelegram]:
    fake = FakeTelegram(token=f"{uuid.uuid4().int % 10**9}:SCALE")  # its own Redis keys
    fake.per_second = LIMIT
    await fake.start()
    yield fake
    await fake.stop()


async def start(env: dict[str, str], tmp_path: Path, name: str) -> asyncio.subprocess.Process:
    environ = {k: v for k, v in os.environ.items() if not k.endswith("_TOKEN")}
    environ.update(env, PORT="0")
    with (tmp_path / f"{name}.log").open("wb") as log:  # the child keeps its own copy
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", env=environ, cwd=tmp_path, stdout=log,
            stderr=log)


def polling(tmp_path: Path, name: str) -> bool:
    return b"polling as @" in (tmp_path / f"{name}.log").read_bytes()


def busiest_second(times: list[float]) -> int:
    times = sorted(times)
    most, first = 0, 0
    for last, at in enumerate(times):
        while at - times[first] >= 1.0:
            first += 1
        most = max(most, last - first + 1)
    return most


async def test_two_processes_share_the_queue_the_budget_and_the_poller(
        telegram: FakeTelegram, postgres_url: str, redis_url: str, tmp_path: Path) -> None:
    store = await open_store(postgres_url)
    chats = [str(300_000 + i) for i in range(RECIPIENTS)]
    await store.enqueue("test", now_iso(), AnnouncementKind.ANNOUNCEMENT,
                        [(Recipient("telegram", c, "en", ChatKind.USER), "news") for c in chats])
    env = {"DATABASE_URL": postgres_url, "REDIS_URL": redis_url,
           "TELEGRAM_TOKEN": telegram.token, "TELEGRAM_API_URL": telegram.api_url}
    first = await start(env, tmp_path, "first")
    second = await start(env, tmp_path, "second")
    try:
        await telegram.wait_for(200, timeout=120)  # both are sending
        assert polling(tmp_path, "first") != polling(tmp_path, "second")  # exactly one polls
        if polling(tmp_path, "second"):  # kill the poller, mid-broadcast
            first, second = second, first
        first.send_signal(signal.SIGKILL)
        await first.wait()
        killed_at = time.monotonic()
        for user in range(10):
            await telegram.say(500_000 + user, "/help")
        for user in range(10):  # the other process polls now (within the lease's 6 s)
            await telegram.wait_for(1, chat=500_000 + user, timeout=30)
        took_over = time.monotonic() - killed_at
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            got = telegram.delivered()
            if all(got.get(int(c)) for c in chats):
                break
            await asyncio.sleep(0.5)
    finally:
        second.send_signal(signal.SIGTERM)
        await asyncio.wait_for(second.wait(), 30)
        if first.returncode is None:
            first.kill()
        await store.close()
    got = telegram.delivered()
    missing = [c for c in chats if not got.get(int(c))]
    twice = [c for c in chats if got.get(int(c), 0) > 1]
    accepted = [c.at for c in telegram.sent() if "failed" not in c.params]
    print(f"\ntwo processes: poller took over in {took_over:.1f} s; busiest second "
          f"{busiest_second(accepted)} sends (limit {LIMIT}); 429s {telegram.too_many}; "
          f"sent twice {len(twice)}; 409s {telegram.conflicts}")
    assert not missing, f"{len(missing)} never got the announcement"
    assert len(twice) <= 4, twice  # at most the sends in flight in the killed process
    assert busiest_second(accepted) <= LIMIT
    assert telegram.conflicts == 0  # never two pollers at once
    answers = [int(c.params["chat_id"]) for c in telegram.sent()
               if int(c.params["chat_id"]) >= 500_000 and "failed" not in c.params]
    assert sorted(answers) == [500_000 + u for u in range(10)]  # each answered once
    assert second.returncode == 0

"""A `python -m bot run` process killed with SIGKILL mid-broadcast resumes after a restart:
nothing lost, nothing sent twice but at most the message in flight at the kill."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from bot.broadcast import Worker
from bot.clock import now_iso
from storage import AnnouncementKind, ChatKind, Recipient, open_store
from tests.adapters.fake_telegram import FakeTelegram

RECIPIENTS = 240


async def start(fake: FakeTelegram, tmp_path: Path) -> asyncio.subprocess.Process:
    env = {k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN"}
    env.update(TELEGRAM_TOKEN=fake.token, TELEGRAM_API_URL=fake.api_url,
               DATABASE_URL=f"sqlite:///{tmp_path / 'crash.sqlite3'}")
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", env=env, cwd=tmp_path,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)


async def queued(tmp_path: Path, first_chat: int) -> list[Recipient]:
    """An announcement to RECIPIENTS people, waiting in the queue of the process's database."""
    store = await open_store(f"sqlite:///{tmp_path / 'crash.sqlite3'}")
    recipients = [Recipient("telegram", str(first_chat + i), "en", ChatKind.USER)
                  for i in range(RECIPIENTS)]
    await store.enqueue("cli", now_iso(), AnnouncementKind.ANNOUNCEMENT,
                        [(r, f"news for {r.chat_id}") for r in recipients])
    await store.close()
    return recipients


async def test_sigkill_mid_broadcast_then_resume(fake: FakeTelegram, tmp_path: Path) -> None:
    recipients = await queued(tmp_path, 30_000)

    first = await start(fake, tmp_path)
    await fake.wait_for(60, timeout=60)  # part of the broadcast is out
    first.send_signal(signal.SIGKILL)
    await first.wait()
    assert first.returncode == -signal.SIGKILL
    before = len(fake.sent())
    assert before < RECIPIENTS

    second = await start(fake, tmp_path)
    await fake.wait_for(RECIPIENTS, timeout=90)
    await asyncio.sleep(1.0)  # nothing more should come
    second.send_signal(signal.SIGTERM)
    await asyncio.wait_for(second.wait(), 30)

    counts = fake.delivered()
    assert set(counts) == {int(r.chat_id) for r in recipients}  # nothing lost
    repeated = [chat for chat, n in counts.items() if n > 1]
    # only what was in flight at the kill may arrive twice
    assert len(repeated) <= Worker.IN_FLIGHT and all(counts[c] == 2 for c in repeated)
    store = await open_store(f"sqlite:///{tmp_path / 'crash.sqlite3'}")
    assert await store.delivery_counts() == {"sent": RECIPIENTS}
    await store.close()


async def test_sigterm_mid_broadcast_ends_within_ten_seconds_with_rows_settled(
        fake: FakeTelegram, tmp_path: Path) -> None:
    await queued(tmp_path, 50_000)
    process = await start(fake, tmp_path)
    await fake.wait_for(40, timeout=60)
    asked = asyncio.get_running_loop().time()
    process.send_signal(signal.SIGTERM)
    await asyncio.wait_for(process.wait(), 30)
    took = asyncio.get_running_loop().time() - asked
    assert process.returncode == 0
    assert took < 10, f"{took:.1f} s"  # a process manager's usual patience
    store = await open_store(f"sqlite:///{tmp_path / 'crash.sqlite3'}")
    counts = await store.delivery_counts()
    await store.close()
    assert "sending" not in counts  # every row in flight was settled
    sent = fake.delivered()
    assert counts.get("sent", 0) == len(sent) and set(sent.values()) == {1}
    assert counts.get("sent", 0) + counts.get("queued", 0) == RECIPIENTS

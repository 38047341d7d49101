"""A ticket survives a `python -m bot run` process killed with SIGKILL between the question
and its answer: after the restart the liaison gets it, answers, and the member gets the
answer (the ticket and its messages live in the database and on the durable queue)."""

from __future__ import annotations

import asyncio
import html
import signal
import time
from pathlib import Path

from bot.types import ActionKind
from storage import open_store
from tests.adapters.fake_telegram import FakeTelegram, too_many_requests
from tests.adapters.test_broadcast_crash import start
from tests.adapters.test_telegram import data_for

MEMBER, LIAISON = 61_001, 61_002


async def said(fake: FakeTelegram, chat: int, words: str, timeout: float = 60) -> int:
    """How many messages to `chat` contain `words`, once at least one does."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [c for c in fake.sent(chat=chat) + fake.sent("editMessageText", chat=chat)
                 if "failed" not in c.params and words in html.unescape(str(c.params["text"]))]
        if found:
            return len(found)
        await asyncio.sleep(0.05)
    raise AssertionError(f"{words!r} never reached {chat}")


async def test_a_ticket_survives_sigkill_between_ask_and_answer(
        fake: FakeTelegram, tmp_path: Path) -> None:
    store = await open_store(f"sqlite:///{tmp_path / 'crash.sqlite3'}")
    await store.grant_role("telegram", str(LIAISON), "liaison", ("de",))
    await store.close()
    fake.chat_failures[LIAISON] = [too_many_requests(3)]  # the notice is not out at once

    first = await start(fake, tmp_path)
    await fake.say(MEMBER, "/ask Gibt es Vorlagen für die Einladung?", lang="de")
    [*_, contact] = await fake.wait_for(2, chat=MEMBER, timeout=60)
    await fake.press(MEMBER, data_for(contact, ActionKind.SKIP), 1, lang="de")
    await said(fake, MEMBER, "#1")
    first.send_signal(signal.SIGKILL)
    await first.wait()
    assert first.returncode == -signal.SIGKILL
    assert not [c for c in fake.sent(chat=LIAISON) if "failed" not in c.params]

    second = await start(fake, tmp_path)
    try:
        assert await said(fake, LIAISON, "Gibt es Vorlagen") == 1  # delivered once, after all
        await fake.say(LIAISON, "/reply 1 Ja, im Toolkit.", lang="de")
        assert await said(fake, MEMBER, "Ja, im Toolkit.") == 1
    finally:
        second.send_signal(signal.SIGTERM)
        await asyncio.wait_for(second.wait(), 30)

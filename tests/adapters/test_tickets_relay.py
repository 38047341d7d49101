"""A question relayed across platforms through the real adapters and the fake servers: a
German member on Telegram asks, the German liaison answers on Discord with the ticket's form,
the answer reaches the member on Telegram, who replies back; a Persian question (no liaison)
reaches the admins. The member's Telegram id appears in nothing sent to Discord."""

from __future__ import annotations

import asyncio
import html
import json
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.bootstrap import Texts, bootstrap
from bot.core import Core
from bot.serve import Server
from bot.settings import Settings
from bot.types import ActionKind
from tests.adapters.fake_discord import FakeDiscord
from tests.adapters.fake_telegram import Call, FakeTelegram
from tests.adapters.test_telegram import data_for

MEMBER, PERSIAN = 5_550_123_001, 5_550_123_002  # Telegram ids
LIAISON, ADMIN = 700_000_000_000_000_001, 700_000_000_000_000_009  # Discord ids
Relay = tuple[FakeTelegram, FakeDiscord, Core]


@pytest.fixture
async def relay(fake: FakeTelegram, tmp_path: Path, texts: Texts) -> AsyncIterator[Relay]:
    dc = FakeDiscord(token="dc.token")
    await dc.start()
    settings = Settings.from_env({
        "DATABASE_URL": f"sqlite:///{tmp_path / 'r.sqlite3'}",
        "TELEGRAM_TOKEN": fake.token, "TELEGRAM_API_URL": fake.api_url,
        "DISCORD_TOKEN": "dc.token", "DISCORD_API_URL": dc.api_url,
        "BOT_ADMINS": f"discord:{ADMIN}",
    }, dotenv=tmp_path / "none.env")
    core = await bootstrap(settings, texts=texts)
    await core.services.store.grant_role("discord", str(LIAISON), "liaison", ("de",))
    server = Server(core, rates={"telegram": 30.0, "discord": 40.0}, backoff=0.05)
    server.build(settings)
    stop = asyncio.Event()
    task = asyncio.create_task(server.run(stop))
    yield fake, dc, core
    stop.set()
    await asyncio.wait_for(task, 30)
    await core.services.store.close()
    await dc.stop()


async def dm(dc: FakeDiscord, user: int, count: int = 1, timeout: float = 20) -> list[Any]:
    """The messages the bot sent into a user's DMs (through the queue), once `count` came."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [c.body for c in dc.calls if c.method == "POST" and isinstance(c.body, dict)
                 and c.body.get("target") == str(user)]
        if len(found) >= count:
            return found
        await asyncio.sleep(0.02)
    raise AssertionError(f"{count} DMs to {user} expected")


async def telegram_says(tg: FakeTelegram, chat: int, words: str, timeout: float = 20) -> Call:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for call in tg.sent(chat=chat) + tg.sent("editMessageText", chat=chat):
            if words in html.unescape(str(call.params.get("text"))):
                return call
        await asyncio.sleep(0.02)
    raise AssertionError(f"{words!r} never reached {chat}: "
                         f"{[c.params.get('text') for c in tg.sent(chat=chat)]}")


async def ask(tg: FakeTelegram, user: int, lang: str, question: str) -> None:
    await tg.say(user, "/ask", lang=lang)
    await tg.wait_for(2, chat=user)
    await tg.say(user, question, lang=lang)
    [*_, contact] = await tg.wait_for(3, chat=user)
    await tg.press(user, data_for(contact, ActionKind.SKIP), 1, lang=lang)


async def test_german_member_on_telegram_answered_by_the_liaison_on_discord(
        relay: Relay) -> None:
    tg, dc, _ = relay
    await ask(tg, MEMBER, "de", "Wohin schicken wir die Ergebnisse unserer Diskussion?")
    await telegram_says(tg, MEMBER, "#1")
    [ticket] = await dm(dc, LIAISON)
    assert "#1" in ticket["content"] and "Wohin schicken wir" in ticket["content"]
    assert "Deutsch" in ticket["content"]  # the liaison reads German (the language served)
    opener = next(b["custom_id"] for row in ticket["components"] for b in row["components"]
                  if b["custom_id"].startswith("dc:answer:"))
    press = await dc.press(opener, user=LIAISON, locale="de", guild=False)
    [modal] = await dc.wait_answers(press)
    assert modal["type"] == 9  # the form opens at once: no second click
    submitted = await dc.submit("Bitte über /share einreichen.", user=LIAISON, locale="de",
                                guild=False)
    [sent] = await dc.wait_answers(submitted)
    assert "#1" in json.dumps(sent, ensure_ascii=False)
    answer = await telegram_says(tg, MEMBER, "Bitte über /share einreichen.")
    assert "#1" in answer.params["text"]
    assert data_for(answer, ActionKind.TICKET_WRITE, "1")  # and a button to write back
    await tg.say(MEMBER, "Danke, und bis wann?", lang="de", reply_to=answer)
    _, follow_up = await dm(dc, LIAISON, 2)
    assert "Danke, und bis wann?" in follow_up["content"]
    everything = json.dumps([c.body for c in dc.calls], ensure_ascii=False)
    assert str(MEMBER) not in everything  # the member's id never reached Discord


async def test_a_persian_question_goes_to_the_admins(relay: Relay) -> None:
    tg, dc, _ = relay
    await ask(tg, PERSIAN, "fa", "چطور نتایج گفت‌وگوی گروه‌مان را بفرستیم؟")
    [ticket] = await dm(dc, ADMIN)
    assert "چطور نتایج" in ticket["content"] and "Persian" in ticket["content"]
    assert str(PERSIAN) not in json.dumps([c.body for c in dc.calls])
    assert not [c for c in dc.calls
                if isinstance(c.body, dict) and c.body.get("target") == str(LIAISON)]

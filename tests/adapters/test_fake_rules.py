"""The fake Bot API refuses what the real one refuses (descriptions as Telegram writes them),
and the bot sends nothing it would refuse."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.bootstrap import Texts, bootstrap
from bot.clock import now_iso
from bot.serve import Server
from bot.settings import Settings
from storage import AnnouncementKind, ChatKind, Recipient
from tests.adapters.fake_telegram import CHAT_BURST, FakeTelegram, too_many_requests
from tests.adapters.telegram_rules import parse_html, refusal


@pytest.mark.parametrize(("text", "problem"), [
    ("<b>bold", "Can't find end tag"),
    ("a < b", "Unsupported start tag"),
    ("<script>x</script>", "Unsupported start tag"),
    ("salt & pepper", "Character entity expected"),
    ("<b>x</i>", "Unexpected end tag"),
])
def test_html_the_bot_api_cannot_parse(text: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        parse_html(text)


def test_what_the_bot_api_accepts_and_refuses() -> None:
    assert parse_html("&lt;b&gt; <b>fett</b> &amp; <a href=\"https://x.org\">x</a>") == \
        "<b> fett & x"
    assert refusal("sendMessage", {"text": "😀" * 2048}) is None  # 4,096 UTF-16 units
    assert refusal("sendMessage", {"text": "😀" * 2049}) == "Bad Request: message is too long"
    assert refusal("sendPhoto", {"caption": "x" * 1025}) == \
        "Bad Request: message caption is too long"
    assert refusal("sendMessage", {"text": " "}) == "Bad Request: message text is empty"
    keyboard = {"inline_keyboard": [[{"text": "ok", "callback_data": "x" * 65}]]}
    assert refusal("sendMessage", {"text": "a", "reply_markup": keyboard}) == \
        "Bad Request: BUTTON_DATA_INVALID"


async def test_a_long_message_of_emoji_is_split_as_telegram_counts(
        fake: FakeTelegram, tmp_path: Path, texts: Texts) -> None:
    """3,400 emoji are 6,800 UTF-16 units: two messages, not one that Telegram refuses."""
    settings = Settings.from_env({"DATABASE_URL": f"sqlite:///{tmp_path / 'e.sqlite3'}",
                                  "TELEGRAM_TOKEN": fake.token,
                                  "TELEGRAM_API_URL": fake.api_url})
    core = await bootstrap(settings, texts=texts)
    body = "🎉" * 1900 + "\n\n" + "🌍" * 1500  # 3,402 characters, 6,802 UTF-16 units
    await core.services.store.enqueue("cli", now_iso(), AnnouncementKind.ANNOUNCEMENT,
                                      [(Recipient("telegram", "77", "en", ChatKind.USER), body)])
    server = Server(core, rates={"telegram": 100.0})
    server.build(settings)
    stop = asyncio.Event()
    task = asyncio.create_task(server.run(stop))
    parts = await fake.wait_for(2, chat=77, timeout=30)
    stop.set()
    await asyncio.wait_for(task, 30)
    assert [p.params["text"] for p in parts] == ["🎉" * 1900, "🌍" * 1500]
    assert not any(c.params.get("failed") for c in fake.calls)
    assert await core.services.store.delivery_counts() == {"sent": 1}
    await core.services.store.close()


async def send(fake: FakeTelegram, chat: int, method: str = "sendMessage") -> tuple[int, Any]:
    field = "caption" if method == "sendPhoto" else "text"
    async with aiohttp.ClientSession() as session, session.post(
            f"{fake.api_url}{fake.token}/{method}", data={"chat_id": str(chat), field: "hi"}) \
            as response:
        return response.status, await response.json()


async def test_one_chat_takes_a_short_burst_then_one_message_a_second(fake: FakeTelegram) -> None:
    now = [100.0]
    fake.per_chat.clock = lambda: now[0]
    burst = [await send(fake, 7) for _ in range(CHAT_BURST)]
    assert all(status == 200 and body["ok"] for status, body in burst)
    assert await send(fake, 7, "sendPhoto") == too_many_requests(1)  # photos are messages too
    assert fake.too_many == 1 and fake.sent("sendPhoto")[-1].params["failed"] == 429
    assert (await send(fake, 8))[0] == 200  # another chat has its own
    assert (await send(fake, 7, "editMessageText"))[0] == 200  # an edit is not a message
    now[0] += 0.5
    assert (await send(fake, 7))[0] == 429
    now[0] += 0.5
    assert (await send(fake, 7))[0] == 200
    assert (await send(fake, 7))[0] == 429
    now[0] += 2.5
    assert [(await send(fake, 7))[0] for _ in range(3)] == [200, 200, 429]
    assert fake.delivered() == {7: CHAT_BURST + 3, 8: 1}

"""1,000 subscribers on both platforms through the real adapters and the fake servers, with
429s, 5xx answers and blocked users: every reachable recipient gets exactly one message."""

from __future__ import annotations

import asyncio
import html
import time
from collections.abc import AsyncIterator
from pathlib import Path

import discord
import pytest

from bot import announce
from bot.bootstrap import Texts, bootstrap
from bot.clock import now_iso
from bot.core import Core
from bot.serve import Server
from bot.settings import Settings
from storage import AnnouncementKind, ChatKind, Recipient, Store
from tests.adapters.fake_discord import FakeDiscord
from tests.adapters.fake_telegram import FakeTelegram, server_error, too_many_requests

Both = tuple[FakeTelegram, FakeDiscord, Core, Server]


@pytest.fixture
async def both(fake: FakeTelegram, tmp_path: Path, texts: Texts) -> AsyncIterator[Both]:
    dc = FakeDiscord(token="dc.token")
    await dc.start()
    settings = Settings.from_env({
        "DATABASE_URL": f"sqlite:///{tmp_path / 'b.sqlite3'}",
        "TELEGRAM_TOKEN": fake.token, "TELEGRAM_API_URL": fake.api_url,
        "DISCORD_TOKEN": "dc.token", "DISCORD_API_URL": dc.api_url,
    }, dotenv=tmp_path / "none.env")
    core = await bootstrap(settings, texts=texts)
    server = Server(core, rates={"telegram": 400.0, "discord": 400.0}, backoff=0.05)
    server.build(settings)
    yield fake, dc, core, server
    await core.services.store.close()
    await dc.stop()
    assert discord.http.Route.BASE == "https://discord.com/api/v10"  # never changed by us


async def run_until_drained(server: Server, core: Core, timeout: float = 120) -> None:
    stop = asyncio.Event()
    task = asyncio.create_task(server.run(stop))
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        await asyncio.sleep(0.2)
        counts = await core.services.store.delivery_counts()
        if counts and not counts.get("queued") and not counts.get("sending"):
            break
    stop.set()
    await asyncio.wait_for(task, 30)


async def test_a_thousand_recipients_each_get_exactly_one(both: Both) -> None:
    tg, dc, core, server = both
    store = core.services.store
    tg_users = list(range(10_000, 10_600))
    tg_groups = list(range(-2_000_100, -2_000_000))
    dc_users = [str(800_000_000_000_000_000 + i) for i in range(250)]
    dc_channels = [str(820_000_000_000_000_000 + i) for i in range(50)]
    for i, chat in enumerate(tg_users):
        await store.subscribe("telegram", str(chat), "de" if i % 2 else "ar", ChatKind.USER)
    for chat in tg_groups:
        await store.subscribe("telegram", str(chat), "de", "group")
    for i, user in enumerate(dc_users):
        await store.subscribe("discord", user, "de" if i % 2 else "ar", ChatKind.USER)
    for channel in dc_channels:
        await store.subscribe("discord", channel, "de", ChatKind.CHANNEL)
    # also French: still one message
    await store.subscribe("telegram", "10000", "fr", ChatKind.USER)

    tg.blocked.update(tg_users[:15])  # blocked the bot: 403
    for chat in tg_users[100:110]:
        tg.chat_failures[chat] = [too_many_requests(1)]
    for chat in tg_users[200:220] + tg_groups[:5]:
        tg.chat_failures[chat] = [server_error(), server_error()]
    dc.blocked.update(dc_users[:10])
    for target in dc_users[50:60] + dc_channels[:5]:
        dc.failures[target] = [500]
    for target in dc_users[100:105]:
        dc.failures[target] = [429]

    _, count = await announce.enqueue(
        store, core.services.i18n, "cli", None,
        {"de": "Salon am <b>Samstag</b> @everyone", "ar": "صالون يوم السبت **[x](https://e.vil)**",
         "fr": "Salon"},
        "https://example.org/s", now_iso())
    assert count == 1000
    await run_until_drained(server, core)

    reachable_tg = [c for c in tg_users + tg_groups if c not in tg.blocked]
    got_tg = tg.delivered()
    assert {c: got_tg.get(c, 0) for c in reachable_tg} == dict.fromkeys(reachable_tg, 1)
    reachable_dc = [t for t in dc_users + dc_channels if t not in dc.blocked]
    got_dc = dc.delivered()
    assert {t: got_dc.get(t, 0) for t in reachable_dc} == dict.fromkeys(reachable_dc, 1)

    counts = await store.delivery_counts()
    assert counts == {"sent": 975, "skipped": 25}
    skipped = await store.delivery_report()
    assert {d.chat_id for d in skipped} == {str(c) for c in tg_users[:15]} | set(dc_users[:10])
    assert all(d.reason for d in skipped)
    remaining = {r.chat_id for r in await store.subscribers(("de", "ar", "fr"))}
    assert not remaining & {d.chat_id for d in skipped}  # blocked recipients are unsubscribed
    assert not await store.is_reachable("telegram", str(tg_users[0]))

    german = next(c for c in tg.sent() if c.params["chat_id"] == str(tg_users[1]))
    assert german.params["text"] == html.escape(announce.body(
        core.services.i18n, "de", "Salon am <b>Samstag</b> @everyone",
        "https://example.org/s"), quote=False)  # HTML shown as text, not markup
    # Discord counts requests: a DM costs one to open the channel, once, and one per message.
    assert not [c for c in dc.calls if c.method == "GET" and c.path.startswith("/users/")
               and c.path != "/users/@me"]  # the bot's own, at login
    # At 400 a second (for speed) the fake refuses some requests with Discord's global 429;
    # each was waited out and made again, and each DM channel was opened exactly once.
    opened = [str(c.body["recipient_id"]) for c in dc.calls
              if c.path == "/users/@me/channels" and c.status == 200]
    assert sorted(opened) == sorted(dc_users)
    mention = next(c for c in dc.calls
                   if isinstance(c.body, dict) and c.body.get("target") == dc_users[11])
    assert mention.body["allowed_mentions"] == {"parse": []}  # @everyone pings nobody
    shown = next(c for c in dc.calls
                 if isinstance(c.body, dict) and c.body.get("target") == dc_channels[9])
    assert "Salon am <b>Samstag</b> @everyone" in shown.body["content"]
    assert "https://example.org/s" in shown.body["content"]  # the link is left as it is
    arabic = next(c for c in dc.calls
                  if isinstance(c.body, dict) and c.body.get("target") == dc_users[12])
    assert "\\*\\*\\[x](https://e.vil)\\*\\*" in arabic.body["content"]  # no masked link


async def test_replies_keep_flowing_while_a_broadcast_drains(both: Both) -> None:
    tg, _, core, server = both
    server.rates["telegram"] = 30.0
    store = core.services.store
    recipients = [Recipient("telegram", str(20_000 + i), "en", ChatKind.USER) for i in range(300)]
    await store.enqueue("cli", now_iso(), AnnouncementKind.ANNOUNCEMENT,
                        [(r, "hello") for r in recipients])
    server.adapters.clear()
    settings = Settings.from_env({"DATABASE_URL": "sqlite:///unused", "TELEGRAM_TOKEN": tg.token,
                                  "TELEGRAM_API_URL": tg.api_url})
    server.build(settings)
    server.adapters.pop("discord", None)
    stop = asyncio.Event()
    task = asyncio.create_task(server.run(stop))
    await tg.wait_for(20, chat=None)  # the broadcast is under way
    latencies = []
    for user in range(30):
        asked = time.monotonic()
        await tg.say(90_000 + user, "/help")
        await tg.wait_for(1, chat=90_000 + user)
        latencies.append(time.monotonic() - asked)
    stop.set()
    await asyncio.wait_for(task, 30)
    assert max(latencies) < 3.0, latencies  # behaviour, not a benchmark: never stuck behind it


async def test_a_store_failure_does_not_stop_broadcasts(both: Both,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The queue's database fails twice (locked, then gone for a moment): the worker is
    restarted, and every recipient still gets exactly one message."""
    tg, _, core, server = both
    server.adapters.pop("discord")
    server.restart_backoff = 0.05
    store = core.services.store
    recipients = [Recipient("telegram", str(60_000 + i), "en", ChatKind.USER) for i in range(50)]
    await store.enqueue("cli", now_iso(), AnnouncementKind.ANNOUNCEMENT,
                        [(r, "hello") for r in recipients])
    claim, failures = store.claim, [OSError("database is locked"), OSError("disk I/O error")]

    async def failing_claim(*args: object) -> object:
        if failures:
            raise failures.pop(0)
        return await claim(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "claim", failing_claim)
    await run_until_drained(server, core)
    assert not failures and tg.delivered() == {60_000 + i: 1 for i in range(50)}
    assert server.health.errors["broadcast on telegram"] == "OSError: disk I/O error"
    assert not server.health.failed


async def _announce_to(store: Store, platform: str, chats: list[str]) -> int:
    recipients = [Recipient(platform, chat, "en", ChatKind.USER) for chat in chats]
    return await store.enqueue("cli", now_iso(), AnnouncementKind.ANNOUNCEMENT,
                               [(r, "hello") for r in recipients])


async def test_a_telegram_429_pauses_every_send_and_the_worker_retries(both: Both) -> None:
    """The library passes the 429 on (no retries of its own): the worker counts an attempt,
    and no message of the platform goes out before retry_after has passed."""
    tg, _, core, server = both
    server.adapters.pop("discord")
    chats = [str(70_000 + i) for i in range(20)]
    announcement = await _announce_to(core.services.store, "telegram", chats)
    tg.chat_failures[70_005] = [too_many_requests(2)]
    await run_until_drained(server, core)
    assert tg.delivered() == {int(c): 1 for c in chats}
    refused = next(c for c in tg.calls if c.params.get("failed") == 429)
    later = [c.at - refused.at for c in tg.calls
             if c.method == "sendMessage" and c.at > refused.at and "failed" not in c.params]
    # Sends already on their way when the 429 came arrive within milliseconds; every later
    # one waited out retry_after.
    assert all(d < 0.1 or d >= 1.9 for d in later) and max(later) >= 1.9, later
    attempts = {d.chat_id: d.attempts for d in await core.services.store.delivery_report(
        announcement)}
    assert attempts.pop("70005") == 2 and set(attempts.values()) == {1}  # the worker's retry


async def test_discord_429s_and_5xx_reach_the_worker(both: Both) -> None:
    """A 429 with a long wait (past what discord.py waits by itself) and a 503 (which it does
    not retry) come back to the worker: it pauses every Discord send, and retries."""
    _, dc, core, server = both
    server.adapters.pop("telegram")
    users = [str(830_000_000_000_000_000 + i) for i in range(12)]
    announcement = await _announce_to(core.services.store, "discord", users)
    dc.failures[users[3]] = [(429, 6.0)]
    dc.failures[users[7]] = [503]
    await run_until_drained(server, core)
    assert dc.delivered() == dict.fromkeys(users, 1)
    refused = next(c for c in dc.calls if isinstance(c.body, dict)
                   and c.body.get("failed") == 429)
    later = [c.at - refused.at for c in dc.calls
             if c.at > refused.at and c.path.endswith("/messages") and c.status == 200]
    assert all(d < 0.1 or d >= 5.9 for d in later) and max(later) >= 5.9, later  # as above
    attempts = {d.chat_id: d.attempts for d in await core.services.store.delivery_report(
        announcement)}
    assert attempts.pop(users[3]) == 2 and attempts.pop(users[7]) == 2  # the worker's retries
    assert set(attempts.values()) == {1}

"""GET /healthz and GET /metrics, served for real on loopback against a SQLite store, and by
`python -m bot run` against the fake Bot API."""

from __future__ import annotations

import asyncio
import json
import signal
import socket
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from bot import metrics
from bot.broadcast import Outcome, Worker
from bot.clock import now_iso
from bot.core import Core
from bot.pacing import Budget
from bot.supervise import Health, State
from bot.types import Incoming
from bot.web import WebServer
from storage import AnnouncementKind, ChatKind, Delivery, Recipient
from tests.adapters.fake_telegram import FakeTelegram
from tests.adapters.test_run_process import start_run

NAMES = ("bot_updates_total", "bot_reply_seconds", "bot_broadcast_sends_total",
         "bot_rate_limited_total", "bot_queue_deliveries", "bot_lock_wait_seconds")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class Client:
    def __init__(self, port: int) -> None:
        self.url = f"http://127.0.0.1:{port}"

    async def get(self, path: str) -> tuple[int, str]:
        async with aiohttp.ClientSession() as session, session.get(self.url + path) as answer:
            return answer.status, await answer.text()

    async def health_json(self) -> tuple[int, dict[str, Any]]:
        status, body = await self.get("/healthz")
        return status, json.loads(body)


class Running(Client):
    def __init__(self, server: WebServer, port: int) -> None:
        super().__init__(port)
        self.server = server
        self.health = server.health


async def echo(request: web.Request) -> web.Response:
    return web.Response(text=str(len(await request.read())))


@pytest.fixture
async def running(core: Core) -> AsyncIterator[Running]:
    server = WebServer(core.services.store, Health(), ["telegram"], max_body=1024,
                       queue_every=0.05)
    server.add_route("POST", "/echo", echo)  # what a webhook would do
    port = free_port()
    assert await server.start("127.0.0.1", port)
    yield Running(server, port)
    await server.stop()


async def test_healthz_is_503_until_every_platform_is_up(running: Running) -> None:
    status, body = await running.health_json()
    assert status == 503 and body["platforms"] == {"telegram": "starting"}
    assert set(body) == {"ok", "store", "platforms", "tasks", "errors"}
    running.health.parts["telegram"] = State.FAILED
    running.health.errors["telegram"] = "telegram: cannot reach the Bot API at http://x/bot"
    status, body = await running.health_json()
    assert status == 503 and not body["ok"] and body["platforms"] == {"telegram": "failed"}
    assert body["errors"]["telegram"].startswith("telegram: cannot reach")
    running.health.parts["telegram"] = State.UP
    running.health.parts["event reminders"] = State.RESTARTING  # a task: shown, not fatal
    status, body = await running.health_json()
    assert status == 200 and body["ok"] and body["store"] == "up"
    assert body["tasks"] == {"event reminders": "restarting"}
    running.health.parts["telegram"] = State.STOPPED  # shutting down: no more traffic here
    assert (await running.get("/healthz"))[0] == 503


async def test_healthz_is_503_when_the_store_does_not_answer(
        running: Running, monkeypatch: pytest.MonkeyPatch) -> None:
    async def hangs() -> None:
        await asyncio.sleep(30)

    running.health.parts["telegram"] = State.UP
    monkeypatch.setattr(running.server.store, "schema_version", hangs)
    monkeypatch.setattr(running.server, "STORE_TIMEOUT", 0.1)
    status, body = await running.health_json()
    assert status == 503 and body["store"].startswith("down: no answer")


async def test_metrics_count_a_handled_update(running: Running, core: Core) -> None:
    labels = {"platform": "console", "kind": "command"}
    before = metrics.registry().get_sample_value("bot_updates_total", labels) or 0.0
    await core.respond(Incoming("console", "7", "7", text="/help"))
    assert metrics.registry().get_sample_value("bot_updates_total", labels) == before + 1
    status, text = await running.get("/metrics")
    assert status == 200
    for name in NAMES:
        assert f"# TYPE {name} " in text, name
    assert f'bot_updates_total{{kind="command",platform="console"}} {before + 1}' in text
    assert 'bot_reply_seconds_bucket{le="10.0",platform="console"}' in text
    assert "_created" not in text


async def test_the_queue_gauge_follows_the_store(running: Running, core: Core) -> None:
    store = core.services.store
    chats = [(Recipient("telegram", str(n), "en", ChatKind.USER), "hi") for n in (1, 2)]
    chats.append((Recipient("discord", "3", "en", ChatKind.USER), "hi"))
    await store.enqueue("cli", now_iso(), AnnouncementKind.ANNOUNCEMENT, chats)
    line = 'bot_queue_deliveries{platform="telegram",status="queued"} 2.0'
    for _ in range(100):
        if line in (await running.get("/metrics"))[1]:
            break
        await asyncio.sleep(0.05)
    else:
        raise AssertionError("the queue gauge was not refreshed")


async def test_a_429_is_counted(core: Core) -> None:
    async def too_many(delivery: Delivery) -> Outcome:
        return Outcome("retry", "429 too many requests", retry_after=0.5)

    store = core.services.store
    await store.enqueue("cli", now_iso(), AnnouncementKind.ANNOUNCEMENT,
                        [(Recipient("telegram", "3", "en", ChatKind.USER), "hi")])
    [delivery] = await store.due("telegram", now_iso(), 10)
    read = metrics.registry().get_sample_value
    limited = read("bot_rate_limited_total", {"platform": "telegram"}) or 0.0
    retried = read("bot_broadcast_sends_total", {"platform": "telegram", "outcome": "retry"})
    await Worker(store, "telegram", too_many, Budget(30)).one(delivery)
    assert read("bot_rate_limited_total", {"platform": "telegram"}) == limited + 1
    assert read("bot_broadcast_sends_total",
                {"platform": "telegram", "outcome": "retry"}) == (retried or 0.0) + 1


async def test_a_body_past_the_limit_is_413(running: Running) -> None:
    async with aiohttp.ClientSession() as session:
        async with session.post(running.url + "/echo", data=b"x" * 100) as small:
            assert small.status == 200 and await small.text() == "100"
        async with session.post(running.url + "/echo", data=b"x" * 5000) as big:
            assert big.status == 413


async def test_port_zero_does_not_listen(core: Core) -> None:
    server = WebServer(core.services.store, Health(), ["telegram"])
    assert not await server.start("127.0.0.1", 0)
    await server.stop()


async def test_run_serves_healthz_and_json_logs(fake: FakeTelegram, tmp_path: Path) -> None:
    port = free_port()
    process = await start_run(tmp_path, TELEGRAM_TOKEN=fake.token, TELEGRAM_API_URL=fake.api_url,
                              PORT=str(port), HOST="127.0.0.1", LOG_FORMAT="json")
    web_server = Client(port)
    try:
        await fake.wait_for(1, "getUpdates", timeout=60)
        for _ in range(100):
            status, body = await web_server.health_json()
            if status == 200:
                break
            await asyncio.sleep(0.1)
        assert status == 200 and body["platforms"] == {"telegram": "up"}
        assert (await web_server.get("/metrics"))[0] == 200
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 0
    lines = [json.loads(line) for line in err.decode().splitlines()]
    polling = [line for line in lines if "polling as @" in line["message"]]
    assert polling and polling[0]["pid"] == process.pid and polling[0]["level"] == "INFO"
    assert fake.token.split(":")[1] not in err.decode()

"""Telegram's webhook mode with the real `python -m bot run`: Telegram POSTs updates with our
secret header; a request without it is refused; several processes behind a load balancer
handle one person's presses in order."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sys
import time
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot import actions
from bot.types import Action, ActionKind
from storage import open_store
from tests.adapters.fake_telegram import FakeTelegram

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def start(env: dict[str, str], tmp_path: Path, name: str) -> asyncio.subprocess.Process:
    environ = {k: v for k, v in os.environ.items() if not k.endswith("_TOKEN")}
    environ.update(env, HOST="127.0.0.1")
    with (tmp_path / f"{name}.log").open("wb") as log:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", env=environ, cwd=tmp_path, stdout=log,
            stderr=log)


async def until_listening(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as session:
        while time.monotonic() < deadline:
            try:
                async with session.get(f"http://127.0.0.1:{port}/healthz") as answer:
                    if answer.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.2)
    raise AssertionError(f"nothing healthy on port {port}")


async def post(port: int, body: bytes, secret: str | None) -> int:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers[SECRET_HEADER] = secret
    async with aiohttp.ClientSession() as session, session.post(
            f"http://127.0.0.1:{port}/telegram", data=body, headers=headers) as answer:
        return answer.status


@pytest.fixture
async def telegram() -> AsyncIterator[FakeTelegram]:
    fake = FakeTelegram(token=f"{uuid.uuid4().int % 10**9}:HOOK")
    await fake.start()
    yield fake
    await fake.stop()


async def test_updates_come_by_webhook_and_strangers_are_refused(
        telegram: FakeTelegram, tmp_path: Path) -> None:
    port = free_port()
    process = await start({
        "DATABASE_URL": f"sqlite:///{tmp_path / 'hook.sqlite3'}", "PORT": str(port),
        "TELEGRAM_TOKEN": telegram.token, "TELEGRAM_API_URL": telegram.api_url,
        "TELEGRAM_WEBHOOK_URL": f"http://127.0.0.1:{port}/telegram"}, tmp_path, "hook")
    try:
        await until_listening(port)
        [hook] = await telegram.wait_for(1, "setWebhook", timeout=30)
        secret = hook.params["secret_token"]
        assert len(secret) >= 32 and not telegram.dropped_pending
        await telegram.say(7, "/start", lang="de")  # Telegram POSTs it, with the secret
        [greeting] = await telegram.wait_for(1, chat=7, timeout=30)
        assert greeting.params["text"].startswith("Hallo")
        update = json.dumps({"update_id": 999, "message": {
            "message_id": 1, "date": 0, "chat": {"id": 8, "type": "private"},
            "from": {"id": 8, "is_bot": False, "first_name": "X"}, "text": "/start"}}).encode()
        assert await post(port, update, None) == 403
        assert await post(port, update, "not-the-secret") == 403
        assert await post(port, b"[1, 2", secret) == 400
        assert await post(port, b"x" * 300_000, secret) == 413
        await asyncio.sleep(1.0)
        assert telegram.sent(chat=8) == []  # none of those was handled
        assert not telegram.calls_of("getUpdates") and not telegram.webhook_refused
    finally:
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), 30)
    assert process.returncode == 0
    assert telegram.webhook is not None  # other processes may still serve it: left as it is


async def test_one_persons_presses_across_two_processes_are_handled_in_order(
        telegram: FakeTelegram, postgres_url: str, redis_url: str, tmp_path: Path) -> None:
    ports = [free_port(), free_port()]
    base = {"DATABASE_URL": postgres_url, "REDIS_URL": redis_url,
            "TELEGRAM_TOKEN": telegram.token, "TELEGRAM_API_URL": telegram.api_url,
            "TELEGRAM_WEBHOOK_URL": f"http://127.0.0.1:{ports[0]}/telegram"}
    processes = [await start({**base, "PORT": str(port)}, tmp_path, f"p{port}")
                 for port in ports]
    store = await open_store(postgres_url)
    try:
        for port in ports:
            await until_listening(port)
        [hook, *_] = await telegram.wait_for(2, "setWebhook", timeout=30)
        secret = hook.params["secret_token"]
        numbers = iter(range(50_000, 60_000))
        person = {"id": 77, "is_bot": False, "first_name": "P", "language_code": "en"}

        def message(text: str) -> bytes:
            return json.dumps({"update_id": next(numbers), "message": {
                "message_id": next(numbers), "date": 0, "from": person, "text": text,
                "chat": {"id": 77, "type": "private"},
                "entities": [{"type": "bot_command", "offset": 0, "length": len(text)}]
                if text.startswith("/") else []}}).encode()

        def press(kind: ActionKind, arg: str, question: str) -> bytes:
            data = actions.encode(Action(kind, arg, question))
            body: dict[str, Any] = {"update_id": next(numbers), "callback_query": {
                "id": f"cq{next(numbers)}", "chat_instance": "ci", "from": person,
                "data": data, "message": {"message_id": 5, "date": 0, "text": "…",
                                          "chat": {"id": 77, "type": "private"}}}}
            return json.dumps(body).encode()

        assert await post(ports[0], message("/survey"), secret) == 200
        await telegram.wait_for(2, chat=77, timeout=30)
        # A person changing their mind quickly: the final choice depends on every press
        # being taken in the order it was made.
        toggles = [press(ActionKind.PICK if n % 2 == 0 else ActionKind.UNPICK, "diversity",
                         "areas") for n in range(12)]
        presses = [press(ActionKind.ANSWER, "editor", "role"), *toggles,
                   press(ActionKind.PICK, "roles", "areas"),
                   press(ActionKind.DONE, "", "areas"),
                   press(ActionKind.ANSWER, "3", "involved")]
        for number, body in enumerate(presses):  # as fast as a load balancer passes them on
            assert await post(ports[number % 2], body, secret) == 200
        deadline = time.monotonic() + 30
        state = None
        while time.monotonic() < deadline:
            state = await store.get_flow("telegram", "77")
            if state is not None and state.step == "ways":
                break
            await asyncio.sleep(0.2)
        assert state is not None and state.step == "ways", state
        assert state.data["answers"] == {"role": "editor", "areas": ["roles"],
                                         "involved": "3"}
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            await asyncio.wait_for(process.wait(), 30)
        await store.close()

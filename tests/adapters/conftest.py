"""The real Telegram adapter against the fake Bot API server, on loopback only."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.bootstrap import Texts, bootstrap
from bot.core import Core
from bot.serve import Server
from bot.settings import Settings
from tests.adapters.fake_telegram import FakeTelegram


@pytest.fixture
async def running(
    fake: FakeTelegram, tmp_path: Path, texts: Texts
) -> AsyncIterator[tuple[FakeTelegram, Core, Server]]:
    settings = Settings.from_env({
        "DATABASE_URL": f"sqlite:///{tmp_path / 'tg.sqlite3'}",
        "TELEGRAM_TOKEN": fake.token, "TELEGRAM_API_URL": fake.api_url,
        "BOT_ADMINS": "telegram:900",
    }, dotenv=tmp_path / "none.env")
    core = await bootstrap(settings, texts=texts)
    server = Server(core)
    server.build(settings)
    stop = asyncio.Event()
    task = asyncio.create_task(server.run(stop))
    await fake.wait_for(1, "getUpdates")
    yield fake, core, server
    stop.set()
    await asyncio.wait_for(task, 30)
    await core.services.store.close()

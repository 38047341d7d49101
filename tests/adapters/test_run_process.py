"""`python -m bot run` as an operator starts it: a real process against the fake Bot API."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from tests.adapters.fake_telegram import FakeTelegram


async def test_run_serves_telegram_and_keeps_the_token_out_of_the_logs(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DISCORD_TOKEN"}}
    env.update(TELEGRAM_TOKEN=fake.token, TELEGRAM_API_URL=fake.api_url, LOG_LEVEL="DEBUG",
               DATABASE_URL=f"sqlite:///{tmp_path / 'run.sqlite3'}")
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", env=env, cwd=tmp_path,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        await fake.wait_for(1, "getUpdates", timeout=60)
        await fake.say(5, "/start", lang="uk")  # not one of ours: English
        await fake.say(6, "¿Cuándo empieza la próxima fase?", lang="es-419")
        [greeting] = await fake.wait_for(1, chat=5)
        [answer] = await fake.wait_for(1, chat=6)
        assert greeting.params["text"].startswith("Hello!")
        assert "enero" in answer.params["text"]
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 0
    log = err.decode()
    assert "polling as @participate_bot" in log
    assert fake.token not in log and fake.token.split(":")[1] not in log

"""`python -m bot run` as an operator starts it: a real process against the fake Bot API."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from tests.adapters.fake_discord import FakeDiscord
from tests.adapters.fake_telegram import FakeTelegram


async def start_run(tmp_path: Path, **env: str) -> asyncio.subprocess.Process:
    """`python -m bot run` as an operator starts it, with these variables and no others' tokens."""
    environ = {k: v for k, v in os.environ.items() if k not in {"TELEGRAM_TOKEN", "DISCORD_TOKEN"}}
    environ.update(DATABASE_URL=f"sqlite:///{tmp_path / 'run.sqlite3'}", PORT="0")
    environ.update(env)
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", env=environ, cwd=tmp_path,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)


async def test_run_serves_telegram_and_keeps_the_token_out_of_the_logs(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    process = await start_run(tmp_path, TELEGRAM_TOKEN=fake.token,
                              TELEGRAM_API_URL=fake.api_url, LOG_LEVEL="DEBUG")
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


async def run_once(env: dict[str, str], tmp_path: Path) -> tuple[int, str]:
    """`python -m bot run` with these variables, until it ends by itself (60 s at most)."""
    process = await start_run(tmp_path, **env)
    _, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return process.returncode, err.decode()


async def test_a_rejected_telegram_token_is_one_clear_line(fake: FakeTelegram,
                                                          tmp_path: Path) -> None:
    wrong = "999999:WRONG-token-value"
    code, err = await run_once({"TELEGRAM_TOKEN": wrong, "TELEGRAM_API_URL": fake.api_url},
                               tmp_path)
    assert code == 1
    assert "cannot serve telegram: the Bot API rejected TELEGRAM_TOKEN" in err
    assert "Traceback" not in err and wrong not in err and "WRONG-token" not in err


async def test_an_unreachable_api_is_one_clear_line(tmp_path: Path) -> None:
    code, err = await run_once({"TELEGRAM_TOKEN": "123:TEST",
                                "TELEGRAM_API_URL": "http://127.0.0.1:9/bot"}, tmp_path)
    assert code == 1
    assert "cannot reach the Bot API at http://127.0.0.1:9/bot" in err
    assert "Traceback" not in err and "123:TEST" not in err


async def test_a_rejected_discord_token_ends_the_process(tmp_path: Path) -> None:
    fake = FakeDiscord(token="the.right.token")
    await fake.start()
    try:
        code, err = await run_once({"DISCORD_TOKEN": "a.wrong.token",
                                    "DISCORD_API_URL": fake.api_url}, tmp_path)
    finally:
        await fake.stop()
    assert code == 1 and "Discord rejected DISCORD_TOKEN" in err
    assert "Traceback" not in err and "a.wrong.token" not in err


async def test_telegram_keeps_serving_when_discord_refuses(fake: FakeTelegram,
                                                          tmp_path: Path) -> None:
    discord_fake = FakeDiscord(token="the.right.token")
    await discord_fake.start()
    process = await start_run(tmp_path, TELEGRAM_TOKEN=fake.token,
                              TELEGRAM_API_URL=fake.api_url, DISCORD_TOKEN="a.wrong.token",
                              DISCORD_API_URL=discord_fake.api_url)
    try:
        await fake.wait_for(1, "getUpdates", timeout=60)
        await fake.say(5, "/help")
        [answer] = await fake.wait_for(1, chat=5)
        assert "/survey" in answer.params["text"]
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(process.communicate(), 60)
        await discord_fake.stop()
    log = err.decode()
    assert "cannot serve discord: Discord rejected DISCORD_TOKEN" in log
    assert process.returncode == 1  # stopped, and one platform never served


async def test_a_second_run_on_the_same_sqlite_file_is_refused(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    first = await start_run(tmp_path, TELEGRAM_TOKEN=fake.token, TELEGRAM_API_URL=fake.api_url)
    try:
        await fake.wait_for(1, "getUpdates", timeout=60)
        second = await start_run(tmp_path, TELEGRAM_TOKEN=fake.token,
                                 TELEGRAM_API_URL=fake.api_url)
        _, err = await asyncio.wait_for(second.communicate(), 60)
        assert second.returncode == 2
        [line] = err.decode().strip().splitlines()
        assert "one process per SQLite file" in line and "REDIS_URL" in line
        assert fake.conflicts == 0
    finally:
        first.send_signal(signal.SIGTERM)
        await asyncio.wait_for(first.communicate(), 60)
    assert first.returncode == 0


async def test_updates_are_neither_lost_nor_repeated_across_a_kill(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    """Killed while handling: what it fetched but had not handled comes again to the next
    process; what it handled does not."""
    env = {"TELEGRAM_TOKEN": fake.token, "TELEGRAM_API_URL": fake.api_url}
    first = await start_run(tmp_path, **env)
    await fake.wait_for(1, "getUpdates", timeout=60)
    for user in range(1, 6):
        await fake.say(100 + user, "/help")
    await fake.wait_for(1, chat=105, timeout=60)
    await asyncio.sleep(0.5)  # the handled mark is kept after the next poll
    first.kill()
    await first.communicate()
    await fake.say(106, "/help")  # while nobody polls
    second = await start_run(tmp_path, **env)
    try:
        await fake.wait_for(1, chat=106, timeout=60)
        await asyncio.sleep(1.0)
        answered = [int(c.params["chat_id"]) for c in fake.sent()]
        assert sorted(answered) == [101, 102, 103, 104, 105, 106]  # each exactly once
        assert fake.conflicts == 0
    finally:
        second.send_signal(signal.SIGTERM)
        await asyncio.wait_for(second.communicate(), 60)

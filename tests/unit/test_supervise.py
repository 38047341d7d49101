"""Background work is restarted after a failure, with backoff, and gives up loudly."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.supervise import Health, State, supervise


async def test_a_failure_is_logged_and_the_work_starts_again(
        caplog: pytest.LogCaptureFixture) -> None:
    stop, health, runs = asyncio.Event(), Health(), []

    async def work() -> None:
        runs.append(len(runs))
        if len(runs) < 3:
            raise OSError("database is locked")
        assert health.parts["queue"] is State.UP
        await stop.wait()

    task = asyncio.create_task(supervise("queue", work, stop, health, backoff=0.01))
    while len(runs) < 3:
        await asyncio.sleep(0.005)
    assert health.ok and health.errors["queue"] == "OSError: database is locked"
    stop.set()
    await task
    assert health.parts["queue"] is State.STOPPED and not health.failed
    failures = [r for r in caplog.records if "queue failed" in r.getMessage()]
    assert len(failures) == 2 and all(r.exc_info for r in failures)  # with the traceback


async def test_it_gives_up_after_too_many_failures_in_a_row_and_stops_the_process(
        caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    stop, health = asyncio.Event(), Health()
    waits: list[float] = []
    real_wait_for = asyncio.wait_for

    async def counting_wait_for(awaitable: object, timeout: float) -> object:
        waits.append(timeout)
        return await real_wait_for(awaitable, 0.001)  # type: ignore[arg-type]

    async def work() -> None:
        raise RuntimeError("broken for good")

    monkeypatch.setattr("bot.supervise.asyncio.wait_for", counting_wait_for)
    await supervise("reminders", work, stop, health, backoff=1.0, ceiling=8.0, give_up=6)
    assert waits == [1.0, 2.0, 4.0, 8.0, 8.0]  # doubling, up to the ceiling
    assert stop.is_set() and health.failed == ["reminders"] and not health.ok
    assert any(r.levelno == logging.CRITICAL for r in caplog.records)


async def test_work_that_returns_before_the_stop_counts_as_a_failure() -> None:
    stop, health, runs = asyncio.Event(), Health(), []

    async def work() -> None:
        runs.append(1)

    await supervise("worker", work, stop, health, backoff=0.001, give_up=3)
    assert len(runs) == 3 and health.failed == ["worker"]
    assert "returned before" in health.errors["worker"]

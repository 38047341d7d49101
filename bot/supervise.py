"""Background work that does not die quietly: each task is restarted after a failure, with
backoff, and its state is kept where a health check can read it."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from enum import StrEnum

log = logging.getLogger(__name__)


class StartFailed(Exception):
    """A platform cannot be served: its token was rejected, or its API cannot be reached.
    The message says which, in one line, and never holds the token."""

    def __init__(self, platform: str, reason: str) -> None:
        super().__init__(f"{platform}: {reason}")
        self.platform = platform


class State(StrEnum):
    UP = "up"
    RESTARTING = "restarting"  # failed, waiting to start again
    FAILED = "failed"  # failed too often in a row: the process should end
    STOPPED = "stopped"


@dataclass
class Health:
    """What each part of the process is doing; `/healthz` (a later issue) reads it."""

    parts: dict[str, State] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return all(state in (State.UP, State.STOPPED) for state in self.parts.values())

    @property
    def failed(self) -> list[str]:
        return [name for name, state in self.parts.items() if state is State.FAILED]


async def supervise(name: str, work: Callable[[], Awaitable[None]], stop: asyncio.Event,
                    health: Health, backoff: float = 1.0, ceiling: float = 60.0,
                    give_up: int = 8, healthy_after: float = 60.0) -> None:
    """Run `work()` until `stop`; after a failure, log it with its traceback and start again
    after 1, 2, 4 … `ceiling` seconds. `give_up` failures in a row (each sooner than
    `healthy_after` seconds after its start) mark the part failed and set `stop`, so that a
    process manager restarts the whole process instead of it limping on."""
    failures = 0
    while not stop.is_set():
        health.parts[name] = State.UP
        started = time.monotonic()
        try:
            await work()
            if stop.is_set():
                break
            raise RuntimeError("it returned before the process was stopped")
        except asyncio.CancelledError:
            raise
        except Exception as error:
            failures = 1 if time.monotonic() - started >= healthy_after else failures + 1
            health.errors[name] = f"{type(error).__name__}: {error}"[:300]
            if failures >= give_up:
                log.critical("%s failed %d times in a row; stopping the process", name,
                             failures, exc_info=True)
                health.parts[name] = State.FAILED
                stop.set()
                return
            wait = min(ceiling, backoff * 2 ** (failures - 1))
            log.exception("%s failed (%d in a row); starting it again in %.0f s", name,
                          failures, wait)
            health.parts[name] = State.RESTARTING
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), wait)
    health.parts[name] = State.STOPPED

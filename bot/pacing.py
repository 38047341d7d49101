"""Pacing: every message of one platform within its limit, replies to people first."""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable
from typing import Protocol


class Pacer(Protocol):
    """What every send of a platform passes through: this process's Budget, or with several
    processes the SharedBudget in Redis (bot/shared.py)."""

    limit: float

    async def reply(self) -> None: ...
    async def reserve(self) -> None: ...
    def pause(self, seconds: float) -> None: ...


class Budget:
    """Every send of one platform passes here, within `per_second` in any sliding second.

    Replies to people talking to the bot come first: while one waits, the broadcast waits;
    a reply may use the whole limit, the broadcast all of it but `headroom` messages while
    people are talking, which stay free for the next reply. Nothing goes out past the limit,
    so the platform never has to answer 429 (which would pause replies too). The window is a
    little longer than a second because a message reaches the platform a few milliseconds
    after its slot is taken, and a busy event loop makes that delay vary."""

    WINDOW = 1.02
    CONVERSATION = 5.0  # seconds after a reply during which the headroom is kept

    def __init__(self, per_second: float, headroom: float = 1.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = per_second
        self.headroom = headroom
        self.clock = clock
        self.sent: deque[float] = deque()
        self.waiting = 0  # replies waiting for a slot
        self.last_reply = -1e9
        self.paused_until = 0.0

    def pause(self, seconds: float) -> None:
        self.paused_until = max(self.paused_until, self.clock() + seconds)

    async def reply(self) -> None:
        """Wait (rarely, and briefly) for a slot for a reply to a person."""
        self.waiting += 1
        try:
            await self._take(broadcast=False)
        finally:
            self.waiting -= 1
            self.last_reply = self.clock()

    async def reserve(self) -> None:
        """Wait for a slot for one broadcast message."""
        await self._take(broadcast=True)

    async def _take(self, broadcast: bool) -> None:
        while True:
            now = self.clock()
            while self.sent and now - self.sent[0] >= self.WINDOW:
                self.sent.popleft()
            # Whether people are talking is decided at each try, not once: a broadcast that
            # was already waiting when someone wrote must leave the headroom free too.
            talking = broadcast and now - self.last_reply < self.CONVERSATION
            room = 1.0 + (self.headroom if talking else 0.0)
            if now < self.paused_until:
                await asyncio.sleep(self.paused_until - now)
            elif len(self.sent) + room <= self.limit and not (broadcast and self.waiting):
                self.sent.append(now)
                return
            elif self.sent:
                await asyncio.sleep(max(0.002, self.WINDOW - (now - self.sent[0])))
            else:
                await asyncio.sleep(0.002)

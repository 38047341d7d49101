"""The durable broadcast queue's worker: paced per platform, retried, resumable after a crash.

Each delivery row is marked `sending` before its message goes out and `sent` after, so a crash
can repeat at most the messages in flight at that moment (they are queued again at start-up).
Sends of one platform share one budget with the replies to people talking to the bot: replies
are never held back, the broadcast takes what is left.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from storage import Delivery, Store

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class Outcome:
    """What a platform said to one send: sent, retry later, blocked, or failed for good."""

    kind: str  # sent, retry, blocked, failed
    reason: str = ""
    retry_after: float = 0.0


SENT = Outcome("sent")


class Sender(Protocol):
    async def deliver(self, delivery: Delivery) -> Outcome: ...


class Budget:
    """Sends of one platform in a sliding second: replies always pass, broadcasts wait."""

    def __init__(self, per_second: float, headroom: float = 0.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = per_second
        self.headroom = headroom  # kept free for replies when the broadcast is busy
        self.clock = clock
        self.sent: deque[float] = deque()
        self.paused_until = 0.0

    def note(self) -> None:
        """A reply went out: it counts against the platform's budget."""
        self.sent.append(self.clock())

    def pause(self, seconds: float) -> None:
        self.paused_until = max(self.paused_until, self.clock() + seconds)

    async def reserve(self) -> None:
        """Wait until a broadcast message may go out, then count it."""
        while True:
            now = self.clock()
            while self.sent and now - self.sent[0] >= 1.0:
                self.sent.popleft()
            if now < self.paused_until:
                await asyncio.sleep(self.paused_until - now)
            elif len(self.sent) < self.limit - self.headroom:
                self.sent.append(now)
                return
            else:
                await asyncio.sleep(max(0.001, 1.0 - (now - self.sent[0])))


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def now_iso() -> str:
    return iso(datetime.now(UTC))


class Worker:
    """Drains the queue of one platform; one failed recipient never stops the rest."""

    def __init__(self, store: Store, platform: str, sender: Sender, budget: Budget,
                 idle: float = 0.5, backoff: float = 2.0) -> None:
        self.store = store
        self.platform = platform
        self.sender = sender
        self.budget = budget
        self.idle = idle
        self.backoff = backoff  # seconds before the first retry of a transient error; doubles

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            batch = await self.store.due(self.platform, now_iso(), 100)
            if not batch:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), self.idle)
                continue
            for delivery in batch:
                if stop.is_set():
                    return
                await self.budget.reserve()
                await self.one(delivery)

    async def one(self, delivery: Delivery) -> None:
        await self.store.mark(delivery.id, "sending")
        try:
            outcome = await self.sender.deliver(delivery)
        except Exception as error:  # a bug or an unexpected answer: retried like a 5xx
            log.exception("%s: delivery %d failed unexpectedly", self.platform, delivery.id)
            outcome = Outcome("retry", type(error).__name__)
        if outcome.kind == "sent":
            await self.store.mark(delivery.id, "sent")
        elif outcome.kind == "blocked":
            await self.store.mark(delivery.id, "skipped", outcome.reason or "blocked the bot")
            await self.store.unsubscribe(delivery.platform, delivery.chat_id)
            if delivery.kind == "user":
                await self.store.set_reachable(delivery.platform, delivery.chat_id, False)
        elif outcome.kind == "retry" and delivery.attempts + 1 < MAX_ATTEMPTS:
            wait = outcome.retry_after or self.backoff * 2.0 ** delivery.attempts
            if outcome.retry_after:
                self.budget.pause(outcome.retry_after)
            later = iso(datetime.now(UTC) + timedelta(seconds=wait))
            await self.store.mark(delivery.id, "queued", outcome.reason, next_at=later)
        else:
            await self.store.mark(delivery.id, "failed", outcome.reason or "gave up")

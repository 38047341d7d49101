"""The durable broadcast queue's worker: paced per platform, retried, resumable after a crash.

Each delivery row is marked `sending` before its message goes out and `sent` after, so a crash
can repeat at most the messages in flight at that moment (at most Worker.IN_FLIGHT per
platform; they are queued again at start-up).
Sends of one platform share one budget with the replies to people talking to the bot: replies
go first, the broadcast takes what is left.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.clock import iso, now_iso
from bot.pacing import Budget
from storage import ChatKind, Delivery, DeliveryStatus, Store

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class Outcome:
    """What a platform said to one send: sent, retry later, blocked, or failed for good."""

    kind: str  # sent, retry, blocked, failed
    reason: str = ""
    retry_after: float = 0.0


SENT = Outcome("sent")


Send = Callable[[Delivery], Awaitable[Outcome]]  # an adapter's broadcast method


class Worker:
    """Drains the queue of one platform; one failed recipient never stops the rest."""

    IN_FLIGHT = 4  # sends overlapping, so that a round trip does not slow the pace down

    def __init__(self, store: Store, platform: str, send: Send, budget: Budget,
                 idle: float = 0.5, backoff: float = 2.0) -> None:
        self.store = store
        self.platform = platform
        self.send = send
        self.budget = budget
        self.idle = idle
        self.backoff = backoff  # seconds before the first retry of a transient error; doubles

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            batch = await self.store.due(self.platform, now_iso(), 500)
            if not batch:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), self.idle)
                continue
            slots = asyncio.Semaphore(self.IN_FLIGHT)
            flying: set[asyncio.Task[None]] = set()
            for delivery in batch:
                if stop.is_set():
                    break
                # A free send first, then the slot of the budget: a slot taken while all
                # sends were busy would be used late, and late slots bunch up at the platform
                # (measured on a busy machine: 429s and 0.74 of the limit).
                await slots.acquire()
                await self.budget.reserve()
                # The row is marked `sending` in the task, before its message leaves; rows of
                # this batch are not fetched again before the whole batch is done.
                task = asyncio.create_task(self._send(delivery, slots))
                flying.add(task)
                task.add_done_callback(flying.discard)
            await asyncio.gather(*flying)

    async def _send(self, delivery: Delivery, slots: asyncio.Semaphore) -> None:
        try:
            await self.one(delivery)
        except asyncio.CancelledError:  # stopped mid-send: the row goes back to the queue
            with contextlib.suppress(Exception):
                await asyncio.shield(self.store.mark(delivery.id, DeliveryStatus.QUEUED,
                                                     "stopped while sending"))
            raise
        finally:
            slots.release()

    async def one(self, delivery: Delivery) -> None:
        await self.store.mark(delivery.id, DeliveryStatus.SENDING)
        try:
            outcome = await self.send(delivery)
        except Exception as error:  # a bug or an unexpected answer: retried like a 5xx
            log.exception("%s: delivery %d failed unexpectedly", self.platform, delivery.id)
            outcome = Outcome("retry", type(error).__name__)
        if outcome.kind == "sent":
            await self.store.mark(delivery.id, DeliveryStatus.SENT)
        elif outcome.kind == "blocked":
            async with self.store.transaction():
                await self.store.mark(delivery.id, DeliveryStatus.SKIPPED,
                                      outcome.reason or "blocked the bot")
                await self.store.unsubscribe(delivery.platform, delivery.chat_id)
                if delivery.kind == ChatKind.USER:
                    await self.store.set_reachable(delivery.platform, delivery.chat_id, False)
        elif outcome.kind == "retry" and delivery.attempts + 1 < MAX_ATTEMPTS:
            wait = outcome.retry_after or self.backoff * 2.0 ** delivery.attempts
            if outcome.retry_after:
                self.budget.pause(outcome.retry_after)
            later = iso(datetime.now(UTC) + timedelta(seconds=wait))
            await self.store.mark(delivery.id, DeliveryStatus.QUEUED, outcome.reason, next_at=later)
        else:
            await self.store.mark(delivery.id, DeliveryStatus.FAILED, outcome.reason or "gave up")

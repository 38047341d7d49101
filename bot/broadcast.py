"""The durable broadcast queue's worker: paced per platform, retried, resumable after a crash.

Workers claim due rows in small batches with a lease (`sending` until a moment, committed
before any message goes out) and mark each `sent` after, so several processes can drain one
queue: a row is sent by one of them, a `sent` row never again, and a process that dies leaves
its claimed rows to the others when their lease ends (repeating at most the sends that were in
flight, at most Worker.IN_FLIGHT). Rows claimed but not started go back at once on a stop.
Sends of one platform share one budget with the replies to people talking to the bot: replies
go first, the broadcast takes what is left.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot import metrics
from bot.clock import iso, now_iso
from bot.pacing import Pacer
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

    def __init__(self, store: Store, platform: str, send: Send, budget: Pacer,
                 idle: float = 0.5, backoff: float = 2.0) -> None:
        self.store = store
        self.platform = platform
        self.send = send
        self.budget = budget
        self.idle = idle
        self.backoff = backoff  # seconds before the first retry of a transient error; doubles
        self.counts: dict[tuple[str, str], int] = {}  # (language, outcome) of this batch

    LEASE = 20.0  # seconds a claimed batch is this worker's; a batch takes about BATCH_SECONDS
    BATCH_SECONDS = 3.0  # of sending at the platform's rate
    MAX_BATCH = 200
    MARGIN = 5.0  # no send starts this close to the lease's end (another may claim the row)

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            # A few seconds of sending at the budget's rate; at most MAX_BATCH, since a fast
            # budget (paid broadcasts, 1,000/s) is rarely reached and a batch must end well
            # within its lease, leaving the rest for other processes.
            size = max(self.IN_FLIGHT,
                       min(self.MAX_BATCH, int(self.budget.limit * self.BATCH_SECONDS)))
            deadline = time.monotonic() + self.LEASE - self.MARGIN
            lease = iso(datetime.now(UTC) + timedelta(seconds=self.LEASE))
            batch = await self.store.claim(self.platform, now_iso(), lease, size)
            if not batch:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), self.idle)
                continue
            waiting = {delivery.id for delivery in batch}
            slots = asyncio.Semaphore(self.IN_FLIGHT)
            flying: set[asyncio.Task[None]] = set()
            try:
                for delivery in batch:
                    if stop.is_set() or time.monotonic() > deadline:
                        break  # (a long 429 pause) the rest goes back, to be claimed anew
                    # A free send first, then the slot of the budget: a slot taken while all
                    # sends were busy would be used late, and late slots bunch up at the
                    # platform (measured on a busy machine: 429s and 0.74 of the limit).
                    await slots.acquire()
                    await self.budget.reserve()
                    if time.monotonic() > deadline:
                        slots.release()
                        break
                    waiting.discard(delivery.id)
                    task = asyncio.create_task(self._send(delivery, slots))
                    flying.add(task)
                    task.add_done_callback(flying.discard)
                await asyncio.gather(*flying)
            finally:  # stopped or failed: what was claimed and not started is due again now
                if waiting:
                    with contextlib.suppress(Exception):
                        await asyncio.shield(self.store.release(sorted(waiting), now_iso()))
                await self._flush_counts()

    async def _flush_counts(self) -> None:
        """The batch's outcomes, added to the monthly report's counters in one write."""
        counts, self.counts = self.counts, {}
        if counts:
            try:
                await asyncio.shield(self.store.add_counts(
                    datetime.now(UTC).strftime("%Y-%m-%d"), counts))
            except Exception:  # counts are not worth a delivery
                log.exception("%s: delivery counts not kept", self.platform)

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
        """One claimed row: sent, then settled (sent, retried later, skipped or failed)."""
        try:
            outcome = await self.send(delivery)
        except Exception as error:  # a bug or an unexpected answer: retried like a 5xx
            log.exception("%s: delivery %d failed unexpectedly", self.platform, delivery.id)
            outcome = Outcome("retry", type(error).__name__)
        gave_up = outcome.kind == "retry" and delivery.attempts + 1 >= MAX_ATTEMPTS
        settled = "failed" if gave_up else outcome.kind
        metrics.sent(self.platform, settled, outcome.reason)
        if settled != "retry":  # sent, skipped (blocked) or failed, for the monthly report
            name = "delivered_" + ("skipped" if settled == "blocked" else settled)
            key = (delivery.language, name)
            self.counts[key] = self.counts.get(key, 0) + 1
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

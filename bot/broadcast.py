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
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

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


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def now_iso() -> str:
    return iso(datetime.now(UTC))


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

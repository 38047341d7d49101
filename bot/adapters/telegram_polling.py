"""Telegram long polling that neither loses nor repeats an update, across restarts and
processes.

getUpdates confirms every update below its `offset`, and Telegram forgets confirmed updates.
So the offset given is always one past the last update *handled* (kept in the store), not the
last one fetched: an update fetched by a process that dies before handling it is fetched again
by the next poller. Updates of one person are handled in order; different people at once.
Only one process may poll (Telegram answers a second poller with 409): with Redis, pollers
hold a lease (bot/shared.py), and when the holder dies another takes over.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Hashable

from telegram import Update
from telegram.error import Conflict, NetworkError, TimedOut
from telegram.ext import Application

from storage import Store

log = logging.getLogger(__name__)
Fetch = Callable[[int, int], Awaitable[tuple[Update, ...]]]  # (offset, timeout) -> updates
Handle = Callable[[Update], Awaitable[None]]
Work = Callable[[asyncio.Event], Awaitable[None]]  # runs until the event (lease lost) is set
Leader = Callable[[Work, asyncio.Event], Awaitable[None]]  # Lease.hold_while_leader


async def poll(app: Application, store: Store, stop: asyncio.Event,  # type: ignore[type-arg]
               leader: Leader | None) -> None:
    """Long polling by this process, or by whichever process holds the lease."""
    async def fetch(offset: int, timeout: int) -> tuple[Update, ...]:
        updates: tuple[Update, ...] = await app.bot.get_updates(
            offset=offset, timeout=timeout, allowed_updates=Update.ALL_TYPES)
        return updates

    poller = Poller(fetch, app.process_update, store, f"telegram_handled_update:{app.bot.id}")

    async def run(*stops: asyncio.Event) -> None:
        # After webhook mode, getUpdates is refused until the webhook goes; what it had not
        # delivered yet stays pending for us (never dropped).
        await app.bot.delete_webhook(drop_pending_updates=False)
        log.info("telegram: polling as @%s", app.bot.username)
        await poller.run(*stops)

    if leader is None:
        await run(stop)
    else:
        await leader(lambda lost: run(lost, stop), stop)


class Poller:
    """One poller: fetch, hand each update to `handle`, and keep the handled mark."""

    POLL_SECONDS = 10  # long-poll timeout; a stop cancels the wait at once
    SETTLE_WITHIN = 4.0  # seconds a stop waits for updates being handled
    BACKOFF = 1.0  # after a network error or a conflict
    REPEAT_AFTER = 0.2  # seconds between polls while only unfinished updates come back

    def __init__(self, fetch: Fetch, handle: Handle, store: Store, key: str) -> None:
        self.fetch = fetch
        self.handle = handle
        self.store = store
        self.key = key  # meta key of the last update handled (per bot)
        self.handled = 0

    async def run(self, *stops: asyncio.Event) -> None:
        """Poll until one of `stops` is set (the process stops, or the lease was lost)."""
        stored = await self.store.get_meta(self.key)
        self.handled = int(stored) if stored and stored.isdigit() else 0
        fetched = self.handled
        flying: dict[int, asyncio.Task[None]] = {}
        last_of: dict[Hashable, asyncio.Task[None]] = {}
        try:
            while not any(stop.is_set() for stop in stops):
                updates = await self._next(stops)
                new = [u for u in updates or () if u.update_id > fetched]
                if updates and not new and flying:
                    # Only updates still being handled came back (they are not confirmed yet):
                    # wait a moment for one to finish instead of asking again at once.
                    await asyncio.wait(list(flying.values()), timeout=self.REPEAT_AFTER,
                                       return_when=asyncio.FIRST_COMPLETED)
                for update in new:
                    fetched = update.update_id
                    person = person_of(update)
                    task = asyncio.create_task(self._in_order(update, last_of.get(person)))
                    flying[update.update_id] = last_of[person] = task
                await self._settle(flying, last_of, fetched)
        finally:
            if flying:
                await asyncio.wait(list(flying.values()), timeout=self.SETTLE_WITHIN)
            await self._settle(flying, last_of, fetched)

    async def _next(self, stops: tuple[asyncio.Event, ...]) -> tuple[Update, ...] | None:
        """The next updates, or None when a stop came first or the API did not answer."""
        fetching = asyncio.ensure_future(self.fetch(self.handled + 1, self.POLL_SECONDS))
        stopping = [asyncio.ensure_future(stop.wait()) for stop in stops]
        try:
            await asyncio.wait([fetching, *stopping], return_when=asyncio.FIRST_COMPLETED)
        finally:
            for waiter in stopping:
                waiter.cancel()
        if not fetching.done():
            fetching.cancel()  # nothing is confirmed by a request that never completed
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await fetching
            return None
        try:
            return fetching.result()
        except Conflict:
            log.error("telegram: another process polls with this token (409); one poller "
                      "at a time: set REDIS_URL so that processes take turns")
        except (NetworkError, TimedOut) as error:
            log.warning("telegram: getUpdates failed (%s); trying again", type(error).__name__)
        await asyncio.sleep(self.BACKOFF)
        return None

    async def _in_order(self, update: Update, before: asyncio.Task[None] | None) -> None:
        if before is not None:
            with contextlib.suppress(Exception):
                await asyncio.shield(before)
        try:
            await self.handle(update)
        except Exception:  # the handler's own errors are logged there; never stop polling
            log.exception("telegram: update %d could not be handled", update.update_id)

    async def _settle(self, flying: dict[int, asyncio.Task[None]],
                      last_of: dict[Hashable, asyncio.Task[None]], fetched: int) -> None:
        """Keep, as handled, everything below the oldest update still being handled."""
        for update_id in [i for i, task in flying.items() if task.done()]:
            del flying[update_id]
        for person in [p for p, task in last_of.items() if task.done()]:
            del last_of[person]
        mark = min(flying) - 1 if flying else fetched
        if mark > self.handled:
            await self.store.set_meta(self.key, str(mark))
            self.handled = mark


def person_of(update: Update) -> Hashable:
    user = update.effective_user
    chat = update.effective_chat
    return (user.id if user else None, chat.id if chat else None)

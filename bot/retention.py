"""How long things are kept: the FAQ's question log 30 days (answers waiting for a 👍/👎 one
day); a closed ticket, its thread and its relayed messages 30 days after it was closed."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import UTC, datetime, timedelta

from bot.clock import iso
from storage import Store

log = logging.getLogger(__name__)
KEPT = timedelta(days=30)
PENDING = timedelta(days=1)
CLOSED_TICKETS = timedelta(days=30)


async def purge(store: Store) -> int:
    now = datetime.now(UTC)
    return await store.purge_questions(iso(now - KEPT), iso(now - PENDING)) \
        + await store.purge_tickets(iso(now - CLOSED_TICKETS))


async def run(store: Store, stop: asyncio.Event, every: float = 3600.0) -> None:
    """Purge now and every hour until stop (a supervised background task)."""
    while not stop.is_set():
        gone = await purge(store)
        if gone:
            log.info("%d old FAQ questions and closed tickets removed", gone)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), every)

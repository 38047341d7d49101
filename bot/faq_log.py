"""The FAQ's question log keeps questions 30 days, and answers waiting for a 👍/👎 one day."""

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


async def purge(store: Store) -> int:
    now = datetime.now(UTC)
    return await store.purge_questions(iso(now - KEPT), iso(now - PENDING))


async def run(store: Store, stop: asyncio.Event, every: float = 3600.0) -> None:
    """Purge now and every hour until stop (a supervised background task)."""
    while not stop.is_set():
        gone = await purge(store)
        if gone:
            log.info("FAQ question log: %d old questions removed", gone)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), every)

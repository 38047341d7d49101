"""Reminders before events: queued for the subscribers of the event's languages."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import UTC, datetime, timedelta

from bot import events
from bot.clock import iso, now_iso
from bot.i18n import Translator
from bot.languages import LOCALES
from storage import AnnouncementKind, Store

log = logging.getLogger(__name__)
AHEAD = timedelta(hours=24)


async def queue_due(store: Store, i18n: Translator, ahead: timedelta = AHEAD) -> int:
    """Queue the reminders of events starting within `ahead`; returns how many were queued."""
    now = datetime.now(UTC)
    queued = 0
    for event in await store.events_to_remind(iso(now + ahead)):
        # Queued and marked in one transaction: a crash in between can neither lose the
        # reminders nor queue them twice.
        async with store.transaction(bulk=True):
            if event.starts_at >= iso(now):
                message = "events-reminder" if event.link else "events-reminder-no-link"
                bodies = {language: i18n.format(language, message, {
                    "title": events.title(i18n, language, event),
                    "when": events.when(language, event), "zone": event.timezone,
                    "link": event.link}) for language in event.languages or LOCALES}
                _, count = await store.enqueue_subscribers(
                    "events", now_iso(), AnnouncementKind.REMINDER, bodies)
                queued += count
            await store.mark_reminded(event.id)
    return queued


async def run(store: Store, i18n: Translator, stop: asyncio.Event, every: float = 60.0) -> None:
    while not stop.is_set():
        try:
            count = await queue_due(store, i18n)
            if count:
                log.info("queued %d event reminders", count)
        except Exception:
            log.exception("event reminders failed; trying again later")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), every)

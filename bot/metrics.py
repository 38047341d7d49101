"""Prometheus metrics of the process, in a registry of this module; the bot calls the small
functions below and `GET /metrics` (bot/web.py) prints the registry."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
    generate_latest,
)

from bot.types import Incoming
from storage import Store

log = logging.getLogger(__name__)
# A reply is felt as instant under 0.25 s, as slow past 2 s; past 10 s people give up.
REPLY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
# Waiting for one's own previous update (a double press) is usually 0; seconds mean trouble.
LOCK_BUCKETS = (0.001, 0.01, 0.05, 0.1, 0.5, 1.0, 5.0)


class Metrics:
    """Every metric of the bot, in one registry (not prometheus-client's global one)."""

    def __init__(self) -> None:
        # A `_created` series per metric (process-wide switch) is one more series per label
        # set that nothing here reads.
        disable_created_metrics()  # type: ignore[no-untyped-call]
        self.registry = CollectorRegistry()
        self.updates = Counter("bot_updates", "Updates handled, by platform and kind "
                               "(text, command, button)", ["platform", "kind"],
                               registry=self.registry)
        self.reply_seconds = Histogram("bot_reply_seconds", "Seconds from an update arriving "
                                       "to its answer handed to the adapter", ["platform"],
                                       buckets=REPLY_BUCKETS, registry=self.registry)
        self.sends = Counter("bot_broadcast_sends", "Broadcast sends, by platform and outcome "
                             "(sent, retry, blocked, failed)", ["platform", "outcome"],
                             registry=self.registry)
        self.rate_limited = Counter("bot_rate_limited", "429 answers (too many requests) to "
                                    "broadcast sends, by platform", ["platform"],
                                    registry=self.registry)
        self.queue = Gauge("bot_queue_deliveries", "Deliveries in the broadcast queue, by "
                           "platform and status (refreshed every few seconds)",
                           ["platform", "status"], registry=self.registry)
        self.lock_wait = Histogram("bot_lock_wait_seconds", "Seconds an update waited for the "
                                   "previous update of the same person", buckets=LOCK_BUCKETS,
                                   registry=self.registry)


_metrics = Metrics()


def registry() -> CollectorRegistry:
    return _metrics.registry


def exposition() -> bytes:
    """The metrics in Prometheus' text format."""
    return generate_latest(_metrics.registry)


def kind(incoming: Incoming) -> str:
    if incoming.action is not None:
        return "button"
    return "command" if (incoming.text or "").lstrip().startswith("/") else "text"


def handled(incoming: Incoming, seconds: float) -> None:
    """One update answered, `seconds` after it arrived."""
    _metrics.updates.labels(incoming.platform, kind(incoming)).inc()
    _metrics.reply_seconds.labels(incoming.platform).observe(seconds)


def sent(platform: str, outcome: str, reason: str = "") -> None:
    """One broadcast send and what the platform said to it."""
    _metrics.sends.labels(platform, outcome).inc()
    if reason.startswith("429"):
        _metrics.rate_limited.labels(platform).inc()


def lock_waited(seconds: float) -> None:
    """For the per-person lock: how long an update waited for it."""
    _metrics.lock_wait.observe(seconds)


def queue_depth(counts: Mapping[tuple[str, str], int]) -> None:
    """(platform, status) -> deliveries; statuses no longer in the queue drop to nothing."""
    _metrics.queue.clear()
    for (platform, status), count in counts.items():
        _metrics.queue.labels(platform, status).set(count)


async def watch_queue(store: Store, every: float = 5.0) -> None:
    """Refresh the queue gauge (deliveries queued or sending, per platform) until cancelled."""
    failing = False
    while True:
        try:
            queue_depth(await store.queue_counts())
            failing = False
        except Exception as error:
            if not failing:  # once per outage, not every few seconds
                log.warning("queue depth not refreshed: %s: %s", type(error).__name__, error)
            failing = True
        await asyncio.sleep(every)

"""`python -m bot run`: every platform whose token is set, in one process and one event loop."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from functools import partial
from typing import TYPE_CHECKING, Protocol
from urllib.parse import urlsplit

from bot import metrics, reminders, retention
from bot.bootstrap import bootstrap
from bot.broadcast import Outcome, Worker
from bot.core import Core
from bot.pacing import Budget, Pacer
from bot.scale import token_key
from bot.settings import Settings
from bot.shared import Lease, RedisUnavailable, SharedBudget, SharedLocks, connect
from bot.supervise import Health, StartFailed, State, supervise
from bot.turns import SharedTurns
from bot.types import Rendered
from bot.web import WebServer
from storage import Delivery

if TYPE_CHECKING:
    from redis.asyncio import Redis

log = logging.getLogger(__name__)
PAID_PER_SECOND = 1000.0  # Telegram's allow_paid_broadcast


class Adapter(Protocol):
    platform: str
    budget: Pacer  # replies, and announcements unless they have their own
    broadcast_budget: Pacer

    async def start(self) -> None: ...
    async def stop(self) -> None: ...
    async def send(self, chat_id: int | str, reply: Rendered) -> None: ...
    async def broadcast(self, delivery: Delivery) -> Outcome: ...



class Server:
    """The adapters of one process, and delivery of messages addressed to someone else."""

    STOP_WITHIN = 8.0  # seconds from SIGTERM to the end, so that 10 s process managers agree

    def __init__(self, core: Core, rates: dict[str, float] | None = None,
                 backoff: float = 2.0, restart_backoff: float = 1.0,
                 redis: Redis | None = None) -> None:
        self.core = core
        self.redis = redis  # several processes share budgets and the poller through it
        self.adapters: dict[str, Adapter] = {}
        self.rates = rates or {}  # messages a second per platform (tests and benchmarks)
        self.backoff = backoff  # before a delivery is tried again
        self.restart_backoff = restart_backoff  # before a failed background task starts again
        self.health = Health()

    async def deliver(self, reply: Rendered) -> None:
        """A message for another person (an admin's notice) goes out on their platform."""
        assert reply.to is not None
        adapter = self.adapters.get(reply.to.platform)
        if adapter is None:
            log.warning("no %s adapter runs here: a notice could not be delivered",
                        reply.to.platform)
            return
        await adapter.send(reply.to.user_id, reply)

    def build(self, settings: Settings) -> None:
        if settings.telegram_token:
            from bot.adapters.telegram import TelegramAdapter

            rate = self.rates.get("telegram", 30.0)
            name = f"telegram:{token_key(settings.telegram_token)}"
            paid = self._budget(f"{name}:paid", PAID_PER_SECOND, 0.0) \
                if settings.paid_broadcast else None
            lease = Lease(self.redis, f"participate:poller:{name}") if self.redis else None
            self.adapters["telegram"] = TelegramAdapter(
                self.core, settings.telegram_token, settings.telegram_api_url, self.deliver,
                rate, self._shared_budget(name, rate, 1.0),
                lease.hold_while_leader if lease else None, paid, settings.telegram_webhook_url,
                SharedTurns(self.redis) if self.redis else None)
        if settings.discord_token:
            from bot.adapters.discord import DiscordAdapter

            rate = self.rates.get("discord", 40.0)
            name = f"discord:{token_key(settings.discord_token)}"
            self.adapters["discord"] = DiscordAdapter(
                self.core, settings.discord_token, settings.discord_api_url, self.deliver,
                rate, self._shared_budget(name, rate, min(5.0, rate / 8)))

    def _shared_budget(self, name: str, rate: float, headroom: float) -> Pacer | None:
        """With Redis, one budget for every process sending with this token; else None (the
        adapter keeps its own)."""
        if self.redis is None:
            return None
        return SharedBudget(self.redis, f"participate:budget:{name}", rate, headroom)

    def _budget(self, name: str, rate: float, headroom: float) -> Pacer:
        return self._shared_budget(name, rate, headroom) or Budget(rate, headroom)

    async def run(self, stop: asyncio.Event) -> None:
        """Adapters, one broadcast worker per platform and the event reminders, each
        supervised, until stop; then everything ends within STOP_WITHIN seconds."""
        store = self.core.services.store
        if not store.shared:  # the only process on this database: nothing in flight is live
            requeued = await store.requeue_in_flight()
            if requeued:
                log.warning("%d deliveries were in flight at the last stop: sending them again",
                            requeued)
        started: list[Adapter] = []
        tasks: list[asyncio.Task[None]] = []
        try:
            for adapter in self.adapters.values():
                try:
                    await adapter.start()
                except StartFailed as failed:
                    log.error("cannot serve %s", failed)
                    self.health.parts[adapter.platform] = State.FAILED
                    self.health.errors[adapter.platform] = str(failed)
                    continue
                started.append(adapter)
                self.health.parts[adapter.platform] = State.UP
                worker = Worker(store, adapter.platform, adapter.broadcast,
                                adapter.broadcast_budget, backoff=self.backoff)
                tasks.append(asyncio.create_task(supervise(
                    f"broadcast on {adapter.platform}", partial(self._drain, worker, stop),
                    stop, self.health, backoff=self.restart_backoff)))
            if not started:  # nothing to serve: end now, non-zero, for the process manager
                return
            tasks.append(asyncio.create_task(supervise(
                "event reminders", partial(reminders.run, store, self.core.services.i18n, stop),
                stop, self.health, backoff=self.restart_backoff)))
            tasks.append(asyncio.create_task(supervise(
                "retention", partial(retention.run, store, stop), stop, self.health,
                backoff=self.restart_backoff)))
            await stop.wait()
            _, late = await asyncio.wait(tasks, timeout=self.STOP_WITHIN / 2)
            for task in late:  # a send that hangs: its row is put back in the queue
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        finally:
            for task in tasks:
                task.cancel()
            for adapter in reversed(started):
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(adapter.stop(), self.STOP_WITHIN / 4)
                self.health.parts[adapter.platform] = State.STOPPED

    async def _drain(self, worker: Worker, stop: asyncio.Event) -> None:
        """One run of a broadcast worker (it gives back what it claimed and did not start
        when it fails; what was in flight comes back when its lease ends)."""
        await worker.run(stop)


async def serve(settings: Settings) -> int:
    core = await bootstrap(settings)
    redis = None
    if settings.redis_url:
        try:
            redis = await connect(settings.redis_url)
        except RedisUnavailable as error:
            log.error("%s", error)
            await core.services.store.close()
            return 2
        core.locks = SharedLocks(redis, on_wait=metrics.lock_waited)
    elif core.services.store.shared:
        log.warning("PostgreSQL without REDIS_URL: run one process only (the send budget, the "
                    "per-person order and the Telegram poller live in this process)")
    server = Server(core, redis=redis)
    server.build(settings)
    missing = [p for p in settings.platforms if p not in server.adapters]
    if missing:
        log.error("no adapter for %s in this version; it is not served", ", ".join(missing))
    if not server.adapters:
        await core.services.store.close()
        return 3
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    web = WebServer(core.services.store, server.health, server.adapters)
    webhook = settings.telegram_webhook_url
    if webhook and "telegram" in server.adapters:
        from bot.adapters.telegram import TelegramAdapter

        telegram = server.adapters["telegram"]
        assert isinstance(telegram, TelegramAdapter)
        web.add_route("POST", urlsplit(webhook).path or "/", telegram.on_webhook)
    if not await web.start(settings.host, settings.port, reuse_port=bool(webhook)) and webhook:
        log.error("the Telegram webhook cannot listen on port %d; stopping", settings.port)
        await core.services.store.close()
        return 1
    try:
        await server.run(stop)
    finally:
        await web.stop()
        await core.services.store.close()
        if redis is not None:
            await redis.aclose()
    if server.health.failed:  # a platform never served, or a part that could not recover
        log.critical("stopped; failed: %s", ", ".join(server.health.failed))
        return 1
    log.info("stopped")
    return 0

"""`python -m bot run`: every platform whose token is set, in one process and one event loop."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from typing import Protocol

from bot import reminders
from bot.bootstrap import bootstrap
from bot.broadcast import Budget, Outcome, Worker
from bot.core import Core
from bot.settings import Settings
from bot.types import Rendered
from storage import Delivery

log = logging.getLogger(__name__)


class Adapter(Protocol):
    platform: str
    budget: Budget

    async def start(self) -> None: ...
    async def stop(self) -> None: ...
    async def send(self, chat_id: int | str, reply: Rendered) -> None: ...
    async def broadcast(self, delivery: Delivery) -> Outcome: ...



class Server:
    """The adapters of one process, and delivery of messages addressed to someone else."""

    def __init__(self, core: Core, rates: dict[str, float] | None = None,
                 backoff: float = 2.0) -> None:
        self.core = core
        self.adapters: dict[str, Adapter] = {}
        self.rates = rates or {}  # messages a second per platform (tests and benchmarks)
        self.backoff = backoff

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

            self.adapters["telegram"] = TelegramAdapter(
                self.core, settings.telegram_token, settings.telegram_api_url, self.deliver,
                self.rates.get("telegram", 30.0))
        if settings.discord_token:
            from bot.adapters.discord import DiscordAdapter

            self.adapters["discord"] = DiscordAdapter(
                self.core, settings.discord_token, settings.discord_api_url, self.deliver,
                self.rates.get("discord", 40.0))

    async def run(self, stop: asyncio.Event) -> None:
        """Adapters, one broadcast worker per platform, and the event reminders, until stop."""
        store = self.core.services.store
        requeued = await store.requeue_in_flight()
        if requeued:
            log.warning("%d deliveries were in flight at the last stop: sending them again",
                        requeued)
        started: list[Adapter] = []
        tasks: list[asyncio.Task[None]] = []
        try:
            for adapter in self.adapters.values():
                await adapter.start()
                started.append(adapter)
                worker = Worker(store, adapter.platform, adapter.broadcast, adapter.budget,
                                backoff=self.backoff)
                tasks.append(asyncio.create_task(worker.run(stop)))
            tasks.append(asyncio.create_task(
                reminders.run(store, self.core.services.i18n, stop)))
            await stop.wait()
            await asyncio.gather(*tasks, return_exceptions=True)
        finally:
            for task in tasks:
                task.cancel()
            for adapter in reversed(started):
                with contextlib.suppress(Exception):
                    await adapter.stop()


async def serve(settings: Settings) -> int:
    core = await bootstrap(settings)
    server = Server(core)
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
    try:
        await server.run(stop)
    finally:
        await core.services.store.close()
    log.info("stopped")
    return 0

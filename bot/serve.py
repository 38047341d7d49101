"""`python -m bot run`: every platform whose token is set, in one process and one event loop."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from typing import Protocol

from bot.bootstrap import bootstrap
from bot.core import Core
from bot.settings import Settings
from bot.types import Rendered

log = logging.getLogger(__name__)


class Adapter(Protocol):
    platform: str

    async def start(self) -> None: ...
    async def stop(self) -> None: ...
    async def send(self, chat_id: int | str, reply: Rendered) -> None: ...


class Server:
    """The adapters of one process, and delivery of messages addressed to someone else."""

    def __init__(self, core: Core) -> None:
        self.core = core
        self.adapters: dict[str, Adapter] = {}

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
                self.core, settings.telegram_token, settings.telegram_api_url, self.deliver)
        if settings.discord_token:
            from bot.adapters.discord import DiscordAdapter

            self.adapters["discord"] = DiscordAdapter(
                self.core, settings.discord_token, settings.discord_api_url, self.deliver)

    async def run(self, stop: asyncio.Event) -> None:
        started: list[Adapter] = []
        try:
            for adapter in self.adapters.values():
                await adapter.start()
                started.append(adapter)
            await stop.wait()
        finally:
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

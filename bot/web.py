"""The HTTP side of `python -m bot run`: GET /healthz and GET /metrics, and any route added
before start (a webhook)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Iterable

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST

from bot import logs, metrics
from bot.supervise import Health, State
from storage import Store

log = logging.getLogger(__name__)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class WebServer:
    """Healthy means: the store answers within STORE_TIMEOUT and every platform is up."""

    STORE_TIMEOUT = 2.0
    MAX_BODY = 256 * 1024  # bytes; a Telegram update is a few kilobytes

    def __init__(self, store: Store, health: Health, platforms: Iterable[str],
                 max_body: int = MAX_BODY, queue_every: float = 5.0) -> None:
        self.store = store
        self.health = health
        self.platforms = tuple(platforms)  # those that should serve
        self.queue_every = queue_every  # seconds between two counts of the broadcast queue
        self.app = web.Application(client_max_size=max_body)
        self.add_route("GET", "/healthz", self.healthz)
        self.add_route("GET", "/metrics", self.prometheus)
        self._runner: web.AppRunner | None = None
        self._watch: asyncio.Task[None] | None = None

    def add_route(self, method: str, path: str, handler: Handler) -> None:
        """Before start only: aiohttp freezes the routes when it starts."""
        self.app.router.add_route(method, path, handler)

    async def start(self, host: str, port: int, reuse_port: bool = False) -> bool:
        """Listen on host:port; port 0 means not at all. A port that cannot be taken is
        logged and the bot serves its platforms anyway: chats matter more than probes."""
        if not port:
            return False
        # No access log: a probe every few seconds would bury everything else.
        runner = web.AppRunner(self.app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        try:
            # reuse_port: several processes on one machine share the port (the kernel
            # spreads the connections), as a load balancer would spread webhook requests.
            await web.TCPSite(runner, host, port, reuse_port=reuse_port or None).start()
        except OSError as error:
            await runner.cleanup()
            log.error("cannot listen on %s:%d (%s): /healthz and /metrics are not served",
                      host, port, error.strerror or error)
            return False
        self._runner = runner
        self._watch = asyncio.create_task(metrics.watch_queue(self.store, self.queue_every))
        log.info("health and metrics on http://%s:%d/healthz and /metrics", host, port)
        return True

    async def stop(self) -> None:
        if self._watch is not None:
            self._watch.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._watch
            self._watch = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def healthz(self, request: web.Request) -> web.Response:
        """200 when healthy, else 503; the body says what is up (never a secret)."""
        store = "up"
        try:
            await asyncio.wait_for(self.store.schema_version(), self.STORE_TIMEOUT)
        except TimeoutError:
            store = f"down: no answer within {self.STORE_TIMEOUT:g} s"
        except Exception as error:
            store = logs.scrub(f"down: {type(error).__name__}: {error}")[:300]
        tasks = {name: str(state) for name, state in self.health.parts.items()}
        platforms = {name: tasks.pop(name, "starting") for name in self.platforms}
        ok = store == "up" and all(state == State.UP for state in platforms.values())
        body = {"ok": ok, "store": store, "platforms": platforms, "tasks": tasks,
                "errors": {name: logs.scrub(error) for name, error in self.health.errors.items()}}
        return web.json_response(body, status=200 if ok else 503)

    async def prometheus(self, request: web.Request) -> web.Response:
        return web.Response(body=metrics.exposition(),
                            headers={"Content-Type": CONTENT_TYPE_LATEST})

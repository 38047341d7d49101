"""Discord's REST API at the configured address, with rate limits decided by our pacing.

discord.py builds every URL from one class attribute (`Route.BASE`). Instead of changing it
for the whole process, this client's own HTTP client and interaction webhooks put the
configured address in front of each route, so two clients (or a test's fake) never share it.
"""

from __future__ import annotations

from typing import Any

import discord
from discord.webhook.async_ import AsyncWebhookAdapter, async_context

DEFAULT_API = discord.http.Route.BASE  # read, never written
# discord.py follows each route's rate-limit headers: it waits before a request whose bucket
# is empty, and after a 429 it waits `retry_after` (for a global one, every request of the
# client waits). Waits up to this many seconds stay with it; a longer one raises RateLimited,
# which our worker and Budget turn into one pause for every send of the platform, as for
# Telegram. (The library's floor of 30 s is for its constructor argument; the bucket check
# runs before every request, so a floor near zero would refuse any request in a window.)
DECIDE_OURSELVES_AFTER = 5.0


def rebase(route: discord.http.Route, api_url: str) -> None:
    if api_url != DEFAULT_API and route.url.startswith(DEFAULT_API):
        route.url = api_url + route.url[len(DEFAULT_API):]


class RoutedHTTP(discord.http.HTTPClient):
    """discord.py's HTTP client, at `api_url`."""

    api_url: str = DEFAULT_API

    async def request(self, route: discord.http.Route, **kwargs: Any) -> Any:
        rebase(route, self.api_url)
        return await super().request(route, **kwargs)


class RoutedWebhooks(AsyncWebhookAdapter):
    """Interaction responses and follow-ups (webhook routes), at `api_url`."""

    def __init__(self, api_url: str) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.api_url = api_url

    async def request(self, route: Any, *args: Any, **kwargs: Any) -> Any:
        rebase(route, self.api_url)
        return await super().request(route, *args, **kwargs)


def route_client(client: discord.Client, api_url: str) -> None:
    """Point this client (and the tasks started after this call) at `api_url`."""
    http = client.http
    http.__class__ = RoutedHTTP  # the instance the client's state already holds
    assert isinstance(http, RoutedHTTP)
    http.api_url = api_url.rstrip("/")
    http.max_ratelimit_timeout = DECIDE_OURSELVES_AFTER
    async_context.set(RoutedWebhooks(api_url.rstrip("/")))  # a context variable: this task's

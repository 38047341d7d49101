"""Telegram's webhook: updates POSTed to our address by Telegram, to any of several processes
behind a load balancer (or sharing one port with SO_REUSEPORT on one machine).

The secret token Telegram repeats in a header of every request is derived from BOT_SECRET (kept
in the store, the same for every process), so each process knows it without coordination and
a request without it is refused. The webhook is set with `drop_pending_updates` false, always:
updates waiting at Telegram are delivered, never thrown away.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
from collections.abc import Callable, Hashable
from typing import Any

from aiohttp import web
from telegram import Bot, Update
from telegram.ext import Application

from bot.adapters.telegram_polling import person_of
from bot.turns import Turns

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def webhook_secret(bot_secret: str, bot_id: int) -> str:
    """1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule): a keyed hash."""
    return hmac.new(bot_secret.encode(), f"telegram-webhook:{bot_id}".encode(),
                    hashlib.sha256).hexdigest()


async def set_webhook(bot: Bot, url: str, secret: str) -> None:
    await bot.set_webhook(url, secret_token=secret, allowed_updates=Update.ALL_TYPES,
                          drop_pending_updates=False)


async def take_update(request: web.Request, secret: str, bot: Bot) -> Update | web.Response:
    """The update in a webhook request, or the answer that refuses the request."""
    given = request.headers.get(SECRET_HEADER, "")
    if not hmac.compare_digest(given.encode(), secret.encode()):
        log.warning("telegram: a webhook request without our secret was refused")
        return web.Response(status=403, text="forbidden")
    try:  # the body's size is limited by the web server (413 past WebServer.MAX_BODY)
        data: Any = json.loads(await request.read())
        update = Update.de_json(data, bot) if isinstance(data, dict) else None
    except (ValueError, TypeError, KeyError) as error:
        log.warning("telegram: a webhook body that is no update (%s)", type(error).__name__)
        return web.Response(status=400, text="not an update")
    if update is None:
        return web.Response(status=400, text="not an update")
    return update


class Webhook:
    """The requests of one bot's webhook: refused without the secret, answered 200 at once,
    each update handled after the answer in its person's turn (bot/turns.py)."""

    def __init__(self, app: Application, secret: Callable[[], str],  # type: ignore[type-arg]
                 turns: Turns) -> None:
        self.app = app
        self.secret = secret
        self.turns = turns
        self.handling: set[asyncio.Task[None]] = set()

    async def take(self, request: web.Request) -> web.Response:
        update = await take_update(request, self.secret(), self.app.bot)
        if isinstance(update, web.Response):
            return update
        person = person_of(update)
        await self.turns.arrived(person, update.update_id)
        task = asyncio.create_task(self._in_turn(update, person))
        self.handling.add(task)
        task.add_done_callback(self.handling.discard)
        return web.Response(status=200)

    async def _in_turn(self, update: Update, person: Hashable) -> None:
        async with self.turns.turn(person, update.update_id):
            await self.app.process_update(update)

    async def drain(self, within: float) -> None:
        """Updates already answered 200 are handled before the process leaves."""
        if self.handling:
            await asyncio.wait(list(self.handling), timeout=within)

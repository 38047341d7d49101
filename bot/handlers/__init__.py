"""Feature handlers, one router per file; ROUTERS is the one ordered list of them."""

from __future__ import annotations

from bot.handlers import cancel, faq, help, info, language, liaison, privacy, start
from bot.router import Router

ROUTERS: tuple[Router, ...] = (
    start.router,
    help.router,
    language.router,
    faq.router,
    liaison.router,
    info.router,
    privacy.router,
    cancel.router,
)

"""Feature handlers, one router per file; ROUTERS is the one ordered list of them."""

from __future__ import annotations

from bot.handlers import (
    announce,
    cancel,
    events,
    faq,
    flows,
    help,
    info,
    language,
    liaison,
    privacy,
    report,
    results,
    setup,
    share,
    start,
    subscribe,
    survey,
    tickets,
    unanswered,
    volunteer,
)
from bot.router import Router

ROUTERS: tuple[Router, ...] = (
    start.router,
    help.router,
    language.router,
    faq.router,
    survey.router,
    volunteer.router,
    flows.router,
    results.router,
    unanswered.router,
    tickets.router,
    share.router,
    report.router,
    setup.router,
    events.router,
    subscribe.router,
    announce.router,
    liaison.router,
    info.router,
    privacy.router,
    cancel.router,
)

"""/events: upcoming events in the user's language, dated the way that language writes dates."""

from __future__ import annotations

from bot import events
from bot.broadcast import now_iso
from bot.context import Context
from bot.languages import AUTONYMS
from bot.router import Router

router = Router("events")


@router.command("events")
async def upcoming(ctx: Context, _args: str) -> None:
    """Lists upcoming events of the user's language with date, time and time zone."""
    found = events.for_language(await ctx.store.upcoming_events(now_iso()), ctx.locale)
    if not found:
        ctx.reply("events-none", language=AUTONYMS[ctx.locale])
        return
    i18n = ctx.services.i18n
    items = [ctx.t("events-item", title=events.title(i18n, ctx.locale, e),
                   when=events.when(ctx.locale, e), zone=e.timezone, link=e.link).rstrip()
             for e in found[:10]]
    ctx.reply("events-list", events="\n\n".join(items))

"""/liaison: the liaison for the user's language, or the routes for languages without one."""

from __future__ import annotations

from bot.context import Context
from bot.languages import AUTONYMS
from bot.router import Router

router = Router("liaison")


@router.command("liaison")
async def liaison(ctx: Context, _args: str) -> None:
    """Names the liaison, their contact and channels; else the specialist, list and sign-up."""
    found = ctx.content.liaison_for(ctx.locale)
    links = ctx.content.links
    if found is None:
        ctx.reply("liaison-none", language=AUTONYMS[ctx.locale], specialist=links["specialist"],
                  list=links["osl_list"], volunteer=links["volunteer"])
        return
    ctx.reply("liaison-found", language=AUTONYMS[ctx.locale], name=found.name,
              contact=found.contact, channels="\n".join(found.channels))

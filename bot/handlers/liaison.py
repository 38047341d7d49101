"""/liaison: the liaison for the user's language, or the routes for languages without one."""

from __future__ import annotations

from bot.context import Context
from bot.language_names import name_in
from bot.router import Router

router = Router("liaison")


@router.command("liaison")
async def liaison(ctx: Context, _args: str) -> None:
    """Names the liaison, their contact and channels; else the specialist, list and sign-up."""
    found = ctx.content.liaison_for(ctx.locale)
    links = ctx.content.links
    language = name_in(ctx.locale, ctx.locale)
    if found is None:
        ctx.reply("liaison-none", language=language, specialist=links["specialist"],
                  list=links["osl_list"], volunteer=links["volunteer"])
    elif not found.name:  # the operator has not named them yet (content.toml)
        ctx.reply("liaison-found-unnamed", language=language, contact=found.contact,
                  channels="\n".join(found.channels))
    else:
        ctx.reply("liaison-found", language=language, name=found.name, contact=found.contact,
                  channels="\n".join(found.channels))

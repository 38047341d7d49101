"""/liaison: the liaison for the user's language, or the routes for languages without one."""

from __future__ import annotations

from bot.context import Context
from bot.handlers.menu import command_button
from bot.language_names import name_in
from bot.router import Router

router = Router("liaison")


@router.command("liaison")
async def liaison(ctx: Context, _args: str) -> None:
    """Names the liaison, their contact and channels; else the specialist, list and sign-up."""
    found = ctx.content.liaison_for(ctx.locale)
    links = ctx.content.links
    language = name_in(ctx.locale, ctx.locale)
    ask = command_button("ask", "ask-button")  # a question for a person, answered in chat
    if found is None:
        ctx.reply("liaison-none", [ask], language=language, specialist=links["specialist"],
                  list=links["osl_list"], volunteer=links["volunteer"])
    elif not found.name:  # the operator has not named them yet (content.toml)
        ctx.reply("liaison-found-unnamed", [ask], language=language, contact=found.contact,
                  channels="\n".join(found.channels))
    else:
        ctx.reply("liaison-found", [ask], language=language, name=found.name, contact=found.contact,
                  channels="\n".join(found.channels))

"""/salon and /discuss: how to host a Strategy Salon and how to start a discussion."""

from __future__ import annotations

from bot.context import Context
from bot.handlers.menu import command_button
from bot.router import Router

router = Router("info")


@router.command("salon")
async def salon(ctx: Context, _args: str) -> None:
    """Explains Strategy Salons, the 44 grants (12 for youth) and where to read more."""
    ctx.reply("salon-info", link=ctx.content.links["salons"])


@router.command("discuss")
async def discuss(ctx: Context, _args: str) -> None:
    """Lists the ways to start a discussion: toolkit, scoping documents, conversation starters."""
    links = ctx.content.links
    ctx.reply("discuss-info", [command_button("share", "share-button")],
              toolkit=links["toolkit"], scoping=links["scoping"], starters=links["starters"])

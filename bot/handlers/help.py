"""/help: the commands of this platform, each with its localized description."""

from __future__ import annotations

from bot.commands import for_platform
from bot.context import Context
from bot.router import Router

router = Router("help")


@router.command("help")
async def show_help(ctx: Context, _args: str) -> None:
    """Lists the commands available here, one line each, in the user's language."""
    lines = [
        ctx.t("help-line", command=f"/{c.name}", description=ctx.t(c.description))
        for c in for_platform(ctx.incoming.platform)
    ]
    ctx.reply("help-text", commands="\n".join(lines))

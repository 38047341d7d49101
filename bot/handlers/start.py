"""/start: the greeting and main menu; deep-link payloads jump straight to a feature."""

from __future__ import annotations

from bot.commands import BY_NAME
from bot.context import DEEP_LINKS, Context
from bot.handlers import language
from bot.handlers.menu import main_menu
from bot.router import Router

router = Router("start")


@router.command("start")
async def start(ctx: Context, payload: str) -> None:
    """Greets the user in their language with a menu; a command's payload (`survey`,
    `volunteer`, `faq`, … the links a group offers) opens that command, `lang-xx` a language."""
    payload = payload.strip().lower()
    if payload in DEEP_LINKS and payload in ctx.routes.commands:
        if BY_NAME[payload].private_only and not ctx.incoming.private:
            ctx.refuse_in_group(payload)
        else:
            await ctx.routes.commands[payload](ctx, "")
        return
    if payload.startswith("lang-") and await language.choose(ctx, payload[5:]):
        return
    ctx.reply("start-greeting", *main_menu())


@router.command("menu")
async def menu(ctx: Context, _args: str) -> None:
    """The greeting and the menu, where the platform has no /start."""
    await start(ctx, "")

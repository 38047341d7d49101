"""/start: the greeting and main menu; deep-link payloads jump straight to a feature."""

from __future__ import annotations

from bot.context import Context
from bot.handlers import faq, language, survey
from bot.handlers.menu import main_menu
from bot.router import Router

router = Router("start")


@router.command("start")
async def start(ctx: Context, payload: str) -> None:
    """Greets the user in their language with a menu; `faq`, `survey` and `lang-xx` payloads
    jump straight there."""
    payload = payload.strip().lower()
    if payload == "faq":
        await faq.topics(ctx)
        return
    if payload == "survey":
        if ctx.incoming.private:
            await survey.survey(ctx, "")
        else:
            ctx.refuse_in_group("survey")
        return
    if payload.startswith("lang-") and await language.choose(ctx, payload[5:]):
        return
    ctx.reply("start-greeting", *main_menu())


@router.command("menu")
async def menu(ctx: Context, _args: str) -> None:
    """The greeting and the menu, where the platform has no /start."""
    await start(ctx, "")

"""/language: choose the language from buttons (in their own names) or by code."""

from __future__ import annotations

from bot.context import ButtonExpired, Context
from bot.languages import AUTONYMS, LOCALES, negotiate
from bot.router import Router
from bot.types import Action, ActionKind, Button

router = Router("language")


def language_buttons() -> list[list[Button]]:
    buttons = [Button(AUTONYMS[code], Action(ActionKind.LANGUAGE, code)) for code in LOCALES]
    return [buttons[i : i + 3] for i in range(0, len(buttons), 3)]


async def choose(ctx: Context, code: str) -> bool:
    """Store the language if `code` names one of ours and confirm in it; False otherwise.

    In a group it is the group's language, and only the group's admins may change it."""
    chosen = negotiate(code)
    if chosen is None:
        return False
    incoming = ctx.incoming
    if not incoming.private:
        if not incoming.chat_admin:
            ctx.refuse("language-group-admin-only")
            return True
        await ctx.store.set_chat_language(incoming.platform, incoming.chat_id, chosen)
        ctx.locale = chosen
        ctx.reply("language-group-set")
        return True
    await ctx.store.set_language(ctx.user.platform, ctx.user.user_id, chosen)
    ctx.locale = chosen
    ctx.reply("language-set")
    return True


@router.command("language")
async def language(ctx: Context, args: str) -> None:
    """Shows the language buttons, or switches straight to the language whose code was given."""
    if not args:
        ctx.reply("language-choose", *language_buttons())
    elif not await choose(ctx, args.split()[0][:35]):
        ctx.reply("language-unknown", *language_buttons(), code=args.split()[0][:35],
                  codes=", ".join(LOCALES))


@router.action(ActionKind.LANGUAGE)
async def press_language(ctx: Context, action: Action) -> None:
    """A language button sets that language and confirms in it."""
    if action.arg not in AUTONYMS or not await choose(ctx, action.arg):
        raise ButtonExpired(f"unknown language {action.arg!r}")

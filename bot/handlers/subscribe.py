"""/subscribe and /unsubscribe: announcements in a language, for a person or a whole group."""

from __future__ import annotations

from bot.context import Context
from bot.language_names import name_in
from bot.languages import LOCALES, negotiate
from bot.router import Router
from storage import ChatKind

router = Router("subscribe")


def _language(ctx: Context, args: str, command: str) -> str | None:
    """The language named in the command, else the one the bot speaks here; None (and the
    person told) for a code we do not know."""
    if not args.strip():
        return ctx.locale
    code = args.split()[0]
    named = negotiate(code)
    if named is None:
        ctx.refuse("subscribe-unknown", code=code[:20], command=f"/{command}",
                   codes=", ".join(LOCALES))
    return named


@router.command("subscribe")
async def subscribe(ctx: Context, args: str) -> None:
    """Subscribes the user (or, for its admins, the group) to announcements in a language."""
    language = _language(ctx, args, "subscribe")
    if language is None:
        return
    incoming = ctx.incoming
    if not incoming.private:
        if not incoming.chat_admin:
            ctx.refuse("subscribe-group-admin-only")
            return
        await ctx.store.subscribe(incoming.platform, incoming.chat_id, language, ChatKind.GROUP)
        ctx.reply("subscribe-group-done", language=name_in(ctx.locale, language))
        return
    new = await ctx.store.subscribe(incoming.platform, incoming.chat_id, language, ChatKind.USER)
    await ctx.store.set_reachable(incoming.platform, incoming.user_id, True)
    ctx.reply("subscribe-done" if new else "subscribe-already",
              language=name_in(ctx.locale, language))


@router.command("unsubscribe")
async def unsubscribe(ctx: Context, args: str) -> None:
    """Stops announcements in a language (the current one unless a code is given)."""
    language = _language(ctx, args, "unsubscribe")
    if language is None:
        return
    incoming = ctx.incoming
    if not incoming.private and not incoming.chat_admin:
        ctx.refuse("subscribe-group-admin-only")
        return
    removed = await ctx.store.unsubscribe(incoming.platform, incoming.chat_id, language)
    if not incoming.private:
        ctx.reply("unsubscribe-group-done", language=name_in(ctx.locale, language))
    else:
        ctx.reply("unsubscribe-done" if removed else "unsubscribe-not",
                  language=name_in(ctx.locale, language))

"""/setup: a server's language and announcements channel, for those who may manage it."""

from __future__ import annotations

from bot.context import Context
from bot.languages import LOCALES, negotiate
from bot.router import Router
from storage import ChatKind

router = Router("setup")


@router.command("setup")
async def setup(ctx: Context, args: str) -> None:
    """Sets the server's language and where announcements go; refused without the right."""
    incoming = ctx.incoming
    if incoming.private:
        ctx.refuse("setup-server-only")
        return
    if not incoming.chat_admin:  # re-checked here, whatever the platform already enforced
        ctx.refuse("setup-not-allowed")
        return
    code, _, channel = args.partition(" ")
    chosen = negotiate(code)
    if chosen is None or not channel.strip().isdigit():
        ctx.reply("setup-bad-language", code=code[:35], codes=", ".join(LOCALES))
        return
    async with ctx.store.transaction():
        previous = await ctx.store.get_announcements(incoming.platform, incoming.chat_id)
        if previous:
            await ctx.store.unsubscribe(incoming.platform, previous)
        await ctx.store.set_chat_language(incoming.platform, incoming.chat_id, chosen)
        await ctx.store.set_announcements(incoming.platform, incoming.chat_id, channel.strip())
        # The channel receives the announcements of the server's language.
        await ctx.store.subscribe(incoming.platform, channel.strip(), chosen, ChatKind.CHANNEL)
    ctx.locale = chosen
    ctx.reply("setup-done", channel=f"<#{channel.strip()}>")

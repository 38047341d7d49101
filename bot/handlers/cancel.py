"""/cancel: leaves whatever step-by-step flow is running."""

from __future__ import annotations

from bot.context import Context
from bot.handlers.flows import end
from bot.router import Router

router = Router("cancel")


@router.command("cancel")
async def cancel(ctx: Context, _args: str) -> None:
    """Stops the running flow, or says there is none."""
    if await ctx.store.get_flow(ctx.user.platform, ctx.user.user_id) is None:
        ctx.reply("cancel-nothing")
        return
    ctx.reply("cancel-done")
    await end(ctx)

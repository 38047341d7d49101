"""/cancel: leaves whatever step-by-step flow is running."""

from __future__ import annotations

from bot.context import Context
from bot.router import Router

router = Router("cancel")


@router.command("cancel")
async def cancel(ctx: Context, _args: str) -> None:
    """Stops the running flow, or says there is none."""
    stopped = await ctx.store.clear_flow(ctx.user.platform, ctx.user.user_id)
    ctx.reply("cancel-done" if stopped else "cancel-nothing")

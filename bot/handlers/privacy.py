"""/privacy and /forget: what is stored, and deleting it after a confirmation."""

from __future__ import annotations

import secrets

from bot.context import ButtonExpired, Context
from bot.handlers.flows import end, start
from bot.router import Router
from bot.types import Action, ActionKind, Button, Style, Text
from storage import FlowState

router = Router("privacy")
FLOW = "forget"


@router.command("privacy")
async def privacy(ctx: Context, _args: str) -> None:
    """Says what is stored and why, and how to delete it."""
    ctx.reply("privacy-info", logged="yes" if ctx.services.settings.faq_log_questions else "no")


@router.command("forget")
async def forget(ctx: Context, _args: str) -> None:
    """Asks for confirmation; only the buttons of this very question can confirm."""
    nonce = secrets.token_urlsafe(6)
    await start(ctx, FlowState(FLOW, "confirm", {"nonce": nonce}))
    ctx.reply("forget-confirm", [
        Button(Text("forget-yes"), Action(ActionKind.FORGET_YES, token=nonce), style=Style.DANGER),
        Button(Text("forget-no"), Action(ActionKind.FORGET_NO, token=nonce)),
    ])


async def _pending(ctx: Context, action: Action) -> None:
    flow = await ctx.store.get_flow(ctx.user.platform, ctx.user.user_id)
    if flow is None or flow.name != FLOW or flow.data.get("nonce") != action.token:
        raise ButtonExpired("no /forget confirmation is pending for this button")
    if not ctx.incoming.private:
        raise ButtonExpired("/forget buttons work only in a private chat")


@router.action(ActionKind.FORGET_YES)
async def confirm(ctx: Context, action: Action) -> None:
    """Deletes everything stored about the user and says how much."""
    await _pending(ctx, action)
    count = await ctx.store.drop_user(ctx.user.platform, ctx.user.user_id, ctx.respondent)
    ctx.reply("forget-done", count=count)


@router.action(ActionKind.FORGET_NO)
async def keep(ctx: Context, action: Action) -> None:
    """Keeps everything."""
    await _pending(ctx, action)
    ctx.reply("forget-kept")
    await end(ctx)


@router.flow(FLOW)
async def typed_while_confirming(ctx: Context, text: str) -> None:
    """Typing instead of pressing a button counts as "no": nothing is deleted."""
    ctx.reply("forget-kept")
    await end(ctx)

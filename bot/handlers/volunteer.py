"""/volunteer: sign up as Organizational Strategy Liaison; admins are told in their language."""

from __future__ import annotations

import secrets
from typing import Any

from bot import relay
from bot.context import ButtonExpired, Context
from bot.handlers.flows import end, runner
from bot.language_names import name_in
from bot.languages import AUTONYMS
from bot.router import Router
from bot.types import Action, ActionKind, Button, Style, Text, UserKey
from storage import FlowState

router = Router("volunteer")
NAME = "volunteer"
CONFIRM = "volunteer-confirm"  # the flow state while the sign-up waits for "Send"


@router.command("volunteer")
async def volunteer(ctx: Context, _args: str) -> None:
    """Explains the role, links the list of existing liaisons, and asks three questions."""
    ctx.reply("volunteer-intro", list=ctx.content.links["osl_list"])
    await runner(ctx, NAME).start(ctx)


@router.finisher(NAME)
async def confirm(ctx: Context, answers: dict[str, Any]) -> None:
    """Shows the answers and waits for "Send"."""
    nonce = secrets.token_urlsafe(6)
    await ctx.store.set_flow(ctx.user.platform, ctx.user.user_id,
                             FlowState(CONFIRM, "send", {"answers": answers, "nonce": nonce}))
    show_confirmation(ctx, answers, nonce)


@router.resumable(CONFIRM, NAME)
async def confirm_again(ctx: Context, state: FlowState) -> None:
    """The sign-up waiting for "Send", shown again after another flow."""
    show_confirmation(ctx, state.data["answers"], state.data["nonce"])


def show_confirmation(ctx: Context, answers: dict[str, Any], nonce: str) -> None:
    ctx.reply("volunteer-confirm",
              [Button(Text("volunteer-send"), Action(ActionKind.VOLUNTEER_SEND, token=nonce),
                      style=Style.CONFIRM)],
              group=answers["group"], language=name_in(ctx.locale, answers["language"]),
              contact=answers["contact"])


@router.action(ActionKind.VOLUNTEER_SEND)
async def send(ctx: Context, action: Action) -> None:
    """Saves the sign-up once and notifies every admin."""
    state = await ctx.store.get_flow(ctx.user.platform, ctx.user.user_id)
    if state is None or state.name != CONFIRM or state.data.get("nonce") != action.token:
        raise ButtonExpired("no volunteer sign-up waits for this button")
    answers = state.data["answers"]
    ctx.reply("volunteer-thanks")
    # The sign-up and the admins' notices are one transaction, the notices on the durable
    # queue: a restart loses none, and /forget takes them back with the sign-up.
    async with ctx.store.transaction():
        signed = await ctx.store.add_volunteer(ctx.user.platform, ctx.user.user_id,
                                               answers["group"], answers["language"],
                                               answers["contact"])
        await end(ctx)
        await ctx.relay(f"volunteer:{signed}", [
            relay.Note(UserKey(platform, user_id), "volunteer-notify", {
                "group": answers["group"],
                "language": AUTONYMS.get(answers["language"], answers["language"]),
                "contact": answers["contact"], "platform": ctx.user.platform})
            for platform, user_id in sorted(ctx.services.settings.admins)])


@router.flow(CONFIRM)
async def typed_while_confirming(ctx: Context, _text: str) -> None:
    """Typing instead of pressing "Send" shows the confirmation again."""
    state = await ctx.store.get_flow(ctx.user.platform, ctx.user.user_id)
    assert state is not None
    ctx.reply("flow-choose-button")
    show_confirmation(ctx, state.data["answers"], state.data["nonce"])

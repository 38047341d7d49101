"""/share and /discussions: a group's discussion results handed in step by step (who, language,
date, how many, themes, conclusions, link), shown for a check, then submitted; the liaisons of
that language are told with a summary, and list what was shared."""

from __future__ import annotations

import secrets
from typing import Any

from bot import relay
from bot.context import ButtonExpired, Context
from bot.handlers.flows import end, runner
from bot.language_names import name_in
from bot.roles import scope_of
from bot.router import Router
from bot.tickets import handlers_of
from bot.types import Action, ActionKind, Button, Style, Text
from storage import Discussion, FlowState

router = Router("share")
NAME = "share"
CONFIRM = "share-confirm"  # the flow state while the results wait for "Submit"
SUMMARY = 300  # characters of the conclusions in a liaison's notice
SHOWN = 10  # discussions listed by /discussions


@router.command("share")
async def share(ctx: Context, _args: str) -> None:
    """Explains what is asked, then asks it one question at a time."""
    ctx.reply("share-intro")
    await runner(ctx, NAME).start(ctx)


def themes_of(ctx: Context, themes: list[str] | tuple[str, ...]) -> str:
    return ", ".join(ctx.t(f"share-themes-{theme}") for theme in themes)


@router.finisher(NAME)
async def confirm(ctx: Context, answers: dict[str, Any]) -> None:
    """Shows everything once more and waits for "Submit"."""
    nonce = secrets.token_urlsafe(6)
    await ctx.store.set_flow(ctx.user.platform, ctx.user.user_id,
                             FlowState(CONFIRM, "send", {"answers": answers, "nonce": nonce}))
    show(ctx, answers, nonce)


@router.resumable(CONFIRM, NAME)
async def confirm_again(ctx: Context, state: FlowState) -> None:
    """The results waiting for "Submit", shown again after another flow."""
    show(ctx, state.data["answers"], state.data["nonce"])


def show(ctx: Context, answers: dict[str, Any], nonce: str) -> None:
    ctx.reply("share-preview",
              [Button(Text("share-submit"), Action(ActionKind.SHARE_SEND, token=nonce),
                      style=Style.CONFIRM)],
              group=answers["group"], language=name_in(ctx.locale, answers["language"]),
              date=answers["date"], participants=answers["participants"],
              themes=themes_of(ctx, answers["themes"]), conclusions=answers["conclusions"],
              link=answers.get("link") or "-")


@router.action(ActionKind.SHARE_SEND)
async def send(ctx: Context, action: Action) -> None:
    """Saves the results once and queues a summary for the language's liaisons."""
    state = await ctx.store.get_flow(ctx.user.platform, ctx.user.user_id)
    if state is None or state.name != CONFIRM or state.data.get("nonce") != action.token:
        raise ButtonExpired("no discussion results wait for this button")
    a = state.data["answers"]
    language = a["language"]
    async with ctx.store.transaction():
        shared = await ctx.store.add_discussion(
            ctx.user.platform, ctx.user.user_id, a["group"], language, a["date"],
            int(a["participants"]), tuple(a["themes"]), a["conclusions"], a.get("link") or "")
        await end(ctx)
        to = await handlers_of(ctx.store, ctx.services.settings, language)
        await ctx.relay(f"discussion:{shared}", [
            relay.Note(key, "share-notify", {
                "number": str(shared), "group": a["group"], "language": language,
                "date": a["date"], "participants": int(a["participants"]),
                "summary": _cut(a["conclusions"])}, named=("language",),
                fallback=None if (key.platform, key.user_id) in ctx.services.settings.admins
                else language)
            for key in to])
        await ctx.store.count(language, "discussions")
    ctx.reply("share-thanks", number=str(shared))


def _cut(text: str) -> str:
    return text if len(text) <= SUMMARY else text[:SUMMARY].rstrip() + "…"


@router.flow(CONFIRM)
async def typed_while_confirming(ctx: Context, _text: str) -> None:
    """Typing instead of pressing "Submit" shows the preview again."""
    state = await ctx.store.get_flow(ctx.user.platform, ctx.user.user_id)
    assert state is not None
    ctx.reply("flow-choose-button")
    show(ctx, state.data["answers"], state.data["nonce"])


@router.command("discussions")
async def discussions(ctx: Context, _args: str) -> None:
    """The latest discussion results of the asker's languages (liaisons) or all (admins)."""
    scope = await scope_of(ctx, "discussions-not-allowed")
    if scope is None:
        return
    found = await ctx.store.discussions(scope.languages, SHOWN)
    if not found:
        ctx.reply("discussions-none", languages=scope.named)
        return
    ctx.reply("discussions-list", languages=scope.named, count=len(found),
              discussions="\n\n".join(line(ctx, d) for d in found))


def line(ctx: Context, d: Discussion) -> str:
    return ctx.t("discussions-line", number=str(d.id), group=d.group,
                 language=name_in(ctx.locale, d.language), date=d.held_on,
                 participants=d.participants, themes=themes_of(ctx, d.themes),
                 summary=_cut(d.conclusions), link=d.link or "-")

"""/announce: a liaison or admin writes an announcement, sees a preview and its reach, sends."""

from __future__ import annotations

import secrets

from bot import announce
from bot.clock import now_iso
from bot.context import ButtonExpired, Context
from bot.flow_runner import visible
from bot.handlers import flows
from bot.languages import AUTONYMS, LOCALES
from bot.roles import languages_of
from bot.router import Router
from bot.types import Action, ActionKind, Button, Style, Text
from storage import FlowState

router = Router("announce")
FLOW = "announce"


async def _allowed(ctx: Context) -> frozenset[str] | None:
    return await languages_of(ctx.store, ctx.services.settings, ctx.user.platform,
                              ctx.user.user_id)


async def _save(ctx: Context, step: str, **data: object) -> FlowState:
    state = FlowState(FLOW, step, dict(data))
    running = await ctx.store.get_flow(ctx.user.platform, ctx.user.user_id)
    if running is not None and running.name == FLOW:
        await ctx.store.set_flow(ctx.user.platform, ctx.user.user_id, state)
    else:
        await flows.start(ctx, state)
    return state


@router.command("announce")
async def start(ctx: Context, _args: str) -> None:
    """Asks for the language(s), then the text and an optional link."""
    allowed = await _allowed(ctx)
    if allowed is not None and not allowed:
        ctx.refuse("announce-not-allowed")
        return
    codes = sorted(allowed) if allowed is not None else list(LOCALES)
    if len(codes) == 1:
        await _ask_text(ctx, codes)
        return
    await _save(ctx, "language")
    buttons = [Button(AUTONYMS[c], Action(ActionKind.ANNOUNCE_LANGUAGE, c)) for c in codes]
    rows = [buttons[i : i + 3] for i in range(0, len(buttons), 3)]
    everything = [Button(Text("announce-all"), Action(ActionKind.ANNOUNCE_LANGUAGE, "all"))]
    ctx.reply("announce-ask-language", *rows, everything)


async def _ask_text(ctx: Context, codes: list[str]) -> None:
    await _save(ctx, "text", languages=codes)
    ctx.reply("announce-ask-text", limit=announce.MAX_TEXT)


@router.action(ActionKind.ANNOUNCE_LANGUAGE)
async def pick_language(ctx: Context, action: Action) -> None:
    """The language chosen; "all" means every language the author may use."""
    state = await ctx.store.get_flow(ctx.user.platform, ctx.user.user_id)
    allowed = await _allowed(ctx)
    if state is None or state.name != FLOW or state.step != "language":
        raise ButtonExpired("no announcement waits for a language")
    every = sorted(allowed) if allowed is not None else list(LOCALES)
    codes = every if action.arg == "all" else [action.arg]
    if not set(codes) <= set(every) or not codes:
        raise ButtonExpired(f"{action.arg!r} is not a language this author may use")
    await _ask_text(ctx, codes)


@router.flow(FLOW)
async def typed(ctx: Context, text: str) -> None:
    """The announcement's text, then its link."""
    state = await ctx.store.get_flow(ctx.user.platform, ctx.user.user_id)
    assert state is not None
    if state.step == "text":
        if not visible(text) or len(text) > announce.MAX_TEXT:
            if visible(text):  # said before asking again: what was wrong with this one
                ctx.reply("flow-too-long", limit=announce.MAX_TEXT)
            ctx.reply("announce-ask-text", limit=announce.MAX_TEXT)
            return
        await _save(ctx, "link", **state.data, text=text)
        ctx.reply("announce-ask-link", [Button(Text("flow-skip"),
                                               Action(ActionKind.ANNOUNCE_NO_LINK))])
    elif state.step == "link":
        if not announce.is_link(text):
            ctx.reply("announce-bad-link", [Button(Text("flow-skip"),
                                                   Action(ActionKind.ANNOUNCE_NO_LINK))])
            return
        await _preview(ctx, state, text)
    else:
        ctx.reply("flow-choose-button")


@router.action(ActionKind.ANNOUNCE_NO_LINK)
async def no_link(ctx: Context, _action: Action) -> None:
    state = await ctx.store.get_flow(ctx.user.platform, ctx.user.user_id)
    if state is None or state.name != FLOW or state.step != "link":
        raise ButtonExpired("no announcement waits for a link")
    await _preview(ctx, state, "")


async def _preview(ctx: Context, state: FlowState, link: str) -> None:
    """Shows the text and how many people and channels it reaches, on which platform."""
    nonce = secrets.token_urlsafe(6)
    state = await _save(ctx, "confirm", **state.data, link=link, nonce=nonce)
    reach = await announce.Reach.of(ctx.store, tuple(state.data["languages"]))
    ctx.reply("announce-preview", [
        Button(Text("announce-send"), Action(ActionKind.ANNOUNCE_SEND, token=nonce),
               style=Style.CONFIRM),
        Button(Text("announce-cancel"), Action(ActionKind.ANNOUNCE_CANCEL, token=nonce)),
    ], text=f"{state.data['text']}\n{link}".strip(), people=reach.people,
        channels=reach.channels, telegram=reach.telegram, discord=reach.discord)


async def _confirmed(ctx: Context, action: Action) -> FlowState:
    state = await ctx.store.get_flow(ctx.user.platform, ctx.user.user_id)
    if state is None or state.name != FLOW or state.data.get("nonce") != action.token:
        raise ButtonExpired("no announcement waits for this button")
    return state


@router.action(ActionKind.ANNOUNCE_SEND)
async def send(ctx: Context, action: Action) -> None:
    """Queues it for every subscriber of its languages; the author's rights are checked again.
    The flow ends in the same transaction, so a second press cannot queue it twice."""
    state = await _confirmed(ctx, action)
    languages = list(state.data["languages"])
    author = f"{ctx.user.platform}:{ctx.user.user_id}"
    allowed = await _allowed(ctx)
    try:
        async with ctx.store.transaction(bulk=True):
            _, count = await announce.enqueue(
                ctx.store, ctx.services.i18n, author, allowed,
                dict.fromkeys(languages, state.data["text"]), state.data["link"], now_iso())
            ctx.reply("announce-queued", count=count)
            await flows.end(ctx)
    except announce.NotAllowed:
        ctx.refuse("announce-not-allowed")
        await flows.end(ctx)


@router.action(ActionKind.ANNOUNCE_CANCEL)
async def cancel(ctx: Context, action: Action) -> None:
    await _confirmed(ctx, action)
    ctx.reply("announce-cancelled")
    await flows.end(ctx)

"""/events: upcoming events in the user's language; `/events add` for liaisons and admins."""

from __future__ import annotations

from datetime import UTC, datetime

from bot import announce, events
from bot.clock import iso, now_iso
from bot.context import ButtonExpired, Context
from bot.flow_runner import visible
from bot.handlers import flows
from bot.language_names import name_in, names_in
from bot.roles import languages_of
from bot.router import Router
from bot.types import Action, ActionKind, Button, Text
from storage import Event, FlowState

router = Router("events")
FLOW = "event-add"


@router.command("events")
async def upcoming(ctx: Context, args: str) -> None:
    """Lists upcoming events of the user's language with date, time and time zone."""
    if args.strip().lower() == "add":
        await add(ctx)
        return
    found = events.for_language(await ctx.store.upcoming_events(now_iso()), ctx.locale)
    if not found:
        ctx.reply("events-none", language=name_in(ctx.locale, ctx.locale))
        return
    i18n = ctx.services.i18n
    items = [ctx.t("events-item" if e.link else "events-item-no-link",
                   title=events.title(i18n, ctx.locale, e), when=events.when(ctx.locale, e),
                   zone=e.timezone, link=e.link)
             for e in found[:10]]
    ctx.reply("events-list", events="\n\n".join(items))


async def add(ctx: Context) -> None:
    """Asks a liaison or admin for the title, start, time zone and link of a new event."""
    allowed = await languages_of(ctx.store, ctx.services.settings, ctx.user.platform,
                                 ctx.user.user_id)
    if allowed is not None and not allowed:
        ctx.refuse("events-not-allowed")
        return
    await flows.start(ctx, FlowState(FLOW, "title", {
        "languages": sorted(allowed) if allowed is not None else []}))
    ctx.reply("events-ask-title")


async def _save(ctx: Context, step: str, **data: object) -> None:
    await ctx.store.set_flow(ctx.user.platform, ctx.user.user_id, FlowState(FLOW, step, data))


async def _state(ctx: Context, step: str | None = None) -> FlowState:
    state = await ctx.store.get_flow(ctx.user.platform, ctx.user.user_id)
    if state is None or state.name != FLOW or (step and state.step != step):
        raise ButtonExpired("no event is being added")
    return state


@router.flow(FLOW)
async def typed(ctx: Context, text: str) -> None:
    """Title, then the local start, then the time zone, then the link."""
    state = await _state(ctx)
    utc = [Button(Text("flow-skip"), Action(ActionKind.EVENT_UTC))]
    if state.step == "title":
        if not visible(text) or len(text) > events.MAX_TITLE:
            if visible(text):
                ctx.reply("flow-too-long", limit=events.MAX_TITLE)
            ctx.reply("events-ask-title")
            return
        await _save(ctx, "when", **state.data, title=text)
        ctx.reply("events-ask-when")
    elif state.step == "when":
        try:
            start = datetime.fromisoformat(text.strip())
        except ValueError:
            start = None
        # An offset (2026-10-25 02:30+01:00) says which of a time that happens twice is meant.
        now = datetime.now(UTC) if start is not None and start.tzinfo else datetime.now()
        if start is None or start <= now:
            ctx.reply("events-bad-when")
            return
        await _save(ctx, "zone", **state.data, local=start.isoformat(timespec="minutes"))
        ctx.reply("events-ask-zone", utc)
    elif state.step == "zone":
        await _zone(ctx, state, text.strip())
    elif state.step == "link":
        if not announce.is_link(text):
            ctx.reply("announce-bad-link", _no_link())
            return
        await _finish(ctx, state, text)


def _no_link() -> list[Button]:
    return [Button(Text("flow-skip"), Action(ActionKind.EVENT_NO_LINK))]


async def _ask_link(ctx: Context, state: FlowState, zone: str) -> None:
    await _save(ctx, "link", **state.data, zone=zone)
    ctx.reply("announce-ask-link", _no_link())


async def _zone(ctx: Context, state: FlowState, name: str) -> None:
    """The time zone; a local time it skips or has twice sends the author back to the time."""
    local = state.data["local"]
    try:
        events.parse_start(local, name)
    except events.NoSuchTime as error:
        ctx.reply("events-time-skipped", when=_shown(local), zone=name,
                  instead=_shown(error.instead.replace(tzinfo=None).isoformat()))
    except events.AmbiguousTime as error:
        ctx.reply("events-time-twice", when=_shown(local), zone=name,
                  first=_shown(error.first.isoformat()), second=_shown(error.second.isoformat()))
    except events.EventError:
        ctx.reply("events-bad-zone", [Button(Text("flow-skip"), Action(ActionKind.EVENT_UTC))],
                  zone=name[:60])
        return
    else:
        await _ask_link(ctx, state, name)
        return
    await _save(ctx, "when", **{k: v for k, v in state.data.items() if k != "local"})


def _shown(moment: str) -> str:
    """2026-10-25T02:30:00+02:00 as an author types it: 2026-10-25 02:30+02:00."""
    day, _, clock = moment.partition("T")
    return f"{day} {clock[:5]}{clock[8:] if len(clock) > 8 else ''}"


@router.action(ActionKind.EVENT_UTC)
async def in_utc(ctx: Context, _action: Action) -> None:
    await _zone(ctx, await _state(ctx, "zone"), "UTC")


@router.action(ActionKind.EVENT_NO_LINK)
async def no_link(ctx: Context, _action: Action) -> None:
    await _finish(ctx, await _state(ctx, "link"), "")


async def _finish(ctx: Context, state: FlowState, link: str) -> None:
    """Stores the event (its subscribers are reminded a day before) and confirms."""
    data = state.data
    start = events.parse_start(data["local"], data["zone"])
    if iso(start) <= now_iso():  # in that time zone, the moment has passed already
        await _save(ctx, "when", **{k: v for k, v in data.items() if k in ("languages", "title")})
        ctx.reply("events-bad-when")
        return
    languages = tuple(data["languages"])
    author = f"{ctx.user.platform}:{ctx.user.user_id}"
    event = Event(0, data["title"], iso(start), data["zone"], languages, link, author)
    named = names_in(ctx.locale, languages) or ctx.t("results-all-languages")
    ctx.reply("events-added", languages=named, when=events.when(ctx.locale, event),
              zone=data["zone"])
    async with ctx.store.transaction():
        number = await ctx.store.add_event(data["title"], iso(start), data["zone"], languages,
                                           link, author)
        await ctx.store.audit(author, "event", f"#{number} {data['title']} at {iso(start)}")
        await flows.end(ctx)



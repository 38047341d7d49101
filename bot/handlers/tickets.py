"""/ask, /reply and /tickets: a question for a person, relayed as a numbered ticket to the
liaisons of the member's language (or the admins) and answered in chat, both ways. The
liaison sees the question and its language, never who asked (unless they added a contact)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from bot import relay
from bot.context import ButtonExpired, Context
from bot.flow_runner import visible
from bot.handlers.flows import end, runner, start
from bot.language_names import name_in
from bot.roles import languages_of, scope_of
from bot.router import Router
from bot.tickets import MAX_MESSAGE, MOST_OPEN, handlers_of, holder, is_member
from bot.types import Action, ActionKind, Button, Style, Text, UserKey
from storage import FlowState, Ticket, TicketStatus

router = Router("tickets")
NAME = "ask"
WRITE = "ticket-write"  # the flow state while a message for a ticket is typed
SHOWN = 10  # tickets listed with their buttons


@router.command("ask")
async def ask(ctx: Context, args: str) -> None:
    """Asks for the question (and an optional contact); `/ask text` takes the text as it."""
    if await ctx.store.open_tickets(ctx.user.platform, ctx.user.user_id) >= MOST_OPEN:
        ctx.refuse("ask-too-many", most=MOST_OPEN)
        return
    language = name_in(ctx.locale, ctx.locale)
    ctx.reply("ask-intro", language=language)
    flow = runner(ctx, NAME)
    if not args:
        await flow.start(ctx)
        return
    if len(args) > MAX_MESSAGE:
        ctx.reply("flow-too-long", limit=MAX_MESSAGE)
        await flow.start(ctx)
        return
    state = FlowState(NAME, "contact", {"answers": {"question": args}, "history": ["question"],
                                        "picked": []})
    await start(ctx, state)
    flow.ask(ctx, state)


@router.finisher(NAME)
async def send(ctx: Context, answers: dict[str, Any]) -> None:
    """Opens the ticket and queues it for the language's liaisons (or the admins)."""
    question, contact = answers["question"], answers.get("contact") or ""
    ticket = await ctx.store.open_ticket(ctx.user.platform, ctx.user.user_id, ctx.locale,
                                         question, contact, MOST_OPEN)
    await end(ctx)
    if ticket is None:
        ctx.refuse("ask-too-many", most=MOST_OPEN)
        return
    to = await handlers_of(ctx.store, ctx.services.settings, ctx.locale)
    msg_id = "ticket-new-contact" if contact else "ticket-new"
    await ctx.relay(f"ticket:{ticket}", [
        relay.Note(key, msg_id, {"ticket": str(ticket), "language": ctx.locale,
                                 "question": question, "contact": contact},
                   handler_buttons(ticket), ("language",),
                   None if _is_admin(ctx, key) else ctx.locale)
        for key in to])
    await ctx.store.count(ctx.locale, "tickets_opened")
    liaison = any(not _is_admin(ctx, key) for key in to)
    ctx.reply("ask-sent", [Button(Text("ticket-button-close"),
                                       Action(ActionKind.TICKET_CLOSE, str(ticket)))],
              ticket=str(ticket), to="liaison" if liaison else "team",
              language=name_in(ctx.locale, ctx.locale))


def handler_buttons(ticket: int) -> tuple[tuple[Button, ...], ...]:
    return ((Button(Text("ticket-button-answer"), Action(ActionKind.TICKET_WRITE, str(ticket)),
                    style=Style.PRIMARY, typed=MAX_MESSAGE),
             Button(Text("ticket-button-claim"), Action(ActionKind.TICKET_CLAIM, str(ticket))),
             Button(Text("ticket-button-close"), Action(ActionKind.TICKET_CLOSE, str(ticket)))),)


def member_buttons(ticket: int) -> tuple[tuple[Button, ...], ...]:
    return ((Button(Text("ticket-button-reply"), Action(ActionKind.TICKET_WRITE, str(ticket)),
                    style=Style.PRIMARY, typed=MAX_MESSAGE),
             Button(Text("ticket-button-solved"), Action(ActionKind.TICKET_CLOSE, str(ticket)))),)


def _is_admin(ctx: Context, key: UserKey) -> bool:
    return (key.platform, key.user_id) in ctx.services.settings.admins


async def _handles(ctx: Context, ticket: Ticket) -> bool:
    """A liaison of the ticket's language, or an admin."""
    languages = await languages_of(ctx.store, ctx.services.settings, ctx.user.platform,
                                   ctx.user.user_id)
    return languages is None or ticket.language in languages


async def _ticket(ctx: Context, number: int) -> Ticket | None:
    """The ticket, if the person may write in it (its member, or one who handles it)."""
    ticket = await ctx.store.get_ticket(number)
    if ticket is None or ticket.status is TicketStatus.CLOSED:
        ctx.refuse("ticket-gone", ticket=str(number))
        return None
    if not is_member(ticket, ctx.user) and not await _handles(ctx, ticket):
        ctx.refuse("ticket-not-yours", ticket=str(number))
        return None
    return ticket


async def write(ctx: Context, number: int, text: str) -> None:
    """A message in the ticket's thread, relayed to the other side through the queue."""
    ticket = await _ticket(ctx, number)
    if ticket is None:
        return
    if not visible(text):
        ctx.reply("flow-empty")
        return
    if len(text) > MAX_MESSAGE:
        ctx.reply("flow-too-long", limit=MAX_MESSAGE)
        return
    member = is_member(ticket, ctx.user)
    async with ctx.store.transaction():
        added, first = await ctx.store.add_ticket_message(number, member, text)
        if not added:
            ctx.refuse("ticket-gone", ticket=str(number))
            return
        if member:
            to = await _follow_up_to(ctx, ticket)
            notes = [relay.Note(key, "ticket-followup", {
                "ticket": str(number), "language": ticket.language, "text": text},
                handler_buttons(number), ("language",),
                None if _is_admin(ctx, key) else ticket.language) for key in to]
        else:
            await ctx.store.claim_ticket(number, f"{ctx.user.platform}:{ctx.user.user_id}")
            if first:  # (decided by the database: two liaisons at once count once)
                await _first_answer(ctx, ticket)
            notes = [relay.Note(UserKey(ticket.platform, ticket.user_id), "ticket-answer", {
                "ticket": str(number), "text": text}, member_buttons(number),
                fallback=ticket.language)]
        await ctx.relay(f"ticket:{number}", notes)
    ctx.reply("ticket-sent", ticket=str(number))


async def _follow_up_to(ctx: Context, ticket: Ticket) -> list[UserKey]:
    """The liaison who claimed the ticket, while they still handle its language; otherwise
    (their role was taken away) the claim is given up and all its handlers get it."""
    claimed = holder(ticket)
    if claimed is not None:
        languages = await languages_of(ctx.store, ctx.services.settings, claimed.platform,
                                       claimed.user_id)
        if languages is None or ticket.language in languages:
            return [claimed]
        await ctx.store.unclaim_ticket(ticket.id, ticket.claimed_by or "")
    return await handlers_of(ctx.store, ctx.services.settings, ticket.language)


async def _first_answer(ctx: Context, ticket: Ticket) -> None:
    now = datetime.now(UTC)
    asked = datetime.fromisoformat(ticket.created_at.replace("Z", "+00:00"))
    day = now.strftime("%Y-%m-%d")
    await ctx.store.note_answer_time(day, ticket.language, int((now - asked).total_seconds()))
    await ctx.store.count(ticket.language, "tickets_answered", day=day)


@router.command("reply")
async def reply(ctx: Context, args: str) -> None:
    """`/reply 123 text`: the text goes to ticket #123."""
    parts = args.strip().lstrip("#").split(maxsplit=1)
    if len(parts) != 2 or not parts[0].isdigit():
        ctx.refuse("reply-usage")
        return
    await write(ctx, int(parts[0]), parts[1].strip())


@router.on_reply
async def replied(ctx: Context, buttons: list[Action], text: str) -> bool:
    """A reply (Telegram) to a message of one ticket (its ✎ button) goes into that ticket's
    thread; a reply to the /tickets list, which has several, is no ticket's."""
    numbers = {b.arg for b in buttons if b.kind is ActionKind.TICKET_WRITE and b.arg.isdigit()}
    if len(numbers) != 1 or not ctx.incoming.private:
        return False
    await write(ctx, int(numbers.pop()), text)
    return True


async def pressed(ctx: Context, action: Action) -> int:
    """The ticket a button is for; a ticket that does not exist (any more) makes it stale."""
    if not action.arg.isdigit() or await ctx.store.get_ticket(int(action.arg)) is None:
        raise ButtonExpired(f"no ticket {action.arg!r}")
    return int(action.arg)


@router.action(ActionKind.TICKET_WRITE)
async def press_write(ctx: Context, action: Action) -> None:
    """With the text typed into Discord's form: sent. Otherwise: asks for it."""
    number = await pressed(ctx, action)
    if ctx.typed is not None:
        await write(ctx, number, ctx.typed)
        return
    if await _ticket(ctx, number) is None:
        return
    await start(ctx, FlowState(WRITE, "text", {"ticket": str(number)}))
    ctx.reply("ticket-write-prompt", ticket=str(number), text_limit=MAX_MESSAGE)


@router.flow(WRITE)
async def typed(ctx: Context, text: str) -> None:
    """The message typed after pressing the ticket's button."""
    state = await ctx.store.get_flow(ctx.user.platform, ctx.user.user_id)
    assert state is not None
    if not text:
        ctx.reply("flow-empty")
        return
    await end(ctx)
    await write(ctx, int(state.data["ticket"]), text)


@router.action(ActionKind.TICKET_CLAIM)
async def press_claim(ctx: Context, action: Action) -> None:
    """A liaison takes the ticket: the member's follow-ups come to them alone."""
    await claim(ctx, await pressed(ctx, action))


async def claim(ctx: Context, number: int) -> None:
    ticket = await ctx.store.get_ticket(number)
    if ticket is None or ticket.status is TicketStatus.CLOSED:
        ctx.refuse("ticket-gone", ticket=str(number))
    elif not await _handles(ctx, ticket):
        ctx.refuse("ticket-not-yours", ticket=str(number))
    elif await ctx.store.claim_ticket(number, f"{ctx.user.platform}:{ctx.user.user_id}",
                                      take_over=_is_admin(ctx, ctx.user)):
        ctx.reply("ticket-claimed", ticket=str(number))
    else:
        ctx.refuse("ticket-claimed-other", ticket=str(number))


@router.action(ActionKind.TICKET_CLOSE)
async def press_close(ctx: Context, action: Action) -> None:
    """Closes the ticket (its member or one who handles it); the member is told."""
    await close(ctx, await pressed(ctx, action))


async def close(ctx: Context, number: int) -> None:
    ticket = await _ticket(ctx, number)
    if ticket is None:
        return
    async with ctx.store.transaction():
        if not await ctx.store.close_ticket(number):
            ctx.refuse("ticket-gone", ticket=str(number))
            return
        if not is_member(ticket, ctx.user):
            await ctx.relay(f"ticket:{number}", [
                relay.Note(UserKey(ticket.platform, ticket.user_id), "ticket-closed",
                           {"ticket": str(number)}, fallback=ticket.language)])
    ctx.reply("ticket-closed-done", ticket=str(number))


@router.command("tickets")
async def tickets(ctx: Context, args: str) -> None:
    """Open tickets of the asker's languages, with buttons; `/tickets claim|close 123`."""
    scope = await scope_of(ctx, "tickets-not-allowed")
    if scope is None:
        return
    verb, _, number = args.strip().lower().partition(" ")
    number = number.strip().lstrip("#")
    if verb in ("claim", "close") and number.isdigit():
        await (claim if verb == "claim" else close)(ctx, int(number))
        return
    found = await ctx.store.tickets(scope.languages)
    if not found:
        ctx.reply("tickets-none", languages=scope.named)
        return
    me = f"{ctx.user.platform}:{ctx.user.user_id}"
    lines = [ctx.t("tickets-line", ticket=str(t.id), language=name_in(ctx.locale, t.language),
                   status="open" if t.claimed_by is None else
                   "mine" if t.claimed_by == me else "claimed",
                   question=t.question[:120]) for t in found]
    rows = [[Button(Text("ticket-button-number", {"ticket": str(t.id)}),
                    Action(ActionKind.TICKET_WRITE, str(t.id)), style=Style.PRIMARY,
                    typed=MAX_MESSAGE),
             Button(Text("ticket-button-claim"), Action(ActionKind.TICKET_CLAIM, str(t.id))),
             Button(Text("ticket-button-close"), Action(ActionKind.TICKET_CLOSE, str(t.id)))]
            for t in found[:SHOWN]]
    ctx.reply("tickets-list", *rows, languages=scope.named, count=len(found),
              tickets="\n".join(lines))

"""/faq and free text in private chats: the best-matching answer, or the list of topics."""

from __future__ import annotations

import logging

from bot.content import FaqEntry
from bot.context import ButtonExpired, Context
from bot.handlers.menu import command_button
from bot.router import Router
from bot.types import Action, ActionKind, Button, Text
from storage import QuestionKind

log = logging.getLogger(__name__)
router = Router("faq")
MAX_LOGGED = 500  # characters of a question kept in the log


def topic_buttons(ctx: Context) -> list[list[Button]]:
    return [[Button(Text(e.title), Action(ActionKind.FAQ, e.id))] for e in ctx.content.faq]


async def topics(ctx: Context) -> None:
    ctx.reply("faq-topics", *topic_buttons(ctx))


def answer(ctx: Context, entry: FaqEntry, rated: int | None = None) -> None:
    """The entry's answer; for a typed question that was logged (`rated`), 👍 and 👎 too."""
    rows = [[command_button("faq", "faq-more")]]
    if rated is not None:
        token = str(rated)
        rows.insert(0, [
            Button(Text("faq-helpful"), Action(ActionKind.FAQ_HELPFUL, entry.id, token)),
            Button(Text("faq-unhelpful"), Action(ActionKind.FAQ_UNHELPFUL, entry.id, token))])
    ctx.reply(entry.answer, *rows, **ctx.content.faq_args(entry))


@router.command("faq")
async def faq(ctx: Context, question: str) -> None:
    """Without a question: the topics as buttons. With one: the best answer, or the topics."""
    if not question:
        await topics(ctx)
    else:
        await ask(ctx, question)


@router.on_text
async def ask(ctx: Context, question: str) -> None:
    """Answers a question typed in the user's own words; when two or three topics fit about
    as well, asks which one is meant (their buttons) instead of guessing."""
    guess = await ctx.services.faq.guess_soon(ctx.locale, question)
    entry = ctx.content.faq_entry(guess.answer.entry_id) if guess.answer else None
    logging_on = ctx.services.settings.faq_log_questions
    if entry is not None:
        logged = await ctx.store.log_question(ctx.locale, question[:MAX_LOGGED],
                                              QuestionKind.ANSWERED, entry.id) \
            if logging_on else None
        answer(ctx, entry, logged)
        await ctx.store.count(ctx.locale, "faq_answered")
        return
    choices = [e for m in guess.choices if (e := ctx.content.faq_entry(m.entry_id))]
    if choices:
        ctx.reply("faq-did-you-mean", *[[Button(Text(e.title), Action(ActionKind.FAQ, e.id))]
                                        for e in choices], [command_button("faq", "faq-more")])
        await ctx.store.count(ctx.locale, "faq_suggested")
        return
    log.debug("no FAQ match in %s", ctx.locale)
    if logging_on:  # the question alone: no user or chat id
        await ctx.store.log_question(ctx.locale, question[:MAX_LOGGED], QuestionKind.UNANSWERED)
    await ctx.store.count(ctx.locale, "faq_unanswered")
    ctx.reply("faq-no-match", *topic_buttons(ctx), [command_button("ask", "ask-button")])


@router.action(ActionKind.FAQ)
async def press_topic(ctx: Context, action: Action) -> None:
    """A topic button shows that answer."""
    entry = ctx.content.faq_entry(action.arg)
    if entry is None:
        raise ButtonExpired(f"no FAQ entry {action.arg!r}")
    answer(ctx, entry)


@router.action(ActionKind.FAQ_HELPFUL)
@router.action(ActionKind.FAQ_UNHELPFUL)
async def rate(ctx: Context, action: Action) -> None:
    """👍 forgets the question; 👎 keeps it for the content editors. Once per answer: the
    buttons go (the message is edited where the platform can)."""
    entry = ctx.content.faq_entry(action.arg)
    if entry is None or not action.token.isdigit() or not await ctx.store.rate_answer(
            int(action.token), action.kind is ActionKind.FAQ_HELPFUL):
        raise ButtonExpired("this answer was rated already")
    answer(ctx, entry)

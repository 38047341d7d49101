"""Runs a step-by-step flow: asks the current question, takes answers, back, skip, resume."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from bot.announce import is_link
from bot.context import ButtonExpired, Context
from bot.flow import FlowDef, QType, Question
from bot.languages import AUTONYMS
from bot.types import Action, ActionKind, Button, Style, Text
from storage import FlowState

Finish = Callable[[Context, dict[str, Any]], Awaitable[None]]
Start = Callable[[Context, FlowState], Awaitable[None]]
CHOICE_KINDS = (QType.SINGLE, QType.SCALE, QType.YESNO, QType.LANGUAGE)


class FlowRunner:
    """One flow definition and what to do with the answers when it is complete.

    The finisher ends the flow itself (in the same transaction as what it stores), or moves
    it on to a confirmation step."""

    def __init__(self, flow: FlowDef, finish: Finish, begin: Start) -> None:
        self.flow = flow
        self.finish = finish
        self.begin = begin  # how a flow starts: see bot/handlers/flows.py

    @property
    def name(self) -> str:
        return self.flow.name

    async def start(self, ctx: Context, answers: dict[str, Any] | None = None) -> None:
        """The first question; with `answers` (changing a response) each question shows the
        answer given before, which one press keeps."""
        first = self.flow.after(None, {})
        assert first is not None  # parse_flow refuses empty flows; the first has no condition
        before = dict(answers or {})
        earlier = before.get(first.id)
        state = FlowState(self.name, first.id, {
            "answers": before, "history": [],
            "picked": list(earlier) if isinstance(earlier, list) else []})
        await self.begin(ctx, state)
        self.ask(ctx, state)

    def ask(self, ctx: Context, state: FlowState, total_before: int | None = None) -> None:
        """The current question with its progress and buttons. When the last answer changed
        how many questions there are (`total_before`), the person is told first."""
        question = self._current(state)
        answers = state.data.get("answers", {})
        step, total = self.flow.progress(question.id, answers)
        rows = self._buttons(question, state)
        nav = []
        if state.data.get("history"):
            nav.append(Button(Text("flow-back"), Action(ActionKind.BACK, token=question.id)))
        given = answers.get(question.id)
        if question.typed and question.id in answers:
            nav.append(Button(Text("flow-keep"), Action(ActionKind.KEEP, token=question.id)))
        if not question.required:
            nav.append(Button(Text("flow-skip"), Action(ActionKind.SKIP, token=question.id)))
        typed = question.typed
        # One message a step (a button press edits it into the next): what changed is said
        # in the step's own message.
        message, extra = "survey-step", dict[str, Any]()
        if total_before is not None and total != total_before:
            message, extra = "survey-step-changed", {"change": total - total_before}
        elif question.typed and given is not None:
            message, extra = "survey-step-current", {"answer": given}
        ctx.reply(message, *rows, nav, step=step, total=total, text_limit=typed,
                  question=ctx.t(self.flow.msg(question)), **extra)

    async def on_text(self, ctx: Context, state: FlowState, text: str) -> None:
        question = self._current(state)
        answer = text.strip()
        if question.type is QType.TEXT:
            if not visible(answer):
                ctx.reply("flow-empty")
            elif len(answer) > question.max_length:
                ctx.reply("flow-too-long", limit=question.max_length)
            else:
                await self._record(ctx, state, question, answer)
                return
        elif question.type in PARSERS:
            value, error = PARSERS[question.type](answer)
            if value is not None:
                await self._record(ctx, state, question, value)
                return
            ctx.reply(error)
        elif question.type is QType.SCALE and answer in question.choices:
            await self._record(ctx, state, question, answer)
            return
        else:
            ctx.reply("flow-choose-button")
        self.ask(ctx, state)

    async def on_action(self, ctx: Context, state: FlowState, action: Action) -> None:
        question = self._current(state)
        answers: dict[str, Any] = state.data.get("answers", {})
        if action.token != question.id:
            if self._repeats(action, answers):
                return  # a double press of a button that was already taken into account
            ctx.reply("flow-not-current")
            self.ask(ctx, state)
            return
        kind = action.kind
        if kind is ActionKind.ANSWER and question.type in CHOICE_KINDS:
            if action.arg not in question.choices:
                raise ButtonExpired(f"{action.arg!r} is no answer to {question.id}")
            await self._record(ctx, state, question, action.arg)
        elif kind in (ActionKind.PICK, ActionKind.UNPICK) and question.type is QType.MULTI:
            if action.arg not in question.options:
                raise ButtonExpired(f"{action.arg!r} is no option of {question.id}")
            picked = set(state.data.get("picked", []))
            (picked.add if kind is ActionKind.PICK else picked.discard)(action.arg)
            state = _with(state, picked=[o for o in question.options if o in picked])
            await self._save(ctx, state)
            self.ask(ctx, state)
        elif kind is ActionKind.DONE and question.type is QType.MULTI:
            chosen = list(state.data.get("picked", []))
            if not chosen and question.required:
                ctx.reply("flow-choose-at-least-one")
                self.ask(ctx, state)
            else:
                await self._record(ctx, state, question, chosen)
        elif kind is ActionKind.SKIP and not question.required:
            await self._record(ctx, state, question, None)
        elif kind is ActionKind.KEEP and question.id in answers:
            await self._record(ctx, state, question, answers[question.id])
        elif kind is ActionKind.BACK and state.data.get("history"):
            await self._back(ctx, state)
        else:
            raise ButtonExpired(f"{kind} does not fit question {question.id}")

    def _repeats(self, action: Action, answers: dict[str, Any]) -> bool:
        if action.token not in answers:
            return False
        given = answers[action.token]
        return (
            (action.kind is ActionKind.ANSWER and given == action.arg)
            or (action.kind is ActionKind.DONE and isinstance(given, list))
            or (action.kind is ActionKind.SKIP and given is None)
        )

    def _current(self, state: FlowState) -> Question:
        question = self.flow.question(state.step)
        if question is None:  # the definition changed under a stored flow
            raise ButtonExpired(f"{self.name} has no question {state.step!r} any more")
        return question

    def _buttons(self, question: Question, state: FlowState) -> list[list[Button]]:
        given = state.data.get("answers", {}).get(question.id)

        def answer(label: Text | str, value: str) -> Button:  # ✓ on the answer given before
            return Button(label, Action(ActionKind.ANSWER, value, question.id),
                          selected=value == given)

        if question.type is QType.SCALE:
            return [[answer(value, value) for value in question.choices]]
        if question.type is QType.YESNO:
            return [[answer(Text("flow-yes"), "yes"), answer(Text("flow-no"), "no")]]
        if question.type is QType.LANGUAGE:
            buttons = [answer(AUTONYMS[code], code) for code in question.choices]
            return [buttons[i : i + 3] for i in range(0, len(buttons), 3)]
        if question.type is QType.SINGLE:
            return [[answer(Text(self.flow.msg(question, o)), o)] for o in question.options]
        if question.type is QType.MULTI:
            picked = set(state.data.get("picked", []))
            rows = [
                [Button(Text(self.flow.msg(question, o)),
                        Action(ActionKind.UNPICK if o in picked else ActionKind.PICK, o,
                               question.id),
                        selected=o in picked)]
                for o in question.options
            ]
            return [*rows, [Button(Text("flow-done"), Action(ActionKind.DONE, token=question.id),
                                   style=Style.CONFIRM)]]
        return []

    async def _record(self, ctx: Context, state: FlowState, question: Question, value: Any) -> None:
        answers = dict(state.data.get("answers", {}))
        total_before = self.flow.progress(question.id, answers)[1]
        answers[question.id] = value
        # Answers to questions whose condition no longer holds (after going back) are dropped.
        kept = {q.id for q in self.flow.applicable(answers)}
        answers = {k: v for k, v in answers.items() if k in kept}
        history = [*state.data.get("history", []), question.id]
        following = self.flow.after(question.id, answers)
        if following is None:
            async with ctx.store.transaction():
                await self.finish(ctx, answers)
            return
        earlier = answers.get(following.id)
        state = FlowState(self.name, following.id, {
            "answers": answers, "history": history,
            "picked": list(earlier) if isinstance(earlier, list) else [],
        })
        await self._save(ctx, state)
        self.ask(ctx, state, total_before)

    async def _back(self, ctx: Context, state: FlowState) -> None:
        history = list(state.data["history"])
        previous = history.pop()
        earlier = state.data.get("answers", {}).get(previous)
        state = FlowState(self.name, previous, {
            **state.data, "history": history,
            "picked": list(earlier) if isinstance(earlier, list) else [],
        })
        await self._save(ctx, state)
        self.ask(ctx, state)

    async def _save(self, ctx: Context, state: FlowState) -> None:
        await ctx.store.set_flow(ctx.user.platform, ctx.user.user_id, state)


def _plain(text: str) -> str:
    """Digits of any script as ASCII, without the marks (left-to-right, right-to-left) that
    keyboards put around numbers."""
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in text
                   if unicodedata.category(ch) != "Cf").strip()


def parse_date(text: str) -> tuple[str | None, str]:
    """2026-11-28, 28.11.2026 or 28/11/2026 (digits of any script), not after tomorrow."""
    digits = _plain(text)
    found = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", digits)
    parts = (found.group(1), found.group(2), found.group(3)) if found else None
    other = re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", digits)
    if other:
        parts = (other.group(3), other.group(2), other.group(1))
    if parts is None:
        return None, "flow-bad-date"
    try:
        day = date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None, "flow-bad-date"
    if day > datetime.now(UTC).date() + timedelta(days=1) or day.year < 2000:
        return None, "flow-bad-date"
    return day.isoformat(), ""


def parse_number(text: str) -> tuple[int | None, str]:
    """A whole number from 1 to 100,000 (digits of any script; spaces, dots and commas that
    group thousands are ignored)."""
    plain = _plain(text)
    if not _NUMBER.fullmatch(plain):  # "1.5" and "2,5" are no whole numbers
        return None, "flow-bad-number"
    value = int(re.sub(r"\D", "", plain))
    return (value, "") if 1 <= value <= 100_000 else (None, "flow-bad-number")


def parse_link(text: str) -> tuple[str | None, str]:
    link = text.strip()
    return (link, "") if is_link(link) else (None, "flow-bad-link")


_NUMBER = re.compile(r"\d+|\d{1,3}(?:[ .,'\u066c\u00a0\u202f]\d{3})+")
PARSERS: dict[QType, Callable[[str], tuple[Any, str]]] = {
    QType.DATE: parse_date, QType.NUMBER: parse_number, QType.LINK: parse_link}


def visible(text: str) -> bool:
    """Whether a typed answer shows anything: zero-width and other format characters alone
    (kept in text for what they join, see bot/core.py) are no answer."""
    return any(unicodedata.category(ch)[0] not in "CZ" for ch in text)


def _with(state: FlowState, **changes: Any) -> FlowState:
    return FlowState(state.name, state.step, {**state.data, **changes})

"""/survey: the survey one question at a time; one response per person, reviewable."""

from __future__ import annotations

from typing import Any

from bot.context import ButtonExpired, Context
from bot.flow import FlowDef, QType, Question
from bot.handlers.flows import current, end, runner
from bot.languages import AUTONYMS
from bot.router import Router
from bot.types import Action, ActionKind, Button, Text
from storage import Response

router = Router("survey")
NAME = "survey"


@router.command("survey")
async def survey(ctx: Context, _args: str) -> None:
    """Resumes a survey in progress, offers to change earlier answers, or starts the survey."""
    running = await current(ctx)
    if running is None or running[1].name != NAME:
        # A survey set aside for another flow comes back to the front.
        parked = await ctx.store.resume_flow(ctx.user.platform, ctx.user.user_id, NAME)
        running = None if parked is None else (runner(ctx, NAME), parked)
    if running is not None:
        ctx.reply("survey-resume")
        running[0].ask(ctx, running[1])
        return
    earlier = await ctx.store.get_response(NAME, ctx.respondent)
    if earlier is not None:
        ctx.reply("survey-done-before", [
            Button(Text("survey-change-answers"), Action(ActionKind.SURVEY_CHANGE)),
            Button(Text("survey-keep-answers"), Action(ActionKind.SURVEY_KEEP)),
        ], summary=summary(ctx, ctx.content.flows[NAME], earlier.answers))
        return
    await begin(ctx)


async def begin(ctx: Context, answers: dict[str, Any] | None = None) -> None:
    ctx.reply("survey-intro")
    await runner(ctx, NAME).start(ctx, answers)


@router.finisher(NAME)
async def save(ctx: Context, answers: dict[str, Any]) -> None:
    """Stores the answers under the pseudonymous id, replacing any earlier response; the same
    transaction ends the flow, so the answers are never lost half way."""
    first = await ctx.store.get_response(NAME, ctx.respondent) is None
    await ctx.store.save_response(Response(NAME, ctx.respondent, ctx.locale, answers))
    if first:  # the report counts responses, not changes to one
        await ctx.store.count(ctx.locale, "survey_responses")
    ctx.reply("survey-thanks")
    await end(ctx)


@router.action(ActionKind.SURVEY_CHANGE)
async def change(ctx: Context, _action: Action) -> None:
    """Goes through the survey again, each question showing the earlier answer (one press
    keeps it); finishing replaces the earlier response."""
    earlier = await ctx.store.get_response(NAME, ctx.respondent)
    if earlier is None:
        raise ButtonExpired("no earlier response to change")
    await begin(ctx, earlier.answers)


@router.action(ActionKind.SURVEY_KEEP)
async def keep(ctx: Context, _action: Action) -> None:
    """Leaves the earlier answers as they are."""
    if await ctx.store.get_response(NAME, ctx.respondent) is None:
        raise ButtonExpired("no earlier response to keep")
    ctx.reply("survey-kept")


def summary(ctx: Context, flow: FlowDef, answers: dict[str, Any]) -> str:
    """One line per answered question, in the user's language."""
    lines = [
        ctx.t("survey-summary-line",
              question=ctx.services.i18n.title(ctx.locale, flow.msg(q)),
              answer=show_answer(ctx, flow, q, answers[q.id]))
        for q in flow.applicable(answers) if q.id in answers
    ]
    return "\n".join(lines)


def show_answer(ctx: Context, flow: FlowDef, question: Question, value: Any) -> str:
    if value is None:
        return ctx.t("flow-skipped")
    if question.type in (QType.SINGLE, QType.MULTI):
        values = value if isinstance(value, list) else [value]
        return ", ".join(ctx.t(flow.msg(question, v)) for v in values)
    if question.type is QType.YESNO:
        return ctx.t("flow-yes" if value == "yes" else "flow-no")
    if question.type is QType.LANGUAGE:
        return AUTONYMS.get(str(value), str(value))
    return str(value)

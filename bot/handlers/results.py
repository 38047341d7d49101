"""/results: the survey chart for the languages a liaison serves (admins: all languages)."""

from __future__ import annotations

from bot.context import Context
from bot.offload import in_process
from bot.roles import scope_of
from bot.router import Router
from bot.survey_report import chart_png, labels

router = Router("results")
SURVEY = "survey"


@router.command("results")
async def results(ctx: Context, _args: str) -> None:
    """Sends a chart of the answers per question, broken down by language, in the asker's
    language, with a caption."""
    scope = await scope_of(ctx, "results-not-allowed")
    if scope is None:
        return
    responses = [r for r in await ctx.store.list_responses(SURVEY) if scope.holds(r.language)]
    named = scope.named
    if not responses:
        ctx.reply("results-none", languages=named)
        return
    # Drawing takes seconds with many responses: in another process, so nobody waits for it.
    # Its texts are in the asker's language, looked up here (the worker has no translations).
    flow = ctx.content.flows[SURVEY]
    texts = labels(flow, ctx.services.i18n, ctx.locale, len(responses), scope.languages)
    image = await in_process(chart_png, flow, responses, texts)
    ctx.reply("results-caption", image=image, languages=named, count=len(responses))

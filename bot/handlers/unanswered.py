"""/unanswered: what people asked that the FAQ could not answer, or whose answer got a 👎, in
the last 30 days, for liaisons (their languages) and admins (all). No one's id is kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.clock import iso
from bot.context import Context
from bot.language_names import name_in
from bot.roles import scope_of
from bot.router import Router
from storage import QuestionKind

router = Router("unanswered")
KEPT = timedelta(days=30)
SHOWN = 30  # the most recent questions in one answer
SHOWN_LENGTH = 200  # characters of each


@router.command("unanswered")
async def unanswered(ctx: Context, _args: str) -> None:
    """Lists the latest unanswered and unhelpful questions of the asker's languages."""
    scope = await scope_of(ctx, "unanswered-not-allowed")
    if scope is None:
        return
    named = scope.named
    found = await ctx.store.logged_questions(scope.languages, iso(datetime.now(UTC) - KEPT),
                                             SHOWN)
    if not found:
        ctx.reply("unanswered-none", languages=named)
        return
    lines = []
    for question in found:
        entry = ctx.content.faq_entry(question.entry or "")
        text = question.question[:SHOWN_LENGTH]
        if question.kind is QuestionKind.UNHELPFUL and entry is not None:
            lines.append(ctx.t("unanswered-line-unhelpful", question=text,
                               language=name_in(ctx.locale, question.locale),
                               topic=ctx.t(entry.title)))
        else:
            lines.append(ctx.t("unanswered-line", question=text,
                               language=name_in(ctx.locale, question.locale)))
    ctx.reply("unanswered-list", languages=named, count=len(found), questions="\n".join(lines))

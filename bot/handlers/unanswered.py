"""/unanswered: what people asked that the FAQ could not answer, or whose answer got a 👎, in
the last 30 days, for liaisons (their languages) and admins (all). No one's id is kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.clock import iso
from bot.context import Context
from bot.language_names import name_in, names_in
from bot.roles import languages_of
from bot.router import Router
from storage import QuestionKind

router = Router("unanswered")
KEPT = timedelta(days=30)
SHOWN = 30  # the most recent questions in one answer
SHOWN_LENGTH = 200  # characters of each


@router.command("unanswered")
async def unanswered(ctx: Context, _args: str) -> None:
    """Lists the latest unanswered and unhelpful questions of the asker's languages."""
    languages = await languages_of(ctx.store, ctx.services.settings, ctx.user.platform,
                                   ctx.user.user_id)
    if languages is not None and not languages:
        ctx.refuse("unanswered-not-allowed")
        return
    scope = tuple(sorted(languages)) if languages is not None else None
    named = ctx.t("results-all-languages") if scope is None else names_in(ctx.locale, scope)
    found = await ctx.store.logged_questions(scope, iso(datetime.now(UTC) - KEPT), SHOWN)
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

"""/report [month]: the monthly report of the asker's languages (liaisons) or of all (admins):
counts as a table in their language, and a chart."""

from __future__ import annotations

from datetime import UTC, datetime

from bot import report as monthly
from bot.context import Context
from bot.language_names import names_in
from bot.offload import in_process
from bot.roles import languages_of
from bot.router import Router

router = Router("report")


@router.command("report")
async def report(ctx: Context, args: str) -> None:
    """The table and chart of a month (by default the last one complete)."""
    languages = await languages_of(ctx.store, ctx.services.settings, ctx.user.platform,
                                   ctx.user.user_id)
    if languages is not None and not languages:
        ctx.refuse("report-not-allowed")
        return
    month = args.strip() or monthly.previous_month(datetime.now(UTC).date())
    try:
        monthly.parse_month(month)
    except monthly.BadMonth:
        ctx.refuse("report-bad-month", month=month[:20])
        return
    scope = tuple(sorted(languages)) if languages is not None else None
    named = ctx.t("results-all-languages") if scope is None else names_in(ctx.locale, scope)
    found = await monthly.monthly(ctx.store, month, scope)
    i18n = ctx.services.i18n
    image = await in_process(monthly.chart_png, found,
                             *monthly.chart_texts(i18n, ctx.locale, found, named))
    ctx.reply("report-table", image=image, **monthly.table(i18n, ctx.locale, found, named))

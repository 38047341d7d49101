"""/report [month]: the monthly report of the asker's languages (liaisons) or of all (admins):
counts as a table in their language, and a chart."""

from __future__ import annotations

from datetime import UTC, datetime

from bot import report as monthly
from bot.context import Context
from bot.offload import in_process
from bot.roles import scope_of
from bot.router import Router

router = Router("report")


@router.command("report")
async def report(ctx: Context, args: str) -> None:
    """The table and chart of a month (by default the last one complete)."""
    scope = await scope_of(ctx, "report-not-allowed")
    if scope is None:
        return
    month = args.strip() or monthly.previous_month(datetime.now(UTC).date())
    try:
        monthly.parse_month(month)
    except monthly.BadMonth:
        ctx.refuse("report-bad-month", month=month[:20])
        return
    found = await monthly.monthly(ctx.store, month, scope.languages)
    i18n = ctx.services.i18n
    image = await in_process(monthly.chart_png, found,
                             *monthly.chart_texts(i18n, ctx.locale, found, scope.named))
    ctx.reply("report-table", image=image,
              **monthly.table(i18n, ctx.locale, found, scope.named))

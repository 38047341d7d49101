"""The monthly report per language: counts read from the daily counters (which hold no user
ids), as a table in the reader's language and a chart drawn away from the event loop."""

from __future__ import annotations

import calendar
import io
import re
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from bot.i18n import Translator
from bot.languages import DEFAULT
from bot.survey_chart import FAMILIES, INK, MUTED, can_draw
from storage import Store

_MONTH = re.compile(r"(\d{4})-(\d{2})")
# What the report shows, in order: the counter names it adds up.
FIELDS = ("new", "active_month", "faq_answered", "faq_unanswered", "faq_suggested",
          "survey_responses", "discussions", "tickets_opened", "tickets_answered",
          "announcements", "delivered_sent", "delivered_skipped", "delivered_failed")
SERIES = ("active_day", "faq_answered", "faq_unanswered", "tickets_opened", "survey_responses")
COLOURS = ("#1f77b4", "#2ca02c", "#d62728", "#9467bd", "#ff7f0e")


class BadMonth(ValueError):
    """Not a month as YYYY-MM."""


def parse_month(text: str) -> tuple[str, str]:
    """'2026-11' -> ('2026-11-01', '2026-11-30')."""
    found = _MONTH.fullmatch(text.strip())
    if not found or not 1 <= int(found.group(2)) <= 12 or int(found.group(1)) < 2000:
        raise BadMonth(text)
    year, month = int(found.group(1)), int(found.group(2))
    last = calendar.monthrange(year, month)[1]
    return date(year, month, 1).isoformat(), date(year, month, last).isoformat()


def previous_month(today: date) -> str:
    first = today.replace(day=1)
    year, month = (first.year, first.month - 1) if first.month > 1 else (first.year - 1, 12)
    return f"{year:04d}-{month:02d}"


@dataclass(frozen=True)
class MonthReport:
    month: str
    totals: Mapping[str, int]  # FIELDS -> sum over the month and languages
    days: tuple[str, ...]  # every day of the month
    series: Mapping[str, tuple[int, ...]]  # SERIES -> a value per day
    median_answer: int | None  # seconds to a ticket's first answer, if any was answered


def table(i18n: Translator, locale: str, report: MonthReport, languages: str
          ) -> dict[str, Any]:
    """The variables of the report-table message in the reader's language (the median time
    to a first answer as hours and minutes)."""
    median = report.median_answer
    waited = i18n.format(locale, "report-no-answer") if median is None else i18n.format(
        locale, "report-duration", {"hours": median // 3600, "minutes": median % 3600 // 60})
    return {**table_args(report), "languages": languages, "median": waited}


def chart_texts(i18n: Translator, locale: str, report: MonthReport, languages: str
                ) -> tuple[str, list[str], bool, tuple[str, list[str]]]:
    def words(code: str) -> tuple[str, list[str]]:
        title = i18n.format(code, "report-chart-title", {"month": report.month,
                                                          "languages": languages})
        return title, [i18n.format(code, f"report-series-{name}") for name in SERIES]

    title, labels = words(locale)
    return title, labels, i18n.is_rtl(locale), words(DEFAULT)


async def monthly(store: Store, month: str, languages: tuple[str, ...] | None) -> MonthReport:
    first, last = parse_month(month)
    counts = await store.counts(first, last, languages)
    times = await store.answer_times(first, last, languages)
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    days = tuple(date(start.year, start.month, d).isoformat() for d in range(1, end.day + 1))
    totals = {name: sum(v for (_, n), v in counts.items() if n == name) for name in FIELDS}
    series = {name: tuple(counts.get((day, name), 0) for day in days) for name in SERIES}
    median = int(statistics.median(times)) if times else None
    return MonthReport(month, totals, days, series, median)


def table_args(report: MonthReport) -> dict[str, int | str]:
    """The Fluent variables of report-table (the median is formatted by the caller)."""
    t = report.totals
    return {"month": report.month, "new": t["new"], "active": t["active_month"],
            "answered": t["faq_answered"], "unanswered": t["faq_unanswered"],
            "suggested": t["faq_suggested"], "survey": t["survey_responses"],
            "discussions": t["discussions"], "opened": t["tickets_opened"],
            "replied": t["tickets_answered"], "announcements": t["announcements"],
            "sent": t["delivered_sent"], "skipped": t["delivered_skipped"],
            "failed": t["delivered_failed"]}


def chart_png(report: MonthReport, title: str, labels: Sequence[str], rtl: bool,
              english: tuple[str, Sequence[str]]) -> bytes:
    """A line per series over the month's days (run in a worker process: see bot/offload);
    in English where the fonts here cannot draw the reader's script."""
    if not can_draw([title, *labels], rtl):
        title, labels = english[0], english[1]
    fig = Figure(figsize=(12, 5), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    x = range(1, len(report.days) + 1)
    for name, label, colour in zip(SERIES, labels, COLOURS, strict=True):
        ax.plot(x, report.series[name], label=label, color=colour, linewidth=2, marker="o",
                markersize=3)
    ax.set_title(title, loc="left", fontsize=15, fontweight="bold", color=INK,
                 fontfamily=list(FAMILIES))
    ax.set_xlim(1, len(report.days))
    ax.set_xticks([d for d in x if d == 1 or d % 5 == 0])
    ax.grid(axis="y", color="#e5e5e5")
    ax.tick_params(colors=MUTED)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.set_ylim(bottom=0)
    ax.legend(loc="upper left", frameon=False, prop={"family": list(FAMILIES)})
    out = io.BytesIO()
    fig.savefig(out, format="png", facecolor="white")
    return out.getvalue()

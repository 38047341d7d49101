"""`discussions export` and `report --month`: shared discussion results as CSV or JSON (the
survey export's conventions), and the monthly report as a table and a chart."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys

from bot.cli_args import plural
from bot.cli_survey import spreadsheet_safe, write
from bot.settings import Settings
from storage import Discussion, Store

COLUMNS = ("id", "group", "language", "date", "participants", "themes", "conclusions", "link",
           "shared_at")


def row(d: Discussion) -> dict[str, str | int | list[str]]:
    return {"id": d.id, "group": d.group, "language": d.language, "date": d.held_on,
            "participants": d.participants, "themes": list(d.themes),
            "conclusions": d.conclusions, "link": d.link, "shared_at": d.created_at}


async def discussions(store: Store, args: argparse.Namespace) -> int:
    """Oldest first; no one's id (who shared it is kept only for /forget)."""
    found = list(reversed(await store.discussions(tuple(args.lang) or None)))
    if args.format == "json":
        text = json.dumps([row(d) for d in found], ensure_ascii=False, indent=2) + "\n"
    else:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        for d in found:
            flat = {k: ";".join(v) if isinstance(v, list) else v for k, v in row(d).items()}
            writer.writerow({k: spreadsheet_safe(v) if isinstance(v, str) else v
                             for k, v in flat.items()})
        text = buffer.getvalue()
    data = text.encode("utf-8-sig" if args.format == "csv" else "utf-8")  # BOM: see survey
    if args.out is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return 0
    if not write(args.out, data):
        return 2
    print(f"{plural(len(found), 'discussion')} written to {args.out}", file=sys.stderr)
    return 0


async def report(settings: Settings, store: Store, args: argparse.Namespace) -> int:
    """The month's counts in English (one table), and the chart if asked for."""
    from bot import report as monthly
    from bot.i18n import Translator
    from bot.language_names import names_in

    en = Translator(settings.locales_dir)
    scope = tuple(args.lang) or None
    named = "all languages" if scope is None else names_in("en", scope)
    found = await monthly.monthly(store, args.month, scope)
    print(en.format("en", "report-table", monthly.table(en, "en", found, named)))
    if args.chart is not None:
        image = monthly.chart_png(found, *monthly.chart_texts(en, "en", found, named))
        if not write(args.chart, image):
            return 2
        print(f"\nchart written to {args.chart}")
    return 0

"""`survey export` and `survey stats`: the responses as CSV or JSON, counts and a chart."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path

from bot.cli_args import plural
from bot.content import load_content
from bot.flow import FlowDef
from bot.settings import Settings
from bot.survey_report import as_json, columns, counts, flat_row
from storage import Response, Store

SURVEY = "survey"


async def survey(settings: Settings, store: Store, args: argparse.Namespace) -> int:
    flow = load_content(settings.content_file).flows[SURVEY]
    responses = await store.list_responses(SURVEY)
    if args.action == "export":
        return export(flow, responses, args.format, args.out)
    return stats(settings, flow, responses, args.chart)


def export(flow: FlowDef, responses: list[Response], form: str, out: Path | None) -> int:
    if form == "json":
        text = json.dumps(as_json(flow, responses), ensure_ascii=False, indent=2) + "\n"
    else:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns(flow), lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(
            {k: spreadsheet_safe(v) for k, v in flat_row(flow, r).items()} for r in responses
        )
        text = buffer.getvalue()
    # CSV gets a byte order mark, in a file and on stdout alike (`export > answers.csv` is the
    # usual way): spreadsheet programs then read it as UTF-8, not ANSI. Bytes, not text, so
    # that a terminal's encoding cannot change or refuse a character.
    data = text.encode("utf-8-sig" if form == "csv" else "utf-8")
    if out is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return 0
    if not write(out, data):
        return 2
    print(f"{plural(len(responses), 'response')} written to {out}", file=sys.stderr)
    return 0


def stats(settings: Settings, flow: FlowDef, responses: list[Response], chart: Path | None) -> int:
    from bot.i18n import Translator

    en = Translator(settings.locales_dir)  # parses English only, on first use
    print(plural(len(responses), "response"))
    for qid, answers in counts(flow, responses).items():
        print(f"\n{qid}: {en.format('en', f'{SURVEY}-{qid}')}")
        for answer, by_language in answers.items():
            detail = ", ".join(f"{lang} {n}" for lang, n in sorted(by_language.items()))
            print(f"  {answer:<14} {sum(by_language.values()):5}   {detail}")
    if chart is not None:
        from bot.survey_report import chart_png, labels

        image = chart_png(flow, responses, labels(flow, en, "en", len(responses)))
        if not write(chart, image):
            return 2
        print(f"\nchart written to {chart}")
    return 0


def write(path: Path, data: bytes) -> bool:
    """The file written, or one line saying why not (the folder went away, the disk is full)."""
    try:
        path.write_bytes(data)
    except OSError as error:
        print(f"cannot write {path}: {error.strerror or error}", file=sys.stderr)
        return False
    return True


def spreadsheet_safe(cell: str) -> str:
    """A free-text answer starting with = + - @ would run as a formula in a spreadsheet;
    a leading apostrophe makes the program show it as the text that was typed."""
    return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell

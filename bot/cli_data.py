"""Command-line verbs for operators: survey export and stats, volunteer list, roles."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path

from bot.announce import MAX_TEXT as MAX_ANNOUNCEMENT
from bot.announce import enqueue, is_link
from bot.bootstrap import Texts
from bot.clock import iso, now_iso
from bot.events import EventError, parse_start
from bot.languages import LOCALES
from bot.settings import Settings
from bot.survey_report import as_json, chart_png, columns, counts, flat_row, labels
from storage import Store, open_store

SURVEY = "survey"


def add_parsers(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    survey = verbs.add_parser("survey", help="export survey responses or show statistics")
    what = survey.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = what.add_parser("export", help="one row per response (pseudonymous ids only)")
    export.add_argument("--format", choices=("csv", "json"), default="csv")
    export.add_argument("--out", metavar="FILE", help="write to FILE instead of the screen")
    stats = what.add_parser("stats", help="counts per answer and language; optionally a chart")
    stats.add_argument("--chart", metavar="FILE.png", help="also draw the chart into FILE.png")
    volunteer = verbs.add_parser("volunteer", help="list volunteer sign-ups")
    volunteer.add_subparsers(dest="action", metavar="ACTION", required=True).add_parser(
        "list", help="every sign-up, oldest first")
    role = verbs.add_parser("role", help="grant, revoke or list liaison roles")
    roles = role.add_subparsers(dest="action", metavar="ACTION", required=True)
    grant = roles.add_parser("grant", help="make someone a liaison for languages")
    grant.add_argument("who", metavar="PLATFORM:USER_ID")
    grant.add_argument("--lang", required=True, help="comma-separated codes, e.g. de,fr")
    revoke = roles.add_parser("revoke", help="take the liaison role away")
    revoke.add_argument("who", metavar="PLATFORM:USER_ID")
    roles.add_parser("list", help="everyone with a role")
    roles.add_parser("audit", help="every grant, revoke and announcement, newest first")
    events = verbs.add_parser("events", help="add or list events")
    what_events = events.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = what_events.add_parser("add", help="add an event")
    add.add_argument("--title", required=True)
    add.add_argument("--at", required=True, metavar="YYYY-MM-DDTHH:MM", help="local start time")
    add.add_argument("--tz", default="UTC", help="IANA time zone, e.g. Europe/Berlin")
    add.add_argument("--lang", default="", help="comma-separated codes (default: every language)")
    add.add_argument("--link", default="")
    what_events.add_parser("list", help="upcoming events")
    announce = verbs.add_parser("announce", help="send an announcement, or list failures")
    announce.add_argument("action", nargs="?", choices=("send", "report"), default="send")
    announce.add_argument("--lang", action="append", default=[],
                          help="a language code; repeat with --text for per-language versions")
    announce.add_argument("--text", action="append", default=[],
                          help="the text (one, or one per --lang, in the same order)")
    announce.add_argument("--link", default="")
    announce.add_argument("--at", metavar="YYYY-MM-DDTHH:MM", help="send later (UTC)")
    announce.add_argument("--id", type=int, help="report: one announcement's every delivery")


async def run(settings: Settings, args: argparse.Namespace) -> int:
    store = await open_store(settings.database_url)
    try:
        if args.verb == "survey":
            return await survey(settings, store, args)
        if args.verb == "volunteer":
            return await volunteers(store)
        if args.verb == "events":
            return await events_cli(store, args)
        if args.verb == "announce":
            return await announce_cli(settings, store, args)
        return await role(store, args)
    finally:
        await store.close()


async def survey(settings: Settings, store: Store, args: argparse.Namespace) -> int:
    texts = Texts.load(settings)
    flow = texts.content.flows[SURVEY]
    responses = await store.list_responses(SURVEY)
    if args.action == "export":
        if args.format == "json":
            text = json.dumps(as_json(flow, responses), ensure_ascii=False, indent=2) + "\n"
        else:
            buffer = io.StringIO()
            writer = csv.DictWriter(buffer, fieldnames=columns(flow), lineterminator="\r\n")
            writer.writeheader()
            writer.writerows(
                {k: spreadsheet_safe(v) for k, v in flat_row(flow, r).items()} for r in responses
            )
            text = buffer.getvalue()
        # CSV gets a byte order mark: spreadsheet programs then read it as UTF-8, not ANSI.
        encoding = "utf-8-sig" if args.format == "csv" else "utf-8"
        if args.out:
            Path(args.out).write_text(text, encoding=encoding, newline="")
            print(f"{len(responses)} responses written to {args.out}", file=sys.stderr)
        else:
            sys.stdout.write(text)
        return 0
    en = texts.i18n
    print(f"{len(responses)} responses")
    for qid, answers in counts(flow, responses).items():
        print(f"\n{qid}: {en.format('en', f'{SURVEY}-{qid}')}")
        for answer, by_language in answers.items():
            detail = ", ".join(f"{lang} {n}" for lang, n in sorted(by_language.items()))
            print(f"  {answer:<14} {sum(by_language.values()):5}   {detail}")
    if args.chart:
        image = chart_png(flow, responses, labels(flow, lambda m: en.format("en", m)),
                          f"Survey results: {len(responses)} responses")
        Path(args.chart).write_bytes(image)
        print(f"\nchart written to {args.chart}")
    return 0


def spreadsheet_safe(cell: str) -> str:
    """A free-text answer starting with = + - @ would run as a formula in a spreadsheet;
    a leading apostrophe makes the program show it as the text that was typed."""
    return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell


async def volunteers(store: Store) -> int:
    rows = await store.list_volunteers()
    for v in rows:
        print(f"{v.created_at}  {v.platform}:{v.user_id}  {v.language:<8} {v.group}  ({v.contact})")
    print(f"{len(rows)} sign-ups", file=sys.stderr)
    return 0


async def role(store: Store, args: argparse.Namespace) -> int:
    if args.action == "audit":
        for at, actor, action, detail in await store.audit_log(500):
            print(f"{at}  {actor:<20} {action:<9} {detail}")
        return 0
    if args.action == "list":
        for r in await store.list_roles():
            since = r.granted_at
            print(f"{r.platform}:{r.user_id}  {r.role}  {','.join(r.languages)}  since {since}")
        return 0
    platform, sep, user_id = args.who.partition(":")
    if not sep or not platform or not user_id:
        print(f"{args.who!r} is not PLATFORM:USER_ID (e.g. telegram:1234)", file=sys.stderr)
        return 2
    if args.action == "revoke":
        done = await store.revoke_role(platform, user_id, "liaison")
        if done:
            await store.audit("cli", "revoke", f"{platform}:{user_id} liaison",
                              subject=f"{platform}:{user_id}")
        print("revoked" if done else "had no liaison role")
        return 0
    languages = tuple(code.strip() for code in args.lang.split(",") if code.strip())
    unknown = [code for code in languages if code not in LOCALES]
    if not languages or unknown:
        print(f"unknown language codes {unknown}; use some of: {', '.join(LOCALES)}",
              file=sys.stderr)
        return 2
    async with store.transaction():
        await store.grant_role(platform, user_id, "liaison", languages)
        await store.audit("cli", "grant", f"{platform}:{user_id} liaison for "
                          f"{','.join(languages)}", subject=f"{platform}:{user_id}")
    print(f"{platform}:{user_id} is liaison for {', '.join(languages)}")
    return 0


async def events_cli(store: Store, args: argparse.Namespace) -> int:
    if args.action == "list":
        for e in await store.upcoming_events(now_iso()):
            print(f"#{e.id}  {e.starts_at}  {e.timezone:<16} {','.join(e.languages) or 'all':<12} "
                  f"{e.title}  {e.link}")
        return 0
    languages = tuple(c.strip() for c in args.lang.split(",") if c.strip())
    unknown = [c for c in languages if c not in LOCALES]
    try:
        if unknown:
            raise EventError(f"unknown language codes {unknown}")
        if args.link and not is_link(args.link):
            raise EventError(f"{args.link!r} is not a link starting with https://")
        start = parse_start(args.at, args.tz)
    except EventError as error:
        print(error, file=sys.stderr)
        return 2
    event = await store.add_event(args.title, iso(start), args.tz, languages, args.link, "cli")
    await store.audit("cli", "event", f"#{event} {args.title} at {iso(start)}")
    print(f"event #{event} added, starting {iso(start)}")
    return 0


async def announce_cli(settings: Settings, store: Store, args: argparse.Namespace) -> int:
    if args.action == "report":
        rows = await store.delivery_report(args.id)
        for d in rows:
            print(f"#{d.announcement_id}  {d.platform}:{d.chat_id:<20} {d.language:<8} "
                  f"{d.status:<8} attempts {d.attempts}  {d.reason}")
        counts = await store.delivery_counts()
        print(", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "nothing queued",
              file=sys.stderr)
        return 0
    languages = [c.strip() for c in args.lang]
    texts = args.text
    if not languages or not texts or (len(texts) != 1 and len(texts) != len(languages)):
        print("give --lang (repeatable) and --text: one text, or one per --lang",
              file=sys.stderr)
        return 2
    unknown = [c for c in languages if c not in LOCALES]
    too_long = [t for t in texts if len(t) > MAX_ANNOUNCEMENT]
    if unknown or too_long or (args.link and not is_link(args.link)):
        print(f"unknown codes {unknown}, or a text over {MAX_ANNOUNCEMENT} characters, or a link "
              "that does not start with https://", file=sys.stderr)
        return 2
    send_at = now_iso()
    if args.at:
        try:
            send_at = iso(parse_start(args.at, "UTC"))
        except EventError as error:
            print(error, file=sys.stderr)
            return 2
    if len(texts) == 1:
        texts = texts * len(languages)
    versions = dict(zip(languages, texts, strict=True))
    texts_ = Texts.load(settings)
    announcement, count = await enqueue(store, texts_.i18n, "cli", None, versions, args.link,
                                        send_at)
    print(f"announcement #{announcement} queued for {count} recipients, from {send_at}")
    return 0

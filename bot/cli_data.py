"""Command-line verbs for operators: survey export and stats, volunteers, roles, events and
announcements. Each verb imports what it uses when it runs: `role list` parses no translation."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from bot import cli_args as arg
from bot.cli_args import UsageError, plural
from bot.settings import Settings

if TYPE_CHECKING:
    from storage import Store


def add_parsers(verbs: argparse._SubParsersAction[arg.OneLineParser]) -> None:
    survey = verbs.add_parser("survey", help="export survey responses or show statistics")
    what = survey.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = what.add_parser("export", help="one row per response (pseudonymous ids only)")
    export.add_argument("--format", choices=("csv", "json"), default="csv")
    export.add_argument("--out", metavar="FILE", type=arg.output_file,
                        help="write to FILE instead of the screen")
    stats = what.add_parser("stats", help="counts per answer and language; optionally a chart")
    stats.add_argument("--chart", metavar="FILE.png", type=arg.png_file,
                       help="also draw the chart into FILE.png")
    volunteer = verbs.add_parser("volunteer", help="list volunteer sign-ups")
    volunteer.add_subparsers(dest="action", metavar="ACTION", required=True).add_parser(
        "list", help="every sign-up, oldest first")
    role = verbs.add_parser("role", help="grant, revoke or list liaison roles")
    roles = role.add_subparsers(dest="action", metavar="ACTION", required=True)
    grant = roles.add_parser("grant", help="make someone a liaison for languages")
    grant.add_argument("who", metavar="PLATFORM:USER_ID", type=arg.user_key,
                       help=f"platform ({', '.join(arg.PLATFORMS)}) and user id")
    grant.add_argument("--lang", required=True, type=arg.some_language_codes,
                       help="comma-separated codes, e.g. de,fr")
    revoke = roles.add_parser("revoke", help="take the liaison role away")
    revoke.add_argument("who", metavar="PLATFORM:USER_ID", type=arg.user_key)
    roles.add_parser("list", help="everyone with a role")
    roles.add_parser("audit", help="every grant, revoke and announcement, newest first")
    events = verbs.add_parser("events", help="add or list events")
    what_events = events.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = what_events.add_parser("add", help="add an event")
    add.add_argument("--title", required=True, type=arg.event_title)
    add.add_argument("--at", required=True, metavar="YYYY-MM-DDTHH:MM", type=arg.local_time,
                     help="local start time (to come)")
    add.add_argument("--tz", default="UTC", type=arg.time_zone,
                     help="IANA time zone, e.g. Europe/Berlin")
    add.add_argument("--lang", default=(), type=arg.language_codes,
                     help="comma-separated codes (default: every language)")
    add.add_argument("--link", default="", type=arg.link)
    what_events.add_parser("list", help="upcoming events")
    faq = verbs.add_parser("faq", help="what the FAQ could not answer (no user ids)")
    faq.add_subparsers(dest="action", metavar="ACTION", required=True).add_parser(
        "unanswered", help="questions unanswered or rated 👎 in the last 30 days, newest first"
    ).add_argument("--lang", default=(), type=arg.language_codes,
                   help="comma-separated codes (default: every language)")
    shared = verbs.add_parser("discussions", help="export the discussion results people shared")
    out = shared.add_subparsers(dest="action", metavar="ACTION", required=True).add_parser(
        "export", help="one row per discussion, oldest first (no one's id)")
    out.add_argument("--format", choices=("csv", "json"), default="csv")
    out.add_argument("--lang", default=(), type=arg.language_codes,
                     help="comma-separated codes (default: every language)")
    out.add_argument("--out", metavar="FILE", type=arg.output_file,
                     help="write to FILE instead of the screen")
    report = verbs.add_parser("report", help="the monthly report: counts per language")
    report.add_argument("--month", required=True, type=arg.month, metavar="YYYY-MM")
    report.add_argument("--lang", default=(), type=arg.language_codes,
                        help="comma-separated codes (default: every language)")
    report.add_argument("--chart", metavar="FILE.png", type=arg.png_file,
                        help="also draw the chart into FILE.png")
    announce = verbs.add_parser("announce", help="send an announcement, or list failures")
    announce.add_argument("action", nargs="?", choices=("send", "report"), default="send")
    announce.add_argument("--lang", action=arg.AppendOnce, default=[], type=arg.language_code,
                          help="a language code; repeat with --text for per-language versions")
    announce.add_argument("--text", action="append", default=[], type=arg.announcement_text,
                          help="the text (one, or one per --lang, in the same order)")
    announce.add_argument("--link", default="", type=arg.link)
    announce.add_argument("--at", metavar="YYYY-MM-DDTHH:MM", type=arg.utc_time,
                          help="send later (UTC)")
    announce.add_argument("--id", type=int, help="report: one announcement's every delivery")


def check(args: argparse.Namespace) -> None:
    """What argparse cannot see one argument at a time; raises UsageError before any database
    is opened (a refused command creates no file)."""
    if args.verb == "events" and args.action == "add":
        from bot.clock import iso
        from bot.events import EventError, parse_start

        try:
            args.start = parse_start(args.at, args.tz)
        except EventError as error:
            raise UsageError(str(error)) from None
        if args.start <= datetime.now(UTC):
            raise UsageError(f"{args.at} in {args.tz} ({iso(args.start)}) is in the past")
    if args.verb != "announce":
        return
    if args.action == "report":
        given = [flag for flag in ("lang", "text", "link", "at") if getattr(args, flag)]
        if given:
            raise UsageError("announce report takes only --id, not " +
                             ", ".join(f"--{flag}" for flag in given))
    elif args.id is not None:
        raise UsageError("--id is for announce report")
    elif not args.text:
        raise UsageError("give the announcement's text with --text")
    elif not args.lang:
        raise UsageError("give its language with --lang (repeat --lang for more)")
    elif len(args.text) not in (1, len(args.lang)):
        raise UsageError(f"{len(args.text)} texts for {plural(len(args.lang), 'language')}: "
                         "give one --text for all, or one per --lang, in the same order")


async def run(settings: Settings, args: argparse.Namespace) -> int:
    check(args)
    from storage import open_store

    store = await open_store(settings.database_url)
    try:
        if args.verb == "survey":
            from bot.cli_survey import survey

            return await survey(settings, store, args)
        if args.verb == "volunteer":
            return await volunteers(store)
        if args.verb == "events":
            return await events_cli(store, args)
        if args.verb == "announce":
            return await announce_cli(settings, store, args)
        if args.verb == "faq":
            return await unanswered(store, args.lang)
        if args.verb in ("discussions", "report"):
            from bot import cli_campaign

            if args.verb == "report":
                return await cli_campaign.report(settings, store, args)
            return await cli_campaign.discussions(store, args)
        return await role(store, args)
    finally:
        await store.close()


async def volunteers(store: Store) -> int:
    rows = await store.list_volunteers()
    for v in rows:
        print(f"{v.created_at}  {v.platform}:{v.user_id}  {v.language:<8} {v.group}  ({v.contact})")
    print(plural(len(rows), "sign-up"), file=sys.stderr)
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
    platform, user_id = args.who
    if args.action == "revoke":
        done = await store.revoke_role(platform, user_id, "liaison")
        if done:
            await store.audit("cli", "revoke", f"{platform}:{user_id} liaison",
                              subject=f"{platform}:{user_id}")
        print("revoked" if done else "had no liaison role")
        return 0
    languages = args.lang
    async with store.transaction():
        await store.grant_role(platform, user_id, "liaison", languages)
        await store.audit("cli", "grant", f"{platform}:{user_id} liaison for "
                          f"{','.join(languages)}", subject=f"{platform}:{user_id}")
    print(f"{platform}:{user_id} is liaison for {', '.join(languages)}")
    return 0


async def events_cli(store: Store, args: argparse.Namespace) -> int:
    from bot.clock import iso, now_iso

    if args.action == "list":
        for e in await store.upcoming_events(now_iso()):
            print(f"#{e.id}  {e.starts_at}  {e.timezone:<16} {','.join(e.languages) or 'all':<12} "
                  f"{e.title}  {e.link}")
        return 0
    start = iso(args.start)
    event = await store.add_event(args.title, start, args.tz, args.lang, args.link, "cli")
    await store.audit("cli", "event", f"#{event} {args.title} at {start}")
    print(f"event #{event} added, starting {start}")
    return 0


async def announce_cli(settings: Settings, store: Store, args: argparse.Namespace) -> int:
    if args.action == "report":
        return await report(store, args.id)
    from bot.announce import enqueue
    from bot.clock import now_iso
    from bot.i18n import Translator

    texts = args.text * len(args.lang) if len(args.text) == 1 else args.text
    versions = dict(zip(args.lang, texts, strict=True))
    send_at = args.at or now_iso()
    # Translations are parsed per locale on first use: only these languages' (for the header).
    i18n = Translator(settings.locales_dir)
    announcement, count = await enqueue(store, i18n, "cli", None, versions, args.link, send_at)
    print(f"announcement #{announcement} queued for {plural(count, 'recipient')}, from {send_at}")
    return 0


async def report(store: Store, announcement: int | None) -> int:
    """Every skipped or failed delivery; with an id, that announcement's every delivery."""
    rows = await store.delivery_report(announcement)
    if announcement is not None and not rows:
        print(f"no announcement #{announcement} (none with that number has a delivery)",
              file=sys.stderr)
        return 1
    for d in rows:
        print(f"#{d.announcement_id}  {d.platform}:{d.chat_id:<20} {d.language:<8} "
              f"{d.status:<8} attempts {d.attempts}  {d.reason}")
    counts = (await store.delivery_counts() if announcement is None
              else Counter(str(d.status) for d in rows))
    print(", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "nothing queued",
          file=sys.stderr)
    return 0


async def unanswered(store: Store, languages: tuple[str, ...]) -> int:
    """One line per question: when, language, why (unanswered, or 👎 on which entry), text."""
    from bot.clock import iso

    since = iso(datetime.now(UTC) - timedelta(days=30))
    found = await store.logged_questions(languages or None, since, limit=10_000)
    for question in found:
        why = question.kind.value + (f" ({question.entry})" if question.entry else "")
        text = " ".join(question.question.split())  # one line each, whatever was typed
        print(f"{question.at}\t{question.locale}\t{why}\t{text}")
    print(f"{arg.plural(len(found), 'question')} in the last 30 days", file=sys.stderr)
    return 0

"""The command line: run, console, check, migrate, and the operators' data verbs."""

from __future__ import annotations

import argparse
import asyncio
import io
import logging
import sys

from bot import cli_data, logs
from bot.cli_args import OneLineParser, UsageError, console_user, one_line
from bot.settings import TOKEN_VARIABLES, Settings, SettingsError

PROG = "python -m bot"


def parser() -> argparse.ArgumentParser:
    """Every refusal of an argument is one line and exit 2 (OneLineParser, argparse types)."""
    top = OneLineParser(prog=PROG, description="The Participate bot.")
    verbs = top.add_subparsers(dest="verb", metavar="COMMAND", required=True)
    verbs.add_parser("run", help="serve every platform whose token is set (Procfile worker)")
    console = verbs.add_parser("console", help="chat with the bot in the terminal, or from a pipe")
    console.add_argument("--lang", metavar="TAG", help="the platform language tag, e.g. pt-br, ar")
    console.add_argument("--user", metavar="ID", default="1", type=console_user,
                         help="the user id (default 1); BOT_ADMINS and role grant call it "
                              "console:ID")
    console.add_argument("--group", action="store_true", help="talk as in a group chat")
    console.add_argument("--group-admin", action="store_true",
                         help="with --group: as that group's admin (its language, subscriptions)")
    verbs.add_parser("check", help="check locales and content; non-zero exit on any problem")
    verbs.add_parser("migrate", help="apply pending database migrations")
    cli_data.add_parsers(verbs)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        settings = Settings.from_env()
    except SettingsError as error:
        print(f"configuration error: {error}", file=sys.stderr)
        return 2
    from storage import StoreError  # after the arguments: `--help` and typos answer at once
    from storage.url import password

    logs.configure(settings.log_level, (settings.telegram_token, settings.discord_token,
                                        settings.secret, password(settings.database_url)),
                   settings.log_format)
    try:
        if args.verb == "check":
            from bot.check import run_check

            return run_check(settings)
        if args.verb == "run":
            return asyncio.run(run(settings))
        if args.verb == "console":
            if args.group_admin and not args.group:
                raise UsageError("--group-admin needs --group")
            return asyncio.run(console(settings, args.user, args.lang, not args.group,
                                       args.group_admin))
        if args.verb == "migrate":
            return asyncio.run(migrate(settings))
        if args.verb in ("survey", "volunteer", "role", "events", "announce", "faq",
                         "discussions", "report"):
            return asyncio.run(cli_data.run(settings, args))
    except UsageError as error:
        verb = " ".join(v for v in (args.verb, getattr(args, "action", None)) if v and v != "send")
        sys.stderr.write(one_line(f"{PROG} {verb}", str(error)))
        return 2
    except StoreError as error:
        print(f"database error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `... | head` closed the pipe: nothing more to say
        sys.stderr.close()
        return 0
    return 2


async def run(settings: Settings) -> int:
    if not settings.platforms:
        print(
            "No platform is enabled: set " + " and/or ".join(TOKEN_VARIABLES)
            + " (in the environment or a .env file), then run again.\n"
            "To try the bot without a token: python -m bot console",
            file=sys.stderr,
        )
        return 2
    from bot.scale import AlreadyRunning, alone_on_sqlite
    from bot.serve import serve

    try:
        with alone_on_sqlite(settings.database_url):
            return await serve(settings)
    except AlreadyRunning as error:
        print(f"{PROG} run: {error}", file=sys.stderr)
        return 2


async def console(settings: Settings, user: str, lang: str | None, private: bool,
                  group_admin: bool = False) -> int:
    from bot.adapters.console import Console
    from bot.bootstrap import bootstrap

    logging.getLogger().setLevel(max(logging.WARNING, logging.getLogger().level))
    for stream in (sys.stdin, sys.stdout):  # bytes that are not UTF-8 must not end the chat
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")
    core = await bootstrap(settings)
    chat = Console(core, user, lang, private, group_admin=group_admin)
    try:
        interactive = sys.stdin.isatty()
        if interactive:
            print("Participate bot console. Send /start; a number presses a button; "
                  "Ctrl-D or Ctrl-C quits.", file=sys.stderr)
        await chat.run(sys.stdin, interactive)
    finally:
        chat.close()
        await core.services.store.close()
    return 0


async def migrate(settings: Settings) -> int:
    from storage import open_store

    store = await open_store(settings.database_url, upgrade=False)
    try:
        applied = await store.migrate()
        print(f"applied {', '.join(applied)}" if applied else "nothing to apply")
        print(f"database at revision {await store.schema_version()}, the newest this release "
              "ships")
    finally:
        await store.close()
    return 0

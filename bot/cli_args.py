"""What the operators' command line accepts: argparse types that refuse a bad value in one line."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from bot.languages import LOCALES

# Where a user id comes from, spelt as the adapters and BOT_ADMINS spell it (lower case).
PLATFORMS = ("telegram", "discord", "console")
NUMERIC_IDS = frozenset({"telegram", "discord"})  # their user ids are positive integers
_CODES = {code.lower(): code for code in LOCALES}
Bad = argparse.ArgumentTypeError


class UsageError(ValueError):
    """Arguments that are each fine but do not go together, or a moment that has passed."""


class OneLineParser(argparse.ArgumentParser):
    """argparse whose every refusal is one line on stderr and exit 2, without the usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, one_line(self.prog, message))


def one_line(prog: str, message: str) -> str:
    return f"{prog}: error: {message} (see {prog} --help)\n"


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """`1 response`, `2 responses`, `0 sign-ups`."""
    return f"{count} {noun if count == 1 else nouns or noun + 's'}"


def user_key(raw: str) -> tuple[str, str]:
    """PLATFORM:USER_ID as the adapters write it: `CONSOLE:77 ` is console:77, `telegram:042`
    is telegram:42; an id that could never match anyone is refused."""
    platform, sep, user_id = raw.partition(":")
    platform, user_id = platform.strip().lower(), user_id.strip()
    if not sep or not platform or not user_id:
        raise Bad(f"{raw!r} is not PLATFORM:USER_ID (e.g. telegram:1234)")
    if platform not in PLATFORMS:
        raise Bad(f"unknown platform {platform!r} in {raw!r}; use {', '.join(PLATFORMS)}")
    if platform in NUMERIC_IDS:
        if not (user_id.isascii() and user_id.isdigit()) or int(user_id) == 0:
            raise Bad(f"{platform} user ids are positive numbers (e.g. {platform}:1234), "
                      f"not {user_id!r}")
        return platform, str(int(user_id))
    if not user_id.isprintable() or any(ch.isspace() for ch in user_id):
        raise Bad(f"a {platform} user id is one word without spaces (its --user), not {user_id!r}")
    return platform, user_id


def console_user(raw: str) -> str:
    """The console's user id: one word, as `role grant console:<id>` and BOT_ADMINS name it."""
    word = raw.strip()
    if not word or any(ch.isspace() for ch in word) or ":" in word or "," in word:
        raise Bad(f"the user id is one word without spaces, colons or commas, not {raw!r}")
    return word


def _code(raw: str) -> str:
    code = _CODES.get(raw.strip().lower())
    if code is None:
        raise Bad(f"unknown language code {raw.strip()!r}; the codes are {', '.join(LOCALES)}")
    return code


def language_codes(raw: str) -> tuple[str, ...]:
    """Comma-separated codes in any case (`pt-br` is pt-BR), each once, in the order given;
    none at all is every language."""
    found: list[str] = []
    for part in raw.split(","):
        if part.strip() and (code := _code(part)) not in found:
            found.append(code)
    return tuple(found)


def some_language_codes(raw: str) -> tuple[str, ...]:
    codes = language_codes(raw)
    if not codes:
        raise Bad(f"give at least one language code, e.g. de,fr; the codes are "
                  f"{', '.join(LOCALES)}")
    return codes


def language_code(raw: str) -> str:
    """One code per --lang (repeat --lang for more)."""
    if "," in raw:
        raise Bad(f"{raw!r}: one code per --lang; repeat --lang, each with its --text")
    return _code(raw)


class AppendOnce(argparse.Action):
    """Like action="append", but the same value twice is an error, not a silent overwrite."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: str | Sequence[Any] | None, option_string: str | None = None) -> None:
        found = list(getattr(namespace, self.dest) or [])
        if values in found:
            raise argparse.ArgumentError(self, f"{values} is given twice; give each language "
                                               "once, with its own --text")
        setattr(namespace, self.dest, [*found, values])


def _visible(raw: str) -> str:
    """The text without surrounding spaces, as the chat keeps what people type."""
    from bot.flow_runner import visible  # the chat's own rule: invisible characters alone are none

    if not visible(raw):
        raise Bad("it is empty; write some text")
    return raw.strip()


def announcement_text(raw: str) -> str:
    from bot.announce import MAX_TEXT

    if len(raw) > MAX_TEXT:
        raise Bad(f"the text has {len(raw)} characters; an announcement may have {MAX_TEXT}")
    return _visible(raw)


def event_title(raw: str) -> str:
    from bot.events import MAX_TITLE

    if len(raw) > MAX_TITLE:
        raise Bad(f"the title has {len(raw)} characters; an event's may have {MAX_TITLE}")
    return _visible(raw)


def link(raw: str) -> str:
    from bot.announce import is_link

    if raw and not is_link(raw):
        raise Bad(f"{raw!r} is not a link starting with https://")
    return raw


def time_zone(raw: str) -> str:
    from bot.events import EventError, zone

    try:
        zone(raw)
    except EventError as error:
        raise Bad(str(error)) from None
    return raw


def local_time(raw: str) -> str:
    """A date and time as written (its zone is applied once every argument is read)."""
    from bot.events import EventError, parse_start

    try:
        parse_start(raw, "UTC")
    except EventError as error:
        raise Bad(str(error)) from None
    return raw


def utc_time(raw: str) -> str:
    """A moment in UTC, as the store writes it."""
    from bot.clock import iso
    from bot.events import EventError, parse_start

    try:
        return iso(parse_start(raw, "UTC"))
    except EventError as error:
        raise Bad(str(error)) from None


def output_file(raw: str) -> Path:
    """A file that can be written: its folder exists, and it is not itself a folder."""
    if not raw.strip():
        raise Bad("give a file name")
    path = Path(raw)
    folder = path.parent
    if path.is_dir():
        raise Bad(f"{raw} is a folder; give a file name in it")
    if not folder.is_dir():
        raise Bad(f"cannot write {raw}: {folder} is not a folder" if folder.exists()
                  else f"cannot write {raw}: there is no folder {folder}")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise Bad(f"cannot write {raw}: permission denied")
    return path


def png_file(raw: str) -> Path:
    """The chart is drawn as PNG: a name that says otherwise would be a lie to whoever opens it."""
    path = output_file(raw)
    if path.suffix.lower() != ".png":
        raise Bad(f"{raw}: the chart is a PNG image; give a file name ending in .png")
    return path


def month(raw: str) -> str:
    """A month as YYYY-MM (2026-11)."""
    from bot.report import BadMonth, parse_month

    try:
        parse_month(raw)
    except BadMonth:
        raise Bad(f"{raw!r} is not a month; write it as YYYY-MM, e.g. 2026-11") from None
    return raw.strip()

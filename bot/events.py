"""Events: seeded from content.toml, added by liaisons, shown with locale-formatted dates."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.dates import format_date, format_time, get_datetime_format

from bot.clock import iso
from bot.i18n import Translator
from bot.languages import BABEL_LOCALE
from storage import Event, Store

MSG = "msg:"  # a seeded event's title is a Fluent id: translated like everything else


class EventError(ValueError):
    """A date, time zone or language that cannot be used; the message says which."""


def parse_start(when: str, zone: str) -> datetime:
    """A local date and time in an IANA zone (e.g. 2026-12-01T18:00, Europe/Berlin) as UTC."""
    try:
        tz = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise EventError(f"unknown time zone {zone!r} (use an IANA name like Europe/Berlin)") \
            from None
    try:
        local = datetime.fromisoformat(when)
    except ValueError:
        raise EventError(f"{when!r} is not a date and time like 2026-12-01T18:00") from None
    if local.tzinfo is None:
        local = local.replace(tzinfo=tz)
    return local.astimezone(UTC)


def title(i18n: Translator, locale: str, event: Event) -> str:
    """A seeded event's title in the locale; any other title exactly as its author typed it
    (a liaison's "msg:error-generic" is shown as those letters, never looked up)."""
    if event.seed is not None and event.title.startswith(MSG):
        return i18n.format(locale, event.title[len(MSG):])
    return event.title


def when(locale: str, event: Event) -> str:
    """The start in the event's own time zone, in the locale's own long date-time pattern
    (CLDR via Babel): weekday, date and time, no seconds."""
    start = datetime.fromisoformat(event.starts_at.replace("Z", "+00:00"))
    local = start.astimezone(ZoneInfo(event.timezone))
    cldr = BABEL_LOCALE[locale]
    pattern = str(get_datetime_format("long", locale=cldr)).replace("'", "")
    return pattern.replace("{1}", format_date(local, "full", locale=cldr)).replace(
        "{0}", format_time(local, "short", locale=cldr))


def for_language(events: list[Event], locale: str) -> list[Event]:
    return [e for e in events if not e.languages or locale in e.languages]


async def seed(store: Store, raw: list[dict[str, object]]) -> None:
    """Add the events of content.toml once (they are keyed by their id)."""
    for item in raw:
        start = parse_start(str(item["starts"]), str(item.get("timezone", "UTC")))
        languages = tuple(str(code) for code in item.get("languages", []))  # type: ignore[attr-defined]
        await store.add_event(f"{MSG}{item['title']}", iso(start), str(item.get("timezone", "UTC")),
                              languages, str(item.get("link", "")), "content",
                              seed=str(item["id"]))

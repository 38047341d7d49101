"""Events: seeded from content.toml, added by liaisons, shown with locale-formatted dates."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.clock import iso
from bot.languages import BABEL_LOCALE
from storage import Event, Store

if TYPE_CHECKING:
    from bot.i18n import Translator

MSG = "msg:"  # a seeded event's title is a Fluent id: translated like everything else
MAX_TITLE = 200


class EventError(ValueError):
    """A date, time zone or language that cannot be used; the message says which."""


class UnknownZone(EventError):
    """The time zone is not an IANA name this machine knows."""


class UnreadableTime(EventError):
    """The date and time are not written like 2026-12-01T18:00."""


class NoSuchTime(EventError):
    """The local time falls in the hour skipped when the clocks go forward; `instead` is where
    the clocks put it (the local time an hour later, in most zones)."""

    def __init__(self, message: str, instead: datetime) -> None:
        super().__init__(message)
        self.instead = instead


class AmbiguousTime(EventError):
    """The local time happens twice, when the clocks go back; an offset must say which.
    `first` and `second` are the two moments (aware, in the zone)."""

    def __init__(self, message: str, first: datetime, second: datetime) -> None:
        super().__init__(message)
        self.first, self.second = first, second


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UnknownZone(f"unknown time zone {name!r} (use an IANA name like Europe/Berlin)") \
            from None


def parse_start(when: str, zone_name: str) -> datetime:
    """A local date and time in an IANA zone (e.g. 2026-12-01T18:00, Europe/Berlin) as UTC.

    A local time the zone skips (the clocks go forward) or has twice (they go back) is refused
    rather than moved or guessed; with an offset (2026-10-25T02:30+01:00) it is exact."""
    tz = zone(zone_name)
    try:
        local = datetime.fromisoformat(when)
    except ValueError:
        raise UnreadableTime(f"{when!r} is not a date and time like 2026-12-01T18:00") from None
    if local.tzinfo is not None:
        return local.astimezone(UTC)
    first, second = local.replace(tzinfo=tz, fold=0), local.replace(tzinfo=tz, fold=1)
    if first.utcoffset() != second.utcoffset():
        shown = local.isoformat(timespec="minutes")
        moved = first.astimezone(UTC).astimezone(tz)
        if moved.replace(tzinfo=None) != local:
            raise NoSuchTime(
                f"{shown} does not exist in {zone_name}: the clocks go forward then; "
                f"choose another time, e.g. {moved.replace(tzinfo=None).isoformat('T', 'minutes')}",
                moved)
        raise AmbiguousTime(
            f"{shown} is ambiguous in {zone_name}: the clocks go back then, so it happens "
            f"twice; add the offset you mean: {first.isoformat(timespec='minutes')} (the first) "
            f"or {second.isoformat(timespec='minutes')} (the second)", first, second)
    return first.astimezone(UTC)


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
    from babel.dates import format_date, format_time, get_datetime_format  # only to show one

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

"""Local event times against the real time-zone database: a time the clocks skip or repeat is
refused with what the chat handler needs to say so, never moved or guessed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.events import AmbiguousTime, EventError, NoSuchTime, UnknownZone, parse_start


def test_an_ordinary_time_is_converted_to_utc() -> None:
    assert parse_start("2026-12-01T18:00", "Europe/Berlin") == datetime(2026, 12, 1, 17, tzinfo=UTC)
    assert parse_start("2026-07-01T18:00", "America/New_York") == datetime(2026, 7, 1, 22,
                                                                           tzinfo=UTC)


@pytest.mark.parametrize(("when", "zone", "instead"), [
    ("2027-03-28T02:30", "Europe/Berlin", "2027-03-28T03:30"),
    ("2027-03-14T02:00", "America/New_York", "2027-03-14T03:00"),
])
def test_a_time_the_clocks_skip_is_refused(when: str, zone: str, instead: str) -> None:
    with pytest.raises(NoSuchTime, match=f"does not exist in {zone}") as refused:
        parse_start(when, zone)
    assert refused.value.instead.replace(tzinfo=None).isoformat(timespec="minutes") == instead
    assert isinstance(refused.value, EventError)  # what the chat handler catches


def test_a_time_the_clocks_repeat_is_refused_until_its_offset_says_which() -> None:
    with pytest.raises(AmbiguousTime, match="is ambiguous in Europe/Berlin") as refused:
        parse_start("2026-10-25T02:30", "Europe/Berlin")
    first, second = refused.value.first, refused.value.second
    assert (first.astimezone(UTC).hour, second.astimezone(UTC).hour) == (0, 1)
    assert "2026-10-25T02:30+02:00" in str(refused.value)
    assert parse_start("2026-10-25T02:30+01:00", "Europe/Berlin") == second.astimezone(UTC)


def test_an_unknown_zone_is_its_own_error() -> None:
    with pytest.raises(UnknownZone, match="Mars/Olympus"):
        parse_start("2099-01-01T10:00", "Mars/Olympus")

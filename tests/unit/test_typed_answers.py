"""Typed answers of the step-by-step flows: dates, whole numbers and links as people write
them, in any script, with the marks their keyboards add."""

from __future__ import annotations

import pytest

from bot.flow_runner import parse_date, parse_link, parse_number


@pytest.mark.parametrize(("typed", "value"), [
    ("12", 12), ("1 234", 1234), ("1,000", 1000), ("1.000", 1000), ("١٢", 12), ("१२", 12),
    ("1.5", None), ("2,5", None), ("0", None), ("100001", None), ("zwölf", None), ("", None),
])
def test_whole_numbers(typed: str, value: int | None) -> None:
    assert parse_number(typed)[0] == value


@pytest.mark.parametrize(("typed", "value"), [
    ("2026-11-28", "2026-11-28"), ("28.11.2026", "2026-11-28"), ("28/11/2026", "2026-11-28"),
    ("\u200f٢٨/١١/٢٠٢٦", "2026-11-28"), ("2026-02-30", None), ("2099-01-01", None),
    ("1999-12-31", None), ("gestern", None), ("11/28", None),
])
def test_dates_that_have_passed(typed: str, value: str | None) -> None:
    assert parse_date(typed)[0] == value


def test_links_are_https_only() -> None:
    assert parse_link(" https://meta.wikimedia.org/wiki/X ")[0] == "https://meta.wikimedia.org/wiki/X"
    assert parse_link("http://example.org")[0] is None
    assert parse_link("https://a b")[0] is None

"""Cutting a long reply into messages a platform accepts."""

from __future__ import annotations

from collections.abc import Callable


def utf16_length(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units (an emoji outside the BMP is two)."""
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int, measure: Callable[[str], int] = len) -> list[str]:
    """Pieces of at most `limit` (as `measure` counts), cut between paragraphs, else lines,
    else words."""
    parts: list[str] = []
    rest = text
    while measure(rest) > limit:
        fits = _longest_prefix(rest, limit, measure)
        window = rest[: fits + 1]
        cut = max(window.rfind("\n\n"), 0) or max(window.rfind("\n"), 0) or max(
            window.rfind(" "), 0) or fits
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    parts.append(rest)
    return [p for p in parts if p]


def _longest_prefix(text: str, limit: int, measure: Callable[[str], int]) -> int:
    """How many characters of `text` fit in `limit` as `measure` counts them."""
    low, high = 0, min(len(text), limit)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(text[:middle]) <= limit:
            low = middle
        else:
            high = middle - 1
    return max(low, 1)

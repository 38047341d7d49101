"""Button data: typed actions encoded compactly (<= 64 bytes) and decoded with validation."""

from __future__ import annotations

import re

from bot.types import Action, ActionKind

# Telegram allows 64 bytes of callback data; Discord 100 characters of custom_id.
MAX_LENGTH = 64
PREFIX = "p1"  # format version: data from another bot or an older format is rejected
_PART = re.compile(r"[A-Za-z0-9_-]{0,40}")
_KINDS = {kind.value: kind for kind in ActionKind}


class InvalidAction(ValueError):
    """Button data that this bot did not make, or no longer understands."""


def encode(action: Action) -> str:
    if not _PART.fullmatch(action.arg) or not _PART.fullmatch(action.token):
        raise ValueError(f"action parts must be short ASCII words: {action!r}")
    data = f"{PREFIX}:{action.kind.value}:{action.arg}:{action.token}"
    if len(data) > MAX_LENGTH:
        raise ValueError(f"action data too long ({len(data)} > {MAX_LENGTH}): {data}")
    return data


def decode(data: str) -> Action:
    if not isinstance(data, str) or len(data) > MAX_LENGTH:
        raise InvalidAction("oversized or non-text button data")
    parts = data.split(":")
    if len(parts) != 4 or parts[0] != PREFIX:
        raise InvalidAction("not our button data")
    kind = _KINDS.get(parts[1])
    if kind is None or not _PART.fullmatch(parts[2]) or not _PART.fullmatch(parts[3]):
        raise InvalidAction("malformed button data")
    return Action(kind, parts[2], parts[3])

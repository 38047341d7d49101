"""What the Bot API refuses with 400 before sending anything, in its own words: text and
captions too long (counted in UTF-16 after entity parsing), HTML it cannot parse, bad buttons."""

from __future__ import annotations

import html
import re
from typing import Any

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^<>]*)?)>")
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});")
_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
         "tg-spoiler", "span", "blockquote", "tg-emoji"}


def parse_html(text: str) -> str:
    """The text the Bot API sees in parse_mode HTML, or ValueError with its description."""
    out: list[str] = []
    open_tags: list[str] = []
    at = 0
    while at < len(text):
        char = text[at]
        if char == "<":
            tag = _TAG.match(text, at)
            if tag is None or tag.group(2).lower() not in _TAGS:
                raise ValueError(f"can't parse entities: Unsupported start tag at byte offset "
                                 f"{len(text[:at].encode())}")
            name = tag.group(2).lower()
            if tag.group(1):
                if not open_tags or open_tags.pop() != name:
                    raise ValueError(f"can't parse entities: Unexpected end tag at byte offset "
                                     f"{len(text[:at].encode())}")
            else:
                open_tags.append(name)
            at = tag.end()
        elif char == "&":
            entity = _ENTITY.match(text, at)
            if entity is None:
                raise ValueError("can't parse entities: Character entity expected at byte "
                                 f"offset {len(text[:at].encode())}")
            out.append(html.unescape(entity.group()))
            at = entity.end()
        else:
            out.append(char)
            at += 1
    if open_tags:
        raise ValueError(f"can't parse entities: Can't find end tag corresponding to start tag "
                         f"{open_tags[-1]}")
    return "".join(out)


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def refusal(method: str, params: dict[str, Any]) -> str | None:
    """What the Bot API answers 400 to (its own description), or None: text and caption
    length after entity parsing, HTML entities, button data of 1-64 bytes."""
    field, limit = ("caption", 1024) if method == "sendPhoto" else ("text", 4096)
    if method in ("sendMessage", "editMessageText", "sendPhoto") and field in params:
        raw = str(params[field])
        try:
            shown = parse_html(raw) if params.get("parse_mode") == "HTML" else raw
        except ValueError as error:
            return f"Bad Request: {error}"
        if method != "sendPhoto" and not shown.strip():
            return "Bad Request: message text is empty"
        if utf16(shown) > limit:
            return f"Bad Request: message {'caption' if field == 'caption' else ''} is too long"\
                .replace("  ", " ")
    markup = params.get("reply_markup")
    if isinstance(markup, dict):
        for row in markup.get("inline_keyboard", []):
            for button in row:
                if not str(button.get("text", "")).strip():
                    return "Bad Request: BUTTON_TEXT_INVALID"
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode()) <= 64:
                    return "Bad Request: BUTTON_DATA_INVALID"
    return None

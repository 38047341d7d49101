"""Person-to-person messages (a ticket to its liaisons, an answer to the member, a shared
discussion's notice) rendered in each recipient's language and put on the durable queue, so
they are paced with the announcements and survive a restart."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.i18n import Translator
from bot.language_names import name_in
from bot.languages import AUTONYMS, DEFAULT
from bot.types import Button, Shown, Style, UserKey
from storage import ChatKind, Recipient, Store


@dataclass(frozen=True)
class Note:
    """One message for one person: a Fluent message, its variables, its buttons."""

    to: UserKey
    msg_id: str
    args: dict[str, Any] = field(default_factory=dict)
    buttons: tuple[tuple[Button, ...], ...] = ()
    named: tuple[str, ...] = ()  # args holding a language code, named in the reader's language
    fallback: str | None = None  # their language when they never chose one (a ticket's own)


async def language_of(store: Store, to: UserKey, fallback: str | None = None) -> str:
    """The recipient's chosen language, else the one their platform last reported (admins),
    else `fallback` (the language a member asked in, the one a liaison serves), else en."""
    chosen = await store.get_language(to.platform, to.user_id)
    if chosen not in AUTONYMS:
        chosen = await store.get_seen_language(to.platform, to.user_id)
    if chosen not in AUTONYMS:
        chosen = fallback
    return chosen if chosen in AUTONYMS else DEFAULT


def encode_buttons(i18n: Translator, locale: str,
                   rows: Sequence[Sequence[Button]]) -> str:
    """Rendered rows as the queue keeps them: JSON of [label, data, style, typed]."""
    if not rows:
        return ""
    return json.dumps([[[s.label, s.data, str(s.style), s.typed] for s in row]
                       for row in i18n.buttons(locale, rows)], ensure_ascii=False)


def decode_buttons(data: str) -> tuple[tuple[Shown, ...], ...]:
    """The rows an adapter shows under a queued message (none for an announcement)."""
    if not data:
        return ()
    return tuple(tuple(Shown(str(label), str(code), Style(style), int(typed))
                       for label, code, style, typed in row) for row in json.loads(data))


CONSOLE = "console"


async def prepare(store: Store, note: Note) -> tuple[str, dict[str, Any]]:
    """The reader's language, and the note's variables with language codes named in it."""
    locale = await language_of(store, note.to, note.fallback)
    return locale, {k: name_in(locale, v) if k in note.named else v
                    for k, v in note.args.items()}


async def send(store: Store, i18n: Translator, author: str, notes: Sequence[Note]) -> int:
    """Queue the notes as one batch by `author` (ticket:12, discussion:3); each person once."""
    messages: list[tuple[Recipient, str, str]] = []
    seen: set[UserKey] = set()
    for note in notes:
        if note.to in seen or note.to.platform == CONSOLE:
            continue  # (no one reads the console later: see Context.relay)
        seen.add(note.to)
        locale, args = await prepare(store, note)
        body = i18n.format(locale, note.msg_id, args)
        messages.append((Recipient(note.to.platform, note.to.user_id, locale, ChatKind.USER),
                         body, encode_buttons(i18n, locale, note.buttons)))
    if not messages:
        return 0
    await store.enqueue_messages(author, messages)
    return len(messages)

"""Announcements: who receives one, in which words, and putting it on the broadcast queue."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.i18n import Translator
from storage import AnnouncementKind, ChatKind, Store

MAX_TEXT = 1000
_LINK = re.compile(r"https://\S{3,500}")


def is_link(text: str) -> bool:
    """A link an announcement or event may carry: https, no spaces, of sensible length."""
    return bool(_LINK.fullmatch(text))


class NotAllowed(Exception):
    """The author may not announce to one of the languages asked for."""


@dataclass(frozen=True)
class Reach:
    people: int
    channels: int  # groups and server channels
    telegram: int
    discord: int

    @classmethod
    async def of(cls, store: Store, languages: tuple[str, ...]) -> Reach:
        """Counted by the database: 50,000 subscribers never pass through the event loop."""
        counts = await store.audience(languages)
        return cls(
            people=sum(n for (_, kind), n in counts.items() if kind == ChatKind.USER),
            channels=sum(n for (_, kind), n in counts.items() if kind != ChatKind.USER),
            telegram=sum(n for (platform, _), n in counts.items() if platform == "telegram"),
            discord=sum(n for (platform, _), n in counts.items() if platform == "discord"),
        )


def body(i18n: Translator, language: str, text: str, link: str) -> str:
    """What a subscriber receives: the author's own words, then the link (not translated)."""
    return i18n.format(language, "announce-body", {"text": text, "link": link}).rstrip()


async def enqueue(store: Store, i18n: Translator, author: str, allowed: frozenset[str] | None,
                  texts: dict[str, str], link: str, send_at: str) -> tuple[int, int]:
    """Queue one announcement; `texts` maps each language to its version. Returns (id, count).

    `allowed` is the author's languages (None: an admin, all of them). The announcement, its
    deliveries and its audit entry are one transaction."""
    if allowed is not None and not set(texts) <= allowed:
        raise NotAllowed(f"{author} may not announce to {sorted(set(texts) - allowed)}")
    bodies = {language: body(i18n, language, text, link) for language, text in texts.items()}
    async with store.transaction(bulk=True):
        announcement, count = await store.enqueue_subscribers(
            author, send_at, AnnouncementKind.ANNOUNCEMENT, bodies)
        await store.audit(author, "announce", f"#{announcement} to {','.join(sorted(texts))}: "
                                              f"{count} recipients")
        for language in texts:
            await store.count(language, "announcements")
    return announcement, count

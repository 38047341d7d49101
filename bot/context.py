"""The one typed context every handler receives."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.content import Content
from bot.faq_match import FaqMatcher
from bot.i18n import Translator
from bot.settings import Settings
from bot.types import Button, Incoming, Reply, Text, UserKey
from storage import Store


class ButtonExpired(Exception):
    """A button that is stale (its flow step has passed) or was never ours."""


@dataclass(frozen=True)
class Services:
    """What the composition root builds once and every update shares."""

    settings: Settings
    store: Store
    content: Content
    i18n: Translator
    faq: FaqMatcher


@dataclass
class Context:
    incoming: Incoming
    locale: str
    services: Services
    replies: list[Reply] = field(default_factory=list)

    @property
    def user(self) -> UserKey:
        return self.incoming.user

    @property
    def store(self) -> Store:
        return self.services.store

    @property
    def content(self) -> Content:
        return self.services.content

    def t(self, msg_id: str, **args: Any) -> str:
        return self.services.i18n.format(self.locale, msg_id, args)

    def reply(self, msg_id: str, *rows: list[Button], **args: Any) -> None:
        """Queue a reply in the context's locale, with rows of buttons."""
        buttons = tuple(tuple(row) for row in rows if row)
        self.replies.append(Reply(Text(msg_id, args), self.locale, buttons))

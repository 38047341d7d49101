"""The one typed context every handler receives."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot import relay
from bot.commands import COMMANDS
from bot.content import Content
from bot.faq_match import FaqMatcher
from bot.i18n import Translator
from bot.respondent import respondent_id
from bot.settings import Settings
from bot.types import Action, ActionKind, Button, Incoming, Reply, Text, UserKey
from storage import Store

if TYPE_CHECKING:
    from bot.router import Routes

# /start payloads that open a command in the private chat: every command a group refuses, and
# the FAQ topics.
DEEP_LINKS = frozenset({c.name for c in COMMANDS if c.private_only} | {"faq"})


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
    secret: str  # key for pseudonymous survey respondent ids


@dataclass
class Context:
    incoming: Incoming
    locale: str
    services: Services
    routes: Routes
    replies: list[Reply] = field(default_factory=list)
    typed: str | None = None  # text typed into the form a button opened (Discord's modal)

    @property
    def user(self) -> UserKey:
        return self.incoming.user

    @property
    def store(self) -> Store:
        return self.services.store

    @property
    def content(self) -> Content:
        return self.services.content

    @property
    def respondent(self) -> str:
        """The user's pseudonymous survey id: a keyed hash that the export cannot trace back."""
        return respondent_id(self.services.secret, self.user.platform, self.user.user_id)

    def refuse_in_group(self, command: str) -> None:
        """A personal command sent in a group: say so, with a button to the private chat."""
        payload = command if command in DEEP_LINKS else ""
        self.refuse("error-private-only",
                    [Button(Text("open-private-chat"), Action(ActionKind.PRIVATE, payload))],
                    command=f"/{command}")

    def refuse(self, msg_id: str, *rows: list[Button], **args: Any) -> None:
        """A refusal: seen only by the person refused where the platform can do that."""
        buttons = tuple(tuple(row) for row in rows if row)
        self.replies.append(Reply(Text(msg_id, args), self.locale, buttons, personal=True))

    async def relay(self, author: str, notes: Sequence[relay.Note]) -> None:
        """Messages for other people, on the durable queue (see bot/relay.py); for someone at
        the console, which has no later, shown now as a reply to them."""
        await relay.send(self.store, self.services.i18n, author, notes)
        for note in notes:
            if note.to.platform == relay.CONSOLE:
                locale, args = await relay.prepare(self.store, note)
                self.replies.append(Reply(Text(note.msg_id, args), locale, note.buttons,
                                          to=note.to))

    def t(self, msg_id: str, **args: Any) -> str:
        return self.services.i18n.format(self.locale, msg_id, args)

    def reply(
        self, msg_id: str, *rows: list[Button], image: bytes | None = None,
        text_limit: int | None = None, **args: Any,
    ) -> None:
        """Queue a reply in the context's locale, with rows of buttons (and maybe a picture,
        or the length of the typed answer it asks for)."""
        buttons = tuple(tuple(row) for row in rows if row)
        self.replies.append(Reply(Text(msg_id, args), self.locale, buttons, image=image,
                                  text_limit=text_limit))

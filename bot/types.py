"""The core's vocabulary: what arrives from a platform and what goes back (no platform types)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NamedTuple

Args = Mapping[str, Any]


@dataclass(frozen=True)
class UserKey:
    """A person on one platform."""

    platform: str
    user_id: str


@dataclass(frozen=True)
class Incoming:
    """One thing a person did: a text (a command is a text) or a button press.

    `action` is the raw button data as the platform returned it; the core decodes and
    validates it. `locale_tag` is the platform's language tag for the user, if any.
    """

    platform: str
    chat_id: str
    user_id: str
    text: str | None = None
    action: str | None = None
    locale_tag: str | None = None
    private: bool = True
    chat_admin: bool = False  # the sender administers this group (the adapter asks the platform)
    # Telegram's reply to one of the bot's messages: the data of that message's buttons (a
    # reply to a ticket's message writes in that ticket, as its ✎ button would).
    replied: tuple[str, ...] = ()

    @property
    def user(self) -> UserKey:
        return UserKey(self.platform, self.user_id)


class ActionKind(StrEnum):
    """What a button does. The values are the compact codes put in button data."""

    COMMAND = "c"  # run a command, arg = command name
    LANGUAGE = "l"  # choose a language, arg = locale code
    FAQ = "f"  # show an FAQ entry, arg = entry id
    FAQ_HELPFUL = "f+"  # 👍 on an answer: arg = entry id, token = the logged question's id
    FAQ_UNHELPFUL = "f-"  # 👎 on an answer
    FORGET_YES = "fy"  # confirm /forget, token = the confirmation's nonce
    FORGET_NO = "fn"
    # Step-by-step flows: token = the question id the button belongs to.
    ANSWER = "a"  # arg = the option chosen
    PICK = "p+"  # multiple choice: select arg
    UNPICK = "p-"  # multiple choice: deselect arg
    DONE = "d"  # multiple choice: the selection is complete
    BACK = "b"
    SKIP = "s"
    KEEP = "k"  # keep the answer given before (changing one's answers)
    SURVEY_CHANGE = "sc"  # change one's survey answers
    SURVEY_KEEP = "sk"
    VOLUNTEER_SEND = "vs"  # send the sign-up, token = the confirmation's nonce
    PRIVATE = "pv"  # open the private chat (a link on platforms that have one), arg = payload
    ANNOUNCE_LANGUAGE = "al"  # arg = a code, or "all"
    ANNOUNCE_NO_LINK = "as"
    ANNOUNCE_SEND = "an"  # token = the draft's nonce
    ANNOUNCE_CANCEL = "ac"
    EVENT_UTC = "ez"  # the event's time is in UTC
    EVENT_NO_LINK = "el"
    # Questions for a person: arg = the ticket's number.
    TICKET_WRITE = "tw"  # write in the ticket's thread (Discord: a modal opens at once)
    TICKET_CLAIM = "tc"
    TICKET_CLOSE = "tx"
    SHARE_SEND = "ss"  # submit a discussion's results, token = the draft's nonce


@dataclass(frozen=True)
class Action:
    """A typed button action; `token` ties a button to the flow step that showed it."""

    kind: ActionKind
    arg: str = ""
    token: str = ""


@dataclass(frozen=True)
class Text:
    """A Fluent message id and its variables."""

    id: str
    args: Args = field(default_factory=dict)


class Style(StrEnum):
    """How a button looks where the platform has styles (Discord); others show them alike."""

    PLAIN = "plain"
    PRIMARY = "primary"  # the step's main way on (opening a typed answer)
    CONFIRM = "confirm"  # completes something the person prepared (send, done)
    DANGER = "danger"  # cannot be undone (forget everything)


@dataclass(frozen=True)
class Button:
    """A button: its label (a Fluent message, or a literal such as a language's own name)."""

    label: Text | str
    action: Action
    selected: bool = False  # shown with a check mark (a chosen option of a multiple choice)
    style: Style = Style.PLAIN
    typed: int = 0  # pressing it asks for a text of at most this length (Discord: a modal)


class Shown(NamedTuple):
    """A rendered button: its text, its encoded action data and its style."""

    label: str
    data: str
    style: Style = Style.PLAIN
    typed: int = 0


@dataclass(frozen=True)
class Reply:
    """One message to send: a Fluent message, its locale and rows of buttons."""

    text: Text
    locale: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    to: UserKey | None = None  # someone else than the sender (an admin's notification)
    image: bytes | None = None  # a PNG shown with the text as its caption
    text_limit: int | None = None  # a typed answer of at most this length is expected
    personal: bool = False  # for the sender's eyes only (a refusal; Discord: ephemeral)


@dataclass(frozen=True)
class Rendered:
    """A reply turned into text: what an adapter shows. Buttons carry encoded action data."""

    text: str
    locale: str
    rtl: bool
    buttons: tuple[tuple[Shown, ...], ...] = ()
    to: UserKey | None = None
    image: bytes | None = None
    text_limit: int | None = None
    personal: bool = False

"""Property-based tests: arbitrary text and button data thrown at the conversation core.

Whatever a person types, and whatever button data a client sends back (forged, stale, over-long,
not even text the bot could have made), the core answers without failing, in the person's own
language, with buttons that decode and fit, without bidi controls, and stores nothing it should
not.

Each test builds one core on a SQLite file of its own, with one event loop, for all of its
examples; every example is a new person (a new user id), so examples do not see each other's
state. Hypothesis keeps no example database (`database=None`): the run leaves no files behind;
a failure prints its falsifying example.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import re
import unicodedata
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from bot import actions
from bot.bootstrap import Texts, bootstrap
from bot.commands import BY_NAME
from bot.core import Core
from bot.languages import AUTONYMS, DEFAULT, LOCALES, RTL, negotiate
from bot.respondent import respondent_id
from bot.settings import Settings
from bot.types import ActionKind, Incoming, Rendered, Reply

T = TypeVar("T")
Pairs = list[tuple[Reply, Rendered]]
GROUP = "-100"
PLATFORMS = ("console", "telegram", "discord")
EXAMPLES = settings(deadline=None, database=None, max_examples=200,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# --- what people type ---------------------------------------------------------------------------

RTL_LETTERS = ("ابتثجحخدذرزسشصضطظعغفقكلمنهوي"  # Arabic
               "پچژگکی"  # Persian
               "ئۇېۆۈڭ"  # Uyghur
               "אבגדהוזחטיכלמנסעפצקרשת")  # Hebrew
ZERO_WIDTH = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
EMOJI = ("👩\u200d👩\u200d👧", "👨🏽\u200d💻", "🏳\ufe0f\u200d🌈", "🇩🇪", "🇯🇵", "🇺🇦", "❤\ufe0f",
         "1\ufe0f\u20e3", "🧑\u200d🤝\u200d🧑")
INJECTION = ("<b>", "</b>", "<i>x</i>", "<script>alert(1)</script>", "<a href=\"tg://user?id=1\">",
             "&amp;", "&lt;", "[x](http://example.org)", "[x](javascript:alert(1))",
             "*bold*", "_it_", "`code`", "```", "||spoiler||", "~~gone~~", "> quote",
             "@everyone", "@here", "<@123>", "<#456>", "{ $name }", "{$x}", "{ -brand }",
             "msg:start", "error-generic", "%s", "%(x)s", "{0}", "\\", "\\n",
             "'\"; DROP TABLE x;--")
REAL_WORDS = (*LOCALES, "lang-de", "lang-xx", "survey", "faq", "add", "xx", "zh-TW", "pt_br",
              "volunteer", "salon", "grants", "liaison", "1", "4", "9", "2099-05-01T18:00")
COMMANDS = ("/start", "/survey", "/volunteer", "/language", "/faq", "/forget", "/help",
            "/events", "/subscribe", "/unsubscribe", "/cancel", "/start survey", "/start faq",
            "/language de", "/language ar", "/start lang-ja", "/privacy", "/liaison")

rtl = st.text(st.sampled_from(RTL_LETTERS + " "), min_size=1, max_size=40)
zero_width = st.text(st.sampled_from(ZERO_WIDTH), min_size=1, max_size=4)
bidi = st.text(st.sampled_from(BIDI_CONTROLS), min_size=1, max_size=4)
combining = st.builds(str.__add__, st.sampled_from("aeoAEاकก字ж"),
                      st.text(st.characters(categories=("Mn", "Me")), min_size=1, max_size=6))
controls = st.text(st.characters(categories=("Cc",)), min_size=1, max_size=4)
piece = st.one_of(st.text(max_size=20), rtl, zero_width, bidi, st.sampled_from(EMOJI), combining,
                  controls, st.sampled_from(INJECTION), st.sampled_from(REAL_WORDS),
                  st.sampled_from([" ", "\n", "\t", "  "]))
mixed = st.lists(piece, min_size=1, max_size=8).map("".join)
# Around the 4,000-character limit of the core, and far past it.
long_line = st.builds(lambda unit, n: (unit * n)[:n],
                      st.sampled_from(["x", "ا", "字", "👩\u200d👩\u200d👧", " ", "\u200b", "ab "]),
                      st.integers(3990, 4010) | st.integers(1, 6000))
command_name = st.one_of(st.sampled_from(tuple(BY_NAME)),
                         st.sampled_from(tuple(BY_NAME)).map(str.upper),
                         st.from_regex(r"[A-Za-z0-9_]{1,40}", fullmatch=True),
                         st.text(max_size=12))
command = st.builds(
    lambda name, bot, sep, args: f"/{name}{bot}{sep}{args}",
    command_name,
    st.sampled_from(["", "", "@participate_bot", "@other_bot", "@"]),
    st.sampled_from(["", " ", " ", "\n", "\t", "  "]),
    st.lists(piece, max_size=3).map(" ".join),
)
TEXT = st.one_of(st.text(), mixed, command, long_line)

# --- what buttons send back -------------------------------------------------------------------

KIND_CODES = tuple(kind.value for kind in ActionKind)
REAL_PARTS = ("", "survey", "faq", "help", "start", "language", "volunteer", "forget", "results",
              "announce", "setup", "menu", "en", "de", "ar", "pt-BR", "all", "editor",
              "affiliate", "advocacy", "salon", "yes", "no", "4", "role", "areas", "involved",
              "ways", "host", "youth", "consent", "group", "contact", "change", "lang-de",
              "LANG-AR", "Survey", "zzz", "salon-what", "osl", "x" * 40)
real_part = st.sampled_from(REAL_PARTS)
part = st.one_of(real_part, st.from_regex(r"[A-Za-z0-9_-]{0,40}", fullmatch=True),
                 st.text(max_size=45))
# Our format with real kinds: parts of 40 characters make data past the 64-byte limit.
plausible = st.builds("p1:{}:{}:{}".format, st.sampled_from(KIND_CODES), real_part, real_part)
forged = st.builds("p1:{}:{}:{}".format, st.sampled_from(KIND_CODES) | st.text(max_size=3),
                   part, part)
colons = st.lists(st.sampled_from(["p1", "p0", "p2", "P1", "", *KIND_CODES]) | st.text(max_size=8),
                  max_size=6).map(":".join)
raw_bytes = st.one_of(st.binary(max_size=80).map(lambda b: b.decode("latin-1")),
                      st.binary(max_size=80).map(lambda b: b.decode("utf-8", "surrogateescape")))
BUTTON_DATA = st.one_of(st.text(), plausible, plausible, forged, colons, raw_bytes)

# --- the platform's language tag for the user -------------------------------------------------

REAL_TAGS = ("en", "de", "ar", "fa", "ug", "ja", "zh-Hans", "zh-hant", "th", "pt-br", "pt",
             "es-419", "ru", "hi", "en-US", "de_AT", "zh-TW", "pt-PT", "he", "ku", "EN", " de ")
TAG = st.one_of(st.sampled_from(REAL_TAGS), st.none(), st.text(max_size=40),
                st.from_regex(r"[a-zA-Z]{1,8}([-_][a-zA-Z0-9]{1,8}){0,3}", fullmatch=True))


# --- the bot under test -----------------------------------------------------------------------

class Recorder(logging.Handler):
    """Warnings and errors logged while one example ran."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def errors(self) -> list[str]:
        return [f"{r.name}: {r.getMessage()}" for r in self.records if r.levelno >= logging.ERROR]

    def fallbacks(self) -> list[str]:
        """Messages a locale lacks (shown in another language instead)."""
        return [r.getMessage() for r in self.records if r.name == "bot.i18n"]


class Bot:
    """One core, its event loop and its log, for all the examples of one test."""

    def __init__(self, texts: Texts, directory: Path) -> None:
        # A loop of our own (not set as the thread's current loop): pytest-asyncio is not
        # involved, since hypothesis drives synchronous functions.
        self.runner = asyncio.Runner(loop_factory=asyncio.new_event_loop)
        config = Settings.from_env({"DATABASE_URL": f"sqlite:///{directory / 'bot.sqlite3'}"},
                                   dotenv=directory / "none.env")
        self.core: Core = self.run(bootstrap(config, texts=texts))
        self.log = Recorder()
        self.ids = itertools.count(1000)

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return self.runner.run(coroutine)

    def person(self) -> str:
        """A user id no earlier example used; starts the example's log afresh."""
        self.log.records.clear()
        return str(next(self.ids))

    async def send(self, user: str, *, text: str | None = None, action: str | None = None,
                   tag: str | None = None, private: bool = True, platform: str = "console",
                   admin: bool = False) -> Pairs:
        incoming = Incoming(platform, user if private else GROUP, user, text=text, action=action,
                            locale_tag=tag, private=private, chat_admin=admin)
        replies = await self.core.handle(incoming)
        return [(reply, self.core.render(reply)) for reply in replies]

    def close(self) -> None:
        self.run(self.core.services.store.close())
        self.runner.close()


@pytest.fixture
def bot(texts: Texts, tmp_path: Path) -> Iterator[Bot]:
    made = Bot(texts, tmp_path)
    root = logging.getLogger()
    root.addHandler(made.log)
    try:
        yield made
    finally:
        root.removeHandler(made.log)
        made.close()


# --- what is expected -------------------------------------------------------------------------

def message_ids(texts: Texts) -> re.Pattern[str]:
    """Finds any of the bot's own message ids (those with a hyphen) standing alone in a text."""
    found: set[str] = set()
    for path in (texts.i18n.root / DEFAULT).glob("*.ftl"):
        found |= set(re.findall(r"(?m)^([a-zA-Z][\w-]*)\s*=", path.read_text(encoding="utf-8")))
    alternatives = sorted((re.escape(i) for i in found if "-" in i), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(alternatives) + r")(?![\w-])")


def invisible(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cf") or ch.isspace()


def cleaned(text: str) -> str:
    """The text as typed, and without its controls and format characters (the core takes some
    of them out, which may bring two characters together that the bot then repeats)."""
    return text + "\n" + "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf"))


def _squeezed(text: str) -> str:
    """Without controls, format characters and spaces, lower-cased: a command name hidden
    behind or split by any of them still shows (so the filters below only ever err on the side
    of allowing)."""
    return "".join(ch for ch in text if not invisible(ch)).lower()


def may_start_flow(text: str) -> list[str]:
    """The flows this text could legitimately start: /survey, /start survey, /volunteer,
    /forget, /ask, /share (/announce and /events add are refused to people without a role)."""
    squeezed = _squeezed(text)
    if "/" not in squeezed:
        return []
    return [name for name in ("survey", "volunteer", "forget", "ask", "share")
            if name in squeezed]


def may_set_language(text: str) -> bool:
    """/language <code> or /start lang-<code>."""
    squeezed = _squeezed(text)
    return "/" in squeezed and ("language" in squeezed or "lang-" in squeezed)


def as_text(data: str) -> str:
    """What a button does, as the command someone could have typed ("" for the buttons that
    can keep nothing for someone in no flow)."""
    try:
        action = actions.decode(data)
    except actions.InvalidAction:
        return ""
    if action.kind is ActionKind.COMMAND:
        return f"/{action.arg}"
    if action.kind is ActionKind.PRIVATE:
        return f"/start {action.arg}"
    if action.kind is ActionKind.LANGUAGE:
        return f"/language {action.arg}"
    return ""


def negotiated(tag: str | None) -> str:
    """The language for someone who chose none (Core.resolve_locale without a choice)."""
    return negotiate(tag) or DEFAULT


def check_no_failure(bot: Bot, pairs: Pairs) -> None:
    """No handler failed: the generic error is never said and nothing was logged as an error
    (a handler's exception, a message missing everywhere, a Fluent formatting error)."""
    said = [reply.text.id for reply, _ in pairs]
    assert "error-generic" not in said, (said, bot.log.errors())
    assert not bot.log.errors()


def check_buttons(pairs: Pairs) -> None:
    for _, rendered in pairs:
        for row in rendered.buttons:
            for label, data, *_ in row:
                assert label.strip(), rendered
                assert len(data.encode("utf-8")) <= actions.MAX_LENGTH, data
                actions.decode(data)  # raises InvalidAction if the bot made data it refuses


def check_no_bidi_controls(pairs: Pairs) -> None:
    for _, rendered in pairs:
        for text in (rendered.text, *(label for row in rendered.buttons for label, *_ in row)):
            found = sorted({f"U+{ord(ch):04X}" for ch in text if ch in BIDI_CONTROLS})
            assert not found, (found, text)


def check_language(bot: Bot, pairs: Pairs, locales: set[str], typed: str,
                   ids: re.Pattern[str]) -> None:
    """Every reply is in one of `locales`, has text, is no other language's text (no message
    was missing in the locale), and leaves no message id or placeable raw (unless the person
    typed it and the bot repeats it)."""
    typed = cleaned(typed)
    for reply, rendered in pairs:
        assert reply.to is None and rendered.locale in locales, (rendered.locale, locales)
        assert rendered.rtl == (rendered.locale in RTL)
        assert rendered.text.strip(), reply
        for leftover in ids.findall(rendered.text):
            assert leftover in typed, (leftover, rendered.text)
        for pattern in ("{ $", "{$", "{ -", "msg:"):
            assert pattern not in rendered.text or pattern in typed, (pattern, rendered.text)
        unresolved = re.findall(r"\{[\w-]+\}", rendered.text)
        assert all(u in typed for u in unresolved), (unresolved, rendered.text)
    assert not bot.log.fallbacks()


# --- 1. never fails ---------------------------------------------------------------------------

def test_any_text_is_answered_without_failing(bot: Bot) -> None:
    """core.handle never raises and no handler fails on it (no generic error, nothing logged as
    an error); core.render renders every reply. Private chats and groups (the sender an admin
    of it or not), every platform."""

    @EXAMPLES
    @given(text=TEXT, tag=TAG, private=st.booleans(), admin=st.booleans(),
           platform=st.sampled_from(PLATFORMS))
    def example(text: str, tag: str | None, private: bool, admin: bool, platform: str) -> None:
        user = bot.person()
        pairs = bot.run(bot.send(user, text=text, tag=tag, private=private, platform=platform,
                                 admin=admin and not private))
        note(f"replies: {[r.text.id for r, _ in pairs]}")
        check_no_failure(bot, pairs)

    example()


def test_any_button_data_is_answered_without_failing(bot: Bot) -> None:
    """The same for button data; data that is not ours at all only ever gets "expired"."""

    @EXAMPLES
    @given(data=BUTTON_DATA, tag=TAG, private=st.booleans(), admin=st.booleans(),
           platform=st.sampled_from(PLATFORMS))
    def example(data: str, tag: str | None, private: bool, admin: bool, platform: str) -> None:
        user = bot.person()
        pairs = bot.run(bot.send(user, action=data, tag=tag, private=private, platform=platform,
                                 admin=admin and not private))
        note(f"replies: {[r.text.id for r, _ in pairs]}")
        check_no_failure(bot, pairs)
        try:
            actions.decode(data)
        except actions.InvalidAction:
            assert [r.text.id for r, _ in pairs] == ["error-button-expired"]

    example()


# --- 2. in the user's language ----------------------------------------------------------------

def test_replies_are_in_the_users_language(bot: Bot, texts: Texts) -> None:
    """Private chat or group, text or button, from someone who chose no language: each reply
    is in negotiate(tag) or en, unless the update itself chose a language (then in that one,
    and only in a private chat), with no message id or placeable left raw."""
    ids = message_ids(texts)
    store = bot.core.services.store

    @EXAMPLES
    @given(update=st.tuples(st.just("text"), TEXT) | st.tuples(st.just("action"), BUTTON_DATA),
           tag=TAG, private=st.booleans(), platform=st.sampled_from(PLATFORMS))
    def example(update: tuple[str, str], tag: str | None, private: bool, platform: str) -> None:
        user = bot.person()
        kind, value = update

        async def run() -> tuple[Pairs, str | None]:
            pairs = await bot.send(user, tag=tag, private=private, platform=platform,
                                   **{kind: value})
            return pairs, await store.get_language(platform, user)

        pairs, chosen = bot.run(run())
        note(f"replies: {[(r.text.id, r.locale) for r, _ in pairs]}; chosen: {chosen}")
        typed = value if kind == "text" else ""
        if chosen is not None:
            assert private and may_set_language(typed or as_text(value)), chosen
        check_language(bot, pairs, {chosen or negotiated(tag)}, typed, ids)

    example()


# --- 3. no bidi controls ----------------------------------------------------------------------

bidi_heavy = st.lists(st.one_of(bidi, rtl, piece), min_size=1, max_size=10).map("".join)


def test_replies_carry_no_bidi_controls(bot: Bot) -> None:
    """core.py's _CONTROL takes the embeddings, overrides and isolates (U+202A-U+202E,
    U+2066-U+2069) out of what people type, and Fluent runs without isolating marks: no reply
    text or button label holds one, not even where the bot repeats the person's words (an
    unknown command, an unknown language code)."""

    @EXAMPLES
    @given(text=st.one_of(bidi_heavy, st.builds("/{}{}".format, command_name, bidi_heavy),
                          st.builds("/language {}".format, bidi_heavy),
                          st.builds("/faq {}".format, bidi_heavy), TEXT),
           tag=TAG, private=st.booleans(), platform=st.sampled_from(PLATFORMS))
    def example(text: str, tag: str | None, private: bool, platform: str) -> None:
        user = bot.person()
        pairs = bot.run(bot.send(user, text=text, tag=tag, private=private, platform=platform))
        note(f"replies: {[r.text for _, r in pairs]}")
        check_no_bidi_controls(pairs)

    example()


# --- 4. nothing stored that should not be -----------------------------------------------------

def test_text_keeps_no_flow_and_no_language(bot: Bot) -> None:
    """From someone in no flow, text leaves no flow and no language behind, except the commands
    that legitimately do so in a private chat; in a group (not its admin), nothing at all."""
    store = bot.core.services.store

    @EXAMPLES
    @given(text=TEXT, tag=TAG, private=st.booleans(), platform=st.sampled_from(PLATFORMS))
    def example(text: str, tag: str | None, private: bool, platform: str) -> None:
        user = bot.person()

        async def run() -> tuple[Any, ...]:
            await bot.send(user, text=text, tag=tag, private=private, platform=platform)
            return (await store.get_flow(platform, user), await store.get_language(platform, user),
                    await store.get_chat_language(platform, GROUP))

        flow, language, group_language = bot.run(run())
        note(f"flow: {flow}; language: {language}")
        assert group_language is None
        if flow is not None:
            assert private and flow.name in may_start_flow(text), flow
        if language is not None:
            assert private and may_set_language(text) and language in AUTONYMS, language

    example()


def test_forged_or_stale_buttons_store_nothing(bot: Bot) -> None:
    """Button data pressed by someone in no flow, in the middle of the survey, of the volunteer
    sign-up or of /forget's question, never makes a survey response or a volunteer; for someone
    in no flow it leaves no flow or language that the command it names could not have made."""
    store = bot.core.services.store

    @EXAMPLES
    @given(before=st.sampled_from([None, "/survey", "/volunteer", "/forget"]),
           presses=st.lists(BUTTON_DATA, min_size=1, max_size=3), tag=TAG,
           private=st.booleans())
    def example(before: str | None, presses: list[str], tag: str | None, private: bool) -> None:
        user = bot.person()

        async def run() -> tuple[Any, ...]:
            if before is not None:
                await bot.send(user, text=before, tag=tag)
            for data in presses:
                check_no_failure(bot, await bot.send(user, action=data, tag=tag, private=private))
            return (await store.list_responses("survey"), await store.list_volunteers(),
                    await store.get_flow("console", user),
                    await store.get_language("console", user))

        responses, volunteers, flow, language = bot.run(run())
        assert responses == [] and volunteers == []
        if before is None:
            commands = " ".join(as_text(data) for data in presses)
            if flow is not None:
                assert private and flow.name in may_start_flow(commands), flow
            if language is not None:
                assert private and may_set_language(commands), language

    example()


STATELESS = (ActionKind.COMMAND, ActionKind.LANGUAGE, ActionKind.FAQ, ActionKind.PRIVATE)
stale = st.builds("p1:{}:{}:{}".format,
                  st.sampled_from([k.value for k in ActionKind if k not in STATELESS]),
                  real_part | st.from_regex(r"[A-Za-z0-9_-]{0,20}", fullmatch=True),
                  real_part | st.from_regex(r"[A-Za-z0-9_-]{0,20}", fullmatch=True))


def test_buttons_of_flows_and_answers_that_do_not_exist_are_refused(bot: Bot) -> None:
    """Someone in no flow, with no survey response, presses a button that belongs to a flow
    step, a confirmation or an earlier response (any kind but a command, a language, an FAQ
    topic or the private-chat button): only "this button has expired", and nothing kept."""
    store = bot.core.services.store

    @EXAMPLES
    @given(data=stale, tag=TAG, private=st.booleans())
    def example(data: str, tag: str | None, private: bool) -> None:
        user = bot.person()

        async def run() -> tuple[Pairs, Any, Any]:
            pairs = await bot.send(user, action=data, tag=tag, private=private)
            return (pairs, await store.get_flow("console", user),
                    await store.get_language("console", user))

        pairs, flow, language = bot.run(run())
        assert [r.text.id for r, _ in pairs] == ["error-button-expired"]
        assert flow is None and language is None

    example()


blank = st.text(st.sampled_from(" \t\n\u3000" + ZERO_WIDTH + "\u2061\u2062\u2063\u2064\u180e"),
                min_size=1, max_size=5)


def test_an_answer_that_shows_nothing_is_not_recorded(bot: Bot) -> None:
    """A typed answer made only of spaces and invisible format characters (zero-width spaces,
    joiners, marks, the word joiner) is as empty as no answer: it is asked again, not stored."""
    store = bot.core.services.store

    @settings(EXAMPLES, max_examples=50)
    @given(text=blank)
    def example(text: str) -> None:
        user = bot.person()

        async def run() -> tuple[Pairs, Any]:
            await bot.send(user, text="/volunteer")
            pairs = await bot.send(user, text=text)
            return pairs, await store.get_flow("console", user)

        pairs, flow = bot.run(run())
        assert flow is not None and flow.step == "group", flow
        assert pairs[0][0].text.id == "flow-empty"

    example()


# --- 5. buttons the bot makes -----------------------------------------------------------------

def test_buttons_decode_and_fit_64_bytes(bot: Bot) -> None:
    """Whatever was typed or pressed before, every button the bot shows decodes and fits
    Telegram's 64 bytes of callback data."""

    @EXAMPLES
    @given(first=st.sampled_from([*COMMANDS, None]), text=TEXT, data=BUTTON_DATA, tag=TAG,
           private=st.booleans(), admin=st.booleans())
    def example(first: str | None, text: str, data: str, tag: str | None, private: bool,
                admin: bool) -> None:
        user = bot.person()
        where = {"tag": tag, "private": private, "admin": admin and not private}

        async def run() -> None:
            if first is not None:
                check_buttons(await bot.send(user, text=first, **where))
            check_buttons(await bot.send(user, text=text, **where))
            check_buttons(await bot.send(user, action=data, **where))

        bot.run(run())

    example()


# --- all of it along a conversation -----------------------------------------------------------

def forward(pairs: Pairs, choice: int, answer: str) -> tuple[str, str] | None:
    """What moves the flow on: the answer typed where a typed answer is asked for, else one of
    the buttons shown (Done once something is picked), never Back."""
    if not pairs:
        return None
    if pairs[-1][1].text_limit:
        return "text", answer
    shown = [(label, data, actions.decode(data)) for _, r in pairs for row in r.buttons
             for label, data, *_ in row]
    done = [data for _, data, action in shown if action.kind is ActionKind.DONE]
    if done and choice % 2 and any(label.startswith("✓") for label, *_ in shown):
        return "action", done[0]
    ahead = [data for _, data, action in shown
             if action.kind not in (ActionKind.BACK, ActionKind.UNPICK)]
    return ("action", ahead[choice % len(ahead)]) if ahead else None


def answer_step(weight: int) -> st.SearchStrategy[tuple[str, Any]]:
    move = st.tuples(st.just("forward"), st.tuples(st.integers(0, 40),
                                                   mixed | st.text(max_size=30)))
    return st.one_of(*[move] * weight)


step = st.one_of(
    answer_step(3),
    st.tuples(st.just("press"), st.integers(0, 40)),  # any of the buttons shown last
    st.tuples(st.just("press"), st.integers(0, 40)),
    st.tuples(st.just("type"), mixed | st.text(max_size=30) | st.sampled_from(REAL_WORDS)),
    st.tuples(st.just("type"), TEXT),
    st.tuples(st.just("type"), st.sampled_from(COMMANDS)),
    st.tuples(st.just("forge"), BUTTON_DATA),
)
detour = st.one_of(
    answer_step(8),
    st.tuples(st.just("press"), st.integers(0, 40)),
    st.tuples(st.just("type"), st.one_of(mixed, st.text(), long_line)),  # no commands
    st.tuples(st.just("forge"), BUTTON_DATA),
)


async def converse(bot: Bot, ids: re.Pattern[str], tag: str | None, first: str,
                   steps: list[tuple[str, Any]]) -> None:
    """One person's conversation, every property checked after each step."""
    user = bot.person()
    store = bot.core.services.store
    respondent = respondent_id(bot.core.services.secret, "console", user)
    typed = first  # everything typed so far: answers come back in summaries
    chosen = None
    pairs = screen = await bot.send(user, text=first, tag=tag)
    thanked: set[str] = set()
    for number, (kind, value) in enumerate([("type", first), *steps]):
        if number:
            if kind == "forward":
                move = forward(screen, *value)
                if move is None:
                    continue
                kind, value = move
            elif kind == "press":
                shown = [d for _, r in screen for row in r.buttons for _, d, *_ in row]
                if not shown:
                    continue
                kind, value = "action", shown[value % len(shown)]
            if kind in ("type", "text"):
                typed += "\n" + value
                pairs = await bot.send(user, text=value, tag=tag)
            else:
                pairs = await bot.send(user, action=value, tag=tag)
        if any(r.buttons or r.text_limit for _, r in pairs):
            screen = pairs  # the buttons still shown (a chat keeps earlier messages)
        said = [r.text.id for r, _ in pairs]
        note(f"{kind} {value!r} -> {said}")
        check_no_failure(bot, pairs)
        check_buttons(pairs)
        check_no_bidi_controls(pairs)
        before, chosen = chosen, await store.get_language("console", user)
        # /forget deletes the chosen language: its answer is still in that language.
        check_language(bot, pairs, {before or negotiated(tag), chosen or negotiated(tag)}
                       if "forget-done" in said else {chosen or negotiated(tag)}, typed, ids)
        bot.log.records.clear()
        thanked |= set(said) & {"survey-thanks", "volunteer-thanks"}
        if await store.get_response("survey", respondent) is not None:
            assert "survey-thanks" in thanked
        if any(v.user_id == user for v in await store.list_volunteers()):
            assert "volunteer-thanks" in thanked


def test_a_conversation_keeps_every_property(bot: Bot, texts: Texts) -> None:
    """Someone presses the buttons they were shown, types anything or a command, sends forged
    data, in any order: no handler fails, every reply is in their language (the one they
    chose, else their platform's), buttons decode and fit, no bidi control shows, and a survey
    response or a volunteer exists only once the bot said thank you for it."""
    ids = message_ids(texts)

    @settings(EXAMPLES, max_examples=100)
    @given(first=st.sampled_from(COMMANDS), steps=st.lists(step, min_size=10, max_size=50),
           tag=TAG)
    def example(first: str, steps: list[tuple[str, Any]], tag: str | None) -> None:
        bot.run(converse(bot, ids, tag, first, steps))

    example()


def test_the_survey_and_sign_up_with_detours_keep_every_property(bot: Bot, texts: Texts) -> None:
    """The same, for someone who mostly answers (so that the survey and the sign-up end, and
    what they typed comes back in the summary of /survey) but types or presses anything on
    the way."""
    ids = message_ids(texts)

    @settings(EXAMPLES, max_examples=40)
    @given(first=st.sampled_from(["/survey", "/volunteer"]),
           steps=st.lists(detour, min_size=20, max_size=60), tag=TAG)
    def example(first: str, steps: list[tuple[str, Any]], tag: str | None) -> None:
        bot.run(converse(bot, ids, tag, first, [*steps, ("type", first)]))

    example()

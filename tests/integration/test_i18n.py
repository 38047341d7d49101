"""Real .ftl loading: every message in every locale, plurals, right-to-left text, fallback."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from bot.check import Report, load_locale
from bot.core import Core
from bot.i18n import LAST_RESORT, Translator
from bot.languages import LOCALES, RTL
from bot.settings import PROJECT_ROOT
from bot.types import Incoming

LOCALES_DIR = PROJECT_ROOT / "locales"
NUMBERS = (0, 1, 2, 3, 5, 11, 21, 100, 1_000_000)
BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
URL = re.compile(r"https://\S+")


@pytest.fixture(scope="module")
def i18n() -> Translator:
    return Translator(LOCALES_DIR)


def en_messages() -> dict[str, set[str]]:
    entries = load_locale(LOCALES_DIR, "en", Report())
    return {k: e.variables for k, e in entries.items() if not k.startswith("-")}


NUMERIC = {"count", "seconds", "limit", "change", "total"}  # variables that carry numbers
CHOICES = {"logged": "yes", "to": "liaison", "status": "mine"}  # choose a wording, not shown


def sample_args(variables: set[str], number: int) -> dict[str, Any]:
    return {v: number if v in NUMERIC else CHOICES.get(v, f"https://example.org/{v}")
            for v in variables}


@pytest.mark.parametrize("code", LOCALES)
def test_every_message_formats_cleanly(i18n: Translator, code: str) -> None:
    bundle = i18n.bundles[code]
    for msg_id, variables in en_messages().items():
        assert bundle.has_message(msg_id), f"{code} lacks {msg_id}"
        for number in (*NUMBERS, -1) if variables & NUMERIC else (0,):
            pattern = bundle.get_message(msg_id).value
            text, errors = bundle.format_pattern(pattern, sample_args(variables, number))
            assert not errors, (code, msg_id, errors)
            assert text.strip() and msg_id not in text
            assert not BIDI_MARKS.search(text), (code, msg_id)
            for var in variables - NUMERIC - set(CHOICES):
                assert f"https://example.org/{var}" in text, (code, msg_id, var)


# Words that are the same in English and in that language.
SAME_WORD = {("da", "volunteer-send"), ("de", "flow-skipped"), ("es", "flow-no")}


@pytest.mark.parametrize("code", [c for c in LOCALES if c != "en"])
def test_translated_not_copied(i18n: Translator, code: str) -> None:
    """Every message with words of its own differs from the English."""
    same = [
        m for m, variables in en_messages().items()
        if i18n.own(code, m, sample_args(variables, 2)) == i18n.own("en", m, sample_args(
            variables, 2)) and _has_words(i18n.own("en", m, {}) or "", variables)
        and (code, m) not in SAME_WORD
        and not m.startswith("cmdname-")  # command names may stay as users type them anyway
    ]
    assert not same, f"{code} has English text in {same}"


def _has_words(text: str, variables: set[str]) -> bool:
    for name in variables:
        text = text.replace(name, "")
    return bool(re.search(r"[A-Za-z]{2}", text))


def test_a_missing_message_never_shows_its_id(i18n: Translator, tmp_path: Path) -> None:
    text = i18n.format("de", "no-such-message")
    assert text == i18n.format("de", "error-generic") and "no-such-message" not in text
    empty = Translator(tmp_path)
    assert empty.format("ar", "start-greeting") == LAST_RESORT


def test_portuguese_plural_rules_differ(tmp_path: Path) -> None:
    for code in ("pt", "pt-BR", "en"):
        (tmp_path / code).mkdir()
        (tmp_path / code / "t.ftl").write_text("n = { $n ->\n    [one] ONE\n   *[other] OTHER\n}\n")
    t = Translator(tmp_path)
    assert [t.format("pt-BR", "n", {"n": n}) for n in (0, 1, 2)] == ["ONE", "ONE", "OTHER"]
    assert [t.format("pt", "n", {"n": n}) for n in (0, 1, 2)] == ["OTHER", "ONE", "OTHER"]


def test_portuguese_plural_in_the_shipped_messages(i18n: Translator) -> None:
    def forget(code: str, n: int) -> str:
        return i18n.format(code, "forget-done", {"count": n})

    assert forget("pt", 0) == forget("pt", 2).replace("2", "0")  # 0 -> other in Portugal
    assert forget("pt", 0) != forget("pt", 1).replace("1", "0")
    assert forget("pt-BR", 0) == forget("pt-BR", 1).replace("1", "0")  # 0 -> one in Brazil
    assert forget("pt-BR", 0) != forget("pt-BR", 2).replace("2", "0")


def first_strong(text: str) -> str | None:
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("L", "R", "AL"):
            return kind
    return None


CONVERSATION = ["/start", "/help", "/faq", "/liaison", "/salon", "/discuss", "/privacy",
                "/forget", "/cancel", "/nonsense", "x" * 5000, "/language zz", "/faq ???"]


@pytest.mark.parametrize("code", sorted(RTL))
async def test_right_to_left_replies_read_correctly(core: Core, code: str) -> None:
    links = set(core.services.content.links.values())
    for line in CONVERSATION:
        for reply in await core.handle(Incoming("console", "1", "1", text=line, locale_tag=code)):
            shown = core.render(reply)
            assert shown.rtl and shown.locale == code
            assert not BIDI_MARKS.search(shown.text)
            for paragraph in shown.text.split("\n"):
                if paragraph.strip() and not URL.fullmatch(paragraph.strip()):
                    assert first_strong(paragraph) in ("R", "AL"), (line, paragraph)
            for url in URL.findall(shown.text):
                assert url.rstrip(".،") in links or "/" in url, url
                before = shown.text[shown.text.index(url) - 1]
                assert before in " \n:：", (url, before)
            for row in shown.buttons if line != "/language zz" else ():
                for label, *_ in row:
                    assert first_strong(label) in ("R", "AL"), label


@pytest.mark.parametrize(("code", "script"), [("ja", "\u3040-\u30ff\u4e00-\u9fff"),
                                             ("zh-Hans", "\u4e00-\u9fff"), ("th", "\u0e00-\u0e7f")])
async def test_scripts_without_spaces_are_shown_in_their_script(
    core: Core, code: str, script: str
) -> None:
    for line in ("/start", "/salon", "/help"):
        [reply] = await core.handle(Incoming("console", "2", "2", text=line, locale_tag=code))
        text = core.render(reply).text
        assert len(re.findall(f"[{script}]", text)) > len(text) // 4, text

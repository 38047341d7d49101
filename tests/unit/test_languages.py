"""Negotiating platform language tags (Telegram and Discord forms) and the fallback chains."""

from __future__ import annotations

import pytest

from bot.languages import AUTONYMS, LOCALES, chain, negotiate

TAGS = [
    # Telegram sends lower-case client tags
    ("en", "en"), ("ru", "ru"), ("de", "de"), ("pt-br", "pt-BR"), ("pt", "pt"),
    ("zh-hans", "zh-Hans"), ("zh-hant", "zh-Hans"), ("de-at", "de"), ("ar", "ar"),
    ("fa", "fa"), ("uk", None), ("ko", None), ("zh-hant-tw", "zh-Hans"), ("ug", "ug"),
    ("eo", "eo"), ("id", "id"), ("th", "th"), ("hi", "hi"), ("ja", "ja"),
    # Discord's locale values
    ("pt-BR", "pt-BR"), ("es-ES", "es"), ("es-419", "es"), ("zh-CN", "zh-Hans"),
    ("zh-TW", "zh-Hans"), ("en-US", "en"), ("en-GB", "en"), ("sv-SE", None), ("no", None),
    ("fr", "fr"), ("hu", "hu"), ("da", "da"), ("pl", "pl"), ("ro", "ro"), ("tr", "tr"),
    # other spellings people and libraries produce
    ("PT_br", "pt-BR"), ("pt-PT", "pt"), ("pt-AO", "pt"), ("ZH", "zh-Hans"),
    ("zh_Hans_CN", "zh-Hans"),
    ("fr-CA", "fr"), (" de ", "de"), ("", None), (None, None), ("x" * 80, None), ("xx", None),
    ("ar-EG", "ar"), ("fa-IR", "fa"), ("klingon", None),
]


@pytest.mark.parametrize(("tag", "expected"), TAGS)
def test_negotiate(tag: str | None, expected: str | None) -> None:
    assert negotiate(tag) == expected


def test_table_is_large_enough() -> None:
    assert len(TAGS) >= 30


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("pt-BR", ("pt-BR", "pt", "en")),
        ("pt", ("pt", "pt-BR", "en")),
        ("zh-Hans", ("zh-Hans", "en")),
        ("ar", ("ar", "en")),
        ("en", ("en",)),
        ("nonsense", ("en",)),
    ],
)
def test_chain(code: str, expected: tuple[str, ...]) -> None:
    assert chain(code) == expected


def test_every_code_negotiates_to_itself() -> None:
    assert len(LOCALES) == 21
    for code in LOCALES:
        assert negotiate(code) == code
        assert negotiate(code.lower()) == code
        assert AUTONYMS[code]

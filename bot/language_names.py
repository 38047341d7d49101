"""Language names inside sentences: each locale's own word for a language (CLDR through Babel),
and lists joined with the locale's own commas and conjunction. Buttons keep the autonyms."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from babel import Locale
from babel.lists import format_list

from bot.languages import AUTONYMS, BABEL_LOCALE

# Babel has no list patterns for Uyghur (it falls back to English ", and"): the Arabic-script
# comma and ۋە ("and").
_UYGHUR_COMMA, _UYGHUR_AND = "، ", " ۋە "


@cache
def name_in(locale: str, code: str) -> str:
    """The language `code` as a word of `locale` ("allemand" in French, "Deutsch" in German)."""
    if code not in AUTONYMS:
        return code
    ui = Locale.parse(BABEL_LOCALE.get(locale, "en"))
    babel_code = BABEL_LOCALE[code]
    found = ui.languages.get(babel_code) or Locale.parse(babel_code).get_display_name(ui)
    return found or AUTONYMS[code]


def names_in(locale: str, codes: Iterable[str]) -> str:
    """Several languages as one phrase of `locale`: "allemand, arabe et français"."""
    names = [name_in(locale, code) for code in codes]
    if locale == "ug":
        if len(names) < 2:
            return "".join(names)
        return _UYGHUR_COMMA.join(names[:-1]) + _UYGHUR_AND + names[-1]
    if not names:
        return ""
    # CLDR's Persian list puts a right-to-left mark after its comma; our texts carry no
    # direction marks (each line starts with a letter of its direction instead).
    return format_list(names, locale=BABEL_LOCALE.get(locale, "en")).replace("\u200f", "")

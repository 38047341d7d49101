"""FAQ matching in every locale: weighted keyword stems per language, with typo tolerance.

Keywords come from each locale's `faq-<id>-keywords` message, so translators write the words
their speakers actually use. Matching is on normalized text (NFKC, case folded, Latin accents
and Arabic vowel marks removed, Arabic/Persian letter variants folded): short Latin or Cyrillic
stems must start a word; longer stems and Arabic, Devanagari, CJK and Thai keywords match
anywhere, which handles compounds, attached articles and scripts written without spaces.
rapidfuzz's partial_ratio forgives typos in longer keywords.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.content import Content
from bot.i18n import Translator
from bot.languages import LOCALES, chain

MIN_SCORE = 1.5  # below this nothing matches: one distinctive keyword is about 2.8
FUZZY_MIN_LENGTH = 6
FUZZY_CUTOFF = 88.0
FUZZY_WEIGHT = 0.7
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ک": "ك",
                       "ة": "ه", "ۀ": "ه", "ؤ": "و", "ئ": "ي", "ـ": ""})
_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Lower-case, accent-free, punctuation-free text padded with one space at each end."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    text = "".join(ch for ch in text if not "\u0300" <= ch <= "\u036f")
    text = _ARABIC_MARKS.sub("", unicodedata.normalize("NFC", text)).translate(_FOLD)
    text = "".join(" " if unicodedata.category(ch)[0] in "PSZC" else ch for ch in text)
    return " " + _SPACES.sub(" ", text).strip() + " "


def _needs_word_start(keyword: str) -> bool:
    """Short stems in Latin, Cyrillic or Greek script must begin a word ("art" not in "start")."""
    if len(keyword) >= 5:
        return False
    return all(ord(ch) < 0x0590 for ch in keyword)  # scripts up to Armenian; Hebrew+ anywhere


@dataclass(frozen=True)
class Keyword:
    text: str
    weight: float
    word_start: bool


@dataclass(frozen=True)
class Match:
    entry_id: str
    score: float


class FaqMatcher:
    def __init__(self, index: dict[str, list[tuple[str, list[Keyword]]]]) -> None:
        self.index = index

    @classmethod
    def build(cls, content: Content, translator: Translator) -> FaqMatcher:
        raw: dict[str, dict[str, set[str]]] = {}
        for code in LOCALES:
            raw[code] = {}
            for entry in content.faq:
                words = raw[code].setdefault(entry.id, set())
                for source in chain(code):
                    words.update(_split(translator.own(source, entry.keywords) or ""))
        index = {code: _weigh(entries) for code, entries in raw.items()}
        return cls(index)

    def match(self, locale: str, text: str) -> Match | None:
        """The best entry for a question in this locale, or None when nothing fits well."""
        query = normalize(text)
        if len(query.strip()) == 0:
            return None
        best: tuple[float, int, str] | None = None
        for entry_id, keywords in self.index.get(locale, self.index["en"]):
            score, covered = _score(query, keywords)
            if best is None or (score, covered) > best[:2]:
                best = (score, covered, entry_id)
        if best is None or best[0] < MIN_SCORE:
            return None
        return Match(best[2], round(best[0], 3))


def _split(raw: str) -> set[str]:
    return {norm for part in raw.split(",") if len(norm := normalize(part).strip()) >= 2}


def _weigh(entries: dict[str, set[str]]) -> list[tuple[str, list[Keyword]]]:
    """Weight each keyword by inverse entry frequency: words shared by many entries count less."""
    total = len(entries)
    freq: dict[str, int] = {}
    for words in entries.values():
        for word in words:
            freq[word] = freq.get(word, 0) + 1
    return [
        (
            entry_id,
            [
                Keyword(w, math.log(1 + total / freq[w]), _needs_word_start(w))
                for w in sorted(words, key=len, reverse=True)
            ],
        )
        for entry_id, words in entries.items()
    ]


def _score(query: str, keywords: list[Keyword]) -> tuple[float, int]:
    score = 0.0
    covered = 0
    for kw in keywords:
        if (" " + kw.text) in query if kw.word_start else kw.text in query:
            score += kw.weight
            covered += len(kw.text)
        elif len(kw.text) >= FUZZY_MIN_LENGTH and (
            fuzz.partial_ratio(kw.text, query, score_cutoff=FUZZY_CUTOFF)
        ):
            score += kw.weight * FUZZY_WEIGHT
            covered += len(kw.text) // 2
    return score, covered

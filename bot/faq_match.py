"""FAQ matching in every locale: keyword stems per language plus character n-gram similarity.

Two signals are added up. Keywords come from each locale's `faq-<id>-keywords` message, so
translators write the words their speakers actually use; each is weighted by how few entries
share it. The second signal is the TF-IDF cosine between the question's character n-grams and
those of the entry's title, answer and keywords, which catches paraphrases that use the answer's
own vocabulary and needs no word boundaries (trigrams within words; bigrams for Thai and CJK).
The sum is scaled by how much of the question the FAQ knows at all, so a question about a hair
salon's opening hours does not get the Strategy Salon answer.

Text is normalized first (NFKC, case folded, Latin accents and Arabic vowel marks removed,
Arabic/Persian letter variants folded). Short Latin or Cyrillic stems must start a word; longer
stems and Arabic, Devanagari, CJK and Thai keywords match anywhere, which handles compounds,
attached articles and scripts written without spaces. rapidfuzz's partial_ratio forgives typos
in longer keywords.
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

MIN_SCORE = 2.6  # below this nothing matches: one distinctive keyword alone is about 2.8
TEXT_WEIGHT = 6.0  # a cosine of 0.3 with an entry's text weighs about as much as one keyword
# A question whose words mostly appear nowhere in the FAQ (hair salon opening hours, a bank's
# student grant) is about something else, even if one keyword matches: the score is scaled by
# the share of the question's n-grams known to the locale's FAQ, to this power.
COVERAGE_POWER = 1.0
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
    """The FAQ index of each locale is built on the first question in that locale (about 60 ms
    with its translations parsed): a start that never answers a question builds none."""

    def __init__(self, content: Content, translator: Translator) -> None:
        self.content = content
        self.translator = translator
        self.indexes: dict[str, LocaleIndex] = {}

    @classmethod
    def build(cls, content: Content, translator: Translator) -> FaqMatcher:
        """A matcher with every locale's index built now (no first question waits)."""
        matcher = cls(content, translator)
        for code in LOCALES:
            matcher.index(code)
        return matcher

    def index(self, locale: str) -> LocaleIndex:
        """The locale's keywords and text vectors, built once."""
        found = self.indexes.get(locale)
        if found is None:
            found = self.indexes[locale] = LocaleIndex.build(self.content, self.translator, locale)
        return found

    def match(self, locale: str, text: str) -> Match | None:
        """The best entry for a question in this locale, or None when nothing fits well."""
        query = normalize(text)
        if len(query.strip()) == 0:
            return None
        index = self.index(locale if locale in LOCALES else "en")
        similarity, coverage = index.texts.similarity(query)
        best: tuple[float, int, str] | None = None
        for entry_id, keywords in index.keywords:
            score, covered = _score(query, keywords)
            score += TEXT_WEIGHT * similarity.get(entry_id, 0.0)
            score *= coverage**COVERAGE_POWER
            if best is None or (score, covered) > best[:2]:
                best = (score, covered, entry_id)
        if best is None or best[0] < MIN_SCORE:
            return None
        return Match(best[2], round(best[0], 3))


@dataclass(frozen=True)
class LocaleIndex:
    """One locale's FAQ: weighted keywords per entry and TF-IDF vectors of the entries' text,
    both from the locale's messages and those of its fallback chain."""

    keywords: list[tuple[str, list[Keyword]]]
    texts: TextIndex

    @classmethod
    def build(cls, content: Content, translator: Translator, code: str) -> LocaleIndex:
        words: dict[str, set[str]] = {}
        docs: dict[str, str] = {}
        for entry in content.faq:
            words[entry.id] = set()
            parts = []
            for source in chain(code):
                words[entry.id].update(_split(translator.own(source, entry.keywords) or ""))
                for msg in (entry.title, entry.answer, entry.keywords):
                    parts.append(translator.own(source, msg, {"link": ""}) or "")
            docs[entry.id] = " ".join(parts)
        return cls(_weigh(words), TextIndex(docs))


def _unspaced(token: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" or ch >= "\u3000" for ch in token)


def _ngrams(normalized: str, coarse: bool = False) -> dict[str, float]:
    """Log-scaled counts of character trigrams within words; bigrams for Thai and CJK.

    `coarse` gives single characters for Thai and CJK instead: their vocabulary is dense enough
    to tell whether a question's text is known to the FAQ at all.
    """
    counts: dict[str, int] = {}
    for token in normalized.split():
        if _unspaced(token):
            size, padded = (1 if coarse else 2), token
        else:
            size, padded = 3, f" {token} "
        for i in range(max(1, len(padded) - size + 1)):
            gram = padded[i : i + size]
            counts[gram] = counts.get(gram, 0) + 1
    return {gram: 1.0 + math.log(n) for gram, n in counts.items()}


class TextIndex:
    """TF-IDF vectors of each entry's title and answer, compared by cosine."""

    def __init__(self, docs: dict[str, str]) -> None:
        grams = {entry_id: _ngrams(normalize(text)) for entry_id, text in docs.items()}
        total = len(grams)
        freq: dict[str, int] = {}
        for vector in grams.values():
            for gram in vector:
                freq[gram] = freq.get(gram, 0) + 1
        self.unseen = math.log(1 + total)
        self.coarse_idf = _idf([_ngrams(normalize(text), coarse=True) for text in docs.values()])
        self.idf = {gram: math.log(1 + total / n) for gram, n in freq.items()}
        self.vectors = {entry_id: _unit({g: tf * self.idf[g] for g, tf in vector.items()})
                        for entry_id, vector in grams.items()}

    def similarity(self, normalized_query: str) -> tuple[dict[str, float], float]:
        """Cosine with each entry, and the share of the query's n-grams (weighted by rarity)
        that the FAQ knows."""
        grams = _ngrams(normalized_query)
        coarse = _ngrams(normalized_query, coarse=True)
        known = sum(tf * self.coarse_idf[g] for g, tf in coarse.items() if g in self.coarse_idf)
        unknown = sum(tf * self.unseen for g, tf in coarse.items() if g not in self.coarse_idf)
        coverage = known / ((known + unknown) or 1.0)
        query = _unit({g: tf * self.idf.get(g, self.unseen) for g, tf in grams.items()})
        cosine = {
            entry_id: sum(w * vector.get(g, 0.0) for g, w in query.items())
            for entry_id, vector in self.vectors.items()
        }
        return cosine, coverage


def _idf(vectors: list[dict[str, float]]) -> dict[str, float]:
    freq: dict[str, int] = {}
    for vector in vectors:
        for gram in vector:
            freq[gram] = freq.get(gram, 0) + 1
    return {gram: math.log(1 + len(vectors) / n) for gram, n in freq.items()}


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
    return {g: w / norm for g, w in vector.items()}


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
    """Sum of the weights of the keywords found, and how many characters they cover.

    Overlapping keywords add up on purpose: a question that names "organizational strategy
    liaison" is more surely about that entry than one that only says "organization". Only
    single words are matched fuzzily, to forgive typos; a fuzzy phrase would match any text
    that shares most of its letters ("new discussion" in "a discussion").
    """
    score = 0.0
    covered = 0
    for kw in keywords:
        if (" " + kw.text) in query if kw.word_start else kw.text in query:
            score += kw.weight
            covered += len(kw.text)
        elif (
            len(kw.text) >= FUZZY_MIN_LENGTH
            and " " not in kw.text
            and fuzz.partial_ratio(kw.text, query, score_cutoff=FUZZY_CUTOFF)
        ):
            score += kw.weight * FUZZY_WEIGHT
            covered += len(kw.text) // 2
    return score, covered

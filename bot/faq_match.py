"""FAQ matching in every locale: an intent model, keywords, and character n-gram similarity.

Four signals are added up. The intent model (bot/faq_model.py) is a logistic regression per
locale, trained on the locale's example questions over character n-grams and Snowball word
stems: the probability it gives each entry. Keywords come from each locale's
`faq-<id>-keywords` message, so translators write the words their speakers actually use; each
is weighted by how few entries share it. Then two TF-IDF cosines over character n-grams: with
the nearest example question of each entry, and with the entry's whole text (title, answer,
keywords and examples), which needs no word boundaries (trigrams within words; bigrams for Thai
and CJK). The sum is scaled by how much of the question the FAQ knows at all, so a question
about a hair salon's opening hours does not get the Strategy Salon answer; a question the
intent model finds like the examples of what the FAQ does not answer gets nothing.

Text is normalized first (NFKC, case folded, Latin accents and Arabic vowel marks removed,
Arabic/Persian letter variants folded). Short Latin or Cyrillic stems must start a word; longer
stems and Arabic, Devanagari, CJK and Thai keywords match anywhere, which handles compounds,
attached articles and scripts written without spaces. rapidfuzz's partial_ratio forgives typos
in longer keywords.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import math
import threading
import time
from dataclasses import dataclass

from rapidfuzz import fuzz

from bot import offload
from bot.content import Content
from bot.faq_model import IntentModel, intent_model, keep, train, trained, untrained
from bot.faq_text import ExampleIndex, TextIndex, load_examples, normalize
from bot.i18n import Translator
from bot.languages import LOCALES, chain

log = logging.getLogger(__name__)

# Below this nothing matches: chosen on tests/data/faq/tune (never held-out) with its
# off-topic questions in every locale weighed as much as its real ones (an answer to a
# question about a hair salon costs trust; no answer leads to the topics and to a person).
MIN_SCORE = 5.5
# The weights of the four signals, chosen together on the tuning set of all 21 locales (a grid
# of weights, thresholds and powers, each point judged with its neighbours so that the choice
# sits on a plateau, not on a peak of the tuning set). The intent model, trained on some 35
# example questions per entry, says most about what a question means: it has learnt which
# words tell neighbours apart ("sign up" and "become" beside "Organizational Strategy
# Liaison"), where keywords and cosines count the words a question shares with each entry.
INTENT_WEIGHT = 12.0  # the entry's probability by the locale's intent model (faq_model)
KEYWORD_WEIGHT = 0.1
EXAMPLE_WEIGHT = 4.0  # the nearest example question's cosine
TEXT_WEIGHT = 8.0  # the cosine with an entry's whole text (title, answer, keywords, examples)
# A runner-up within this share of the best score: ask "did you mean …?". On the tuning set,
# 0.75 offers choices for 1.2% of the questions and answers 0.4% wrongly (0.85: 0.5% and
# 0.5%; 0.6: 2.9% and 0.2%).
CLOSE = 0.75
NOT_FAQ = "off_topic"  # the examples of questions the FAQ does not answer
# The intent model's probability of NOT_FAQ from which a question gets no answer. On the tuning
# set (with the Hindi, Japanese and Chinese examples of 2026-12-03), 0.25 rejects 98.9% of its
# off-topic questions and answers 98.0% right first; 0.3 98.5% and 98.1%; 0.2 99.3% and 97.6%
# (0.25 and 0.2 weigh alike: on a tie, answering more was preferred).
OFF_TOPIC_MIN = 0.25
# A question whose words mostly appear nowhere in the FAQ (hair salon opening hours, a bank's
# student grant) is about something else, even if one keyword matches: the score is scaled by
# the share of the question's n-grams known to the locale's FAQ, to this power.
COVERAGE_POWER = 2.0
# Japanese, Chinese and Thai are written without spaces: coverage is counted in characters
# there, and a paraphrase uses more characters the FAQ never wrote than one in words does.
# Chosen on the tuning set.
UNSPACED = frozenset({"ja", "zh-Hans", "th"})
UNSPACED_MIN_SCORE = 4.4
UNSPACED_COVERAGE_POWER = 1.0
TRAINING_TIMEOUT = 60.0  # seconds the worker may take to train a locale's model (0.4 s usual)
RETRY_TRAINING = 300.0  # seconds after a failed training before the next question tries again
FUZZY_MIN_LENGTH = 6
FUZZY_CUTOFF = 88.0
FUZZY_WEIGHT = 0.7



def least(locale: str) -> float:
    """The score below which nothing matches in this locale."""
    return UNSPACED_MIN_SCORE if locale in UNSPACED else MIN_SCORE


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


@dataclass(frozen=True)
class Guess:
    """One answer, or entries to choose from, or (both empty) nothing that fits."""

    answer: Match | None
    choices: tuple[Match, ...]


class FaqMatcher:
    """The FAQ index of each locale is built on the first question in that locale: a start
    that never answers a question builds none. Its intent model takes about 0.4 s to train:
    `prepare` trains it in the worker process (bot/offload.py), since a thread would hold the
    event loop up (scikit-learn keeps the GIL for long stretches: 125 ms measured), and builds
    the rest in a thread, once however many first questions arrive together. `index` builds
    it all where it is called (the CLI, tests)."""

    def __init__(self, content: Content, translator: Translator) -> None:
        self.content = content
        self.translator = translator
        self.indexes: dict[str, LocaleIndex] = {}
        self._building = threading.Lock()
        self._preparing: dict[str, asyncio.Task[None]] = {}
        self._failed: dict[str, float] = {}  # locale -> when its model could not be trained

    @classmethod
    def build(cls, content: Content, translator: Translator) -> FaqMatcher:
        """A matcher with every locale's index built now (no first question waits)."""
        matcher = cls(content, translator)
        for code in LOCALES:
            matcher.index(code)
        return matcher

    def index(self, locale: str) -> LocaleIndex:
        """The locale's keywords, text vectors and intent model, built once."""
        found = self.indexes.get(locale)
        if found is None:
            with self._building:  # two first questions at once build it once
                found = self.indexes.get(locale)
                if found is None:
                    found = LocaleIndex.build(self.content, self.translator, locale,
                                              load_examples(self.translator.root, locale))
                    self.indexes[locale] = found
        return found

    async def prepare(self, locale: str) -> None:
        """The locale's index built without holding up the event loop; a model that could not
        be trained is tried again after RETRY_TRAINING seconds."""
        locale = locale if locale in LOCALES else "en"
        failed = self._failed.get(locale)
        if locale in self.indexes and (failed is None
                                       or time.monotonic() - failed < RETRY_TRAINING):
            return
        task = self._preparing.get(locale)
        if task is None or task.done() or task.get_loop() is not asyncio.get_running_loop():
            task = self._preparing[locale] = asyncio.ensure_future(self._prepare(locale))
        await asyncio.shield(task)  # a caller that gives up does not stop it for the others

    async def _prepare(self, locale: str) -> None:
        examples = await asyncio.to_thread(load_examples, self.translator.root, locale)
        model = trained(examples, locale)
        if model is None:
            try:
                model = keep(examples, locale, await asyncio.wait_for(
                    offload.in_process(train, examples, locale), TRAINING_TIMEOUT))
                self._failed.pop(locale, None)
            except Exception:  # TimeoutError, a dead worker, an error in training
                log.exception("the FAQ intent model of %s could not be trained", locale)
                self._failed[locale] = time.monotonic()
                model = untrained(locale)  # its other signals answer meanwhile
        built = await asyncio.to_thread(LocaleIndex.build, self.content, self.translator,
                                        locale, examples, model)
        with self._building:
            self.indexes[locale] = built
        # The index lives as long as the process: moved out of the cyclic collector's sight,
        # full collections (which hold every thread, the event loop's too) stay short
        # (measured: 45-75 ms each while locales were being built, the loop as late). It
        # freezes what else is alive at that moment too, once per locale: a bounded cost.
        gc.freeze()

    async def guess_soon(self, locale: str, text: str) -> Guess:
        """`guess` for a caller on the event loop."""
        await self.prepare(locale)
        return await asyncio.to_thread(self.guess, locale, text)

    def rank(self, locale: str, text: str) -> list[Match]:
        """Every entry with its score for a question in this locale, best first."""
        query = normalize(text)
        if len(query.strip()) == 0:
            return []
        index = self.index(locale if locale in LOCALES else "en")
        similarity, coverage = index.texts.similarity(query)
        nearest = index.examples.nearest(query)
        nearest.pop(NOT_FAQ, None)
        intents = index.intents.probabilities(text)
        # The intent model finds it like the questions the FAQ must not answer (a hair salon, a
        # student grant, a Wikipedia question it does not cover): nothing fits, however many
        # words it shares with an entry.
        if intents.get(NOT_FAQ, 0.0) >= OFF_TOPIC_MIN:
            return []
        power = UNSPACED_COVERAGE_POWER if locale in UNSPACED else COVERAGE_POWER
        scored: list[tuple[float, int, str]] = []
        for entry_id, keywords in index.keywords:
            score, covered = _score(query, keywords)
            score *= KEYWORD_WEIGHT
            score += TEXT_WEIGHT * similarity.get(entry_id, 0.0)
            score += EXAMPLE_WEIGHT * nearest.get(entry_id, 0.0)
            score += INTENT_WEIGHT * intents.get(entry_id, 0.0)
            score *= coverage**power
            scored.append((score, covered, entry_id))
        scored.sort(reverse=True)
        return [Match(entry_id, round(score, 3)) for score, _, entry_id in scored]

    def match(self, locale: str, text: str) -> Match | None:
        """The best entry for a question in this locale, or None when nothing fits well."""
        ranked = self.rank(locale, text)
        return ranked[0] if ranked and ranked[0].score >= least(locale) else None

    def guess(self, locale: str, text: str) -> Guess:
        """The answer when one entry is clearly ahead; when the best ones are close, the two
        or three to choose from ("did you mean …?"); nothing when nothing fits."""
        ranked = self.rank(locale, text)
        if not ranked or ranked[0].score < least(locale):
            return Guess(None, ())
        close = [m for m in ranked[1:3] if m.score >= ranked[0].score * CLOSE]
        if close:
            return Guess(None, (ranked[0], *close))
        return Guess(ranked[0], ())


@dataclass(frozen=True)
class LocaleIndex:
    """One locale's FAQ: weighted keywords per entry and TF-IDF vectors of the entries' text,
    both from the locale's messages and those of its fallback chain."""

    keywords: list[tuple[str, list[Keyword]]]
    texts: TextIndex
    examples: ExampleIndex
    intents: IntentModel

    @classmethod
    def build(cls, content: Content, translator: Translator, code: str,
              examples: dict[str, list[str]], intents: IntentModel | None = None,
              ) -> LocaleIndex:
        """The index of `code` from its messages and its example questions (as
        load_examples gives them); the intent model is trained here unless given."""
        words: dict[str, set[str]] = {}
        docs: dict[str, str] = {}
        for entry in content.faq:
            words[entry.id] = set()
            parts = []
            for source in chain(code):
                words[entry.id].update(_split(translator.own(source, entry.keywords) or ""))
                for msg in (entry.title, entry.answer, entry.keywords):
                    parts.append(translator.own(source, msg, {"link": ""}) or "")
            docs[entry.id] = " ".join([*parts, *examples.get(entry.id, ())])
        return cls(_weigh(words), TextIndex(docs), ExampleIndex(examples),
                   intents if intents is not None else intent_model(examples, code))


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

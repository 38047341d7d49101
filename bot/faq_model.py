"""What a question is about, learnt from each locale's example questions.

A logistic regression (scikit-learn) per locale over two kinds of features: character n-grams
(2 to 4 characters, within words; they need no word boundaries, so they serve Japanese, Chinese
and Thai too) and word stems from the Snowball stemmer of the language, where Snowball has one,
each kind weighted by TF-IDF. Trained on the examples, it learns which words tell neighbouring
entries apart ("sign up", "become" for volunteering as a liaison; "what is", "list" for the
liaison entry itself), where counting shared words favours the entry that shares most of them.
This is how intent classifiers of chat-bot frameworks work (Rasa's scikit-learn classifier is
the same idea).

scikit-learn fits the model; the features are ours, so a question is scored with one small
matrix product (tens of microseconds) and a trained model is plain data that a worker process
can send back: the bot trains a locale's model there at its first question (about 0.4
s), so the event loop never waits on it (bot/faq_match.py). A model is kept per process,
keyed by its examples, so every matcher of a process shares it.
"""

from __future__ import annotations

import functools
import logging
import math
import re
import sys
import threading
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import snowballstemmer

from bot.faq_text import normalize

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

# Snowball's algorithm for each locale that has one; Japanese, Chinese, Thai and Uyghur have
# none and are matched on character n-grams alone.
SNOWBALL = {"ar": "arabic", "da": "danish", "de": "german", "en": "english", "eo": "esperanto",
            "es": "spanish", "fa": "persian", "fr": "french", "hi": "hindi", "hu": "hungarian",
            "id": "indonesian", "pl": "polish", "pt": "portuguese", "pt-BR": "portuguese",
            "ro": "romanian", "ru": "russian", "tr": "turkish"}
# The inverse of the regularization strength; the tuning set barely moves between 3 and 30.
C = 10.0
GRAM_SIZES = (2, 3, 4)
log = logging.getLogger(__name__)
_WORD = re.compile(r"\w+")
_lock = threading.Lock()
_stemming = threading.Lock()


@functools.cache
def _stemmer(algorithm: str) -> Any:
    return snowballstemmer.stemmer(algorithm)


@functools.lru_cache(maxsize=65536)
def _stem(algorithm: str, word: str) -> str:
    # A Snowball stemmer keeps its working state on itself: one word at a time, whichever
    # thread asks (questions are matched in worker threads).
    with _stemming:
        stem = _stemmer(algorithm).stemWord(word)
    return normalize(stem).strip()


def stems(text: str, locale: str) -> list[str]:
    """The question's word stems in its language (empty where Snowball has no stemmer)."""
    algorithm = SNOWBALL.get(locale)
    if algorithm is None:
        return []
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    return [stem for word in words if len(stem := _stem(algorithm, word)) >= 2]


def features(text: str, locale: str) -> tuple[dict[str, int], dict[str, int]]:
    """How often each character n-gram (within words, padded with a space at each end) and
    each word stem occurs in the text."""
    grams: dict[str, int] = {}
    for word in normalize(text).split():
        padded = f" {word} "
        for size in GRAM_SIZES:
            for i in range(len(padded) - size + 1):
                gram = sys.intern(padded[i : i + size])  # one copy in all the indexes
                grams[gram] = grams.get(gram, 0) + 1
    words: dict[str, int] = {}
    for stem in stems(text, locale):
        words[stem] = words.get(stem, 0) + 1
    return grams, words


@dataclass(frozen=True)
class Block:
    """One kind of feature: its column numbers and inverse document frequencies."""

    columns: dict[str, int]
    idf: np.ndarray

    def weigh(self, counts: dict[str, int], offset: int) -> tuple[list[int], list[float]]:
        """The TF-IDF vector (log-scaled counts, unit length) of the features this block
        knows, as columns and values."""
        columns, values = [], []
        for feature, count in counts.items():
            column = self.columns.get(feature)
            if column is not None:
                columns.append(offset + column)
                values.append((1.0 + math.log(count)) * float(self.idf[column]))
        norm = math.sqrt(sum(v * v for v in values)) or 1.0
        return columns, [v / norm for v in values]

    @classmethod
    def fit(cls, rows: list[dict[str, int]]) -> Block:
        seen: dict[str, int] = {}
        for row in rows:
            for feature in row:
                seen[feature] = seen.get(feature, 0) + 1
        columns = {feature: n for n, feature in enumerate(sorted(seen))}
        # smoothed, as scikit-learn's TfidfVectorizer: a feature in every example still counts
        idf = np.array([math.log((1 + len(rows)) / (1 + seen[f])) + 1 for f in sorted(seen)])
        return cls(columns, idf)


@dataclass(frozen=True)
class IntentModel:
    """The probability that a question is about each entry (and about nothing the FAQ
    answers, when the locale has examples of such questions)."""

    locale: str
    classes: tuple[str, ...]
    grams: Block
    words: Block
    weights: np.ndarray  # features × classes
    bias: np.ndarray

    def vector(self, text: str) -> tuple[list[int], list[float]]:
        return _vector(self.grams, self.words, features(text, self.locale))

    def probabilities(self, text: str) -> dict[str, float]:
        if not self.classes:
            return {}
        columns, values = self.vector(text)
        logits = np.asarray(values) @ self.weights[columns] + self.bias
        odds = np.exp(logits - logits.max())
        return dict(zip(self.classes, (odds / odds.sum()).tolist(), strict=True))


def _vector(grams: Block, words: Block,
            counts: tuple[dict[str, int], dict[str, int]]) -> tuple[list[int], list[float]]:
    """A text's features as one sparse row: its n-grams' columns, then its stems'."""
    columns, values = grams.weigh(counts[0], 0)
    more_columns, more_values = words.weigh(counts[1], len(grams.columns))
    return columns + more_columns, values + more_values


def train(examples: Mapping[str, Sequence[str]], locale: str) -> IntentModel:
    """The locale's model, fitted on its examples (the entry ids are the classes)."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    texts = [q for questions in examples.values() for q in questions]
    labels = [entry_id for entry_id, questions in examples.items() for _ in questions]
    rows = [features(q, locale) for q in texts]
    grams = Block.fit([g for g, _ in rows])
    words = Block.fit([w for _, w in rows])
    if len(set(labels)) < 2 or not grams.columns:
        return untrained(locale)  # nothing to tell apart
    data: list[float] = []
    indices: list[int] = []
    indptr = [0]
    for row in rows:
        columns, values = _vector(grams, words, row)
        indices += columns
        data += values
        indptr.append(len(indices))
    matrix = csr_matrix((data, indices, indptr),
                        shape=(len(rows), len(grams.columns) + len(words.columns)))
    model = LogisticRegression(C=C, solver="newton-cg").fit(matrix, labels)
    weights, bias = model.coef_, model.intercept_
    if len(model.classes_) == 2:  # one logit z for the second class: softmax(-z/2, z/2)
        weights, bias = np.vstack([-weights, weights]) / 2, np.hstack([-bias, bias]) / 2
    return IntentModel(locale, tuple(str(c) for c in model.classes_), grams, words,
                       np.ascontiguousarray(weights.T, dtype=np.float32),
                       bias.astype(np.float32))


Key = tuple[str, tuple[tuple[str, tuple[str, ...]], ...]]
_models: dict[Key, IntentModel] = {}


def key_of(examples: Mapping[str, Sequence[str]], locale: str) -> Key:
    return locale, tuple((entry_id, tuple(qs)) for entry_id, qs in sorted(examples.items()))


def trained(examples: Mapping[str, Sequence[str]], locale: str) -> IntentModel | None:
    """The model of these examples if this process has it already."""
    return _models.get(key_of(examples, locale))


def keep(examples: Mapping[str, Sequence[str]], locale: str,
         model: IntentModel) -> IntentModel:
    """Remembers the model for this process; the one remembered first wins."""
    with _lock:
        if len(_models) >= 64:
            _models.pop(next(iter(_models)))
        return _models.setdefault(key_of(examples, locale), model)


def untrained(locale: str) -> IntentModel:
    """A model that knows nothing (the other signals match alone)."""
    empty = Block({}, np.zeros(0))
    return IntentModel(locale, (), empty, empty, np.zeros((0, 0)), np.zeros(0))


def intent_model(examples: Mapping[str, Sequence[str]], locale: str) -> IntentModel:
    """The model of these examples in this locale, trained here once per process. If training
    fails, the FAQ still answers from its other signals, and the error is logged."""
    found = trained(examples, locale)
    if found is None:
        try:
            found = keep(examples, locale, train(examples, locale))
        except Exception:  # not kept: a later build tries again
            log.exception("the FAQ intent model of %s could not be trained", locale)
            found = untrained(locale)
    return found

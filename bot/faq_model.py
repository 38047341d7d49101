"""What a question is about, learnt from each locale's example questions.

A logistic regression (scikit-learn) per locale over two kinds of features: character n-grams
(2 to 4 characters, within words; they need no word boundaries, so they serve Japanese, Chinese
and Thai too) and word stems from the Snowball stemmer of the language, where Snowball has one.
Trained on the examples, it learns which words tell neighbouring entries apart ("sign up",
"become" for volunteering as a liaison; "what is", "list" for the liaison entry itself), where
counting shared words favours the entry that shares most of them. This is how intent
classifiers of chat-bot frameworks work (Rasa's scikit-learn classifier is the same idea).

Training takes a fraction of a second per locale. A model is kept per process, keyed by its
examples, so every matcher of a process shares it; scikit-learn is imported on first use, so a
process that never answers a question never loads it.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from typing import TYPE_CHECKING, Any

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
_WORD = re.compile(r"\w+")
_lock = threading.Lock()


@functools.cache
def _stemmer(algorithm: str) -> Any:
    return snowballstemmer.stemmer(algorithm)


@functools.lru_cache(maxsize=65536)
def _stem(algorithm: str, word: str) -> str:
    return normalize(_stemmer(algorithm).stemWord(word)).strip()


def stems(text: str, locale: str) -> list[str]:
    """The question's word stems in its language (empty where Snowball has no stemmer)."""
    algorithm = SNOWBALL.get(locale)
    if algorithm is None:
        return []
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    return [stem for word in words if len(stem := _stem(algorithm, word)) >= 2]


class IntentModel:
    """The probability that a question is about each entry (and about nothing the FAQ
    answers, when the locale has examples of such questions)."""

    def __init__(self, examples: Mapping[str, Sequence[str]], locale: str) -> None:
        import numpy as np
        from scipy.sparse import hstack
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        texts = [q for questions in examples.values() for q in questions]
        labels = [entry_id for entry_id, questions in examples.items() for _ in questions]
        self.classes: list[str] = []
        self._hstack = hstack
        if len(set(labels)) < 2 or not any(normalize(q).strip() for q in texts):
            return  # nothing to tell apart: the other signals match alone
        self.grams = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4),
                                     preprocessor=normalize, sublinear_tf=True)
        blocks = [self.grams.fit_transform(texts)]
        self.words: TfidfVectorizer | None = None
        if locale in SNOWBALL and any(stems(q, locale) for q in texts):
            self.words = TfidfVectorizer(analyzer=lambda q: stems(q, locale), sublinear_tf=True)
            blocks.append(self.words.fit_transform(texts))
        model = LogisticRegression(C=C, solver="newton-cg").fit(hstack(blocks).tocsr(), labels)
        self.model = model  # kept for tests: the probabilities must equal its own
        self.classes = [str(c) for c in model.classes_]
        weights, bias = model.coef_, model.intercept_
        if len(self.classes) == 2:  # one logit z for the second class: softmax(-z/2, z/2)
            weights, bias = np.vstack([-weights, weights]) / 2, np.hstack([-bias, bias]) / 2
        self.weights = weights.T  # features × classes
        self.bias = bias

    def probabilities(self, text: str) -> dict[str, float]:
        if not self.classes:
            return {}
        import numpy as np

        blocks = [self.grams.transform([text])]
        if self.words is not None:
            blocks.append(self.words.transform([text]))
        logits = (self._hstack(blocks).tocsr() @ self.weights)[0] + self.bias
        odds = np.exp(logits - logits.max())
        return dict(zip(self.classes, (odds / odds.sum()).tolist(), strict=True))


def intent_model(examples: Mapping[str, Sequence[str]], locale: str) -> IntentModel:
    """The model of these examples in this locale, trained once per process."""
    key = (locale, tuple((entry_id, tuple(qs)) for entry_id, qs in sorted(examples.items())))
    with _lock:  # two first questions in one locale at once train it once
        return _trained(key)


@functools.lru_cache(maxsize=64)
def _trained(key: tuple[str, tuple[tuple[str, tuple[str, ...]], ...]]) -> IntentModel:
    locale, examples = key
    return IntentModel(dict(examples), locale)

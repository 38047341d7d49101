"""The text side of FAQ matching: normalization, character n-grams, TF-IDF vectors of each
entry's text, and the example questions per entry with their nearest-neighbour similarity."""

from __future__ import annotations

import math
import re
import sys
import tomllib
import unicodedata
from pathlib import Path

import numpy as np

from bot.languages import chain

EXAMPLES_FILE = "faq-examples.toml"
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


def unspaced(token: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" or ch >= "\u3000" for ch in token)


def ngrams(normalized: str, coarse: bool = False) -> dict[str, float]:
    """Log-scaled counts of character trigrams within words; bigrams for Thai and CJK.

    `coarse` gives single characters for Thai and CJK instead: their vocabulary is dense enough
    to tell whether a question's text is known to the FAQ at all.
    """
    counts: dict[str, int] = {}
    for token in normalized.split():
        if unspaced(token):
            size, padded = (1 if coarse else 2), token
        else:
            size, padded = 3, f" {token} "
        for i in range(max(1, len(padded) - size + 1)):
            gram = sys.intern(padded[i : i + size])  # one copy in all the indexes
            counts[gram] = counts.get(gram, 0) + 1
    return {gram: 1.0 + math.log(n) for gram, n in counts.items()}


class TextIndex:
    """TF-IDF vectors of each entry's title and answer, compared by cosine."""

    def __init__(self, docs: dict[str, str]) -> None:
        grams = {entry_id: ngrams(normalize(text)) for entry_id, text in docs.items()}
        total = len(grams)
        freq: dict[str, int] = {}
        for vector in grams.values():
            for gram in vector:
                freq[gram] = freq.get(gram, 0) + 1
        self.unseen = math.log(1 + total)
        self.coarse_idf = idf([ngrams(normalize(text), coarse=True) for text in docs.values()])
        self.idf = {gram: math.log(1 + total / n) for gram, n in freq.items()}
        self.vectors = {entry_id: unit({g: tf * self.idf[g] for g, tf in vector.items()})
                        for entry_id, vector in grams.items()}

    def similarity(self, normalized_query: str) -> tuple[dict[str, float], float]:
        """Cosine with each entry, and the share of the query's n-grams (weighted by rarity)
        that the FAQ knows."""
        grams = ngrams(normalized_query)
        coarse = ngrams(normalized_query, coarse=True)
        known = sum(tf * self.coarse_idf[g] for g, tf in coarse.items() if g in self.coarse_idf)
        unknown = sum(tf * self.unseen for g, tf in coarse.items() if g not in self.coarse_idf)
        coverage = known / ((known + unknown) or 1.0)
        query = unit({g: tf * self.idf.get(g, self.unseen) for g, tf in grams.items()})
        cosine = {
            entry_id: sum(w * vector.get(g, 0.0) for g, w in query.items())
            for entry_id, vector in self.vectors.items()
        }
        return cosine, coverage


def idf(vectors: list[dict[str, float]]) -> dict[str, float]:
    freq: dict[str, int] = {}
    for vector in vectors:
        for gram in vector:
            freq[gram] = freq.get(gram, 0) + 1
    return {gram: math.log(1 + len(vectors) / n) for gram, n in freq.items()}


def unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
    return {g: w / norm for g, w in vector.items()}


def load_examples(root: Path, code: str) -> dict[str, list[str]]:
    """The example questions of the locale (locales/<code>/faq-examples.toml), each entry's
    taken from the first locale of the chain that has some."""
    found: dict[str, list[str]] = {}
    for source in reversed(chain(code)):
        path = root / source / EXAMPLES_FILE
        if path.is_file():
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            found.update({k: [str(q) for q in v] for k, v in data.items() if isinstance(v, list)})
    return found


class ExampleIndex:
    """Example questions per entry (written per language, like NLU training examples): a
    question's similarity to an entry is its cosine with the nearest of that entry's
    examples, over character n-grams weighted by rarity among all examples.

    An inverted index in numpy arrays (n-gram -> the examples that have it, with its weight
    there): a question is compared with the examples it shares an n-gram with, not with all,
    and some 30,000 postings per locale take a few hundred kilobytes, not tens of megabytes of
    Python tuples."""

    def __init__(self, examples: dict[str, list[str]]) -> None:
        grams = [(entry_id, ngrams(normalize(q))) for entry_id, qs in examples.items()
                 for q in qs]
        self.idf = idf([vector for _, vector in grams])
        self.unseen = math.log(1 + max(1, len(grams)))
        self.columns = {gram: n for n, gram in enumerate(self.idf)}
        # the examples of an entry are consecutive: where each entry's begin
        self.entries = list(dict.fromkeys(entry_id for entry_id, _ in grams))
        numbers = [entry_id for entry_id, _ in grams]
        self.starts = np.array([numbers.index(e) for e in self.entries], dtype=np.intp)
        self.size = len(grams)
        triples = sorted((self.columns[gram], number, weight)
                         for number, (_, vector) in enumerate(grams)
                         for gram, weight in unit({g: tf * self.idf[g]
                                                   for g, tf in vector.items()}).items())
        self.examples = np.array([t[1] for t in triples], dtype=np.int32)
        self.weights = np.array([t[2] for t in triples], dtype=np.float64)
        counts = np.bincount([t[0] for t in triples], minlength=len(self.columns))
        self.offsets = np.concatenate(([0], np.cumsum(counts))).astype(np.intp)

    def nearest(self, normalized_query: str) -> dict[str, float]:
        if not self.size:
            return {}
        query = unit({g: tf * self.idf.get(g, self.unseen)
                      for g, tf in ngrams(normalized_query).items()})
        known = [(self.columns[g], w) for g, w in query.items() if g in self.columns]
        if not known:
            return {}
        spans = [(self.offsets[c], self.offsets[c + 1], w) for c, w in known]
        examples = np.concatenate([self.examples[a:b] for a, b, _ in spans])
        weights = np.concatenate([self.weights[a:b] * w for a, b, w in spans])
        sums = np.bincount(examples, weights=weights, minlength=self.size)
        best = np.maximum.reduceat(sums, self.starts)
        return {e: float(v) for e, v in zip(self.entries, best, strict=True) if v > 0.0}

"""The FAQ's intent model: Snowball stems per language, features, and probabilities from the
trained logistic regression (compared with scikit-learn's own predict_proba)."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable, Mapping, Sequence

import numpy as np
import pytest
import snowballstemmer
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from bot import faq_model
from bot.content import load_content
from bot.faq_match import FaqMatcher
from bot.faq_model import SNOWBALL, C, IntentModel, features, intent_model, stems, train
from bot.faq_text import load_examples
from bot.i18n import Translator
from bot.languages import LOCALES
from bot.settings import PROJECT_ROOT


def test_every_stemmer_exists_and_serves_a_locale_of_ours() -> None:
    assert set(SNOWBALL) <= set(LOCALES)
    assert set(SNOWBALL.values()) <= set(snowballstemmer.algorithms())
    assert set(LOCALES) - set(SNOWBALL) == {"ja", "zh-Hans", "th", "ug"}


@pytest.mark.parametrize(("locale", "text", "stem"), [
    ("de", "Organisationen", "organisation"),
    ("es", "voluntarios", "voluntari"),
    ("ru", "Обсуждения", "обсужден"),
    ("pl", "wolontariuszem", "wolontariusz"),
    ("tr", "gönüllüler", "gonullu"),  # accents folded after stemming
    ("fa", "گفتگوها", "گفتگو"),
])
def test_stems_are_snowballs_folded(locale: str, text: str, stem: str) -> None:
    assert stems(text, locale) == [stem]


def test_languages_without_a_stemmer_have_no_stems() -> None:
    assert stems("戦略サロンとは", "ja") == []
    assert stems("ئىستراتېگىيە", "ug") == []


EXAMPLES = {
    "osl": ["what is an organizational liaison", "what does the liaison of an affiliate do",
            "is the organizational liaison paid", "list of organizational liaisons"],
    "volunteer": ["I want to become the liaison of our affiliate", "sign me up as liaison",
                  "how do I apply to be a liaison", "can I volunteer for that role"],
    "off_topic": ["hair salon opening hours", "student grant for university"],
}


def sklearn_probabilities(model: IntentModel, examples: Mapping[str, Sequence[str]],
                          question: str) -> dict[str, float]:
    """scikit-learn's own predict_proba, fitted on the same vectors."""
    width = len(model.grams.columns) + len(model.words.columns)

    def matrix(texts: list[str]) -> csr_matrix:
        rows = [model.vector(t) for t in texts]
        return csr_matrix(([v for _, vs in rows for v in vs], [c for cs, _ in rows for c in cs],
                           [0, *np.cumsum([len(cs) for cs, _ in rows])]),
                          shape=(len(texts), width))

    texts = [q for qs in examples.values() for q in qs]
    labels = [e for e, qs in examples.items() for _ in qs]
    fitted = LogisticRegression(C=C, solver="newton-cg").fit(matrix(texts), labels)
    return dict(zip(fitted.classes_, fitted.predict_proba(matrix([question]))[0], strict=True))


def test_features_are_grams_within_words_and_stems() -> None:
    grams, words = features("Volunteering!", "en")
    assert grams[" v"] == 1 and grams["vol"] == 1 and grams["ng "] == 1 and "g!" not in grams
    assert words == {"volunt": 1}
    assert features("戦略", "ja") == ({" 戦": 1, "戦略": 1, "略 ": 1, " 戦略": 1, "戦略 ": 1,
                                      " 戦略 ": 1}, {})


@pytest.mark.parametrize("question", ["sign up to become the organizational liaison",
                                      "what is that", "x", ""])
def test_probabilities_are_scikit_learns(question: str) -> None:
    model = train(EXAMPLES, "en")
    ours = model.probabilities(question)
    theirs = sklearn_probabilities(model, EXAMPLES, question)
    assert set(ours) == set(theirs)
    assert np.allclose([ours[c] for c in theirs], list(theirs.values()), atol=1e-5)


def test_the_words_that_tell_entries_apart_win_over_the_shared_ones() -> None:
    model = train(EXAMPLES, "en")
    become = model.probabilities("where do I sign up to become an organizational liaison?")
    what = model.probabilities("what does an organizational liaison do?")
    assert max(become, key=become.__getitem__) == "volunteer"
    assert max(what, key=what.__getitem__) == "osl"


def test_two_entries_and_one_entry() -> None:
    examples = {k: EXAMPLES[k] for k in ("osl", "volunteer")}
    two = train(examples, "en")
    both = two.probabilities("sign me up as liaison please")
    assert set(both) == {"osl", "volunteer"} and both["volunteer"] > 0.5
    assert sum(both.values()) == pytest.approx(1.0)
    theirs = sklearn_probabilities(two, examples, "sign me up as liaison please")
    assert np.allclose([both[c] for c in theirs], list(theirs.values()), atol=1e-5)
    assert train({"osl": EXAMPLES["osl"]}, "en").probabilities("anything") == {}
    assert train({}, "en").probabilities("anything") == {}
    assert train({"osl": ["?"], "volunteer": ["!"]}, "en").probabilities("anything") == {}


def test_a_model_is_plain_data_a_worker_process_can_send() -> None:
    import pickle

    model = train(EXAMPLES, "de")
    copy = pickle.loads(pickle.dumps(model))
    assert copy.probabilities("sign me up") == model.probabilities("sign me up")


def test_a_process_trains_each_set_of_examples_once() -> None:
    faq_model._models.clear()
    assert intent_model(EXAMPLES, "en") is intent_model(dict(EXAMPLES), "en")
    assert intent_model(EXAMPLES, "en") is not intent_model(EXAMPLES, "de")


def matcher() -> FaqMatcher:
    return FaqMatcher(load_content(PROJECT_ROOT / "bot" / "content.toml"),
                      Translator(PROJECT_ROOT / "locales"))


async def test_a_locale_is_trained_in_the_worker_process_as_it_would_be_here(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(faq_model, "_models", {})
    faq = matcher()
    guess = await faq.guess_soon("de", "Wie viele Strategy-Salons wurden gefördert?")
    assert guess.answer is not None and guess.answer.entry_id == "salon-grants"
    examples = load_examples(PROJECT_ROOT / "locales", "de")
    there = faq_model.trained(examples, "de")
    assert there is not None and there is faq.index("de").intents
    here = await asyncio.to_thread(train, examples, "de")
    question = "wo melde ich mich als Liaison für unseren Verein an?"
    assert there.probabilities(question) == pytest.approx(here.probabilities(question))


async def test_if_training_fails_the_faq_answers_from_its_other_signals_and_tries_again(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    async def dead_worker(*_: object) -> IntentModel:
        raise RuntimeError("the worker process died")

    monkeypatch.setattr(faq_model, "_models", {})
    monkeypatch.setattr("bot.faq_match.offload.in_process", dead_worker)
    faq = matcher()
    guess = await faq.guess_soon("en", "how many strategy salon grants were approved?")
    assert guess.answer is not None and guess.answer.entry_id == "salon-grants"
    assert faq.index("en").intents.classes == ()
    logged = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert logged == ["the FAQ intent model of en could not be trained"]
    hair = await faq.guess_soon("en", "where can I get my hair cut")
    assert hair.answer is None and not hair.choices
    assert faq_model._models == {}  # nothing kept: a later question tries again

    async def working(fn: Callable[..., IntentModel], *args: object) -> IntentModel:
        return await asyncio.to_thread(fn, *args)

    monkeypatch.setattr("bot.faq_match.offload.in_process", working)
    await faq.guess_soon("en", "what is a strategy salon?")
    assert faq.index("en").intents.classes == ()  # not before RETRY_TRAINING has passed
    monkeypatch.setattr("bot.faq_match.RETRY_TRAINING", 0.0)
    await faq.guess_soon("en", "what is a strategy salon?")
    assert "volunteer" in faq.index("en").intents.classes


async def test_first_questions_arriving_together_train_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    async def counted(fn: Callable[..., IntentModel], *args: object) -> IntentModel:
        calls.append(args[1])
        await asyncio.sleep(0.05)
        return await asyncio.to_thread(fn, *args)

    monkeypatch.setattr(faq_model, "_models", {})
    monkeypatch.setattr("bot.faq_match.offload.in_process", counted)
    faq = matcher()
    guesses = await asyncio.gather(*(faq.guess_soon("fr", "c'est quoi un salon stratégique ?")
                                     for _ in range(6)))
    assert calls == ["fr"]
    assert {g.answer.entry_id for g in guesses if g.answer} == {"salon-what"}


def test_stemming_from_many_threads_at_once_gives_each_word_its_own_stem() -> None:
    from concurrent.futures import ThreadPoolExecutor

    words = [f"organisationen{n}x volontariat{n}ement" for n in range(3000)]
    alone = [stems(w, "fr") for w in words[:300]]
    faq_model._stem.cache_clear()
    switching = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # threads take turns often, as on a busy machine
    try:
        with ThreadPoolExecutor(8) as pool:
            together = list(pool.map(lambda w: stems(w, "fr"), words))
    finally:
        sys.setswitchinterval(switching)
    assert together[:300] == alone
    assert all(len(s) == 2 for s in together)

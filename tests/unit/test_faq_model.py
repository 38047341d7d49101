"""The FAQ's intent model: Snowball stems per language, and probabilities from the trained
logistic regression (compared with scikit-learn's own predict_proba)."""

from __future__ import annotations

import numpy as np
import pytest
import snowballstemmer

from bot.faq_model import SNOWBALL, IntentModel, intent_model, stems
from bot.languages import LOCALES


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


def test_probabilities_are_the_models_own() -> None:
    model = IntentModel(EXAMPLES, "en")
    for question in ("sign up to become the organizational liaison", "what is that", "x"):
        ours = model.probabilities(question)
        blocks = [model.grams.transform([question])]
        if model.words is not None:
            blocks.append(model.words.transform([question]))
        theirs = model.model.predict_proba(model._hstack(blocks).tocsr())[0]
        assert np.allclose([ours[c] for c in model.model.classes_], theirs)


def test_the_words_that_tell_entries_apart_win_over_the_shared_ones() -> None:
    model = IntentModel(EXAMPLES, "en")
    become = model.probabilities("where do I sign up to become an organizational liaison?")
    what = model.probabilities("what does an organizational liaison do?")
    assert max(become, key=become.__getitem__) == "volunteer"
    assert max(what, key=what.__getitem__) == "osl"


def test_two_entries_and_one_entry() -> None:
    two = IntentModel({k: EXAMPLES[k] for k in ("osl", "volunteer")}, "en")
    both = two.probabilities("sign me up as liaison please")
    assert set(both) == {"osl", "volunteer"} and both["volunteer"] > 0.5
    assert sum(both.values()) == pytest.approx(1.0)
    blocks = [two.grams.transform(["sign me up as liaison please"])]
    if two.words is not None:
        blocks.append(two.words.transform(["sign me up as liaison please"]))
    theirs = two.model.predict_proba(two._hstack(blocks).tocsr())[0]
    assert np.allclose([both[c] for c in two.model.classes_], theirs)
    assert IntentModel({"osl": EXAMPLES["osl"]}, "en").probabilities("anything") == {}
    assert IntentModel({}, "en").probabilities("anything") == {}


def test_a_process_trains_each_set_of_examples_once() -> None:
    assert intent_model(EXAMPLES, "en") is intent_model(dict(EXAMPLES), "en")
    assert intent_model(EXAMPLES, "en") is not intent_model(EXAMPLES, "de")

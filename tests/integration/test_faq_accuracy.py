"""FAQ matching measured honestly: the questions used to tune (keywords, examples, weights and
thresholds: tests/data/faq/tune) are never the ones scored. The held-out set
(tests/data/faq/heldout, every locale) was written by writers who saw only the English titles
and answers, never the keywords or the example questions; it is scored, never tuned on."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from pathlib import Path

import pytest

from bot.content import load_content
from bot.faq_match import FaqMatcher
from bot.faq_text import load_examples
from bot.i18n import Translator
from bot.languages import LOCALES
from bot.settings import PROJECT_ROOT

DATA = Path(__file__).resolve().parents[1] / "data" / "faq"
GOAL = 0.95  # the aim (issue 13), in every locale; the floors below are what this release holds
FLOOR_OVERALL = 0.97
FLOOR_LOCALE = 0.95
FLOOR_OFF_TOPIC = 0.97


@pytest.fixture(scope="module")
def matcher() -> FaqMatcher:
    content = load_content(PROJECT_ROOT / "bot" / "content.toml")
    return FaqMatcher.build(content, Translator(PROJECT_ROOT / "locales"))


def load(part: str) -> dict[str, dict[str, list[str]]]:
    return {path.stem: tomllib.loads(path.read_text(encoding="utf-8"))
            for path in sorted((DATA / part).glob("*.toml")) if path.stem != "off_topic"}


def test_the_held_out_set_covers_every_entry_in_every_locale() -> None:
    ids = {e.id for e in load_content(PROJECT_ROOT / "bot" / "content.toml").faq}
    held_out = load("heldout")
    assert set(held_out) == set(LOCALES)
    for code, entries in held_out.items():
        assert set(entries) - {"off_topic"} == ids, code
        assert all(len(entries[i]) >= 4 for i in ids) and len(entries["off_topic"]) >= 8, code


def same_words(question: str) -> str:
    """A question as the matcher cannot tell apart from another: case, width and punctuation
    gone."""
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", question).casefold())


def test_no_held_out_question_is_an_example_or_a_tuning_question() -> None:
    """Writers working blind still write the same short questions ("What is a Strategy
    Salon?"); such a question stays in the held-out set and is taken out of the others."""
    tuned = load("tune")
    off_topic = tomllib.loads((DATA / "tune" / "off_topic.toml").read_text(encoding="utf-8"))
    for code, entries in load("heldout").items():
        examples = load_examples(PROJECT_ROOT / "locales", code)  # what the matcher learns
        seen = {same_words(q) for part in (examples, tuned[code], off_topic)
                for questions in part.values() for q in questions}
        both = [q for questions in entries.values() for q in questions if same_words(q) in seen]
        assert not both, (code, both)


def score(matcher: FaqMatcher, sets: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, int]]:
    """Per locale: questions, right first, right among the suggestions, wrong answers, and
    off-topic questions rejected (no answer and no suggestion) out of how many."""
    result = {}
    for code, entries in sets.items():
        tally = dict.fromkeys(("asked", "top1", "offered", "wrong", "off", "rejected"), 0)
        for expected, questions in entries.items():
            for question in questions:
                guess = matcher.guess(code, question)
                if expected == "off_topic":
                    tally["off"] += 1
                    tally["rejected"] += guess.answer is None and not guess.choices
                    continue
                tally["asked"] += 1
                best = matcher.match(code, question)
                tally["top1"] += bool(best and best.entry_id == expected)
                tally["offered"] += bool(
                    (guess.answer and guess.answer.entry_id == expected)
                    or any(m.entry_id == expected for m in guess.choices))
                tally["wrong"] += bool(guess.answer and guess.answer.entry_id != expected)
        result[code] = tally
    return result


def report(name: str, scored: dict[str, dict[str, int]]) -> tuple[float, float]:
    total = {k: sum(t[k] for t in scored.values()) for k in next(iter(scored.values()))}
    top1 = total["top1"] / total["asked"]
    rejected = total["rejected"] / total["off"] if total["off"] else 1.0
    print(f"\n{name}: top-1 {total['top1']}/{total['asked']} = {top1:.1%}; right answer or "
          f"among the suggestions {total['offered'] / total['asked']:.1%}; wrong answers "
          f"{total['wrong'] / total['asked']:.1%}; off-topic rejected {rejected:.1%}")
    for code, t in scored.items():
        off = f"  off-topic {t['rejected']}/{t['off']}" if t["off"] else ""
        asked = t["asked"] or 1
        print(f"  {code:8} top-1 {t['top1']:3}/{t['asked']:<3} {t['top1'] / asked:6.1%}"
              f"  offered {t['offered'] / asked:6.1%}  wrong {t['wrong']:2}{off}")
    return top1, rejected


def test_accuracy_on_held_out_questions(matcher: FaqMatcher,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    tune = load("tune")
    tune["off-topic"] = {"off_topic": tomllib.loads(
        (DATA / "tune" / "off_topic.toml").read_text(encoding="utf-8"))["questions"]}
    held_out = score(matcher, load("heldout"))
    with capsys.disabled():
        report("tuning set (tuned on: not a measure)", score(matcher, tune))
        top1, rejected = report("HELD-OUT", held_out)
        print(f"goal: {GOAL:.0%} top-1 and 97% off-topic rejected in every locale")
    assert top1 >= FLOOR_OVERALL
    assert rejected >= FLOOR_OFF_TOPIC
    low = {c: t["top1"] / t["asked"] for c, t in held_out.items()
           if t["top1"] / t["asked"] < FLOOR_LOCALE}
    assert not low, low

"""FAQ matching on a blind set of paraphrased questions in many languages, and off-topic ones."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from bot.content import load_content
from bot.faq_match import FaqMatcher
from bot.i18n import Translator
from bot.settings import PROJECT_ROOT

DATA = Path(__file__).resolve().parents[1] / "data" / "faq"
REQUIRED = ("ar", "hi", "ja", "zh-Hans", "th", "ru", "de", "es")
MIN_ACCURACY = 0.90


@pytest.fixture(scope="module")
def matcher() -> FaqMatcher:
    content = load_content(PROJECT_ROOT / "bot" / "content.toml")
    return FaqMatcher.build(content, Translator(PROJECT_ROOT / "locales"))


def question_sets() -> dict[str, dict[str, list[str]]]:
    return {
        path.stem: tomllib.loads(path.read_text(encoding="utf-8"))
        for path in sorted(DATA.glob("*.toml")) if path.stem != "off_topic"
    }


def test_the_question_set_covers_every_entry_in_the_required_languages() -> None:
    ids = {e.id for e in load_content(PROJECT_ROOT / "bot" / "content.toml").faq}
    sets = question_sets()
    for code in REQUIRED:
        assert set(sets[code]) == ids, code
        assert all(len(qs) >= 5 for qs in sets[code].values()), code


def test_top1_accuracy(matcher: FaqMatcher, capsys: pytest.CaptureFixture[str]) -> None:
    """Keywords were tuned looking only at the misses among the first 3 questions of each entry
    (dev); the last 3 (held-out) were never shown to whoever wrote the keywords."""
    right = {"dev": 0, "held-out": 0}
    total = {"dev": 0, "held-out": 0}
    lines, misses = [], []
    for code, entries in question_sets().items():
        mine = {"dev": 0, "held-out": 0}
        count = {"dev": 0, "held-out": 0}
        for expected, questions in entries.items():
            for i, question in enumerate(questions):
                part = "dev" if i < 3 else "held-out"
                found = matcher.match(code, question)
                count[part] += 1
                if found and found.entry_id == expected:
                    mine[part] += 1
                else:
                    got = found.entry_id if found else None
                    misses.append(f"  {code} {part} {expected} -> {got}: {question}")
        for part in right:
            right[part] += mine[part]
            total[part] += count[part]
        lines.append(f"  {code:8} dev {mine['dev']:3}/{count['dev']:<3} "
                     f"held-out {mine['held-out']:3}/{count['held-out']:<3} "
                     f"all {sum(mine.values()) / sum(count.values()):6.1%}")
    accuracy = sum(right.values()) / sum(total.values())
    with capsys.disabled():
        print(f"\nFAQ top-1 accuracy: {sum(right.values())}/{sum(total.values())} = {accuracy:.1%}"
              f" (dev {right['dev'] / total['dev']:.1%}, "
              f"held-out {right['held-out'] / total['held-out']:.1%})")
        print("\n".join(lines))
        print(f"misses ({len(misses)}):")
        print("\n".join(misses))
    assert accuracy >= MIN_ACCURACY


def test_off_topic_questions_get_no_answer(matcher: FaqMatcher) -> None:
    questions = tomllib.loads((DATA / "off_topic.toml").read_text(encoding="utf-8"))["questions"]
    assert len(questions) >= 20
    answered = []
    for question in questions:
        for code in ("en", "ar", "hi", "ja", "zh-Hans", "th", "ru", "de", "es"):
            found = matcher.match(code, question)
            if found:
                answered.append((code, found.entry_id, question))
    assert not answered, answered

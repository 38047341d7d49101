"""Benchmarks: FAQ matching throughput and the memory of the loaded translations and index.

Figures are printed, never asserted: run `python -m pytest tests/benchmarks -s`.
"""

from __future__ import annotations

import time
import tomllib
import tracemalloc
from pathlib import Path

import pytest

from bot.content import load_content
from bot.faq_match import FaqMatcher
from bot.i18n import Translator
from bot.settings import PROJECT_ROOT

DATA = Path(__file__).resolve().parents[1] / "data" / "faq" / "tune"


@pytest.mark.benchmark
def test_faq_matching_speed_and_memory(capsys: pytest.CaptureFixture[str]) -> None:
    def load() -> FaqMatcher:
        translator = Translator(PROJECT_ROOT / "locales")
        return FaqMatcher.build(load_content(PROJECT_ROOT / "bot" / "content.toml"), translator)

    started = time.perf_counter()
    matcher = load()
    load_seconds = time.perf_counter() - started
    tracemalloc.start()  # a second load, traced: tracing slows it, so it is not timed
    kept = load()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del kept

    questions = [
        (path.stem, q)
        for path in sorted(DATA.glob("*.toml")) if path.stem != "off_topic"
        for qs in tomllib.loads(path.read_text(encoding="utf-8")).values() for q in qs
    ]
    rounds = 3
    timings = []
    for _ in range(rounds):
        for code, question in questions:
            t0 = time.perf_counter()
            matcher.match(code, question)
            timings.append(time.perf_counter() - t0)
    timings.sort()
    mean = sum(timings) / len(timings)
    p99 = timings[int(len(timings) * 0.99) - 1]
    with capsys.disabled():
        print(f"\nload 21 locales + build FAQ index: {load_seconds * 1000:.0f} ms, "
              f"memory held {current / 1e6:.1f} MB (peak {peak / 1e6:.1f} MB)")
        print(f"FAQ match: {len(timings)} questions, mean {mean * 1e6:.0f} µs, "
              f"p99 {p99 * 1e6:.0f} µs, {1 / mean:.0f} questions/s on one core")
    assert timings

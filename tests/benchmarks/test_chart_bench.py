"""Benchmark: the survey chart of 10,000 responses in all 21 languages, as the worker draws it.

Figures are printed, never asserted: run `python -m pytest tests/benchmarks -s`.
"""

from __future__ import annotations

import random
import time

import pytest

from bot.bootstrap import Texts
from bot.languages import LOCALES
from bot.survey_report import chart_png, counts, labels
from storage import Response

RESPONSES = 10_000


@pytest.mark.benchmark
def test_chart_of_ten_thousand_responses(texts: Texts, capsys: pytest.CaptureFixture[str]) -> None:
    flow = texts.content.flows["survey"]
    pick = random.Random(3)
    responses = []
    for i in range(RESPONSES):
        role = pick.choice(flow.questions[0].options)
        answers = {"role": role, "areas": pick.sample(["health", "roles", "product"], 2),
                   "involved": str(pick.randint(1, 5)), "ways": ["salon"], "consent": "no"}
        if role == "affiliate":
            answers["host"] = pick.choice(["yes", "no", None])
        answers["youth"] = pick.choice(["yes", None])
        responses.append(Response("survey", f"r{i}", LOCALES[i % 21], answers))
    made = labels(flow, texts.i18n, "en", RESPONSES)
    chart_png(flow, responses[:10], made)  # imports and fonts, once per worker process

    started = time.process_time()
    counts(flow, responses)
    counting = time.process_time() - started
    started = time.process_time()
    image = chart_png(flow, responses, made)
    drawing = time.process_time() - started
    with capsys.disabled():
        print(f"\n{RESPONSES:,} responses: counted in {counting * 1000:.0f} ms, "
              f"counted and drawn in {drawing:.2f} s (CPU), {len(image) // 1024} KiB")

"""Benchmarks: the FAQ as users meet it. Building the 21 locales' indexes (intent models
trained), the memory they hold, matching throughput, and the whole path of a typed question
through the core (the first question of a locale trains its model in the worker process), with how
late the event loop ran meanwhile, on an idle machine and with another process keeping a core
busy. Figures are printed, never asserted: `python -m pytest tests/benchmarks/test_faq_speed.py -s`.
"""

from __future__ import annotations

import asyncio
import gc
import statistics
import time
import tomllib
import tracemalloc
from pathlib import Path

import pytest

from bot import faq_model, offload
from bot.bootstrap import Texts, bootstrap
from bot.content import load_content
from bot.faq_match import FaqMatcher
from bot.i18n import Translator
from bot.languages import LOCALES
from bot.settings import PROJECT_ROOT, Settings
from bot.types import Incoming
from tests.benchmarks.test_report_bench import lag_while
from tests.benchmarks.test_store_bench import load  # noqa: F401  (idle, one core busy)

DATA = Path(__file__).resolve().parents[1] / "data" / "faq" / "tune"


def questions() -> list[tuple[str, str]]:
    return [
        (path.stem, q)
        for path in sorted(DATA.glob("*.toml")) if path.stem != "off_topic"
        for qs in tomllib.loads(path.read_text(encoding="utf-8")).values() for q in qs
    ]


def fresh() -> FaqMatcher:
    """A matcher with nothing built, and no model of this process to reuse."""
    faq_model._models.clear()
    translator = Translator(PROJECT_ROOT / "locales")
    return FaqMatcher(load_content(PROJECT_ROOT / "bot" / "content.toml"), translator)


@pytest.mark.benchmark
def test_faq_matching_speed_and_memory(load: str,  # noqa: F811
                                       capsys: pytest.CaptureFixture[str]) -> None:
    fresh().index("en")  # scikit-learn imported: once per process, not counted below
    matcher = fresh()
    builds = []
    for code in LOCALES:
        started = time.perf_counter()
        matcher.index(code)
        builds.append(time.perf_counter() - started)
    tracemalloc.start()  # a second build, traced: tracing slows it, so it is not timed
    kept = fresh()
    for code in LOCALES:
        kept.index(code)
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del kept

    asked = questions()
    timings = []
    for _ in range(3):
        for code, question in asked:
            t0 = time.perf_counter()
            matcher.guess(code, question)
            timings.append(time.perf_counter() - t0)
    timings.sort()
    mean = sum(timings) / len(timings)
    p99 = timings[int(len(timings) * 0.99) - 1]
    with capsys.disabled():
        print(f"\n[{load}] FAQ index of 21 locales (translations parsed, intent models "
              f"trained): {sum(builds):.2f} s in all, {statistics.median(builds) * 1000:.0f} ms "
              f"median per locale, slowest {max(builds) * 1000:.0f} ms; memory held "
              f"{current / 1e6:.1f} MB (peak {peak / 1e6:.1f} MB)")
        print(f"[{load}] FAQ guess: {len(timings)} questions, mean {mean * 1e6:.0f} µs, "
              f"p99 {p99 * 1e6:.0f} µs, {1 / mean:.0f} questions/s on one core")
    assert len(timings) == 3 * len(asked)


@pytest.mark.benchmark
async def test_a_typed_question_through_the_core(load: str,  # noqa: F811
                                                 capsys: pytest.CaptureFixture[str],
                                                 tmp_path: Path) -> None:
    """What a person waits for: the reply to a question typed in chat, the first in its
    language (its model is trained then, in the worker process) and the following ones, and
    the event loop's lag."""
    gc.collect()  # the other benchmark's 42 indexes are garbage; a running bot has none such
    # The worker process started and scikit-learn imported there, as a running bot has long done
    await offload.in_process(faq_model.train, {}, "en")
    settings = Settings.from_env({"DATABASE_URL": f"sqlite:///{tmp_path / 'b.sqlite3'}"},
                                 dotenv=tmp_path / "none.env")
    matcher = fresh()
    texts = Texts(matcher.translator, matcher.content, matcher)
    core = await bootstrap(settings, texts=texts)
    asked: dict[str, list[str]] = {}
    for code, question in questions():
        asked.setdefault(code, []).append(question)
    firsts, laters, lags = [], [], []
    try:
        for number, code in enumerate(("de", "ja", "ar", "pt-BR", "hi")):
            for i, question in enumerate(asked[code][:20]):
                user = str(1000 + number)
                started = time.perf_counter()
                work = asyncio.ensure_future(core.handle(
                    Incoming("telegram", user, user, text=question, locale_tag=code)))
                lags.append(await lag_while(work))
                replies = await work
                (firsts if i == 0 else laters).append(time.perf_counter() - started)
                assert replies
    finally:
        await core.services.store.close()
    with capsys.disabled():
        print(f"\n[{load}] a typed question through the core (SQLite): the first of its "
              f"language {statistics.median(firsts) * 1000:.0f} ms median (slowest "
              f"{max(firsts) * 1000:.0f} ms; its model is trained), the next ones "
              f"{statistics.median(laters) * 1000:.1f} ms median, p95 "
              f"{sorted(laters)[int(len(laters) * 0.95)] * 1000:.1f} ms; the event loop at "
              f"most {max(lags):.0f} ms late")

"""Benchmark of the flood gate (figures printed, not asserted; `pytest -s` shows them): time
per check with 200,000 senders known, and the memory held at the peak and once they are idle.
The worst single check is amortized work, not a scan: a dict doubling its table as keys
arrive, or a full garbage collection of the whole interpreter that happened to start in it."""

from __future__ import annotations

import gc
import random
import statistics
import time
import tracemalloc
from collections.abc import Callable

import pytest

from bot.flood import FloodGate

pytestmark = pytest.mark.benchmark
SENDERS = 200_000
CHECKS = 1_000_000


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def first_wave(clock: Clock, each: Callable[[int], object]) -> None:
    """200,000 distinct senders, one update each, within 20 s (less than the window)."""
    for sender in range(SENDERS):
        clock.now += 20.0 / SENDERS
        each(sender)


class Collections:
    """Counts the full garbage collections while installed, and times the longest: a check
    that runs into one takes that long, whatever the gate does."""

    def __init__(self) -> None:
        self.started = 0.0
        self.longest = 0.0
        self.count = 0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if info["generation"] != 2:
            return
        if phase == "start":
            self.started = time.perf_counter()
        else:
            self.count += 1
            self.longest = max(self.longest, time.perf_counter() - self.started)


def test_flood_gate_time_per_check_and_memory(capsys: pytest.CaptureFixture[str]) -> None:
    clock = Clock()
    flood = FloodGate(clock=clock)
    first_wave(clock, flood.check)
    gc.collect()
    walked = sum(gc.is_tracked(times) for times in flood.senders.values())
    # The mix: most updates from 1,000 people chatting (some of them flooding), the rest
    # from any of the 200,000, and one in ten from someone new. 20 µs of fake time each:
    # the 1,000,000 checks span 20 s, so the first wave goes idle half way and is swept.
    rng = random.Random(7)
    chatty = [rng.randrange(SENDERS) for _ in range(1_000)]
    keys: list[int] = []
    for n in range(CHECKS):
        pick = rng.random()
        if pick < 0.7:
            keys.append(chatty[rng.randrange(len(chatty))] if pick > 0.05 else chatty[0])
        elif pick < 0.9:
            keys.append(rng.randrange(SENDERS))
        else:
            keys.append(SENDERS + n)
    took: list[int] = []
    refused = 0
    counter = time.perf_counter_ns
    check = flood.check
    collections = Collections()
    gc.callbacks.append(collections)
    try:
        for key in keys:
            clock.now += 20e-6
            started = counter()
            wait = check(key)
            took.append(counter() - started)
            refused += wait > 0
    finally:
        gc.callbacks.remove(collections)
    mean = statistics.fmean(took) / 1000
    p99 = statistics.quantiles(took, n=100)[98] / 1000
    worst = max(took) / 1000
    slow = sum(1 for ns in took if ns > 100_000)
    tracked = len(flood)

    tracemalloc.start()  # a second gate, traced: tracing slows it, so it is not timed
    clock = Clock()
    traced = FloodGate(clock=clock)
    first_wave(clock, traced.check)
    peak_held = tracemalloc.get_traced_memory()[0]
    clock.now += traced.window
    for n in range(SENDERS // traced.SWEEP + 100):  # later traffic: 50 people
        clock.now += 0.001
        traced.check(f"later-{n % 50}")
    after_held = tracemalloc.get_traced_memory()[0]
    after_tracked = len(traced)
    tracemalloc.stop()

    with capsys.disabled():
        print(f"\nflood gate, {SENDERS:,} senders then {CHECKS:,} checks: mean {mean:.2f} µs, "
              f"p99 {p99:.2f} µs, worst {worst:.0f} µs per check; {refused:,} refused; "
              f"{tracked:,} senders tracked at the end")
        print(f"  {slow} checks over 100 µs; {collections.count} full garbage collections "
              f"meanwhile (longest {collections.longest * 1e6:.0f} µs); senders whose times "
              f"the collector still walks: {walked} of {SENDERS:,}")
        print(f"memory held: {peak_held / 1e6:.1f} MB with {SENDERS:,} senders active "
              f"({peak_held / SENDERS:.0f} B each); {after_held / 1e3:.1f} kB once they were "
              f"idle a window ({after_tracked} senders tracked)")
    assert tracked > 0 and after_tracked == 50

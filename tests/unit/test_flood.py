"""The flood gate on a fake clock: an exact limit per window, one warning per flood, and
memory that follows the senders active in the last window."""

from __future__ import annotations

from bot.flood import FloodGate


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def gate(clock: Clock) -> FloodGate:
    return FloodGate(limit=30, window=30.0, clock=clock)


def test_the_limit_is_exact_and_the_wait_is_what_is_left_of_the_window() -> None:
    clock = Clock()
    flood = gate(clock)
    for _ in range(30):
        assert flood.check("a") == 0
        clock.now += 0.5  # the 30 updates span 14.5 s: the first leaves the window at 1030
    assert clock.now == 1015.0
    assert flood.check("a") == 15
    clock.now = 1015.5
    assert flood.check("a") == 15  # 14.5 s, rounded up
    clock.now = 1029.9
    assert flood.check("a") == 1  # never 0 while refused: 0.1 s is rounded up
    clock.now = 1030.0
    assert flood.check("a") == 0  # the first one left the window: one more passes
    assert flood.check("a") == 1  # and the window is full again (the second leaves at 1030.5)
    clock.now = 1030.5
    assert flood.check("a") == 0


def test_no_window_long_span_ever_holds_more_than_the_limit() -> None:
    clock = Clock()
    flood = gate(clock)
    passed: list[float] = []
    for step in range(3000):  # irregular steps: bursts, pauses, exact window boundaries
        clock.now += (0.0, 0.01, 0.7, 0.0, 3.0, 0.3)[step % 6]
        if flood.check("a") == 0:
            passed.append(clock.now)
    assert len(passed) > 300
    assert all(later - first >= 30.0 for first, later in zip(passed, passed[30:], strict=False))


def test_the_first_refusal_of_each_flood_is_warned_once() -> None:
    clock = Clock()
    flood = gate(clock)
    for _ in range(30):
        flood.check("a")
    assert flood.check("a") > 0
    assert flood.first_warning("a") is True
    assert flood.check("a") > 0
    assert flood.first_warning("a") is False
    clock.now += 30.0
    for _ in range(30):
        assert flood.check("a") == 0
    assert flood.check("a") > 0  # a later flood is warned again
    assert flood.first_warning("a") is True
    assert flood.first_warning("a") is False


def test_a_flood_ends_when_an_update_passes_again() -> None:
    clock = Clock()
    flood = gate(clock)
    for _ in range(30):
        flood.check("a")
        clock.now += 0.5  # never a whole window without an update
    assert flood.check("a") > 0 and flood.first_warning("a") is True
    clock.now = 1030.0
    assert flood.check("a") == 0  # the first update left the window
    assert flood.check("a") > 0  # a new flood, told again
    assert flood.first_warning("a") is True


def test_senders_are_independent() -> None:
    clock = Clock()
    flood = gate(clock)
    for _ in range(30):
        assert flood.check(("telegram", "1")) == 0
    assert flood.check(("telegram", "1")) > 0
    assert flood.first_warning(("telegram", "1")) is True
    assert flood.check(("discord", "1")) == 0  # same id, another platform: someone else
    assert flood.first_warning(("discord", "1")) is True
    assert flood.check(("telegram", "2")) == 0
    assert len(flood) == 3


def test_a_quiet_flooder_is_forgotten_warning_and_all() -> None:
    clock = Clock()
    flood = gate(clock)
    for _ in range(31):
        flood.check("loud")
    assert flood.first_warning("loud") is True
    clock.now += 30.0
    for n in range(20):
        flood.check(f"other-{n}")  # traffic of others sweeps the idle flooder
    assert "loud" not in flood.senders and len(flood) == 20


def test_idle_senders_are_forgotten_behind_one_who_keeps_talking() -> None:
    clock = Clock()
    flood = gate(clock)
    flood.check("talker")
    for n in range(400):
        flood.check(n)
    # "talker" goes on, once a second, long after the others stopped: its updates sweep
    # them from behind it (70 updates once they are idle, up to 8 each).
    for _ in range(100):
        clock.now += 1.0
        assert flood.check("talker") == 0
    assert list(flood.senders) == ["talker"]


def test_senders_active_in_one_window_are_all_tracked() -> None:
    clock = Clock()
    flood = gate(clock)
    for n in range(100_000):
        clock.now += 0.0002  # 100,000 senders in 20 s, less than a window
        assert flood.check(n) == 0
    assert len(flood) == 100_000
    assert flood.check(0) == 0  # the first of them still counts: its one update is kept
    assert len(flood.senders[0]) == 2


def test_senders_idle_for_a_window_are_forgotten() -> None:
    clock = Clock()
    flood = gate(clock)
    for n in range(100_000):
        clock.now += 0.0002
        flood.check(n)
    clock.now += 30.0
    # Later traffic: 100 new senders, 150 updates each (most refused). Each update sweeps
    # a few idle senders, so 15,000 updates are enough to forget all 100,000.
    for _ in range(150):
        clock.now += 0.001
        for n in range(100):
            flood.check(f"new-{n}")
    assert len(flood) == 100
    assert all(str(key).startswith("new-") for key in flood.senders)

"""The broadcast budget on virtual time: a fake clock, and a sleep that wakes sleepers in order
of their wake-up time and moves the clock there, so that every scenario is exact, instant and
the same at every run. Grant times are what the tests read on that clock when a call returns."""

from __future__ import annotations

import asyncio
import heapq
import itertools
from collections.abc import Awaitable, Iterator
from typing import Any

import pytest

from bot import pacing
from bot.pacing import Budget

WINDOW = Budget.WINDOW
CONVERSATION = Budget.CONVERSATION
LIMIT = 30
real_sleep = asyncio.sleep


class VirtualTime:
    """A fake clock and a sleep on it. run() lets the tasks it is given go on until each one
    sleeps (or is done), then wakes the earliest sleeper and moves the clock to its wake-up
    time, plus the next `lag` (a loop too busy to wake it on time)."""

    def __init__(self) -> None:
        self.now = 0.0
        self.lag: Iterator[float] = itertools.repeat(0.0)
        self.sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self.order = itertools.count()  # sleepers due at the same time wake in order of sleep

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        woken: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self.sleepers, (self.now + max(seconds, 0.0), next(self.order), woken))
        await woken

    async def run(self, *work: Awaitable[Any]) -> None:
        tasks = [asyncio.ensure_future(w) for w in work]
        while True:
            for _ in range(100):  # a task woken runs to its next sleep in one step of the loop
                await real_sleep(0)
                if sum(not t.done() for t in tasks) == sum(not f.done() for *_, f in
                                                           self.sleepers):
                    break
            else:
                raise AssertionError("a task waits on something else than the virtual clock")
            for task in tasks:
                if task.done():
                    task.result()  # a task's failure is the test's
            if all(task.done() for task in tasks):
                return
            due, _, woken = heapq.heappop(self.sleepers)
            self.now = max(self.now, due + next(self.lag))
            woken.set_result(None)


class OnlySleepVirtual:
    """bot.pacing's view of asyncio: the same module, but for a sleep on virtual time."""

    def __init__(self, virtual: VirtualTime) -> None:
        self.sleep = virtual.sleep

    def __getattr__(self, name: str) -> Any:
        return getattr(asyncio, name)


@pytest.fixture
def virtual(monkeypatch: pytest.MonkeyPatch) -> VirtualTime:
    clock = VirtualTime()
    monkeypatch.setattr(pacing, "asyncio", OnlySleepVirtual(clock))
    return clock


def apart(later: float, earlier: float) -> float:
    """Seconds between two grants, to the microsecond: the resolution of the Redis server's
    clock, whose times come back as text with six decimals (two grants exactly WINDOW apart
    must not read as 1.0199999999 and count as one window)."""
    return round(later - earlier, 6)


def most_in_a_window(grants: list[float]) -> int:
    """The most grants in any span shorter than WINDOW (what Budget promises to keep to the
    limit: a slot is free again WINDOW seconds after it was taken)."""
    grants = sorted(grants)
    most, first = 0, 0
    for last, at in enumerate(grants):
        while apart(at, grants[first]) >= WINDOW:
            first += 1
        most = max(most, last - first + 1)
    return most


def in_window_before(grants: list[float], at: float) -> int:
    """How many grants in (at - WINDOW, at], the window a grant at `at` was counted in."""
    return sum(1 for g in grants if apart(at, g) < WINDOW and g <= at)


async def broadcaster(budget: Budget, clock: VirtualTime, count: int, grants: list[float],
                      start: float = 0.0, gaps: float = 0.0) -> None:
    """What the worker does: one reservation after the other (`gaps` apart at first, like
    sends that take a round trip), noting when each is granted."""
    await clock.sleep(start)
    for n in range(count):
        await budget.reserve()
        grants.append(clock())
        if gaps and n < LIMIT:
            await clock.sleep(gaps)


async def replier(budget: Budget, clock: VirtualTime, at: list[float],
                  grants: list[tuple[float, float]]) -> None:
    """A person talking: a reply wanted at each of the times `at`; notes (asked, granted)."""
    for moment in at:
        await clock.sleep(moment - clock())
        asked = clock()
        await budget.reply()
        grants.append((asked, clock()))


def test_grants_exactly_a_window_apart_on_the_redis_clock_are_in_two_windows() -> None:
    """Two slots the Redis server granted exactly WINDOW apart (as a CI run saw: 1.0199999809
    between them as floats, so the second was counted in the first one's window)."""
    first, second = float("1796292443.873768"), float("1796292444.893768")
    assert second - first < WINDOW  # what plain float arithmetic says
    assert most_in_a_window([first, second]) == 1
    assert in_window_before([first, second], second) == 1
    assert most_in_a_window([first, float("1796292444.893767")]) == 2


async def test_never_more_than_the_limit_in_any_window(virtual: VirtualTime) -> None:
    budget = Budget(LIMIT, clock=virtual)
    grants: list[float] = []
    await virtual.run(broadcaster(budget, virtual, 1000, grants))
    assert len(grants) == 1000
    assert most_in_a_window(grants) == LIMIT  # all of it used, never more


async def test_throughput_is_the_limit_per_window(virtual: VirtualTime) -> None:
    budget = Budget(LIMIT, clock=virtual)
    grants: list[float] = []
    await virtual.run(broadcaster(budget, virtual, 1000, grants))
    # 30 at once, then 30 more each time they leave the window: the 1000th is in the 34th
    # batch, 33 windows after the first. A wake-up that comes a rounding error early waits
    # 2 ms more (the shortest sleep): at most once a batch.
    windows = -(-1000 // LIMIT) - 1
    assert windows * WINDOW <= grants[-1] - grants[0] <= windows * (WINDOW + 0.002)
    assert [len(list(g)) for _, g in itertools.groupby(grants[:60], round)] == [30, 30]


async def test_a_waiting_reply_goes_before_the_broadcast(virtual: VirtualTime) -> None:
    budget = Budget(LIMIT, clock=virtual)
    sent: list[float] = []
    replies: list[tuple[float, float]] = []
    # The broadcast fills the window at 0 and waits for it; five replies are wanted at 0.5.
    people = [replier(budget, virtual, [0.5], replies) for _ in range(5)]
    await virtual.run(broadcaster(budget, virtual, 100, sent), *people)
    assert [granted for _, granted in replies] == [WINDOW] * 5  # the first slots freed
    later = [at for at in sent if at > 0.0]
    assert later and min(later) > WINDOW  # the broadcast waited for all five
    assert most_in_a_window(sent + [granted for _, granted in replies]) == LIMIT


async def test_a_reply_takes_the_whole_limit_the_broadcast_leaves_headroom(
        virtual: VirtualTime) -> None:
    budget = Budget(LIMIT, headroom=2, clock=virtual)
    replies: list[tuple[float, float]] = []
    await virtual.run(*(replier(budget, virtual, [0.0], replies) for _ in range(LIMIT)))
    assert [granted for _, granted in replies] == [0.0] * LIMIT
    sent: list[float] = []
    await virtual.run(broadcaster(budget, virtual, 2 * LIMIT, sent))
    assert sent[0] == WINDOW  # once the replies left the window
    assert sum(1 for at in sent if at == WINDOW) == LIMIT - 2  # people were talking


async def test_while_people_talk_the_broadcast_leaves_the_headroom_free(
        virtual: VirtualTime) -> None:
    budget = Budget(LIMIT, headroom=1, clock=virtual)
    sent: list[float] = []
    replies: list[tuple[float, float]] = []
    # A reply at 0, then one every 1.1 s until 8.3 s: never two in one window, so the one
    # slot of headroom is always enough for the next.
    talk = [0.0, *(0.6 + 1.1 * n for n in range(8))]
    await virtual.run(broadcaster(budget, virtual, 1000, sent, start=0.1),
                      replier(budget, virtual, talk, replies))
    granted = [at for _, at in replies]
    everything = sent + granted
    quiet = talk[-1] + CONVERSATION
    talking = [at for at in sent if at < quiet]
    assert talking and all(in_window_before(everything, at) <= LIMIT - 1 for at in talking)
    assert all(asked == at for asked, at in replies)  # no reply ever waits
    # After CONVERSATION seconds of silence the broadcast takes the whole limit again.
    assert max(in_window_before(sent, at) for at in sent if at >= quiet) == LIMIT
    assert most_in_a_window(everything) == LIMIT


async def test_a_conversation_starting_while_the_broadcast_waits_keeps_the_headroom(
        virtual: VirtualTime) -> None:
    budget = Budget(LIMIT, headroom=1, clock=virtual)
    sent: list[float] = []
    replies: list[tuple[float, float]] = []
    # The first 30 sends 20 ms apart (round trips), then as fast as the budget allows: the
    # slots free one by one, and the broadcast takes each. Someone writes at 3.01 s (that
    # reply waits for a slot: nobody was talking), and goes on talking.
    await virtual.run(broadcaster(budget, virtual, 300, sent, gaps=0.02),
                      replier(budget, virtual, [3.01, 3.02, 3.5, 4.0], replies))
    everything = sent + [at for _, at in replies]
    talking = [at for at in sent if replies[0][1] <= at < replies[-1][1] + CONVERSATION]
    assert talking and all(in_window_before(everything, at) <= LIMIT - 1 for at in talking)


async def test_a_pause_holds_replies_and_broadcast_alike(virtual: VirtualTime) -> None:
    budget = Budget(LIMIT, clock=virtual)
    sent: list[float] = []
    replies: list[tuple[float, float]] = []

    async def retry_after(at: float, seconds: float) -> None:
        await virtual.sleep(at - virtual())
        budget.pause(seconds)

    await virtual.run(broadcaster(budget, virtual, 300, sent),
                      replier(budget, virtual, [2.5, 4.0, 7.0], replies),
                      retry_after(2.2, 3.0), retry_after(3.0, 1.0))  # the second is shorter
    everything = sent + [at for _, at in replies]
    assert not [at for at in everything if 2.2 < at < 5.2]
    assert [granted for _, granted in replies] == [5.2, 5.2, 7.0]  # the first out
    assert min(at for at in sent if at > 2.2) == 5.2  # the broadcast goes on at the end too
    assert most_in_a_window(everything) == LIMIT


async def test_bunched_calls_on_a_lagging_clock_stay_within_the_limit(
        virtual: VirtualTime) -> None:
    budget = Budget(LIMIT, clock=virtual)
    virtual.lag = itertools.cycle([0.0, 0.0, 0.3, 0.001, 0.05, 0.0, 0.0, 0.7, 0.019])
    sent: list[float] = []
    replies: list[tuple[float, float]] = []

    async def one(at: float) -> None:
        await virtual.sleep(at)
        await budget.reserve()
        sent.append(virtual())

    async def busy_broadcaster() -> None:  # the loop was busy between two reservations
        for step in itertools.islice(itertools.cycle([0.0, 0.013, 0.0, 0.4, 0.0001]), 300):
            virtual.now += step
            await budget.reserve()
            sent.append(virtual())

    bursts = [one(0.0) for _ in range(200)] + [one(3.0) for _ in range(50)]  # same instants
    await virtual.run(*bursts, busy_broadcaster(),
                      replier(budget, virtual, [0.0, 0.0, 0.01, 2.0, 2.0, 7.3], replies))
    everything = sent + [at for _, at in replies]
    assert len(everything) == 200 + 300 + 50 + 6
    assert most_in_a_window(everything) == LIMIT

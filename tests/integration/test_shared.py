"""bot.shared against the real Redis (database 15, keys of each test's own): the budget, locks
and lease that several processes share, each "process" here with a connection of its own.
Budget times are the Redis server's (what `take` returns), so they are exact."""

from __future__ import annotations

import asyncio
import itertools
import logging
import sys
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
from redis.asyncio import Redis
from redis.asyncio.lock import Lock

from bot.shared import Lease, RedisUnavailable, SharedBudget, SharedLocks, connect
from bot.types import UserKey
from tests.unit.test_budget import apart, in_window_before, most_in_a_window

LIMIT = 30
WINDOW = SharedBudget.WINDOW
ROOT = Path(__file__).resolve().parents[2]
Connect = Callable[[], Awaitable[Redis]]


@pytest.fixture
async def prefix(redis_url: str) -> AsyncIterator[str]:
    """A key prefix of this test's own; its keys are deleted at the end."""
    name = f"participate-test:{uuid.uuid4().hex}"
    yield name
    client = await connect(redis_url)
    keys = [key async for key in client.scan_iter(match=f"*{name}*")]
    if keys:
        await client.delete(*keys)
    await client.aclose()


@pytest.fixture
async def process(redis_url: str) -> AsyncIterator[Connect]:
    """Call to get a connection of its own: one per simulated process."""
    made: list[Redis] = []

    async def make() -> Redis:
        made.append(await connect(redis_url))
        return made[-1]

    yield make
    for client in made:
        await client.aclose()


async def broadcast_until(budget: SharedBudget, deadline: float, grants: list[float]) -> None:
    while time.monotonic() < deadline:
        grants.append(await budget.take(broadcast=True))


def sustained(grants: list[float], limit: int) -> float:
    """Slots per second past the first window's burst: k windows' worth over the time from
    the first slot to the first one past them (a full budget gives limit / WINDOW)."""
    grants = sorted(grants)
    whole = (len(grants) - 1) // limit * limit
    return whole / (grants[whole] - grants[0])


async def test_two_processes_never_pass_the_limit_together(prefix: str, process: Connect,
                                                            capsys: pytest.CaptureFixture[str]
                                                            ) -> None:
    one, two = [SharedBudget(await process(), prefix, LIMIT) for _ in range(2)]
    grants: list[float] = []
    deadline = time.monotonic() + 2.2
    await asyncio.gather(*(broadcast_until(b, deadline, grants) for b in (one, two, one, two)))
    assert len(grants) > 2 * LIMIT
    assert most_in_a_window(grants) == LIMIT
    rate = sustained(grants, LIMIT)
    with capsys.disabled():
        print(f"\ntwo processes: {len(grants)} slots, {rate:.2f}/s = {rate / LIMIT:.3f} of "
              f"{LIMIT}/s (a {WINDOW} s window allows {1 / WINDOW:.3f})")
    assert rate >= 0.85 * LIMIT


async def test_replies_in_one_process_keep_the_headroom_from_the_others_broadcast(
        prefix: str, process: Connect) -> None:
    headroom = 3
    talker, sender = [SharedBudget(await process(), prefix, LIMIT, headroom) for _ in range(2)]
    replies: list[tuple[float, float]] = []  # (seconds waited, granted)
    sent: list[float] = []
    first = await talker.take(broadcast=False)  # someone is talking from the start
    deadline = time.monotonic() + 3.0

    async def talk() -> None:  # never more replies in a window than the headroom
        while time.monotonic() < deadline:
            await asyncio.sleep(WINDOW / headroom)
            asked = time.monotonic()
            granted = await talker.take(broadcast=False)
            replies.append((time.monotonic() - asked, granted))

    await asyncio.gather(talk(), *(broadcast_until(sender, deadline, sent) for _ in range(3)))
    everything = [first, *sent, *(at for _, at in replies)]
    assert len(replies) >= 6 and len(sent) > 2 * LIMIT
    assert all(in_window_before(everything, at) <= LIMIT - headroom for at in sent)
    assert most_in_a_window(sent) <= LIMIT - headroom
    assert most_in_a_window(everything) <= LIMIT
    assert max(waited for waited, _ in replies) < 0.15  # a slot was always free for them


async def test_a_waiting_reply_gets_a_slot_before_the_other_process_broadcast(
        prefix: str, process: Connect) -> None:
    talker, sender = [SharedBudget(await process(), prefix, LIMIT) for _ in range(2)]
    sent: list[float] = []
    deadline = time.monotonic() + 1.6

    async def five_replies_later() -> list[float]:
        await asyncio.sleep(0.3)  # the broadcast filled the window at once
        return list(await asyncio.gather(*(talker.take(broadcast=False) for _ in range(5))))

    replies, *_ = await asyncio.gather(five_replies_later(),
                                       *(broadcast_until(sender, deadline, sent)
                                         for _ in range(3)))
    start = min(sent)
    assert sum(1 for at in sent if apart(at, start) < WINDOW) == LIMIT
    assert all(WINDOW <= apart(at, start) < WINDOW + 0.1 for at in replies)  # the first freed
    assert most_in_a_window(sent + replies) == LIMIT


async def test_a_pause_in_one_process_holds_every_process(prefix: str, process: Connect) -> None:
    one, two = [SharedBudget(await process(), prefix, LIMIT) for _ in range(2)]
    client = await process()
    sent: list[float] = []
    deadline = time.monotonic() + 2.0

    async def retry_after() -> tuple[float, list[float]]:
        await asyncio.sleep(0.3)
        one.pause(1.0)  # what the 429 said, to `one` only
        await asyncio.sleep(0.05)
        till = float(await client.get(one.keys[1]))
        await asyncio.sleep(0.15)
        replies = await asyncio.gather(*(b.take(broadcast=False) for b in (one, two)))
        return till, list(replies)  # replies wait too, then go first

    (till, replies), *_ = await asyncio.gather(
        retry_after(), *(broadcast_until(b, deadline, sent) for b in (one, two, one, two)))
    start = min(sent)
    assert start + WINDOW < till  # the window's slots came back during the pause
    assert not [at for at in sent if till - 1.0 < at < till]
    assert all(till <= at < till + 0.3 for at in replies)
    assert till <= min(at for at in sent if at > start + 0.5) < till + 0.3  # both, at its end
    assert most_in_a_window(sent + replies) == LIMIT


async def test_a_paid_broadcast_budget_is_another_key_and_rate(
        prefix: str, process: Connect, capsys: pytest.CaptureFixture[str]) -> None:
    paid_limit = 1000
    ordinary = [SharedBudget(await process(), f"{prefix}:plain", LIMIT) for _ in range(2)]
    paid = [SharedBudget(b.redis, f"{prefix}:paid", paid_limit) for b in ordinary]
    plain = [await ordinary[0].take(broadcast=True) for _ in range(LIMIT)]  # full: it waits
    grants: list[float] = []
    deadline = time.monotonic() + 1.5
    await asyncio.gather(*(broadcast_until(b, deadline, grants) for b in paid * 4))
    assert most_in_a_window(grants) <= paid_limit
    assert sum(1 for at in grants if apart(at, plain[0]) < WINDOW) > 5 * LIMIT  # plain was full
    with capsys.disabled():
        print(f"\npaid broadcast: {len(grants)} slots in 1.5 s, at most "
              f"{most_in_a_window(grants)} in a window (limit {paid_limit})")


async def test_lock_names_keep_keys_apart(process: Connect) -> None:
    locks = SharedLocks(await process(), prefix="p")
    assert locks.name(UserKey("telegram", "42")) == locks.name(("telegram", "42"))
    assert locks.name(("telegram", "42")) == "p:telegram:42"
    assert locks.name(("a:b", "c")) != locks.name(("a", "b:c"))
    assert locks.name("x y*") == "p:x%20y%2A"


async def test_two_processes_never_hold_one_key_together(prefix: str, process: Connect) -> None:
    spans: list[tuple[float, float]] = []
    locks = [SharedLocks(await process(), prefix) for _ in range(2)]

    async def handle(locks: SharedLocks) -> None:
        for _ in range(8):
            async with locks.hold(UserKey("telegram", "42")):
                entered = time.monotonic()
                await asyncio.sleep(0.02)
                spans.append((entered, time.monotonic()))

    await asyncio.gather(*(handle(each) for each in locks * 2))
    spans.sort()
    assert len(spans) == 32
    assert all(left_end <= right_start
               for (_, left_end), (right_start, _) in itertools.pairwise(spans))
    assert all(each.waited_seconds > 0 for each in locks)


async def test_different_keys_are_held_at_once(prefix: str, process: Connect) -> None:
    one, two = [SharedLocks(await process(), prefix) for _ in range(2)]

    async def handle(locks: SharedLocks, user: str) -> None:
        async with locks.hold(("telegram", user)):
            await asyncio.sleep(0.3)

    started = time.monotonic()
    await asyncio.gather(handle(one, "1"), handle(two, "2"))
    assert time.monotonic() - started < 0.5


async def test_the_lock_of_a_killed_process_expires(prefix: str, process: Connect) -> None:
    waits: list[float] = []
    locks = SharedLocks(await process(), prefix, on_wait=waits.append)
    dead = Lock(await process(), locks.name(("telegram", "42")), timeout=0.5)
    assert await dead.acquire()  # and never released
    async with locks.hold(("telegram", "42")):
        pass
    assert len(waits) == 1 and 0.4 < waits[0] < 0.5 + 0.3
    assert locks.waited_seconds == waits[0] and not locks.timeouts


async def test_a_caller_waiting_too_long_goes_on_with_a_warning(
        prefix: str, process: Connect, caplog: pytest.LogCaptureFixture) -> None:
    busy, late = [SharedLocks(await process(), prefix, blocking_timeout=0.3) for _ in range(2)]
    async with busy.hold(("telegram", "42")):
        with caplog.at_level(logging.WARNING, "bot.shared"):
            async with late.hold(("telegram", "42")):
                pass
    assert late.timeouts == 1 and 0.3 - late.poll <= late.waited_seconds < 0.6
    assert "going on without it" in caplog.text


async def test_one_leader_at_a_time(prefix: str, process: Connect) -> None:
    one, two = [Lease(await process(), f"{prefix}:polling") for _ in range(2)]
    got = await asyncio.gather(one.acquire(), two.acquire())
    assert sorted(got) == [False, True]
    leader, other = (one, two) if got[0] else (two, one)
    assert await leader.renew() and await leader.acquire()
    assert not await other.renew() and not await other.acquire()
    await other.release()  # not its own: nothing happens
    assert not await other.acquire()
    await leader.release()
    assert await other.acquire() and not await leader.acquire()


async def test_another_process_takes_over_when_the_leader_stops_renewing(
        prefix: str, process: Connect, capsys: pytest.CaptureFixture[str]) -> None:
    ttl, retry = 1.0, 0.25
    dead = Lease(await process(), f"{prefix}:polling", ttl=ttl)
    heir = Lease(await process(), f"{prefix}:polling", ttl=ttl)
    assert await dead.acquire()  # then never renews
    died = time.monotonic()
    leading, stop = asyncio.Event(), asyncio.Event()

    async def work(lost: asyncio.Event) -> None:
        leading.set()
        await lost.wait()

    holding = asyncio.create_task(heir.hold_while_leader(work, stop, retry_every=retry))
    await asyncio.wait_for(leading.wait(), 5)
    took = time.monotonic() - died
    stop.set()
    await holding
    with capsys.disabled():
        print(f"\ntaken over {took:.2f} s after the last renewal (ttl {ttl}, retry {retry})")
    assert ttl - 0.05 < took <= ttl + retry + 0.2
    assert await dead.acquire()  # the heir released it on stopping


async def test_the_work_runs_in_one_process_at_a_time(prefix: str, process: Connect) -> None:
    ttl, retry = 0.6, 0.2
    leases = [Lease(await process(), f"{prefix}:polling", ttl=ttl) for _ in range(2)]
    stops = [asyncio.Event(), asyncio.Event()]
    spans: list[tuple[int, float, float]] = []

    def work_of(who: int) -> Callable[[asyncio.Event], Awaitable[None]]:
        async def work(lost: asyncio.Event) -> None:
            entered = time.monotonic()
            try:
                await lost.wait()
            finally:
                spans.append((who, entered, time.monotonic()))
        return work

    holding = [asyncio.create_task(lease.hold_while_leader(work_of(n), stops[n], retry))
               for n, lease in enumerate(leases)]
    await asyncio.sleep(1.5)  # several renewals: the leader keeps it
    assert not spans
    first = 0 if await leases[0].renew() else 1
    stops[first].set()  # a graceful stop: released at once, taken within retry_every
    await holding[first]
    await asyncio.sleep(1.0)
    stops[1 - first].set()
    await holding[1 - first]
    assert [who for who, *_ in spans] == [first, 1 - first]
    (_, _, left), (_, entered, _) = spans
    assert left <= entered <= left + retry + 0.2


async def test_a_leader_that_lost_the_lease_stops_its_work(prefix: str, process: Connect) -> None:
    ttl = 0.6
    lease = Lease(await process(), f"{prefix}:polling", ttl=ttl)
    client = await process()
    leading, stop = asyncio.Event(), asyncio.Event()
    seen: list[bool] = []

    async def work(lost: asyncio.Event) -> None:
        leading.set()
        try:
            await asyncio.Event().wait()  # polls until cancelled
        finally:
            seen.append(lost.is_set())

    holding = asyncio.create_task(lease.hold_while_leader(work, stop, retry_every=5))
    await asyncio.wait_for(leading.wait(), 5)
    await client.set(lease.key, "another process", px=5000)  # it expired while we slept
    taken = time.monotonic()
    while not seen and time.monotonic() < taken + 2:
        await asyncio.sleep(0.01)
    assert seen == [True] and time.monotonic() - taken <= ttl / 3 + 0.15
    assert await client.get(lease.key) == "another process"  # its release did not touch it
    stop.set()
    await holding


CHILD = """
import asyncio, sys
from bot.shared import Lease, connect

async def main() -> None:
    lease = Lease(await connect(sys.argv[1]), sys.argv[2], ttl=float(sys.argv[3]))

    async def work(lost: asyncio.Event) -> None:
        print("leading", flush=True)
        await lost.wait()

    await lease.hold_while_leader(work, asyncio.Event(), retry_every=0.2)

asyncio.run(main())
"""


async def test_a_killed_leader_process_is_replaced_within_ttl_and_retry(
        prefix: str, process: Connect, redis_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    ttl, retry = 1.5, 0.25
    key = f"{prefix}:polling"
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, redis_url, key, str(ttl), cwd=ROOT,
        stdout=asyncio.subprocess.PIPE)
    try:
        assert child.stdout
        assert await asyncio.wait_for(child.stdout.readline(), 20) == b"leading\n"
        heir = Lease(await process(), key, ttl=ttl)
        leading, stop = asyncio.Event(), asyncio.Event()

        async def work(lost: asyncio.Event) -> None:
            leading.set()
            await lost.wait()

        holding = asyncio.create_task(heir.hold_while_leader(work, stop, retry_every=retry))
        await asyncio.sleep(2 * ttl)
        assert not leading.is_set()  # the child renews
    finally:
        child.kill()
        await child.wait()
    killed = time.monotonic()
    await asyncio.wait_for(leading.wait(), 10)
    took = time.monotonic() - killed
    stop.set()
    await holding
    with capsys.disabled():
        print(f"\ntaken over {took:.2f} s after the kill (ttl {ttl}, retry {retry})")
    assert took <= ttl + retry + 0.2


async def test_connect_names_the_server_without_its_password() -> None:
    with pytest.raises(RedisUnavailable) as raised:
        await connect("redis://bot:s3cret@127.0.0.1:1/0", timeout=1)
    assert "s3cret" not in str(raised.value)
    assert str(raised.value).startswith("Redis at redis://127.0.0.1:1/0 does not answer: ")

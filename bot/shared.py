"""What several bot processes share through one Redis: the send budget, per-person locks, leases.

The budget's take is a Lua script of our own, not the `limits` or pyrate-limiter libraries:
they count hits in a window but know nothing of replies going before broadcasts (a waiting
reply, the headroom kept while people talk) or of a 429's pause that holds every sender, and
checking those beside their hit would cost more round trips and open races between them. One
script decides atomically, in one round trip per slot, on the Redis server's clock (TIME), so
that processes with drifting clocks still agree on every window.
"""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
import logging
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable
from contextlib import asynccontextmanager, suppress
from urllib.parse import quote, urlsplit

from redis.asyncio import Redis
from redis.asyncio.lock import Lock
from redis.exceptions import RedisError

from bot.locks import KeyedLocks
from bot.pacing import Budget

log = logging.getLogger(__name__)

NOW = "local t = redis.call('TIME') local now = tonumber(t[1]) + tonumber(t[2]) / 1000000\n"
# KEYS: sent (a sorted set of the slots in the window), pause_until, last reply, waiting replies.
# ARGV: limit, window, broadcast (1/0), headroom, conversation, slot id, waiter ttl, seconds
# this process was told to pause for (and has maybe not shared yet).
# Returns {seconds to wait (0: the slot is taken), server time}, as text (Lua numbers would be
# truncated to integers on the way out).
TAKE = NOW + """
local limit, window = tonumber(ARGV[1]), tonumber(ARGV[2])
local broadcast, wait = ARGV[3] == '1', 0
local paused = math.max(tonumber(redis.call('GET', KEYS[2]) or '0'), now + ARGV[8])
if now < paused then
  wait = paused - now
else
  redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
  redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now)
  local count = redis.call('ZCARD', KEYS[1])
  local need = count + 1
  if broadcast then  -- leave a slot to every reply waiting, and the headroom while people talk
    need = need + redis.call('ZCARD', KEYS[4])
    local last = redis.call('GET', KEYS[3])
    if last and now - tonumber(last) < tonumber(ARGV[5]) then need = need + tonumber(ARGV[4]) end
  end
  if need <= limit then
    redis.call('ZADD', KEYS[1], now, ARGV[6])
    redis.call('PEXPIRE', KEYS[1], math.ceil(window * 1000) + 1000)
    if not broadcast then
      redis.call('ZREM', KEYS[4], ARGV[6])
      redis.call('SET', KEYS[3], string.format('%.6f', now), 'PX', math.ceil(ARGV[5] * 1000))
    end
    return {'0', string.format('%.6f', now)}
  end
  local leaving = math.min(math.ceil(need - limit), count) - 1  -- the slot that must go first
  local slot = redis.call('ZRANGE', KEYS[1], leaving, leaving, 'WITHSCORES')
  wait = slot[2] and tonumber(slot[2]) + window - now or 0.01
end
if not broadcast then  -- a reply waits: no broadcast may take the slot it waits for
  redis.call('ZADD', KEYS[4], now + tonumber(ARGV[7]), ARGV[6])
  redis.call('PEXPIRE', KEYS[4], math.ceil(ARGV[7] * 1000) + 1000)
end
return {string.format('%.6f', math.max(wait, 0.001)), string.format('%.6f', now)}
"""
PAUSE = NOW + """
local till = now + tonumber(ARGV[1])
if till > tonumber(redis.call('GET', KEYS[1]) or '0') then
  redis.call('SET', KEYS[1], string.format('%.6f', till), 'PX', math.ceil(ARGV[1] * 1000) + 1000)
end
return string.format('%.6f', till)
"""
RENEW = """if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0"""
RELEASE = """if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1]) end return 0"""


class RedisUnavailable(Exception):
    """REDIS_URL names a server that does not answer (the message never has the password)."""


async def connect(url: str, timeout: float = 5.0) -> Redis:
    """A client for REDIS_URL that has answered a ping."""
    client = Redis.from_url(url, decode_responses=True, socket_connect_timeout=timeout,
                            socket_timeout=timeout)
    try:
        await client.ping()
    except (RedisError, OSError) as error:
        await client.aclose()
        parts, why = urlsplit(url), " ".join(str(error).split())
        if parts.password:
            why = why.replace(parts.password, "…")
        where = parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl()
        raise RedisUnavailable(f"Redis at {where} does not answer: {why}") from None
    return client


class SharedBudget:
    """`bot.pacing.Budget` for every process sharing the Redis keys under `key` (for instance
    participate:budget:telegram:<bot id>; a paid-broadcast budget is another SharedBudget with
    its own key and rate): at most `per_second` slots in any WINDOW, counted on the server.

    A reply may take the whole limit; a broadcast takes a slot only while one stays free for
    every reply waiting in any process, plus `headroom` if anyone replied in the last
    CONVERSATION seconds. A pause holds every process (this one at once, the others as soon
    as the Redis write lands, a millisecond later). A reply given up while waiting holds
    broadcasts back for at most WAITER_TTL; Redis errors reach the caller, as a failed send
    would."""

    WINDOW = Budget.WINDOW
    CONVERSATION = Budget.CONVERSATION
    MAX_SLEEP = 0.25  # between two tries: a pause set elsewhere, a slot freed, are seen soon
    WAITER_TTL = 1.0  # a waiting reply tries again well within this

    def __init__(self, redis: Redis, key: str, per_second: float, headroom: float = 1.0) -> None:
        self.limit = per_second
        self.headroom = headroom
        self.redis = redis
        tag = "{" + key + "}"  # one hash slot for all four keys: a script may use them on a cluster
        self.keys = [f"{tag}:sent", f"{tag}:pause", f"{tag}:reply", f"{tag}:waiting"]
        self._take = redis.register_script(TAKE)
        self._pause = redis.register_script(PAUSE)
        self._ids = (f"{secrets.token_hex(6)}:{n}" for n in itertools.count())
        self.paused_until = 0.0  # time.monotonic(): this process honours its own pause at once
        self._pausing: set[asyncio.Task[object]] = set()

    def pause(self, seconds: float) -> None:
        """Hold every send of every process for `seconds` (a 429's retry_after)."""
        self.paused_until = max(self.paused_until, time.monotonic() + seconds)
        task = asyncio.get_running_loop().create_task(
            self._pause(keys=[self.keys[1]], args=[seconds]))
        self._pausing.add(task)
        task.add_done_callback(self._paused)

    def _paused(self, task: asyncio.Task[object]) -> None:
        self._pausing.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.warning("the pause could not be shared through Redis: %s", task.exception())

    async def reply(self) -> None:
        """Wait (rarely, and briefly) for a slot for a reply to a person."""
        await self.take(broadcast=False)

    async def reserve(self) -> None:
        """Wait for a slot for one broadcast message."""
        await self.take(broadcast=True)

    async def take(self, broadcast: bool) -> float:
        """Wait for a slot; the time it was taken at, on the Redis server's clock."""
        slot = next(self._ids)
        while True:
            paused = max(0.0, self.paused_until - time.monotonic())
            wait, now = await self._take(keys=self.keys, args=[
                self.limit, self.WINDOW, int(broadcast), self.headroom, self.CONVERSATION, slot,
                self.WAITER_TTL, paused])
            if float(wait) == 0:
                return float(now)
            await asyncio.sleep(min(float(wait), self.MAX_SLEEP))


def redis_name(prefix: str, key: Hashable) -> str:
    """A Redis key for a person or other key: each part quoted, so no two keys share a name."""
    if dataclasses.is_dataclass(key) and not isinstance(key, type):
        key = dataclasses.astuple(key)
    parts = key if isinstance(key, tuple) else (key,)
    return ":".join([prefix, *(quote(str(part), safe="") for part in parts)])


class SharedLocks:
    """`bot.locks.KeyedLocks` across processes: one Redis lock per key.

    A lock expires `timeout` seconds after it was taken, so a killed process holds nobody up
    for longer; a holder still busy by then loses it (logged when it releases). A caller that
    has waited `blocking_timeout` logs a warning and goes on without the lock: a person's
    message is answered late rather than dropped. Waits are added to `waited_seconds` and
    handed to `on_wait` (metrics)."""

    def __init__(self, redis: Redis, prefix: str = "participate:lock", timeout: float = 30.0,
                 blocking_timeout: float = 60.0, poll: float = 0.05,
                 on_wait: Callable[[float], None] | None = None) -> None:
        self.redis = redis
        self.prefix = prefix
        self.timeout = timeout
        self.blocking_timeout = blocking_timeout
        self.poll = poll
        self.on_wait = on_wait
        self.waited_seconds = 0.0
        self.timeouts = 0
        self._here = KeyedLocks()  # callers of this process queue here, not by polling Redis

    def name(self, key: Hashable) -> str:
        """The Redis key of a lock."""
        return redis_name(self.prefix, key)

    @asynccontextmanager
    async def hold(self, key: Hashable) -> AsyncIterator[None]:
        started = time.monotonic()
        async with self._here.hold(key):
            lock = Lock(self.redis, self.name(key), timeout=self.timeout, sleep=self.poll,
                        blocking_timeout=self.blocking_timeout, thread_local=False)
            taken = await lock.acquire()
            waited = time.monotonic() - started
            self.waited_seconds += waited
            if self.on_wait:
                self.on_wait(waited)
            if not taken:
                self.timeouts += 1
                log.warning("%s still held after %.1f s: going on without it", lock.name,
                            waited)
            try:
                yield
            finally:
                if taken:
                    try:
                        await lock.release()
                    except RedisError as error:
                        log.warning("%s was held past its %.0f s timeout or could not be "
                                    "released: %s", lock.name, self.timeout, error)


class Lease:
    """A named lease that one process at a time holds: the one that does X (Telegram polling)."""

    def __init__(self, redis: Redis, key: str, ttl: float = 6.0) -> None:
        self.redis = redis
        self.key = key
        self.ttl = ttl
        self.token = secrets.token_hex(16)
        self._renew = redis.register_script(RENEW)
        self._release = redis.register_script(RELEASE)

    async def acquire(self) -> bool:
        """Whether this process holds the lease now (taken, or still ours)."""
        if await self.redis.set(self.key, self.token, nx=True, px=round(self.ttl * 1000)):
            return True
        return await self.renew()

    async def renew(self) -> bool:
        """Another ttl, if the lease is still ours."""
        return bool(await self._renew(keys=[self.key], args=[self.token,
                                                              round(self.ttl * 1000)]))

    async def release(self) -> None:
        await self._release(keys=[self.key], args=[self.token])

    async def hold_while_leader(self, work: Callable[[asyncio.Event], Awaitable[None]],
                                stop: asyncio.Event, retry_every: float = 1.0) -> None:
        """Until `stop`: run `work(lost)` while this process holds the lease, renewing it every
        ttl/3; try to take it every `retry_every` otherwise. When a renewal fails, `lost` is
        set and the work cancelled. If the leader dies, another takes over within
        ttl + retry_every. The work's own exception ends this (after the lease is released)."""
        while not stop.is_set():
            try:
                leader = await self.acquire()
            except (RedisError, OSError) as error:
                log.warning("lease %s: Redis does not answer: %s", self.key, error)
                leader = False
            if leader:
                await self._lead(work, stop)
            with suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), retry_every)

    async def _lead(self, work: Callable[[asyncio.Event], Awaitable[None]],
                    stop: asyncio.Event) -> None:
        lost = asyncio.Event()
        running = asyncio.ensure_future(work(lost))
        stopping = asyncio.ensure_future(stop.wait())
        try:
            while not (await asyncio.wait({running, stopping}, timeout=self.ttl / 3,
                                          return_when=asyncio.FIRST_COMPLETED))[0]:
                if not await self._still_ours():
                    log.warning("lease %s lost: stopping its work", self.key)
                    lost.set()
                    break
        finally:
            stopping.cancel()
            running.cancel()
            await asyncio.wait({running})
            with suppress(RedisError, OSError):
                await self.release()
        failed = None if running.cancelled() else running.exception()
        if failed is not None:
            raise failed

    async def _still_ours(self) -> bool:
        try:
            async with asyncio.timeout(self.ttl / 3):  # before another could take it
                return await self.renew()
        except (RedisError, OSError, TimeoutError):
            return False

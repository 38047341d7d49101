"""One person's updates handled in the order they arrived, also when a load balancer hands
them to different processes (Telegram's webhook).

A lock alone keeps two updates of a person from running at once, but not in order: the second
may take the lock first. So each update is noted on arrival, before the webhook answers 200,
and waits for its turn: until no earlier update of that person is still waiting. An update
whose predecessor never finishes (its process died) goes after WAIT_AT_MOST seconds anyway.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Hashable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import TYPE_CHECKING, Protocol

from bot.shared import redis_name

if TYPE_CHECKING:
    from redis.asyncio import Redis

log = logging.getLogger(__name__)
WAIT_AT_MOST = 10.0  # seconds an update waits for an earlier one of the same person
POLL = 0.03


class Turns(Protocol):
    async def arrived(self, person: Hashable, number: int) -> None: ...
    def turn(self, person: Hashable, number: int) -> AbstractAsyncContextManager[None]: ...


class LocalTurns:
    """For one process: updates waiting, per person, in this process's memory."""

    def __init__(self) -> None:
        self.waiting: dict[Hashable, set[int]] = {}

    async def arrived(self, person: Hashable, number: int) -> None:
        self.waiting.setdefault(person, set()).add(number)

    @asynccontextmanager
    async def turn(self, person: Hashable, number: int) -> AsyncIterator[None]:
        deadline = time.monotonic() + WAIT_AT_MOST
        try:
            while min(self.waiting.get(person) or {number}) < number \
                    and time.monotonic() < deadline:
                await asyncio.sleep(POLL)
            yield
        finally:
            left = self.waiting.get(person)
            if left is not None:
                left.discard(number)
                if not left:
                    del self.waiting[person]


class SharedTurns:
    """For several processes: a sorted set of waiting update numbers per person in Redis."""

    TTL = 120  # seconds: a person's set goes when nothing arrives for that long

    def __init__(self, redis: Redis, prefix: str = "participate:turns") -> None:
        self.redis = redis
        self.prefix = prefix

    def _key(self, person: Hashable) -> str:
        return redis_name(self.prefix, person)

    async def arrived(self, person: Hashable, number: int) -> None:
        key = self._key(person)
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.zadd(key, {str(number): number})
            pipe.expire(key, self.TTL)
            await pipe.execute()

    @asynccontextmanager
    async def turn(self, person: Hashable, number: int) -> AsyncIterator[None]:
        key = self._key(person)
        deadline = time.monotonic() + WAIT_AT_MOST
        try:
            while time.monotonic() < deadline:
                first = await self.redis.zrange(key, 0, 0, withscores=True)
                if not first or int(first[0][1]) >= number:
                    break
                await asyncio.sleep(POLL)
            else:
                log.warning("an earlier update of one person did not finish within %.0f s; "
                            "going on", WAIT_AT_MOST)
                await self.redis.zremrangebyscore(key, "-inf", number - 1)
            yield
        finally:
            await self.redis.zrem(key, str(number))

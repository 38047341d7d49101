"""Rate limits as the platforms count them, for the fake servers: a token bucket (Telegram's
messages to one chat) and a fixed window (Discord's requests per bot token)."""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass

Clock = Callable[[], float]


class TokenBucket:
    """`burst` messages at once, then `rate` a second, per key: Telegram's "short bursts" that
    it tolerates inside one chat before the ~1 message a second it asks for."""

    def __init__(self, burst: int, rate: float, clock: Clock = time.monotonic) -> None:
        self.burst, self.rate, self.clock = burst, rate, clock
        self._level: dict[Hashable, tuple[float, float]] = {}  # key -> (tokens, as of when)

    def _tokens(self, key: Hashable) -> float:
        tokens, at = self._level.get(key, (float(self.burst), self.clock()))
        return min(float(self.burst), tokens + (self.clock() - at) * self.rate)

    def wait(self, key: Hashable) -> float:
        """Seconds until one more message may go to `key` (0: now). Counts nothing."""
        return max(0.0, (1 - self._tokens(key)) / self.rate)

    def take(self, key: Hashable) -> None:
        """Count one message that went to `key`."""
        self._level[key] = (self._tokens(key) - 1, self.clock())


@dataclass(frozen=True)
class Quota:
    """What one request found in its window: let through or not, and what is left."""

    allowed: bool
    limit: int
    remaining: int
    reset_after: float  # seconds until the window starts afresh


class Window:
    """`limit` requests per `seconds` and key, counted from the first request of a window to
    its end, when the whole limit comes back (Discord's buckets: X-RateLimit-Reset is that
    end, X-RateLimit-Remaining what is left of the limit until then)."""

    def __init__(self, limit: int, seconds: float, clock: Clock = time.monotonic) -> None:
        self.limit, self.seconds, self.clock = limit, seconds, clock
        self._open: dict[Hashable, tuple[float, int]] = {}  # key -> (window start, requests)

    def take(self, key: Hashable) -> Quota:
        """Count a request of `key` if its window has room; say what is left either way."""
        now = self.clock()
        start, used = self._open.get(key, (now, 0))
        if now - start >= self.seconds:
            start, used = now, 0
        allowed = used < self.limit
        used += allowed
        self._open[key] = (start, used)
        return Quota(allowed, self.limit, self.limit - used, start + self.seconds - now)

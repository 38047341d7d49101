"""Flood control: a sliding window of recent updates per user."""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable, Hashable


class FloodGate:
    """Allows `limit` updates per `window` seconds per key; past that, says how long to wait."""

    def __init__(
        self, limit: int = 30, window: float = 30.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self.seen: dict[Hashable, deque[float]] = {}
        self.warned: set[Hashable] = set()

    def check(self, key: Hashable) -> int:
        """0 if the update may pass, else the seconds to wait."""
        now = self.clock()
        times = self.seen.setdefault(key, deque())
        while times and now - times[0] >= self.window:
            times.popleft()
        if len(times) >= self.limit:
            return max(1, math.ceil(self.window - (now - times[0])))
        times.append(now)
        self.warned.discard(key)
        if len(self.seen) > 50_000:
            self._forget_idle(now)
        return 0

    def first_warning(self, key: Hashable) -> bool:
        """True once per flood, so the user is told once and then ignored."""
        if key in self.warned:
            return False
        self.warned.add(key)
        return True

    def _forget_idle(self, now: float) -> None:
        idle = [k for k, t in self.seen.items() if not t or now - t[-1] >= self.window]
        for key in idle:
            del self.seen[key]

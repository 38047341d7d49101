"""Flood control: an exact sliding window of updates per sender, bounded in memory and time."""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable


class FloodGate:
    """Allows `limit` updates per `window` seconds per key; past that, says how long to wait.

    Exact: no `window`-second span ever holds more than `limit` updates of one key. A key
    idle for a whole window is forgotten, its warning too, so memory follows the keys active
    in the last window (plus idle ones not swept yet). Each call sweeps up to SWEEP idle keys
    from the front of `senders`, which is ordered by last update let through; a call adds at
    most one key, so that backlog shrinks by SWEEP - 1 a call, and no call scans them all.
    """

    SWEEP = 8
    # The times of a key are a tuple, replaced at each update let through (copying at most
    # `limit` floats): 72 bytes for a key that sent once, where an empty deque takes 760,
    # and the garbage collector stops walking a tuple of floats once it has seen it (a full
    # collection costs time per object it tracks: a list, deque or array per key would stay).

    def __init__(
        self, limit: int = 30, window: float = 30.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if limit < 1:
            raise ValueError(f"a flood gate lets at least one update through, not {limit}")
        self.limit = limit
        self.window = window
        self.clock = clock
        # key -> times of its updates let through in the last window, oldest first (never
        # empty: the last one orders the keys and tells when the key goes idle)
        self.senders: OrderedDict[Hashable, tuple[float, ...]] = OrderedDict()
        self.warned: set[Hashable] = set()  # keys told about their flood; always in `senders`
        self._high = 0  # the most keys since the tables were last rebuilt

    def __len__(self) -> int:
        """How many keys are kept (active in the last window, or idle and not swept yet)."""
        return len(self.senders)

    def check(self, key: Hashable) -> int:
        """0 if the update may pass, else the seconds to wait."""
        now = self.clock()
        self._sweep(now)
        times = self.senders.get(key, ())
        expired = 0
        while expired < len(times) and now - times[expired] >= self.window:
            expired += 1
        if len(times) - expired >= self.limit:  # then nothing expired: at most `limit` kept
            return max(1, math.ceil(self.window - (now - times[expired])))
        self.senders[key] = (*times[expired:], now)
        self.senders.move_to_end(key)  # keeps `senders` ordered by last update let through
        self._high = max(self._high, len(self.senders))
        self.warned.discard(key)
        return 0

    def first_warning(self, key: Hashable) -> bool:
        """True once per flood, so the user is told once and then ignored.

        A key check() does not know (never seen, or idle for a window) is not flooding:
        True, and nothing is remembered, so that nothing but check() adds keys."""
        if key in self.warned:
            return False
        if key in self.senders:
            self.warned.add(key)
        return True

    def _sweep(self, now: float) -> None:
        senders = self.senders
        for _ in range(self.SWEEP):
            if not senders:
                break
            key = next(iter(senders))
            if now - senders[key][-1] < self.window:
                break  # the rest let an update through later still
            del senders[key]
            self.warned.discard(key)
        if self._high > 1024 and len(senders) * 4 < self._high:
            # Dicts and sets never shrink their tables when keys leave; rebuilt once three
            # quarters of the keys have gone, the copy costs at most a third of that work.
            self.senders = OrderedDict(senders)
            self.warned = set(self.warned)
            self._high = len(self.senders)

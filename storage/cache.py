"""A bounded per-process cache of what every message reads: a person's language and flow,
a group's language. Written through by the store after each commit, so a message whose
state did not change costs no database round trip.

Only this process's writes update it: with several processes on one database, each must learn
of the others' writes (see the README, "Running at scale") or run without it (`size=0`).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")
_MISSING = object()


class Cache(Generic[K, V]):
    """Least recently used entries go first. A value read from the database is kept only if
    no write happened while it was read, so a slow read never overwrites a newer write."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.values: OrderedDict[K, V] = OrderedDict()
        self.writes = 0

    def get(self, key: K) -> tuple[bool, V | None]:
        value = self.values.get(key, _MISSING)
        if value is _MISSING:
            return False, None
        self.values.move_to_end(key)
        return True, value  # type: ignore[return-value]

    def mark(self) -> int:
        """Call before a read from the database; hand the result to fill()."""
        return self.writes

    def fill(self, key: K, value: V, mark: int) -> None:
        if mark == self.writes:
            self._keep(key, value)

    def put(self, key: K, value: V) -> None:
        """A value just committed."""
        self.writes += 1
        self._keep(key, value)

    def drop(self, key: K) -> None:
        self.writes += 1
        self.values.pop(key, None)

    def _keep(self, key: K, value: V) -> None:
        if self.size <= 0:
            return
        self.values[key] = value
        self.values.move_to_end(key)
        while len(self.values) > self.size:
            self.values.popitem(last=False)

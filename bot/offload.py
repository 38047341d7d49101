"""Heavy work away from the event loop, in a worker process.

A thread is not enough for a chart: matplotlib draws in C++ without releasing the GIL, so the
event loop could not run for hundreds of milliseconds at a time (measured: 200-400 ms late
while 3,000 responses were drawn in a thread). The process is started on first use."""

from __future__ import annotations

import asyncio
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from typing import Any, TypeVar

T = TypeVar("T")
_pools: list[ProcessPoolExecutor] = []


def _pool() -> ProcessPoolExecutor:
    if not _pools:
        # spawn: a fresh interpreter, not a fork of a process with threads and open sockets
        _pools.append(ProcessPoolExecutor(max_workers=1,
                                          mp_context=multiprocessing.get_context("spawn")))
    return _pools[0]


async def in_process(fn: Callable[..., T], *args: Any) -> T:
    """fn(*args) in the worker process; a worker that died is replaced once."""
    loop = asyncio.get_running_loop()
    try:
        return await loop.run_in_executor(_pool(), partial(fn, *args))
    except BrokenProcessPool:
        shutdown()
        return await loop.run_in_executor(_pool(), partial(fn, *args))


def shutdown() -> None:
    while _pools:
        _pools.pop().shutdown(wait=False, cancel_futures=True)

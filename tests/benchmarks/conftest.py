"""Benchmarks measure the bot as it runs in production: without asyncio's debug mode."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest


@pytest.fixture(autouse=True)
async def production_loop() -> AsyncIterator[None]:
    loop = asyncio.get_running_loop()
    loop.set_debug(False)
    yield

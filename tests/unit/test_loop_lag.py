"""Nothing stalls the event loop: people keep getting answers while an admin's /results chart
of thousands of responses is drawn."""

from __future__ import annotations

import asyncio
import time

from bot.bootstrap import Texts, bootstrap
from bot.languages import LOCALES
from bot.settings import Settings
from bot.types import Incoming
from storage import Response

RESPONSES = 3_000
LIMIT = 0.100  # seconds the loop may be late, at most, while the chart is drawn


async def test_results_chart_does_not_stall_anyone(settings: Settings, texts: Texts) -> None:
    admins = Settings.from_env({"DATABASE_URL": settings.database_url, "BOT_ADMINS": "console:1"})
    core = await bootstrap(admins, texts=texts)
    async with core.services.store.transaction(bulk=True):
        for i in range(RESPONSES):
            await core.services.store.save_response(Response("survey", f"r{i}", LOCALES[i % 21], {
                "role": ["editor", "affiliate", "new"][i % 3], "areas": ["health", "roles"][:i % 3],
                "involved": str(1 + i % 5), "ways": ["chat"], "consent": "yes"}))
    late: list[float] = []
    drawing = True

    async def ticker() -> None:
        while drawing:
            asked = time.perf_counter()
            await asyncio.sleep(0.005)
            late.append(time.perf_counter() - asked - 0.005)

    async def chatting() -> int:
        answered = 0
        while drawing:
            replies = await core.handle(Incoming("console", "2", "2", text="/help"))
            answered += len(replies)
            await asyncio.sleep(0.02)
        return answered

    tick, chat = asyncio.create_task(ticker()), asyncio.create_task(chatting())
    started = time.perf_counter()
    replies = await core.handle(Incoming("console", "1", "1", text="/results"))
    seconds = time.perf_counter() - started
    drawing = False
    answered = await chat
    await tick
    [chart] = replies
    assert chart.image is not None and chart.image.startswith(b"\x89PNG")
    assert seconds > 0.2  # the chart was real work, during which...
    assert answered >= 3  # ...another person kept getting answers
    assert max(late) < LIMIT, f"the loop was {max(late) * 1000:.0f} ms late"
    await core.services.store.close()

"""Nothing stalls the event loop: people keep getting answers while an admin's /results chart
of thousands of responses is drawn."""

from __future__ import annotations

import asyncio
import time

from bot.bootstrap import Texts, bootstrap
from bot.languages import LOCALES
from bot.settings import Settings
from bot.types import Incoming, Rendered
from storage import Response

RESPONSES = 3_000
LIMIT = 0.100  # seconds the loop may be late, at most, while the chart is drawn


class LoopWatch:
    """How late the event loop answers a 5 ms timer, over and over, until stopped."""

    def __init__(self) -> None:
        self.late: list[float] = []
        self.running = True
        self.task = asyncio.create_task(self._tick())

    async def _tick(self) -> None:
        while self.running:
            asked = time.perf_counter()
            await asyncio.sleep(0.005)
            self.late.append(time.perf_counter() - asked - 0.005)

    async def stop(self) -> float:
        """The worst lateness seen, in seconds."""
        self.running = False
        await self.task
        return max(self.late)


async def test_results_chart_does_not_stall_anyone(settings: Settings, texts: Texts) -> None:
    admins = Settings.from_env({"DATABASE_URL": settings.database_url, "BOT_ADMINS": "console:1"})
    core = await bootstrap(admins, texts=texts)
    async with core.services.store.transaction(bulk=True):
        for i in range(RESPONSES):
            await core.services.store.save_response(Response("survey", f"r{i}", LOCALES[i % 21], {
                "role": ["editor", "affiliate", "new"][i % 3], "areas": ["health", "roles"][:i % 3],
                "involved": str(1 + i % 5), "ways": ["chat"], "consent": "yes"}))
    async def chatting() -> int:
        answered = 0
        while watch.running:
            replies = await core.handle(Incoming("console", "2", "2", text="/help"))
            answered += len(replies)
            await asyncio.sleep(0.02)
        return answered

    watch = LoopWatch()
    chat = asyncio.create_task(chatting())
    started = time.perf_counter()
    replies = await core.handle(Incoming("console", "1", "1", text="/results"))
    seconds = time.perf_counter() - started
    worst = await watch.stop()
    answered = await chat
    [chart] = replies
    assert chart.image is not None and chart.image.startswith(b"\x89PNG")
    assert seconds > 0.2  # the chart was real work, during which...
    assert answered >= 3  # ...another person kept getting answers
    assert worst < LIMIT, f"the loop was {worst * 1000:.0f} ms late"
    await core.services.store.close()


async def test_an_announcement_to_50000_does_not_stall_anyone(settings: Settings,
                                                              texts: Texts) -> None:
    from sqlalchemy import insert

    from bot.types import ActionKind
    from storage.schema import subscriptions
    from storage.sql_common import insert_many
    from tests.conftest import find_button

    admins = Settings.from_env({"DATABASE_URL": settings.database_url, "BOT_ADMINS": "console:1"})
    core = await bootstrap(admins, texts=texts)
    rows = [("telegram", str(1_000_000 + i), "de", "user", "2026-01-01T00:00:00Z")
            for i in range(50_000)]
    columns = ("platform", "chat_id", "language", "kind", "created_at")
    await core.services.store.runner.run(  # type: ignore[attr-defined]
        lambda c: insert_many(c, insert(subscriptions), columns, rows))

    async def say(text: str | None = None, action: str | None = None) -> list[Rendered]:
        return [core.render(r) for r in await core.handle(
            Incoming("console", "1", "1", text=text, action=action))]

    replies = await say("/announce")
    await say(action=find_button(replies, ActionKind.ANNOUNCE_LANGUAGE, "de"))
    asking_link = await say("Treffen am Freitag")
    watch = LoopWatch()
    preview = await say(action=find_button(asking_link, ActionKind.ANNOUNCE_NO_LINK))
    sent = await say(action=find_button(preview, ActionKind.ANNOUNCE_SEND))
    worst = await watch.stop()
    assert sent[0].text == core.services.i18n.format("en", "announce-queued", {"count": 50_000})
    assert worst < LIMIT, f"the loop was {worst * 1000:.0f} ms late"
    await core.services.store.close()

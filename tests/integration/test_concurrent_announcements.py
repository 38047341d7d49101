"""Two liaisons confirm announcements at the same moment while the broadcast worker drains the
queue: both land, and every subscriber gets each exactly once, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from collections import Counter

from bot.bootstrap import Texts, bootstrap
from bot.broadcast import SENT, Outcome, Worker
from bot.pacing import Budget
from bot.settings import Settings
from bot.types import ActionKind
from storage import AnnouncementKind, ChatKind, Delivery, Recipient
from tests.unit.test_survey import Respondent

SUBSCRIBERS = 150


async def test_two_announcements_during_a_broadcast(database_url: str, texts: Texts) -> None:
    settings = Settings.from_env({"DATABASE_URL": database_url,
                                  "BOT_ADMINS": "console:1,console:2"})
    core = await bootstrap(settings, texts=texts)
    store = core.services.store
    for i in range(SUBSCRIBERS):
        await store.subscribe("telegram", str(10_000 + i), "de", ChatKind.USER)
    # A broadcast already running: the worker drains it while the liaisons confirm.
    first = await store.enqueue("cli", "2020-01-01T00:00:00Z", AnnouncementKind.ANNOUNCEMENT,
                                [(Recipient("telegram", str(10_000 + i), "de", ChatKind.USER),
                                  "earlier") for i in range(SUBSCRIBERS)])
    received: Counter[tuple[str, str]] = Counter()

    async def send(delivery: Delivery) -> Outcome:
        await asyncio.sleep(0.001)
        received[delivery.chat_id, delivery.body] += 1
        return SENT

    stop = asyncio.Event()
    worker = asyncio.create_task(Worker(store, "telegram", send, Budget(2_000)).run(stop))
    liaisons = [Respondent(core, "1", tag="de"), Respondent(core, "2", tag="de")]
    for n, person in enumerate(liaisons):
        await person.send("/announce")
        await person.press(ActionKind.ANNOUNCE_LANGUAGE, "de")
        await person.send(f"Nachricht {n}")
        await person.press(ActionKind.ANNOUNCE_NO_LINK)
    while not received:  # the broadcast is under way
        await asyncio.sleep(0.005)
    presses = [p.send(action=p.button(ActionKind.ANNOUNCE_SEND)) for p in liaisons]
    answers = await asyncio.gather(*presses)
    for replies in answers:
        queued = core.services.i18n.format("de", "announce-queued", {"count": SUBSCRIBERS})
        assert [r.text for r in replies] == [queued]
    for _ in range(2000):
        if sum(received.values()) >= 3 * SUBSCRIBERS:
            break
        await asyncio.sleep(0.01)
    stop.set()
    await worker
    bodies = {body for _, body in received}
    assert len(bodies) == 3 and "earlier" in bodies
    assert set(received.values()) == {1}  # nobody got any of the three twice
    assert len(received) == 3 * SUBSCRIBERS
    assert (await store.delivery_counts()) == {"sent": 3 * SUBSCRIBERS}
    assert [d.announcement_id for d in await store.delivery_report(first)][:1] == [first]
    await store.close()

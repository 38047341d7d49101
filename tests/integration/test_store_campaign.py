"""The store's tickets, discussion results and report counters, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio

from storage import Store, TicketStatus, open_store
from tests.integration.test_store import store  # noqa: F401  (the fixture, on both backends)


async def test_tickets_open_claim_write_close(store: Store) -> None:  # noqa: F811
    first = await store.open_ticket("telegram", "1", "de", "Frage eins", "", most=2)
    second = await store.open_ticket("telegram", "1", "de", "Frage zwei", "@me", most=2)
    assert (first, second) == (1, 2)
    assert await store.open_ticket("telegram", "1", "de", "drei", "", most=2) is None
    assert await store.open_tickets("telegram", "1") == 2
    assert await store.claim_ticket(1, "discord:9")
    assert await store.claim_ticket(1, "discord:9")  # again by the same liaison: still theirs
    assert not await store.claim_ticket(1, "discord:8")
    assert await store.claim_ticket(1, "telegram:5", take_over=True)  # an admin takes it over
    assert await store.claim_ticket(1, "discord:9", take_over=True)
    assert await store.add_ticket_message(1, False, "Antwort") == (True, True)  # the first
    assert await store.add_ticket_message(1, False, "Noch eine") == (True, False)
    ticket = await store.get_ticket(1)
    assert ticket is not None and ticket.answered_at and ticket.question == "Frage eins"
    assert ticket.status is TicketStatus.CLAIMED and ticket.claimed_by == "discord:9"
    assert [t.id for t in await store.tickets(("de",))] == [1, 2]
    assert await store.tickets(("fr",)) == []
    assert await store.close_ticket(1) and not await store.close_ticket(1)
    assert await store.add_ticket_message(1, True, "zu spät") == (False, False)
    assert await store.open_tickets("telegram", "1") == 1
    assert await store.open_ticket("telegram", "1", "de", "drei", "", most=2) == 3


async def test_counters_add_up_under_concurrent_writers(database_url: str) -> None:
    stores = [await open_store(database_url) for _ in range(4)]
    try:
        await asyncio.gather(*(s.add_counts("2026-11-03", {("de", "faq_answered"): 1,
                                                           ("fr", "faq_answered"): 2})
                               for s in stores for _ in range(10)))
        counted = await stores[0].counts("2026-11-01", "2026-11-30", None)
        assert counted == {("2026-11-03", "faq_answered"): 120}  # both languages
        assert await stores[0].counts("2026-11-01", "2026-11-30", ("fr",)) == {
            ("2026-11-03", "faq_answered"): 80}
        assert await stores[0].counts("2026-12-01", "2026-12-31", None) == {}
    finally:
        for s in stores:
            await s.close()


async def test_a_person_is_counted_once_a_day_and_once_a_month(store: Store) -> None:  # noqa: F811
    for day in ("2026-11-03", "2026-11-03", "2026-11-04", "2026-12-01"):
        await store.note_active("telegram", "5", "de", day)
    await store.set_language("telegram", "6", "fr")  # known before this release counted
    await store.note_active("telegram", "6", "fr", "2026-11-04")
    assert await store.counts("2026-11-01", "2026-12-31", ("de",)) == {
        ("2026-11-03", "active_day"): 1, ("2026-11-03", "active_month"): 1,
        ("2026-11-03", "new"): 1, ("2026-11-04", "active_day"): 1,
        ("2026-12-01", "active_day"): 1, ("2026-12-01", "active_month"): 1}
    assert await store.counts("2026-11-01", "2026-12-31", ("fr",)) == {
        ("2026-11-04", "active_day"): 1, ("2026-11-04", "active_month"): 1}


async def test_discussions_and_answer_times(store: Store) -> None:  # noqa: F811
    one = await store.add_discussion("discord", "7", "Gruppe", "de", "2026-11-28", 12,
                                     ("health", "roles"), "Schluss", "")
    two = await store.add_discussion("telegram", "8", "Groupe", "fr", "2026-11-29", 5,
                                     (), "Fin", "https://meta.wikimedia.org/wiki/X")
    assert [d.id for d in await store.discussions(None)] == [two, one]
    [german] = await store.discussions(("de",))
    assert (german.group, german.participants, german.themes) == ("Gruppe", 12,
                                                                  ("health", "roles"))
    await store.note_answer_time("2026-11-05", "de", 600)
    await store.note_answer_time("2026-11-06", "fr", 60)
    assert sorted(await store.answer_times("2026-11-01", "2026-11-30", None)) == [60, 600]
    assert await store.answer_times("2026-11-01", "2026-11-30", ("de",)) == [600]

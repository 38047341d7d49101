"""The Store contract: every method, run against a real SQLite file and a real PostgreSQL."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from storage import (
    AnnouncementKind,
    ChatKind,
    DeliveryStatus,
    FlowState,
    QuestionKind,
    Recipient,
    Response,
    Store,
    StoreError,
    migrate,
    open_store,
)
from storage.url import postgres_url, sqlite_path

T0 = "2026-01-01T00:00:00Z"


@pytest.fixture
async def store(database_url: str) -> AsyncIterator[Store]:
    opened = await open_store(database_url)
    yield opened
    await opened.close()


def recipient(chat: str, language: str = "de", kind: ChatKind = ChatKind.USER) -> Recipient:
    return Recipient("telegram", chat, language, kind)


async def test_language_round_trip(store: Store) -> None:
    assert await store.get_language("telegram", "5") is None
    await store.set_language("telegram", "5", "ar")
    await store.set_language("telegram", "5", "fa")
    assert await store.get_language("telegram", "5") == "fa"
    assert await store.get_language("discord", "5") is None  # platforms are separate


async def test_seen_language_is_kept_apart_from_the_choice(store: Store) -> None:
    assert await store.get_seen_language("telegram", "6") is None
    await store.set_seen_language("telegram", "6", "ja")
    await store.set_language("telegram", "6", "de")
    await store.set_seen_language("telegram", "6", "th")
    assert await store.get_seen_language("telegram", "6") == "th"
    assert await store.get_language("telegram", "6") == "de"
    await store.drop_user("telegram", "6", "nobody")
    assert await store.get_seen_language("telegram", "6") is None


async def test_flow_round_trip_keeps_unicode(store: Store) -> None:
    flow = FlowState("survey", "areas", {"areas": ["advocacy"], "free": "مرحبا 你好 👩‍👩‍👧"})
    await store.set_flow("console", "1", flow)
    assert await store.get_flow("console", "1") == flow
    assert await store.end_flow("console", "1") is None
    assert await store.get_flow("console", "1") is None


async def test_a_flow_set_aside_comes_back_when_the_other_ends(store: Store) -> None:
    survey = FlowState("survey", "ways", {"answers": {"role": "editor"}})
    await store.set_flow("console", "1", survey)
    await store.set_flow("console", "1", FlowState("forget", "confirm", {"nonce": "n"}), park=True)
    assert (await store.get_flow("console", "1")) == FlowState("forget", "confirm", {"nonce": "n"})
    assert await store.end_flow("console", "1") == survey
    assert await store.get_flow("console", "1") == survey
    assert await store.end_flow("console", "1") is None


async def test_a_step_does_not_set_the_flow_aside(store: Store) -> None:
    await store.set_flow("console", "1", FlowState("survey", "role", {}))
    await store.set_flow("console", "1", FlowState("survey", "areas", {}), park=True)  # same flow
    await store.set_flow("console", "1", FlowState("announce", "text", {}))  # no park: replaced
    assert await store.end_flow("console", "1") is None


async def test_resume_brings_a_parked_flow_to_the_front(store: Store) -> None:
    survey = FlowState("survey", "ways", {"answers": {}})
    volunteer = FlowState("volunteer", "group", {"answers": {}})
    await store.set_flow("console", "1", survey)
    await store.set_flow("console", "1", volunteer, park=True)
    assert await store.resume_flow("console", "1", "announce") is None
    assert await store.resume_flow("console", "1", "survey") == survey
    assert await store.get_flow("console", "1") == survey
    assert await store.end_flow("console", "1") == volunteer  # now the volunteer waits
    assert await store.resume_flow("console", "2", "survey") is None


async def test_at_most_three_flows_wait(store: Store) -> None:
    for i in range(5):
        await store.set_flow("console", "1", FlowState(f"flow{i}", "s", {}), park=True)
    resumed = []
    while (flow := await store.end_flow("console", "1")) is not None:
        resumed.append(flow.name)
    assert resumed == ["flow3", "flow2", "flow1"]


async def test_chat_language_announcements_and_meta(store: Store) -> None:
    await store.set_chat_language("telegram", "-100", "de")
    assert await store.get_chat_language("telegram", "-100") == "de"
    assert await store.get_chat_language("telegram", "-200") is None
    await store.set_announcements("discord", "g1", "c1")
    await store.set_announcements("discord", "g1", "c2")
    assert await store.get_announcements("discord", "g1") == "c2"
    assert await store.get_chat_language("discord", "g1") is None
    await store.set_meta("k", "v1")
    await store.set_meta("k", "v2")
    assert await store.get_meta("k") == "v2"
    assert await store.get_meta("other") is None


async def test_reachability(store: Store) -> None:
    assert await store.is_reachable("telegram", "5") is True  # unknown users are presumed so
    await store.set_reachable("telegram", "5", False)
    assert await store.is_reachable("telegram", "5") is False
    await store.set_language("telegram", "5", "de")  # keeps the flag
    assert await store.is_reachable("telegram", "5") is False
    await store.set_reachable("telegram", "5", True)
    assert await store.is_reachable("telegram", "5") is True


async def test_hostile_values_are_stored_verbatim(store: Store) -> None:
    evil = "1'); DROP TABLE users; --"
    await store.set_language("telegram", evil, "de")
    assert await store.get_language("telegram", evil) == "de"
    await store.set_meta(evil, "%s $1 ? :p")
    assert await store.get_meta(evil) == "%s $1 ? :p"


async def test_survey_responses(store: Store) -> None:
    first = Response("survey", "r1", "ar", {"role": "editor", "change": "مزيد من الترجمة"})
    await store.save_response(first)
    await store.save_response(Response("survey", "r2", "ja", {"role": "new"}))
    await store.save_response(Response("survey", "r1", "ar", {"role": "reader"}))  # replaces
    got = await store.get_response("survey", "r1")
    assert got is not None and got.answers == {"role": "reader"} and got.created_at
    assert [r.respondent for r in await store.list_responses("survey")] == ["r1", "r2"]
    assert await store.get_response("other", "r1") is None
    assert await store.delete_responses("r1") == 1
    assert await store.delete_responses("r1") == 0
    assert [r.respondent for r in await store.list_responses("survey")] == ["r2"]


async def test_volunteers_and_roles(store: Store) -> None:
    first = await store.add_volunteer("telegram", "5", "WM Ghana", "en", "@me")
    second = await store.add_volunteer("discord", "6", "Ligue", "fr", "me@example.org")
    assert second > first
    assert [(v.id, v.group) for v in await store.list_volunteers()] == [
        (first, "WM Ghana"), (second, "Ligue")]
    await store.grant_role("telegram", "5", "liaison", ("de",))
    await store.grant_role("telegram", "5", "liaison", ("de", "fr"))  # replaces the languages
    roles = await store.get_roles("telegram", "5")
    assert [(r.role, r.languages) for r in roles] == [("liaison", ("de", "fr"))]
    assert len(await store.list_roles()) == 1
    assert await store.revoke_role("telegram", "5", "liaison") is True
    assert await store.revoke_role("telegram", "5", "liaison") is False
    assert await store.get_roles("telegram", "5") == []


async def test_subscriptions(store: Store) -> None:
    assert await store.subscribe("telegram", "1", "de", ChatKind.USER) is True
    assert await store.subscribe("telegram", "1", "de", ChatKind.USER) is False
    await store.subscribe("telegram", "1", "fr", ChatKind.USER)
    await store.subscribe("telegram", "-100", "de", ChatKind.GROUP)
    found = await store.subscribers(("de",))
    assert [(r.chat_id, r.kind) for r in found] == [("-100", ChatKind.GROUP), ("1", ChatKind.USER)]
    assert await store.unsubscribe("telegram", "1", "fr") == 1
    assert await store.unsubscribe("telegram", "1") == 1
    assert await store.subscribers(("fr",)) == []


async def test_events_and_reminders(store: Store) -> None:
    seeded = await store.add_event("msg:x", "2030-01-02T10:00:00Z", "UTC", (), "", "content",
                                   seed="kickoff")
    assert seeded is not None
    assert await store.add_event("msg:x", "2030-01-02T10:00:00Z", "UTC", (), "", "content",
                                 seed="kickoff") is None  # seeded once
    mine = await store.add_event("Salon", "2030-01-01T18:00:00Z", "Europe/Berlin", ("de",),
                                 "https://x.org", "telegram:5")
    await store.add_event("Past", "2020-01-01T00:00:00Z", "UTC", (), "", "cli")
    upcoming = await store.upcoming_events("2026-01-01T00:00:00Z")
    assert [e.title for e in upcoming] == ["Salon", "msg:x"]
    assert upcoming[0].languages == ("de",) and upcoming[0].created_by == "telegram:5"
    due = await store.events_to_remind("2030-01-01T23:00:00Z")
    assert [e.id for e in due] == [e.id for e in due if e.title in ("Salon", "Past")]
    assert mine is not None
    await store.mark_reminded(mine)
    assert mine not in [e.id for e in await store.events_to_remind("2030-01-01T23:00:00Z")]


async def test_queue_mark_report_and_requeue(store: Store) -> None:
    deliveries = [(recipient(str(i)), f"news {i}") for i in range(5)]
    announcement = await store.enqueue("cli", T0, AnnouncementKind.ANNOUNCEMENT, deliveries)
    assert await store.enqueue("cli", T0, AnnouncementKind.REMINDER, []) > announcement
    due = await store.due("telegram", "2026-06-01T00:00:00Z", 3)
    assert [d.body for d in due] == ["news 0", "news 1", "news 2"]
    assert due[0].status is DeliveryStatus.QUEUED and due[0].kind is ChatKind.USER
    assert await store.due("discord", "2026-06-01T00:00:00Z", 10) == []
    assert await store.due("telegram", "2025-01-01T00:00:00Z", 10) == []  # not before send_at
    await store.mark(due[0].id, DeliveryStatus.SENDING)
    await store.mark(due[1].id, DeliveryStatus.SENT)
    await store.mark(due[2].id, DeliveryStatus.QUEUED, "429", next_at="2027-01-01T00:00:00Z")
    await store.mark(due[0].id + 3, DeliveryStatus.SKIPPED, "blocked the bot")
    await store.mark(due[0].id + 4, DeliveryStatus.FAILED, "gave up")
    assert await store.delivery_counts() == {"sending": 1, "sent": 1, "queued": 1,
                                             "skipped": 1, "failed": 1}
    assert [d.reason for d in await store.delivery_report()] == ["blocked the bot", "gave up"]
    report = await store.delivery_report(announcement)
    assert [d.attempts for d in report] == [0, 1, 1, 0, 1]
    assert await store.requeue_in_flight() == 1
    assert (await store.delivery_counts())["queued"] == 2
    later = await store.due("telegram", "2026-06-01T00:00:00Z", 10)
    assert [d.body for d in later] == ["news 0"]  # the retried one waits for its next_at


async def test_claims_hold_a_lease_and_never_overlap(store: Store,
                                                     database_url: str) -> None:
    deliveries = [(recipient(str(i)), f"news {i}") for i in range(40)]
    announcement = await store.enqueue("cli", T0, AnnouncementKind.ANNOUNCEMENT, deliveries)
    now, lease = "2026-06-01T00:00:00Z", "2026-06-01T00:01:00Z"
    first = await store.claim("telegram", now, lease, 5)
    assert [d.body for d in first] == [f"news {i}" for i in range(5)]
    assert all(d.status is DeliveryStatus.SENDING for d in first)
    assert await store.claim("discord", now, lease, 5) == []
    # Another process (its own connections) claiming at the same moment gets other rows.
    other = await open_store(database_url)
    try:
        batches = await asyncio.gather(*(
            (store if i % 2 else other).claim("telegram", now, lease, 4) for i in range(8)))
    finally:
        await other.close()
    claimed = [d.id for batch in batches for d in batch]
    assert len(claimed) == len(set(claimed)) == 32 and not set(claimed) & {d.id for d in first}
    rest = await store.claim("telegram", now, lease, 10)
    assert len(rest) == 3 and not {d.id for d in rest} & set(claimed)
    await store.mark(first[0].id, DeliveryStatus.SENT)
    await store.release([first[1].id, first[0].id], now)  # a sent row stays sent
    counts = await store.delivery_counts()
    assert counts["sent"] == 1 and counts["queued"] >= 1
    # A claimer that died: its rows are due again when the lease ends, and only then.
    assert {d.id for d in await store.claim("telegram", "2026-06-01T00:00:30Z", lease, 100)} \
        == {first[1].id}  # released: due at once; the others still under their lease
    again = await store.claim("telegram", "2026-06-01T00:02:00Z", "2026-06-01T00:03:00Z", 100)
    assert first[0].id not in {d.id for d in again} and len(again) == 39  # all but the sent
    report = {d.id: d for d in await store.delivery_report(announcement)}
    assert report[first[0].id].status is DeliveryStatus.SENT
    assert report[first[1].id].attempts == 0  # released without counting an attempt


async def test_the_first_value_kept_wins(store: Store, database_url: str) -> None:
    other = await open_store(database_url)
    try:
        kept = await asyncio.gather(store.first_meta("k", "from one"),
                                    other.first_meta("k", "from two"))
    finally:
        await other.close()
    assert kept[0] == kept[1] in ("from one", "from two")
    assert await store.first_meta("k", "later") == kept[0]
    assert await store.get_meta("k") == kept[0]


async def test_the_faq_question_log_keeps_no_one(store: Store) -> None:
    pending = await store.log_question("de", "Wann ist das nächste Treffen?",
                                       QuestionKind.ANSWERED, "phase")
    await store.log_question("de", "Wo ist der Friseur?", QuestionKind.UNANSWERED)
    await store.log_question("fa", "سالن چیست؟", QuestionKind.UNANSWERED)
    assert await store.logged_questions(None, T0) != []
    assert [q.question for q in await store.logged_questions(("de",), T0)] == [
        "Wo ist der Friseur?"]  # an answer waiting for its rating is not listed
    assert await store.rate_answer(pending, helpful=False)
    assert not await store.rate_answer(pending, helpful=True)  # once per answer
    found = await store.logged_questions(("de",), T0)
    assert {(q.kind, q.entry) for q in found} == {(QuestionKind.UNHELPFUL, "phase"),
                                                   (QuestionKind.UNANSWERED, None)}
    liked = await store.log_question("fa", "کی شروع می‌شود؟", QuestionKind.ANSWERED, "phase")
    assert await store.rate_answer(liked, helpful=True)  # a 👍 forgets the question
    assert [q.question for q in await store.logged_questions(("fa",), T0)] == ["سالن چیست؟"]
    assert await store.logged_questions(None, "2999-01-01T00:00:00Z") == []
    assert await store.purge_questions("2999-01-01T00:00:00Z", "2999-01-01T00:00:00Z") == 3
    assert await store.logged_questions(None, T0) == []


async def test_audit_log(store: Store) -> None:
    await store.audit("cli", "grant", "telegram:5 liaison for de", subject="telegram:5")
    await store.audit("telegram:5", "announce", "#1 to de: 3 recipients")
    log = await store.audit_log(10)
    assert [(actor, action) for _, actor, action, _ in log] == [
        ("telegram:5", "announce"), ("cli", "grant")]
    assert len(await store.audit_log(1)) == 1


async def test_a_transaction_is_all_or_nothing(store: Store) -> None:
    with pytest.raises(RuntimeError):
        async with store.transaction():
            await store.set_language("telegram", "5", "de")
            await store.subscribe("telegram", "5", "de", ChatKind.USER)
            assert await store.get_language("telegram", "5") == "de"  # seen inside
            raise RuntimeError("a failure half way")
    assert await store.get_language("telegram", "5") is None  # the cache did not keep it either
    assert await store.subscribers(("de",)) == []
    async with store.transaction():
        await store.set_language("telegram", "5", "fr")
        await store.set_flow("telegram", "5", FlowState("survey", "role", {}))
    assert await store.get_language("telegram", "5") == "fr"
    assert await store.get_flow("telegram", "5") == FlowState("survey", "role", {})


async def test_concurrent_sqlite_transactions_do_not_interleave(tmp_path: Path) -> None:
    """Twenty coroutines each move a counter in a read-modify-write transaction: on SQLite
    they follow one another. (PostgreSQL isolates concurrent units itself.)"""
    store = await open_store(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    await store.set_meta("counter", "0")

    async def bump() -> None:
        async with store.transaction():
            value = int(await store.get_meta("counter") or "0")
            await asyncio.sleep(0)
            await store.set_meta(f"seen-{value}", "x")
            await store.set_meta("counter", str(value + 1))

    await asyncio.gather(*(bump() for _ in range(20)))
    assert await store.get_meta("counter") == "20"
    await store.close()


async def test_drop_user_forgets_the_person_and_only_them(store: Store) -> None:
    await store.set_language("telegram", "5", "de")
    await store.set_flow("telegram", "5", FlowState("survey", "role", {}))
    await store.set_flow("telegram", "5", FlowState("forget", "confirm", {}), park=True)
    await store.subscribe("telegram", "5", "de", ChatKind.USER)
    await store.subscribe("telegram", "-100", "de", ChatKind.GROUP)
    await store.add_volunteer("telegram", "5", "G", "de", "@five")
    await store.grant_role("telegram", "5", "liaison", ("de",))
    await store.audit("cli", "grant", "telegram:5 liaison for de", subject="telegram:5")
    await store.save_response(Response("survey", "resp5", "de", {"role": "new"}))
    await store.add_event("Salon", "2030-01-01T18:00:00Z", "UTC", (), "", "telegram:5")
    sent = await store.enqueue("telegram:5", T0, AnnouncementKind.ANNOUNCEMENT,
                               [(recipient("5"), "hi 5"), (recipient("6"), "hi 6"),
                                (recipient("-100", kind=ChatKind.GROUP), "hi group")])
    await store.set_language("telegram", "6", "fr")

    assert await store.drop_user("telegram", "5", "resp5") > 8
    assert await store.get_language("telegram", "5") is None
    assert await store.get_flow("telegram", "5") is None
    assert await store.end_flow("telegram", "5") is None  # nothing was left parked
    assert await store.get_roles("telegram", "5") == []
    assert await store.list_volunteers() == []
    assert await store.get_response("survey", "resp5") is None
    assert [r.chat_id for r in await store.subscribers(("de",))] == ["-100"]
    assert [d.chat_id for d in await store.delivery_report(sent)] == ["6", "-100"]
    events = await store.upcoming_events(T0)
    assert events[0].created_by.startswith("forgotten:")
    log = await store.audit_log()
    assert not any("telegram:5" in " ".join(entry) for entry in log)
    assert any(action == "forget" and "liaison" in detail for _, _, action, detail in log)
    assert await store.get_language("telegram", "6") == "fr"
    assert await store.drop_user("telegram", "5") == 0


async def test_state_survives_reopening(database_url: str) -> None:
    first = await open_store(database_url)
    await first.set_flow("console", "9", FlowState("forget", "confirm", {"nonce": "n"}))
    await first.close()
    second = await open_store(database_url)
    assert await second.get_flow("console", "9") == FlowState("forget", "confirm", {"nonce": "n"})
    assert await second.schema_version() == migrate.head()
    assert await second.migrate() == []  # nothing pending: applying again is a no-op
    await second.close()


async def test_sqlite_runs_in_wal_mode(tmp_path: Path) -> None:
    store = await open_store(f"sqlite:///{tmp_path / 'wal.sqlite3'}")
    await store.close()
    with sqlite3.connect(tmp_path / "wal.sqlite3") as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "alembic_version" in tables and "schema_migrations" not in tables


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("sqlite:///bot.sqlite3", "bot.sqlite3"),
        ("sqlite:////var/lib/bot/bot.sqlite3", "/var/lib/bot/bot.sqlite3"),
        ("sqlite:///data/my%20bot.db", "data/my bot.db"),
        ("sqlite:///:memory:", ":memory:"),
    ],
)
def test_sqlite_urls(url: str, path: str) -> None:
    assert sqlite_path(url) == path


@pytest.mark.parametrize(
    ("given", "driver"),
    [
        ("postgres://u:p%40ss@db.example:5432/bot",
         "postgresql+asyncpg://u:p%40ss@db.example:5432/bot"),
        ("postgresql://u@127.0.0.1/bot", "postgresql+asyncpg://u@127.0.0.1/bot"),
        ("postgresql+asyncpg://u@127.0.0.1/bot", "postgresql+asyncpg://u@127.0.0.1/bot"),
    ],
)
def test_postgres_urls_as_platforms_hand_them_out(given: str, driver: str) -> None:
    assert postgres_url(given) == driver


@pytest.mark.parametrize(
    "url", ["mysql://localhost/bot", "sqlite://host/file.db", "sqlite:///", "bot.sqlite3"]
)
def test_bad_urls_are_refused_clearly(url: str) -> None:
    with pytest.raises(StoreError):
        sqlite_path(url)


def test_a_postgres_url_without_a_database_is_refused() -> None:
    with pytest.raises(StoreError, match="names no database"):
        postgres_url("postgres://u@127.0.0.1:5432")


async def test_the_migrations_build_what_schema_py_describes(store: Store) -> None:
    """The queries are written against storage/schema.py; Alembic's revisions build the real
    tables. Alembic's own comparison finds no difference (tables, columns, types, indexes)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import Connection

    from storage.schema import metadata

    def differences(connection: Connection) -> list[object]:
        found: list[object] = compare_metadata(MigrationContext.configure(connection), metadata)
        return found

    assert await store.runner.run(differences, write=False) == []  # type: ignore[attr-defined]


async def test_an_in_memory_database_is_one_database() -> None:
    """`sqlite:///:memory:` works too: what a message writes on the event loop's connection,
    a larger unit on the worker thread's sees."""
    store = await open_store("sqlite:///:memory:")
    await store.set_language("telegram", "5", "de")
    await store.subscribe("telegram", "5", "de", ChatKind.USER)
    assert [r.chat_id for r in await store.subscribers(("de",))] == ["5"]  # the thread's
    assert await store.drop_user("telegram", "5") == 2
    await store.close()


async def test_enqueue_to_subscribers_each_chat_once_in_its_first_language(
        store: Store) -> None:
    await store.subscribe("telegram", "1", "fr", ChatKind.USER)
    await store.subscribe("telegram", "1", "de", ChatKind.USER)  # de comes first, by code
    await store.subscribe("telegram", "-100", "fr", ChatKind.GROUP)
    await store.subscribe("discord", "1", "fr", ChatKind.CHANNEL)  # another platform's "1"
    await store.subscribe("telegram", "2", "ja", ChatKind.USER)  # not asked for
    announcement, count = await store.enqueue_subscribers(
        "cli", T0, AnnouncementKind.ANNOUNCEMENT, {"de": "Hallo", "fr": "Bonjour"})
    assert count == 3
    got = {(d.platform, d.chat_id): (d.language, d.body, d.kind)
           for d in await store.delivery_report(announcement)}
    assert got == {("telegram", "1"): ("de", "Hallo", ChatKind.USER),
                   ("telegram", "-100"): ("fr", "Bonjour", ChatKind.GROUP),
                   ("discord", "1"): ("fr", "Bonjour", ChatKind.CHANNEL)}
    assert await store.enqueue_subscribers("cli", T0, AnnouncementKind.REMINDER,
                                           {"eo": "Saluton"}) == (announcement + 1, 0)


async def test_audience_counts_each_chat_once(store: Store) -> None:
    await store.subscribe("telegram", "1", "fr", ChatKind.USER)
    await store.subscribe("telegram", "1", "de", ChatKind.USER)
    await store.subscribe("telegram", "-100", "fr", ChatKind.GROUP)
    await store.subscribe("discord", "9", "de", ChatKind.CHANNEL)
    await store.subscribe("discord", "8", "ja", ChatKind.USER)
    assert await store.audience(("de", "fr")) == {
        ("telegram", ChatKind.USER): 1, ("telegram", ChatKind.GROUP): 1,
        ("discord", ChatKind.CHANNEL): 1}
    assert await store.audience(("eo",)) == {}

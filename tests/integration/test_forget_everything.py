"""/forget as a person meets it, on SQLite and PostgreSQL: afterwards no cell of any table
holds their id (nor their survey pseudonym), and other people's records are intact."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, MetaData, select

from bot.bootstrap import Texts, bootstrap
from bot.core import Core
from bot.settings import Settings
from bot.types import ActionKind
from storage import AnnouncementKind, ChatKind, Recipient
from tests.unit.test_survey import Respondent, complete

PERSON = "7319046552"  # distinctive, so that no timestamp or counter can contain it by chance
OTHER = "8800112233"


def cells(connection: Connection) -> list[tuple[str, str, Any]]:
    """(table, column, value) of every cell of every table in the database."""
    tables = MetaData()
    tables.reflect(connection)
    return [(table.name, column, value)
            for table in tables.sorted_tables
            for row in connection.execute(select(table)).mappings()
            for column, value in row.items()]


async def everything(core: Core) -> list[tuple[str, str, Any]]:
    return await core.services.store.runner.run(cells, write=False)  # type: ignore[attr-defined]


async def test_nothing_of_a_person_survives_forget(database_url: str, texts: Texts) -> None:
    settings = Settings.from_env({"DATABASE_URL": database_url, "BOT_SECRET": "s",
                                  "BOT_ADMINS": f"console:{OTHER}"})
    core = await bootstrap(settings, texts=texts)
    store = core.services.store
    person, other = Respondent(core, PERSON, tag="de"), Respondent(core, OTHER, tag="fr")
    await person.send("/language de")
    await person.send("/subscribe")
    await other.send("/subscribe de")
    await complete(person)
    await person.send("/volunteer")
    await person.send("WM Testgruppe")
    await person.press(ActionKind.ANSWER, "de")
    await person.send("@tester")
    await person.press(ActionKind.VOLUNTEER_SEND)
    # A liaison: their role, an event and an announcement of theirs are in others' records.
    await store.grant_role("console", PERSON, "liaison", ("de",))
    await store.audit("cli", "grant", f"console:{PERSON} liaison for de",
                      subject=f"console:{PERSON}")
    await person.send("/events add")
    await person.send("Strategie-Salon")
    await person.send("2099-05-01T18:00")
    await person.send("Europe/Berlin")
    await person.press(ActionKind.EVENT_NO_LINK)
    await person.send("/announce")
    await person.send("Treffen am Freitag")
    await person.press(ActionKind.ANNOUNCE_NO_LINK)
    await person.press(ActionKind.ANNOUNCE_SEND)
    # A scheduled announcement, queued for them and not sent yet.
    await store.enqueue("cli", "2099-01-01T00:00:00Z", AnnouncementKind.ANNOUNCEMENT,
                        [(Recipient("console", PERSON, "de", ChatKind.USER), "später"),
                         (Recipient("console", OTHER, "de", ChatKind.USER), "später")])
    # A question for a person, and a discussion's results they shared.
    await person.send("/ask Meine geheime Frage an die Liaisons")
    await person.press(ActionKind.SKIP)
    await person.send("/share")
    for typed in ("Stammtisch Geheimgruppe", "28.11.2026", "7"):
        if typed == "28.11.2026":
            await person.press(ActionKind.ANSWER, "de")
        await person.send(typed)
    await person.press(ActionKind.PICK, "health")
    await person.press(ActionKind.DONE)
    await person.send("Geheime Schlussfolgerungen")
    await person.press(ActionKind.SKIP)
    await person.press(ActionKind.SHARE_SEND)
    await person.send("/survey")  # their answers, shown again: a survey response exists
    await person.send("/forget")  # the survey review above set nothing aside
    before = await everything(core)
    assert any(PERSON in str(v) for _, _, v in before)
    pseudonym = [v for t, c, v in before if t == "survey_responses" and c == "respondent"]
    assert len(pseudonym) == 1

    await person.press(ActionKind.FORGET_YES)
    assert core.services.i18n.format("de", "forget-done", {"count": 2})[:10] in person.text

    after = await everything(core)
    left = [(t, c, v) for t, c, v in after if PERSON in str(v) or pseudonym[0] in str(v)
            or "Geheim" in str(v) or "geheime" in str(v)]
    assert left == []
    assert any(t == "counters" for t, _, _ in after)  # the monthly counts stay
    # The other person's subscription, delivery and admin rights are untouched.
    assert [r.chat_id for r in await store.subscribers(("de",))] == [OTHER]
    assert sum(1 for t, c, v in after if t == "deliveries" and c == "chat_id" and v == OTHER) == 2
    # The event and the announcement they wrote stay, under a placeholder; the role removal
    # is in the audit log.
    assert [e.title for e in await store.upcoming_events("2026-01-01T00:00:00Z")
            if e.created_by.startswith("forgotten:")] == ["Strategie-Salon"]
    assert any(action == "forget" for _, _, action, _ in await store.audit_log())
    await store.close()

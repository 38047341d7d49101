"""A database written by the release before Alembic opens with nothing lost (see
tests/data/legacy/README.md for what it holds)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from bot.bootstrap import Texts, bootstrap
from bot.respondent import respondent_id
from bot.settings import Settings
from bot.types import ActionKind
from storage import ChatKind, DeliveryStatus, migrate
from storage.schema import metadata
from tests.unit.test_survey import Respondent

LEGACY = Path(__file__).resolve().parents[1] / "data" / "legacy" / "release-0005.db"


async def test_the_release_before_upgrades_in_place(tmp_path: Path, texts: Texts) -> None:
    path = tmp_path / "bot.sqlite3"
    shutil.copy(LEGACY, path)
    settings = Settings.from_env({"DATABASE_URL": f"sqlite:///{path}",
                                  "BOT_SECRET": "legacy-fixture-secret"})
    core = await bootstrap(settings, texts=texts)
    store = core.services.store
    assert await store.schema_version() == migrate.head()

    assert await store.get_language("console", "42") == "de"
    answer = await store.get_response("survey", respondent_id("legacy-fixture-secret",
                                                              "console", "42"))
    assert answer is not None and answer.language == "de"
    assert answer.answers["change"] == "Mehr Übersetzungen, bitte — شكرا 你好"
    assert answer.answers["areas"] == ["advocacy"]
    assert {(r.chat_id, r.kind) for r in await store.subscribers(("de",))} == {
        ("42", ChatKind.USER), ("43", ChatKind.USER)}
    assert [(r.user_id, r.languages) for r in await store.list_roles()] == [("44", ("de", "fr"))]
    volunteers = [(v.user_id, v.group) for v in await store.list_volunteers()]
    assert volunteers == [("42", "WM Testgruppe")]
    assert await store.get_chat_language("telegram", "-100") == "fr"
    queued = await store.delivery_report(1)
    assert [(d.chat_id, d.status) for d in queued] == [("43", DeliveryStatus.QUEUED),
                                                      ("42", DeliveryStatus.QUEUED)]
    assert "Treffen am Freitag" in queued[0].body

    # User 43 was at the second question of the survey: it goes on from there.
    person = Respondent(core, "43", tag="ar")
    await person.send("/survey")
    assert core.services.i18n.format("ar", "survey-resume") in person.text
    await person.press(ActionKind.PICK, "health")
    await person.press(ActionKind.DONE)
    flow = await store.get_flow("console", "43")
    assert flow is not None and flow.data["answers"]["role"] == "editor"
    assert flow.data["answers"]["areas"] == ["health"]

    # The person who announced can be forgotten: the new indexes and columns are in place.
    assert await store.drop_user("console", "44") >= 1
    await store.close()
    with sqlite3.connect(path) as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        authors = [r[0] for r in db.execute("SELECT author FROM announcements")]
    assert "schema_migrations" not in tables and "alembic_version" in tables
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:  # the same tables as a new database's
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    # The release before declared its primary keys without NOT NULL (SQLite's integer keys are
    # never NULL anyway, and the store writes no NULL meta key); nothing else differs.
    assert {(d[0][0], d[0][2], d[0][3]) for d in differences} == {
        ("modify_nullable", table, "id")
        for table in ("announcements", "audit", "deliveries", "events", "volunteers")
    } | {("modify_nullable", "meta", "key")}
    engine.dispose()
    assert {"audit_actor", "deliveries_chat", "announcements_author"} <= indexes
    assert authors[0].startswith("forgotten:")


def test_the_fixture_is_the_release_before() -> None:
    with sqlite3.connect(LEGACY) as db:
        versions = [r[0] for r in db.execute("SELECT version FROM schema_migrations")]
    assert versions == [1, 2, 3, 4, 5]

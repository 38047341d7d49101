"""The Store contract, run against the SQLite implementation on a real file."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import aiosqlite
import pytest

from storage import FlowState, StoreError, open_store
from storage.sqlite import SqliteStore, migrations
from storage.url import sqlite_path


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqliteStore]:
    opened = await open_store(f"sqlite:///{tmp_path / 'state.sqlite3'}")
    assert isinstance(opened, SqliteStore)
    yield opened
    await opened.close()


async def test_language_round_trip(store: SqliteStore) -> None:
    assert await store.get_language("telegram", "5") is None
    await store.set_language("telegram", "5", "ar")
    await store.set_language("telegram", "5", "fa")
    assert await store.get_language("telegram", "5") == "fa"
    assert await store.get_language("discord", "5") is None  # platforms are separate


async def test_flow_round_trip_keeps_unicode(store: SqliteStore) -> None:
    flow = FlowState("survey", "ask-areas", {"areas": ["Advocacy"], "free": "مرحبا 你好"})
    await store.set_flow("console", "1", flow)
    assert await store.get_flow("console", "1") == flow
    assert await store.clear_flow("console", "1") is True
    assert await store.clear_flow("console", "1") is False
    assert await store.get_flow("console", "1") is None


async def test_chat_language_and_meta(store: SqliteStore) -> None:
    await store.set_chat_language("telegram", "-100", "de")
    assert await store.get_chat_language("telegram", "-100") == "de"
    assert await store.get_chat_language("telegram", "-200") is None
    await store.set_meta("k", "v1")
    await store.set_meta("k", "v2")
    assert await store.get_meta("k") == "v2"


async def test_drop_user_removes_everything_about_that_user_only(store: SqliteStore) -> None:
    await store.set_language("telegram", "5", "de")
    await store.set_flow("telegram", "5", FlowState("forget", "confirm", {}))
    await store.set_language("telegram", "6", "fr")
    assert await store.drop_user("telegram", "5") == 2
    assert await store.get_language("telegram", "5") is None
    assert await store.get_flow("telegram", "5") is None
    assert await store.get_language("telegram", "6") == "fr"
    assert await store.drop_user("telegram", "5") == 0


async def test_hostile_values_are_stored_verbatim(store: SqliteStore) -> None:
    evil = "1'); DROP TABLE users; --"
    await store.set_language("telegram", evil, "de")
    assert await store.get_language("telegram", evil) == "de"
    await store.set_language("telegram", "7", "en")
    assert await store.get_language("telegram", "7") == "en"


async def test_state_survives_reopening(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'keep.sqlite3'}"
    first = await open_store(url)
    await first.set_flow("console", "9", FlowState("forget", "confirm", {"nonce": "n"}))
    await first.close()
    second = await open_store(url)
    assert await second.get_flow("console", "9") == FlowState("forget", "confirm", {"nonce": "n"})
    assert await second.schema_version() == len(migrations())
    await second.close()


async def test_wal_mode_and_migrations_recorded(store: SqliteStore, tmp_path: Path) -> None:
    async with aiosqlite.connect(tmp_path / "state.sqlite3") as db:
        async with db.execute("PRAGMA journal_mode") as cursor:
            assert (await cursor.fetchone()) == ("wal",)
        async with db.execute("SELECT version, name FROM schema_migrations") as cursor:
            rows = await cursor.fetchall()
    assert [r[0] for r in rows] == list(range(1, len(migrations()) + 1))
    assert await store.migrate() == []  # nothing pending: applying again is a no-op


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
    "url", ["postgres://localhost/bot", "sqlite://host/file.db", "sqlite:///", "bot.sqlite3"]
)
def test_bad_urls_are_refused_clearly(url: str) -> None:
    with pytest.raises(StoreError):
        sqlite_path(url)


async def test_reachability(store: SqliteStore) -> None:
    assert await store.is_reachable("telegram", "5") is True  # unknown users are presumed so
    await store.set_reachable("telegram", "5", False)
    assert await store.is_reachable("telegram", "5") is False
    await store.set_language("telegram", "5", "de")  # keeps the flag
    assert await store.is_reachable("telegram", "5") is False
    await store.set_reachable("telegram", "5", True)
    assert await store.is_reachable("telegram", "5") is True

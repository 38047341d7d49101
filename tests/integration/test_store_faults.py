"""Database faults as a person meets them: locked by another process, read-only, full. Each
gets a clear log line and a localized apology, loses nothing already saved, and the bot works
again once the fault clears."""

from __future__ import annotations

import asyncio
import contextlib
import os
import sqlite3
import subprocess
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.bootstrap import Texts, bootstrap
from bot.core import Core
from bot.settings import Settings
from bot.types import ActionKind
from tests.unit.test_survey import Respondent


@pytest.fixture
async def started(tmp_path: Path, texts: Texts) -> AsyncIterator[tuple[Core, Path]]:
    path = tmp_path / "faults.sqlite3"
    core = await bootstrap(Settings.from_env({"DATABASE_URL": f"sqlite:///{path}"}),
                           texts=texts)
    yield core, path
    await core.services.store.close()


def apology(core: Core, locale: str) -> str:
    return core.services.i18n.format(locale, "error-storage")


async def pragma(core: Core, sql: str) -> None:
    """A setting on both of the store's SQLite connections (the loop's and the thread's),
    said to the driver itself (SQLAlchemy would open a transaction around it)."""
    runner = core.services.store.runner  # type: ignore[attr-defined]
    for connection in (runner.inline, runner.connection):
        connection.connection.driver_connection.execute(sql)


async def test_locked_by_another_process(started: tuple[Core, Path],
                                         caplog: pytest.LogCaptureFixture) -> None:
    core, path = started
    person = Respondent(core, tag="de")
    await person.send("/language fr")
    other = sqlite3.connect(path, timeout=0)  # the CLI, say, holding the write lock
    other.execute("BEGIN EXCLUSIVE")
    try:
        await person.send("/language ja")  # waits 5 s for the lock, then gives up
    finally:
        other.rollback()
        other.close()
    assert person.text == apology(core, "fr")  # in the language already saved
    logged = [r.getMessage() for r in caplog.records if r.name == "bot.core"]
    assert any("database unavailable" in m and "locked" in m for m in logged)
    assert not any(r.exc_info for r in caplog.records if r.name == "bot.core")  # one line
    await person.send("/language ja")  # the lock is gone: it works
    assert await core.services.store.get_language("console", "5") == "ja"


async def test_a_flow_step_waits_for_a_short_lock(started: tuple[Core, Path]) -> None:
    """A flow step (a statement sent by the driver itself, on the loop's connection) finds
    the database locked for a moment by another writer: it is handed to the thread, which
    waits for the lock, instead of apologising at once."""
    core, path = started
    person = Respondent(core, tag="de")
    await person.send("/survey")
    other = sqlite3.connect(path, timeout=0, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    loop = asyncio.get_running_loop()
    loop.call_later(0.5, other.rollback)
    try:
        await person.press(ActionKind.ANSWER, "editor")
    finally:
        other.close()
    assert person.text != apology(core, "de")
    state = await core.services.store.get_flow("console", "5")
    assert state is not None and state.data["answers"] == {"role": "editor"}


async def test_read_only(started: tuple[Core, Path]) -> None:
    core, _ = started
    person = Respondent(core, tag="fa")
    await person.send("/survey")
    await person.press(ActionKind.ANSWER, "editor")
    await pragma(core, "PRAGMA query_only = ON")  # as a read-only mount behaves
    await person.press(ActionKind.PICK, "health")
    assert person.text == apology(core, "fa")
    await pragma(core, "PRAGMA query_only = OFF")
    await person.send("/survey")  # nothing lost: the survey goes on after question 1
    flow = await core.services.store.get_flow("console", "5")
    assert flow is not None and flow.step == "areas" and flow.data["answers"] == {
        "role": "editor"}
    await person.press(ActionKind.PICK, "health")
    assert apology(core, "fa") not in person.text


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB file system of its own (tmpfs), so that it can really be filled."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {mounted.stderr.strip()}")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> Path:
    """Take every free byte of the file system; returns the file that holds them."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        with contextlib.suppress(OSError):  # ENOSPC: full
            while True:
                os.write(fd, b"x" * 4096)
    finally:
        os.close(fd)
    return filler


async def test_disk_full(tiny_disk: Path, texts: Texts) -> None:
    core = await bootstrap(Settings.from_env({
        "DATABASE_URL": f"sqlite:///{tiny_disk / 'bot.sqlite3'}"}), texts=texts)
    store = core.services.store
    person = Respondent(core, tag="ja")
    await person.send("/language ja")
    await person.send("/volunteer")
    await person.send("ウィキメディア日本" * 20)
    await person.press(ActionKind.ANSWER, "ja")
    await person.send("連絡先" * 60)
    send = person.button(ActionKind.VOLUNTEER_SEND)
    filler = fill(tiny_disk)
    await person.send(action=send)
    assert apology(core, "ja") in person.text
    assert await store.list_volunteers() == []
    filler.unlink()  # space again
    await person.send(action=send)  # the same button: the sign-up waited
    assert len(await store.list_volunteers()) == 1
    assert await store.get_language("console", "5") == "ja"
    await store.close()

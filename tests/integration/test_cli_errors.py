"""Every operator error is one line on stderr and a non-zero exit, never a traceback; what is
accepted is stored the way the bot will look it up."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

from bot import cli
from storage import ChatKind, Response, Store, open_store

LONG = "x" * 1001
T = TypeVar("T")


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A database file that does not exist yet; the CLI runs in this process, in tmp_path.
    cli.main configures logging; the test's own logging set-up is put back afterwards."""
    path = tmp_path / "ops.sqlite3"
    monkeypatch.chdir(tmp_path)
    for name in ("TELEGRAM_TOKEN", "DISCORD_TOKEN", "BOT_SECRET"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{path}")
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield path
    root.handlers[:] = handlers
    root.setLevel(level)


def main(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of `python -m bot ARGV`, run in this process."""
    try:
        code = cli.main(list(argv))
    except SystemExit as done:  # argparse refuses by exiting
        code = done.code if isinstance(done.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def process(db: Path, *argv: str) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k not in {"TELEGRAM_TOKEN", "DISCORD_TOKEN"}}
    env["DATABASE_URL"] = f"sqlite:///{db}"
    return subprocess.run([sys.executable, "-m", "bot", *argv], capture_output=True, env=env,
                          cwd=db.parent, timeout=120, check=False)


def with_store(db: Path, work: Callable[[Store], Awaitable[T]]) -> T:
    """Run `work` on the database directly (the tests themselves are synchronous: the CLI's
    processes would otherwise hold up an event loop)."""
    async def run() -> T:
        store = await open_store(f"sqlite:///{db}")
        try:
            return await work(store)
        finally:
            await store.close()

    return asyncio.run(run())


REFUSED = [
    (["survey", "export", "--out", "/nonexistent/x.csv"], "there is no folder /nonexistent"),
    (["survey", "stats", "--chart", "/nonexistent/x.png"], "there is no folder /nonexistent"),
    (["survey", "stats", "--chart", "."], ". is a folder"),
    (["survey", "stats", "--chart", "chart.svg"], "give a file name ending in .png"),
    (["survey", "stats", "--chart", ""], "give a file name"),
    (["survey", "export", "--format", "xlsx"], "invalid choice: 'xlsx'"),
    (["role", "grant", "foo:bar", "--lang", "de"], "unknown platform 'foo'"),
    (["role", "grant", "telegram:abc", "--lang", "de"], "telegram user ids are positive numbers"),
    (["role", "grant", "discord:-5", "--lang", "de"], "discord user ids are positive numbers"),
    (["role", "grant", "console:a b", "--lang", "de"], "without spaces"),
    (["role", "grant", "nocolon", "--lang", "de"], "is not PLATFORM:USER_ID"),
    (["role", "grant", "telegram:5", "--lang", ""], "at least one language code"),
    (["role", "grant", "telegram:5", "--lang", " , "], "the codes are en, ar,"),
    (["role", "grant", "telegram:5", "--lang", "de,xx"], "unknown language code 'xx'"),
    (["role", "revoke", "Telegram:x"], "telegram user ids are positive numbers"),
    (["announce", "--lang", "de", "--text", ""], "--text: it is empty"),
    (["announce", "--lang", "de", "--text", " \u200b\n"], "--text: it is empty"),
    (["announce", "--lang", "de", "--text", LONG], "the text has 1001 characters"),
    (["announce", "--lang", "de", "--lang", "de", "--text", "a", "--text", "b"],
     "de is given twice"),
    (["announce", "--lang", "xx", "--text", "a"], "unknown language code 'xx'"),
    (["announce", "--lang", "de,fr", "--text", "a"], "one code per --lang"),
    (["announce", "--lang", "de", "--text", "a", "--link", "http://x"],
     "'http://x' is not a link starting with https://"),
    (["announce", "--lang", "de", "--text", "a", "--text", "b", "--text", "c"],
     "3 texts for 1 language"),
    (["announce", "--text", "a"], "give its language with --lang"),
    (["announce", "--lang", "de"], "give the announcement's text with --text"),
    (["announce", "--lang", "de", "--text", "a", "--at", "tomorrow"], "not a date and time"),
    (["announce", "--lang", "de", "--text", "a", "--id", "3"], "--id is for announce report"),
    (["announce", "report", "--lang", "de"], "announce report takes only --id, not --lang"),
    (["announce", "report", "--id", "x"], "invalid int value: 'x'"),
    (["events", "add", "--title", "  ", "--at", "2099-01-01T10:00"], "--title: it is empty"),
    (["events", "add", "--title", "x" * 201, "--at", "2099-01-01T10:00"], "201 characters"),
    (["events", "add", "--title", "x", "--at", "2020-01-01T10:00"], "is in the past"),
    (["events", "add", "--title", "x", "--at", "2027-03-28T02:30", "--tz", "Europe/Berlin"],
     "2027-03-28T02:30 does not exist in Europe/Berlin"),
    (["events", "add", "--title", "x", "--at", "2026-10-25T02:30", "--tz", "Europe/Berlin"],
     "2026-10-25T02:30 is ambiguous in Europe/Berlin"),
    (["events", "add", "--title", "x", "--at", "soon"], "'soon' is not a date and time"),
    (["events", "add", "--title", "x", "--at", "2099-01-01T00:00", "--tz", "Nowhere/City"],
     "unknown time zone 'Nowhere/City'"),
    (["events", "add", "--title", "x", "--at", "2099-01-01T00:00", "--lang", "de,xx"],
     "unknown language code 'xx'"),
    (["events", "add", "--title", "x", "--at", "2099-01-01T00:00", "--link", "javascript:x"],
     "is not a link"),
    (["events", "add", "--at", "2099-01-01T00:00"], "the following arguments are required"),
    ([], "the following arguments are required: COMMAND"),
]


@pytest.mark.parametrize(("argv", "says"), REFUSED, ids=[" ".join(a)[:60] for a, _ in REFUSED])
def test_refused_in_one_line(db: Path, capsys: pytest.CaptureFixture[str], argv: list[str],
                             says: str) -> None:
    code, out, err = main(capsys, *argv)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert says in err and err.startswith("python -m bot") and "usage:" not in err
    assert not db.exists()  # refused before any database was opened or created


def test_refusals_in_a_real_process_show_no_traceback(tmp_path: Path) -> None:
    folder = tmp_path / "charts"
    folder.mkdir()
    assert process(tmp_path / "p.sqlite3", "migrate").returncode == 0  # no "migrated" line below
    for argv, says in [(["survey", "stats", "--chart", str(folder)], b"is a folder"),
                       (["role", "grant", "CONSOLE:", "--lang", "de"], b"PLATFORM:USER_ID"),
                       (["announce", "report", "--id", "999"], b"no announcement #999")]:
        done = process(tmp_path / "p.sqlite3", *argv)
        assert done.returncode in (1, 2) and says in done.stderr, done.stderr
        assert b"Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_a_file_that_cannot_be_written_is_one_line(db: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """/dev/full passes every check and then fails as a full disk does."""
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    assert main(capsys, "migrate")[0] == 0
    code, out, err = main(capsys, "survey", "export", "--out", "/dev/full")
    assert code == 2 and out == "" and "cannot write /dev/full" in err
    assert len(err.strip().splitlines()) == 1


def test_report_of_an_unknown_announcement(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = main(capsys, "announce", "report", "--id", "999")
    assert code == 1 and out == "" and "no announcement #999" in err


def test_what_is_accepted_is_stored_as_the_bot_looks_it_up(db: Path) -> None:
    for who in ("CONSOLE:77", " telegram: 0042 ", "Discord:5678"):
        done = process(db, "role", "grant", who, "--lang", "de, DE,pt-br,de")
        assert done.returncode == 0, done.stderr
    listed = process(db, "role", "list").stdout.decode()
    for key in ("console:77", "telegram:42", "discord:5678"):
        assert f"{key}  liaison  de,pt-BR  since" in listed
    roles = with_store(db, lambda store: store.get_roles("telegram", "42"))
    assert [r.languages for r in roles] == [("de", "pt-BR")]
    assert b"revoked" in process(db, "role", "revoke", "Console:77").stdout
    exact = process(db, "events", "add", "--title", "Salon", "--at", "2099-10-25T02:30+01:00",
                    "--tz", "Europe/Berlin")  # an ambiguous hour, made exact by its offset
    assert exact.returncode == 0 and b"2099-10-25T01:30:00Z" in exact.stdout, exact.stderr


def test_counts_are_singular_for_one(db: Path) -> None:
    async def one_of_each(store: Store) -> None:
        await store.subscribe("telegram", "1", "de", ChatKind.USER)
        await store.add_volunteer("telegram", "1", "WM DE", "de", "@someone")
        await store.save_response(Response("survey", "r1", "de", {"role": "editor"}))

    with_store(db, one_of_each)
    sent = process(db, "announce", "--lang", "de", "--text", "Hallo")
    assert b"queued for 1 recipient," in sent.stdout, sent.stderr
    assert process(db, "volunteer", "list").stderr.strip().endswith(b"1 sign-up")
    out = db.parent / "answers.csv"
    written = process(db, "survey", "export", "--out", str(out))
    assert b"1 response written to" in written.stderr
    assert process(db, "survey", "stats").stdout.startswith(b"1 response\n")


def test_csv_on_stdout_has_the_byte_order_mark_too(db: Path) -> None:
    """`survey export > answers.csv` is the usual way; spreadsheets need the BOM to read UTF-8."""
    with_store(db, lambda store: store.save_response(
        Response("survey", "r1", "ar", {"change": "ترجمة"})))
    csv = process(db, "survey", "export", "--format", "csv")
    assert csv.returncode == 0 and csv.stdout.startswith(b"\xef\xbb\xbfrespondent,")
    assert "ترجمة".encode() in csv.stdout and csv.stdout.count(b"\xef\xbb\xbf") == 1
    json = process(db, "survey", "export", "--format", "json")
    assert json.stdout.startswith(b"[")


def test_discord_voice_warnings_are_silenced() -> None:
    script = ("from bot import logs; logs.configure('INFO', []); import discord, logging; "
              "discord.Client(intents=discord.Intents.default()); "
              "logging.getLogger('discord.client').warning('kept')")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "not installed" not in done.stderr and "kept" in done.stderr

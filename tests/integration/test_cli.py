"""The command line as an operator runs it: real processes, real files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from storage import migrate

ROOT = Path(__file__).resolve().parents[2]


def run(
    args: list[str], tmp_path: Path, stdin: str = "", **env: str
) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items()
               if k not in {"TELEGRAM_TOKEN", "DISCORD_TOKEN", "DATABASE_URL", "BOT_SECRET"}}
    environ.update({"DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite3'}", **env})
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, text=True,
                          capture_output=True, cwd=tmp_path, env=environ, timeout=120,
                          check=False)


def test_run_without_a_token_names_the_variables(tmp_path: Path) -> None:
    done = run(["run"], tmp_path)
    assert done.returncode != 0
    assert "TELEGRAM_TOKEN" in done.stderr and "DISCORD_TOKEN" in done.stderr


def test_help_lists_the_verbs(tmp_path: Path) -> None:
    done = run(["--help"], tmp_path)
    assert done.returncode == 0
    for verb in ("run", "console", "check", "migrate"):
        assert verb in done.stdout


def test_check_passes_on_the_shipped_locales(tmp_path: Path) -> None:
    done = run(["check"], tmp_path)
    assert done.returncode == 0, done.stdout[-3000:]
    assert "check passed" in done.stdout


def test_piped_console_remembers_across_processes(tmp_path: Path) -> None:
    first = run(["console", "--lang", "de-AT", "--user", "42"], tmp_path, "/start\n/language ja\n")
    assert first.returncode == 0, first.stderr
    assert "> /start" in first.stdout and "[1]" in first.stdout
    second = run(["console", "--user", "42"], tmp_path, "/help\n")
    assert "/faq" in second.stdout
    assert second.stdout.count("—") >= 9  # one line per command
    assert any("\u3040" <= ch <= "\u9fff" for ch in second.stdout)  # remembered: Japanese


def test_console_survives_hostile_bytes(tmp_path: Path) -> None:
    environ = {k: v for k, v in os.environ.items() if k not in {"TELEGRAM_TOKEN", "DISCORD_TOKEN"}}
    environ["DATABASE_URL"] = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    hostile = b"\xff\xfe\x00bad\n" + b"A" * 100_000 + b"\n/start\n\x1b[31m/help\n"
    done = subprocess.run([sys.executable, "-m", "bot", "console", "--lang", "ar"], input=hostile,
                          capture_output=True, cwd=tmp_path, env=environ, timeout=120, check=False)
    out = done.stdout.decode("utf-8")
    assert done.returncode == 0, done.stderr
    assert "4,000" in out or "4000" in out  # the oversized line was refused, in Arabic
    assert out.count("[1]") >= 1  # /start still answered with its menu


def test_migrate_reports_the_revisions_applied(tmp_path: Path) -> None:
    head = migrate.head()
    done = run(["migrate"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "applied 0001, " in done.stdout and f"database at revision {head}" in done.stdout
    again = run(["migrate"], tmp_path)
    assert "nothing to apply" in again.stdout and f"revision {head}" in again.stdout


def test_bad_database_url_is_a_clear_error(tmp_path: Path) -> None:
    done = run(["console"], tmp_path, "/start\n", DATABASE_URL="mysql://127.0.0.1/db")
    assert done.returncode == 2 and "DATABASE_URL" in done.stderr


def test_unreachable_postgres_is_a_clear_error_without_the_password(tmp_path: Path) -> None:
    # Port 9 on loopback: nothing listens there, the connection is refused at once.
    done = run(["role", "list"], tmp_path,
               DATABASE_URL="postgresql://bot:s3cr3t-pw@127.0.0.1:9/participate")
    assert done.returncode == 2, done.stdout
    assert "database error: cannot open postgresql://bot:***@127.0.0.1:9/participate" in done.stderr
    assert "s3cr3t-pw" not in done.stderr + done.stdout


def test_postgres_url_as_a_platform_hands_it_out(tmp_path: Path, postgres_url: str) -> None:
    """migrate, the console and the data verbs on PostgreSQL, with a `postgres://` URL."""
    url = postgres_url.replace("postgresql://", "postgres://")
    done = run(["migrate"], tmp_path, DATABASE_URL=url)
    assert done.returncode == 0 and f"revision {migrate.head()}" in done.stdout, done.stderr
    chat = run(["console", "--user", "7", "--lang", "de"], tmp_path,
               "/language fr\n/subscribe\n", DATABASE_URL=url)
    assert chat.returncode == 0 and "français" in chat.stdout.casefold(), chat.stderr
    again = run(["console", "--user", "7"], tmp_path, "/help\n", DATABASE_URL=url)
    assert "Voici ce que je sais faire" in again.stdout  # the language chosen was kept
    grant = run(["role", "grant", "telegram:5", "--lang", "de"], tmp_path, DATABASE_URL=url)
    assert grant.returncode == 0, grant.stderr
    listed = run(["role", "list"], tmp_path, DATABASE_URL=url)
    assert "telegram:5  liaison  de" in listed.stdout
    export = run(["survey", "export", "--format", "json"], tmp_path, DATABASE_URL=url)
    assert export.returncode == 0 and export.stdout.strip() == "[]"


def test_faq_unanswered_lists_questions_without_anyone(tmp_path: Path) -> None:
    asked = run(["console", "--lang", "de", "--user", "71"], tmp_path,
                stdin="Wo kann ich mein Fahrrad reparieren?\n")
    assert asked.returncode == 0
    run(["console", "--lang", "fr", "--user", "72"], tmp_path, stdin="Où réparer mon vélo ?\n")
    listed = run(["faq", "unanswered", "--lang", "de"], tmp_path)
    assert listed.returncode == 0, listed.stderr
    [line] = listed.stdout.strip().splitlines()
    _when, language, why, question = line.split("\t")
    assert (language, why, question) == ("de", "unanswered",
                                         "Wo kann ich mein Fahrrad reparieren?")
    assert "71" not in line and "1 question in the last 30 days" in listed.stderr
    every = run(["faq", "unanswered"], tmp_path)
    assert len(every.stdout.strip().splitlines()) == 2

"""Operators' verbs for events, announcements, the delivery report and the audit log."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from storage import ChatKind, open_store


def cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"TELEGRAM_TOKEN", "DISCORD_TOKEN"}}
    env["DATABASE_URL"] = f"sqlite:///{db}"
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True,
                          env=env, cwd=db.parent, timeout=120, check=False)


async def test_events_announcements_report_audit(tmp_path: Path) -> None:
    db = tmp_path / "ops.sqlite3"
    assert cli(db, "migrate").returncode == 0
    store = await open_store(f"sqlite:///{db}")
    await store.subscribe("telegram", "1", "de", ChatKind.USER)
    await store.subscribe("telegram", "2", "fr", ChatKind.USER)
    await store.subscribe("discord", "3", "fr", ChatKind.CHANNEL)
    await store.close()

    added = cli(db, "events", "add", "--title", "Salon Paris", "--at", "2099-05-01T18:00",
                "--tz", "Europe/Paris", "--lang", "fr")
    assert added.returncode == 0, added.stderr
    assert "2099-05-01T16:00:00Z" in added.stdout  # stored in UTC
    listed = cli(db, "events", "list")
    assert "Salon Paris" in listed.stdout and "Europe/Paris" in listed.stdout
    assert cli(db, "events", "add", "--title", "x", "--at", "soon").returncode == 2
    assert cli(db, "events", "add", "--title", "x", "--at", "2099-01-01T00:00",
               "--tz", "Nowhere/City").returncode == 2
    assert cli(db, "events", "add", "--title", "x", "--at", "2099-01-01T00:00",
               "--link", "javascript:alert(1)").returncode == 2

    sent = cli(db, "announce", "--lang", "de", "--text", "Hallo <b>alle</b>",
               "--lang", "fr", "--text", "Bonjour à tous", "--link", "https://example.org")
    assert sent.returncode == 0, sent.stderr
    assert "queued for 3 recipients" in sent.stdout
    assert cli(db, "announce", "--lang", "xx", "--text", "t").returncode == 2
    assert cli(db, "announce", "--lang", "de", "--text", "t", "--link", "http://x").returncode == 2

    store = await open_store(f"sqlite:///{db}")
    due = await store.due("telegram", "9999", 10) + await store.due("discord", "9999", 10)
    bodies = {d.chat_id: d.body for d in due}
    assert "Hallo <b>alle</b>" in bodies["1"] and "Bonjour à tous" in bodies["2"]
    assert "https://example.org" in bodies["3"]
    await store.mark(due[0].id, "skipped", "Forbidden: bot was blocked by the user")
    await store.close()
    report = cli(db, "announce", "report")
    assert "blocked by the user" in report.stdout and "skipped" in report.stdout

    assert cli(db, "role", "grant", "telegram:7", "--lang", "de").returncode == 0
    assert cli(db, "role", "revoke", "telegram:7").returncode == 0
    audit = cli(db, "role", "audit").stdout
    for action in ("grant", "revoke", "announce", "event"):
        assert action in audit

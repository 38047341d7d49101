"""The survey as an operator scripts it: real console processes, one killed in the middle."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

# Button numbers as the console shows them: role 2 = affiliate; areas 1, 3, then Done (10);
# scale 4; ways 1 (salon), Done (6); host 1 = yes; youth 2 = no; free text; consent 1 = yes.
FIRST_HALF = ["/survey", "2", "1", "3", "10", "4"]
SECOND_HALF = ["1", "6", "1", "2", "نحتاج إلى مزيد من الترجمة", "1"]
EXPECTED = {"role": "affiliate", "areas": ["advocacy", "health"], "involved": "4",
            "ways": ["salon"], "host": "yes", "youth": "no",
            "change": "نحتاج إلى مزيد من الترجمة", "consent": "yes"}


def environ(db: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"TELEGRAM_TOKEN", "DISCORD_TOKEN"}}
    env.update(DATABASE_URL=f"sqlite:///{db}", BOT_SECRET="test-secret")
    return env


def console(db: Path, tag: str, lines: list[str]) -> str:
    done = subprocess.run([sys.executable, "-m", "bot", "console", "--lang", tag, "--user", "7"],
                          input="\n".join(lines) + "\n", capture_output=True, text=True,
                          env=environ(db), cwd=db.parent, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def exported(db: Path) -> list[dict[str, object]]:
    done = subprocess.run([sys.executable, "-m", "bot", "survey", "export", "--format", "json"],
                          capture_output=True, text=True, env=environ(db), cwd=db.parent,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    result: list[dict[str, object]] = json.loads(done.stdout)
    return result


@pytest.mark.parametrize(("tag", "thanks"), [("ar", "شكرًا"), ("ja", "ありがとう")])
def test_survey_across_two_processes(tmp_path: Path, tag: str, thanks: str) -> None:
    db = tmp_path / "bot.sqlite3"
    first = console(db, tag, FIRST_HALF)
    assert first.rstrip().splitlines()[-1].startswith("[7]")  # question 4: 5 options, Done, Back
    second = console(db, tag, ["/survey", *SECOND_HALF])  # a new process resumes at question 4
    assert thanks in second
    [response] = exported(db)
    assert response["language"] == tag and response["answers"] == EXPECTED


def test_survey_survives_sigkill(tmp_path: Path) -> None:
    db = tmp_path / "bot.sqlite3"
    with subprocess.Popen(
        [sys.executable, "-m", "bot", "console", "--lang", "ar", "--user", "7"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        env=environ(db), cwd=tmp_path,
    ) as process:
        assert process.stdin is not None and process.stdout is not None
        for line in FIRST_HALF:
            process.stdin.write(line + "\n")
        process.stdin.flush()
        seen = ""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # until question 4 is shown: answer 3 is stored
            seen += process.stdout.readline()
            if "> 4" in seen and seen.rstrip().splitlines()[-1].startswith("[7]"):
                break
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    assert "> 4" in seen
    resumed = console(db, "ar", ["/survey", *SECOND_HALF])
    assert "شكرًا" in resumed
    [response] = exported(db)
    assert response["answers"] == EXPECTED

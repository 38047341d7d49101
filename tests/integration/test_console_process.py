"""`python -m bot console` as a person runs it: Ctrl-C ends it at once; bad flags are refused."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_TOKEN")}
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'console.sqlite3'}"
    return env


def test_ctrl_c_ends_the_console_at_once(tmp_path: Path) -> None:
    with subprocess.Popen([sys.executable, "-m", "bot", "console"], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          env=_env(tmp_path)) as process:
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write(b"/help\n")
        process.stdin.flush()  # and the pipe stays open: the console waits for the next line
        shown = b""
        deadline = time.monotonic() + 60
        while b"/survey" not in shown and time.monotonic() < deadline:
            shown += os.read(process.stdout.fileno(), 65536)
        assert b"/survey" in shown
        process.send_signal(signal.SIGINT)
        try:
            code = process.wait(10)
        finally:
            process.kill()
        errors = process.stderr.read() if process.stderr else b""
    assert code == 130
    assert b"Traceback" not in errors

def test_console_flags_are_checked(tmp_path: Path) -> None:
    for args, says in ((["--user", ""], "one word"), (["--user", "a b"], "one word"),
                       (["--group-admin"], "--group-admin needs --group")):
        run = subprocess.run([sys.executable, "-m", "bot", "console", *args], input=b"",
                             capture_output=True, env=_env(tmp_path), timeout=60)
        assert run.returncode == 2, (args, run.stderr)
        assert says in run.stderr.decode() and b"Traceback" not in run.stderr
        assert len(run.stderr.decode().strip().splitlines()) == 1

"""Benchmark: how long a whole `python -m bot` process takes to be useful (printed, not
asserted; `python -m pytest tests/benchmarks/test_startup_bench.py -s`).

- the console's first reply: `printf '/help\\n' | python -m bot console`, from the start of the
  process to the moment its answer reaches the pipe, and until the process has ended;
- the verbs that only read the database: `role list`, `events list`, `announce report`;
- the imports alone (`import bot.cli` and what the console imports).

Each is the median of RUNS processes, on a temporary SQLite database, with no token set, in
wall-clock time and in CPU time (steadier when other work shares the machine).
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.benchmark
ROOT = Path(__file__).resolve().parents[2]
RUNS = 5
IMPORTS = "import bot.cli, bot.adapters.console, bot.bootstrap"


def environment(database: Path, root: Path = ROOT) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in {"TELEGRAM_TOKEN", "DISCORD_TOKEN", "BOT_SECRET", "DATABASE_URL"}}
    env.update(DATABASE_URL=f"sqlite:///{database}", PYTHONPATH=str(root))
    return env


def cpu() -> float:
    """CPU seconds (user and system) of the children that have ended: steadier than the wall
    clock when other work shares the machine."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def console_reply(env: dict[str, str], cwd: Path) -> tuple[float, float, float]:
    """Seconds to the first reply, to the end of the process, and of CPU."""
    spent, started = cpu(), time.perf_counter()
    with subprocess.Popen([sys.executable, "-m", "bot", "console"], cwd=cwd, env=env,
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True) as process:
        assert process.stdin and process.stdout and process.stderr
        process.stdin.write("/help\n")
        process.stdin.flush()
        first = process.stdout.readline()  # the echo "> /help" comes with the reply (one flush)
        replied = time.perf_counter() - started
        process.stdin.close()
        rest, errors = process.stdout.read(), process.stderr.read()
        process.wait(timeout=120)
    ended = time.perf_counter() - started
    assert process.returncode == 0 and first.startswith("> /help") and "/faq" in rest, errors
    return replied, ended, cpu() - spent


def timed(argv: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one process that must succeed."""
    spent, started = cpu(), time.perf_counter()
    done = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=120,
                          check=False)
    seconds = time.perf_counter() - started
    assert done.returncode == 0, done.stderr
    return seconds, cpu() - spent


def medians(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)


def figures(workdir: Path, root: Path = ROOT) -> dict[str, tuple[float, float | None]]:
    """name -> (wall-clock, CPU) seconds, medians, for the code at `root` (another checkout
    compares); the first reply has no CPU figure of its own."""
    env = environment(workdir / "bench.sqlite3", root)
    bot = [sys.executable, "-m", "bot"]
    timed([*bot, "migrate"], env, workdir)  # the database exists before anything is timed
    timed([*bot, "events", "list"], env, workdir)  # warm the disk cache and .pyc files
    console = [console_reply(env, workdir) for _ in range(RUNS)]
    found: dict[str, tuple[float, float | None]] = {
        "imports (bot.cli, console, bootstrap)":
            medians([timed([sys.executable, "-c", IMPORTS], env, workdir) for _ in range(RUNS)]),
        "console: first reply to /help": (statistics.median(r for r, _, _ in console), None),
        "console: whole process": medians([(e, c) for _, e, c in console]),
    }
    for verb in (["role", "list"], ["events", "list"], ["announce", "report"]):
        found[" ".join(verb)] = medians([timed([*bot, *verb], env, workdir) for _ in range(RUNS)])
    return found


def test_startup_times(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = figures(tmp_path)
    with capsys.disabled():
        print(f"\nwhole-process times, median of {RUNS} runs (wall clock, CPU):")
        for name, (wall, spent) in found.items():
            shown = "" if spent is None else f"{spent * 1000:6.0f} ms"
            print(f"  {name:<40} {wall * 1000:6.0f} ms  {shown}")
    assert all(wall > 0 for wall, _ in found.values())

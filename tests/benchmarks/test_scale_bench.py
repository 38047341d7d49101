"""Benchmark of scale-out, the whole path (figures printed, not asserted; `pytest -s` shows
them): one, then two real `python -m bot run` processes on PostgreSQL and Redis drain one
announcement to the fake Bot API. On the ordinary budget (the fake enforces 30 a second) it
prints the rate as a fraction of that limit, the 429s and the busiest second; on the paid
budget (TELEGRAM_PAID_BROADCAST=1, 1,000 a second) the rate and where the CPU went. Both print
the database's work per delivery: transactions committed and, where pg_stat_statements is
loaded, statements."""

from __future__ import annotations

import asyncio
import contextlib
import os
import resource
import signal
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import asyncpg
import pytest
from redis.asyncio import Redis

from bot.clock import now_iso
from storage import AnnouncementKind, ChatKind, Recipient, open_store
from tests.adapters.fake_telegram import PAID_PER_SECOND, FakeTelegram
from tests.adapters.test_scale_out import busiest_second

LIMIT = 30
ORDINARY = 600  # recipients: 20 s at 30 a second
PAID = 5_000  # 5 s at 1,000 a second, if nothing else holds it back
TICK = os.sysconf("SC_CLK_TCK")
pytestmark = pytest.mark.benchmark


@dataclass
class Cpu:
    """CPU seconds of each part, sampled at the first delivery and at the last."""

    bots: float = 0.0
    postgres: float = 0.0
    redis: float = 0.0
    fake: float = 0.0  # this process: the fake Bot API (and the test's own polling)
    machine: float = 0.0  # busy seconds of all cores together

    def __sub__(self, other: Cpu) -> Cpu:
        return Cpu(self.bots - other.bots, self.postgres - other.postgres,
                   self.redis - other.redis, self.fake - other.fake,
                   self.machine - other.machine)


@dataclass
class Run:
    processes: int
    delivered: int = 0
    seconds: float = 0.0  # from the first accepted send to the last
    too_many: int = 0
    twice: int = 0  # recipients who got it more than once
    busiest: int = 0
    commits: int = 0
    statements: int | None = None
    rows_updated: int = 0
    cpu: Cpu = field(default_factory=Cpu)

    @property
    def rate(self) -> float:
        return (self.delivered - 1) / self.seconds if self.seconds else 0.0

    def share(self, part: float) -> str:
        return f"{part / self.seconds:.2f}" if self.seconds else "?"


def _proc_cpu(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:  # gone
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICK  # utime + stime


def _machine_busy() -> float:
    first = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    ticks = [int(t) for t in first]
    return (sum(ticks[:8]) - ticks[3] - ticks[4]) / TICK  # all but idle and iowait


async def _sample(bots: list[int], database: str, redis: Redis) -> Cpu:
    connection = await asyncpg.connect(database)
    try:
        backends = await connection.fetch(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid()")
    finally:
        await connection.close()
    info = await redis.info("cpu")
    me = resource.getrusage(resource.RUSAGE_SELF)
    return Cpu(sum(_proc_cpu(pid) for pid in bots),
               sum(_proc_cpu(row["pid"]) for row in backends),
               float(info["used_cpu_user"]) + float(info["used_cpu_sys"]),
               me.ru_utime + me.ru_stime, _machine_busy())


async def _database_counts(database: str) -> tuple[int, int | None, int]:
    """Transactions committed in this database, statements run (None without
    pg_stat_statements), rows of `deliveries` updated."""
    connection = await asyncpg.connect(database)
    try:
        commits = await connection.fetchval(
            "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")
        updated = await connection.fetchval(
            "SELECT coalesce(sum(n_tup_upd), 0) FROM pg_stat_user_tables "
            "WHERE relname = 'deliveries'")
        statements = None
        with contextlib.suppress(asyncpg.PostgresError):  # not loaded: said once, earlier
            statements = await connection.fetchval(
                "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements s JOIN pg_database d "
                "ON d.oid = s.dbid WHERE d.datname = current_database() "
                "AND s.query NOT ILIKE '%pg_stat%'")
        return int(commits), None if statements is None else int(statements), int(updated)
    finally:
        await connection.close()


async def _statements_available(database: str) -> str | None:
    """None when pg_stat_statements counts here; else why not."""
    connection = await asyncpg.connect(database)
    try:
        await connection.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
        await connection.fetchval("SELECT count(*) FROM pg_stat_statements")
    except asyncpg.PostgresError as error:
        return str(error).splitlines()[0]
    finally:
        await connection.close()
    return None


async def _start(env: dict[str, str], tmp_path: Path, name: str) -> asyncio.subprocess.Process:
    environ = {k: v for k, v in os.environ.items() if not k.endswith("_TOKEN")}
    environ.update(env, PORT="0", NO_PROXY="127.0.0.1,localhost")
    with (tmp_path / f"{name}.log").open("wb") as log:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", env=environ, cwd=tmp_path, stdout=log,
            stderr=log)


async def drain(processes: int, recipients: int, paid: bool, postgres_url: str,
                redis_url: str, tmp_path: Path) -> Run:
    """Queue one announcement to `recipients` people, start `processes` bots, wait until every
    one has it, stop them; what it took."""
    fake = FakeTelegram(token=f"{uuid.uuid4().int % 10**9}:BENCH")  # Redis keys of its own
    fake.per_second = LIMIT
    await fake.start()
    store = await open_store(postgres_url)
    chats = [str(700_000 + i) for i in range(recipients)]
    await store.enqueue("bench", now_iso(), AnnouncementKind.ANNOUNCEMENT,
                        [(Recipient("telegram", c, "en", ChatKind.USER), "news") for c in chats])
    await store.close()
    redis = Redis.from_url(redis_url)
    env = {"DATABASE_URL": postgres_url, "REDIS_URL": redis_url, "TELEGRAM_TOKEN": fake.token,
           "TELEGRAM_API_URL": fake.api_url, "TELEGRAM_PAID_BROADCAST": "1" if paid else "0"}
    commits, statements, updated = await _database_counts(postgres_url)
    bots = [await _start(env, tmp_path, f"{'paid' if paid else 'ordinary'}-{processes}-{n}")
            for n in range(processes)]
    run = Run(processes)
    try:
        deadline = time.monotonic() + 120
        while not fake.delivered() and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        first = await _sample([b.pid for b in bots], postgres_url, redis)
        while time.monotonic() < deadline:
            got = fake.delivered()
            if all(got.get(int(c)) for c in chats):
                break
            await asyncio.sleep(0.05)
        run.cpu = await _sample([b.pid for b in bots], postgres_url, redis) - first
    finally:
        for bot in bots:
            if bot.returncode is None:
                bot.send_signal(signal.SIGTERM)
        for bot in bots:
            await asyncio.wait_for(bot.wait(), 30)
        await redis.aclose()
        await fake.stop()
    await asyncio.sleep(1.0)  # the backends' last statistics reach pg_stat_database
    after = await _database_counts(postgres_url)
    got = fake.delivered()
    missing = [c for c in chats if not got.get(int(c))]
    assert not missing, f"{len(missing)} of {recipients} never got the announcement"
    accepted = [c.at for c in fake.sent() if "failed" not in c.params]
    run.delivered = len(accepted)
    run.seconds = max(accepted) - min(accepted)
    run.too_many = fake.too_many
    run.twice = sum(1 for count in got.values() if count > 1)
    run.busiest = busiest_second(accepted)
    run.commits = after[0] - commits
    run.statements = None if after[1] is None or statements is None else after[1] - statements
    run.rows_updated = after[2] - updated
    return run


def _database_line(run: Run, statements_missing: str | None) -> str:
    line = (f"    database: {run.commits / run.delivered:.2f} transactions committed and "
            f"{run.rows_updated / run.delivered:.2f} delivery rows updated per delivery (2: "
            "claimed, marked sent; more: claims given back at a lease's end and claimed anew)")
    if run.statements is not None:
        return line + f", {run.statements / run.delivered:.2f} statements per delivery"
    return line + f"; statements not counted (pg_stat_statements: {statements_missing})"


def _cpu_line(run: Run) -> str:
    cpu = run.cpu
    ours = cpu.bots + cpu.fake + cpu.postgres + cpu.redis
    return (f"    CPU in the drain (cores): bots {run.share(cpu.bots)}, fake Bot API "
            f"{run.share(cpu.fake)}, PostgreSQL {run.share(cpu.postgres)}, Redis "
            f"{run.share(cpu.redis)}; other processes {run.share(cpu.machine - ours)}; "
            f"{1000 * cpu.bots / run.delivered:.1f} ms of bot CPU per message; "
            f"{os.cpu_count()} cores")


def _load() -> str:
    return "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


async def test_ordinary_budget_one_then_two_processes(
        postgres_url: str, redis_url: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    load = _load()
    missing = await _statements_available(postgres_url)
    runs = [await drain(n, ORDINARY, False, postgres_url, redis_url, tmp_path) for n in (1, 2)]
    with capsys.disabled():
        print(f"\nordinary budget, {ORDINARY} recipients, fake enforcing {LIMIT}/s ({load}):")
        for run in runs:
            print(f"  {run.processes} process(es): {run.rate:.2f} msg/s = "
                  f"{run.rate / LIMIT:.3f} of the limit; 429s {run.too_many}; busiest second "
                  f"{run.busiest}; sent twice {run.twice}")
            print(_cpu_line(run))
            print(_database_line(run, missing))


async def test_paid_budget_one_then_two_processes(
        postgres_url: str, redis_url: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    load = _load()
    missing = await _statements_available(postgres_url)
    runs = [await drain(n, PAID, True, postgres_url, redis_url, tmp_path) for n in (1, 2)]
    with capsys.disabled():
        print(f"\npaid broadcast, {PAID} recipients, fake enforcing {PAID_PER_SECOND}/s "
              f"({load}):")
        for run in runs:
            print(f"  {run.processes} process(es): {run.rate:.0f} msg/s = "
                  f"{run.rate / PAID_PER_SECOND:.3f} of the limit; 429s {run.too_many}; "
                  f"busiest second {run.busiest}; sent twice {run.twice}")
            print(_cpu_line(run))
            print(_database_line(run, missing))

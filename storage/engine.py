"""Where the store's SQL runs: units of work, each one transaction, on SQLite or PostgreSQL.

Every query is a plain function of a SQLAlchemy `Connection` (an `Op`), so one query layer
serves both backends:
- SQLite (stdlib sqlite3, WAL) has two connections. The units a message needs (one indexed
  statement each: a person's state, a flow step) run on the event loop itself: they take tens
  of microseconds, never wait for a lock (busy_timeout 0) and never fsync (no checkpoint on
  that connection). A thread hop would cost more than the SQL, and under load much more,
  because the thread must win the GIL back from the busy loop at every call into sqlite3.
  Everything else (several statements, many rows, a transaction(), and any unit that finds
  the database locked) runs on a worker thread, one unit after the other, waiting up to 5 s
  for a lock; checkpoints happen there too. Write units start with BEGIN IMMEDIATE so that a
  unit (or another process, the CLI) waits its turn instead of failing half way.
- PostgreSQL runs each unit on a connection of SQLAlchemy's asyncio pool (asyncpg) through
  `run_sync`; the database isolates concurrent units itself.
`transaction()` makes every unit the same task runs inside it part of one transaction.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import sqlite3
from collections.abc import AsyncIterator, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

import asyncpg
from sqlalchemy import Connection, create_engine, event
from sqlalchemy.exc import InternalError, OperationalError
from sqlalchemy.ext.asyncio import AsyncConnection, create_async_engine
from sqlalchemy.pool import StaticPool

from storage.base import StoreUnavailable

log = logging.getLogger(__name__)
T = TypeVar("T")
Op = Callable[[Connection], T]


@dataclass
class Unit:
    """One open transaction, and what to do once it is committed (update caches)."""

    connection: Any  # Connection (SQLite) or AsyncConnection (PostgreSQL)
    inline: bool = False  # SQLite: on the event loop's own connection
    after_commit: list[Callable[[], None]] = field(default_factory=list)


class Prepared:
    """A statement that every message runs (a person's state, a flow step), compiled once per
    backend, and run by the driver itself: SQLAlchemy's execution machinery costs several
    times the SQL (on SQLite about 60 of 90 microseconds a unit; on PostgreSQL its greenlet
    and pool add about 500 microseconds of the event loop's time to a one-row statement).
    Inside a transaction() it runs through SQLAlchemy like any unit. Keys: the values'
    names, in a fixed order."""

    def __init__(self, statement: Any, keys: Sequence[str]) -> None:
        self.statement = statement
        self.keys = list(keys)
        self.sqlite: tuple[str, list[int]] | None = None

    def _sqlite(self, connection: Connection) -> tuple[str, list[int]]:
        if self.sqlite is None:
            self.sqlite = self.compile(connection.dialect)
        return self.sqlite

    def compile(self, dialect: Any) -> tuple[str, list[int]]:
        """The SQL for this backend's driver, and which value goes to each placeholder."""
        compiled = self.statement.compile(dialect=dialect, column_keys=self.keys)
        return compiled.string, [self.keys.index(n) for n in compiled.positiontup or ()]

    def execute(self, connection: Connection, *values: Any) -> Any:
        """Run it with the values of `keys`; returns the first row, or None."""
        if connection.dialect.name != "sqlite":
            result = connection.execute(self.statement, dict(zip(self.keys, values,
                                                                 strict=True)))
            return result.first() if result.returns_rows else None
        sql, order = self._sqlite(connection)
        driver = connection.connection.driver_connection
        assert driver is not None
        return driver.execute(sql, [values[i] for i in order]).fetchone()


class Runner(Protocol):
    dialect: str

    async def run(self, op: Op[T], write: bool = True, single: bool = False,
                  small: bool | None = None) -> T:
        """Run `op` as one unit of work. `write=False`: it only reads. `single`: it is one
        statement, atomic by itself (PostgreSQL spares the BEGIN and COMMIT). `small`: a few
        statements on a few rows found by index (SQLite runs them on the loop); `single`
        implies `small`."""
        ...

    async def fetch(self, prepared: Prepared, values: tuple[Any, ...],
                    write: bool = True) -> Any:
        """Run one prepared statement by itself; returns its first row, or None."""
        ...

    def transaction(self, bulk: bool = False) -> Any:
        """An async context manager: every unit of this task inside it is one transaction.
        `bulk`: it writes many rows (SQLite then keeps it off the event loop)."""
        ...
    def after_commit(self, callback: Callable[[], None]) -> None: ...
    def in_transaction(self) -> bool: ...
    async def close(self) -> None: ...


class _Units:
    """The unit of work the current task is in, if any (a context variable per runner)."""

    def __init__(self, name: str) -> None:
        self.current: contextvars.ContextVar[Unit | None] = contextvars.ContextVar(
            name, default=None)

    def in_transaction(self) -> bool:
        return self.current.get() is not None

    def after_commit(self, callback: Callable[[], None]) -> None:
        unit = self.current.get()
        if unit is None:
            callback()
        else:
            unit.after_commit.append(callback)

    @staticmethod
    def committed(unit: Unit) -> None:
        for callback in unit.after_commit:
            callback()


class SqliteRunner(_Units):
    dialect = "sqlite"
    CHECKPOINT_EVERY = 1000  # commits on the loop's connection between two checkpoints

    def __init__(self, path: str) -> None:
        super().__init__(f"sqlite-unit-{id(self)}")
        if path == ":memory:":  # both connections must see the same database: a shared one
            path = f"file:participate-{id(self)}?mode=memory&cache=shared"
        self.engine = _sqlite_engine(path, "busy_timeout=5000")
        self.inline_engine = _sqlite_engine(path, "busy_timeout=0", "wal_autocheckpoint=0")
        self.thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite")
        self.lock = asyncio.Lock()
        self.connection: Connection | None = None
        self.inline: Connection | None = None
        self.commits = 0

    async def open(self) -> None:
        self.connection = await self._call(self.engine.connect)
        self.inline = self.inline_engine.connect()

    async def _call(self, fn: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self.thread, fn)

    @staticmethod
    def _begin(connection: Connection) -> Any:
        connection.info["write"] = True
        return connection.begin()

    def _atomic(self, op: Op[T], write: bool | None,
                connection: Connection | None = None) -> T:
        connection = connection or self.connection
        assert connection is not None
        connection.info["write"] = write
        with connection.begin():
            return op(connection)

    async def run(self, op: Op[T], write: bool = True, single: bool = False,
                  small: bool | None = None) -> T:
        async with unavailable_as_store_error():
            return await self._run(op, write, single, small)

    async def fetch(self, prepared: Prepared, values: tuple[Any, ...],
                    write: bool = True) -> Any:
        async with unavailable_as_store_error():
            return await self._run(lambda c: prepared.execute(c, *values), write, True, None)

    async def _run(self, op: Op[T], write: bool, single: bool, small: bool | None) -> T:
        unit = self.current.get()
        if unit is not None:  # part of an open transaction, on its connection
            return op(unit.connection) if unit.inline else await self._call(
                lambda: op(unit.connection))
        if self.lock.locked():  # a transaction is open: nothing may run inside it
            async with self.lock:
                pass
        if single or small:
            try:
                return self._inline(op, None if single else write)
            except (OperationalError, sqlite3.OperationalError) as error:
                # (prepared statements run on the driver itself: its own error class)
                if not _busy(error):
                    raise
        # The thread takes units first come, first served, so the units of many coroutines
        # queue up there back to back.
        return await self._submit(lambda: self._atomic(op, write))

    def _inline(self, op: Op[T], mode: bool | None) -> T:
        """A small unit on the loop's connection: one statement (mode None, atomic by itself)
        or a few in a transaction; raises at once, never waits, if the database is locked."""
        result = self._atomic(op, mode, self.inline)
        if mode is not False:
            self._committed_inline()
        return result

    def _committed_inline(self) -> None:
        self.commits += 1
        if self.commits % self.CHECKPOINT_EVERY == 0:
            self._submit(self._checkpoint)

    def _checkpoint(self) -> None:
        """Copy the write-ahead log into the database (PASSIVE: it never waits for anyone).
        On the driver's own connection: SQLAlchemy would open a transaction around it."""
        assert self.connection is not None
        try:
            self.connection.connection.driver_connection.execute(  # type: ignore[union-attr]
                "PRAGMA wal_checkpoint(PASSIVE)")
        except Exception:  # the next one will do; never a reason to fail a message
            log.exception("SQLite checkpoint failed")

    def _submit(self, fn: Callable[[], T]) -> asyncio.Future[T]:
        return asyncio.get_running_loop().run_in_executor(self.thread, fn)

    @asynccontextmanager
    async def transaction(self, bulk: bool = False) -> AsyncIterator[None]:
        """A few small units run on the loop's connection; `bulk` (many rows) or a database
        locked by another writer: on the worker thread."""
        if self.current.get() is not None:  # nested: part of the outer unit
            yield
            return
        async with unavailable_as_store_error(), self.lock:
            unit: Unit | None = None
            if not bulk:
                assert self.inline is not None
                try:
                    outer = self._begin(self.inline)
                    unit = Unit(self.inline, inline=True)
                except OperationalError as error:
                    if not _busy(error):
                        raise
            if unit is None:
                connection = self.connection
                assert connection is not None
                # Units submitted before this one run first (the thread takes them in
                # order); units submitted later wait for the lock.
                outer = await self._call(lambda: self._begin(connection))
                unit = Unit(connection)
            token = self.current.set(unit)
            try:
                yield
            except BaseException:
                if unit.inline:
                    outer.rollback()
                else:
                    await asyncio.shield(self._call(outer.rollback))
                raise
            else:
                # A commit can fail too (the disk is full): then it is rolled back, so that
                # the connection is clean for the next unit.
                if unit.inline:
                    _commit_or_roll_back(outer)
                    self._committed_inline()
                else:
                    await self._call(lambda: _commit_or_roll_back(outer))
            finally:
                self.current.reset(token)
        self.committed(unit)

    async def close(self) -> None:
        if self.inline is not None:
            self.inline.close()
        self.inline_engine.dispose()

        def shut() -> None:
            if self.connection is not None:
                self.connection.close()
            self.engine.dispose()

        await self._call(shut)
        self.thread.shutdown(wait=True)


def _sqlite_engine(path: str, *pragmas: str) -> Any:
    if path.startswith("file:"):  # a URI: handed to sqlite3 as it is
        engine = create_engine("sqlite://", poolclass=StaticPool, hide_parameters=True,
                               creator=lambda: sqlite3.connect(path, uri=True,
                                                               check_same_thread=False))
    else:
        engine = create_engine(f"sqlite:///{path}", poolclass=StaticPool, hide_parameters=True,
                               connect_args={"check_same_thread": False})

    def connect(dbapi_connection: Any, _record: Any) -> None:
        # The sqlite3 module's own implicit transactions are off: the "begin" listener
        # says BEGIN itself, so that a write unit can take the write lock at its start.
        dbapi_connection.isolation_level = None
        for pragma in (
            "journal_mode=WAL",
            # In WAL mode, NORMAL keeps every commit across a crash of the process (SIGKILL
            # included); only a power cut can lose the last ones. FULL would fsync each one.
            "synchronous=NORMAL",
            "foreign_keys=ON",
            *pragmas,
        ):
            dbapi_connection.execute(f"PRAGMA {pragma}")

    event.listen(engine, "connect", connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


# What a database says when it cannot work for now, as opposed to a bug (a constraint, a typo).
TRANSIENT: tuple[type[BaseException], ...] = (
    OperationalError, InternalError, sqlite3.OperationalError, OSError, TimeoutError,
    asyncpg.PostgresConnectionError, asyncpg.InterfaceError,
    asyncpg.exceptions.InsufficientResourcesError,
    asyncpg.exceptions.ReadOnlySQLTransactionError,
    asyncpg.exceptions.CannotConnectNowError,
)


@asynccontextmanager
async def unavailable_as_store_error() -> AsyncIterator[None]:
    """A transient database failure leaves here as StoreUnavailable, in one line."""
    try:
        yield
    except TRANSIENT as error:
        raise StoreUnavailable(reason(error)) from error


def reason(error: BaseException) -> str:
    """What the driver said, on one line (not SQLAlchemy's wrapping and web link)."""
    said = getattr(error, "orig", None) or error
    return " ".join(str(said).split()) or type(said).__name__


def _commit_or_roll_back(transaction: Any) -> None:
    try:
        transaction.commit()
    except BaseException:
        transaction.rollback()
        raise


def _busy(error: OperationalError | sqlite3.OperationalError) -> bool:
    """SQLite's answer when another connection holds the lock (busy_timeout 0 here)."""
    return "locked" in str(error) or "busy" in str(error)


def _sqlite_begin(connection: Connection) -> None:
    mode = connection.info.get("write", True)
    if mode is None:  # one statement: SQLite makes it atomic by itself, no BEGIN needed
        return
    connection.exec_driver_sql("BEGIN IMMEDIATE" if mode else "BEGIN")


class PostgresRunner(_Units):
    dialect = "postgresql"

    def __init__(self, url: str, pool_size: int = 10) -> None:
        super().__init__(f"postgres-unit-{id(self)}")
        # No pre-ping (a round trip at every checkout): connections are recycled instead.
        # No ROLLBACK sent when an autocommit connection goes back to the pool: it has no
        # transaction to roll back.
        # hide_parameters: no value (a person's id, BOT_SECRET) in SQLAlchemy's logs or errors.
        self.engine = create_async_engine(url, pool_size=pool_size, max_overflow=pool_size,
                                          pool_recycle=1800, skip_autocommit_rollback=True,
                                          hide_parameters=True)
        # The same pool; a connection taken through it commits each statement by itself.
        self.autocommit = self.engine.execution_options(isolation_level="AUTOCOMMIT")
        self.driver_url = self.engine.url.set(drivername="postgresql").render_as_string(
            hide_password=False)
        self.pool: asyncpg.Pool | None = None  # the driver's own, for prepared statements
        self.pool_size = pool_size
        self.compiled: dict[int, tuple[str, list[int]]] = {}

    async def open(self) -> None:
        async with self.engine.connect():
            pass
        # What this pool writes is a person's state (their language, their flow's step): it
        # does not wait for the server's fsync, as SQLite's synchronous=NORMAL does not. A
        # crash of the database server (never of the bot) can lose the last fraction of a
        # second of steps; the person answers that question again. Announcements and their
        # deliveries go through the engine above and are durable at commit.
        self.pool = await asyncpg.create_pool(
            self.driver_url, min_size=1, max_size=self.pool_size,
            server_settings={"synchronous_commit": "off"})

    async def fetch(self, prepared: Prepared, values: tuple[Any, ...],
                    write: bool = True) -> Any:
        async with unavailable_as_store_error():
            if self.current.get() is not None or self.pool is None:
                return await self._run(lambda c: prepared.execute(c, *values), write, True)
            sql, order = self.compiled.get(id(prepared)) or self.compiled.setdefault(
                id(prepared), prepared.compile(self.engine.dialect))
            return await self.pool.fetchrow(sql, *(values[i] for i in order))

    async def run(self, op: Op[T], write: bool = True, single: bool = False,
                  small: bool | None = None) -> T:
        async with unavailable_as_store_error():
            return await self._run(op, write, single)

    async def _run(self, op: Op[T], write: bool, single: bool) -> T:
        unit = self.current.get()
        if unit is not None:
            connection: AsyncConnection = unit.connection
            return await connection.run_sync(op)
        if single or not write:  # one round trip: no BEGIN, no COMMIT
            async with self.autocommit.connect() as connection:
                return await connection.run_sync(op)
        async with self.engine.begin() as connection:
            return await connection.run_sync(op)

    @asynccontextmanager
    async def transaction(self, bulk: bool = False) -> AsyncIterator[None]:
        if self.current.get() is not None:
            yield
            return
        async with unavailable_as_store_error(), self.engine.begin() as connection:
            unit = Unit(connection)
            token = self.current.set(unit)
            try:
                yield
            finally:
                self.current.reset(token)
        self.committed(unit)

    async def close(self) -> None:
        if self.pool is not None:
            await self.pool.close()
        await self.engine.dispose()

"""Where the store's SQL runs: units of work, each one transaction, on SQLite or PostgreSQL.

Every query is a plain function of a SQLAlchemy `Connection` (an `Op`), so one query layer
serves both backends:
- SQLite runs each unit in one worker thread on one connection (stdlib sqlite3, WAL). A unit
  costs one hop to that thread whatever it does; a lock makes units follow one another, so no
  coroutine's statement can land inside another's transaction (SQLite has one writer anyway),
  and write units start with BEGIN IMMEDIATE so that another process (the CLI) waits its turn
  instead of failing half way.
- PostgreSQL runs each unit on a connection of SQLAlchemy's asyncio pool (asyncpg) through
  `run_sync`; the database isolates concurrent units itself.
`transaction()` makes every unit the same task runs inside it part of one transaction.
"""

from __future__ import annotations

import asyncio
import contextvars
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from sqlalchemy import Connection, create_engine, event
from sqlalchemy.ext.asyncio import AsyncConnection, create_async_engine
from sqlalchemy.pool import StaticPool

T = TypeVar("T")
Op = Callable[[Connection], T]


@dataclass
class Unit:
    """One open transaction, and what to do once it is committed (update caches)."""

    connection: Any  # Connection (SQLite) or AsyncConnection (PostgreSQL)
    after_commit: list[Callable[[], None]] = field(default_factory=list)


class Runner(Protocol):
    dialect: str

    async def run(self, op: Op[T], write: bool = True) -> T: ...
    def transaction(self) -> Any: ...  # an async context manager
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

    def __init__(self, path: str) -> None:
        super().__init__(f"sqlite-unit-{id(self)}")
        self.engine = create_engine(f"sqlite:///{path}", poolclass=StaticPool,
                                    connect_args={"check_same_thread": False})
        event.listen(self.engine, "connect", _sqlite_connect)
        event.listen(self.engine, "begin", _sqlite_begin)
        self.thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite")
        self.lock = asyncio.Lock()
        self.connection: Connection | None = None

    async def open(self) -> None:
        self.connection = await self._call(self.engine.connect)

    async def _call(self, fn: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self.thread, fn)

    def _atomic(self, op: Op[T], write: bool) -> T:
        connection = self.connection
        assert connection is not None
        connection.info["write"] = write
        with connection.begin():
            return op(connection)

    async def run(self, op: Op[T], write: bool = True) -> T:
        unit = self.current.get()
        if unit is not None:
            return await self._call(lambda: op(unit.connection))
        async with self.lock:
            return await self._call(lambda: self._atomic(op, write))

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        if self.current.get() is not None:  # nested: part of the outer unit
            yield
            return
        async with self.lock:
            connection = self.connection
            assert connection is not None
            connection.info["write"] = True
            outer = await self._call(connection.begin)
            unit = Unit(connection)
            token = self.current.set(unit)
            try:
                yield
            except BaseException:
                await asyncio.shield(self._call(outer.rollback))
                raise
            else:
                await self._call(outer.commit)
            finally:
                self.current.reset(token)
        self.committed(unit)

    async def close(self) -> None:
        def shut() -> None:
            if self.connection is not None:
                self.connection.close()
            self.engine.dispose()

        await self._call(shut)
        self.thread.shutdown(wait=True)


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # The sqlite3 module's own implicit transactions are off: the "begin" listener below
    # says BEGIN itself, so that a write unit can take the write lock at its start.
    dbapi_connection.isolation_level = None
    for pragma in (
        "journal_mode=WAL",
        # In WAL mode, NORMAL keeps every commit across a crash of the process (SIGKILL
        # included); only a power cut can lose the last ones. FULL would fsync every commit.
        "synchronous=NORMAL",
        "busy_timeout=5000",
        "foreign_keys=ON",
    ):
        dbapi_connection.execute(f"PRAGMA {pragma}")


def _sqlite_begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE" if connection.info.get("write", True)
                               else "BEGIN")


class PostgresRunner(_Units):
    dialect = "postgresql"

    def __init__(self, url: str, pool_size: int = 10) -> None:
        super().__init__(f"postgres-unit-{id(self)}")
        self.engine = create_async_engine(url, pool_size=pool_size, max_overflow=pool_size,
                                          pool_pre_ping=True)

    async def open(self) -> None:
        async with self.engine.connect():
            pass

    async def run(self, op: Op[T], write: bool = True) -> T:
        unit = self.current.get()
        if unit is not None:
            connection: AsyncConnection = unit.connection
            return await connection.run_sync(op)
        async with self.engine.begin() as connection:
            return await connection.run_sync(op)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        if self.current.get() is not None:
            yield
            return
        async with self.engine.begin() as connection:
            unit = Unit(connection)
            token = self.current.set(unit)
            try:
                yield
            finally:
                self.current.reset(token)
        self.committed(unit)

    async def close(self) -> None:
        await self.engine.dispose()

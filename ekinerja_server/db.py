"""Engines for the server's database: a SQLite file (small installs, tests) or PostgreSQL."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

# A dead or unreachable PostgreSQL must fail /healthz and `serve` quickly, not hang for minutes.
PG_CONNECT_TIMEOUT_S = 5


class UnsupportedDatabaseError(ValueError):
    """The URL names a database the server does not support."""


class DatabaseUnavailableError(RuntimeError):
    """The database cannot be reached (down, wrong host/port, wrong credentials, no such file)."""

    def __init__(self, where: str, detail: str) -> None:
        # `where` is the URL without its password: this message is printed and logged.
        super().__init__(f"Tidak dapat terhubung ke basis data {where}: {detail}")


def parse_database_url(database_url: str) -> URL:
    """The URL with PostgreSQL pinned to psycopg 3 (the only PostgreSQL driver we install)."""
    url = make_url(database_url)
    backend = url.get_backend_name()
    if backend == "postgresql":
        return url.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        return url
    raise UnsupportedDatabaseError(
        f"Basis data tidak didukung: {backend!r} (gunakan sqlite:/// atau postgresql://)"
    )


def redacted(database_url: str) -> str:
    """The URL for messages and logs: never show a password."""
    try:
        return make_url(database_url).render_as_string(hide_password=True)
    except Exception:  # an unparsable URL may itself hold a password: show nothing of it
        return "<URL tidak valid>"


def create_server_engine(database_url: str) -> Engine:
    url = parse_database_url(database_url)
    if url.get_backend_name() == "postgresql":
        # pre_ping: a connection broken by a PostgreSQL restart is replaced, not handed out.
        return create_engine(
            url, pool_pre_ping=True, connect_args={"connect_timeout": PG_CONNECT_TIMEOUT_S}
        )
    return _create_sqlite_engine(url)


def _create_sqlite_engine(url: URL) -> Engine:
    """WAL (readers never block the writer), `synchronous=FULL` (an acknowledged push survives
    a power cut), foreign keys enforced, and a busy database waited for instead of failing."""
    if url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # We emit BEGIN ourselves (below): pysqlite's implicit transactions would make
        # BEGIN IMMEDIATE impossible and delay locks until the first write.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # A push takes the write lock at BEGIN (SYNC.md), so two writers queue, never deadlock.
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def connect(engine: Engine) -> Connection:
    """A connection, or `DatabaseUnavailableError` with the driver's reason on one line."""
    try:
        return engine.connect()
    except OperationalError as error:
        detail = " ".join(str(error.orig).split()) or type(error.orig).__name__
        where = engine.url.render_as_string(hide_password=True)
        raise DatabaseUnavailableError(where, detail) from error


def create_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    # Objects stay readable after commit: responses are built after the transaction ends.
    return sessionmaker(engine, expire_on_commit=False)

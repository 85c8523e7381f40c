"""The local SQLite database: engine settings, sessions, and backup + migrate at start."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from ekinerja_desktop.errors import DatabaseTooNewError

log = logging.getLogger(__name__)

BACKUPS_KEPT = 10


def create_sqlite_engine(path: Path | str) -> Engine:
    """An engine whose connections are WAL, `synchronous=FULL` (a typed edit survives a power
    cut), enforce foreign keys and wait for a busy database instead of failing."""
    url = "sqlite://" if str(path) == ":memory:" else f"sqlite:///{path}"
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
        # Writers take the write lock at BEGIN, so two writers queue instead of deadlocking.
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


@dataclass
class Database:
    """The engine plus two session factories: reads, and writes that lock at BEGIN."""

    engine: Engine

    def __post_init__(self) -> None:
        write_engine = self.engine.execution_options(sqlite_immediate=True)
        self.read_session: sessionmaker[Session] = sessionmaker(self.engine, expire_on_commit=False)
        self.write_session: sessionmaker[Session] = sessionmaker(
            write_engine, expire_on_commit=False
        )

    def dispose(self) -> None:
        self.engine.dispose()


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", "ekinerja_desktop:migrations")
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to `revision` with foreign keys off, as SQLite batch mode needs."""
    with engine.connect() as conn:
        # A PRAGMA inside a transaction is ignored, so it goes straight to the driver first.
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                command.upgrade(alembic_config(conn), revision)
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def backup_database(source: Path, backup_dir: Path, label: str) -> Path:
    """Copy a live database consistently (SQLite's backup API, never a file copy) and keep
    only the newest BACKUPS_KEPT copies."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"ekinerja-{stamp}-{label}.db"
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    for old in sorted(backup_dir.glob("ekinerja-*.db"))[:-BACKUPS_KEPT]:
        old.unlink()
    return target


def check_not_newer(engine: Engine) -> str | None:
    """The database's revision, refusing one that a newer release of the app wrote."""
    current = current_revision(engine)
    if current is None:
        return None
    try:
        ScriptDirectory.from_config(alembic_config()).get_revision(current)
    except CommandError as error:
        raise DatabaseTooNewError(
            "Basis data ini dibuat oleh versi aplikasi yang lebih baru "
            f"(revisi {current}). Pasang versi terbaru e-Kinerja Desktop; "
            "data Anda tidak diubah."
        ) from error
    return current


def open_database(path: Path, backup_dir: Path | None = None) -> Database:
    """Open (creating if needed) and migrate the user's database, backing it up first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    engine = create_sqlite_engine(path)
    try:
        current = check_not_newer(engine)
        if current != head_revision():
            if existed and backup_dir is not None:
                copy = backup_database(path, backup_dir, f"sebelum-migrasi-{current or 'awal'}")
                log.info("backup before migration: %s", copy)
            upgrade(engine)
            log.info("database migrated from %s to %s", current, head_revision())
    except Exception:
        engine.dispose()
        raise
    return Database(engine)


def integrity_ok(path: Path) -> bool:
    with sqlite3.connect(path) as conn:
        row = conn.execute("PRAGMA integrity_check").fetchone()
    conn.close()
    return bool(row and row[0] == "ok")

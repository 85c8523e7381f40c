"""The local SQLite database: engine settings, sessions, and backup + migrate at start."""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from ekinerja_desktop.errors import DatabaseTooNewError

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic itself is imported only when a migration is due: importing it costs about 0.3 s of
# every start on a slow machine, and an up-to-date database does not need it.
VERSIONS_DIR = Path(__file__).resolve().parent / "migrations" / "versions"
_REVISION = re.compile(r"""^revision: str = ["'](.+?)["']""", re.MULTILINE)
_DOWN = re.compile(r"""^down_revision: [^=]+= ["'](.+?)["']""", re.MULTILINE)

log = logging.getLogger(__name__)

BACKUPS_KEPT = 10
#: The daily automatic backup is taken at start when the newest backup is older than this.
CADANGAN_HARIAN_SETELAH = timedelta(hours=20)


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
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "ekinerja_desktop:migrations")
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def shipped_head() -> str:
    """The newest revision shipped, read from the migration files without importing Alembic
    (a test checks it agrees with Alembic's own answer)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in VERSIONS_DIR.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        if found := _REVISION.search(text):
            revisions.add(found.group(1))
        if found := _DOWN.search(text):
            parents.add(found.group(1))
    heads = revisions - parents
    if len(heads) != 1:
        return head_revision()  # let Alembic decide (and explain) an unusual history
    return heads.pop()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def stored_revision(engine: Engine) -> str | None:
    """The database's revision by plain SQL (no Alembic import); None for a new database."""
    with engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).first()
        if has_table is None:
            return None
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return str(row[0]) if row else None


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to `revision` with foreign keys off, as SQLite batch mode needs."""
    from alembic import command

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


def cadangan_harian(source: Path, backup_dir: Path, now: datetime | None = None) -> Path | None:
    """The automatic backup of the day (USERS.md: e-Faktur's backup at start), so that a bad
    day can be undone from `cadangan/`; None when a backup from the last 20 hours exists."""
    now = now or datetime.now()
    newest = max((p.stat().st_mtime for p in backup_dir.glob("ekinerja-*.db")), default=None)
    if newest is not None and now - datetime.fromtimestamp(newest) < CADANGAN_HARIAN_SETELAH:
        return None
    return backup_database(source, backup_dir, "harian")


def check_not_newer(engine: Engine) -> str | None:
    """The database's revision, refusing one that a newer release of the app wrote."""
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

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
        if existed and stored_revision(engine) == shipped_head():
            return Database(engine)  # the usual start: nothing to migrate, no Alembic import
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

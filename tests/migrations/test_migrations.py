from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from ekinerja_desktop.db import (
    create_sqlite_engine,
    current_revision,
    head_revision,
    open_database,
    shipped_head,
    upgrade,
)
from ekinerja_desktop.demo import buat_demo
from ekinerja_desktop.errors import DatabaseTooNewError
from ekinerja_desktop.models import Base

FIRST = "0001"


def row_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name != 'alembic_version'"
            )
        ]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    conn.close()
    return counts


def fill_from_demo(old: Path, tmp_path: Path) -> None:
    """Fill an old-revision database with the demo, column by column that both schemas have."""
    demo = tmp_path / "demo-head.db"
    db = open_database(demo)
    buat_demo(db, jumlah_pegawai=40, tahun=2026)
    db.dispose()
    with sqlite3.connect(old) as conn:
        conn.execute("ATTACH DATABASE ? AS demo", (str(demo),))
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM main.sqlite_master WHERE type='table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            )
        ]
        for table in tables:
            old_cols = {r[1] for r in conn.execute(f'PRAGMA main.table_info("{table}")')}
            new_cols = {r[1] for r in conn.execute(f'PRAGMA demo.table_info("{table}")')}
            cols = ", ".join(f'"{c}"' for c in sorted(old_cols & new_cols))
            conn.execute(f'INSERT INTO main."{table}" ({cols}) SELECT {cols} FROM demo."{table}"')
    conn.close()


def test_first_revision_filled_then_upgraded_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "lama.db"
    engine = create_sqlite_engine(path)
    upgrade(engine, FIRST)
    assert current_revision(engine) == FIRST
    engine.dispose()
    fill_from_demo(path, tmp_path)
    engine = create_sqlite_engine(path)
    with engine.connect() as conn:
        ids_before = set(conn.execute(text("SELECT id FROM rhk")).scalars())
    before = row_counts(path)
    engine.dispose()
    assert before["pegawai"] > 40 and before["rhk"] > 50

    backups = tmp_path / "cadangan"
    db = open_database(path, backups)
    assert current_revision(db.engine) == head_revision() != FIRST
    after = row_counts(path)
    with db.engine.connect() as conn:
        assert set(conn.execute(text("SELECT id FROM rhk")).scalars()) == ids_before
    db.dispose()
    assert {t: after[t] for t in before} == before
    # the copy taken before migrating holds the old revision and every row
    [backup] = list(backups.glob("*.db"))
    assert row_counts(backup) == before


def test_up_to_date_database_is_opened_without_a_backup(tmp_path: Path) -> None:
    open_database(tmp_path / "a.db", tmp_path / "bk").dispose()
    open_database(tmp_path / "a.db", tmp_path / "bk").dispose()
    assert list((tmp_path / "bk").glob("*.db")) == []


def test_database_from_a_newer_app_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "baru.db"
    open_database(path).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_dari_masa_depan'")
    conn.close()
    with pytest.raises(DatabaseTooNewError, match="versi aplikasi yang lebih baru"):
        open_database(path, tmp_path / "bk")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            "ffff_dari_masa_depan"
        )
    conn.close()


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    """A model change without its migration fails here, not on a user's laptop."""
    db = open_database(tmp_path / "a.db")
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        tables = set(inspect(conn).get_table_names())
    db.dispose()
    assert diff == []
    assert set(Base.metadata.tables) <= tables


def test_the_fast_head_reading_agrees_with_alembic() -> None:
    assert shipped_head() == head_revision()


def test_an_up_to_date_start_does_not_import_alembic(tmp_path: Path) -> None:
    """Alembic costs about 0.3 s of every start; only a due migration may load it."""
    path = tmp_path / "a.db"
    open_database(path).dispose()
    code = (
        "import sys; from pathlib import Path; from ekinerja_desktop.db import open_database; "
        f"open_database(Path({str(path)!r})).dispose(); print('alembic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"

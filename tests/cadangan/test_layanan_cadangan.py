"""Cadangkan sekarang / Pulihkan (services/cadangan.py) on real SQLite files."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ekinerja_desktop.db import (
    Database,
    backup_database,
    create_sqlite_engine,
    head_revision,
    integrity_ok,
    open_database,
    upgrade,
)
from ekinerja_desktop.domain import Pendekatan
from ekinerja_desktop.errors import UserError
from ekinerja_desktop.models import Blob, OutboxEntry, Skp, SyncState
from ekinerja_desktop.paths import Paths
from ekinerja_desktop.services.blobs import BlobStore
from ekinerja_desktop.services.cadangan import (
    TABEL_BERKAS,
    TABEL_INFO,
    CadanganDitolak,
    LayananCadangan,
)
from ekinerja_desktop.services.skp import LayananSkp
from ekinerja_desktop.services.uow import UnitOfWork
from tests.cadangan.conftest import JAM
from tests.support import Org


def query(path: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql, args).fetchall()


def hitung(path: Path, sql: str, *args: object) -> int:
    [(n,)] = query(path, sql, *args)
    assert isinstance(n, int)
    return n


def menunggu(db: Database) -> int:
    with db.read_session() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(OutboxEntry)
                .where(OutboxEntry.state.in_(("pending", "sending")))
            )
            or 0
        )


def sidik(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- backing up -----------------------------------------------------------------------------


def test_the_default_name_says_whose_and_when(layanan: LayananCadangan) -> None:
    assert layanan.nama_bawaan("198505052010012002") == (
        "ekinerja-cadangan-198505052010012002-2026-05-04-1407.db"
    )
    assert layanan.nama_bawaan(None) == "ekinerja-cadangan-2026-05-04-1407.db"


def test_a_backup_is_one_checked_file_with_the_unsent_changes(
    db: Database, org: Org, skp_staf: str, layanan: LayananCadangan, tmp_path: Path
) -> None:
    target = tmp_path / "usb" / "ekinerja-cadangan.db"
    target.parent.mkdir()
    info = layanan.buat_cadangan(target)

    assert info.path == target and info.ukuran == target.stat().st_size
    assert info.jumlah_skp == 1
    assert info.belum_terkirim == menunggu(db) >= 2  # skp.create, rhk.create
    assert info.dibuat_pada == JAM and info.versi_aplikasi == "9.9-uji"
    assert info.revisi == head_revision() and not info.perlu_migrasi
    assert integrity_ok(target)
    assert query(target, "PRAGMA journal_mode") == [("delete",)]  # no -wal to forget
    assert sorted(p.name for p in target.parent.iterdir()) == ["ekinerja-cadangan.db"]
    assert query(target, "SELECT count(*) FROM rhk") == [(1,)]
    assert layanan.periksa_cadangan(target) == info


def test_a_backup_is_consistent_while_another_connection_writes(
    db: Database, layanan: LayananCadangan, paths: Paths, tmp_path: Path
) -> None:
    """Every transaction of the writer is in the backup whole or not at all."""
    started = threading.Event()
    stop = threading.Event()

    def writer() -> None:
        with closing(sqlite3.connect(paths.database, isolation_level=None)) as conn:
            conn.execute("PRAGMA busy_timeout=10000")
            i = 0
            while not stop.is_set():
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("INSERT INTO app_meta VALUES (?, 'a')", (f"uji-{i}-a",))
                conn.execute("INSERT INTO app_meta VALUES (?, 'b')", (f"uji-{i}-b",))
                conn.execute("COMMIT")
                i += 1
                if i == 20:
                    started.set()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert started.wait(10)
        target = tmp_path / "cadangan-saat-menulis.db"
        layanan.buat_cadangan(target)
    finally:
        stop.set()
        thread.join()
    a, b = (hitung(target, "SELECT count(*) FROM app_meta WHERE value = ?", s) for s in "ab")
    assert a == b >= 20
    assert integrity_ok(target)
    assert hitung(paths.database, "SELECT count(*) FROM app_meta WHERE value = 'a'") >= a


def test_a_backup_cannot_overwrite_the_live_database(
    db: Database, layanan: LayananCadangan, paths: Paths
) -> None:
    before = sidik(paths.database)
    with pytest.raises(UserError, match="basis data yang sedang dipakai"):
        layanan.buat_cadangan(paths.database)
    with pytest.raises(UserError, match="tidak ada"):
        layanan.buat_cadangan(paths.root / "tidak-ada" / "x.db")
    assert sidik(paths.database) == before


def test_the_automatic_backups_are_listed_newest_first(
    db: Database, layanan: LayananCadangan, paths: Paths
) -> None:
    first = backup_database(paths.database, paths.backups, "sebelum-migrasi-0002")
    second = backup_database(paths.database, paths.backups, "sebelum-pulihkan")
    (paths.backups / "catatan.txt").write_text("bukan cadangan")
    rows = layanan.daftar_otomatis()
    assert [row.path for row in rows] == [second, first]
    assert [row.alasan for row in rows] == ["sebelum-pulihkan", "sebelum-migrasi-0002"]
    assert rows[0].ukuran == second.stat().st_size
    assert rows[0].dibuat_pada.date() == date.today()


# --- checking and refusing ------------------------------------------------------------------


@pytest.fixture
def cadangan(
    db: Database, org: Org, skp_staf: str, layanan: LayananCadangan, tmp_path: Path
) -> Path:
    """A backup of the staf's database, then one more SKP made after it."""
    target = tmp_path / "cadangan.db"
    layanan.buat_cadangan(target)
    LayananSkp(UnitOfWork(db, aktor=org.kepala)).buat_skp(
        date(2025, 1, 1), date(2025, 12, 31), Pendekatan.KUANTITATIF
    )
    return target


def rusak(path: Path, tmp_path: Path) -> Path:
    """The file with pages in its middle overwritten, as a failing disk leaves it."""
    data = bytearray(path.read_bytes())
    for page in range(3, len(data) // 4096, 3):
        data[page * 4096 + 100 : page * 4096 + 600] = b"\xa5" * 500
    bad = tmp_path / "rusak.db"
    bad.write_bytes(bytes(data))
    return bad


def asing(tmp_path: Path) -> Path:
    path = tmp_path / "buku-alamat.db"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE alamat (nama TEXT, kota TEXT)")
        conn.execute("INSERT INTO alamat VALUES ('Andi', 'Mataram')")
        conn.commit()
    return path


def lebih_baru(cadangan: Path, tmp_path: Path) -> Path:
    path = tmp_path / "dari-versi-baru.db"
    path.write_bytes(cadangan.read_bytes())
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_masa_depan'")
        conn.commit()
    return path


def server(cadangan: Path, tmp_path: Path) -> Path:
    """The server's database has the domain tables too, and its own."""
    path = tmp_path / "server.db"
    path.write_bytes(cadangan.read_bytes())
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE op_outcome (op_id TEXT PRIMARY KEY)")
        conn.commit()
    return path


@pytest.mark.parametrize(
    ("buat", "pesan"),
    [
        (lambda c, t: rusak(c, t), "rusak"),
        (lambda c, t: t / "acak.db", "rusak"),
        (lambda c, t: asing(t), "bukan cadangan e-Kinerja"),
        (lambda c, t: server(c, t), "bukan cadangan e-Kinerja"),
        (lambda c, t: lebih_baru(c, t), "versi e-Kinerja Desktop yang lebih baru"),
        (lambda c, t: t / "tidak-ada.db", "tidak ditemukan"),
    ],
    ids=["rusak", "bukan-sqlite", "asing", "server", "lebih-baru", "tidak-ada"],
)
def test_a_bad_file_is_refused_and_nothing_changes(
    buat: object,
    pesan: str,
    cadangan: Path,
    db: Database,
    layanan: LayananCadangan,
    paths: Paths,
    tmp_path: Path,
) -> None:
    (tmp_path / "acak.db").write_bytes(bytes(range(256)) * 40)
    path = buat(cadangan, tmp_path)  # type: ignore[operator]
    isi_berkas = path.read_bytes() if path.exists() else None
    db.dispose()
    before = sidik(paths.database)
    with pytest.raises(CadanganDitolak, match=pesan):
        layanan.periksa_cadangan(path)
    with pytest.raises(CadanganDitolak, match=pesan):
        layanan.pulihkan(path)
    assert sidik(paths.database) == before
    assert list(paths.backups.iterdir()) == []  # not even a pre-restore backup
    assert sorted(p.name for p in paths.root.iterdir() if p.name.startswith(".")) == []
    if isi_berkas is not None:  # checking never touches the chosen file or its folder
        assert path.read_bytes() == isi_berkas
        assert not path.with_name(path.name + "-wal").exists()


def test_the_live_database_itself_is_not_a_backup(
    db: Database, layanan: LayananCadangan, paths: Paths
) -> None:
    with pytest.raises(CadanganDitolak, match="sedang dipakai"):
        layanan.periksa_cadangan(paths.database)


# --- restoring ------------------------------------------------------------------------------


def test_a_restore_replaces_the_data_and_keeps_the_data_before(
    cadangan: Path, db: Database, layanan: LayananCadangan, paths: Paths, skp_staf: str
) -> None:
    with db.write_session() as session, session.begin():
        session.add(SyncState(user_nip="198505052010012002", server_epoch="0" * 32))
    saat_ini = layanan.info_saat_ini()
    assert saat_ini.jumlah_skp == 2 and saat_ini.dibuat_pada is None
    db.dispose()

    hasil = layanan.pulihkan(cadangan)

    assert hasil.info.jumlah_skp == 1
    assert query(paths.database, "SELECT id FROM skp WHERE deleted_at IS NULL") == [(skp_staf,)]
    assert integrity_ok(paths.database)
    tables = {r[0] for r in query(paths.database, "SELECT name FROM sqlite_master")}
    assert TABEL_INFO not in tables and TABEL_BERKAS not in tables
    before = hasil.cadangan_sebelumnya
    assert before is not None and before.parent == paths.backups
    assert "sebelum-pulihkan" in before.name
    assert query(before, "SELECT count(*) FROM skp") == [(2,)]  # undo: restore this one
    assert [row.path for row in layanan.daftar_otomatis()] == [before]
    assert sorted(p.name for p in paths.root.iterdir() if p.name.startswith(".")) == []
    again = open_database(paths.database)
    try:
        assert menunggu(again) == hasil.info.belum_terkirim
    finally:
        again.dispose()


def test_a_restore_makes_the_copy_register_again_at_the_next_sync(
    db: Database, org: Org, layanan: LayananCadangan, paths: Paths, tmp_path: Path
) -> None:
    """The original laptop may go on pushing under its client_id: the restored copy must not
    reuse its client_seq numbers, so the epoch it knew is forgotten (see the service)."""
    with db.write_session() as session, session.begin():
        session.add(
            SyncState(user_nip=org.staf.nip, client_id="1" * 32, server_epoch="2" * 32, cursor=9)
        )
    target = tmp_path / "c.db"
    layanan.buat_cadangan(target)
    db.dispose()
    layanan.pulihkan(target)
    restored = open_database(paths.database)
    try:
        with restored.read_session() as session:
            state = session.get(SyncState, org.staf.nip)
            assert state is not None
            assert state.client_id == "1" * 32  # the engine renews it after the hello
            assert state.server_epoch not in (None, "2" * 32)
    finally:
        restored.dispose()


def test_an_older_backup_is_migrated_on_restore(
    db: Database, layanan: LayananCadangan, paths: Paths, tmp_path: Path
) -> None:
    old = tmp_path / "lama" / "ekinerja.db"
    old.parent.mkdir()
    engine = create_sqlite_engine(old)
    upgrade(engine, "0002")
    engine.dispose()
    with closing(sqlite3.connect(old)) as conn:
        conn.execute("INSERT INTO app_meta VALUES ('catatan', 'dari versi lama')")
        conn.commit()

    info = layanan.periksa_cadangan(old)
    assert info.revisi == "0002" and info.perlu_migrasi
    db.dispose()
    layanan.pulihkan(old)
    assert query(paths.database, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
    assert query(paths.database, "SELECT value FROM app_meta WHERE key = 'catatan'") == [
        ("dari versi lama",)
    ]
    assert integrity_ok(paths.database)


def test_files_not_uploaded_yet_travel_inside_the_backup(
    db: Database, layanan: LayananCadangan, paths: Paths, tmp_path: Path
) -> None:
    source = tmp_path / "laporan.pdf"
    source.write_bytes(b"%PDF-1.4 laporan kegiatan " * 500)
    uploaded = tmp_path / "foto.jpg"
    uploaded.write_bytes(b"\xff\xd8 foto " * 100)
    store = BlobStore(paths.blobs)
    belum, sudah = store.put(source), store.put(uploaded)
    with db.write_session() as session, session.begin():
        session.add(Blob(sha256=belum.sha256, ukuran=belum.ukuran, mime="application/pdf"))
        session.add(
            Blob(sha256=sudah.sha256, ukuran=sudah.ukuran, mime="image/jpeg", upload_state="done")
        )
    target = tmp_path / "c.db"
    assert layanan.buat_cadangan(target).lampiran == 1  # the uploaded one is on the server

    laptop_baru = Paths(tmp_path / "laptop-baru").ensure()
    open_database(laptop_baru.database).dispose()  # as the app's first start leaves it
    LayananCadangan(laptop_baru).pulihkan(target)
    assert (laptop_baru.blobs / belum.sha256).read_bytes() == source.read_bytes()
    assert not (laptop_baru.blobs / sudah.sha256).exists()  # downloaded when opened
    assert query(laptop_baru.database, "SELECT count(*) FROM blob") == [(2,)]
    [before] = laptop_baru.backups.iterdir()
    assert before.name.endswith("sebelum-pulihkan.db")


def test_a_restore_into_a_new_data_folder_needs_no_database_there(
    cadangan: Path, tmp_path: Path, skp_staf: str
) -> None:
    laptop_baru = Paths(tmp_path / "laptop-baru").ensure()
    hasil = LayananCadangan(laptop_baru).pulihkan(cadangan)
    assert hasil.cadangan_sebelumnya is None
    assert query(laptop_baru.database, "SELECT id FROM skp") == [(skp_staf,)]
    check = open_database(laptop_baru.database)
    try:
        with check.read_session() as session:
            assert session.scalar(select(func.count()).select_from(Skp)) == 1
    finally:
        check.dispose()

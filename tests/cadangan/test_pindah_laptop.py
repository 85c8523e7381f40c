"""Moving to a new laptop with a real server process (USERS.md pain 5): a laptop works offline,
backs up, and a NEW data folder restores that backup, signs in and syncs; the server ends with
every change exactly once — also when the old laptop went on syncing after the backup, under
the same client_id and with client_seq numbers the restored copy would otherwise reuse.
"""

from __future__ import annotations

import random
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from ekinerja_desktop.db import Database, open_database
from ekinerja_desktop.domain import Pendekatan
from ekinerja_desktop.models import OutboxEntry, Rhk, SentLog, SyncState
from ekinerja_desktop.paths import Paths
from ekinerja_desktop.secrets import MemoryKeyring, TokenStore
from ekinerja_desktop.services.cadangan import LayananCadangan
from ekinerja_desktop.services.skp import LayananSkp
from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from ekinerja_desktop.sync.service import SyncService
from tests.server.processes import RunningServer
from tests.sync.conftest import PASSWORD, Demo

TAHUN = 2032


@dataclass
class Laptop:
    """An installation as the app builds it: its data folder, database and sync service."""

    paths: Paths
    db: Database
    uow: UnitOfWork
    sync: SyncService

    @classmethod
    def buka(cls, folder: Path) -> Laptop:
        paths = Paths(folder).ensure()
        db = open_database(paths.database, paths.backups)
        uow = UnitOfWork(db)
        sync = SyncService(db, uow, TokenStore(MemoryKeyring()), rng=random.Random(3))
        return cls(paths, db, uow, sync)

    def masuk(self, server: RunningServer, nip: str) -> None:
        akun = self.sync.sign_in(server.url, nip, PASSWORD, start=False)
        assert akun.pegawai_id is not None
        self.uow.aktor = Aktor(akun.pegawai_id, akun.nip, akun.nama, akun.is_admin)

    def sinkron(self) -> None:
        assert self.sync.engine is not None
        self.sync.engine.run_round()

    def skp(self) -> LayananSkp:
        return LayananSkp(self.uow)

    def tutup(self) -> None:
        self.sync.close()
        self.db.dispose()

    def op_ids(self) -> set[str]:
        with self.uow.read() as session:
            return set(session.scalars(select(OutboxEntry.op_id))) | set(
                session.scalars(select(SentLog.op_id))
            )

    def menunggu(self) -> int:
        with self.uow.read() as session:
            return len(session.scalars(select(OutboxEntry.client_seq)).all())


def di_server(server_db: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(f"file:{server_db}?mode=ro", uri=True)) as conn:
        return conn.execute(sql, args).fetchall()


@pytest.mark.parametrize("lama_masih_sinkron", [False, True], ids=["hilang", "masih-sinkron"])
def test_a_backup_restored_on_a_new_laptop_reaches_the_server_exactly_once(
    lama_masih_sinkron: bool, server: RunningServer, demo: Demo, tmp_path: Path
) -> None:
    nip = demo.nip["Pegawai"]
    lama = Laptop.buka(tmp_path / "laptop-lama")
    lama.masuk(server, nip)
    lama.sinkron()  # the first (snapshot) sync
    skp_id = lama.skp().buat_skp(date(TAHUN, 1, 1), date(TAHUN, 12, 31), Pendekatan.KUANTITATIF)
    rhk_satu = lama.skp().tambah_rhk(skp_id, "Satu: tersusunnya rencana kerja")
    lama.sinkron()  # these reached the server (and the sent log) before the backup
    # Offline: an edit of a sent record, and a new one.
    lama.skp().ubah_rhk(rhk_satu, teks="Satu: tersusunnya rencana kerja unit")
    rhk_dua = lama.skp().tambah_rhk(skp_id, "Dua: terlaksananya monitoring")
    assert lama.menunggu() == 2
    cadangan = tmp_path / "flashdisk" / "ekinerja-cadangan.db"
    cadangan.parent.mkdir()
    info = LayananCadangan(lama.paths).buat_cadangan(cadangan)
    assert info.belum_terkirim == 2 and info.nip == nip
    ops_lama = lama.op_ids()
    rhk_tiga = None
    if lama_masih_sinkron:  # online once more before it is lost, with a change of its own
        rhk_tiga = lama.skp().tambah_rhk(skp_id, "Tiga: dibuat di laptop lama setelah cadangan")
        lama.sinkron()
        ops_lama = lama.op_ids()
    lama.tutup()

    # The new laptop: first start (an empty database), Pulihkan, start again, sign in, sync.
    baru_folder = tmp_path / "laptop-baru"
    Laptop.buka(baru_folder).tutup()
    LayananCadangan(Paths(baru_folder)).pulihkan(cadangan)
    baru = Laptop.buka(baru_folder)
    try:
        with baru.uow.read() as session:
            state = session.get(SyncState, nip)
            assert state is not None
            client_lama = state.client_id
        assert baru.menunggu() == 2  # the unsent changes came along
        baru.masuk(server, nip)
        rhk_empat = baru.skp().tambah_rhk(skp_id, "Empat: dibuat di laptop baru")
        baru.sinkron()
        baru.sinkron()  # a quiet second round: nothing left, nothing new

        assert baru.menunggu() == 0
        with baru.uow.read() as session:
            state = session.get(SyncState, nip)
            assert state is not None and state.client_id != client_lama  # re-registered
            outcomes = {r.op_id: r.outcome for r in session.scalars(select(SentLog))}
            lokal = {r.id: r.teks for r in session.scalars(select(Rhk).where(Rhk.skp_id == skp_id))}
        assert set(outcomes.values()) <= {"applied", "merged"}
        ops = ops_lama | baru.op_ids()
    finally:
        baru.tutup()

    server_db = tmp_path / "server.db"
    di = {
        str(id_): (teks, versi)
        for id_, teks, versi in di_server(
            server_db, "SELECT id, teks, version FROM rhk WHERE skp_id = ?", skp_id
        )
    }
    harapan = {
        rhk_satu: ("Satu: tersusunnya rencana kerja unit", 2),  # created, edited once
        rhk_dua: ("Dua: terlaksananya monitoring", 1),
        rhk_empat: ("Empat: dibuat di laptop baru", 1),
    }
    if rhk_tiga is not None:
        harapan[rhk_tiga] = ("Tiga: dibuat di laptop lama setelah cadangan", 1)
    assert {_hex(k): v for k, v in harapan.items()} == {_hex(k): v for k, v in di.items()}
    assert lokal == {k: v[0] for k, v in harapan.items()}  # the new laptop sees them all
    outcome_ops = [str(r[0]) for r in di_server(server_db, "SELECT op_id FROM op_outcome")]
    assert {_hex(o) for o in ops} <= {_hex(o) for o in outcome_ops}  # every op, once
    assert len(outcome_ops) == len(set(outcome_ops))


def _hex(uuid_text: str) -> str:
    return uuid_text.replace("-", "").lower()

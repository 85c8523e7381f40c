"""Aktivitas harian over real HTTP: the ops LayananAktivitas writes are pushed by the sync
engine to a real `ekinerja-server` process, which applies the owner's entries and the PPK's
validation, and refuses the owner's self-validation (domain.authz.policy_aktivitas)."""

from __future__ import annotations

import sqlite3
from datetime import time
from pathlib import Path

from sqlalchemy import select

from ekinerja_desktop.domain import IsianAktivitas, StatusSkp
from ekinerja_desktop.models import AktivitasHarian, Rhk, SentLog, Skp
from ekinerja_desktop.services import entities
from ekinerja_desktop.services.aktivitas import LayananAktivitas
from ekinerja_desktop.services.sync_queries import daftar_issue
from tests.server.processes import RunningServer
from tests.sync.conftest import Laptop, Laptops, demo, laptops, server  # noqa: F401


def _isian(layanan: LayananAktivitas, laptop: Laptop, jam: int, menit: int) -> IsianAktivitas:
    """A half-hour entry of today on the first RHK of the pegawai's approved SKP, at an hour
    the demo never uses (before 07.00)."""
    assert laptop.uow.aktor is not None
    hari_ini = layanan.hari_ini()
    with laptop.uow.read() as session:
        rhk_id = session.scalar(
            select(Rhk.id)
            .join(Skp, Skp.id == Rhk.skp_id)
            .where(
                Skp.pegawai_id == laptop.uow.aktor.pegawai_id,
                Skp.status == StatusSkp.PERSETUJUAN,
                Skp.periode_awal <= hari_ini,
                Skp.periode_akhir >= hari_ini,
            )
            .order_by(Rhk.urutan)
        )
    assert rhk_id is not None
    return IsianAktivitas(
        hari_ini, time(jam, menit), time(jam, menit + 29), f"Uji sinkronisasi {jam}.{menit}", rhk_id
    )


def _server_rows(database: Path, ids: list[str]) -> dict[str, tuple[object, ...]]:
    """(uraian, divalidasi_oleh_id, deleted_at) of these entries in the server's database."""
    with sqlite3.connect(database) as conn:
        rows = conn.execute(
            "SELECT id, uraian, divalidasi_oleh_id, deleted_at FROM aktivitas_harian "
            f"WHERE id IN ({','.join('?' * len(ids))})",
            ids,
        ).fetchall()
    conn.close()
    return {row[0]: row[1:] for row in rows}


def test_entries_and_their_validation_reach_the_server(
    laptops: Laptops,  # noqa: F811
    server: RunningServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    database = tmp_path / "server.db"  # the `server` fixture's copy of the demo database
    pegawai = laptops("Pegawai")
    milik = LayananAktivitas(pegawai.uow)
    ids = [milik.tambah(_isian(milik, pegawai, 5, m)) for m in (0, 30)]
    extra = milik.tambah(_isian(milik, pegawai, 6, 0))
    pegawai.sync()
    assert set(_server_rows(database, [*ids, extra])) == {*ids, extra}

    # The owner cannot validate: the service refuses, and so does the server when a forged
    # op gets through (an old or modified client).
    with pegawai.uow.write() as t:
        record = entities.get(t, AktivitasHarian, ids[0], "Aktivitas harian")
        entities.update(t, record, divalidasi_oleh_id=t.aktor.pegawai_id, divalidasi_pada=t.now)
    pegawai.sync()
    with pegawai.uow.read() as session:
        issues = daftar_issue(session)
    assert [(i.op, i.entity_id, i.kind, i.reason) for i in issues] == [
        ("aktivitas_harian.update", ids[0], "refused", "forbidden")
    ]
    assert _server_rows(database, ids)[ids[0]][1] is None

    ppk = laptops("PPK")  # the Pegawai's atasan, pejabat penilai of their SKP
    atasan = LayananAktivitas(ppk.uow)
    assert ppk.uow.aktor is not None
    menunggu = {r.id for r in atasan.daftar_validasi(ppk.uow.aktor.pegawai_id, *_bulan(milik))}
    assert {*ids, extra} <= menunggu
    assert atasan.validasi_semua(ids) == 2
    atasan.validasi(extra)
    atasan.batal_validasi(extra)
    ppk.sync()
    on_server = _server_rows(database, [*ids, extra])
    assert [on_server[i][1] for i in ids] == [ppk.uow.aktor.pegawai_id] * 2
    assert on_server[extra][1] is None

    pegawai.sync()  # the validation reaches the owner, whose entry is now locked
    assert pegawai.uow.aktor is not None
    bulan = milik.daftar_bulan(pegawai.uow.aktor.pegawai_id, *_bulan(milik))
    [row] = [r for r in bulan if r.id == ids[1]]
    assert row.divalidasi_oleh_id == ppk.uow.aktor.pegawai_id
    milik.hapus(extra)  # unlocked again by the cancelled validation
    pegawai.sync()
    assert _server_rows(database, [extra])[extra][2] is not None
    with pegawai.uow.read() as session:
        outcomes = list(session.scalars(select(SentLog.outcome)))
        issues = daftar_issue(session)
    assert set(outcomes) == {"applied"} and len(issues) == 1  # only the forged op refused


def _bulan(layanan: LayananAktivitas) -> tuple[int, int]:
    hari_ini = layanan.hari_ini()
    return hari_ini.year, hari_ini.month

"""The demo's aktivitas harian: a few weeks for a few people, valid by the domain's own rules,
some validated by the SKP's pejabat penilai, the same for the same seed."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from ekinerja_desktop.db import Database
from ekinerja_desktop.demo import _hari_aktivitas, buat_demo
from ekinerja_desktop.domain import IsianAktivitas, RentangAktivitas, StatusSkp, periksa_aktivitas
from ekinerja_desktop.models import AktivitasHarian, Skp
from tests.support import migrated_database

TAHUN = 2025  # a past year: the last three working weeks of December, whatever today is


def _rows(db: Database) -> list[tuple[AktivitasHarian, Skp]]:
    with db.read_session() as s:
        query = (
            select(AktivitasHarian, Skp)
            .join(Skp, Skp.id == AktivitasHarian.skp_id)
            .order_by(AktivitasHarian.id)
        )
        return [(a, skp) for a, skp in s.execute(query)]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, dict[str, str]]]:
    db = migrated_database(tmp_path_factory.mktemp("demo-aktivitas"))
    info = buat_demo(db, tahun=TAHUN)
    yield db, info.pengguna
    db.dispose()


def test_a_few_people_have_valid_entries_some_validated(
    demo: tuple[Database, dict[str, str]],
) -> None:
    db, pengguna = demo
    rows = _rows(db)
    pegawai = {a.pegawai_id for a, _ in rows}
    assert pengguna["Pegawai"] in pegawai and 5 <= len(pegawai) <= 10
    assert 100 < len(rows) < 600  # a few weeks, cheap at any size of the demo
    hari = set(_hari_aktivitas(TAHUN))
    assert {a.tanggal for a, _ in rows} <= hari and len(hari) == 15
    assert all(d.weekday() < 5 and d <= date(TAHUN, 12, 31) for d in hari)

    per_hari: dict[tuple[str, date], list[AktivitasHarian]] = defaultdict(list)
    for a, _ in rows:
        per_hari[(a.pegawai_id, a.tanggal)].append(a)
    for a, skp in rows:
        assert skp.status is StatusSkp.PERSETUJUAN and skp.pegawai_id == a.pegawai_id
        isian = IsianAktivitas(a.tanggal, a.jam_mulai, a.jam_selesai, a.uraian, a.rhk_id)
        lain = [
            RentangAktivitas(b.id, b.tanggal, b.jam_mulai, b.jam_selesai)
            for b in per_hari[(a.pegawai_id, a.tanggal)]
        ]
        masa = (skp.periode_awal, skp.periode_akhir)
        assert periksa_aktivitas(isian, date(TAHUN, 12, 31), masa, lain, a.id) == []
        if a.divalidasi_oleh_id is not None:
            assert a.divalidasi_oleh_id == skp.pejabat_penilai_id
            assert a.divalidasi_pada is not None and a.divalidasi_pada.date() > a.tanggal
    divalidasi = sum(1 for a, _ in rows if a.divalidasi_oleh_id)
    assert 0.3 < divalidasi / len(rows) < 0.9  # the last week still waits for the atasan


def test_the_same_seed_gives_the_same_entries(
    demo: tuple[Database, dict[str, str]], tmp_path: Path
) -> None:
    other = migrated_database(tmp_path)
    buat_demo(other, tahun=TAHUN)

    def key(db: Database) -> list[tuple[object, ...]]:
        return [
            (a.id, a.pegawai_id, a.tanggal, a.jam_mulai, a.uraian, a.divalidasi_oleh_id)
            for a, _ in _rows(db)
        ]

    assert key(demo[0]) == key(other)
    other.dispose()


def test_no_entries_for_a_year_still_ahead() -> None:
    assert _hari_aktivitas(date.today().year + 1) == []

"""Keberatan: its full course, the 14-day limit, and who may do each step (domain.md §7)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from ekinerja_desktop.db import Database
from ekinerja_desktop.domain import Predikat, StatusKeberatan
from ekinerja_desktop.errors import ForbiddenError, UserError
from ekinerja_desktop.models import Keberatan, OutboxEntry, PenilaianPeriode
from ekinerja_desktop.services.keberatan import LayananKeberatan
from ekinerja_desktop.services.queries_keberatan import (
    Nilai,
    PeranKeberatan,
    daftar_keberatan,
    predikat_saya,
)
from ekinerja_desktop.services.queries_rekap import Cakupan, JenisCakupan, muat_rekap
from ekinerja_desktop.services.uow import Aktor
from tests.rekap.conftest import Jam
from tests.rekap.data import ATAS, BAWAH, DINILAI_PADA, SESUAI, Unit, buat_unit

Oleh = Callable[[Aktor], LayananKeberatan]


@pytest.fixture
def unit(db: Database) -> Unit:
    return buat_unit(db, [(SESUAI, SESUAI), (SESUAI, SESUAI), (BAWAH, SESUAI)])


def _keberatan(db: Database, id_: str) -> Keberatan:
    with db.read_session() as s:
        k = s.get(Keberatan, id_)
        assert k is not None
        return k


def _penilaian(db: Database, id_: str | None) -> PenilaianPeriode:
    with db.read_session() as s:
        p = s.get(PenilaianPeriode, id_)
        assert p is not None
        return p


def _ops(db: Database) -> list[str]:
    with db.read_session() as s:
        return list(s.scalars(select(OutboxEntry.op).order_by(OutboxEntry.client_seq)))


def test_full_course_granted(db: Database, unit: Unit, keberatan_oleh: Oleh, jam: Jam) -> None:
    staf, penilaian_id = unit.staf[0], unit.penilaian_ids[0]
    assert penilaian_id is not None
    jam.sekarang = DINILAI_PADA + timedelta(days=7, hours=1)  # within 14 days
    diajukan = jam.sekarang
    id_ = keberatan_oleh(staf).ajukan(penilaian_id, "Target terlampaui 120 %.", ATAS, ATAS)
    k = _keberatan(db, id_)
    assert k.status is StatusKeberatan.DIAJUKAN and k.diajukan_pada == diajukan
    assert (k.pejabat_penilai_id, k.atasan_pejabat_penilai_id) == (
        unit.kabag.pegawai_id,
        unit.kepala.pegawai_id,
    )

    jam.sekarang += timedelta(hours=2)
    keberatan_oleh(unit.kabag).jelaskan(id_, "Setuju dirubah: bukti dukung lengkap.")
    assert _keberatan(db, id_).status is StatusKeberatan.DIJELASKAN
    assert _keberatan(db, id_).dijelaskan_pada == jam.sekarang

    jam.sekarang += timedelta(hours=1)
    dibuka = jam.sekarang
    atasan = keberatan_oleh(unit.kepala)
    assert atasan.buka(id_) is True
    jam.sekarang += timedelta(minutes=5)
    assert atasan.buka(id_) is False  # only the first opening is recorded
    assert _keberatan(db, id_).dibuka_atasan_pada == dibuka

    jam.sekarang += timedelta(minutes=1)
    atasan.putuskan(id_, StatusKeberatan.DISETUJUI, "Baiklah.", ATAS, SESUAI)
    k = _keberatan(db, id_)
    assert k.status is StatusKeberatan.DISETUJUI and k.diputuskan_pada == jam.sekarang
    assert k.rekomendasi == "Baiklah."
    # before / requested / after all kept
    assert (k.rating_hasil_kerja_awal, k.rating_perilaku_kerja_awal, k.predikat_awal) == (
        SESUAI,
        SESUAI,
        Predikat.BAIK,
    )
    assert (k.rating_hasil_kerja_diminta, k.predikat_diminta) == (ATAS, Predikat.SANGAT_BAIK)
    assert (k.rating_hasil_kerja_akhir, k.rating_perilaku_kerja_akhir, k.predikat_akhir) == (
        ATAS,
        SESUAI,
        Predikat.BAIK,
    )
    p = _penilaian(db, penilaian_id)
    assert (p.rating_hasil_kerja, p.rating_perilaku_kerja, p.predikat) == (
        ATAS,
        SESUAI,
        Predikat.BAIK,
    )
    assert _ops(db) == ["keberatan.file", "keberatan.explain", "keberatan.open", "keberatan.decide"]

    with db.read_session() as s:
        [row] = daftar_keberatan(s, staf.pegawai_id, False)
        assert row.peran is PeranKeberatan.PEGAWAI
        assert row.sebelum == Nilai(SESUAI, SESUAI, Predikat.BAIK)
        assert row.diminta == Nilai(ATAS, ATAS, Predikat.SANGAT_BAIK)
        assert row.sesudah == Nilai(ATAS, SESUAI, Predikat.BAIK)
        assert [r.peran for r in daftar_keberatan(s, unit.kepala.pegawai_id, False)] == [
            PeranKeberatan.ATASAN_PEJABAT_PENILAI
        ]
        assert [r.id for r in daftar_keberatan(s, unit.admin.pegawai_id, True)] == [id_]
        assert daftar_keberatan(s, unit.staf[1].pegawai_id, False) == []
        assert predikat_saya(s, staf.pegawai_id)[0].sudah_diajukan


def test_granted_ratings_reach_the_rekap(db: Database, unit: Unit, keberatan_oleh: Oleh) -> None:
    penilaian_id = unit.penilaian_ids[2]  # di bawah / sesuai: Butuh Perbaikan
    assert penilaian_id is not None
    id_ = keberatan_oleh(unit.staf[2]).ajukan(penilaian_id, "Mohon ditinjau.", SESUAI, SESUAI)
    keberatan_oleh(unit.kabag).jelaskan(id_, "Bukti dukung triwulan baru masuk.")
    keberatan_oleh(unit.kepala).putuskan(id_, StatusKeberatan.DISETUJUI, "Disetujui.")
    with db.read_session() as s:
        rekap = muat_rekap(s, Cakupan(JenisCakupan.BAWAHAN, unit.kabag.pegawai_id, ""), unit.tw1)
    row = next(r for r in rekap.rows if r.id == unit.staf[2].pegawai_id)
    assert (row.rating_hasil_kerja, row.predikat) == (SESUAI, Predikat.BAIK)


def test_refused_keeps_the_ratings(db: Database, unit: Unit, keberatan_oleh: Oleh) -> None:
    penilaian_id = unit.penilaian_ids[1]
    assert penilaian_id is not None
    id_ = keberatan_oleh(unit.staf[1]).ajukan(penilaian_id, "Saya bekerja lebih.", ATAS, ATAS)
    keberatan_oleh(unit.kabag).jelaskan(id_, "Hasil kerja sesuai ekspektasi.")
    keberatan_oleh(unit.kepala).putuskan(id_, StatusKeberatan.DITOLAK, "Tetap Baik.", ATAS, ATAS)
    k = _keberatan(db, id_)
    assert k.status is StatusKeberatan.DITOLAK
    assert (k.rating_hasil_kerja_akhir, k.predikat_akhir) == (SESUAI, Predikat.BAIK)
    assert k.dibuka_atasan_pada is not None  # deciding opens it
    p = _penilaian(db, penilaian_id)
    assert (p.rating_hasil_kerja, p.predikat) == (SESUAI, Predikat.BAIK)
    with pytest.raises(UserError, match="sudah final"):
        keberatan_oleh(unit.kepala).putuskan(id_, StatusKeberatan.DISETUJUI, "Berubah pikiran.")
    with pytest.raises(UserError, match="sudah final"):
        keberatan_oleh(unit.kabag).jelaskan(id_, "Tambahan.")


def test_a_late_keberatan_is_terlambat_and_cannot_be_granted(
    db: Database, unit: Unit, keberatan_oleh: Oleh, jam: Jam
) -> None:
    penilaian_id = unit.penilaian_ids[0]
    assert penilaian_id is not None
    jam.sekarang = datetime(2026, 4, 17, 23, 0)  # day 14 after 3 April: still on time
    with db.read_session() as s:
        assert not predikat_saya(s, unit.staf[0].pegawai_id)[0].terlambat(jam.sekarang.date())
    jam.sekarang = datetime(2026, 4, 18, 8, 0)  # day 15
    id_ = keberatan_oleh(unit.staf[0]).ajukan(penilaian_id, "Baru sempat.", ATAS, ATAS)
    assert _keberatan(db, id_).status is StatusKeberatan.TERLAMBAT
    keberatan_oleh(unit.kabag).jelaskan(id_, "Diajukan setelah batas.")
    assert _keberatan(db, id_).status is StatusKeberatan.TERLAMBAT
    atasan = keberatan_oleh(unit.kepala)
    with pytest.raises(UserError, match="tidak dapat disetujui"):
        atasan.putuskan(id_, StatusKeberatan.DISETUJUI, "Setuju.")
    assert _penilaian(db, penilaian_id).predikat is Predikat.BAIK
    atasan.putuskan(id_, StatusKeberatan.DITOLAK, "Lewat batas 14 hari.")
    assert _keberatan(db, id_).status is StatusKeberatan.DITOLAK


def test_only_the_right_person_does_each_step(
    db: Database, unit: Unit, keberatan_oleh: Oleh
) -> None:
    penilaian_id = unit.penilaian_ids[0]
    assert penilaian_id is not None
    for orang in (unit.staf[1], unit.kabag, unit.admin):
        with pytest.raises(ForbiddenError, match="Hanya pegawai yang dinilai"):
            keberatan_oleh(orang).ajukan(penilaian_id, "Alasan.", ATAS, ATAS)
    id_ = keberatan_oleh(unit.staf[0]).ajukan(penilaian_id, "Alasan.", ATAS, ATAS)
    for orang in (unit.staf[0], unit.kepala, unit.admin):
        with pytest.raises(ForbiddenError, match="Hanya pejabat penilai kinerja"):
            keberatan_oleh(orang).jelaskan(id_, "Penjelasan.")
    for orang in (unit.staf[0], unit.kabag, unit.sekjen):
        with pytest.raises(ForbiddenError, match="Hanya atasan pejabat penilai"):
            keberatan_oleh(orang).putuskan(id_, StatusKeberatan.DITOLAK, "Tidak.")
        with pytest.raises(ForbiddenError, match="Hanya atasan pejabat penilai"):
            keberatan_oleh(orang).buka(id_)
    with pytest.raises(UserError, match="sebelum pejabat penilai memberi penjelasan"):
        keberatan_oleh(unit.kepala).putuskan(id_, StatusKeberatan.DISETUJUI, "Setuju.")
    assert _ops(db) == ["keberatan.file"]
    assert _keberatan(db, id_).dibuka_atasan_pada is None  # the refused decision wrote nothing


def test_bad_filings_write_nothing(db: Database, unit: Unit, keberatan_oleh: Oleh) -> None:
    penilaian_id = unit.penilaian_ids[0]
    assert penilaian_id is not None
    pegawai = keberatan_oleh(unit.staf[0])
    with pytest.raises(UserError, match="Alasan keberatan wajib diisi"):
        pegawai.ajukan(penilaian_id, "   ", ATAS, ATAS)
    with pytest.raises(UserError, match="sama dengan rating saat ini"):
        pegawai.ajukan(penilaian_id, "Alasan.", SESUAI, SESUAI)
    with db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Keberatan)) == 0
    pegawai.ajukan(penilaian_id, "Alasan.", ATAS, ATAS)
    with pytest.raises(UserError, match="satu kali"):
        pegawai.ajukan(penilaian_id, "Lagi.", ATAS, SESUAI)
    assert _ops(db) == ["keberatan.file"]


def test_unrated_period_cannot_be_objected(db: Database, keberatan_oleh: Oleh) -> None:
    unit = buat_unit(db, [(SESUAI, SESUAI)])
    with db.write_session() as s, s.begin():
        p = s.get(PenilaianPeriode, unit.penilaian_ids[0])
        assert p is not None
        p.rating_perilaku_kerja = None
        p.predikat = None
    with pytest.raises(UserError, match="belum ditetapkan"):
        keberatan_oleh(unit.staf[0]).ajukan(str(unit.penilaian_ids[0]), "A.", ATAS, ATAS)

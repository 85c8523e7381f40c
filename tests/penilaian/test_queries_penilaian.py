"""Read models of the penilaian screens."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ekinerja_desktop.domain import (
    JenisPeriode,
    NilaiBerakhlak,
    Predikat,
    Rating,
    SifatFeedback,
    SumberFeedback,
)
from ekinerja_desktop.services import queries_bawahan as qb
from ekinerja_desktop.services import queries_penilaian as q
from ekinerja_desktop.services.penilaian import LayananPenilaian
from ekinerja_desktop.services.uow import UnitOfWork
from tests.penilaian.dunia import TAHUN, Dunia

POS = SifatFeedback.POSITIF
HARI = date(TAHUN, 3, 20)


@pytest.fixture
def pp_id(layanan: LayananPenilaian, dunia: Dunia) -> str:
    return layanan.tambah_periode_penilaian(
        dunia.skp[dunia.staf.pegawai_id].id, dunia.periode["TW1"]
    )


def test_periods_of_an_skp_with_deadline_and_state(
    layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia, pp_id: str
) -> None:
    skp_id = dunia.skp[dunia.staf.pegawai_id].id
    layanan.tambah_periode_penilaian(skp_id, dunia.periode["FINAL"])
    with uow.read() as s:
        rows = q.periode_penilaian_skp(s, skp_id, date(TAHUN, 4, 6))
    assert [(r.nama, r.jenis, r.batas_pengisian, r.terbuka) for r in rows] == [
        ("Periode 1 (TW1)", JenisPeriode.PERIODIK, date(TAHUN, 4, 5), False),
        ("Periode 5 (FINAL)", JenisPeriode.FINAL, date(TAHUN + 1, 1, 14), True),
    ]
    assert rows[0].id == pp_id


def test_available_periods_are_cut_to_the_skp_span(
    layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia, pp_id: str, db: object
) -> None:
    from ekinerja_desktop.db import Database
    from ekinerja_desktop.models import Skp

    assert isinstance(db, Database)
    skp_id = dunia.skp[dunia.staf.pegawai_id].id
    with db.write_session() as s, s.begin():
        skp = s.get(Skp, skp_id)
        assert skp is not None
        skp.periode_akhir = date(TAHUN, 8, 15)
    with uow.read() as s:
        rows = q.periode_tersedia(s, skp_id, HARI)
    assert [(r.nama, r.awal, r.akhir) for r in rows] == [
        ("Periode 2 (TW2)", date(TAHUN, 4, 1), date(TAHUN, 6, 30)),
        ("Periode 3 (TW3)", date(TAHUN, 7, 1), date(TAHUN, 8, 15)),
        ("Periode 5 (FINAL)", date(TAHUN, 1, 1), date(TAHUN, 8, 15)),
    ]


def test_detail_for_the_owner(
    layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia, pp_id: str
) -> None:
    uji = dunia.skp[dunia.staf.pegawai_id]
    layanan.tambah_rencana_aksi(pp_id, uji.rhk_ids[0], "Menyusun laporan", "1", "draf")
    layanan.set_realisasi(pp_id, uji.iki_ids[0], "4 laporan", "e-Kinerja")
    layanan.tambah_bukti_dukung_link(pp_id, uji.iki_ids[0], "Laporan", "https://drive.go.id/a")
    uow.aktor = dunia.kepala
    layanan.tambah_feedback(pp_id, POS, "Rapi", iki_id=uji.iki_ids[0])
    uow.aktor = dunia.rekan
    layanan.tambah_feedback(pp_id, POS, "Ramah", nilai=NilaiBerakhlak.HARMONIS)
    with uow.read() as s:
        d = q.detail_penilaian(s, pp_id, dunia.staf.pegawai_id, HARI)
    assert d is not None
    assert d.relasi.pemilik and d.boleh_isi and not d.boleh_feedback and not d.boleh_rating
    assert [r.teks for r in d.rhk_tanpa_rencana_aksi] == ["Terverifikasinya dokumen keuangan"]
    first = d.iki[0]
    assert (first.nomor, first.target, first.kategori) == ("1.1", "4 laporan", "Kuantitas")
    assert (first.realisasi, first.sumber_data) == ("4 laporan", "e-Kinerja")
    assert [b.url for b in first.bukti_dukung] == ["https://drive.go.id/a"]
    assert [(f.sumber, f.dari_nama) for f in first.feedback] == [
        (SumberFeedback.ATASAN, "Kepala Bagian Uji")
    ]
    harmonis = next(p for p in d.perilaku if p.nilai is NilaiBerakhlak.HARMONIS)
    # the owner reads peer feedback without the peer's name
    assert [(f.sumber, f.dari_nama, f.dari_id) for f in harmonis.feedback] == [
        (SumberFeedback.REKAN_KERJA, "", None)
    ]
    assert d.iki[1].target == "90–100 %"
    assert len(d.perilaku) == 7


def test_the_ppk_sees_every_feedback_with_names_and_the_rating(
    layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia, pp_id: str
) -> None:
    uji = dunia.skp[dunia.staf.pegawai_id]
    uow.aktor = dunia.rekan
    layanan.tambah_feedback(pp_id, POS, "Ramah", nilai=NilaiBerakhlak.HARMONIS)
    uow.aktor = dunia.ketua
    layanan.tambah_feedback(pp_id, POS, "Data lengkap", iki_id=uji.iki_ids[0])
    uow.aktor = dunia.kepala
    with uow.read() as s:
        before = q.detail_penilaian(s, pp_id, dunia.kepala.pegawai_id, HARI)
    assert before is not None and before.rating_menunggu_feedback
    layanan.tambah_feedback(pp_id, POS, "Rapi", iki_id=uji.iki_ids[0])
    layanan.set_rating(pp_id, Rating.DIATAS_EKSPEKTASI, Rating.DIATAS_EKSPEKTASI)
    with uow.read() as s:
        d = q.detail_penilaian(s, pp_id, dunia.kepala.pegawai_id, HARI)
    assert d is not None and d.boleh_rating and d.sumber_aktor is SumberFeedback.ATASAN
    assert not d.rating_menunggu_feedback
    assert [(f.sumber, f.dari_nama) for f in d.iki[0].feedback] == [
        (SumberFeedback.KETUA_TIM, "Ketua Tim Uji"),
        (SumberFeedback.ATASAN, "Kepala Bagian Uji"),
    ]
    harmonis = next(p for p in d.perilaku if p.nilai is NilaiBerakhlak.HARMONIS)
    assert [f.dari_nama for f in harmonis.feedback] == ["Rekan Uji"]
    assert d.rating.predikat is Predikat.SANGAT_BAIK
    assert d.rating.dinilai_oleh_nama == "Kepala Bagian Uji"
    assert d.periode.predikat is Predikat.SANGAT_BAIK


def test_a_ketua_or_rekan_sees_no_other_peer_feedback(
    layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia, pp_id: str
) -> None:
    uow.aktor = dunia.rekan
    layanan.tambah_feedback(pp_id, POS, "Ramah", nilai=NilaiBerakhlak.HARMONIS)
    uow.aktor = dunia.lain_unit
    layanan.tambah_feedback(pp_id, POS, "Cekatan", nilai=NilaiBerakhlak.HARMONIS)
    with uow.read() as s:
        ketua = q.detail_penilaian(s, pp_id, dunia.ketua.pegawai_id, HARI)
        rekan = q.detail_penilaian(s, pp_id, dunia.rekan.pegawai_id, HARI)
    assert ketua is not None and rekan is not None
    harmonis = NilaiBerakhlak.HARMONIS
    assert [f.teks for p in ketua.perilaku if p.nilai is harmonis for f in p.feedback] == []
    assert [f.teks for p in rekan.perilaku if p.nilai is harmonis for f in p.feedback] == ["Ramah"]
    uow.aktor = dunia.kepala
    layanan.tambah_feedback(pp_id, POS, "Tepat waktu", nilai=NilaiBerakhlak.HARMONIS)
    with uow.read() as s:
        ketua = q.detail_penilaian(s, pp_id, dunia.ketua.pegawai_id, HARI)
        rekan = q.detail_penilaian(s, pp_id, dunia.rekan.pegawai_id, HARI)
    assert ketua is not None and rekan is not None
    # the ketua sees the atasan's feedback; a colleague only their own
    assert [f.teks for p in ketua.perilaku if p.nilai is harmonis for f in p.feedback] == [
        "Tepat waktu"
    ]
    assert [f.teks for p in rekan.perilaku if p.nilai is harmonis for f in p.feedback] == ["Ramah"]
    assert rekan.iki == () and ketua.iki != ()  # a rekan comments on perilaku only
    assert rekan.sumber_aktor is SumberFeedback.REKAN_KERJA


def test_bawahan_list_marks_the_unrated_first(
    layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia, pp_id: str
) -> None:
    uow.aktor = dunia.kepala
    layanan.tambah_feedback(pp_id, POS, "Rapi", iki_id=dunia.skp[dunia.staf.pegawai_id].iki_ids[0])
    layanan.set_rating(pp_id, Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI)
    with uow.read() as s:
        rows = qb.daftar_bawahan(s, dunia.kepala.pegawai_id, dunia.periode["TW1"])
        ketua_rows = qb.daftar_bawahan(s, dunia.ketua.pegawai_id, dunia.periode["TW1"])
        pilihan = qb.periode_pilihan(
            s, dunia.kepala.pegawai_id, qb.skp_bawahan_ids(s, dunia.kepala.pegawai_id)
        )
    assert len(rows) == 7  # five bawahan, the team member of the other unit, the luar pegawai
    assert [r.sudah_dinilai for r in rows] == [False] * 6 + [True]
    assert rows[-1].nama == "Staf Uji" and rows[-1].predikat is Predikat.BAIK
    assert all(r.sumber is SumberFeedback.ATASAN for r in rows)
    assert [r.periode_penilaian_id is not None for r in rows].count(True) == 1
    # the ketua sees the team members (feedback only), not the kepala's other subordinates
    assert sorted((r.nama, r.sumber) for r in ketua_rows) == [
        ("Anggota Tim Lain", SumberFeedback.KETUA_TIM),
        ("Staf Uji", SumberFeedback.KETUA_TIM),
    ]
    tw1 = next(p for p in pilihan if p.id == dunia.periode["TW1"])
    assert tw1.jumlah == 1
    assert qb.periode_awal_pilihan(pilihan, date(TAHUN, 11, 23)) == dunia.periode["TW1"]


def test_rekan_list_same_unit_or_same_team(
    layanan: LayananPenilaian, uow: UnitOfWork, dunia: Dunia, pp_id: str
) -> None:
    uow.aktor = dunia.lain_unit
    layanan.tambah_feedback(pp_id, POS, "Cekatan", nilai=NilaiBerakhlak.ADAPTIF)
    with uow.read() as s:
        staf = qb.daftar_rekan(s, dunia.staf.pegawai_id, dunia.periode["TW1"])
        lain = qb.daftar_rekan(s, dunia.lain_unit.pegawai_id, dunia.periode["TW1"])
        kepala = qb.daftar_rekan(s, dunia.kepala.pegawai_id, dunia.periode["TW1"])
    assert [(r.nama, r.satu_unit, r.satu_tim) for r in staf] == [
        ("Analis Uji", True, False),
        ("Anggota Tim Lain", False, True),
        ("Ketua Tim Uji", True, True),
        ("Pranata Uji", True, False),
        ("Rekan Uji", True, False),
    ]
    assert [(r.nama, r.jumlah_feedback_saya) for r in lain] == [
        ("Ketua Tim Uji", 0),
        ("Pegawai Luar", 0),
        ("Staf Uji", 1),
    ]
    assert kepala == []  # a pimpinan gives no peer feedback


def test_own_skp_list(uow: UnitOfWork, dunia: Dunia, tmp_path: Path) -> None:
    with uow.read() as s:
        rows = q.skp_penilaian(s, dunia.staf.pegawai_id)
    assert [(r.pegawai_nama, r.tahun, r.unor_nama) for r in rows] == [
        ("Staf Uji", TAHUN, "Bagian Uji")
    ]


@pytest.mark.parametrize(
    ("lo", "hi", "satuan", "teks"),
    [("90", "100", "%", "90–100 %"), ("4", "4", "laporan", "4 laporan"), (None, None, None, "")],
)
def test_format_target(lo: str | None, hi: str | None, satuan: str | None, teks: str) -> None:
    assert q.format_target(lo, hi, satuan) == teks

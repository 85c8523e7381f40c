"""Lampiran SKP and Manual Indikator Kinerja, read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from ekinerja_desktop.domain import JenisSkp
from ekinerja_desktop.errors import UserError
from ekinerja_desktop.models import Skp
from ekinerja_desktop.services.dokumen import lampiran_skp, manual_iki
from tests.dokumen import pdf_util
from tests.dokumen.conftest import OPSI, Dunia, DuniaUji
from tests.dokumen.data import KEPALA, STAF, rhk_panjang
from tests.dokumen.periksa import periksa_umum, tulis


def test_lampiran_demo_lists_the_three_sections_in_order(demo: Dunia, tmp_path: Path) -> None:
    with demo.db.read_session() as s:
        skp_id = s.scalars(select(Skp.id).where(Skp.jenis == JenisSkp.JA_JF)).first()
        assert skp_id is not None
        dok = lampiran_skp(s, skp_id)
    isi = " ".join(periksa_umum(tulis(dok, OPSI, tmp_path, "lampiran"), tmp_path))
    pdf_util.assert_urut(
        isi,
        [
            "LAMPIRAN SASARAN KINERJA PEGAWAI",
            "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER TAHUN 2026",
            dok.kepala.pegawai.nama,
            "DUKUNGAN SUMBER DAYA",
            "1. Laptop dan akses aplikasi",
            "2. Anggaran kegiatan",
            "SKEMA PERTANGGUNGJAWABAN",
            "1. Laporan bulanan kepada atasan langsung",
            "KONSEKUENSI",
            "1. Pemberian penghargaan sesuai capaian",
            "Denpasar, 3 April 2026",
            "Pegawai yang Dinilai",
            "Pejabat Penilai Kinerja",
            dok.kepala.pejabat_penilai.nama,
        ],
    )


def test_lampiran_with_an_empty_section(uji: DuniaUji, tmp_path: Path) -> None:
    with uji.db.read_session() as s:
        dok = lampiran_skp(s, uji.data.skp_enam_puluh)
    isi = " ".join(periksa_umum(tulis(dok, OPSI, tmp_path, "lampiran_uji"), tmp_path))
    pdf_util.assert_urut(
        isi,
        [
            STAF,
            "DUKUNGAN SUMBER DAYA",
            "Akses SIASN & e-Kinerja",
            "SKEMA PERTANGGUNGJAWABAN",
            "Belum diisi.",
            "KONSEKUENSI",
            "Tunjangan dipotong bila tidak tercapai",
            STAF,
            KEPALA,
        ],
    )


def test_manual_iki_one_sheet_per_iki_with_the_choices_ticked(
    uji: DuniaUji, tmp_path: Path
) -> None:
    with uji.db.read_session() as s:
        dok = manual_iki(s, uji.data.skp_jpt_kualitatif)
    assert len(dok.item) == 2
    isi = " ".join(periksa_umum(tulis(dok, OPSI, tmp_path, "manual"), tmp_path))
    pdf_util.assert_urut(
        isi,
        [
            "MANUAL INDIKATOR KINERJA",
            "SKP PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI",
            "PEMERINTAH KABUPATEN UJI COBA",
            "RENCANA HASIL KERJA",
            rhk_panjang(),
            "UKURAN KEBERHASILAN/ INDIKATOR KINERJA",
            "Meningkatnya indeks kepuasan layanan kepegawaian",
            "TUJUAN",
            "Mengukur kepuasan ASN",
            "Definisi",
            "Survei kepada pegawai",
            "Rata-rata skor × 25",
            "indeks",
            "☐ Outcome ☑ Outcome antara ☐ Output kendali rendah",
            "Laporan survei O'Neil & tim",
            "☐ Bulanan ☑ Triwulanan ☐ Semesteran ☐ Tahunan",
            # the second sheet: a manual with only some fields filled
            "MANUAL INDIKATOR KINERJA",
            "Anggaran dinas dikelola efisien",
            "Efisiensi anggaran",
            "☐ Outcome ☐ Outcome antara ☐ Output kendali rendah",
            "SIPD",
        ],
    )


def test_manual_iki_is_only_for_jpt(uji: DuniaUji) -> None:
    with uji.db.read_session() as s, pytest.raises(UserError, match="hanya untuk SKP JPT"):
        manual_iki(s, uji.data.skp_ja_kualitatif)


def test_manual_iki_demo_prints_every_iki_even_without_a_manual(
    demo: Dunia, tmp_path: Path
) -> None:
    with demo.db.read_session() as s:
        skp_id = s.scalars(
            select(Skp.id).where(Skp.jenis == JenisSkp.JPT).order_by(Skp.created_at)
        ).all()[1]
        dok = manual_iki(s, skp_id)
    assert len(dok.item) == 6
    isi = " ".join(periksa_umum(tulis(dok, OPSI, tmp_path, "manual_demo"), tmp_path))
    urutan: list[str] = []
    for item in dok.item:
        urutan += ["MANUAL INDIKATOR KINERJA", item.rhk, item.indikator, "TUJUAN", "SUMBER DATA"]
        urutan += ["☐ Bulanan ☐ Triwulanan ☐ Semesteran ☐ Tahunan"]
    pdf_util.assert_urut(isi, urutan)

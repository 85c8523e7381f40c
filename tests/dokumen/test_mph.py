"""Matriks Peran Hasil of a unit and of a tim kerja, landscape, read back."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from ekinerja_desktop.models import TimKerja, Unor
from ekinerja_desktop.reports.pdf.common import OpsiCetak
from ekinerja_desktop.services.dokumen import Orang
from ekinerja_desktop.services.dokumen_mph import MphBaris, MphDok, MphKolom, mph_tim, mph_unit
from tests.dokumen import pdf_util
from tests.dokumen.conftest import OPSI, TAHUN, Dunia, DuniaUji
from tests.dokumen.data import KEPALA, PLT, STAF, rhk_panjang
from tests.dokumen.periksa import periksa_umum, tulis


def _landscape(pdf: Path) -> None:
    for lebar, tinggi in pdf_util.ukuran_halaman(pdf):
        assert lebar > tinggi


def test_mph_unit_demo(demo: Dunia, tmp_path: Path) -> None:
    with demo.db.read_session() as s:
        biro = s.scalars(select(Unor.id).where(Unor.nama == "Biro Perencanaan dan Keuangan")).one()
        dok = mph_unit(s, biro, TAHUN)
    pdf = tulis(dok, OPSI, tmp_path, "mph")
    _landscape(pdf)
    isi = " ".join(periksa_umum(pdf, tmp_path))
    assert len(dok.kolom) == 6 and len(dok.baris) >= 6
    urutan = [
        "MATRIKS PERAN HASIL",
        "UNIT KERJA: BIRO PERENCANAAN DAN KEUANGAN · TAHUN 2026",
        "PEGAWAI",
        "JABATAN",
        "OUTCOME ANTARA/ OUTPUT/ LAYANAN",
        dok.pimpinan.nama,
        *(k.iki for k in dok.kolom),
    ]
    for b in dok.baris:
        urutan.append(b.nama)
        for n, peran in enumerate(b.peran):
            if peran and (n == 0 or peran != b.peran[n - 1]):  # equal neighbours are merged
                urutan.append(peran[0])
    pdf_util.assert_urut(isi, urutan)
    assert "tidak ada peran" in isi


def test_mph_tim_demo(demo: Dunia, tmp_path: Path) -> None:
    with demo.db.read_session() as s:
        tim = s.scalars(select(TimKerja).order_by(TimKerja.nama)).first()
        assert tim is not None
        dok = mph_tim(s, tim.id)
    isi = " ".join(periksa_umum(tulis(dok, OPSI, tmp_path, "mph_tim"), tmp_path))
    assert dok.baris, "the team's members are listed"
    pdf_util.assert_urut(
        isi, [f"TIM KERJA: {tim.nama.upper()}", dok.pimpinan.nama, dok.baris[0].nama]
    )


def test_mph_unit_adversarial(uji: DuniaUji, tmp_path: Path) -> None:
    with uji.db.read_session() as s:
        dok = mph_unit(s, uji.data.unor_id, TAHUN)
    pdf = tulis(dok, OPSI, tmp_path, "mph_uji")
    _landscape(pdf)
    isi = " ".join(periksa_umum(pdf, tmp_path))
    staf = next(b for b in dok.baris if b.nama == STAF)
    assert len(staf.peran[0]) == 50  # every intervening RHK of the 60-RHK SKP
    pdf_util.assert_urut(
        isi,
        [
            # A kualitatif leader: each RHK is a column of its own (as on the MPH screen).
            "Anggaran dinas dikelola efisien",
            "Tambahan: menjadi narasumber nasional",
            KEPALA,
            PLT,
            "tidak ada peran",
            STAF,
            # A row taller than a page continues on the next one, possibly mid-item.
            *(f"{n}. RHK nomor {n:02d}" for n in range(1, 51)),
        ],
    )
    assert "Data mutasi pegawai mutakhir setiap bulan" in isi
    assert rhk_panjang()[:200] in isi


def test_mph_with_many_iki_continues_in_a_second_table(tmp_path: Path) -> None:
    kolom = tuple(
        MphKolom(f"r{n // 2}", f"RHK pimpinan {n // 2}", f"IKI nomor {n}") for n in range(8)
    )
    peran = tuple((f"Peran {n}",) if n % 3 else () for n in range(8))
    dok = MphDok(
        "Instansi Uji",
        "Tim Kerja",
        "Tim Besar",
        TAHUN,
        Orang(nama="Ketua Tim Besar", jabatan="Ketua"),
        kolom,
        (MphBaris("Anggota Satu", "Analis", peran),),
    )
    isi = " ".join(
        periksa_umum(
            tulis(dok, OpsiCetak.bawaan(OPSI.pegawai.tanggal, ""), tmp_path, "mph_8"), tmp_path
        )
    )
    pdf_util.assert_urut(
        isi,
        [
            *(f"IKI nomor {n}" for n in range(6)),
            "Anggota Satu",
            "Lanjutan: IKI 7–8 dari 8",
            "IKI nomor 6",
            "IKI nomor 7",
            "Anggota Satu",
            "Peran 7",
        ],
    )

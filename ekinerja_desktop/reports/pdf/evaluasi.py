"""Dokumen Evaluasi Kinerja Pegawai (S003 2.5 "Cetak SKP Pegawai"): pegawai, PPK and atasan PPK,
capaian kinerja organisasi, predikat, the unit's pola distribusi, catatan/rekomendasi and the
two signatures."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from ekinerja_desktop.domain import PREDIKAT_URUTAN
from ekinerja_desktop.reports.pdf.common import (
    ABU,
    ABU_MUDA,
    LEBAR_POTRET,
    BagianPdf,
    Gaya,
    OpsiCetak,
    Penanda,
    baris_identitas,
    esc,
    gaya_tabel,
    isi_tanda_tangan,
    judul,
    lebar_kolom,
    m,
    p,
    tabel,
    teks_periode_penilaian,
    tulis_pdf,
)
from ekinerja_desktop.reports.pdf.form_penilaian import teks_predikat, teks_rating
from ekinerja_desktop.reports.pdf.kurva import grafik_distribusi, persen
from ekinerja_desktop.reports.pdf.rencana_skp import kaki
from ekinerja_desktop.services.dokumen_penilaian import DistribusiDok, EvaluasiDok

JUDUL = "DOKUMEN EVALUASI KINERJA PEGAWAI"


def _tabel_jumlah(d: DistribusiDok) -> Flowable:
    """The numbers behind the chart: ideal share and actual count per predikat."""
    kepala = [m("PREDIKAT", Gaya.kepala)] + [m(esc(p.label), Gaya.kepala) for p in PREDIKAT_URUTAN]
    ideal = [m("Ideal")] + [
        m(persen(d.ideal[p]) if d.ideal is not None else "-", Gaya.sel_tengah)
        for p in PREDIKAT_URUTAN
    ]
    aktual = [m("Aktual")] + [
        m(f"{d.jumlah.get(p, 0)} ({persen(d.aktual(p))})", Gaya.sel_tengah) for p in PREDIKAT_URUTAN
    ]
    lebar = lebar_kolom(LEBAR_POTRET - 6, (16, 17, 17, 17, 17, 17))
    gaya = gaya_tabel(("BACKGROUND", (0, 0), (-1, 0), ABU))
    return tabel([kepala, ideal, aktual], lebar, gaya)


def _keterangan_distribusi(d: DistribusiDok) -> str:
    bagian = [f"Unit kerja: {esc(d.unit) or '-'}"]
    bagian.append(f"pegawai dinilai: {d.jumlah_dinilai} dari {d.jumlah_pegawai}")
    if d.belum_dinilai > 0:
        bagian.append(f"{d.belum_dinilai} dari {d.jumlah_pegawai} pegawai belum dinilai")
    return "; ".join(bagian) + "."


class _Formulir:
    """The evaluation's one table: label : value rows under numbered headings (as in S003)."""

    def __init__(self) -> None:
        self.rows: list[list[Any]] = []
        self.gaya: list[tuple[Any, ...]] = [("BOX", (0, 0), (-1, -1), 0.5, "black")]
        self.tinggi: list[float | None] = []

    def judul(self, teks: str) -> None:
        i = len(self.rows)
        self.gaya += [
            ("SPAN", (0, i), (-1, i)),
            ("BACKGROUND", (0, i), (-1, i), ABU_MUDA),
            ("LINEABOVE", (0, i), (-1, i), 0.5, "black"),
            ("LINEBELOW", (0, i), (-1, i), 0.5, "black"),
        ]
        self.tambah([m(esc(teks), Gaya.sel_tebal), "", ""])

    def penuh(self, isi: Any, tinggi: float | None = None) -> None:
        i = len(self.rows)
        self.gaya.append(("SPAN", (0, i), (-1, i)))
        self.tambah([isi, "", ""], tinggi)

    def tambah(self, row: list[Any], tinggi: float | None = None) -> None:
        self.rows.append(row)
        self.tinggi.append(tinggi)

    def tabel(self) -> Flowable:
        lebar = lebar_kolom(LEBAR_POTRET, (52, 4, 114))
        gaya = gaya_tabel(
            *self.gaya,
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            grid=False,
        )
        return tabel(self.rows, lebar, gaya, tinggi=self.tinggi)


def _formulir(dok: EvaluasiDok) -> Flowable:
    k = dok.kepala
    f = _Formulir()
    for teks, orang in (
        ("1. PEGAWAI YANG DINILAI", k.pegawai),
        ("2. PEJABAT PENILAI KINERJA", k.pejabat_penilai),
        ("3. ATASAN PEJABAT PENILAI KINERJA", dok.atasan_pejabat_penilai),
    ):
        f.judul(teks)
        for row in baris_identitas(orang):
            f.tambah(row)
    capaian = dok.capaian_organisasi.label if dok.capaian_organisasi else "Belum ditetapkan"
    f.judul("4. EVALUASI KINERJA")
    for label, isi, gaya_isi in (
        ("CAPAIAN KINERJA ORGANISASI", capaian, Gaya.sel),
        ("RATING HASIL KERJA", teks_rating(dok.rating_hasil_kerja), Gaya.sel),
        ("RATING PERILAKU KERJA", teks_rating(dok.rating_perilaku_kerja), Gaya.sel),
        ("PREDIKAT KINERJA PEGAWAI", teks_predikat(dok.predikat), Gaya.sel_tebal),
    ):
        f.tambah([m(label), m(":", Gaya.sel_tengah), p(isi, gaya_isi)])
    f.judul("POLA DISTRIBUSI PREDIKAT KINERJA PEGAWAI")
    f.penuh(grafik_distribusi(dok.distribusi, LEBAR_POTRET - 6))
    f.penuh(_tabel_jumlah(dok.distribusi))
    f.penuh(m(_keterangan_distribusi(dok.distribusi), Gaya.sel_kecil))
    return f.tabel()


def _catatan(dok: EvaluasiDok) -> Flowable:
    f = _Formulir()
    f.judul("5. CATATAN/REKOMENDASI")
    kosong = not dok.catatan_rekomendasi.strip()
    f.penuh(p(dok.catatan_rekomendasi, kosong=""), 14 * mm if kosong else None)  # room to write
    return f.tabel()


def story_evaluasi(dok: EvaluasiDok, opsi: OpsiCetak) -> list[Flowable]:
    k = dok.kepala
    pegawai = Penanda(
        "7. Pegawai yang Dinilai", k.pegawai, opsi.pegawai, jabatan=k.pegawai.pelaksana
    )
    penilai = Penanda(
        "6. Pejabat Penilai Kinerja",
        k.pejabat_penilai,
        opsi.pejabat_penilai,
        jabatan=k.pejabat_penilai.pelaksana,
    )
    periode = teks_periode_penilaian(dok.periode.awal, dok.periode.akhir)
    return [
        *judul(JUDUL, f"PERIODE : {dok.periode.label}"),
        m(esc(k.instansi.upper()), Gaya.subjudul),
        m(f"PERIODE PENILAIAN: {periode}", Gaya.subjudul),
        Spacer(1, 3 * mm),
        _formulir(dok),
        # The catatan heading never stays alone at a page end, nor leaves the signatures.
        KeepTogether([_catatan(dok), *isi_tanda_tangan(pegawai, penilai, LEBAR_POTRET)]),
    ]


def bagian_evaluasi(dok: EvaluasiDok, opsi: OpsiCetak) -> BagianPdf:
    nama = f"Dokumen Evaluasi Kinerja {dok.periode.nama}"
    return BagianPdf(story_evaluasi(dok, opsi), kaki(nama, dok.kepala))


def tulis_evaluasi(dok: EvaluasiDok, opsi: OpsiCetak, tujuan: str | Path | BinaryIO) -> None:
    judul_pdf = f"Dokumen Evaluasi Kinerja {dok.periode.nama} {dok.kepala.pegawai.nama}"
    tulis_pdf([bagian_evaluasi(dok, opsi)], tujuan, judul_pdf)

"""Lampiran SKP (S001): dukungan sumber daya, skema pertanggungjawaban and konsekuensi agreed
between the pegawai and the PPK, with both signatures."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ekinerja_desktop.reports.pdf.common import (
    ABU_MUDA,
    LEBAR_POTRET,
    BagianPdf,
    Gaya,
    OpsiCetak,
    baris_instansi,
    blok_tanda_tangan,
    esc,
    gaya_tabel,
    judul,
    lebar_kolom,
    m,
    p,
    penanda_pegawai_ppk,
    tabel,
    tulis_pdf,
)
from ekinerja_desktop.reports.pdf.rencana_skp import kaki
from ekinerja_desktop.services.dokumen import LampiranDok

JUDUL = "LAMPIRAN SASARAN KINERJA PEGAWAI"
PENGANTAR = (
    "Untuk:<br/>1. Menyepakati Sumber Daya yang Dibutuhkan, Skema Pertanggungjawaban, dan "
    "Konsekuensi Pencapaian Kinerja<br/>2. Kesepakatan atas sumber daya yang dibutuhkan, skema "
    "pertanggungjawaban, dan konsekuensi pencapaian kinerja menjadi Lampiran tidak terpisahkan "
    "dari SKP seluruh Pegawai dan dituangkan dalam Format Lampiran SKP"
)


def _isi(dok: LampiranDok) -> Flowable:
    lebar = lebar_kolom(LEBAR_POTRET, (7, 163))
    data: list[list[Any]] = []
    gaya: list[tuple[Any, ...]] = []
    for kepala, item in (
        ("DUKUNGAN SUMBER DAYA", dok.dukungan_sumber_daya),
        ("SKEMA PERTANGGUNGJAWABAN", dok.skema_pertanggungjawaban),
        ("KONSEKUENSI", dok.konsekuensi),
    ):
        baris = len(data)
        gaya += [
            ("SPAN", (0, baris), (-1, baris)),
            ("BACKGROUND", (0, baris), (-1, baris), ABU_MUDA),
        ]
        data.append([m(kepala, Gaya.sel_tebal), ""])
        for n, teks in enumerate(item, start=1):
            data.append([m(f"{n}.", Gaya.sel_tengah), p(teks)])
        if not item:
            data.append([m("-", Gaya.sel_tengah), m("<i>Belum diisi.</i>")])
    return tabel(data, lebar, gaya_tabel(*gaya))


def story_lampiran(dok: LampiranDok, opsi: OpsiCetak) -> list[Flowable]:
    k = dok.kepala
    kiri, kanan = penanda_pegawai_ppk(k.pegawai, k.pejabat_penilai, opsi)
    identitas = (
        f"Pegawai yang dinilai: <b>{esc(k.pegawai.nama) or '-'}</b>"
        f"{' (NIP ' + esc(k.pegawai.nip) + ')' if k.pegawai.nip else ''}, "
        f"{esc(k.pegawai.jabatan) or '-'}"
    )
    return [
        *judul(JUDUL),
        baris_instansi(k.instansi, k.periode_awal, k.periode_akhir, LEBAR_POTRET),
        m(identitas, Gaya.teks),
        Spacer(1, 2 * mm),
        m(PENGANTAR, Gaya.teks),
        Spacer(1, 3 * mm),
        _isi(dok),
        blok_tanda_tangan(kiri, kanan, LEBAR_POTRET),
    ]


def bagian_lampiran(dok: LampiranDok, opsi: OpsiCetak) -> BagianPdf:
    return BagianPdf(story_lampiran(dok, opsi), kaki("Lampiran SKP", dok.kepala))


def tulis_lampiran(dok: LampiranDok, opsi: OpsiCetak, tujuan: str | Path | BinaryIO) -> None:
    tulis_pdf([bagian_lampiran(dok, opsi)], tujuan, f"Lampiran SKP {dok.kepala.pegawai.nama}")

"""Matriks Peran Hasil of a unit or tim kerja (S001 05, S003 2.11), landscape.

PEGAWAI | JABATAN | one column per leader IKI under "OUTCOME ANTARA/ OUTPUT/ LAYANAN", the
leader's RHK spanning the IKI that measure it. A cell lists the pegawai's RHK (peran hasil) or
says "tidak ada peran". More IKI than fit a page (6) continue in a second table that repeats the
PEGAWAI and JABATAN columns, so no column is ever squeezed unreadable.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ekinerja_desktop.reports.pdf.common import (
    ABU,
    ABU_MUDA,
    LEBAR_LANSKAP,
    BagianPdf,
    Gaya,
    esc,
    gaya_tabel,
    judul,
    lebar_kolom,
    m,
    p,
    tabel,
    tulis_pdf,
)
from ekinerja_desktop.services.dokumen_mph import MphBaris, MphDok, MphKolom

JUDUL = "MATRIKS PERAN HASIL"
TIDAK_ADA_PERAN = "tidak ada peran"
KOLOM_PER_HALAMAN = 6


def _peran(daftar: tuple[str, ...]) -> Any:
    if not daftar:
        return m(f"<i>{TIDAK_ADA_PERAN}</i>", Gaya.sel_kecil)
    if len(daftar) == 1:
        return p(daftar[0])
    return m("<br/>".join(f"{n}. {esc(t)}" for n, t in enumerate(daftar, start=1)))


def _rentang(kolom: list[MphKolom]) -> list[tuple[int, int]]:
    """(first, last) index of each run of columns measuring the same leader RHK."""
    hasil: list[tuple[int, int]] = []
    for i, k in enumerate(kolom):
        if hasil and kolom[hasil[-1][0]].rhk_id == k.rhk_id:
            hasil[-1] = (hasil[-1][0], i)
        else:
            hasil.append((i, i))
    return hasil


def _tabel(dok: MphDok, kolom: list[MphKolom], baris: list[tuple[MphBaris, list[Any]]]) -> Flowable:
    n = len(kolom)
    lebar = lebar_kolom(LEBAR_LANSKAP, [34, 34] + [max(30, 150 / max(n, 1))] * n)
    data: list[list[Any]] = [
        [m("PEGAWAI", Gaya.kepala), m("JABATAN", Gaya.kepala)]
        + [m("OUTCOME ANTARA/ OUTPUT/ LAYANAN", Gaya.kepala)]
        + [""] * (n - 1),
        ["", ""] + [""] * n,
        [p(dok.pimpinan.nama, Gaya.sel_tebal), p(dok.pimpinan.jabatan, Gaya.sel_tebal)]
        + [p(k.iki, Gaya.sel_tebal, kosong="") for k in kolom],
    ]
    gaya: list[tuple[Any, ...]] = [
        ("SPAN", (2, 0), (-1, 0)),
        ("SPAN", (0, 0), (0, 1)),
        ("SPAN", (1, 0), (1, 1)),
        ("BACKGROUND", (0, 0), (-1, 1), ABU),
        ("BACKGROUND", (0, 2), (-1, 2), ABU_MUDA),
        ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
    ]
    for a, b in _rentang(kolom):
        data[1][2 + a] = m(f"<i>{esc(kolom[a].rhk)}</i>", Gaya.sel_tengah)
        if b > a:
            gaya.append(("SPAN", (2 + a, 1), (2 + b, 1)))
    for orang, sel in baris:
        r = len(data)
        data.append([p(orang.nama), p(orang.jabatan), *sel])
        # The same RHK under every IKI of one leader RHK reads as one merged cell.
        for a, b in _rentang(kolom):
            if b > a and all(sel[i] is sel[a] for i in range(a, b + 1)):
                gaya.append(("SPAN", (2 + a, r), (2 + b, r)))
    if not baris:
        data.append([m("<i>Belum ada pegawai.</i>"), ""] + [""] * n)
        gaya.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
    return tabel(data, lebar, gaya_tabel(*gaya), ulang=3)


def _sel_baris(orang: MphBaris, awal: int, akhir: int, kolom: list[MphKolom]) -> list[Any]:
    sel: list[Any] = []
    for i in range(awal, akhir):
        # One Paragraph object for identical neighbours of one leader RHK: the span test above.
        if sel and kolom[i].rhk_id == kolom[i - 1].rhk_id and orang.peran[i] == orang.peran[i - 1]:
            sel.append(sel[-1])
        else:
            sel.append(_peran(orang.peran[i]))
    return sel


def story_mph(dok: MphDok) -> list[Flowable]:
    story: list[Flowable] = [
        *judul(JUDUL, f"{dok.jenis.upper()}: {dok.nama.upper()} · TAHUN {dok.tahun}"),
        m(esc(dok.instansi.upper()), Gaya.subjudul),
        Spacer(1, 3 * mm),
    ]
    semua = list(dok.kolom)
    if not semua:
        story.append(m("Pimpinan belum memiliki SKP dengan Indikator Kinerja Individu tahun ini."))
        semua = [MphKolom("", "", "")]
    for awal in range(0, len(semua), KOLOM_PER_HALAMAN):
        akhir = min(awal + KOLOM_PER_HALAMAN, len(semua))
        kolom = semua[awal:akhir]
        if dok.kolom:
            baris = [(b, _sel_baris(b, awal, akhir, semua)) for b in dok.baris]
        else:
            baris = [(b, [_peran(())]) for b in dok.baris]
        if awal > 0:
            story.append(Spacer(1, 5 * mm))
            story.append(m(f"<i>Lanjutan: IKI {awal + 1}–{akhir} dari {len(semua)}</i>"))
        story.append(_tabel(dok, kolom, baris))
    return story


def bagian_mph(dok: MphDok) -> BagianPdf:
    kaki = f"Matriks Peran Hasil · {dok.nama} · {dok.tahun}"
    return BagianPdf(story_mph(dok), kaki, lanskap=True)


def tulis_mph(dok: MphDok, tujuan: str | Path | BinaryIO) -> None:
    tulis_pdf([bagian_mph(dok)], tujuan, f"Matriks Peran Hasil {dok.nama} {dok.tahun}")

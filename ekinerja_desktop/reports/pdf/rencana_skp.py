"""Rencana SKP in its four formats (S001): JPT or JA/JF × kuantitatif or kualitatif.

Kuantitatif formats give IKI and target their own columns, one table row per IKI; kualitatif
formats print each RHK across the table with its "Ukuran keberhasilan" narratives below. The
PERILAKU KERJA table (7 BerAKHLAK values with the ekspektasi khusus pimpinan) and the two
signature blocks close every format.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ekinerja_desktop.domain import JenisSkp, Pendekatan
from ekinerja_desktop.reports.pdf.common import (
    ABU,
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
    tabel_identitas,
    tulis_pdf,
)
from ekinerja_desktop.services.dokumen import KepalaDokumen, PerilakuDok, RencanaSkpDok, RhkDok

JUDUL = "SASARAN KINERJA PEGAWAI"


def _subjudul(k: KepalaDokumen) -> str:
    jenis = "PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI"
    if k.jenis is JenisSkp.JA_JF:
        jenis = "PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL"
    teks = f"{jenis} · PENDEKATAN HASIL KERJA {k.pendekatan.label.upper()}"
    return f"{teks} · PELAKSANA TUGAS/HARIAN" if k.is_plt_plh else teks


def kepala_skp(k: KepalaDokumen, judul_dokumen: str, lebar: float) -> list[Flowable]:
    """Title, instansi and periode, then the identity block: the top of every SKP document."""
    return [
        *judul(judul_dokumen, _subjudul(k)),
        baris_instansi(k.instansi, k.periode_awal, k.periode_akhir, lebar),
        tabel_identitas(k.pegawai, k.pejabat_penilai, lebar),
        Spacer(1, 4 * mm),
    ]


def _rhk_markup(r: RhkDok, dengan_pimpinan: bool = False) -> Paragraph:
    bagian = [esc(r.teks) or "-"]
    if dengan_pimpinan and r.rhk_pimpinan:
        bagian.insert(0, f"<i>RHK pimpinan yang diintervensi: {esc(r.rhk_pimpinan)}</i>")
    if r.penugasan_dari:
        bagian.append(f"<i>Penugasan dari: {esc(r.penugasan_dari)}</i>")
    return m("<br/>".join(bagian))


# --- kuantitatif ---------------------------------------------------------------------------------


def _kolom_kuantitatif(jenis: JenisSkp) -> tuple[list[str], list[float]]:
    if jenis is JenisSkp.JPT:
        kepala = ["NO", "RENCANA HASIL KERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET", "PERSPEKTIF"]
        return kepala, lebar_kolom(LEBAR_POTRET, (6, 58, 58, 24, 24))
    kepala = [
        "NO",
        "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI",
        "RENCANA HASIL KERJA",
        "ASPEK",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
    ]
    return kepala, lebar_kolom(LEBAR_POTRET, (6, 40, 40, 15, 40, 21))


def _baris_kuantitatif(r: RhkDok, jenis: JenisSkp, n_kolom: int) -> list[list[Any]]:
    """One row per IKI; the RHK (and leader RHK) cells only on the first, like a merged cell."""
    rows: list[list[Any]] = []
    iki = r.iki
    if not iki:
        iki_rows: list[tuple[str, str, str]] = [("", "", "")]
    else:
        iki_rows = [
            (i.indikator, i.target, i.perspektif if jenis is JenisSkp.JPT else i.aspek) for i in iki
        ]
    for n, (indikator, target, label) in enumerate(iki_rows):
        pertama = n == 0
        no = m(str(r.nomor), Gaya.sel_tengah) if pertama else ""
        rhk = _rhk_markup(r) if pertama else ""
        if jenis is JenisSkp.JPT:
            rows.append([no, rhk, p(indikator), p(target), p(label)])
        else:
            pimpinan = p(r.rhk_pimpinan) if pertama else ""
            rows.append([no, pimpinan, rhk, p(label), p(indikator), p(target)])
    assert all(len(row) == n_kolom for row in rows)
    return rows


def _hasil_kerja_kuantitatif(dok: RencanaSkpDok) -> Flowable:
    jenis = dok.kepala.jenis
    kepala, lebar = _kolom_kuantitatif(jenis)
    n = len(kepala)
    data: list[list[Any]] = [
        [m("HASIL KERJA", Gaya.sel_tebal)] + [""] * (n - 1),
        [m(h, Gaya.kepala) for h in kepala],
        [m(f"({i})", Gaya.kepala) for i in range(1, n + 1)],
    ]
    gaya: list[tuple[Any, ...]] = [
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 2), ABU),
    ]
    gabung = 1 if jenis is JenisSkp.JPT else 2  # columns drawn as one cell per RHK
    for bagian, daftar in (("A. UTAMA", dok.utama), ("B. TAMBAHAN", dok.tambahan)):
        gaya += [("SPAN", (0, len(data)), (-1, len(data))), _latar(len(data))]
        data.append([m(bagian, Gaya.sel_tebal)] + [""] * (n - 1))
        if not daftar:
            data.append([m("-", Gaya.sel_tengah)] + [""] * (n - 1))
            gaya.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
        for r in daftar:
            mulai = len(data)
            data.extend(_baris_kuantitatif(r, jenis, n))
            for baris in range(mulai + 1, len(data)):
                gaya.append(("LINEABOVE", (0, baris), (gabung, baris), 0.5, colors.white))
    return tabel(data, lebar, gaya_tabel(*gaya), ulang=3)


def _latar(baris: int) -> tuple[Any, ...]:
    return ("BACKGROUND", (0, baris), (-1, baris), ABU_MUDA)


# The grid line between the IKI rows of one RHK is drawn white over the grid, so the RHK cells
# read as one merged cell (a real vertical SPAN cannot split across pages).


# --- kualitatif ----------------------------------------------------------------------------------


def _ukuran_markup(r: RhkDok, jenis: JenisSkp) -> Paragraph:
    if jenis is JenisSkp.JPT:
        label = "Ukuran keberhasilan/ Indikator Kinerja Individu, Target, dan Perspektif:"
    else:
        label = "Ukuran keberhasilan/ Indikator Kinerja Individu dan Target:"
    baris = [f"<i>{label}</i>"]
    for i in r.iki:
        tambahan = [x for x in (i.target, i.perspektif or i.aspek) if x]
        ekor = f" ({esc('; '.join(tambahan))})" if tambahan else ""
        baris.append(f"- {esc(i.indikator) or '-'}{ekor}")
    if not r.iki:
        baris.append("-")
    return m("<br/>".join(baris))


def _hasil_kerja_kualitatif(dok: RencanaSkpDok) -> Flowable:
    jenis = dok.kepala.jenis
    lebar = lebar_kolom(LEBAR_POTRET, (6, 164))
    data: list[list[Any]] = [[m("HASIL KERJA", Gaya.sel_tebal), ""]]
    gaya: list[tuple[Any, ...]] = [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), ABU)]
    for bagian, daftar in (("A. UTAMA", dok.utama), ("B. TAMBAHAN", dok.tambahan)):
        gaya += [("SPAN", (0, len(data)), (-1, len(data))), _latar(len(data))]
        data.append([m(bagian, Gaya.sel_tebal), ""])
        if not daftar:
            data.append([m("-", Gaya.sel_tengah), ""])
        for r in daftar:
            data.append([m(str(r.nomor), Gaya.sel_tengah), _rhk_markup(r, jenis is JenisSkp.JA_JF)])
            data.append(["", _ukuran_markup(r, jenis)])
            gaya.append(("LINEABOVE", (0, len(data) - 1), (0, len(data) - 1), 0.5, colors.white))
    return tabel(data, lebar, gaya_tabel(*gaya), ulang=1)


# --- perilaku kerja ------------------------------------------------------------------------------


def _perilaku_cell(pk: PerilakuDok) -> Paragraph:
    baris = [f"<b>{esc(pk.nama)}</b>"] + [f"- {esc(i)}" for i in pk.indikator]
    return m("<br/>".join(baris))


def tabel_perilaku(perilaku: tuple[PerilakuDok, ...]) -> Flowable:
    lebar = lebar_kolom(LEBAR_POTRET, (6, 94, 70))
    data: list[list[Any]] = [[m("PERILAKU KERJA", Gaya.sel_tebal), "", ""]]
    for pk in perilaku:
        ekspektasi = "<i>Ekspektasi Khusus Pimpinan:</i>"
        if pk.ekspektasi_khusus:
            ekspektasi += "<br/>" + esc(pk.ekspektasi_khusus)
        data.append([m(str(pk.nomor), Gaya.sel_tengah), _perilaku_cell(pk), m(ekspektasi)])
    gaya = gaya_tabel(("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), ABU))
    return tabel(data, lebar, gaya, ulang=1)


# --- the document --------------------------------------------------------------------------------


def story_rencana_skp(dok: RencanaSkpDok, opsi: OpsiCetak) -> list[Flowable]:
    k = dok.kepala
    if k.pendekatan is Pendekatan.KUALITATIF:
        hasil = _hasil_kerja_kualitatif(dok)
    else:
        hasil = _hasil_kerja_kuantitatif(dok)
    kiri, kanan = penanda_pegawai_ppk(k.pegawai, k.pejabat_penilai, opsi)
    return [
        *kepala_skp(k, JUDUL, LEBAR_POTRET),
        hasil,
        Spacer(1, 4 * mm),
        tabel_perilaku(dok.perilaku),
        m(
            "<i>* Pimpinan dapat memberikan Ekspektasi khusus terhadap satu atau lebih aspek "
            "perilaku kerja Pegawai.</i>",
            Gaya.sel_kecil,
        ),
        blok_tanda_tangan(kiri, kanan, LEBAR_POTRET),
    ]


def kaki(nama_dokumen: str, k: KepalaDokumen) -> str:
    nip = f" · NIP {k.pegawai.nip}" if k.pegawai.nip else ""
    return f"{nama_dokumen} · {k.pegawai.nama}{nip} · {k.periode_akhir.year}"


def bagian_rencana_skp(dok: RencanaSkpDok, opsi: OpsiCetak) -> BagianPdf:
    return BagianPdf(story_rencana_skp(dok, opsi), kaki("Rencana SKP", dok.kepala))


def tulis_rencana_skp(dok: RencanaSkpDok, opsi: OpsiCetak, tujuan: str | Path | BinaryIO) -> None:
    tulis_pdf([bagian_rencana_skp(dok, opsi)], tujuan, f"Rencana SKP {dok.kepala.pegawai.nama}")

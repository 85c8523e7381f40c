"""Manual Indikator Kinerja (S001 03): one definition sheet per IKI of a JPT SKP.

Each sheet is kept on one page when it fits; the checkbox rows (kualitas dan tingkat kendali,
periode pelaporan) show every choice with the chosen one ticked, as on the paper form.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from ekinerja_desktop.domain import KualitasTingkatKendali, LabeledEnum, PeriodePelaporan
from ekinerja_desktop.reports.pdf.common import (
    ABU,
    LEBAR_POTRET,
    BagianPdf,
    Gaya,
    esc,
    gaya_tabel,
    lebar_kolom,
    m,
    p,
    tabel,
    teks_periode_penilaian,
    tulis_pdf,
)
from ekinerja_desktop.reports.pdf.rencana_skp import kaki
from ekinerja_desktop.services.dokumen import KepalaDokumen, ManualIkiDok, ManualIkiItem

JUDUL = "MANUAL INDIKATOR KINERJA"
SUBJUDUL = "SKP PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI"
CENTANG = "\u2611"  # ☑
KOTAK = "\u2610"  # ☐


def pilihan(semua: Sequence[LabeledEnum], dipilih: LabeledEnum | None) -> str:
    """ "☑ Outcome   ☐ Outcome antara   ☐ Output kendali rendah"."""
    return "&nbsp;&nbsp;&nbsp;".join(
        f"{CENTANG if x == dipilih else KOTAK} {esc(x.label)}" for x in semua
    )


def _lembar(k: KepalaDokumen, nomor: int, item: ManualIkiItem) -> Flowable:
    lebar = lebar_kolom(LEBAR_POTRET, (30, 22, 118))
    periode = teks_periode_penilaian(k.periode_awal, k.periode_akhir)
    data: list[list[Any]] = [
        [m(f"{JUDUL}<br/>{SUBJUDUL}", Gaya.kepala), "", ""],
        [p(k.instansi.upper(), Gaya.sel_tebal), "", m(f"PERIODE PENILAIAN: {periode}")],
        [m("RENCANA HASIL KERJA", Gaya.sel_tebal), "", p(item.rhk)],
        [m("UKURAN KEBERHASILAN/ INDIKATOR KINERJA", Gaya.sel_tebal), "", p(item.indikator)],
        [m("TUJUAN", Gaya.sel_tebal), "", p(item.tujuan)],
        [m("DESKRIPSI", Gaya.sel_tebal), m("Definisi"), p(item.definisi)],
        [
            "",
            m("Formula <i>(opsional bagi pendekatan hasil kerja kualitatif)</i>"),
            p(item.formula),
        ],
        [
            m(
                "SATUAN PENGUKURAN <i>(opsional bagi pendekatan hasil kerja kualitatif)</i>",
                Gaya.sel_tebal,
            ),
            "",
            p(item.satuan),
        ],
        [
            m("KUALITAS DAN TINGKAT KENDALI", Gaya.sel_tebal),
            "",
            m(pilihan(list(KualitasTingkatKendali), item.kualitas_tingkat_kendali)),
        ],
        [m("SUMBER DATA", Gaya.sel_tebal), "", p(item.sumber_data)],
        [
            m("PERIODE PELAPORAN", Gaya.sel_tebal),
            "",
            m(pilihan(list(PeriodePelaporan), item.periode_pelaporan)),
        ],
    ]
    gaya = gaya_tabel(
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), ABU),
        *(("SPAN", (0, r), (1, r)) for r in (1, 2, 3, 4, 7, 8, 9, 10)),
        ("SPAN", (0, 5), (0, 6)),
    )
    kepala_lembar = m(f"IKI {nomor}", Gaya.sel_kecil)
    return KeepTogether([kepala_lembar, tabel(data, lebar, gaya), Spacer(1, 6 * mm)])


def story_manual_iki(dok: ManualIkiDok) -> list[Flowable]:
    if not dok.item:
        return [m("<b>MANUAL INDIKATOR KINERJA</b>", Gaya.judul), m("SKP ini belum memiliki IKI.")]
    return [_lembar(dok.kepala, n, item) for n, item in enumerate(dok.item, start=1)]


def bagian_manual_iki(dok: ManualIkiDok) -> BagianPdf:
    return BagianPdf(story_manual_iki(dok), kaki("Manual Indikator Kinerja", dok.kepala))


def tulis_manual_iki(dok: ManualIkiDok, tujuan: str | Path | BinaryIO) -> None:
    judul_pdf = f"Manual Indikator Kinerja {dok.kepala.pegawai.nama}"
    tulis_pdf([bagian_manual_iki(dok)], tujuan, judul_pdf)

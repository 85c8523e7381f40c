"""A sheet of frozen rows under declared columns (openpyxl), and the rekap penilaian bawahan.

`tulis_tabel` is generic: any list of rows, any columns. Cells keep their real type (numbers
stay numbers, dates are dates shown the Indonesian way, NIPs stay text so no digit is lost to
Excel's 15-digit precision); the header row is frozen and has an autofilter; widths fit the
content. The file is written beside its target and moved into place, so a failure never leaves
half a workbook under the user's file name.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence, Sized
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any, Generic, TypeVar

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ekinerja_desktop.domain import format_tanggal
from ekinerja_desktop.domain.enums import LabeledEnum
from ekinerja_desktop.services.queries_rekap import RekapData, RekapRow, StatusRekap

R = TypeVar("R")
Sel = str | int | float | bool | date | datetime | None
Progres = Callable[[int, int], None]  # (rows written, rows in all, 0 when unknown)

# Indonesian month names whatever the reader's Excel locale ([$-421] = Bahasa Indonesia).
FORMAT_TANGGAL = "[$-421]d mmmm yyyy"
FORMAT_WAKTU = "[$-421]d mmmm yyyy hh:mm"
LEBAR_MIN = 6
LEBAR_MAKS = 60
LEBAR_TANGGAL = 20
LEBAR_WAKTU = 24
LANGKAH_PROGRES = 500  # rows between two progress calls of a long sheet

LABEL_STATUS_REKAP = {
    StatusRekap.DINILAI: "Sudah dinilai",
    StatusRekap.BELUM_DINILAI: "Belum dinilai",
    StatusRekap.SKP_BELUM_DISETUJUI: "SKP belum disetujui",
    StatusRekap.BELUM_ADA_SKP: "Belum ada SKP",
}


@dataclass(frozen=True)
class KolomExcel(Generic[R]):
    """One column: its header and the value of a row (text, number, date, enum, bool, None)."""

    judul: str
    nilai: Callable[[R], object]
    format_angka: str | None = None  # an Excel number format, e.g. "0.0%"


def nilai_sel(value: object) -> Sel:
    """The value as an Excel cell holds it: labelled enums as their label, the rest as is."""
    # Enums first: a StrEnum is also a str, and would otherwise land as its code.
    if isinstance(value, LabeledEnum):
        return value.label
    if isinstance(value, Enum):
        return str(value.value)
    if value is None or isinstance(value, str | bool | int | float | date | datetime):
        return value
    return str(value)


def tulis_tabel(
    path: Path,
    kolom: Sequence[KolomExcel[R]],
    rows: Iterable[R],
    *,
    nama_sheet: str = "Rekap",
    judul: Sequence[str] = (),
    nomor: bool = False,
    progres: Progres | None = None,
) -> Path:
    """Write the rows to `path` (.xlsx): optional title lines, a blank line, header, data."""
    wb = Workbook()
    ws = wb.active
    ws.title = nama_sheet[:31]  # Excel's limit on sheet names
    isi_lembar(ws, kolom, rows, judul=judul, nomor=nomor, progres=progres)
    return _simpan(wb, path)


@dataclass(frozen=True)
class LembarExcel(Generic[R]):
    """One sheet of a workbook: its name, columns, rows and title lines (issue 6, reports)."""

    nama: str
    kolom: Sequence[KolomExcel[R]]
    rows: Iterable[R]
    judul: Sequence[str] = ()
    nomor: bool = False  # a leading "No" column (1, 2, 3 …), as the e-Kinerja downloads have


def tulis_buku(
    path: Path, lembar: Sequence[LembarExcel[Any]], *, progres: Progres | None = None
) -> Path:
    """Several sheets in one workbook, each as `tulis_tabel` writes one."""
    wb = Workbook()
    wb.remove(wb.active)
    for item in lembar:
        ws = wb.create_sheet(item.nama[:31])
        isi_lembar(ws, item.kolom, item.rows, judul=item.judul, nomor=item.nomor, progres=progres)
    return _simpan(wb, path)


def isi_lembar(
    ws: Any,
    kolom: Sequence[KolomExcel[R]],
    rows: Iterable[R],
    *,
    judul: Sequence[str] = (),
    nomor: bool = False,
    progres: Progres | None = None,
) -> None:
    """Fill one worksheet: title lines, a blank line, the frozen and filtered header, the data.

    `progres(done, total)` is called every few hundred rows (total 0 when unknown); it may raise
    to stop a long report, and then nothing is saved."""
    for i, teks in enumerate(judul, start=1):
        ws.cell(row=i, column=1, value=teks).font = Font(bold=i == 1, size=13 if i == 1 else 11)
    baris_judul = len(judul) + 2 if judul else 1
    geser = 1 if nomor else 0
    if nomor:
        kolom = [KolomExcel[R]("No", lambda _r: None), *kolom]
    lebar = _tulis_header(ws, kolom, baris_judul)
    total = len(rows) if isinstance(rows, Sized) else 0
    terakhir = baris_judul
    for n, row in enumerate(rows, start=1):
        terakhir += 1
        if nomor:
            ws.cell(row=terakhir, column=1, value=n)
            lebar[0] = max(lebar[0], len(str(n)))
        for c, k in enumerate(kolom[geser:], start=1 + geser):
            value = nilai_sel(k.nilai(row))
            if value is None or value == "":
                continue  # an empty cell need not exist: 5,000-row reports save much faster
            cell = ws.cell(row=terakhir, column=c, value=value)
            format_sel = _format(k, value, "")
            if format_sel:
                cell.number_format = format_sel
            lebar[c - 1] = max(lebar[c - 1], _lebar(value))
        if progres is not None and n % LANGKAH_PROGRES == 0:
            progres(n, total)
    for c, w in enumerate(lebar, start=1):
        ws.column_dimensions[get_column_letter(c)].width = min(max(w + 2, LEBAR_MIN), LEBAR_MAKS)
    ujung = get_column_letter(max(1, len(kolom)))
    ws.freeze_panes = ws.cell(row=baris_judul + 1, column=1)
    ws.auto_filter.ref = f"A{baris_judul}:{ujung}{max(terakhir, baris_judul)}"


def simpan_buku(wb: Workbook, path: Path) -> Path:
    """Save a workbook beside `path` and move it into place (never half a file under its name)."""
    return _simpan(wb, path)


def _tulis_header(ws: Any, kolom: Sequence[KolomExcel[R]], baris: int) -> list[int]:
    isi = PatternFill("solid", fgColor="DDE7F0")
    lebar = []
    for c, k in enumerate(kolom, start=1):
        cell = ws.cell(row=baris, column=c, value=k.judul)
        cell.font = Font(bold=True)
        cell.fill = isi
        cell.alignment = Alignment(vertical="center")
        lebar.append(len(k.judul))
    return lebar


def _format(k: KolomExcel[R], value: Sel, bawaan: str) -> str:
    if k.format_angka is not None:
        return k.format_angka
    if isinstance(value, datetime):
        return FORMAT_WAKTU
    if isinstance(value, date):
        return FORMAT_TANGGAL
    return bawaan


def _lebar(value: Sel) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return LEBAR_WAKTU
    if isinstance(value, date):
        return LEBAR_TANGGAL
    return max((len(line) for line in str(value).splitlines()), default=0)


def _simpan(wb: Workbook, path: Path) -> Path:
    path = Path(path)
    sementara = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        wb.save(sementara)
        os.replace(sementara, path)
    finally:
        sementara.unlink(missing_ok=True)
    return path


# --- the rekap penilaian bawahan ------------------------------------------------------------------


def kolom_rekap() -> tuple[KolomExcel[RekapRow], ...]:
    """The rekap's columns with Indonesian headers (S000 Gambar 58, plus unit and status)."""
    return (
        KolomExcel("NIP", lambda r: r.nip),
        KolomExcel("Nama", lambda r: r.nama),
        KolomExcel("Jabatan", lambda r: r.jabatan),
        KolomExcel("Unit Kerja", lambda r: r.unor_nama),
        KolomExcel("Rating Hasil Kerja", lambda r: r.rating_hasil_kerja),
        KolomExcel("Rating Perilaku Kerja", lambda r: r.rating_perilaku_kerja),
        KolomExcel("Predikat Kinerja", lambda r: r.predikat),
        KolomExcel("Status", lambda r: LABEL_STATUS_REKAP[r.status]),
        KolomExcel("Tanggal Dinilai", lambda r: r.dinilai_pada),
    )


def judul_rekap(rekap: RekapData) -> list[str]:
    p = rekap.periode
    return [
        "Rekap Penilaian Bawahan",
        f"{rekap.cakupan.nama} \u00b7 {p.nama} {p.tahun} "
        f"({format_tanggal(p.awal)} \u2013 {format_tanggal(p.akhir)})",
    ]


def tulis_rekap(path: Path, rekap: RekapData) -> Path:
    """The whole rekap (every row, in the query's order) for scripts and the Excel reports."""
    return tulis_tabel(path, kolom_rekap(), rekap.rows, judul=judul_rekap(rekap))

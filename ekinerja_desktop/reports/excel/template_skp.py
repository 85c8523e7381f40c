"""The SKP template workbook: written for "Unduh template SKP", read back for "Impor dari Excel".

Sheet "Hasil Kerja": a header block (pegawai, pejabat penilai, periode, pendekatan, the SKP's
id), then one row per IKI under a frozen header; a row with RHK text starts an RHK, the rows
below it with that cell empty add IKI to it (the printed SKP's layout, domain.md §10). Jenis,
aspek/perspektif and klasifikasi are list validations; the leader RHK that may be intervened and
the units/teams an organisasi RHK may be tied to are lists on the hidden sheet "Pilihan"; empty
rows with the same validations wait below the data. Targets are numbers when they read as one.

Reading checks only the file's structure (a workbook at all, the sheet, the header, every
column); the rows are checked against the SKP by `services/impor_skp.py`.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ekinerja_desktop.domain import Aspek, JenisRhk, KlasifikasiRhk, Perspektif, format_tanggal
from ekinerja_desktop.reports.excel.rekap import simpan_buku
from ekinerja_desktop.services.impor_sel import label_enum, nilai_target, norm
from ekinerja_desktop.services.queries_skp import Identitas, IkiRow, RhkRow
from ekinerja_desktop.services.template_skp import (
    KOLOM_RHK,
    KOLOM_TERSEMBUNYI,
    LABEL_ID_SKP,
    SHEET_HASIL_KERJA,
    SHEET_PILIHAN,
    BacaanTemplate,
    BarisTemplate,
    KesalahanImpor,
    KolomTemplate,
    TemplateSkpData,
)

log = logging.getLogger(__name__)

K = KolomTemplate
BARIS_HEADER = 10  # the table's header row; the block above it describes the SKP
BARIS_KOSONG = 30  # empty rows offered below the data
BARIS_VALIDASI = 500  # the lists reach at least this far below the header
MAKS_BARIS_DIBACA = 10_000
LEBAR = {
    K.JENIS: 11,
    K.RHK_PIMPINAN: 42,
    K.RHK: 48,
    K.ASPEK: 12,
    K.PERSPEKTIF: 20,
    K.IKI: 44,
    K.TARGET_MIN: 11,
    K.TARGET_MAX: 11,
    K.SATUAN: 12,
    K.KLASIFIKASI: 13,
    K.TAUTAN: 30,
    K.PENUGASAN: 28,
    K.ID_RHK: 38,
    K.ID_IKI: 38,
}
PETUNJUK = (
    "Satu baris = satu IKI. Isi 'Rencana Hasil Kerja' untuk memulai RHK baru; biarkan kosong "
    "pada baris di bawahnya untuk menambah IKI pada RHK yang sama. Pilih jenis, RHK pimpinan, "
    "aspek/perspektif dan klasifikasi dari daftar pada selnya. Menghapus baris berarti "
    "menghapus RHK/IKI itu saat diimpor. Jangan mengubah kolom ID yang tersembunyi."
)
ISI_HEADER = PatternFill("solid", fgColor="DDE7F0")
ISI_LANJUTAN = PatternFill("solid", fgColor="F2F2F2")
GARIS = Side(style="thin", color="B7B7B7")
BINGKAI = Border(left=GARIS, right=GARIS, top=GARIS, bottom=GARIS)
ATAS = Alignment(vertical="top", wrap_text=True)


# --- writing -----------------------------------------------------------------------------------


def tulis_template(path: Path, data: TemplateSkpData) -> Path:
    """Write the template of an SKP (its current RHK and IKI prefilled) to `path`."""
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET_HASIL_KERJA
    pilihan = wb.create_sheet(SHEET_PILIHAN)
    pilihan.sheet_state = "hidden"
    _tulis_kepala(ws, data)
    terakhir = _tulis_tabel(ws, data)
    _tulis_pilihan(pilihan, data)
    _validasi(ws, data, max(terakhir, BARIS_HEADER + BARIS_VALIDASI))
    for c, k in enumerate(data.kolom, start=1):
        dimensi = ws.column_dimensions[get_column_letter(c)]
        dimensi.width = LEBAR[k]
        dimensi.hidden = k in KOLOM_TERSEMBUNYI
    ws.freeze_panes = ws.cell(row=BARIS_HEADER + 1, column=1)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{BARIS_HEADER}:{BARIS_HEADER}"
    return simpan_buku(wb, path)


def _identitas(i: Identitas | None) -> str:
    if i is None:
        return "(belum ada; minta admin memperbaiki data atasan)"
    bagian = [i.nama, f"NIP {i.nip}", i.pangkat_golongan, i.jabatan, i.unor]
    return " · ".join(b for b in bagian if b)


def _tulis_kepala(ws: Any, data: TemplateSkpData) -> None:
    h = data.header
    baris = [
        ("Pegawai yang dinilai", _identitas(h.pegawai)),
        ("Pejabat penilai kinerja", _identitas(h.pejabat_penilai)),
        (
            "Periode penilaian",
            f"{format_tanggal(h.periode_awal)} – {format_tanggal(h.periode_akhir)}",
        ),
        ("Pendekatan", f"{h.pendekatan.label} · format {h.jenis.label} · status {h.status.label}"),
        ("Petunjuk", PETUNJUK),
        (LABEL_ID_SKP, h.id),
    ]
    ws.cell(row=1, column=1, value="SASARAN KINERJA PEGAWAI — TEMPLATE PENYUSUNAN").font = Font(
        bold=True, size=14
    )
    ws.cell(row=2, column=1, value=h.instansi_nama).font = Font(size=11)
    ujung = max(3, len(data.kolom) - len(KOLOM_TERSEMBUNYI))
    for n, (label, nilai) in enumerate(baris, start=3):
        ws.cell(row=n, column=1, value=label).font = Font(bold=True)
        sel = ws.cell(row=n, column=3, value=nilai)
        sel.alignment = Alignment(vertical="top", wrap_text=True)
        ws.merge_cells(start_row=n, start_column=3, end_row=n, end_column=ujung)
    ws.row_dimensions[7].height = 48
    ws.cell(row=8, column=3).font = Font(size=8, color="808080")


def _nilai_rhk(k: KolomTemplate, r: RhkRow, data: TemplateSkpData) -> object:
    return {
        K.JENIS: r.jenis.label,
        K.RHK_PIMPINAN: data.label_intervensi.get(r.id),
        K.RHK: r.teks,
        K.KLASIFIKASI: r.klasifikasi.label,
        K.TAUTAN: data.label_tautan.get(r.id),
        K.PENUGASAN: r.penugasan_dari,
        K.ID_RHK: r.id,
    }.get(k)


def _nilai_iki(k: KolomTemplate, i: IkiRow) -> object:
    return {
        K.IKI: i.indikator,
        K.ASPEK: label_enum(i.aspek) or None,
        K.PERSPEKTIF: label_enum(i.perspektif) or None,
        K.TARGET_MIN: nilai_target(i.target_min),
        K.TARGET_MAX: nilai_target(i.target_max),
        K.SATUAN: i.satuan,
        K.ID_IKI: i.id,
    }.get(k)


def _tulis_tabel(ws: Any, data: TemplateSkpData) -> int:
    """The header and the rows; returns the last row with borders."""
    for c, k in enumerate(data.kolom, start=1):
        sel = ws.cell(row=BARIS_HEADER, column=c, value=data.judul(k))
        sel.font = Font(bold=True)
        sel.fill = ISI_HEADER
        sel.alignment = Alignment(vertical="center", wrap_text=True)
        sel.border = BINGKAI
    n = BARIS_HEADER
    for r in data.rhk:
        for j, iki in enumerate(r.iki or (None,)):
            n += 1
            for c, k in enumerate(data.kolom, start=1):
                if k in KOLOM_RHK:
                    nilai = _nilai_rhk(k, r, data) if j == 0 else None
                else:
                    nilai = _nilai_iki(k, iki) if iki is not None else None
                sel = ws.cell(row=n, column=c, value=nilai)
                sel.alignment = ATAS
                sel.border = BINGKAI
                if j > 0 and k in KOLOM_RHK:
                    sel.fill = ISI_LANJUTAN
    for _ in range(BARIS_KOSONG):
        n += 1
        for c in range(1, len(data.kolom) + 1):
            sel = ws.cell(row=n, column=c)
            sel.alignment = ATAS
            sel.border = BINGKAI
    return n


def _tulis_pilihan(ws: Any, data: TemplateSkpData) -> None:
    judul = ("RHK pimpinan yang dapat diintervensi", "Unit/tim RHK organisasi", "ID RHK", "ID")
    for c, teks in enumerate(judul, start=1):
        ws.cell(row=1, column=c, value=teks).font = Font(bold=True)
    for n, p in enumerate(data.rhk_pimpinan, start=2):
        ws.cell(row=n, column=1, value=p.label)
        ws.cell(row=n, column=3, value=p.id)
    for n, p in enumerate(data.tautan, start=2):
        ws.cell(row=n, column=2, value=p.label)
        ws.cell(row=n, column=4, value=p.id)


def _daftar(*labels: str) -> str:
    return '"' + ",".join(labels) + '"'


def _validasi(ws: Any, data: TemplateSkpData, terakhir: int) -> None:
    rentang = {
        K.JENIS: _daftar(*(j.label for j in JenisRhk)),
        K.KLASIFIKASI: _daftar(KlasifikasiRhk.INDIVIDU.label, KlasifikasiRhk.ORGANISASI.label),
        K.ASPEK: _daftar(*(a.label for a in Aspek)),
        K.PERSPEKTIF: _daftar(*(p.label for p in Perspektif)),
    }
    if data.rhk_pimpinan:
        rentang[K.RHK_PIMPINAN] = f"'{SHEET_PILIHAN}'!$A$2:$A${len(data.rhk_pimpinan) + 1}"
    if data.tautan:
        rentang[K.TAUTAN] = f"'{SHEET_PILIHAN}'!$B$2:$B${len(data.tautan) + 1}"
    for c, k in enumerate(data.kolom, start=1):
        rumus = rentang.get(k)
        if rumus is None:
            continue
        dv = DataValidation(type="list", formula1=rumus, allow_blank=True)
        dv.error = "Pilih salah satu isi daftar pada sel ini."
        dv.errorTitle = data.judul(k)
        dv.showErrorMessage = True
        huruf = get_column_letter(c)
        dv.add(f"{huruf}{BARIS_HEADER + 1}:{huruf}{terakhir}")
        ws.add_data_validation(dv)


# --- reading -----------------------------------------------------------------------------------


def baca_template(path: Path, data: TemplateSkpData) -> BacaanTemplate:
    """The rows of a filled template, or the errors of its structure (row and column named)."""
    path = Path(path)
    judul = {k: data.judul(k) for k in data.kolom}
    kosong = BacaanTemplate(path.name, None, {}, judul, ())
    wb, salah = _buka(path)
    if wb is None:
        return _dengan(kosong, [KesalahanImpor(salah)])
    ws = _sheet(wb)
    if ws is None:
        ada = ", ".join(f"'{n}'" for n in wb.sheetnames)
        pesan = (
            f"sheet '{SHEET_HASIL_KERJA}' tidak ada (sheet dalam berkas: {ada}). Gunakan berkas "
            "dari 'Unduh template SKP' dan jangan mengganti nama sheet-nya."
        )
        return _dengan(kosong, [KesalahanImpor(pesan)])
    baris_header = _cari_header(ws, judul[K.RHK])
    if baris_header is None:
        pesan = (
            f"baris judul kolom tidak ditemukan (tidak ada kolom '{judul[K.RHK]}'). Gunakan "
            "berkas dari 'Unduh template SKP'."
        )
        return _dengan(kosong, [KesalahanImpor(pesan, SHEET_HASIL_KERJA)])
    posisi, hilang = _kolom(ws, baris_header, data.kolom, judul)
    if hilang:
        return _dengan(kosong, hilang)
    huruf = {k: get_column_letter(i + 1) for k, i in posisi.items()}
    return BacaanTemplate(
        nama_berkas=path.name,
        skp_id=_id_skp(ws, baris_header),
        huruf=huruf,
        judul=judul,
        baris=tuple(_baris(ws, baris_header, posisi)),
    )


def _dengan(bacaan: BacaanTemplate, kesalahan: Sequence[KesalahanImpor]) -> BacaanTemplate:
    return BacaanTemplate(
        bacaan.nama_berkas, None, bacaan.huruf, bacaan.judul, (), tuple(kesalahan)
    )


def _buka(path: Path) -> tuple[Any, str]:
    """The workbook, or why it cannot be read (in the user's words)."""
    try:
        ukuran = path.stat().st_size
    except OSError as e:
        return None, f"berkas '{path.name}' tidak dapat dibuka: {e.strerror or e}."
    if ukuran == 0:
        return None, f"berkas '{path.name}' kosong (0 byte); tidak ada yang dapat diimpor."
    if path.suffix.lower() == ".xls":
        return None, (
            f"berkas '{path.name}' berformat Excel lama (.xls). Buka di Excel, simpan sebagai "
            "'Excel Workbook (*.xlsx)', lalu impor berkas .xlsx itu."
        )
    try:
        with warnings.catch_warnings():
            # Excel's own extensions (e.g. x14 validations) are dropped with a warning; the
            # values we read are unaffected.
            warnings.simplefilter("ignore")
            return load_workbook(path, data_only=True), ""
    except Exception as e:  # any unreadable file: the user chose the wrong one
        log.info("not an Excel workbook: %s (%s: %s)", path, type(e).__name__, e)
        return None, (
            f"berkas '{path.name}' bukan buku kerja Excel (.xlsx) yang dapat dibaca. Pilih "
            "berkas dari 'Unduh template SKP' yang telah diisi dan disimpan sebagai .xlsx."
        )


def _sheet(wb: Any) -> Any:
    if SHEET_HASIL_KERJA in wb.sheetnames:
        return wb[SHEET_HASIL_KERJA]
    for nama in wb.sheetnames:
        if norm(nama) == norm(SHEET_HASIL_KERJA):
            return wb[nama]
    return None


def _cari_header(ws: Any, judul_rhk: str) -> int | None:
    for n, row in enumerate(ws.iter_rows(max_row=min(ws.max_row, 60), values_only=True), start=1):
        if any(isinstance(v, str) and norm(v) == norm(judul_rhk) for v in row):
            return n
    return None


def _kolom(
    ws: Any, baris: int, kolom: Sequence[KolomTemplate], judul: dict[KolomTemplate, str]
) -> tuple[dict[KolomTemplate, int], list[KesalahanImpor]]:
    """Where each declared column is (0-based), or an error per missing one."""
    header = next(ws.iter_rows(min_row=baris, max_row=baris, values_only=True))
    ditemukan: dict[str, int] = {}
    for i, v in enumerate(header):
        if isinstance(v, str) and norm(v) not in ditemukan:
            ditemukan[norm(v)] = i
    posisi: dict[KolomTemplate, int] = {}
    hilang: list[KesalahanImpor] = []
    for k in kolom:
        tempat = ditemukan.get(norm(judul[k]))
        if tempat is None:
            tersembunyi = " (kolom ID memang tersembunyi)" if k in KOLOM_TERSEMBUNYI else ""
            hilang.append(
                KesalahanImpor(
                    f"kolom '{judul[k]}' tidak ada. Jangan menghapus atau mengganti nama kolom "
                    f"template{tersembunyi}; unduh template baru bila perlu.",
                    SHEET_HASIL_KERJA,
                    baris,
                )
            )
        else:
            posisi[k] = tempat
    return posisi, hilang


def _id_skp(ws: Any, baris_header: int) -> str | None:
    for row in ws.iter_rows(max_row=baris_header - 1, values_only=True):
        if row and isinstance(row[0], str) and norm(row[0]) == norm(LABEL_ID_SKP):
            isi = [v for v in row[1:] if v not in (None, "")]
            return str(isi[0]).strip() if isi else None
    return None


def _baris(ws: Any, baris_header: int, posisi: dict[KolomTemplate, int]) -> list[BarisTemplate]:
    hasil = []
    batas = min(ws.max_row, baris_header + MAKS_BARIS_DIBACA)
    rows = ws.iter_rows(min_row=baris_header + 1, max_row=batas, values_only=True)
    for n, row in enumerate(rows, start=baris_header + 1):
        nilai = {k: row[i] if i < len(row) else None for k, i in posisi.items()}
        if any(v is not None and (not isinstance(v, str) or v.strip()) for v in nilai.values()):
            hasil.append(BarisTemplate(n, nilai))
    return hasil

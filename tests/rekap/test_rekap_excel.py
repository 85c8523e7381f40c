"""The generic Excel writer and the rekap workbook, read back with openpyxl."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import openpyxl

from ekinerja_desktop.db import Database
from ekinerja_desktop.domain import Predikat, Rating
from ekinerja_desktop.reports.excel.rekap import (
    FORMAT_TANGGAL,
    KolomExcel,
    kolom_rekap,
    nilai_sel,
    tulis_rekap,
    tulis_tabel,
)
from ekinerja_desktop.services.queries_rekap import Cakupan, JenisCakupan, muat_rekap
from tests.rekap.data import ATAS, BAWAH, SEMUA_KOMBINASI, SESUAI, buat_unit


@dataclass(frozen=True)
class Baris:
    nama: str
    jumlah: int
    porsi: float
    tanggal: date
    predikat: Predikat | None


def test_cells_keep_their_types_and_the_header_is_frozen_with_a_filter(tmp_path: Path) -> None:
    rows = [
        Baris("Budi", 3, 0.25, date(2026, 4, 3), Predikat.SANGAT_BAIK),
        Baris("Ayu Lestari dengan nama yang panjang", 12, 0.5, date(2026, 1, 31), None),
    ]
    kolom: list[KolomExcel[Baris]] = [
        KolomExcel("Nama", lambda b: b.nama),
        KolomExcel("Jumlah", lambda b: b.jumlah),
        KolomExcel("Porsi", lambda b: b.porsi, format_angka="0%"),
        KolomExcel("Tanggal", lambda b: b.tanggal),
        KolomExcel("Predikat", lambda b: b.predikat),
    ]
    path = tulis_tabel(tmp_path / "t.xlsx", kolom, rows, judul=["Judul", "Sub"])
    ws = openpyxl.load_workbook(path).active
    assert ws["A1"].value == "Judul" and ws["A1"].font.bold
    assert [c.value for c in ws[4]] == ["Nama", "Jumlah", "Porsi", "Tanggal", "Predikat"]
    assert ws.freeze_panes == "A5"
    assert ws.auto_filter.ref == "A4:E6"
    assert [c.value for c in ws[5]] == ["Budi", 3, 0.25, datetime(2026, 4, 3), "Sangat Baik"]
    assert ws["C5"].number_format == "0%" and ws["D5"].number_format == FORMAT_TANGGAL
    assert ws["E6"].value is None
    assert ws.column_dimensions["A"].width > ws.column_dimensions["B"].width
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_an_empty_table_still_has_its_header(tmp_path: Path) -> None:
    path = tulis_tabel(tmp_path / "kosong.xlsx", [KolomExcel[str]("A", str)], [])
    ws = openpyxl.load_workbook(path).active
    assert [c.value for c in ws[1]] == ["A"] and ws.max_row == 1
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:A1"


def test_the_rekap_workbook_holds_every_row(db: Database, tmp_path: Path) -> None:
    unit = buat_unit(db, [*SEMUA_KOMBINASI, None])
    with db.read_session() as s:
        rekap = muat_rekap(s, Cakupan(JenisCakupan.UNIT, unit.biro_id, "Biro Uji"), unit.tw1)
    ws = openpyxl.load_workbook(tulis_rekap(tmp_path / "rekap.xlsx", rekap)).active
    assert ws["A1"].value == "Rekap Penilaian Bawahan"
    assert "Biro Uji" in ws["A2"].value and "Periode 1 (TW1) 2026" in ws["A2"].value
    header = [c.value for c in ws[4]]
    assert header == [k.judul for k in kolom_rekap()]
    data = [[c.value for c in row] for row in ws.iter_rows(min_row=5)]
    expected = [[nilai_sel(k.nilai(r)) for k in kolom_rekap()] for r in rekap.rows]
    assert data == expected
    assert len(data) == 11  # 10 staf + the kabag
    assert all(len(row[0]) == 18 for row in data)  # NIPs stay 18-digit text
    by_rating = {(row[4], row[5]): row[6] for row in data if row[4]}
    assert by_rating[(ATAS.label, ATAS.label)] == "Sangat Baik"
    assert by_rating[(BAWAH.label, BAWAH.label)] == "Sangat Kurang"
    assert by_rating[(SESUAI.label, BAWAH.label)] == "Kurang/Misconduct"
    assert isinstance(data[0][8], datetime) or data[0][8] is None
    assert Rating.SESUAI_EKSPEKTASI.label == "Sesuai Ekspektasi"

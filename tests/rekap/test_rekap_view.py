"""The Rekap Penilaian page on real widgets: matrix results, sort/filter, export, live refresh."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ekinerja_desktop.db import Database
from ekinerja_desktop.domain import Predikat, StatusKeberatan, predikat_kinerja
from ekinerja_desktop.services.keberatan import LayananKeberatan
from ekinerja_desktop.services.queries_rekap import Cakupan, JenisCakupan, muat_rekap
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.rekap.rekap_model import RekapModel
from ekinerja_desktop.views.rekap.rekap_page import RekapPage
from tests.rekap.conftest import bertindak
from tests.rekap.data import ATAS, SEMUA_KOMBINASI, SESUAI, Unit, buat_unit

DISPLAY = Qt.ItemDataRole.DisplayRole
KOLOM_PREDIKAT = 6


@pytest.fixture
def unit(db: Database) -> Unit:
    return buat_unit(db, [*SEMUA_KOMBINASI, None, "draft", "tanpa-skp"])


@pytest.fixture
def page(qtbot: QtBot, uow: UnitOfWork, bridge: ChangeBridge, unit: Unit) -> RekapPage:
    page = RekapPage(uow, bridge)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    bertindak(uow, page, unit.kabag)
    return page


def shown(page: RekapPage) -> list[list[str]]:
    proxy = page.proxy
    return [
        [str(proxy.index(r, c).data(DISPLAY)) for c in range(proxy.columnCount())]
        for r in range(proxy.rowCount())
    ]


def test_model_passes_the_model_tester(
    qtmodeltester: ModelTester, db: Database, unit: Unit
) -> None:
    model = RekapModel()
    with db.read_session() as s:
        model.set_rows(muat_rekap(s, Cakupan(JenisCakupan.UNIT, unit.biro_id, ""), unit.tw1).rows)
    qtmodeltester.check(model, force_py=True)


def test_the_table_shows_the_matrix_result_of_every_combination(
    page: RekapPage, unit: Unit
) -> None:
    assert page.tersedia
    assert page.pemilih.periode_id() == unit.tw1  # the latest rated period comes first
    rows = {r[1]: r for r in shown(page)}
    assert len(rows) == 12
    for i, (hasil, perilaku) in enumerate(SEMUA_KOMBINASI):
        nip, _nama, _jabatan, unor, h, p, predikat, status = rows[f"Staf {i:02d}"]
        assert (h, p) == (hasil.label, perilaku.label)
        assert predikat == predikat_kinerja(hasil, perilaku).label
        assert status == "Sudah dinilai" and unor == "Bagian Uji" and len(nip) == 18
    assert rows["Staf 09"][4:] == ["-", "-", "-", "Belum dinilai"]
    assert rows["Staf 10"][7] == "SKP belum disetujui"
    assert rows["Staf 11"][7] == "Belum ada SKP"
    assert page.count_label.text() == "9 dari 12 pegawai sudah dinilai"


def test_sort_and_filter(qtbot: QtBot, page: RekapPage) -> None:
    page.table.sortByColumn(KOLOM_PREDIKAT, Qt.SortOrder.DescendingOrder)
    predikat = [r[KOLOM_PREDIKAT] for r in shown(page)]
    assert predikat[0] == "Sangat Baik" and predikat[-3:] == ["-", "-", "-"]
    assert predikat[1:4] == ["Baik"] * 3
    page.predikat_combo.setCurrentIndex(page.predikat_combo.findData(Predikat.SANGAT_BAIK.value))
    assert [r[1] for r in shown(page)] == ["Staf 02"]  # di atas / di atas
    page.predikat_combo.setCurrentIndex(page.predikat_combo.findData("BELUM"))
    assert len(shown(page)) == 3
    page.predikat_combo.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "DISETUJUI belum")  # every word, any order and case
    assert [r[1] for r in shown(page)] == ["Staf 10"]
    assert "1 ditampilkan" in page.count_label.text()


def test_export_holds_the_rows_as_shown(
    qtbot: QtBot, page: RekapPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The .xlsx holds exactly the rows on screen, in the screen's order (sorted, filtered)."""
    page.table.sortByColumn(KOLOM_PREDIKAT, Qt.SortOrder.DescendingOrder)
    page.predikat_combo.setCurrentIndex(page.predikat_combo.findData(Predikat.BAIK.value))
    target = tmp_path / "rekap"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    path = target.with_suffix(".xlsx")
    assert page.pesan.kind == "info" and str(path) in page.pesan.text()
    ws = openpyxl.load_workbook(path).active
    assert ws["A1"].value == "Rekap Penilaian Bawahan"
    assert ws["A3"].value == "Disaring: 3 dari 12 pegawai"
    header_row = 5
    headers = [c.value for c in ws[header_row]]
    model = page.model
    screen = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers[:-1] == [h.replace("\n", " ") for h in screen]
    assert headers[4] == "Rating hasil kerja"
    assert headers[-1] == "Tanggal dinilai"
    data = [[c.value for c in row] for row in ws.iter_rows(min_row=header_row + 1)]
    assert [row[:8] for row in data] == shown(page)
    assert len(data) == 3 and all(row[6] == "Baik" for row in data)
    rows = page.proxy.rows_shown()
    assert [row[8] for row in data] == [r.dinilai_pada for r in rows]
    assert ws.freeze_panes == f"A{header_row + 1}" and ws.auto_filter.ref == "A5:I8"


def test_the_rekap_follows_a_decided_keberatan(qtbot: QtBot, page: RekapPage, unit: Unit) -> None:
    """A change committed by another screen of the app (here: a keberatan granted, through the
    same unit of work) reaches the open table through the change bridge."""
    penilaian_id = unit.penilaian_ids[4]  # sesuai / sesuai → Baik
    assert penilaian_id is not None
    uow = page.uow
    keberatan = LayananKeberatan(uow)
    uow.aktor = unit.staf[4]
    id_ = keberatan.ajukan(penilaian_id, "Hasil melampaui target.", ATAS, ATAS)
    uow.aktor = unit.kabag
    keberatan.jelaskan(id_, "Setuju ditinjau.")
    uow.aktor = unit.kepala
    keberatan.putuskan(id_, StatusKeberatan.DISETUJUI, "Disetujui.", ATAS, SESUAI)
    qtbot.waitUntil(
        lambda: {r[1]: r for r in shown(page)}["Staf 04"][4] == ATAS.label, timeout=2000
    )
    row = {r[1]: r for r in shown(page)}["Staf 04"]
    assert row[KOLOM_PREDIKAT] == predikat_kinerja(ATAS, SESUAI).label


def test_not_offered_to_a_pegawai_who_rates_nobody(page: RekapPage, unit: Unit) -> None:
    bertindak(page.uow, page, unit.staf[0])
    assert not page.tersedia
    assert page.model.rowCount() == 0
    assert "pejabat penilai kinerja" in page.empty_label.text()

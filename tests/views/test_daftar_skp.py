"""The Daftar SKP page on real widgets: its model cell by cell, sorting, filtering, tabs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ekinerja_desktop.db import Database
from ekinerja_desktop.domain import Pendekatan
from ekinerja_desktop.services.queries import daftar_skp
from ekinerja_desktop.services.skp import LayananSkp
from ekinerja_desktop.views.common.table_model import ID_ROLE
from ekinerja_desktop.views.main_window import MainWindow
from ekinerja_desktop.views.skp.daftar_skp import DaftarSkpPage
from ekinerja_desktop.views.skp.skp_table import SkpListPanel, SkpTableModel
from tests.views.conftest import AppFactory, SkpData

DISPLAY = Qt.ItemDataRole.DisplayRole


def page_of(window: MainWindow) -> DaftarSkpPage:
    page = window.pages[0]
    assert isinstance(page, DaftarSkpPage)
    return page


def visible_ids(panel: SkpListPanel) -> list[str]:
    proxy = panel.proxy
    return [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]


def column_texts(panel: SkpListPanel, header: str) -> list[str]:
    section = [c.header for c in panel.model.columns].index(header)
    proxy = panel.proxy
    return [proxy.index(r, section).data(DISPLAY) for r in range(proxy.rowCount())]


def click_header(qtbot: QtBot, panel: SkpListPanel, header: str) -> None:
    section = [c.header for c in panel.model.columns].index(header)
    view = panel.table.horizontalHeader()
    x = view.sectionViewportPosition(section) + view.sectionSize(section) // 2
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, view.height() // 2))


def test_skp_model_passes_the_model_tester(
    qtmodeltester: ModelTester, db: Database, skp_data: SkpData
) -> None:
    with db.read_session() as session:
        rows = daftar_skp(session)
    for with_pegawai in (False, True):
        model = SkpTableModel(with_pegawai)
        qtmodeltester.check(model)
        model.set_rows(rows)
        qtmodeltester.check(model)


def test_own_skp_model_cell_by_cell(db: Database, skp_data: SkpData) -> None:
    with db.read_session() as session:
        rows = daftar_skp(session, pegawai_id=skp_data.org.staf.pegawai_id)
    model = SkpTableModel(with_pegawai=False)
    model.set_rows(rows)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Periode",
        "Tahun",
        "Pendekatan",
        "Status",
        "Unit kerja",
        "Jabatan",
        "PLT/PLH",
        "Pejabat penilai",
    ]
    expected = {
        skp_data.staf_semester_1: [
            "1 Jan – 30 Jun 2026",
            "2026",
            "Kuantitatif",
            "Pengajuan",
            "Biro Uji",
            "Perencana Ahli Muda",
            "",
            "Kepala Uji",
        ],
        skp_data.staf_semester_2: [
            "1 Jul – 31 Des 2026",
            "2026",
            "Kualitatif",
            "Draft",
            "Biro Uji",
            "Perencana Ahli Muda",
            "",
            "Kepala Uji",
        ],
    }
    assert model.rowCount() == len(rows) == 2
    for r, row in enumerate(rows):
        cells = [model.index(r, c).data(DISPLAY) for c in range(model.columnCount())]
        assert cells == expected[row.id]
        assert model.index(r, 0).data(ID_ROLE) == row.id
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == (
        "1 Januari 2026 – 30 Juni 2026"  # the period in full
    )


def test_others_skp_model_starts_with_the_pegawai(db: Database, skp_data: SkpData) -> None:
    with db.read_session() as session:
        rows = daftar_skp(session)
    model = SkpTableModel(with_pegawai=True)
    model.set_rows(rows)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Pegawai"
    by_id = {model.index(r, 0).data(ID_ROLE): r for r in range(model.rowCount())}
    kepala = by_id[skp_data.kepala]
    assert model.index(kepala, 0).data(DISPLAY) == "Kepala Uji"
    assert model.index(kepala, 0).data(Qt.ItemDataRole.ToolTipRole) == (
        "Kepala Uji\nNIP 197001012000031001"
    )
    assert model.index(kepala, 1).data(DISPLAY) == "1 Jan – 31 Des 2025"
    assert model.index(kepala, 8).data(DISPLAY) == "Belum ditentukan"


def test_page_shows_the_acting_users_skps(window: MainWindow, skp_data: SkpData) -> None:
    page = page_of(window)
    assert sorted(visible_ids(page.milik)) == sorted(
        [skp_data.staf_semester_1, skp_data.staf_semester_2]
    )
    assert page.tabs.tabText(0) == "SKP Saya (2)"
    assert not page.tabs.isTabVisible(1)  # the staf evaluates nobody
    assert not page.tabs.isTabVisible(2)  # and is no admin
    assert page.milik.stack.currentWidget() is page.milik.table
    assert page.milik.count_label.text() == "2 SKP"


def test_sorting_by_clicking_a_header(qtbot: QtBot, window: MainWindow, skp_data: SkpData) -> None:
    panel = page_of(window).milik
    click_header(qtbot, panel, "Status")
    assert column_texts(panel, "Status") == ["Draft", "Pengajuan"]
    click_header(qtbot, panel, "Status")
    assert column_texts(panel, "Status") == ["Pengajuan", "Draft"]
    click_header(qtbot, panel, "Periode")  # on the raw date, not the text ("1 Juli" < "1 Jan…")
    assert visible_ids(panel) == [skp_data.staf_semester_1, skp_data.staf_semester_2]
    click_header(qtbot, panel, "Periode")
    assert visible_ids(panel) == [skp_data.staf_semester_2, skp_data.staf_semester_1]


def test_filtering_by_typing_and_by_status(
    qtbot: QtBot, window: MainWindow, skp_data: SkpData
) -> None:
    panel = page_of(window).milik
    qtbot.keyClicks(panel.search, "juli")
    assert visible_ids(panel) == [skp_data.staf_semester_2]
    assert panel.count_label.text() == "1 dari 2 SKP"
    panel.search.clear()
    qtbot.keyClicks(panel.search, "KUANTITATIF 2026")  # every word, any case
    assert visible_ids(panel) == [skp_data.staf_semester_1]
    panel.search.clear()
    assert len(visible_ids(panel)) == 2

    panel.status_combo.setCurrentIndex(panel.status_combo.findText("Draft"))
    assert visible_ids(panel) == [skp_data.staf_semester_2]
    qtbot.keyClicks(panel.search, "juni")
    assert visible_ids(panel) == []
    assert panel.stack.currentIndex() == 1  # a sentence, not a blank table
    assert "Tidak ada SKP yang cocok" in panel.empty_label.text()
    assert panel.clear_button.isVisible()
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert len(visible_ids(panel)) == 2
    assert panel.status_combo.currentText() == "Semua"


def test_ctrl_f_goes_to_the_search_box(qtbot: QtBot, window: MainWindow) -> None:
    panel = page_of(window).milik
    window.activateWindow()
    panel.table.setFocus()
    qtbot.waitUntil(panel.table.hasFocus)
    qtbot.keyClick(panel.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(panel.search.hasFocus)


def test_pimpinan_sees_subordinates_and_admin_sees_all(
    window: MainWindow, skp_data: SkpData
) -> None:
    page = page_of(window)
    org = skp_data.org
    window.act_as(org.kepala.pegawai_id)
    assert visible_ids(page.milik) == [skp_data.kepala]
    assert page.tabs.isTabVisible(1)
    assert sorted(visible_ids(page.bawahan)) == sorted(
        [skp_data.staf_semester_1, skp_data.staf_semester_2, skp_data.rekan]
    )
    assert page.tabs.tabText(1) == "SKP Bawahan (3)"
    assert not page.tabs.isTabVisible(2)

    window.act_as(org.admin.pegawai_id)
    assert visible_ids(page.milik) == []
    assert page.milik.stack.currentIndex() == 1
    assert page.milik.empty_label.text().startswith("Belum ada SKP.")
    assert not page.milik.clear_button.isVisibleTo(page.milik)
    assert page.tabs.isTabVisible(2)
    assert len(visible_ids(page.semua)) == 4


def test_a_commit_anywhere_refreshes_the_page(
    qtbot: QtBot, window: MainWindow, skp_data: SkpData
) -> None:
    page = page_of(window)
    panel = page.milik
    panel.table.setCurrentIndex(panel.proxy.index(0, 0))
    selected = panel.selected_id()
    assert selected == skp_data.staf_semester_1  # the query's order: by periode
    LayananSkp(window.uow).hapus_skp(skp_data.staf_semester_2)  # the window's unit of work
    qtbot.waitUntil(lambda: len(visible_ids(panel)) == 1)
    assert page.tabs.tabText(0) == "SKP Saya (1)"
    assert panel.selected_id() == selected  # the selection survives a reload
    LayananSkp(window.uow).buat_skp(date(2026, 7, 1), date(2026, 9, 30), Pendekatan.KUALITATIF)
    qtbot.waitUntil(lambda: len(visible_ids(panel)) == 2)


def test_no_user_shows_how_to_start(make_app: AppFactory) -> None:
    window = make_app().window
    assert window is not None
    page = page_of(window)
    assert window.aktor is None
    assert page.no_user.isVisible()
    assert "--demo" in page.no_user.text()
    assert not page.tabs.isVisible()

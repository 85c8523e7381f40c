"""The four pages in the main window's navigation, shown to the roles that use them."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from ekinerja_desktop.db import Database
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.main_window import AppInfo, MainWindow
from tests.rekap.data import SESUAI, buat_unit

HALAMAN = ("Rekap Penilaian", "Kurva", "Capaian Organisasi", "Keberatan")


def _terlihat(window: MainWindow) -> set[str]:
    nav = window.nav
    return {nav.item(i).text() for i in range(nav.count()) if not nav.isRowHidden(i)} & set(HALAMAN)


def test_pages_by_role(
    qtbot: QtBot, db: Database, uow: UnitOfWork, bridge: ChangeBridge, tmp_path: Path
) -> None:
    unit = buat_unit(db, [(SESUAI, SESUAI), None])
    window = MainWindow(uow, bridge, demo=False, info=AppInfo(version="", data_dir=tmp_path))
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert all(t in titles for t in HALAMAN)
    window.act_as(unit.admin.pegawai_id)
    assert _terlihat(window) == set(HALAMAN)
    window.act_as(unit.kepala.pegawai_id)
    assert _terlihat(window) == set(HALAMAN)  # PPK, heads the biro; keberatan to decide later
    window.act_as(unit.kabag.pegawai_id)
    assert _terlihat(window) == set(HALAMAN)  # rates the staf: may have to explain a keberatan
    window.act_as(unit.staf[0].pegawai_id)  # rated: may object
    assert _terlihat(window) == {"Keberatan"}
    window.act_as(unit.staf[1].pegawai_id)  # nothing rated, nobody to rate
    assert _terlihat(window) == set()
    window.act_as(unit.kepala.pegawai_id)
    window.nav.setCurrentRow(titles.index("Kurva"))
    assert window.current_page().objectName() == "page_kurva"

"""The Admin Instansi page in the main window: a navigation row for the admin only, built the
first time it is opened."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.admin.admin_page import AdminPage
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.main_window import AppInfo, MainWindow
from ekinerja_desktop.views.navigasi import HalamanTertunda
from tests.admin.conftest import Demo


def test_only_the_admin_sees_the_row_and_it_builds_the_page(
    qtbot: QtBot, demo: Demo, tmp_path: Path
) -> None:
    uow = UnitOfWork(demo.db)
    bridge = ChangeBridge(uow)
    window = MainWindow(uow, bridge, demo=False, info=AppInfo("", data_dir=tmp_path))
    qtbot.addWidget(window)
    titles = [window.nav.item(r).text() for r in range(window.nav.count())]
    row = titles.index("Admin Instansi")
    assert isinstance(window.pages[row], HalamanTertunda)
    for peran in ("Pegawai", "Ketua Tim", "Pimpinan"):
        window.act_as(demo.info.pengguna[peran])
        assert window.nav.isRowHidden(row), peran
    window.act_as(demo.info.pengguna["Admin"])
    assert not window.nav.isRowHidden(row)
    window.nav.setCurrentRow(row)
    page = window.current_page()
    assert isinstance(page, AdminPage) and page.tersedia
    assert page.aktor is not None and page.aktor.pegawai_id == demo.info.pengguna["Admin"]
    bridge.detach()

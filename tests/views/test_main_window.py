"""The main window: navigation, menus, the demo user switch, and fitting a 1024×768 screen."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from ekinerja_desktop.app import Composition
from ekinerja_desktop.db import Database
from ekinerja_desktop.paths import Paths
from ekinerja_desktop.services.queries import daftar_skp
from ekinerja_desktop.views.main_window import MainWindow
from ekinerja_desktop.views.skp.daftar_skp import DaftarSkpPage
from tests.views.conftest import AppFactory, accept_message_box
from tests.views.test_daftar_skp import page_of, visible_ids

DEMO_ORDER = ["Pegawai", "Ketua Tim", "Pimpinan", "Admin"]


def demo_app(make_app: AppFactory) -> tuple[Composition, MainWindow]:
    composition = make_app(demo=True)
    assert composition.window is not None and composition.demo is not None
    return composition, composition.window


def own_skp_ids(composition: Composition, pegawai_id: str) -> list[str]:
    assert composition.uow is not None
    with composition.uow.read() as session:
        return [row.id for row in daftar_skp(session, pegawai_id=pegawai_id)]


def test_navigation_opens_on_daftar_skp(window: MainWindow) -> None:
    assert window.nav.item(0).text() == "Daftar SKP"
    assert window.nav.count() == window.stack.count() == len(window.pages)  # a page per entry
    assert isinstance(window.stack.currentWidget(), DaftarSkpPage)
    assert window.nav.accessibleName()
    assert window.findChild(QWidget, "demo_switcher") is None  # not a demo
    assert "Staf Uji" in window.user_label.text()


def test_menus(qtbot: QtBot, window: MainWindow) -> None:
    actions = window.menuBar().actions()
    menus = [action.text() for action in actions]
    assert menus[0] == "&Berkas" and "&Tampilan" in menus and menus[-1] == "B&antuan"
    berkas = actions[0].menu()
    assert isinstance(berkas, QMenu)
    keluar = next(a for a in berkas.actions() if a.text() == "&Keluar")
    assert keluar.shortcut() == QKeySequence("Ctrl+Q")
    bantuan = actions[-1].menu()
    assert isinstance(bantuan, QMenu)
    texts = accept_message_box()
    next(a for a in bantuan.actions() if a.text() == "&Tentang e-Kinerja Desktop").trigger()
    assert "e-Kinerja Desktop" in texts[0]
    keluar.trigger()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_demo_switcher_changes_the_acting_user_and_the_table(
    qtbot: QtBot, make_app: AppFactory, db: Database
) -> None:
    composition, window = demo_app(make_app)
    demo = composition.demo
    assert demo is not None
    switcher = window.switcher
    assert switcher is not None
    combo = switcher.combo
    assert [combo.itemText(i).split(" — ")[1] for i in range(combo.count())] == DEMO_ORDER
    assert [combo.itemData(i) for i in range(combo.count())] == [
        demo.pengguna[p] for p in DEMO_ORDER
    ]
    assert switcher.badge.text() == "MODE DEMO" and switcher.badge.isVisible()
    assert "mode demo" in window.windowTitle()
    for widget in (combo, switcher.badge):
        assert widget.accessibleName()

    # The demo starts as the Pegawai.
    page = page_of(window)
    pegawai = demo.pengguna["Pegawai"]
    assert window.uow.aktor is not None and window.uow.aktor.pegawai_id == pegawai
    assert visible_ids(page.milik) == own_skp_ids(composition, pegawai)

    # By keyboard: Alt+B (the label's mnemonic) reaches the combo, Down picks the next user.
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    ketua = demo.pengguna["Ketua Tim"]
    qtbot.waitUntil(lambda: window.uow.aktor is not None and window.uow.aktor.pegawai_id == ketua)
    assert visible_ids(page.milik) == own_skp_ids(composition, ketua)
    assert visible_ids(page.milik) != own_skp_ids(composition, pegawai)

    # The Pimpinan gets the subordinates' tab, the admin every SKP.
    combo.setCurrentIndex(DEMO_ORDER.index("Pimpinan"))
    assert page.tabs.isTabVisible(1) and len(visible_ids(page.bawahan)) > 0
    combo.setCurrentIndex(DEMO_ORDER.index("Admin"))
    assert window.uow.aktor is not None and window.uow.aktor.is_admin
    assert page.tabs.isTabVisible(2) and len(visible_ids(page.semua)) > 10
    assert "Admin" in window.user_label.text()


def test_the_last_demo_user_is_remembered(make_app: AppFactory, paths: Paths) -> None:
    composition, window = demo_app(make_app)
    assert composition.demo is not None
    pimpinan = composition.demo.pengguna["Pimpinan"]
    assert window.switcher is not None
    window.switcher.combo.setCurrentIndex(DEMO_ORDER.index("Pimpinan"))
    saved = json.loads(paths.settings.read_text(encoding="utf-8"))
    assert saved["pegawai_aktif_id"] == pimpinan
    composition.close()
    assert json.loads(paths.settings.read_text(encoding="utf-8"))["geometri_jendela"]

    # Without --demo, a database holding the demo still runs as a clearly marked demo.
    again = make_app()
    assert again.window is not None and again.window.switcher is not None
    assert again.window.uow.aktor is not None
    assert again.window.uow.aktor.pegawai_id == pimpinan
    assert again.window.switcher.current_id() == pimpinan


def test_fits_a_1024_by_768_screen(qtbot: QtBot, make_app: AppFactory, db: Database) -> None:
    composition, window = demo_app(make_app)
    assert window.minimumWidth() <= 1000 and window.minimumHeight() <= 700
    hint = window.minimumSizeHint()
    assert hint.width() <= 1000 and hint.height() <= 700
    window.showNormal()
    window.resize(1024, 740)  # a 1024×768 screen less a taskbar
    qtbot.waitUntil(lambda: window.width() == 1024)
    assert composition.demo is not None
    window.act_as(composition.demo.pengguna["Admin"])  # the widest table: every SKP
    page = page_of(window)
    page.tabs.setCurrentIndex(2)
    table = page.semua.table
    qtbot.waitUntil(table.isVisible)
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() <= table.viewport().width())
    assert table.horizontalScrollBar().maximum() == 0  # every column in view
    for widget in (page.semua.search, page.semua.status_combo, page.semua.count_label):
        right = widget.mapTo(window, widget.rect().topRight()).x()
        assert 0 < right <= window.width()
    switcher = window.switcher
    assert switcher is not None
    assert switcher.combo.mapTo(window, switcher.combo.rect().topRight()).x() <= window.width()

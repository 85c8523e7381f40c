"""The composition root: `main()` end to end, the language, a too-new database, the crash hook."""

from __future__ import annotations

import logging
import re
import sqlite3
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer, qInfo
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ekinerja_desktop.__main__ import main
from ekinerja_desktop.db import cadangan_harian, current_revision, integrity_ok, open_database
from ekinerja_desktop.errors import UserError
from ekinerja_desktop.paths import Paths
from ekinerja_desktop.settings import Settings
from tests.views.conftest import AppFactory, SkpData, accept_message_box
from tests.views.test_daftar_skp import page_of


def test_main_demo_shows_the_window_and_quits(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "ekdemo"
    assert main(["--data-dir", str(data), "--demo", "--quit-after-show"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^shown_ms=\d+$", out, re.MULTILINE), out
    paths = Paths(data)
    assert paths.database.exists()
    settings = Settings.load(paths.settings)
    assert settings.pegawai_aktif_id  # acted as the demo Pegawai
    assert settings.geometri_jendela
    log = paths.logs.joinpath("ekinerja.log").read_text(encoding="utf-8")
    assert "seeding the demo instansi" in log

    # A second start finds the demo already there and does not seed it again.
    assert main(["--data-dir", str(data), "--demo", "--quit-after-show"]) == 0
    log = paths.logs.joinpath("ekinerja.log").read_text(encoding="utf-8")
    assert log.count("seeding the demo instansi") == 1


def test_main_saves_a_screenshot(qapp: QApplication, tmp_path: Path) -> None:
    png = tmp_path / "shots" / "main_window.png"
    assert main(["--data-dir", str(tmp_path / "d"), "--demo", "--screenshot", str(png)]) == 0
    image = QImage(str(png))
    assert not image.isNull()
    assert image.width() > 600 and image.height() > 400


def test_english_with_lang_en(make_app: AppFactory, skp_data: SkpData) -> None:
    composition = make_app(lang="en")
    window = composition.window
    assert window is not None
    window.act_as(skp_data.org.staf.pegawai_id)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[0] == "&File" and "&View" in menus and menus[-1] == "&Help"
    assert window.nav.item(0).text() == "SKP List"
    page = page_of(window)
    assert page.tabs.tabText(0) == "My SKPs (2)"
    assert page.milik.model.headerData(0, Qt.Orientation.Horizontal) == "Period"
    assert page.milik.status_combo.itemText(0) == "All"
    assert page.milik.count_label.text() == "2 SKPs"  # a real plural
    composition.close()
    # Closing removes the translator: the next window is Indonesian again.
    assert QCoreApplication.translate("MainWindow", "&Berkas") == "&Berkas"


def test_indonesian_by_default(make_app: AppFactory) -> None:
    window = make_app().window
    assert window is not None
    assert window.menuBar().actions()[0].text() == "&Berkas"


def test_database_newer_than_the_app_is_refused(qapp: QApplication, tmp_path: Path) -> None:
    paths = Paths(tmp_path / "data").ensure()
    open_database(paths.database).dispose()
    with sqlite3.connect(paths.database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00d_dari_masa_depan'")
    conn.close()

    texts = accept_message_box()
    assert main(["--data-dir", str(paths.root)]) == 1
    assert len(texts) == 1
    assert "versi aplikasi yang lebih baru" in texts[0]
    from ekinerja_desktop.db import create_sqlite_engine

    engine = create_sqlite_engine(paths.database)
    assert current_revision(engine) == "f00d_dari_masa_depan"  # left untouched
    engine.dispose()


# The offscreen platform cannot raise windows; on a desktop the dialog comes to the front.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_crash_dialog_for_an_unexpected_error(
    qtbot: QtBot, make_app: AppFactory, paths: Paths
) -> None:
    composition = make_app()
    reporter = composition.reporter
    assert reporter is not None and sys.excepthook == reporter.handle
    try:
        raise RuntimeError("boom di slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    dialog = reporter.dialog
    assert dialog is not None
    assert "aman" in dialog.explanation.text()  # the data is safe
    assert str(paths.logs / "ekinerja.log") in dialog.log_label.text()
    assert "RuntimeError: boom di slot" in dialog.details.toPlainText()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert "boom di slot" in QGuiApplication.clipboard().text()

    log = (paths.logs / "ekinerja.log").read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log
    assert "RuntimeError: boom di slot" in log

    # A real slot that raises: PySide hands it to the hook; the open dialog collects it.
    def slot() -> None:
        raise ValueError("kedua")

    QTimer.singleShot(0, slot)
    qtbot.waitUntil(lambda: "ValueError: kedua" in dialog.details.toPlainText())
    assert reporter.dialog is dialog

    composition.close()
    assert sys.excepthook != reporter.handle


def test_user_error_is_shown_as_is(qtbot: QtBot, make_app: AppFactory) -> None:
    composition = make_app()
    texts = accept_message_box()
    try:
        raise UserError("Periode SKP bertumpuk dengan SKP lain.")
    except UserError:
        sys.excepthook(*sys.exc_info())
    qtbot.waitUntil(lambda: bool(texts))
    assert texts == ["Periode SKP bertumpuk dengan SKP lain."]
    assert composition.reporter is not None and composition.reporter.dialog is None


def test_qt_messages_go_to_the_log(make_app: AppFactory, paths: Paths) -> None:
    make_app()
    qInfo("pesan dari Qt untuk log")
    for handler in logging.getLogger().handlers:
        handler.flush()
    log = (paths.logs / "ekinerja.log").read_text(encoding="utf-8")
    assert "INFO qt: pesan dari Qt untuk log" in log


def test_the_days_automatic_backup(make_app: AppFactory) -> None:
    composition = make_app()
    backups = composition.paths.backups
    composition.mulai_cadangan_harian().join(30)
    [harian] = backups.glob("ekinerja-*-harian.db")
    assert integrity_ok(harian)
    composition.mulai_cadangan_harian().join(30)  # again the same day: nothing new
    assert list(backups.glob("ekinerja-*-harian.db")) == [harian]
    besok = datetime.now() + timedelta(hours=21)
    assert cadangan_harian(composition.paths.database, backups, now=besok) is not None
    assert len(list(backups.glob("ekinerja-*-harian.db"))) == 2

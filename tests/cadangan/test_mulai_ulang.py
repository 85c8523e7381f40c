"""`main()` end to end: Pulihkan ends the event loop, the app closes, restores, and opens again
in the same process; the second window reads the restored data and says so."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from ekinerja_desktop.__main__ import main
from ekinerja_desktop.db import Database, backup_database
from ekinerja_desktop.domain import Pendekatan
from ekinerja_desktop.paths import Paths
from ekinerja_desktop.services.cadangan import LayananCadangan
from ekinerja_desktop.services.skp import LayananSkp
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.cadangan.pulihkan_dialog import PulihkanDialog
from ekinerja_desktop.views.cadangan.ringkasan import waktu
from ekinerja_desktop.views.main_window import MainWindow
from tests.support import Org


def visible(kind: type, name: str | None = None) -> list[object]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, kind) and w.isVisible() and (name is None or w.objectName() == name)
    ]


class Driver:
    """Polls the running app and acts like the user, one step per state (timers only)."""

    def __init__(self, steps: list[Callable[[], bool]]) -> None:
        self.steps = steps
        self.done: list[int] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        if self.steps and self.steps[0]():
            self.steps.pop(0)
            self.done.append(len(self.done) + 1)
        if not self.steps:
            self.timer.stop()


def test_main_restores_a_backup_and_opens_again_on_it(
    qapp: QApplication, db: Database, org: Org, skp_staf: str, paths: Paths
) -> None:
    otomatis = backup_database(paths.database, paths.backups, "sebelum-migrasi-0002")
    [row] = LayananCadangan(paths).daftar_otomatis()
    assert row.path == otomatis
    LayananSkp(UnitOfWork(db, aktor=org.staf)).buat_skp(
        date(2027, 1, 1), date(2027, 12, 31), Pendekatan.KUANTITATIF
    )
    db.dispose()
    first: list[MainWindow] = []
    told: list[str] = []

    def open_pulihkan() -> bool:
        windows = visible(MainWindow)
        if not windows:
            return False
        window = windows[0]
        assert isinstance(window, MainWindow)
        first.append(window)
        action = window.findChild(QAction, "pulihkan_dari_cadangan")
        assert action is not None
        action.trigger()
        return True

    def choose_and_confirm() -> bool:
        dialogs = visible(PulihkanDialog)
        if not dialogs:
            return False
        dialog = dialogs[0]
        assert isinstance(dialog, PulihkanDialog)
        dialog.tabel.selectRow(0)
        assert dialog.tombol_pulihkan.isEnabled()
        QTimer.singleShot(0, dialog.tombol_pulihkan.click)  # its confirmation blocks
        return True

    def confirm() -> bool:
        boxes = visible(QMessageBox, "konfirmasi_pulihkan")
        if not boxes:
            return False
        button = boxes[0].findChild(QPushButton, "ganti")  # type: ignore[attr-defined]
        button.click()
        return True

    def restored_window_tells_and_closes() -> bool:
        boxes = visible(QMessageBox, "hasil_pemulihan")
        windows = [w for w in visible(MainWindow) if w not in first]
        if not boxes or not windows:
            return False
        box = boxes[0]
        assert isinstance(box, QMessageBox)
        told.append(box.text())
        box.accept()
        window = windows[0]
        assert isinstance(window, MainWindow)
        window.close()  # the last window: the app quits
        return True

    driver = Driver([open_pulihkan, choose_and_confirm, confirm, restored_window_tells_and_closes])
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: QApplication.exit(99))
    guard.start(20_000)
    try:
        assert main(["--data-dir", str(paths.root)]) == 0
    finally:
        guard.stop()
        driver.timer.stop()
    assert driver.done == [1, 2, 3, 4]
    assert told == [
        f"Data dipulihkan dari cadangan otomatis {waktu(row.dibuat_pada)} "
        "(Sebelum pembaruan basis data (versi 0002))."
    ]
    assert LayananCadangan(paths).info_saat_ini().jumlah_skp == 1
    assert [r.alasan for r in LayananCadangan(paths).daftar_otomatis()] == [
        "sebelum-pulihkan",
        "sebelum-migrasi-0002",
    ]
    log = (paths.logs / "ekinerja.log").read_text(encoding="utf-8")
    assert "database restored from" in log and log.count("starting, data in") == 2

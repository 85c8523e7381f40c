"""The real app: Berkas → Cadangkan sekarang…, Berkas → Pulihkan dari cadangan… (choose an
automatic backup, see what it holds, confirm, the app opens again on the restored data), and
the refusal of a bad file in the dialog."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from ekinerja_desktop.db import Database, backup_database, integrity_ok
from ekinerja_desktop.domain import Pendekatan
from ekinerja_desktop.paths import Paths
from ekinerja_desktop.services.cadangan import HasilPemulihan, LayananCadangan
from ekinerja_desktop.services.skp import LayananSkp
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.cadangan.pulihkan_dialog import PulihkanDialog
from ekinerja_desktop.views.cadangan.ringkasan import waktu
from ekinerja_desktop.views.cadangan.wiring import CadanganWiring
from ekinerja_desktop.views.main_window import MainWindow
from tests.cadangan.conftest import AppFactory, pernah_sinkron
from tests.support import Org


def wiring_of(composition: object) -> tuple[MainWindow, CadanganWiring]:
    window = getattr(composition, "window", None)
    wiring = getattr(composition, "cadangan", None)
    assert isinstance(window, MainWindow) and isinstance(wiring, CadanganWiring)
    return window, wiring


def click_in_message_box(name: str, button: str, seen: list[str], attempts: int = 500) -> None:
    """Click `button` of the next message box called `name` (modal ones block the test)."""

    def poll(left: int) -> None:
        for widget in QApplication.topLevelWidgets():
            if (
                isinstance(widget, QMessageBox)
                and widget.objectName() == name
                and widget.isVisible()
            ):
                seen.append(widget.informativeText())
                found = widget.findChild(QPushButton, button)
                assert found is not None
                found.click()
                return
        if left:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(attempts))


def run_event_loop(timeout_ms: int = 10_000) -> int:
    """The app's own event loop (`QApplication.exec`), until something ends it."""
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: QApplication.exit(99))
    guard.start(timeout_ms)
    try:
        return QApplication.exec()
    finally:
        guard.stop()


def test_the_berkas_menu_and_the_sync_page_offer_backup_and_restore(
    buat_app: AppFactory, db: Database
) -> None:
    window, wiring = wiring_of(buat_app())
    texts = [a.text() for a in window.menu_berkas.actions()]
    assert texts == ["&Cadangkan sekarang…", "&Pulihkan dari cadangan…", "", "&Keluar"]
    assert wiring.tombol_sync is not None and wiring.tombol_sync.text() == "&Cadangkan sekarang…"


def test_cadangkan_sekarang_writes_a_checked_backup_and_says_what_it_holds(
    qtbot: QtBot, buat_app: AppFactory, db: Database, org: Org, skp_staf: str, tmp_path: Path
) -> None:
    window, wiring = wiring_of(buat_app())
    window.act_as(org.staf.pegawai_id)
    target = tmp_path / "flashdisk" / "cadangan-saya.db"
    target.parent.mkdir()
    usul: list[Path] = []

    def pilih(_parent: object, suggested: Path) -> Path:
        usul.append(suggested)
        return target

    wiring.pencadang.pilih_tempat = pilih
    assert wiring.tombol_sync is not None
    qtbot.mouseClick(wiring.tombol_sync, Qt.MouseButton.LeftButton)

    assert usul[0].name.startswith(f"ekinerja-cadangan-{org.staf.nip}-")
    assert integrity_ok(target)
    box = wiring.pencadang.kotak_hasil
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    text = box.informativeText()
    assert str(target) in text and "Perubahan&nbsp;belum&nbsp;terkirim</td><td><b>2" in text
    assert "Staf Uji" not in text  # nobody signed in there: no owner to name
    assert "belum terkirim ke server" in text
    box.accept()


def test_a_bad_file_is_refused_in_the_dialog(
    qtbot: QtBot, buat_app: AppFactory, db: Database, tmp_path: Path
) -> None:
    _window, wiring = wiring_of(buat_app())
    wiring.aksi_pulihkan.trigger()
    dialog = wiring.dialog
    assert isinstance(dialog, PulihkanDialog)
    qtbot.waitExposed(dialog)
    assert dialog.kosong.isVisible()  # no automatic backups yet
    junk = tmp_path / "foto-liburan.db"
    junk.write_bytes(b"\x89PNG bukan basis data" * 200)
    dialog.pilih_berkas = lambda _parent, _folder: junk
    qtbot.mouseClick(dialog.tombol_berkas, Qt.MouseButton.LeftButton)
    assert dialog.galat.isVisible() and "rusak atau bukan basis data" in dialog.galat.text()
    assert not dialog.tombol_pulihkan.isEnabled()
    dialog.reject()


def test_restore_an_automatic_backup_and_open_again_on_it(
    qtbot: QtBot,
    qtmodeltester: object,
    buat_app: AppFactory,
    db: Database,
    org: Org,
    skp_staf: str,
    paths: Paths,
) -> None:
    pernah_sinkron(db, org.staf)
    otomatis = backup_database(paths.database, paths.backups, "sebelum-migrasi-0002")
    LayananSkp(UnitOfWork(db, aktor=org.staf)).buat_skp(
        date(2027, 1, 1), date(2027, 12, 31), Pendekatan.KUANTITATIF
    )  # made after the backup: gone after the restore
    db.dispose()
    composition = buat_app()
    window, wiring = wiring_of(composition)
    window.act_as(org.staf.pegawai_id)

    wiring.aksi_pulihkan.trigger()
    dialog = wiring.dialog
    assert isinstance(dialog, PulihkanDialog)
    qtbot.waitExposed(dialog)
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    assert dialog.proxy.rowCount() == 1
    assert dialog.proxy.index(0, 1).data() == "Sebelum pembaruan basis data (versi 0002)"
    assert "SKP: 2" in dialog.ringkasan_saat_ini.text()
    assert not dialog.tombol_pulihkan.isEnabled()

    dialog.tabel.setFocus()
    qtbot.keyClick(dialog.tabel, Qt.Key.Key_Down)  # the keyboard picks the first backup
    assert dialog.terpilih is not None and dialog.terpilih.path == otomatis
    summary = dialog.ringkasan.text()
    assert "Staf Uji" in summary and "Jumlah&nbsp;SKP</td><td>1" in summary
    assert dialog.tombol_pulihkan.isEnabled()

    seen: list[str] = []
    click_in_message_box("konfirmasi_pulihkan", "ganti", seen)
    QTimer.singleShot(
        0, lambda: qtbot.mouseClick(dialog.tombol_pulihkan, Qt.MouseButton.LeftButton)
    )
    assert run_event_loop() == 0  # as in `app.run`: confirming ends the app's event loop
    assert "Yang diganti: data di komputer ini — milik Staf Uji" in seen[0]
    dibuat = waktu(dialog.terpilih.dibuat_pada)
    assert (
        f"Diganti dengan: cadangan otomatis {dibuat} (Sebelum pembaruan basis data (versi 0002))"
        in seen[0]
    )
    assert "belum terkirim ke server" in seen[0]  # the current outbox is not empty
    assert composition.pulihkan_dari == otomatis  # the event loop is asked to end

    composition.close()  # what `app.run` does next: close, then start again restoring first
    again = buat_app(pulihkan_dari=otomatis)
    assert isinstance(again.hasil_pemulihan, HasilPemulihan)
    before = again.hasil_pemulihan.cadangan_sebelumnya
    assert before is not None and before.parent == paths.backups
    window, wiring = wiring_of(again)
    assert LayananCadangan(paths).info_saat_ini().jumlah_skp == 1
    box = wiring.kotak
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert box.text().startswith(f"Data dipulihkan dari cadangan otomatis {dibuat} (")
    assert "Sebelum pemulihan dari cadangan" in box.informativeText()  # how to undo it
    box.accept()
    wiring.aksi_pulihkan.trigger()  # the pre-restore backup is offered for an undo
    assert wiring.dialog is not None and wiring.dialog.proxy.rowCount() == 2
    wiring.dialog.reject()


def test_a_restore_refused_at_the_restart_changes_nothing_and_says_why(
    qtbot: QtBot, buat_app: AppFactory, db: Database, skp_staf: str, paths: Paths, tmp_path: Path
) -> None:
    db.dispose()
    hilang = tmp_path / "sudah-dihapus.db"  # removed between the check and the restart
    again = buat_app(pulihkan_dari=hilang)
    _window, wiring = wiring_of(again)
    box = wiring.kotak
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert box.windowTitle() == "Pemulihan gagal" and "tidak ditemukan" in box.informativeText()
    assert list(paths.backups.iterdir()) == []
    assert LayananCadangan(paths).info_saat_ini().jumlah_skp == 1
    box.accept()

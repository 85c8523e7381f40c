"""Screenshots of Cadangkan sekarang / Pulihkan (USERS.md pain 5) on the demo instansi:

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python -m tests.cadangan.tangkap_layar

- cadangan_menu.png: the Berkas menu over the main window;
- cadangan_hasil.png: what "Cadangkan sekarang" says after writing a backup;
- cadangan_pulihkan.png: the restore dialog, an automatic backup chosen and checked;
- cadangan_konfirmasi.png: the confirmation naming what is replaced by what;
- cadangan_ditolak.png: the dialog refusing a file that is not a backup;
- cadangan_dipulihkan.png: the app opened again on the restored data;
- cadangan_sinkronisasi.png: the Sinkronisasi page with its "Cadangkan sekarang…" button.

With --kecil the same at 1024×768 into the temp folder, for a check by eye.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ekinerja_desktop.app import Composition, Options, application
from ekinerja_desktop.db import backup_database
from ekinerja_desktop.domain import Pendekatan
from ekinerja_desktop.services.skp import LayananSkp
from ekinerja_desktop.views.cadangan.pulihkan_dialog import PulihkanDialog
from ekinerja_desktop.views.main_window import MainWindow

HERE = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def tunggu(n: int = 10) -> None:
    for _ in range(n):
        QApplication.processEvents()


def bersama(window: QWidget, *dialogs: QWidget) -> QPixmap:
    """The window with its dialogs painted where they stand over it."""
    gambar = window.grab()
    painter = QPainter(gambar)
    for dialog in dialogs:
        posisi = dialog.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0))
        painter.drawPixmap(posisi, dialog.grab())
    painter.end()
    return gambar


def simpan(gambar: QPixmap, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    assert gambar.save(str(path)), path
    print(path)


def saat_terbuka(nama: str, lalu: Callable[[QMessageBox], None]) -> None:
    """Act on the message box `nama` once it shows (a modal one blocks the caller)."""

    def cari() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QMessageBox) and w.objectName() == nama and w.isVisible():
                tunggu()
                lalu(w)
                return
        QTimer.singleShot(20, cari)

    QTimer.singleShot(0, cari)


def app(data: Path, kecil: bool) -> tuple[Composition, MainWindow]:
    composition = Composition(Options(demo=True, data_dir=data), application())
    composition.start()
    window = composition.open()
    window.resize(1024, 768) if kecil else window.resize(1366, 768)
    window.show()
    tunggu()
    return composition, window


def main() -> None:
    kecil = "--kecil" in sys.argv
    keluar = Path(tempfile.mkdtemp()) if kecil else HERE
    data = Path(tempfile.mkdtemp()) / "data"
    qapp = application()
    composition, window = app(data, kecil)
    # Work of the demo Pegawai not sent yet, and an automatic backup from before it.
    assert composition.uow is not None and window.aktor is not None
    otomatis = backup_database(
        composition.paths.database, composition.paths.backups, "sebelum-migrasi-0002"
    )
    layanan = LayananSkp(composition.uow)
    skp = layanan.buat_skp(date(2027, 1, 1), date(2027, 12, 31), Pendekatan.KUANTITATIF)
    layanan.tambah_rhk(skp, "Tersusunnya rencana kerja tahunan bagian")
    wiring = composition.cadangan
    assert wiring is not None

    menu = window.menu_berkas
    menu.popup(window.mapToGlobal(QPoint(4, window.menuBar().height())))
    tunggu()
    simpan(bersama(window, menu), keluar / "cadangan_menu.png")
    menu.hide()

    dokumen = Path(tempfile.mkdtemp()) / "Documents"
    dokumen.mkdir()
    wiring.pencadang.pilih_tempat = lambda _p, usul: dokumen / usul.name
    wiring.cadangkan()
    box = wiring.pencadang.kotak_hasil
    assert box is not None
    tunggu()
    simpan(bersama(window, box), keluar / "cadangan_hasil.png")
    box.accept()

    wiring.pulihkan()
    dialog = wiring.dialog
    assert isinstance(dialog, PulihkanDialog)
    tunggu()
    dialog.tabel.selectRow(0)
    tunggu()
    simpan(bersama(window, dialog), keluar / "cadangan_pulihkan.png")

    def konfirmasi(box: QMessageBox) -> None:
        simpan(bersama(window, dialog, box), keluar / "cadangan_konfirmasi.png")
        box.reject()

    saat_terbuka("konfirmasi_pulihkan", konfirmasi)
    terpilih = dialog.terpilih
    assert terpilih is not None
    dialog.konfirmasi(terpilih)

    bukan = dokumen / "foto-kegiatan.db"
    bukan.write_bytes(b"\x89PNG bukan basis data" * 300)
    dialog.pilih_berkas = lambda _p, _f: bukan
    dialog._pilih_berkas()
    tunggu()
    simpan(bersama(window, dialog), keluar / "cadangan_ditolak.png")
    dialog.reject()

    sync = composition.sync
    assert sync is not None and sync.page is not None
    window.show_page(sync.page)
    tunggu()
    simpan(window.grab(), keluar / "cadangan_sinkronisasi.png")

    composition.close()
    composition = Composition(Options(demo=True, data_dir=data), qapp)
    composition.start()
    composition.pulihkan(otomatis)
    window = composition.open()
    window.resize(1024, 768) if kecil else window.resize(1366, 768)
    window.show()
    tunggu(30)
    assert composition.cadangan is not None and composition.cadangan.kotak is not None
    simpan(bersama(window, composition.cadangan.kotak), keluar / "cadangan_dipulihkan.png")
    composition.close()


if __name__ == "__main__":
    main()

"""Screenshots of the aktivitas harian pages on demo data (not a test; run under xvfb):

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python -m tests.aktivitas.tangkap_layar

Writes docs/screenshots/aktivitas_<name>.png: the demo Pegawai's "Aktivitas Harian" (and its
Tambah dialog with an inline error), the demo Pimpinan's "Validasi Aktivitas", in the main
window at 1366×768; with --kecil the same at 1024×768 into the temp folder, for a check by eye.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication, QWidget

from ekinerja_desktop.db import open_database
from ekinerja_desktop.demo import buat_demo
from ekinerja_desktop.services.queries_views import daftar_pengguna_dari
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.aktivitas.aktivitas_page import AktivitasHarianPage
from ekinerja_desktop.views.aktivitas.validasi_page import ValidasiAktivitasPage
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.main_window import AppInfo, MainWindow

ROOT = Path(__file__).resolve().parents[2]


def simpan(widget: QWidget, path: Path) -> None:
    for _ in range(5):
        QApplication.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(path)), path
    print(path)


def buka(window: MainWindow, judul: str) -> QWidget:
    titles = [window.nav.item(r).text() for r in range(window.nav.count())]
    window.nav.setCurrentRow(titles.index(judul))
    return window.current_page()


def main() -> int:
    kecil = "--kecil" in sys.argv
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "demo.db")
        info = buat_demo(db)
        uow = UnitOfWork(db)
        bridge = ChangeBridge(uow)
        peran = ("Pegawai", "Ketua Tim", "Pimpinan", "Admin")
        with uow.read() as session:
            pengguna = daftar_pengguna_dari(session, [info.pengguna[p] for p in peran])
        window = MainWindow(
            uow,
            bridge,
            demo=True,
            pengguna_demo=pengguna,
            info=AppInfo(version="demo", data_dir=Path(folder), instansi_nama=info.instansi_nama),
        )
        window.resize(1024, 768) if kecil else window.resize(1366, 768)
        window.show()
        keluar = Path(tempfile.gettempdir()) if kecil else ROOT / "docs" / "screenshots"
        akhiran = "-1024" if kecil else ""

        window.act_as(info.pengguna["Pegawai"])
        page = buka(window, "Aktivitas Harian")
        assert isinstance(page, AktivitasHarianPage)
        simpan(window, keluar / f"aktivitas_harian{akhiran}.png")
        page.tambah()
        dialog = page.dialog
        assert dialog is not None
        dialog.uraian_edit.setPlainText("")
        dialog.bukti_edit.setText("drive.example.go.id/notulen")
        dialog.simpan()  # refused: the errors show under their fields
        simpan(dialog, keluar / f"aktivitas_dialog{akhiran}.png")
        dialog.reject()

        window.act_as(info.pengguna["Pimpinan"])
        validasi = buka(window, "Validasi Aktivitas")
        assert isinstance(validasi, ValidasiAktivitasPage)
        validasi.table.selectRow(0)
        validasi.table.selectionModel().select(  # extended selection: Validasi acts on both
            validasi.proxy.index(1, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
        simpan(window, keluar / f"aktivitas_validasi{akhiran}.png")
        window.close()
        bridge.detach()
        db.dispose()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

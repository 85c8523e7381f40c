"""Screenshots of the penilaian screens on demo data (not a test; run under xvfb):

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python -m tests.penilaian.tangkap_layar

Writes docs/screenshots/penilaian.png (the demo Pegawai's Penilaian page in the main window,
1366×768), penilaian-rencana-aksi.png and penilaian-bawahan.png (the demo Pimpinan); with
--kecil the same at 1024×768 into the temp folder, for a check by eye.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ekinerja_desktop.db import open_database
from ekinerja_desktop.demo import buat_demo
from ekinerja_desktop.services.queries_views import daftar_pengguna_dari
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.main_window import AppInfo, MainWindow
from ekinerja_desktop.views.penilaian.penilaian_bawahan import PenilaianBawahanPage
from ekinerja_desktop.views.penilaian.penilaian_page import PenilaianPage

ROOT = Path(__file__).resolve().parents[2]


def simpan(window: MainWindow, path: Path) -> None:
    QApplication.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(path)), path
    print(path)


def main() -> int:
    kecil = "--kecil" in sys.argv
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "demo.db")
        info = buat_demo(db, tahun=2026)
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
        halaman = [window.page_at(i) for i in range(len(window.pages))]  # built on first use
        page = next(p for p in halaman if isinstance(p, PenilaianPage))
        bawahan = next(p for p in halaman if isinstance(p, PenilaianBawahanPage))

        window.act_as(info.pengguna["Pegawai"])
        window.nav.setCurrentRow(window.pages.index(page))
        page.tabs.setCurrentIndex(1)  # Hasil Kerja: realisasi, bukti dukung, feedback
        simpan(window, keluar / f"penilaian{akhiran}.png")
        page.tabs.setCurrentIndex(0)
        simpan(window, keluar / f"penilaian-rencana-aksi{akhiran}.png")

        window.act_as(info.pengguna["Pimpinan"])
        window.nav.setCurrentRow(window.pages.index(bawahan))
        bawahan.tabs.setCurrentIndex(2)
        simpan(window, keluar / f"penilaian-bawahan{akhiran}.png")
        window.close()
        bridge.detach()
        db.dispose()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Screenshots of "copy from the previous period" (USERS.md pain 9) on the demo instansi:

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python -m tests.skp.tangkap_layar_salin

- salin_skp_kosong.png: the demo Pegawai's new 2027 Draft SKP in the main window, its empty
  Hasil Kerja area offering "Salin dari SKP sebelumnya…";
- salin_skp.png: the copy dialog over it, choosing the 2026 SKP;
- salin_rencana_aksi.png: the Penilaian page (TW4 added to the 2026 SKP) with the preview of
  the TW1 rencana aksi to copy.

With --kecil the same at 1024×768 into the temp folder, for a check by eye.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from ekinerja_desktop.db import open_database
from ekinerja_desktop.demo import buat_demo
from ekinerja_desktop.domain import Pendekatan, StatusSkp
from ekinerja_desktop.services.blobs import BlobStore
from ekinerja_desktop.services.penilaian import LayananPenilaian
from ekinerja_desktop.services.queries_penilaian import periode_tersedia, skp_penilaian
from ekinerja_desktop.services.queries_views import daftar_pengguna_dari
from ekinerja_desktop.services.skp import LayananSkp
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.main_window import AppInfo, MainWindow
from ekinerja_desktop.views.penilaian.penilaian_page import PenilaianPage

HERE = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
HARI_INI = datetime(2026, 11, 23, 9, 0)  # TW4 of the demo year is open


def tunggu() -> None:
    for _ in range(5):
        QApplication.processEvents()


def bersama(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window with the dialog painted where it stands over it."""
    gambar = window.grab()
    painter = QPainter(gambar)
    posisi = dialog.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0))
    painter.drawPixmap(posisi, dialog.grab())
    painter.end()
    return gambar


def simpan(gambar: QPixmap, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    assert gambar.save(str(path)), path
    print(path)


def main() -> int:
    kecil = "--kecil" in sys.argv
    app = QApplication.instance() or QApplication(sys.argv[:1])
    keluar = Path(tempfile.gettempdir()) if kecil else HERE
    akhiran = "_1024" if kecil else ""
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "demo.db")
        info = buat_demo(db, tahun=2026)
        uow = UnitOfWork(db, clock=lambda: HARI_INI)
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
        window.act_as(info.pengguna["Pegawai"])

        # SKP: next year's Draft, empty, then the copy dialog
        skp_2027 = LayananSkp(uow).buat_skp(
            date(2027, 1, 1), date(2027, 12, 31), Pendekatan.KUANTITATIF
        )
        editor = window.skp_editor.buka(skp_2027)
        tunggu()
        simpan(window.grab(), keluar / f"salin_skp_kosong{akhiran}.png")
        editor.salin_dari_skp()
        tunggu()
        assert editor.dialog is not None
        simpan(bersama(window, editor.dialog), keluar / f"salin_skp{akhiran}.png")
        editor.dialog.reject()

        # Penilaian: TW4 on the approved 2026 SKP, previewing TW1's rencana aksi
        penilaian = LayananPenilaian(uow, BlobStore(Path(folder) / "blobs"))
        with uow.read() as session:
            skp = next(
                r
                for r in skp_penilaian(session, info.pengguna["Pegawai"])
                if r.status is StatusSkp.PERSETUJUAN
            )
            tersedia = periode_tersedia(session, skp.id, HARI_INI.date())
            tw4 = next(p for p in tersedia if p.nomor == 4)
        pp = penilaian.tambah_periode_penilaian(skp.id, tw4.id)
        halaman = [window.page_at(i) for i in range(len(window.pages))]
        page = next(p for p in halaman if isinstance(p, PenilaianPage))
        window.nav.setCurrentRow(window.pages.index(page))
        page.open_skp(skp.id)
        page.periode.select_id(pp)
        page.tabs.setCurrentIndex(0)
        tunggu()
        page.rencana_aksi.salin()
        tunggu()
        dialog = page.rencana_aksi.dialog
        assert dialog is not None
        simpan(bersama(window, dialog), keluar / f"salin_rencana_aksi{akhiran}.png")
        dialog.reject()
        window.close()
        bridge.detach()
        db.dispose()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Screenshots of the Admin Instansi page on demo data (not a test; run under xvfb):

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python -m tests.admin.tangkap_layar

Writes docs/screenshots/admin_<tab>.png (the demo Admin's page in the main window, 1366×768)
and admin_dialog_<name>.png; with --kecil the same at 1024×768 into the temp folder, for a
check by eye.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from ekinerja_desktop.db import open_database
from ekinerja_desktop.demo import buat_demo
from ekinerja_desktop.domain import JenisPlt
from ekinerja_desktop.services.admin import DataPlt, LayananAdmin
from ekinerja_desktop.services.queries_views import daftar_pengguna_dari
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.admin.admin_page import AdminPage
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.main_window import AppInfo, MainWindow

ROOT = Path(__file__).resolve().parents[2]
TABS = ("masalah", "unor", "pegawai", "plt", "periode", "kurva")


def simpan(widget: QWidget, path: Path) -> None:
    for _ in range(5):
        QApplication.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(path)), path
    print(path)


def _plh_contoh(uow: UnitOfWork) -> None:
    """One acting assignment in force today next to the demo's ended PLT."""
    layanan = LayananAdmin(uow)
    unit = next(u for u in layanan.daftar_unor() if u.nama == "Bagian Perencanaan")
    kepala = next(p for p in layanan.daftar_pegawai() if p.jabatan == "Kepala Bagian Keuangan")
    hari_ini = uow.today()
    layanan.tambah_plt(
        DataPlt(kepala.id, unit.id, "PLH Kepala Bagian Perencanaan", JenisPlt.PLH,
                hari_ini - timedelta(days=3), hari_ini + timedelta(days=11))
    )  # fmt: skip


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

        window.act_as(info.pengguna["Admin"])
        _plh_contoh(uow)
        titles = [window.nav.item(r).text() for r in range(window.nav.count())]
        window.nav.setCurrentRow(titles.index("Admin Instansi"))
        page = window.current_page()
        assert isinstance(page, AdminPage)
        for i, nama in enumerate(TABS):
            page.tabs.setCurrentIndex(i)
            simpan(window, keluar / f"admin_{nama}{akhiran}.png")

        page.tabs.setCurrentWidget(page.pegawai_tab)
        simpan(window, keluar / f"admin_pegawai{akhiran}.png")
        page.pegawai_tab.cari.setText("kepala")
        page.pegawai_tab.table.setCurrentIndex(page.pegawai_tab.proxy.index(0, 0))
        page.pegawai_tab.ubah()
        dialog = page.pegawai_tab.dialog
        assert dialog is not None
        dialog.nip.setText("1992031520190320")  # type: ignore[attr-defined]
        dialog.nip.editingFinished.emit()  # type: ignore[attr-defined]
        simpan(dialog, keluar / f"admin_dialog_pegawai{akhiran}.png")
        dialog.reject()

        page.tabs.setCurrentWidget(page.periode_tab)
        page.periode_tab.table.setCurrentIndex(page.periode_tab.proxy.index(1, 0))
        page.periode_tab.buka_ulang()
        assert page.periode_tab.dialog is not None
        simpan(page.periode_tab.dialog, keluar / f"admin_dialog_buka_ulang{akhiran}.png")
        page.periode_tab.dialog.reject()

        page.tabs.setCurrentWidget(page.plt_tab)
        page.plt_tab.tambah()
        assert page.plt_tab.dialog is not None
        simpan(page.plt_tab.dialog, keluar / f"admin_dialog_plt{akhiran}.png")
        page.plt_tab.dialog.reject()

        page.tabs.setCurrentWidget(page.kurva_tab)
        page.kurva_tab.table.setCurrentIndex(page.kurva_tab.proxy.index(1, 0))
        page.kurva_tab.ubah()
        assert page.kurva_tab.dialog is not None
        kotak = page.kurva_tab.dialog.kotak  # type: ignore[attr-defined]
        list(kotak.values())[1].setValue(75)
        list(kotak.values())[2].setValue(5)
        simpan(page.kurva_tab.dialog, keluar / f"admin_dialog_kurva{akhiran}.png")
        page.kurva_tab.dialog.reject()
        window.close()
        bridge.detach()
        db.dispose()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Screenshots of the Rekap and Kurva pages on the demo instansi, as the Pimpinan.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/buat_rekap_kurva.py

Each page is shown at the size it gets in a maximised 1366×768 window (the navigation and the
window frame taken off) and saved with `QWidget.grab()`.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ekinerja_desktop.db import open_database
from ekinerja_desktop.demo import buat_demo
from ekinerja_desktop.services.queries import pengguna
from ekinerja_desktop.services.queries_views import aktor_dari
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.kurva.kurva_page import KurvaPage
from ekinerja_desktop.views.rekap.rekap_page import RekapPage

HERE = Path(__file__).resolve().parent
SIZE = (1366 - 136, 768 - 110)  # minus the navigation, title bar, menu and status bar


def main() -> None:
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="ekinerja-shot-"))
    db = open_database(folder / "ekinerja.db")
    info = buat_demo(db, jumlah_pegawai=40, tahun=2026)
    uow = UnitOfWork(db)
    bridge = ChangeBridge(uow)
    with uow.read() as session:
        row = pengguna(session, info.pengguna["Pimpinan"])
    assert row is not None
    aktor = aktor_dari(row)
    uow.aktor = aktor
    for page, name, unit in (
        (RekapPage(uow, bridge), "rekap.png", True),
        (KurvaPage(uow, bridge), "kurva.png", True),
    ):
        page.resize(*SIZE)
        page.show()
        page.set_aktor(aktor)
        if unit:  # the whole biro: the unit the Kepala Biro leads
            page.pemilih.cakupan_combo.setCurrentIndex(page.pemilih.cakupan_combo.count() - 1)
        app.processEvents()
        if isinstance(page, RekapPage):
            page.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # Sangat Baik first
        app.processEvents()
        page.grab().save(str(HERE / name))
        print("saved", HERE / name)
    db.dispose()


if __name__ == "__main__":
    main()

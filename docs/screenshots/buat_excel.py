"""Screenshots of the Excel features on the demo instansi (issue 6):

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/buat_excel.py

- laporan_excel.png / laporan_excel_1024.png: the "Laporan Excel" page as the admin, after a
  real download of the Laporan Penilaian SKP, at the size it gets in a maximised 1366×768 and
  1024×768 window (navigation and window frame taken off);
- impor_kesalahan.png: the dialog of a template refused with three errors (a real file).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import openpyxl
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from ekinerja_desktop.db import open_database
from ekinerja_desktop.demo import buat_demo
from ekinerja_desktop.domain import StatusSkp
from ekinerja_desktop.models import Skp
from ekinerja_desktop.reports.excel.template_skp import baca_template, tulis_template
from ekinerja_desktop.services.impor_skp import ImporGagal, LayananImporSkp
from ekinerja_desktop.services.laporan_excel import JenisLaporan
from ekinerja_desktop.services.queries import pengguna
from ekinerja_desktop.services.queries_views import aktor_dari
from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.excel.dialog_impor import DialogKesalahanImpor
from ekinerja_desktop.views.excel.laporan_page import LaporanExcelPage

HERE = Path(__file__).resolve().parent


def main() -> None:
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="ekinerja-shot-"))
    db = open_database(folder / "ekinerja.db")
    info = buat_demo(db, jumlah_pegawai=40, tahun=2026)
    uow = UnitOfWork(db)
    with uow.read() as session:
        row = pengguna(session, info.pengguna["Admin"])
    assert row is not None
    uow.aktor = aktor_dari(row)
    page = LaporanExcelPage(uow, ChangeBridge(uow))
    page.set_aktor(uow.aktor)
    page.pilih(page.jenis, JenisLaporan.PENILAIAN_SKP.value)
    page.pilih_berkas = lambda *_a: str(folder / "laporan-penilaian-skp.xlsx")
    page.resize(1366 - 136, 768 - 110)
    page.show()
    loop = QEventLoop()
    page.unduh.selesai.connect(lambda _h: QTimer.singleShot(100, loop.quit))
    page.unduh_excel()
    loop.exec()
    app.processEvents()
    page.grab().save(str(HERE / "laporan_excel.png"))
    page.resize(1024 - 136, 768 - 110)
    app.processEvents()
    page.grab().save(str(HERE / "laporan_excel_1024.png"))

    with db.read_session() as s:
        skp_id, pegawai_id = s.execute(
            select(Skp.id, Skp.pegawai_id).where(Skp.status == StatusSkp.DRAFT).limit(1)
        ).one()
    layanan = LayananImporSkp(UnitOfWork(db, Aktor(pegawai_id, "", "")))
    data = layanan.data_template(skp_id)
    path = tulis_template(folder / "template-skp.xlsx", data)
    wb = openpyxl.load_workbook(path)
    ws = wb["Hasil Kerja"]
    ws["F11"] = "delapan puluh"
    ws["D12"] = "Kecepatan"
    ws["B12"] = "Meningkatnya kualitas layanan instansi lain"
    wb.save(path)
    try:
        layanan.periksa(skp_id, baca_template(path, data))
    except ImporGagal as gagal:
        dialog = DialogKesalahanImpor(gagal.kesalahan, path.name)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(HERE / "impor_kesalahan.png"))
    db.dispose()


if __name__ == "__main__":
    main()

"""Issue 6 figures: one Dokumen Evaluasi (read + layout + write), and a batch of 300.

The database is the demo generator's at 400 pegawai (ten biro): enough approved SKPs with the
TW1 period for a batch of 300, with the kurva of each biro computed as the print needs it.
"""

from __future__ import annotations

import io
import tempfile
import time
from datetime import date
from pathlib import Path

from bench.common import large_database, remove, summary
from ekinerja_desktop.db import Database, create_sqlite_engine
from ekinerja_desktop.reports.pdf.batch import PermintaanBatch, cetak_batch
from ekinerja_desktop.reports.pdf.common import OpsiCetak, daftarkan_font
from ekinerja_desktop.reports.pdf.evaluasi import tulis_evaluasi
from ekinerja_desktop.services.dokumen_layanan import ItemBatch, JenisDokumen, LayananDokumen
from ekinerja_desktop.services.dokumen_penilaian import dokumen_evaluasi
from ekinerja_desktop.services.queries import pengguna
from ekinerja_desktop.services.queries_views import aktor_dari
from ekinerja_desktop.services.uow import UnitOfWork

PEGAWAI = 400
BATCH = 300
SATU = 30  # single documents timed
OPSI = OpsiCetak.bawaan(date(2026, 4, 4), "Jakarta Pusat")


def _items(layanan: LayananDokumen) -> list[ItemBatch]:
    """Every Dokumen Evaluasi of TW1, unit by unit, until there are BATCH of them."""
    tw1 = layanan.periode_instansi()[0].id
    hasil: list[ItemBatch] = []
    for cakupan in layanan.cakupan_batch():
        hasil += layanan.item_batch(cakupan, tw1, JenisDokumen.DOKUMEN_EVALUASI)
    return hasil[:BATCH]


def bench_satu(uow: UnitOfWork, items: list[ItemBatch]) -> None:
    daftarkan_font()  # once per process, as in the app (its cost is in the first print only)
    times = []
    for item in items[:SATU]:
        started = time.perf_counter()
        with uow.read() as session:
            dok = dokumen_evaluasi(session, item.target_id)  # its unit's kurva computed anew
        tulis_evaluasi(dok, OPSI, io.BytesIO())
        times.append((time.perf_counter() - started) * 1000)
    print(f"one Dokumen Evaluasi (read + kurva + PDF) ms: {summary(times)}  goal <= 150 ms")


def bench_batch(uow: UnitOfWork, items: list[ItemBatch], gabung: bool) -> None:
    folder = Path(tempfile.mkdtemp(prefix="ekinerja-bench-cetak-"))
    tujuan = folder / "evaluasi.pdf" if gabung else folder / "per_pegawai"
    started = time.perf_counter()
    hasil = cetak_batch(
        uow, PermintaanBatch(JenisDokumen.DOKUMEN_EVALUASI, items, OPSI, tujuan, gabung)
    )
    seconds = time.perf_counter() - started
    ukuran = sum(p.stat().st_size for p in hasil.berkas) / 1e6
    cara = "one merged PDF" if gabung else "one file per pegawai"
    print(
        f"batch of {hasil.jumlah_dokumen} Dokumen Evaluasi, {cara}: {seconds:.1f} s, "
        f"{ukuran:.1f} MB  goal <= 30 s"
    )
    remove(folder)


def bench_halaman_cetak() -> None:
    """The Cetak page listing every SKP of an admin of 5,000 pegawai (query + table)."""
    from PySide6.QtWidgets import QApplication

    from ekinerja_desktop.views.common.bridge import ChangeBridge
    from ekinerja_desktop.views.dokumen.halaman_cetak import CetakPage

    app = QApplication.instance() or QApplication([])
    folder, info, _ = large_database(5000)
    db = Database(create_sqlite_engine(folder / "ekinerja.db"))
    uow = UnitOfWork(db)
    with uow.read() as session:
        row = pengguna(session, info.pengguna["Admin"])
    assert row is not None
    aktor = aktor_dari(row)
    uow.aktor = aktor
    page = CetakPage(uow, ChangeBridge(uow))
    page.resize(1100, 700)
    page.show()
    times = []
    for _ in range(5):
        started = time.perf_counter()
        page.set_aktor(aktor)
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000)
    print(
        f"Cetak page as admin of 5,000 ({page.model.rowCount()} SKP) ms: {summary(times)}"
        "  (was ~1,500 ms before 2026-11-23)"
    )
    page.close()
    db.dispose()
    remove(folder)


def run() -> None:
    bench_halaman_cetak()
    folder, info, _ = large_database(PEGAWAI)
    db = Database(create_sqlite_engine(folder / "ekinerja.db"))
    uow = UnitOfWork(db)
    with uow.read() as session:
        row = pengguna(session, info.pengguna["Admin"])
    assert row is not None
    uow.aktor = aktor_dari(row)
    items = _items(LayananDokumen(uow))
    if len(items) < BATCH:
        print(f"dokumen: only {len(items)} documents in the bench database")
    bench_satu(uow, items)
    bench_batch(uow, items, gabung=True)
    bench_batch(uow, items, gabung=False)
    db.dispose()
    remove(folder)


if __name__ == "__main__":
    run()

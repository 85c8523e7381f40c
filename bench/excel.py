"""Issue 6 figures (Excel): the Laporan Penilaian SKP of the whole 5,000-pegawai instansi (goal
≤ 5 s for what the user waits for after "Unduh Excel": the query and the .xlsx), the other
reports of the same size for reference, and the SKP template out and back in."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from bench.common import TAHUN, large_database, remove, summary
from ekinerja_desktop.db import Database, create_sqlite_engine
from ekinerja_desktop.domain import JenisPeriode, StatusSkp
from ekinerja_desktop.models import Skp
from ekinerja_desktop.reports.excel.laporan import Laporan, jumlah_baris, tulis_laporan
from ekinerja_desktop.reports.excel.template_skp import baca_template, tulis_template
from ekinerja_desktop.services.impor_skp import LayananImporSkp
from ekinerja_desktop.services.laporan_excel import LayananLaporanExcel
from ekinerja_desktop.services.queries import pengguna
from ekinerja_desktop.services.queries_views import aktor_dari
from ekinerja_desktop.services.uow import Aktor, UnitOfWork

ULANG = 3
GOAL_S = 5.0


def _waktu(ambil: Callable[[], Laporan], path: Path) -> tuple[float, float, int]:
    """(query s, writing s, rows of every sheet) of one report."""
    mulai = time.perf_counter()
    laporan = ambil()
    tengah = time.perf_counter()
    tulis_laporan(path, laporan)
    return tengah - mulai, time.perf_counter() - tengah, jumlah_baris(laporan)


def bench_laporan(db: Database, admin: Aktor, folder: Path) -> None:
    layanan = LayananLaporanExcel(UnitOfWork(db, admin))
    pilihan = layanan.pilihan()
    tw1 = next(p for p in pilihan.periode if p.jenis is JenisPeriode.PERIODIK and p.nomor == 1)
    kueri, tulis, total = [], [], []
    baris = 0
    for i in range(ULANG):
        q, w, baris = _waktu(
            lambda: layanan.penilaian_skp(None, tw1.id), folder / f"penilaian-{i}.xlsx"
        )
        kueri.append(q)
        tulis.append(w)
        total.append(q + w)
    print(
        f"Laporan Penilaian SKP, whole instansi ({baris} rows, 2 sheets) s: {summary(total)}  "
        f"goal <= {GOAL_S:.0f} s  (query p50 {statistics.median(kueri):.2f}, "
        f".xlsx p50 {statistics.median(tulis):.2f})"
    )
    lain: list[tuple[str, Callable[[], Laporan]]] = [
        ("Laporan Rencana SKP Tahunan", lambda: layanan.rencana_skp(None, TAHUN)),
        ("Laporan Jumlah Tim", lambda: layanan.jumlah_tim(None, TAHUN)),
    ]
    for nama, ambil in lain:
        q, w, n = _waktu(ambil, folder / "lain.xlsx")
        print(f"{nama}, whole instansi ({n} rows) s: query {q:.2f} + .xlsx {w:.2f}  (goal: none)")


def bench_template(db: Database, folder: Path) -> None:
    with db.read_session() as s:
        skp_id, pegawai_id = s.execute(
            select(Skp.id, Skp.pegawai_id).where(Skp.status == StatusSkp.DRAFT).limit(1)
        ).one()
    layanan = LayananImporSkp(UnitOfWork(db, Aktor(pegawai_id, "", "bench")))
    keluar, masuk = [], []
    for i in range(10):
        mulai = time.perf_counter()
        data = layanan.data_template(skp_id)
        path = tulis_template(folder / f"template-{i}.xlsx", data)
        tengah = time.perf_counter()
        rencana = layanan.impor(skp_id, baca_template(path, data))
        masuk.append((time.perf_counter() - tengah) * 1000)
        keluar.append((tengah - mulai) * 1000)
        assert rencana.kosong
    print(f"Unduh template SKP ms: {summary(keluar)}  (goal: none)")
    print(f"Impor dari Excel, unchanged template ms: {summary(masuk)}  (goal: none)")


def run() -> None:
    folder, info, _seconds = large_database(5000)
    keluaran = Path(tempfile.mkdtemp(prefix="ekinerja-bench-excel-"))
    db = Database(create_sqlite_engine(folder / "ekinerja.db"))
    try:
        with db.read_session() as s:
            row = pengguna(s, info.pengguna["Admin"])
        assert row is not None
        bench_laporan(db, aktor_dari(row), keluaran)
        bench_template(db, keluaran)
    finally:
        db.dispose()
        remove(folder)
        remove(keluaran)


if __name__ == "__main__":
    run()

"""Issue 3 figures: the Matriks Peran Hasil for 300 pegawai × 40 columns (goal ≤ 300 ms from
the query to the first painted grid), the query alone, and scrolling.

The data is made here, in a temporary database, with bulk inserts: a JPT whose SKP has 20 RHK
of 2 IKI each (40 columns), five bagian below the unit with a kepala each, and 300 pegawai, most
with an SKP of three RHK (intervening the JPT directly, or through their kepala bagian).
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from bench.common import remove, summary
from ekinerja_desktop.db import Database, open_database
from ekinerja_desktop.domain import (
    JenisJabatan,
    JenisRhk,
    JenisSkp,
    KelompokJabatan,
    KlasifikasiRhk,
    Pendekatan,
    Perspektif,
    StatusSkp,
)
from ekinerja_desktop.models import Iki, Instansi, Pegawai, Rhk, Skp, Unor, new_id
from ekinerja_desktop.models.base import Base

TAHUN = 2026
PEGAWAI = 300
RHK_PEMIMPIN, IKI_PER_RHK = 20, 2  # 40 columns
BAGIAN = 5
PAINTS = 5
SCROLLS = 12


class _Data:
    def __init__(self, seed: int = 3) -> None:
        self.rng = random.Random(seed)
        self.rows: dict[type[Base], list[dict[str, Any]]] = {}
        self.now = datetime(TAHUN, 1, 2, 8, 0)
        self.nomor = 0

    def add(self, model: type[Base], **values: Any) -> str:
        id_ = new_id()
        self.rows.setdefault(model, []).append(
            {"id": id_, "version": 1, "created_at": self.now, "updated_at": self.now, **values}
        )
        return id_

    def pegawai(self, instansi: str, unor: str, atasan: str | None, **kw: Any) -> str:
        self.nomor += 1
        return self.add(
            Pegawai,
            instansi_id=instansi,
            nip=f"19800101200501{self.nomor:04d}",
            nama=f"Pegawai Bench {self.nomor:03d}",
            jabatan="Analis Kebijakan Ahli Muda" if self.nomor % 2 else "Pengolah Data",
            unor_id=unor,
            atasan_id=atasan,
            **kw,
        )

    def skp(self, pegawai: str, unor: str, jenis: JenisSkp, status: StatusSkp) -> str:
        return self.add(
            Skp,
            pegawai_id=pegawai,
            unor_id=unor,
            snapshot_pegawai={},
            snapshot_pejabat_penilai={},
            snapshot_atasan_pejabat_penilai={},
            tahun=TAHUN,
            periode_awal=date(TAHUN, 1, 1),
            periode_akhir=date(TAHUN, 12, 31),
            pendekatan=Pendekatan.KUANTITATIF,
            jenis=jenis,
            status=status,
            versi_isi=1,
        )

    def rhk(self, skp: str, urutan: int, teks: str, diintervensi: str | None) -> str:
        return self.add(
            Rhk,
            skp_id=skp,
            jenis=JenisRhk.UTAMA,
            klasifikasi=KlasifikasiRhk.INDIVIDU,
            teks=teks,
            rhk_diintervensi_id=diintervensi,
            urutan=urutan,
        )


def buat_data(db: Database) -> str:
    """The benchmark unit; returns the JPT's pegawai id."""
    d = _Data()
    instansi = d.add(Instansi, nama="Instansi Bench")
    biro = d.add(Unor, instansi_id=instansi, nama="Biro Bench", mandiri=False)
    jpt = d.pegawai(
        instansi,
        biro,
        None,
        jenis_jabatan=JenisJabatan.PIMPINAN,
        kelompok_jabatan=KelompokJabatan.JPT,
    )
    skp_jpt = d.skp(jpt, biro, JenisSkp.JPT, StatusSkp.PERSETUJUAN)
    rhk_jpt = []
    for r in range(RHK_PEMIMPIN):
        teks = f"Meningkatnya kualitas layanan bidang {r + 1} yang terukur dan tepat waktu"
        rhk_id = d.rhk(skp_jpt, r + 1, teks, None)
        rhk_jpt.append(rhk_id)
        for i in range(IKI_PER_RHK):
            d.add(
                Iki,
                rhk_id=rhk_id,
                indikator=f"Persentase capaian indikator {r + 1}.{i + 1} sesuai target",
                perspektif=Perspektif.ANGGARAN if r == 0 and i == 0 else Perspektif.PROSES_BISNIS,
                urutan=i + 1,
            )
    kabag_rhk: list[list[str]] = []
    kabag: list[tuple[str, str]] = []
    for b in range(BAGIAN):
        bagian = d.add(Unor, instansi_id=instansi, nama=f"Bagian {b + 1}", unor_atasan_id=biro)
        kepala = d.pegawai(instansi, bagian, jpt, jenis_jabatan=JenisJabatan.PIMPINAN)
        skp_kabag = d.skp(kepala, bagian, JenisSkp.JA_JF, StatusSkp.PERSETUJUAN)
        kabag.append((bagian, kepala))
        kabag_rhk.append(
            [
                d.rhk(skp_kabag, k + 1, f"Terlaksananya program bagian {b + 1}.{k + 1}", rhk)
                for k, rhk in enumerate(d.rng.sample(rhk_jpt, 4))
            ]
        )
    for n in range(PEGAWAI - 1 - BAGIAN):
        b = n % BAGIAN
        bagian, kepala = kabag[b]
        pegawai = d.pegawai(instansi, bagian, kepala)
        if n % 15 == 14:
            continue  # no SKP yet: "Belum ada SKP", "tidak ada peran"
        skp_id = d.skp(pegawai, bagian, JenisSkp.JA_JF, StatusSkp.DRAFT)
        for k in range(3):
            leader = d.rng.choice(rhk_jpt) if k == 0 else d.rng.choice(kabag_rhk[b])
            teks = f"Tersusunnya dokumen kerja ke-{k + 1} pegawai {n + 1} sesuai standar mutu"
            d.rhk(skp_id, k + 1, teks, leader)
    with db.write_session() as session, session.begin():
        session.connection().exec_driver_sql("PRAGMA defer_foreign_keys=ON")
        for model in (Instansi, Unor, Pegawai, Skp, Rhk, Iki):
            session.execute(insert(model), d.rows[model])
    return jpt


def run() -> None:
    from PySide6.QtWidgets import QApplication

    from ekinerja_desktop.services.mph import LayananMph, PilihanMph
    from ekinerja_desktop.services.uow import Aktor, UnitOfWork
    from ekinerja_desktop.views.common.bridge import ChangeBridge
    from ekinerja_desktop.views.mph.mph_page import MphPage

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="ekinerja-bench-mph-"))
    db = open_database(folder / "ekinerja.db")
    try:
        jpt = buat_data(db)
        uow = UnitOfWork(db, Aktor(jpt, "", "JPT bench"))
        layanan = LayananMph(uow)
        unit = PilihanMph("unit", "Unit kerja", None)
        query_ms = []
        for _ in range(10):
            started = time.perf_counter()
            mph = layanan.muat(unit, TAHUN)
            query_ms.append((time.perf_counter() - started) * 1000)
        assert mph is not None
        print(
            f"MPH query, {len(mph.baris)} pegawai × {len(mph.kolom)} columns (ms): "
            f"{summary(query_ms)}  goal: part of 300 ms"
        )
        bridge = ChangeBridge(uow)
        page = MphPage(uow, bridge)
        page.resize(1366 - 136, 768 - 90)
        page.show()
        app.processEvents()
        page.set_aktor(uow.aktor)  # the first load (font caches, styles)
        paint_ms = []
        for _ in range(PAINTS):
            started = time.perf_counter()
            page.refresh()  # query + model reset + row height, widths, spans
            page.grab()  # forces a full paint of the page
            paint_ms.append((time.perf_counter() - started) * 1000)
        print(
            f"MPH grid to first paint (query + model + spans + paint, 1230×678 px) ms: "
            f"{summary(paint_ms)}  goal <= 300 ms"
        )
        scroll_ms = []
        bar = page.grid.verticalScrollBar()
        step = max(1, bar.maximum() // SCROLLS)
        for i in range(1, SCROLLS + 1):
            bar.setValue(min(bar.maximum(), i * step))
            started = time.perf_counter()
            page.grid.viewport().grab()
            scroll_ms.append((time.perf_counter() - started) * 1000)
        print(
            f"MPH grid repaint after a scroll (ms): {summary(scroll_ms)}  "
            f"(smooth: p95 well under 16 ms per frame is the aim; median "
            f"{statistics.median(scroll_ms):.1f})"
        )
        page.close()
        bridge.detach()
    finally:
        db.dispose()
        remove(folder)


if __name__ == "__main__":
    run()

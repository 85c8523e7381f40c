"""Issue 4 figures: rekap and kurva of a unit of 300 rated pegawai (goal ≤ 200 ms each).

The unit is added to the 5,000-pegawai demo instansi (so the queries run against a full-size
database): one biro with three bagian, 300 pegawai with approved SKPs rated in TW1 (every cell
of the S002 matrix), and its capaian organisasi. Each figure is the whole refresh a user waits
for on the page: the service query, filling the Qt model (and, for the kurva, the chart, the
table and the warnings), measured on the real page widgets; the chart's paint is given apart.
"""

from __future__ import annotations

import random
import time
import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication
from sqlalchemy import insert, select

from bench.common import TAHUN, large_database, remove, summary
from ekinerja_desktop.db import Database, create_sqlite_engine
from ekinerja_desktop.domain import (
    CapaianOrganisasi,
    JenisJabatan,
    JenisSkp,
    Pendekatan,
    Rating,
    StatusSkp,
    buat_nip,
    predikat_kinerja,
)
from ekinerja_desktop.models import (
    CapaianOrganisasiUnor,
    Instansi,
    Pegawai,
    PenilaianPeriode,
    Periode,
    PeriodePenilaian,
    Skp,
    Unor,
)
from ekinerja_desktop.services.queries_rekap import JenisCakupan
from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.kurva.kurva_page import KurvaPage
from ekinerja_desktop.views.rekap.rekap_page import RekapPage

JUMLAH = 300
ULANG = 30
GOAL_MS = 200.0


def _id() -> str:
    return str(uuid.uuid4())


def tambah_unit(db: Database) -> tuple[str, str, str]:
    """A biro of JUMLAH rated pegawai; returns (biro id, its head's id, the TW1 period id)."""
    rng = random.Random(4)
    ratings = list(Rating)
    with db.write_session() as s, s.begin():
        instansi_id = s.scalar(select(Instansi.id))
        tw1 = s.scalar(select(Periode.id).where(Periode.tahun == TAHUN, Periode.nomor == 1))
        assert instansi_id and tw1
        rows: dict[type[Any], list[dict[str, Any]]] = {m: [] for m in (Unor, Pegawai, Skp)}
        rows.update({PeriodePenilaian: [], PenilaianPeriode: [], CapaianOrganisasiUnor: []})
        biro = _id()
        rows[Unor].append(
            {"id": biro, "instansi_id": instansi_id, "nama": "Biro Bench", "jenis": "JPT Pratama"}
        )
        bagian = [_id() for _ in range(3)]
        for i, b in enumerate(bagian):
            rows[Unor].append(
                {"id": b, "instansi_id": instansi_id, "nama": f"Bagian Bench {i + 1}",
                 "unor_induk_id": biro, "unor_atasan_id": biro}
            )  # fmt: skip
        kepala = _id()
        rows[Pegawai].append(_pegawai(kepala, instansi_id, biro, None, 0, pimpinan=True))
        for n in range(1, JUMLAH + 1):
            pid, skp, pp = _id(), _id(), _id()
            rows[Pegawai].append(_pegawai(pid, instansi_id, bagian[n % 3], kepala, n))
            rows[Skp].append(_skp(skp, pid, bagian[n % 3], kepala))
            rows[PeriodePenilaian].append({"id": pp, "skp_id": skp, "periode_id": tw1})
            hasil, perilaku = rng.choice(ratings), rng.choice(ratings)
            rows[PenilaianPeriode].append(
                {"id": _id(), "periode_penilaian_id": pp, "rating_hasil_kerja": hasil,
                 "rating_perilaku_kerja": perilaku, "predikat": predikat_kinerja(hasil, perilaku),
                 "dinilai_oleh_id": kepala, "dinilai_pada": datetime(TAHUN, 4, 3, 10)}
            )  # fmt: skip
        rows[CapaianOrganisasiUnor].append(
            {"id": _id(), "unor_id": biro, "periode_id": tw1, "capaian": CapaianOrganisasi.BAIK}
        )
        s.connection().exec_driver_sql("PRAGMA defer_foreign_keys=ON")
        for model, values in rows.items():
            s.execute(insert(model), values)
    return biro, kepala, tw1


def _pegawai(
    id_: str, instansi_id: str, unor_id: str, atasan: str | None, n: int, pimpinan: bool = False
) -> dict[str, Any]:
    return {
        "id": id_,
        "instansi_id": instansi_id,
        # Born 1962: older than any demo pegawai, so no NIP meets one of the demo's.
        "nip": buat_nip(date(1962, 1 + n % 12, 1 + n // 12 % 28), date(1990, 3, 1), "P", 1 + n),
        "nama": f"Pegawai Bench {n:03d}",
        "jabatan": "Kepala Biro Bench" if pimpinan else "Analis Bench",
        "jenis_jabatan": JenisJabatan.PIMPINAN if pimpinan else JenisJabatan.PEGAWAI,
        "unor_id": unor_id,
        "atasan_id": atasan,
    }


def _skp(id_: str, pegawai_id: str, unor_id: str, ppk: str) -> dict[str, Any]:
    return {
        "id": id_,
        "pegawai_id": pegawai_id,
        "unor_id": unor_id,
        "pejabat_penilai_id": ppk,
        "snapshot_pegawai": {"jabatan": "Analis Bench"},
        "snapshot_pejabat_penilai": {},
        "snapshot_atasan_pejabat_penilai": {},
        "tahun": TAHUN,
        "periode_awal": date(TAHUN, 1, 1),
        "periode_akhir": date(TAHUN, 12, 31),
        "pendekatan": Pendekatan.KUANTITATIF,
        "jenis": JenisSkp.JA_JF,
        "status": StatusSkp.PERSETUJUAN,
    }


def _ukur(aksi: Any) -> list[float]:
    aksi()  # warm-up: imports, first statement compilation
    times = []
    for _ in range(ULANG):
        started = time.perf_counter()
        aksi()
        times.append((time.perf_counter() - started) * 1000)
    return times


def bench_halaman(folder: Path) -> None:
    app = QApplication.instance() or QApplication([])
    db = Database(create_sqlite_engine(folder / "ekinerja.db"))
    biro, kepala, tw1 = tambah_unit(db)
    uow = UnitOfWork(db, Aktor(kepala, "", "bench"))
    bridge = ChangeBridge(uow)
    rekap, kurva = RekapPage(uow, bridge), KurvaPage(uow, bridge)
    for page in (rekap, kurva):
        page.resize(1230, 660)
        page.show()
        page.set_aktor(uow.aktor)
    app.processEvents()
    for page in (rekap, kurva):
        assert page.pemilih.pilih_cakupan(JenisCakupan.UNIT, biro)
        assert page.pemilih.pilih_periode(tw1)

    def isi_rekap() -> None:
        rekap.muat_rekap()
        for row in range(rekap.model.rowCount()):  # every display text, as sort/filter need
            rekap.model.row_texts(row)

    assert kurva.data is not None and kurva.data.jumlah_dinilai == JUMLAH
    print(f"rekap, unit of {JUMLAH} rated pegawai (query + model), ms: {summary(_ukur(isi_rekap))}"
          f"  goal <= {GOAL_MS:.0f} ms")  # fmt: skip
    print(f"kurva, unit of {JUMLAH} rated pegawai (query + chart + table + warnings), ms: "
          f"{summary(_ukur(kurva.muat_kurva))}  goal <= {GOAL_MS:.0f} ms")  # fmt: skip
    print(f"kurva chart paint (grab), ms: {summary(_ukur(kurva.chart.grab))}  goal: none")
    assert rekap.pemilih.pilih_cakupan(JenisCakupan.BAWAHAN, kepala)
    print(f"rekap, {JUMLAH} bawahan langsung of one PPK, ms: {summary(_ukur(isi_rekap))}")
    bridge.detach()
    for page in (rekap, kurva):
        page.close()
        page.deleteLater()
    app.processEvents()
    db.dispose()


def run() -> None:
    folder, _info, _seconds = large_database(5000)
    try:
        bench_halaman(folder)
    finally:
        remove(folder)


if __name__ == "__main__":
    run()

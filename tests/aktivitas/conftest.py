"""Fixtures of the aktivitas harian tests: a small organisation on 23 November 2026 where the
staf and the rekan have approved SKPs for 2026 (kepala is their pejabat penilai), the staf's
with two RHK and a rencana aksi in TW IV; services acting as a given pegawai."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time

import pytest
from sqlalchemy import select

from ekinerja_desktop.db import Database
from ekinerja_desktop.domain import IsianAktivitas, JenisPeriode, Pendekatan, StatusSkp
from ekinerja_desktop.models import (
    Instansi,
    OutboxEntry,
    Periode,
    PeriodePenilaian,
    RencanaAksi,
)
from ekinerja_desktop.services.aktivitas import LayananAktivitas
from ekinerja_desktop.services.skp import LayananSkp
from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from tests.support import Org, ajukan, buat_org

TAHUN = 2026


@dataclass
class Jam:
    """The injected clock: Monday 23 November 2026, 09.00 (UTC)."""

    sekarang: datetime = datetime(2026, 11, 23, 9, 0)

    def __call__(self) -> datetime:
        return self.sekarang


@dataclass(frozen=True)
class Data:
    org: Org
    skp_staf: str
    rhk: tuple[str, str]  # the staf's two RHK
    rencana_aksi: str  # TW IV, of rhk[0]
    rencana_aksi_tw1: str  # TW I, of rhk[0]
    skp_rekan: str
    rhk_rekan: str


@pytest.fixture
def jam() -> Jam:
    return Jam()


@pytest.fixture
def sebagai(db: Database, jam: Jam) -> Callable[[Aktor], LayananAktivitas]:
    return lambda aktor: LayananAktivitas(UnitOfWork(db, aktor=aktor, clock=jam))


def _skp_disetujui(db: Database, jam: Jam, org: Org, aktor: Aktor, rhk: list[str]) -> list[str]:
    layanan = LayananSkp(UnitOfWork(db, aktor=aktor, clock=jam))
    skp_id = layanan.buat_skp(date(TAHUN, 1, 1), date(TAHUN, 12, 31), Pendekatan.KUANTITATIF)
    ids = [skp_id, *(layanan.tambah_rhk(skp_id, teks) for teks in rhk)]
    ajukan(layanan, skp_id)
    LayananSkp(UnitOfWork(db, aktor=org.kepala, clock=jam)).ubah_status(
        skp_id, StatusSkp.PERSETUJUAN
    )
    return ids


def _rencana_aksi(db: Database, skp_id: str, rhk_id: str) -> tuple[str, str]:
    """TW I and TW IV of the instansi, each with a rencana aksi on the RHK (as sync brings)."""
    hasil = []
    with db.write_session() as s, s.begin():
        instansi_id = s.scalar(select(Instansi.id))
        assert instansi_id is not None
        for nomor, nama, awal, akhir in (
            (1, "TW I", date(TAHUN, 1, 1), date(TAHUN, 3, 31)),
            (4, "TW IV", date(TAHUN, 10, 1), date(TAHUN, 12, 31)),
        ):
            periode = Periode(
                instansi_id=instansi_id,
                tahun=TAHUN,
                nomor=nomor,
                nama=nama,
                awal=awal,
                akhir=akhir,
                batas_pengisian=date(TAHUN + (nomor == 4), (akhir.month % 12) + 1, 5),
                jenis=JenisPeriode.PERIODIK,
            )
            s.add(periode)
            s.flush()
            pp = PeriodePenilaian(skp_id=skp_id, periode_id=periode.id)
            s.add(pp)
            s.flush()
            ra = RencanaAksi(
                periode_penilaian_id=pp.id, rhk_id=rhk_id, teks=f"Rencana aksi {nama}", urutan=1
            )
            s.add(ra)
            s.flush()
            hasil.append(ra.id)
    return hasil[0], hasil[1]


@pytest.fixture
def data(db: Database, jam: Jam) -> Data:
    org = buat_org(db)
    skp, rhk1, rhk2 = _skp_disetujui(
        db, jam, org, org.staf, ["Tersusunnya rencana anggaran", "Terkelolanya arsip unit"]
    )
    tw1, tw4 = _rencana_aksi(db, skp, rhk1)
    skp_rekan, rhk_rekan = _skp_disetujui(db, jam, org, org.rekan, ["Terlayaninya data unit"])
    with db.write_session() as s, s.begin():  # the set-up's outbox is not what tests look at
        for entry in s.scalars(select(OutboxEntry)):
            s.delete(entry)
    return Data(org, skp, (rhk1, rhk2), tw4, tw1, skp_rekan, rhk_rekan)


@pytest.fixture
def staf(sebagai: Callable[[Aktor], LayananAktivitas], data: Data) -> LayananAktivitas:
    return sebagai(data.org.staf)


@pytest.fixture
def kepala(sebagai: Callable[[Aktor], LayananAktivitas], data: Data) -> LayananAktivitas:
    return sebagai(data.org.kepala)


def isian(
    data: Data, hari: int = 20, mulai: int = 8, selesai: int = 9, **ubah: object
) -> IsianAktivitas:
    """An entry of the staf in November 2026 on the first RHK."""
    fields: dict[str, object] = {
        "tanggal": date(TAHUN, 11, hari),
        "jam_mulai": time(mulai),
        "jam_selesai": time(selesai),
        "uraian": "Menyusun bahan rapat koordinasi",
        "rhk_id": data.rhk[0],
        "rencana_aksi_id": None,
        "bukti_url": None,
        **ubah,
    }
    return IsianAktivitas(**fields)  # type: ignore[arg-type]


def outbox(db: Database) -> list[tuple[str, str, dict[str, object]]]:
    """(op, entity_id, payload) of every outbox entry, in order."""
    with db.read_session() as s:
        return [
            (e.op, e.entity_id, dict(e.payload))
            for e in s.scalars(select(OutboxEntry).order_by(OutboxEntry.client_seq))
        ]

"""Fixtures of the SKP tests: the small organisation of tests/support.py with a tim kerja, and
one LayananSkp per person (each its own unit of work, as on their own laptops)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select

from ekinerja_desktop.db import Database
from ekinerja_desktop.domain import Aspek, JenisJabatan, KelompokJabatan, Pendekatan, Perspektif
from ekinerja_desktop.models import AnggotaTim, OutboxEntry, Pegawai, TimKerja
from ekinerja_desktop.services.skp import LayananSkp
from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from tests.support import Org, buat_org

AWAL, AKHIR = date(2026, 1, 1), date(2026, 12, 31)


@dataclass(frozen=True)
class Kantor:
    """Sekjen (JPT Madya, atasan of the kepala), kepala (JPT, PPK of the others), staf (JF) and
    rekan (JA, ketua of a tim formed by the kepala, with staf as anggota)."""

    db: Database
    org: Org
    tim_id: str
    sekjen_aktor: Aktor

    @property
    def sekjen(self) -> LayananSkp:
        return self.layanan(self.sekjen_aktor)

    def layanan(self, aktor: Aktor) -> LayananSkp:
        return LayananSkp(UnitOfWork(self.db, aktor=aktor))

    @property
    def kepala(self) -> LayananSkp:
        return self.layanan(self.org.kepala)

    @property
    def staf(self) -> LayananSkp:
        return self.layanan(self.org.staf)

    @property
    def rekan(self) -> LayananSkp:
        return self.layanan(self.org.rekan)

    def ops(self) -> list[tuple[str, str]]:
        """(op, entity id) of every outbox entry, in order."""
        with self.db.read_session() as s:
            query = select(OutboxEntry.op, OutboxEntry.entity_id).order_by(OutboxEntry.client_seq)
            return [(op, id_) for op, id_ in s.execute(query)]


def buat_sekjen(db: Database, org: Org) -> Aktor:
    with db.write_session() as s, s.begin():
        kepala = s.get(Pegawai, org.kepala.pegawai_id)
        assert kepala is not None
        sekjen = Pegawai(
            instansi_id=kepala.instansi_id,
            nip="196801011990031001",
            nama="Sekjen Uji",
            jabatan="Sekretaris Jenderal",
            golongan="IV/e",
            unor_id=kepala.unor_id,
            jenis_jabatan=JenisJabatan.PIMPINAN,
            kelompok_jabatan=KelompokJabatan.JPT,
        )
        s.add(sekjen)
        s.flush()
        kepala.atasan_id = sekjen.id
        return Aktor(sekjen.id, sekjen.nip, sekjen.nama)


def buat_tim(db: Database, org: Org) -> str:
    with db.write_session() as s, s.begin():
        tim = TimKerja(
            unor_id=org.unor_id,
            nama="Tim Uji",
            tahun=2026,
            dibuat_oleh_id=org.kepala.pegawai_id,
            ketua_id=org.rekan.pegawai_id,
        )
        s.add(tim)
        s.flush()
        s.add(AnggotaTim(tim_kerja_id=tim.id, pegawai_id=org.staf.pegawai_id))
        return tim.id


@pytest.fixture
def kantor(db: Database) -> Kantor:
    org = buat_org(db)
    return Kantor(db, org, buat_tim(db, org), buat_sekjen(db, org))


def skp_jpt_lengkap(layanan: LayananSkp) -> tuple[str, list[str]]:
    """A valid kuantitatif JPT SKP with three IKI, one Anggaran; returns (skp, its RHK ids)."""
    skp_id = layanan.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    rhk_1 = layanan.tambah_rhk(skp_id, "Meningkatnya kualitas perencanaan biro")
    rhk_2 = layanan.tambah_rhk(skp_id, "Meningkatnya akuntabilitas keuangan biro")
    for rhk_id, indikator, perspektif in (
        (rhk_1, "Persentase dokumen perencanaan tepat waktu", Perspektif.PROSES_BISNIS),
        (rhk_1, "Indeks kepuasan unit kerja", Perspektif.PENERIMA_LAYANAN),
        (rhk_2, "Persentase realisasi anggaran", Perspektif.ANGGARAN),
    ):
        layanan.tambah_iki(
            rhk_id, indikator, target_min="90", target_max="100", satuan="%", perspektif=perspektif
        )
    return skp_id, [rhk_1, rhk_2]


def skp_ja_lengkap(layanan: LayananSkp, leader_rhk: str) -> tuple[str, str, str]:
    """A valid kuantitatif JA/JF SKP with one RHK intervening `leader_rhk`: (skp, rhk, iki)."""
    skp_id = layanan.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    rhk_id = layanan.tambah_rhk(
        skp_id, "Tersusunnya laporan perencanaan", rhk_diintervensi_id=leader_rhk
    )
    iki_id = layanan.tambah_iki(
        rhk_id, "Jumlah laporan", target_min="4", target_max="4", satuan="laporan",
        aspek=Aspek.KUANTITAS,
    )  # fmt: skip
    return skp_id, rhk_id, iki_id

"""Fixtures of the Excel tests: a small office with a Draft SKP to draft in Excel (written per
test: imports change it), and the demo instansi (two biro) built once and only read."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from ekinerja_desktop.db import Database, create_sqlite_engine, open_database
from ekinerja_desktop.demo import DemoInfo, buat_demo
from ekinerja_desktop.domain import Aspek, JenisRhk, KlasifikasiRhk, Pendekatan
from ekinerja_desktop.models import AnggotaTim, Iki, OutboxEntry, Rhk, Skp, TimKerja
from ekinerja_desktop.reports.excel.template_skp import tulis_template
from ekinerja_desktop.services.entities import data_fields
from ekinerja_desktop.services.impor_skp import LayananImporSkp
from ekinerja_desktop.services.queries import pengguna
from ekinerja_desktop.services.queries_views import aktor_dari
from ekinerja_desktop.services.skp import LayananSkp
from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from tests.support import Org, buat_org, migrated_database

AWAL, AKHIR = date(2026, 1, 1), date(2026, 12, 31)
TAHUN = 2026


@dataclass(frozen=True)
class Kantor:
    """Kepala (JPT, PPK of staf and rekan) with two RHK; rekan leads "Tim Uji" (staf is an
    anggota) with one team RHK and one individual RHK; staf's Draft SKP intervenes them."""

    db: Database
    org: Org
    tim_id: str
    skp_kepala: str
    rhk_kepala: tuple[str, str]
    rhk_tim: str
    rhk_rekan_individu: str
    skp_staf: str
    rhk_staf: tuple[str, str, str]  # utama (1 IKI), utama (2 IKI), tambahan (no IKI)

    def uow(self, aktor: Aktor | None = None) -> UnitOfWork:
        return UnitOfWork(self.db, aktor=aktor or self.org.staf)

    def impor(self, aktor: Aktor | None = None) -> LayananImporSkp:
        return LayananImporSkp(self.uow(aktor))

    def skp(self, aktor: Aktor | None = None) -> LayananSkp:
        return LayananSkp(self.uow(aktor))

    def template(self, folder: Path, skp_id: str | None = None) -> Path:
        data = self.impor().data_template(skp_id or self.skp_staf)
        return tulis_template(folder / "template.xlsx", data)

    def keadaan(self) -> tuple[Any, ...]:
        """Everything an import could touch: RHK, IKI (all fields), SKP version, outbox."""
        with self.db.read_session() as s:
            rhk = sorted(repr((data_fields(r), r.deleted_at)) for r in s.scalars(select(Rhk)))
            iki = sorted(repr((data_fields(i), i.deleted_at)) for i in s.scalars(select(Iki)))
            versi = tuple(s.scalars(select(Skp.versi_isi).order_by(Skp.id)))
            outbox = s.scalar(select(func.count()).select_from(OutboxEntry))
            return (rhk, iki, versi, outbox)

    def ops(self) -> list[str]:
        with self.db.read_session() as s:
            return list(s.scalars(select(OutboxEntry.op).order_by(OutboxEntry.client_seq)))


def buat_kantor(db: Database) -> Kantor:
    org = buat_org(db)
    with db.write_session() as s, s.begin():
        tim = TimKerja(
            unor_id=org.unor_id,
            nama="Tim Uji",
            tahun=TAHUN,
            dibuat_oleh_id=org.kepala.pegawai_id,
            ketua_id=org.rekan.pegawai_id,
        )
        s.add(tim)
        s.flush()
        s.add(AnggotaTim(tim_kerja_id=tim.id, pegawai_id=org.staf.pegawai_id))
        tim_id = tim.id

    def sebagai(aktor: Aktor) -> LayananSkp:
        return LayananSkp(UnitOfWork(db, aktor=aktor))

    kepala = sebagai(org.kepala)
    skp_kepala = kepala.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    rhk_k1 = kepala.tambah_rhk(skp_kepala, "Meningkatnya kualitas perencanaan biro")
    rhk_k2 = kepala.tambah_rhk(skp_kepala, "Meningkatnya akuntabilitas keuangan biro")
    rekan = sebagai(org.rekan)
    skp_rekan = rekan.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    rhk_tim = rekan.tambah_rhk(
        skp_rekan,
        "Tersusunnya rencana kerja tim",
        klasifikasi=KlasifikasiRhk.ORGANISASI,
        tim_kerja_id=tim_id,
    )
    rhk_individu = rekan.tambah_rhk(skp_rekan, "Terkelolanya arsip pribadi rekan")
    staf = sebagai(org.staf)
    skp_staf = staf.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    r1 = staf.tambah_rhk(
        skp_staf,
        "Tersusunnya bahan rencana kerja unit",
        rhk_diintervensi_id=rhk_k1,
        penugasan_dari="Kepala Biro Uji",
    )
    staf.tambah_iki(
        r1, "Jumlah bahan yang disusun", target_min="4", target_max="6", satuan="dokumen",
        aspek=Aspek.KUANTITAS,
    )  # fmt: skip
    r2 = staf.tambah_rhk(
        skp_staf,
        "Terlaksananya rencana kerja tim",
        klasifikasi=KlasifikasiRhk.ORGANISASI,
        tim_kerja_id=tim_id,
        rhk_diintervensi_id=rhk_tim,
    )
    staf.tambah_iki(
        r2, "Persentase kegiatan tepat waktu", target_min="80,5", target_max="100",
        satuan="%", aspek=Aspek.WAKTU,
    )  # fmt: skip
    staf.tambah_iki(r2, "Kualitas laporan kegiatan", target_min="1.250.000", aspek=Aspek.BIAYA)
    r3 = staf.tambah_rhk(skp_staf, "Menjadi narasumber internal", jenis=JenisRhk.TAMBAHAN)
    return Kantor(
        db, org, tim_id, skp_kepala, (rhk_k1, rhk_k2), rhk_tim, rhk_individu, skp_staf, (r1, r2, r3)
    )


@pytest.fixture(scope="session")
def _kantor_awal(tmp_path_factory: pytest.TempPathFactory) -> Kantor:
    """The office built once; each test works on its own copy of the database file."""
    folder = tmp_path_factory.mktemp("excel-kantor")
    db = migrated_database(folder)
    kantor = buat_kantor(db)
    db.dispose()
    return kantor


@pytest.fixture
def kantor(_kantor_awal: Kantor, tmp_path: Path) -> Iterator[Kantor]:
    sumber = _kantor_awal.db.engine.url.database
    assert sumber is not None
    salinan = tmp_path / "kantor.db"
    shutil.copy(sumber, salinan)
    db = Database(create_sqlite_engine(salinan))
    yield replace(_kantor_awal, db=db)
    db.dispose()


# --- reading a template back ---------------------------------------------------------------------


def kolom_huruf(ws: Any, judul: str, baris_header: int = 10) -> str:
    for cell in ws[baris_header]:
        if cell.value == judul:
            return str(cell.column_letter)
    raise AssertionError(f"no column {judul!r}")


def ubah(path: Path, **sel: object) -> Path:
    """Set cells of sheet 'Hasil Kerja' ("F11": 80, …) and save the workbook in place."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Hasil Kerja"]
    for alamat, nilai in sel.items():
        ws[alamat] = nilai
    wb.save(path)
    return path


# --- the demo instansi ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Dunia:
    db: Database
    info: DemoInfo

    def aktor(self, peran: str) -> Aktor:
        with self.db.read_session() as session:
            row = pengguna(session, self.info.pengguna[peran])
        assert row is not None
        return aktor_dari(row)

    def uow(self, peran: str = "Admin") -> UnitOfWork:
        return UnitOfWork(self.db, aktor=self.aktor(peran))


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dunia]:
    folder = tmp_path_factory.mktemp("excel-demo")
    db = open_database(Path(folder) / "ekinerja.db")
    info = buat_demo(db, jumlah_pegawai=80, tahun=TAHUN)  # two biro
    yield Dunia(db, info)
    db.dispose()

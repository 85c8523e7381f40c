"""A cascade as the guide builds it (S000 2.1–2.4): a JPT with IKI, a team whose ketua
intervenes the JPT's RHK, an anggota whose RHK intervenes the ketua's; plus a unit below the
JPT's, a pegawai of another unit, and one without an SKP."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from ekinerja_desktop.db import Database
from ekinerja_desktop.domain import (
    Aspek,
    JenisJabatan,
    KelompokJabatan,
    KlasifikasiRhk,
    Pendekatan,
    Perspektif,
)
from ekinerja_desktop.models import Pegawai, Unor
from ekinerja_desktop.services.mph import LayananMph
from ekinerja_desktop.services.skp import LayananSkp
from ekinerja_desktop.services.tim import LayananTim
from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from tests.support import buat_org

TAHUN = 2026
AWAL, AKHIR = date(TAHUN, 1, 1), date(TAHUN, 12, 31)


@dataclass(frozen=True)
class Org:
    jpt: Aktor  # Kepala Biro (JPT, pimpinan), the unit's leader
    ketua: Aktor  # JF in the biro, becomes ketua tim
    anggota: Aktor  # JF in the bagian below the biro
    tanpa_skp: Aktor  # admin, no SKP
    luar: Aktor  # another unit's pegawai, with an SKP
    bukan_jpt: Aktor  # a JA pegawai with an SKP, who leads nothing
    biro_id: str
    bagian_id: str
    luar_unor_id: str


@dataclass(frozen=True)
class Cascade:
    org: Org
    jpt_skp: str
    ketua_skp: str
    anggota_skp: str
    luar_skp: str
    bukan_jpt_skp: str
    rhk_jpt_1: str  # two IKI: 1.1 (Anggaran), 1.2
    rhk_jpt_2: str  # one IKI: 2.1
    iki: tuple[str, str, str]


def sebagai(db: Database, aktor: Aktor) -> UnitOfWork:
    return UnitOfWork(db, aktor=aktor)


def tim(db: Database, aktor: Aktor) -> LayananTim:
    return LayananTim(sebagai(db, aktor))


def skp(db: Database, aktor: Aktor) -> LayananSkp:
    return LayananSkp(sebagai(db, aktor))


def mph(db: Database, aktor: Aktor) -> LayananMph:
    return LayananMph(sebagai(db, aktor))


def buat_org_tim(db: Database) -> Org:
    base = buat_org(db)
    with db.write_session() as s, s.begin():
        biro = s.get(Unor, base.unor_id)
        assert biro is not None
        bagian = Unor(instansi_id=biro.instansi_id, nama="Bagian Uji", unor_atasan_id=biro.id)
        luar = Unor(instansi_id=biro.instansi_id, nama="Biro Lain")
        s.add_all([bagian, luar])
        s.flush()
        rekan = s.get(Pegawai, base.rekan.pegawai_id)
        assert rekan is not None
        rekan.unor_id = bagian.id
        lain = Pegawai(
            instansi_id=biro.instansi_id,
            nip="198703032012012005",
            nama="Luar Uji",
            jabatan="Analis Lain",
            unor_id=luar.id,
            kelompok_jabatan=KelompokJabatan.JF,
        )
        staf_ja = Pegawai(
            instansi_id=biro.instansi_id,
            nip="199202022019031006",
            nama="Pelaksana Uji",
            jabatan="Pengolah Data",
            unor_id=biro.id,
            atasan_id=base.kepala.pegawai_id,
            jenis_jabatan=JenisJabatan.PEGAWAI,
            kelompok_jabatan=KelompokJabatan.JA,
        )
        s.add_all([lain, staf_ja])
        s.flush()
        luar_aktor = Aktor(lain.id, lain.nip, lain.nama)
        ja_aktor = Aktor(staf_ja.id, staf_ja.nip, staf_ja.nama)
        return Org(
            jpt=base.kepala,
            ketua=base.staf,
            anggota=base.rekan,
            tanpa_skp=base.admin,
            luar=luar_aktor,
            bukan_jpt=ja_aktor,
            biro_id=biro.id,
            bagian_id=bagian.id,
            luar_unor_id=luar.id,
        )


def buat_cascade(db: Database) -> Cascade:
    org = buat_org_tim(db)
    layanan = skp(db, org.jpt)
    jpt_skp = layanan.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    organisasi = {"klasifikasi": KlasifikasiRhk.ORGANISASI, "unor_id": org.biro_id}
    r1 = layanan.tambah_rhk(jpt_skp, "Meningkatnya kualitas perencanaan biro", **organisasi)
    i11 = layanan.tambah_iki(r1, "Persentase realisasi anggaran", perspektif=Perspektif.ANGGARAN)
    i12 = layanan.tambah_iki(
        r1, "Indeks kepuasan layanan perencanaan", perspektif=Perspektif.PENERIMA_LAYANAN
    )
    r2 = layanan.tambah_rhk(jpt_skp, "Meningkatnya akuntabilitas kinerja biro", **organisasi)
    i21 = layanan.tambah_iki(r2, "Nilai SAKIP biro", perspektif=Perspektif.PROSES_BISNIS)
    ketua_skp = skp(db, org.ketua).buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    anggota_skp = skp(db, org.anggota).buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    luar_skp = skp(db, org.luar).buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    ja_skp = skp(db, org.bukan_jpt).buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    return Cascade(org, jpt_skp, ketua_skp, anggota_skp, luar_skp, ja_skp, r1, r2, (i11, i12, i21))


@dataclass(frozen=True)
class TimSiap:
    """The cascade with a team, its ketua's team RHK (with an IKI) and one anggota's RHK."""

    c: Cascade
    tim_id: str
    rhk_ketua: str
    iki_ketua: str
    rhk_anggota: str


def buat_tim_siap(db: Database) -> TimSiap:
    c = buat_cascade(db)
    org = c.org
    layanan_jpt = tim(db, org.jpt)
    tim_id = layanan_jpt.buat_tim(org.biro_id, "Tim Data Kinerja", TAHUN)
    layanan_jpt.generate_skp_organisasi(tim_id)
    layanan_jpt.set_ketua(tim_id, org.ketua.pegawai_id)
    ketua_skp = skp(db, org.ketua)
    rhk_ketua = ketua_skp.tambah_rhk(
        c.ketua_skp,
        "Tersedianya data kinerja biro yang mutakhir",
        klasifikasi=KlasifikasiRhk.ORGANISASI,
        tim_kerja_id=tim_id,
        rhk_diintervensi_id=c.rhk_jpt_1,
    )
    iki_ketua = ketua_skp.tambah_iki(
        rhk_ketua, "Jumlah laporan data kinerja", aspek=Aspek.KUANTITAS
    )
    layanan_ketua = tim(db, org.ketua)
    layanan_ketua.tambah_anggota(tim_id, org.anggota.pegawai_id)
    rhk_anggota = layanan_ketua.tambah_rhk_anggota(
        tim_id, org.anggota.pegawai_id, rhk_ketua, "Terkumpulnya data capaian triwulanan"
    )
    return TimSiap(c, tim_id, rhk_ketua, iki_ketua, rhk_anggota)


@pytest.fixture
def cascade(db: Database) -> Cascade:
    return buat_cascade(db)


@pytest.fixture
def siap(db: Database) -> TimSiap:
    return buat_tim_siap(db)

"""Read models of the Admin Instansi screens: units, pegawai, PLT/PLH, periods, reopenings and
the ideal curve of one instansi. Frozen rows only (never ORM objects), each from one or two
queries whatever the size of the instansi (5,000 pegawai: USERS.md's slow laptops)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from ekinerja_desktop.domain import (
    CapaianOrganisasi,
    DomainError,
    JenisJabatan,
    JenisPeriode,
    JenisPlt,
    Jenjang,
    KelompokJabatan,
    PolaPeriode,
    Predikat,
    kurva_ideal,
)
from ekinerja_desktop.errors import NotFoundError
from ekinerja_desktop.models import (
    CapaianOrganisasiUnor,
    Instansi,
    KurvaIdealInstansi,
    Pegawai,
    Periode,
    PeriodeDibukaUlang,
    PeriodePenilaian,
    PltPlh,
    Unor,
)


@dataclass(frozen=True)
class InstansiRow:
    id: str
    nama: str
    pola_periode: PolaPeriode


@dataclass(frozen=True)
class UnorRow:
    """A unit of the tree; `unor_atasan_id` places it, `unor_induk_id` is its JPT/mandiri unit."""

    id: str
    nama: str
    jenis: str
    unor_atasan_id: str | None
    unor_induk_id: str | None
    induk_nama: str
    mandiri: bool
    kota: str
    jumlah_pegawai: int  # pegawai whose unit this is (not counting sub-units)
    jumlah_anak: int  # units directly below


@dataclass(frozen=True)
class PegawaiRow:
    id: str
    nip: str
    nama: str
    golongan: str | None
    jabatan: str
    jenis_jabatan: JenisJabatan
    kelompok_jabatan: KelompokJabatan
    jenjang: Jenjang | None
    tmt_jabatan: date | None
    unor_id: str
    unor_nama: str
    atasan_id: str | None
    atasan_nama: str
    is_admin: bool


@dataclass(frozen=True)
class PltRow:
    id: str
    pegawai_id: str
    pegawai_nama: str
    pegawai_nip: str
    unor_id: str
    unor_nama: str
    jabatan: str
    jenis: JenisPlt
    periode_awal: date
    periode_akhir: date
    aktif: bool

    def berlaku(self, hari_ini: date) -> bool:
        """Acting today: active and today within its dates (as the server's relations read)."""
        return self.aktif and self.periode_awal <= hari_ini <= self.periode_akhir


@dataclass(frozen=True)
class PeriodeAdminRow:
    id: str
    tahun: int
    nomor: int
    nama: str
    awal: date
    akhir: date
    batas_pengisian: date
    jenis: JenisPeriode
    dipakai: int  # SKP periods (periode penilaian) made from it
    dibuka_ulang_sampai: date | None  # the latest reopening still in force, if any


@dataclass(frozen=True)
class DibukaUlangRow:
    id: str
    periode_id: str
    unor_id: str
    unor_nama: str
    sampai: date
    oleh_nama: str
    dibuat_pada: date
    alasan: str = ""

    def berlaku(self, hari_ini: date) -> bool:
        return self.sampai >= hari_ini


@dataclass(frozen=True)
class KurvaIdealRow:
    """The ideal curve of one capaian: the instansi's override (`override_id`) or the app's."""

    id: str  # the capaian's value: one row per capaian
    capaian: CapaianOrganisasi
    porsi: Mapping[Predikat, float]
    override_id: str | None
    salah: str = ""  # why a stored override is not used (it does not sum to 100 %)


def instansi(session: Session, instansi_id: str) -> InstansiRow:
    row = session.get(Instansi, instansi_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError("Instansi tidak ditemukan.")
    return InstansiRow(row.id, row.nama, row.pola_periode)


def instansi_pegawai(session: Session, pegawai_id: str) -> str:
    found = session.scalar(
        select(Pegawai.instansi_id).where(Pegawai.id == pegawai_id, Pegawai.deleted_at.is_(None))
    )
    if found is None:
        raise NotFoundError("Pegawai tidak ditemukan (mungkin sudah dinonaktifkan).")
    return found


# --- units ------------------------------------------------------------------------------------


def _per_kunci(rows: Iterable[Any]) -> dict[str, int]:
    return {str(k): int(n) for k, n in rows if k is not None}


def daftar_unor(session: Session, instansi_id: str) -> list[UnorRow]:
    """Every live unit of the instansi, by name (the view builds the tree)."""
    units = list(
        session.scalars(
            select(Unor)
            .where(Unor.instansi_id == instansi_id, Unor.deleted_at.is_(None))
            .order_by(func.lower(Unor.nama))
        )
    )
    nama = {u.id: u.nama for u in units}
    pegawai = _per_kunci(
        session.execute(
            select(Pegawai.unor_id, func.count())
            .where(Pegawai.instansi_id == instansi_id, Pegawai.deleted_at.is_(None))
            .group_by(Pegawai.unor_id)
        ).all()
    )
    anak = _per_kunci(
        session.execute(
            select(Unor.unor_atasan_id, func.count())
            .where(Unor.instansi_id == instansi_id, Unor.deleted_at.is_(None))
            .group_by(Unor.unor_atasan_id)
        ).all()
    )
    return [
        UnorRow(
            id=u.id,
            nama=u.nama,
            jenis=u.jenis or "",
            unor_atasan_id=u.unor_atasan_id if u.unor_atasan_id in nama else None,
            unor_induk_id=u.unor_induk_id,
            induk_nama=nama.get(u.unor_induk_id or "", ""),
            mandiri=u.mandiri,
            kota=u.kota or "",
            jumlah_pegawai=pegawai.get(u.id, 0),
            jumlah_anak=anak.get(u.id, 0),
        )
        for u in units
    ]


# --- pegawai ----------------------------------------------------------------------------------


def daftar_pegawai(session: Session, instansi_id: str) -> list[PegawaiRow]:
    atasan = aliased(Pegawai)
    query = (
        select(Pegawai, Unor.nama, atasan.nama)
        # outer: a pegawai whose unit is missing (pulled before it, or bad data) is still
        # listed, so the admin can give them a unit (Masalah Data Induk)
        .outerjoin(Unor, Unor.id == Pegawai.unor_id)
        .outerjoin(atasan, (atasan.id == Pegawai.atasan_id) & atasan.deleted_at.is_(None))
        .where(Pegawai.instansi_id == instansi_id, Pegawai.deleted_at.is_(None))
        .order_by(func.lower(Pegawai.nama))
    )
    return [
        PegawaiRow(
            id=p.id,
            nip=p.nip,
            nama=p.nama,
            golongan=p.golongan,
            jabatan=p.jabatan,
            jenis_jabatan=p.jenis_jabatan,
            kelompok_jabatan=p.kelompok_jabatan,
            jenjang=p.jenjang,
            tmt_jabatan=p.tmt_jabatan,
            unor_id=p.unor_id,
            unor_nama=unor_nama or "",
            atasan_id=p.atasan_id,
            atasan_nama=atasan_nama or "",
            is_admin=p.is_admin,
        )
        for p, unor_nama, atasan_nama in session.execute(query)
    ]


#: Each live record's atasan id, and their names: what the cycle rules walk.
AtasanDanNama = tuple[dict[str, str | None], dict[str, str]]


def atasan_pegawai(session: Session, instansi_id: str) -> AtasanDanNama:
    return _atasan_dan_nama(session, Pegawai, Pegawai.atasan_id, instansi_id)


def atasan_unor(session: Session, instansi_id: str) -> AtasanDanNama:
    return _atasan_dan_nama(session, Unor, Unor.unor_atasan_id, instansi_id)


def _atasan_dan_nama(
    session: Session,
    model: type[Pegawai] | type[Unor],
    atasan: InstrumentedAttribute[str | None],
    instansi_id: str,
) -> AtasanDanNama:
    rows = session.execute(
        select(model.id, atasan, model.nama).where(
            model.instansi_id == instansi_id, model.deleted_at.is_(None)
        )
    ).all()
    return {id_: atasan_id for id_, atasan_id, _ in rows}, {id_: nama for id_, _, nama in rows}


# --- PLT / PLH --------------------------------------------------------------------------------


def daftar_plt(session: Session, instansi_id: str) -> list[PltRow]:
    """Every live assignment of the instansi, the latest start first."""
    query = (
        select(PltPlh, Pegawai.nama, Pegawai.nip, Unor.nama)
        .join(Pegawai, Pegawai.id == PltPlh.pegawai_id)
        .join(Unor, Unor.id == PltPlh.unor_id)
        .where(Pegawai.instansi_id == instansi_id, PltPlh.deleted_at.is_(None))
        .order_by(PltPlh.periode_awal.desc(), func.lower(Pegawai.nama))
    )
    return [
        PltRow(
            id=p.id,
            pegawai_id=p.pegawai_id,
            pegawai_nama=nama,
            pegawai_nip=nip,
            unor_id=p.unor_id,
            unor_nama=unor_nama,
            jabatan=p.jabatan,
            jenis=p.jenis,
            periode_awal=p.periode_awal,
            periode_akhir=p.periode_akhir,
            aktif=p.aktif,
        )
        for p, nama, nip, unor_nama in session.execute(query)
    ]


# --- periods ----------------------------------------------------------------------------------


def tahun_periode(session: Session, instansi_id: str) -> list[int]:
    """The years the instansi has periods for, the latest first."""
    return list(
        session.scalars(
            select(Periode.tahun)
            .where(Periode.instansi_id == instansi_id, Periode.deleted_at.is_(None))
            .distinct()
            .order_by(Periode.tahun.desc())
        )
    )


def daftar_periode(
    session: Session, instansi_id: str, tahun: int, hari_ini: date
) -> list[PeriodeAdminRow]:
    periods = list(session.scalars(_periode_tahun(instansi_id, tahun).order_by(Periode.nomor)))
    ids = [p.id for p in periods]
    dipakai = dict(
        session.execute(
            select(PeriodePenilaian.periode_id, func.count())
            .where(PeriodePenilaian.periode_id.in_(ids), PeriodePenilaian.deleted_at.is_(None))
            .group_by(PeriodePenilaian.periode_id)
        ).all()
    )
    sampai = dict(
        session.execute(
            select(PeriodeDibukaUlang.periode_id, func.max(PeriodeDibukaUlang.sampai))
            .where(
                PeriodeDibukaUlang.periode_id.in_(ids),
                PeriodeDibukaUlang.deleted_at.is_(None),
                PeriodeDibukaUlang.sampai >= hari_ini,
            )
            .group_by(PeriodeDibukaUlang.periode_id)
        ).all()
    )
    return [
        PeriodeAdminRow(
            id=p.id,
            tahun=p.tahun,
            nomor=p.nomor,
            nama=p.nama,
            awal=p.awal,
            akhir=p.akhir,
            batas_pengisian=p.batas_pengisian,
            jenis=p.jenis,
            dipakai=int(dipakai.get(p.id, 0)),
            dibuka_ulang_sampai=sampai.get(p.id),
        )
        for p in periods
    ]


def periode_tahun(session: Session, instansi_id: str, tahun: int) -> list[Periode]:
    return list(session.scalars(_periode_tahun(instansi_id, tahun)))


def _periode_tahun(instansi_id: str, tahun: int) -> Select[Periode]:
    """The live periods of the instansi's year."""
    return select(Periode).where(
        Periode.instansi_id == instansi_id,
        Periode.tahun == tahun,
        Periode.deleted_at.is_(None),
    )


def pemakaian_periode(session: Session, periode_id: str) -> dict[str, int]:
    """What still refers to a period: SKP periods, capaian organisasi, reopenings."""
    jumlah = {
        "periode penilaian SKP": select(func.count(PeriodePenilaian.id)).where(
            PeriodePenilaian.periode_id == periode_id, PeriodePenilaian.deleted_at.is_(None)
        ),
        "capaian organisasi": select(func.count(CapaianOrganisasiUnor.id)).where(
            CapaianOrganisasiUnor.periode_id == periode_id,
            CapaianOrganisasiUnor.deleted_at.is_(None),
        ),
        "pembukaan ulang": select(func.count(PeriodeDibukaUlang.id)).where(
            PeriodeDibukaUlang.periode_id == periode_id, PeriodeDibukaUlang.deleted_at.is_(None)
        ),
    }
    hasil = {nama: int(session.scalar(query) or 0) for nama, query in jumlah.items()}
    return {nama: n for nama, n in hasil.items() if n}


def daftar_dibuka_ulang(session: Session, periode_id: str) -> list[DibukaUlangRow]:
    """Every reopening of a period, in force or ended, the latest end first."""
    oleh = aliased(Pegawai)
    query = (
        select(PeriodeDibukaUlang, Unor.nama, oleh.nama)
        .join(Unor, Unor.id == PeriodeDibukaUlang.unor_id)
        .outerjoin(oleh, oleh.id == PeriodeDibukaUlang.oleh_id)
        .where(
            PeriodeDibukaUlang.periode_id == periode_id,
            PeriodeDibukaUlang.deleted_at.is_(None),
        )
        .order_by(PeriodeDibukaUlang.sampai.desc(), func.lower(Unor.nama))
    )
    return [
        DibukaUlangRow(
            id=r.id,
            periode_id=r.periode_id,
            unor_id=r.unor_id,
            unor_nama=unor_nama,
            sampai=r.sampai,
            oleh_nama=oleh_nama or "",
            dibuat_pada=r.created_at.date(),
            alasan=r.alasan or "",
        )
        for r, unor_nama, oleh_nama in session.execute(query)
    ]


# --- the ideal curve --------------------------------------------------------------------------


def override_kurva(
    session: Session, instansi_id: str
) -> dict[CapaianOrganisasi, KurvaIdealInstansi]:
    return {
        r.capaian: r
        for r in session.scalars(
            select(KurvaIdealInstansi).where(
                KurvaIdealInstansi.instansi_id == instansi_id,
                KurvaIdealInstansi.deleted_at.is_(None),
            )
        )
    }


def daftar_kurva_ideal(session: Session, instansi_id: str) -> list[KurvaIdealRow]:
    """One row per capaian: the instansi's own shares where set (and valid), else the app's."""
    override = override_kurva(session, instansi_id)
    rows = []
    for capaian in CapaianOrganisasi:
        record = override.get(capaian)
        salah = ""
        porsi = kurva_ideal(capaian)
        if record is not None:
            mentah = {p: float((record.porsi or {}).get(p.value, 0.0)) for p in Predikat}
            try:
                porsi = kurva_ideal(capaian, {capaian: mentah})
            except DomainError as error:  # the rekap falls back to the app's row
                salah = str(error)
        rows.append(
            KurvaIdealRow(capaian.value, capaian, porsi, record.id if record else None, salah)
        )
    return rows

"""Read models of the aktivitas harian screens (frozen rows; no Qt here): a pegawai's month,
the RHK and rencana aksi an entry of a given date may refer to, and the entries the atasan
validates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from ekinerja_desktop.domain import JenisPeriode, JenisRhk, StatusSkp
from ekinerja_desktop.domain.aktivitas import RentangAktivitas, durasi_menit
from ekinerja_desktop.models import (
    AktivitasHarian,
    Pegawai,
    Periode,
    PeriodePenilaian,
    RencanaAksi,
    Rhk,
    Skp,
)


@dataclass(frozen=True)
class AktivitasRow:
    """One aktivitas harian as the tables show it."""

    id: str
    pegawai_id: str
    pegawai_nama: str
    pegawai_nip: str
    skp_id: str
    tanggal: date
    jam_mulai: time
    jam_selesai: time
    rhk_id: str | None
    rhk_teks: str
    rencana_aksi_id: str | None
    rencana_aksi_teks: str
    uraian: str
    bukti_url: str | None
    divalidasi_oleh_id: str | None
    divalidasi_oleh_nama: str
    divalidasi_pada: datetime | None

    @property
    def menit(self) -> int:
        return durasi_menit(self.jam_mulai, self.jam_selesai)

    @property
    def divalidasi(self) -> bool:
        return self.divalidasi_oleh_id is not None


@dataclass(frozen=True)
class RhkPilihan:
    id: str
    teks: str
    jenis: JenisRhk


@dataclass(frozen=True)
class RencanaAksiPilihan:
    id: str
    rhk_id: str
    teks: str
    periode_nama: str


@dataclass(frozen=True)
class PilihanIsian:
    """The approved SKP covering a date, with what an entry of that date may refer to."""

    skp_id: str
    masa_awal: date
    masa_akhir: date
    rhk: tuple[RhkPilihan, ...]
    rencana_aksi: tuple[RencanaAksiPilihan, ...]

    def rencana_aksi_untuk(self, rhk_id: str | None) -> tuple[RencanaAksiPilihan, ...]:
        return tuple(r for r in self.rencana_aksi if r.rhk_id == rhk_id)


@dataclass(frozen=True)
class BawahanAktivitasRow:
    """A pegawai whose SKP the acting pegawai evaluates, with entries awaiting validation."""

    id: str  # pegawai
    nama: str
    nip: str
    belum_divalidasi: int


# --- SKPs -----------------------------------------------------------------------------------


def skp_pada(session: Session, pegawai_id: str, tanggal: date) -> list[Skp]:
    """The pegawai's live SKPs whose period covers the date, approved first, newest first."""
    rows = session.scalars(
        select(Skp).where(
            Skp.pegawai_id == pegawai_id,
            Skp.deleted_at.is_(None),
            Skp.periode_awal <= tanggal,
            Skp.periode_akhir >= tanggal,
        )
    ).all()
    return sorted(
        rows,
        key=lambda s: (s.status is not StatusSkp.PERSETUJUAN, -s.periode_awal.toordinal(), s.id),
    )


def punya_skp(session: Session, pegawai_id: str) -> bool:
    """Whether the pegawai has any live SKP (the Aktivitas Harian page is for them)."""
    return (
        session.scalar(
            select(Skp.id).where(Skp.pegawai_id == pegawai_id, Skp.deleted_at.is_(None)).limit(1)
        )
        is not None
    )


def skp_dinilai_ids(session: Session, ppk_id: str) -> list[str]:
    """Approved SKPs of others whose pejabat penilai the pegawai is (who validates them)."""
    return list(
        session.scalars(
            select(Skp.id)
            .where(
                Skp.pejabat_penilai_id == ppk_id,
                Skp.pegawai_id != ppk_id,
                Skp.status == StatusSkp.PERSETUJUAN,
                Skp.deleted_at.is_(None),
            )
            .order_by(Skp.id)
        )
    )


def pilihan_isian(session: Session, skp: Skp, tanggal: date) -> PilihanIsian:
    """The SKP's RHK (utama first) and the rencana aksi of the periodic periods covering
    the date."""
    rhk = session.scalars(
        select(Rhk)
        .where(Rhk.skp_id == skp.id, Rhk.deleted_at.is_(None))
        .order_by(Rhk.jenis != JenisRhk.UTAMA, Rhk.urutan, Rhk.id)
    ).all()
    rencana = session.execute(
        select(RencanaAksi, Periode.nama)
        .join(PeriodePenilaian, PeriodePenilaian.id == RencanaAksi.periode_penilaian_id)
        .join(Periode, Periode.id == PeriodePenilaian.periode_id)
        .where(
            PeriodePenilaian.skp_id == skp.id,
            PeriodePenilaian.deleted_at.is_(None),
            RencanaAksi.deleted_at.is_(None),
            Periode.jenis == JenisPeriode.PERIODIK,
            Periode.awal <= tanggal,
            Periode.akhir >= tanggal,
        )
        .order_by(RencanaAksi.urutan, RencanaAksi.id)
    ).all()
    return PilihanIsian(
        skp.id,
        skp.periode_awal,
        skp.periode_akhir,
        tuple(RhkPilihan(r.id, r.teks, r.jenis) for r in rhk),
        tuple(RencanaAksiPilihan(ra.id, ra.rhk_id, ra.teks, nama) for ra, nama in rencana),
    )


# --- entries --------------------------------------------------------------------------------


def rentang_hari(
    session: Session, pegawai_id: str, tanggal: date, kecuali: str | None = None
) -> list[RentangAktivitas]:
    """The pegawai's other live entries of the day, for the overlap check."""
    query = select(
        AktivitasHarian.id,
        AktivitasHarian.tanggal,
        AktivitasHarian.jam_mulai,
        AktivitasHarian.jam_selesai,
    ).where(
        AktivitasHarian.pegawai_id == pegawai_id,
        AktivitasHarian.tanggal == tanggal,
        AktivitasHarian.deleted_at.is_(None),
    )
    if kecuali is not None:
        query = query.where(AktivitasHarian.id != kecuali)
    return [RentangAktivitas(*row) for row in session.execute(query)]


def _bulan(tahun: int, bulan: int) -> tuple[date, date]:
    """The first day of the month and of the next one."""
    awal = date(tahun, bulan, 1)
    return awal, date(tahun + bulan // 12, bulan % 12 + 1, 1)


#: An entry with its owner's name and NIP, RHK, rencana aksi and validator (outer: may be None).
_Query = Select[AktivitasHarian, str, str, str, str, str]


def _query_rows() -> _Query:
    pemilik = aliased(Pegawai)
    validator = aliased(Pegawai)
    return (
        select(
            AktivitasHarian,
            pemilik.nama,
            pemilik.nip,
            Rhk.teks,
            RencanaAksi.teks,
            validator.nama,
        )
        .join(pemilik, pemilik.id == AktivitasHarian.pegawai_id)
        .outerjoin(Rhk, Rhk.id == AktivitasHarian.rhk_id)
        .outerjoin(RencanaAksi, RencanaAksi.id == AktivitasHarian.rencana_aksi_id)
        .outerjoin(validator, validator.id == AktivitasHarian.divalidasi_oleh_id)
        .where(AktivitasHarian.deleted_at.is_(None))
    )


def _rows(session: Session, query: _Query) -> list[AktivitasRow]:
    hasil = []
    for a, nama, nip, rhk, rencana, validator in session.execute(query):
        hasil.append(
            AktivitasRow(
                id=a.id,
                pegawai_id=a.pegawai_id,
                pegawai_nama=nama,
                pegawai_nip=nip,
                skp_id=a.skp_id,
                tanggal=a.tanggal,
                jam_mulai=a.jam_mulai,
                jam_selesai=a.jam_selesai,
                rhk_id=a.rhk_id,
                rhk_teks=rhk or "",
                rencana_aksi_id=a.rencana_aksi_id,
                rencana_aksi_teks=rencana or "",
                uraian=a.uraian,
                bukti_url=a.bukti_url,
                divalidasi_oleh_id=a.divalidasi_oleh_id,
                divalidasi_oleh_nama=validator or "",
                divalidasi_pada=a.divalidasi_pada,
            )
        )
    return hasil


def aktivitas_bulan(
    session: Session, pegawai_id: str, tahun: int, bulan: int
) -> list[AktivitasRow]:
    """The pegawai's entries of one month, by date and time."""
    awal, sesudah = _bulan(tahun, bulan)
    query = (
        _query_rows()
        .where(
            AktivitasHarian.pegawai_id == pegawai_id,
            AktivitasHarian.tanggal >= awal,
            AktivitasHarian.tanggal < sesudah,
        )
        .order_by(AktivitasHarian.tanggal, AktivitasHarian.jam_mulai, AktivitasHarian.id)
    )
    return _rows(session, query)


def aktivitas_dinilai(
    session: Session,
    ppk_id: str,
    tahun: int,
    bulan: int,
    pegawai_id: str | None = None,
    termasuk_divalidasi: bool = False,
) -> list[AktivitasRow]:
    """Entries of one month on the SKPs the pegawai evaluates (by name, date and time);
    only those awaiting validation unless `termasuk_divalidasi`."""
    awal, sesudah = _bulan(tahun, bulan)
    query = (
        _query_rows()
        .where(
            AktivitasHarian.skp_id.in_(skp_dinilai_ids(session, ppk_id)),
            AktivitasHarian.tanggal >= awal,
            AktivitasHarian.tanggal < sesudah,
        )
        .order_by(AktivitasHarian.tanggal, AktivitasHarian.jam_mulai, AktivitasHarian.id)
    )
    if pegawai_id is not None:
        query = query.where(AktivitasHarian.pegawai_id == pegawai_id)
    if not termasuk_divalidasi:
        query = query.where(AktivitasHarian.divalidasi_oleh_id.is_(None))
    rows = _rows(session, query)
    return sorted(rows, key=lambda r: (r.pegawai_nama.casefold(), r.pegawai_id))


def bawahan_aktivitas(session: Session, ppk_id: str) -> list[BawahanAktivitasRow]:
    """The pegawai the acting pegawai validates, by name, with their waiting entries (all
    months)."""
    skp_ids = skp_dinilai_ids(session, ppk_id)
    if not skp_ids:
        return []
    pegawai = session.execute(
        select(Pegawai.id, Pegawai.nama, Pegawai.nip)
        .join(Skp, Skp.pegawai_id == Pegawai.id)
        .where(Skp.id.in_(skp_ids))
        .distinct()
    ).all()
    menunggu = dict(
        session.execute(
            select(AktivitasHarian.pegawai_id, func.count())
            .where(
                AktivitasHarian.skp_id.in_(skp_ids),
                AktivitasHarian.divalidasi_oleh_id.is_(None),
                AktivitasHarian.deleted_at.is_(None),
            )
            .group_by(AktivitasHarian.pegawai_id)
        ).all()
    )
    rows = [BawahanAktivitasRow(id_, nama, nip, menunggu.get(id_, 0)) for id_, nama, nip in pegawai]
    return sorted(rows, key=lambda r: (r.nama.casefold(), r.id))

"""Read models of the keberatan page: the list (with every detail of S003 Gambar 2.38) and the
predikat a pegawai may still object to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from ekinerja_desktop.domain import (
    Predikat,
    Rating,
    StatusKeberatan,
    batas_keberatan,
    predikat_kinerja,
)
from ekinerja_desktop.models import (
    Keberatan,
    Pegawai,
    PenilaianPeriode,
    Periode,
    PeriodePenilaian,
    Skp,
)


class PeranKeberatan(StrEnum):
    """How the acting user stands to a keberatan (decides which action the page offers)."""

    PEGAWAI = "PEGAWAI"
    PEJABAT_PENILAI = "PEJABAT_PENILAI"
    ATASAN_PEJABAT_PENILAI = "ATASAN_PEJABAT_PENILAI"
    ADMIN = "ADMIN"


@dataclass(frozen=True)
class Nilai:
    """One line of the before / requested / after table."""

    rating_hasil_kerja: Rating | None
    rating_perilaku_kerja: Rating | None
    predikat: Predikat | None


@dataclass(frozen=True)
class KeberatanRow:
    id: str
    peran: PeranKeberatan
    pegawai_nama: str
    pegawai_nip: str
    pejabat_penilai_nama: str
    atasan_nama: str
    periode_nama: str
    tahun: int
    status: StatusKeberatan
    alasan: str
    penjelasan: str | None
    rekomendasi: str | None
    diajukan_pada: datetime
    dijelaskan_pada: datetime | None
    dibuka_atasan_pada: datetime | None
    diputuskan_pada: datetime | None
    sebelum: Nilai
    diminta: Nilai
    sesudah: Nilai


@dataclass(frozen=True)
class PredikatSayaRow:
    """A rated period of the pegawai's own SKP; `id` is the penilaian's id."""

    id: str
    periode_nama: str
    tahun: int
    rating_hasil_kerja: Rating
    rating_perilaku_kerja: Rating
    predikat: Predikat
    ditetapkan: date
    batas: date
    sudah_diajukan: bool

    def terlambat(self, hari_ini: date) -> bool:
        return hari_ini > self.batas


def daftar_keberatan(
    session: Session, pegawai_id: str, is_admin: bool, tahun: int | None = None
) -> list[KeberatanRow]:
    """The keberatan the user filed, must explain, must decide, or (admin) all of the instansi;
    the newest first."""
    pegawai = aliased(Pegawai)
    ppk = aliased(Pegawai)
    atasan = aliased(Pegawai)
    query = (
        select(Keberatan, pegawai, ppk.nama, atasan.nama, Periode.nama, Periode.tahun)
        .join(pegawai, pegawai.id == Keberatan.pegawai_id)
        .outerjoin(ppk, ppk.id == Keberatan.pejabat_penilai_id)
        .outerjoin(atasan, atasan.id == Keberatan.atasan_pejabat_penilai_id)
        .join(PenilaianPeriode, PenilaianPeriode.id == Keberatan.penilaian_id)
        .join(PeriodePenilaian, PeriodePenilaian.id == PenilaianPeriode.periode_penilaian_id)
        .join(Periode, Periode.id == PeriodePenilaian.periode_id)
        .where(Keberatan.deleted_at.is_(None))
        .order_by(Keberatan.diajukan_pada.desc())
    )
    terlibat = or_(
        Keberatan.pegawai_id == pegawai_id,
        Keberatan.pejabat_penilai_id == pegawai_id,
        Keberatan.atasan_pejabat_penilai_id == pegawai_id,
    )
    if is_admin:
        instansi_id = session.scalar(select(Pegawai.instansi_id).where(Pegawai.id == pegawai_id))
        query = query.where(or_(terlibat, pegawai.instansi_id == instansi_id))
    else:
        query = query.where(terlibat)
    if tahun is not None:
        query = query.where(Periode.tahun == tahun)
    return [
        _row(k, _peran(k, pegawai_id), p, ppk_nama, atasan_nama, periode_nama, periode_tahun)
        for k, p, ppk_nama, atasan_nama, periode_nama, periode_tahun in session.execute(query)
    ]


def keberatan(session: Session, pegawai_id: str, is_admin: bool, id_: str) -> KeberatanRow | None:
    """One keberatan as the user sees it (None when it is not theirs to see)."""
    return next((r for r in daftar_keberatan(session, pegawai_id, is_admin) if r.id == id_), None)


def _peran(k: Keberatan, pegawai_id: str) -> PeranKeberatan:
    if k.atasan_pejabat_penilai_id == pegawai_id:
        return PeranKeberatan.ATASAN_PEJABAT_PENILAI
    if k.pejabat_penilai_id == pegawai_id:
        return PeranKeberatan.PEJABAT_PENILAI
    if k.pegawai_id == pegawai_id:
        return PeranKeberatan.PEGAWAI
    return PeranKeberatan.ADMIN


def _row(
    k: Keberatan,
    peran: PeranKeberatan,
    p: Pegawai,
    ppk_nama: str | None,
    atasan_nama: str | None,
    periode_nama: str,
    tahun: int,
) -> KeberatanRow:
    return KeberatanRow(
        id=k.id,
        peran=peran,
        pegawai_nama=p.nama,
        pegawai_nip=p.nip,
        pejabat_penilai_nama=ppk_nama or "",
        atasan_nama=atasan_nama or "",
        periode_nama=periode_nama,
        tahun=tahun,
        status=k.status,
        alasan=k.alasan,
        penjelasan=k.penjelasan,
        rekomendasi=k.rekomendasi,
        diajukan_pada=k.diajukan_pada,
        dijelaskan_pada=k.dijelaskan_pada,
        dibuka_atasan_pada=k.dibuka_atasan_pada,
        diputuskan_pada=k.diputuskan_pada,
        sebelum=Nilai(k.rating_hasil_kerja_awal, k.rating_perilaku_kerja_awal, k.predikat_awal),
        diminta=Nilai(
            k.rating_hasil_kerja_diminta, k.rating_perilaku_kerja_diminta, k.predikat_diminta
        ),
        sesudah=Nilai(k.rating_hasil_kerja_akhir, k.rating_perilaku_kerja_akhir, k.predikat_akhir),
    )


def predikat_saya(session: Session, pegawai_id: str) -> list[PredikatSayaRow]:
    """The rated periods of the pegawai's SKPs, newest first, with the keberatan deadline."""
    diajukan = set(
        session.scalars(
            select(Keberatan.penilaian_id).where(
                Keberatan.pegawai_id == pegawai_id, Keberatan.deleted_at.is_(None)
            )
        )
    )
    query = (
        select(PenilaianPeriode, Periode.nama, Periode.tahun)
        .join(PeriodePenilaian, PeriodePenilaian.id == PenilaianPeriode.periode_penilaian_id)
        .join(Periode, Periode.id == PeriodePenilaian.periode_id)
        .join(Skp, Skp.id == PeriodePenilaian.skp_id)
        .where(
            Skp.pegawai_id == pegawai_id,
            Skp.deleted_at.is_(None),
            PeriodePenilaian.deleted_at.is_(None),
            PenilaianPeriode.deleted_at.is_(None),
            PenilaianPeriode.rating_hasil_kerja.is_not(None),
            PenilaianPeriode.rating_perilaku_kerja.is_not(None),
        )
        .order_by(Periode.tahun.desc(), Periode.akhir.desc(), Periode.nomor.desc())
    )
    rows = []
    for penilaian, nama, tahun in session.execute(query):
        hasil, perilaku = penilaian.rating_hasil_kerja, penilaian.rating_perilaku_kerja
        assert hasil is not None and perilaku is not None
        ditetapkan = (penilaian.dinilai_pada or penilaian.updated_at).date()
        rows.append(
            PredikatSayaRow(
                id=penilaian.id,
                periode_nama=nama,
                tahun=tahun,
                rating_hasil_kerja=hasil,
                rating_perilaku_kerja=perilaku,
                predikat=predikat_kinerja(hasil, perilaku),
                ditetapkan=ditetapkan,
                batas=batas_keberatan(ditetapkan),
                sudah_diajukan=penilaian.id in diajukan,
            )
        )
    return rows

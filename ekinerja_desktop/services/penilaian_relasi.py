"""Lookups shared by the penilaian service and its read models: the instansi's periods, a
reopening of a period, and how the acting pegawai stands to an SKP's owner."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain import JenisJabatan, KelompokJabatan, PeriodeDef
from ekinerja_desktop.domain.penilaian import RelasiPenilaian
from ekinerja_desktop.models import (
    AnggotaTim,
    Pegawai,
    Periode,
    PeriodeDibukaUlang,
    Skp,
    TimKerja,
    Unor,
)

# A unit tree is shallow (eselon I to IV); the bound only guards against a cycle in bad data.
MAKS_KEDALAMAN_UNOR = 16


def periode_instansi(session: Session, instansi_id: str, tahun: int) -> list[Periode]:
    """The instansi's periods of one year, in their own order (TW1…TW4, then Final)."""
    return list(
        session.scalars(
            select(Periode)
            .where(
                Periode.instansi_id == instansi_id,
                Periode.tahun == tahun,
                Periode.deleted_at.is_(None),
            )
            .order_by(Periode.nomor)
        )
    )


def periode_def(periode: Periode) -> PeriodeDef:
    return PeriodeDef(
        periode.nomor,
        periode.nama,
        periode.awal,
        periode.akhir,
        periode.batas_pengisian,
        periode.jenis,
    )


def unor_dan_atasannya(session: Session, unor_id: str) -> list[str]:
    """The unit and every unit above it: a reopening for a biro covers its bagian too."""
    hasil: list[str] = []
    current: str | None = unor_id
    while current is not None and current not in hasil and len(hasil) < MAKS_KEDALAMAN_UNOR:
        hasil.append(current)
        current = session.scalar(select(Unor.unor_atasan_id).where(Unor.id == current))
    return hasil


def dibuka_ulang(session: Session, periode_id: str, unor_id: str, hari_ini: date) -> date | None:
    """Until when an admin reopened the period for this unit (or a unit above), if still open."""
    sampai = session.scalars(
        select(PeriodeDibukaUlang.sampai).where(
            PeriodeDibukaUlang.periode_id == periode_id,
            PeriodeDibukaUlang.unor_id.in_(unor_dan_atasannya(session, unor_id)),
            PeriodeDibukaUlang.deleted_at.is_(None),
            PeriodeDibukaUlang.sampai >= hari_ini,
        )
    ).all()
    return max(sampai, default=None)


def is_pimpinan(pegawai: Pegawai) -> bool:
    """JPT or the head of a unit: evaluators, who give no peer feedback (S000 3.1.3)."""
    return (
        pegawai.kelompok_jabatan is KelompokJabatan.JPT
        or pegawai.jenis_jabatan is JenisJabatan.PIMPINAN
    )


def tim_dipimpin(session: Session, ketua_id: str, tahun: int) -> list[str]:
    return list(
        session.scalars(
            select(TimKerja.id).where(
                TimKerja.ketua_id == ketua_id,
                TimKerja.tahun == tahun,
                TimKerja.deleted_at.is_(None),
            )
        )
    )


def anggota_tim(session: Session, tim_ids: Iterable[str]) -> set[str]:
    return set(
        session.scalars(
            select(AnggotaTim.pegawai_id).where(
                AnggotaTim.tim_kerja_id.in_(list(tim_ids)), AnggotaTim.deleted_at.is_(None)
            )
        )
    )


def tim_pegawai(session: Session, pegawai_id: str, tahun: int) -> set[str]:
    """The teams of a year a pegawai belongs to, as anggota or as ketua."""
    sebagai_anggota = session.scalars(
        select(AnggotaTim.tim_kerja_id)
        .join(TimKerja, TimKerja.id == AnggotaTim.tim_kerja_id)
        .where(
            AnggotaTim.pegawai_id == pegawai_id,
            AnggotaTim.deleted_at.is_(None),
            TimKerja.tahun == tahun,
            TimKerja.deleted_at.is_(None),
        )
    )
    return set(sebagai_anggota) | set(tim_dipimpin(session, pegawai_id, tahun))


def rekan_satu_tim(session: Session, pegawai_id: str, tahun: int) -> set[str]:
    """Everyone who shares a team of that year with the pegawai (anggota and ketua)."""
    tim_ids = tim_pegawai(session, pegawai_id, tahun)
    if not tim_ids:
        return set()
    ketua = session.scalars(select(TimKerja.ketua_id).where(TimKerja.id.in_(tim_ids)))
    semua = anggota_tim(session, tim_ids) | {k for k in ketua if k}
    return semua - {pegawai_id}


def relasi_penilaian(session: Session, aktor_id: str, skp: Skp) -> RelasiPenilaian:
    """How the acting pegawai stands to the SKP's owner, from current relations."""
    if aktor_id == skp.pegawai_id:
        return RelasiPenilaian(pemilik=True)
    ketua = skp.pegawai_id in anggota_tim(session, tim_dipimpin(session, aktor_id, skp.tahun))
    return RelasiPenilaian(
        pejabat_penilai=aktor_id == skp.pejabat_penilai_id,
        ketua_tim=ketua,
        rekan_kerja=_rekan_kerja(session, aktor_id, skp),
    )


def _rekan_kerja(session: Session, aktor_id: str, skp: Skp) -> bool:
    aktor = session.get(Pegawai, aktor_id)
    pemilik = session.get(Pegawai, skp.pegawai_id)
    if aktor is None or pemilik is None or is_pimpinan(aktor) or is_pimpinan(pemilik):
        return False
    if aktor.unor_id == pemilik.unor_id:
        return True
    return pemilik.id in rekan_satu_tim(session, aktor.id, skp.tahun)

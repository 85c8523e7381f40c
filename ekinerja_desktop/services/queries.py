"""Read models: frozen rows for tables, charts and reports (never ORM objects in views)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ekinerja_desktop.domain import JenisJabatan, KelompokJabatan, Pendekatan, StatusSkp
from ekinerja_desktop.models import AnggotaTim, Pegawai, Skp, TimKerja, Unor


@dataclass(frozen=True)
class SkpRow:
    id: str
    pegawai_id: str
    pegawai_nama: str
    nip: str
    jabatan: str
    unor_nama: str
    tahun: int
    periode_awal: date
    periode_akhir: date
    pendekatan: Pendekatan
    status: StatusSkp
    is_plt_plh: bool
    pejabat_penilai_nama: str


@dataclass(frozen=True)
class PenggunaRow:
    """A pegawai one can act as (the demo user switcher, the admin's list)."""

    id: str
    nip: str
    nama: str
    jabatan: str
    unor_nama: str
    peran: str  # a short Indonesian role label: Admin, Pimpinan, Ketua Tim, Pegawai


def daftar_skp(
    session: Session, pegawai_id: str | None = None, pejabat_penilai_id: str | None = None
) -> list[SkpRow]:
    """SKPs of one pegawai, of one PPK's subordinates, or (neither given) all of them."""
    penilai = aliased(Pegawai)
    # Plain columns, not entities: an admin lists thousands of SKPs, and loading ORM objects
    # (with their eagerly loaded RHK) took about a second on the 5,000-pegawai database.
    query = (
        select(
            Skp.id,
            Pegawai.id,
            Pegawai.nama,
            Pegawai.nip,
            Skp.snapshot_pegawai,
            Pegawai.jabatan,
            Unor.nama,
            Skp.tahun,
            Skp.periode_awal,
            Skp.periode_akhir,
            Skp.pendekatan,
            Skp.status,
            Skp.plt_plh_id,
            penilai.nama,
        )
        .join(Pegawai, Pegawai.id == Skp.pegawai_id)
        .join(Unor, Unor.id == Skp.unor_id)
        .outerjoin(penilai, penilai.id == Skp.pejabat_penilai_id)
        .where(Skp.deleted_at.is_(None))
        .order_by(Skp.tahun.desc(), Pegawai.nama, Skp.periode_awal)
    )
    if pegawai_id is not None:
        query = query.where(Skp.pegawai_id == pegawai_id)
    if pejabat_penilai_id is not None:
        query = query.where(Skp.pejabat_penilai_id == pejabat_penilai_id)
    return [
        SkpRow(
            id=skp_id,
            pegawai_id=peg_id,
            pegawai_nama=nama,
            nip=nip,
            jabatan=(snapshot or {}).get("jabatan", jabatan),
            unor_nama=unor_nama,
            tahun=tahun,
            periode_awal=awal,
            periode_akhir=akhir,
            pendekatan=pendekatan,
            status=status,
            is_plt_plh=plt_plh_id is not None,
            pejabat_penilai_nama=penilai_nama or "",
        )
        for (
            skp_id,
            peg_id,
            nama,
            nip,
            snapshot,
            jabatan,
            unor_nama,
            tahun,
            awal,
            akhir,
            pendekatan,
            status,
            plt_plh_id,
            penilai_nama,
        ) in session.execute(query)
    ]


def peran_pegawai(pegawai: Pegawai, ketua_ids: set[str]) -> str:
    if pegawai.is_admin:
        return "Admin"
    if pegawai.jenis_jabatan is JenisJabatan.PIMPINAN or (
        pegawai.kelompok_jabatan is KelompokJabatan.JPT
    ):
        return "Pimpinan"
    if pegawai.id in ketua_ids:
        return "Ketua Tim"
    return "Pegawai"


def daftar_pengguna(session: Session, limit: int | None = None) -> list[PenggunaRow]:
    ketua_ids = set(
        session.scalars(select(TimKerja.ketua_id).where(TimKerja.deleted_at.is_(None))).all()
    )
    query = (
        select(Pegawai, Unor.nama)
        .join(Unor, Unor.id == Pegawai.unor_id)
        .where(Pegawai.deleted_at.is_(None))
        .order_by(Pegawai.nama)
        .limit(limit)
    )
    return [
        PenggunaRow(
            id=p.id,
            nip=p.nip,
            nama=p.nama,
            jabatan=p.jabatan,
            unor_nama=unor_nama,
            peran=peran_pegawai(p, {k for k in ketua_ids if k}),
        )
        for p, unor_nama in session.execute(query)
    ]


def pengguna(session: Session, pegawai_id: str) -> PenggunaRow | None:
    row = session.execute(
        select(Pegawai, Unor.nama)
        .join(Unor, Unor.id == Pegawai.unor_id)
        .where(Pegawai.id == pegawai_id)
    ).first()
    if row is None:
        return None
    p, unor_nama = row
    is_ketua = session.scalar(
        select(TimKerja.id).where(TimKerja.ketua_id == p.id, TimKerja.deleted_at.is_(None))
    )
    return PenggunaRow(
        p.id, p.nip, p.nama, p.jabatan, unor_nama, peran_pegawai(p, {p.id} if is_ketua else set())
    )


def anggota_tim_ids(session: Session, tim_kerja_id: str) -> list[str]:
    return list(
        session.scalars(
            select(AnggotaTim.pegawai_id).where(
                AnggotaTim.tim_kerja_id == tim_kerja_id, AnggotaTim.deleted_at.is_(None)
            )
        )
    )

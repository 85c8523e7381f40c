"""Read models of the Tim Kerja page: teams, anggota, candidates, leader RHK to intervene."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from ekinerja_desktop.domain import JenisRhk, StatusSkp
from ekinerja_desktop.models import AnggotaTim, Pegawai, Rhk, Skp, TimKerja, Unor
from ekinerja_desktop.services.aturan_tim import (
    adalah_jpt,
    rhk_tim_ketua,
    skp_tahun,
    unor_di_bawah,
)

# --- read models ----------------------------------------------------------------------------


@dataclass(frozen=True)
class TimRow:
    """One tim kerja as the Tim Kerja page lists it, with what the acting user may do."""

    id: str
    nama: str
    unor_id: str
    unor_nama: str
    tahun: int
    ketua_id: str | None
    ketua_nama: str
    ketua_nip: str
    jumlah_anggota: int
    jumlah_rhk_tim: int  # the ketua's RHK tied to this team
    skp_organisasi_dibuat: bool
    dapat_kelola: bool  # the acting user is a JPT of the team's unit
    aktor_ketua: bool
    aktor_anggota: bool


@dataclass(frozen=True)
class AnggotaRow:
    id: str  # the pegawai id
    nama: str
    nip: str
    jabatan: str
    unor_nama: str
    status_skp: StatusSkp | None  # of the SKP of the team's year (the latest one)
    skp_draft_id: str | None  # where the ketua can add an RHK
    jumlah_rhk_tim: int  # the anggota's RHK tied to this team or intervening its ketua


@dataclass(frozen=True)
class KandidatRow:
    """A pegawai with an SKP in the year: who can be ketua, anggota or added to an MPH."""

    id: str  # the pegawai id
    nama: str
    nip: str
    jabatan: str
    unor_nama: str
    skp_id: str
    periode_awal: date
    periode_akhir: date
    status: StatusSkp


@dataclass(frozen=True)
class RhkPimpinanRow:
    """A leader's RHK that a pegawai may intervene (the "RHK yang diintervensi" choice)."""

    id: str
    teks: str
    jenis: JenisRhk
    pemilik_id: str
    pemilik_nama: str
    pemilik_jabatan: str
    tim_kerja_id: str | None
    tim_nama: str
    iki: tuple[str, ...]


@dataclass(frozen=True)
class UnorRow:
    id: str
    nama: str


@dataclass(frozen=True)
class KonteksTim:
    """What the Tim Kerja page offers the acting user."""

    jpt: bool  # may create teams
    unor: tuple[UnorRow, ...]  # where they may create them
    punya_skp: frozenset[int]  # years in which the user has an SKP


# --- queries ----------------------------------------------------------------------------------


def konteks(s: Session, aktor_id: str) -> KonteksTim:
    pegawai = s.get(Pegawai, aktor_id)
    tahun = frozenset(
        s.scalars(select(Skp.tahun).where(Skp.pegawai_id == aktor_id, Skp.deleted_at.is_(None)))
    )
    if pegawai is None or not adalah_jpt(pegawai):
        return KonteksTim(False, (), tahun)
    ids = unor_di_bawah(s, pegawai.unor_id)
    nama = dict(s.execute(select(Unor.id, Unor.nama).where(Unor.id.in_(ids))).all())
    return KonteksTim(True, tuple(UnorRow(i, nama[i]) for i in ids if i in nama), tahun)


def daftar_tim(s: Session, aktor_id: str, tahun: int) -> list[TimRow]:
    """A JPT sees every team of their unit and below; anyone sees the teams they are in."""
    pegawai = s.get(Pegawai, aktor_id)
    unit: set[str] = set()
    if pegawai is not None and adalah_jpt(pegawai):
        unit = set(unor_di_bawah(s, pegawai.unor_id))
    anggota_aktor = set(
        s.scalars(
            select(AnggotaTim.tim_kerja_id).where(
                AnggotaTim.pegawai_id == aktor_id, AnggotaTim.deleted_at.is_(None)
            )
        )
    )
    ketua = aliased(Pegawai)
    query = (
        select(TimKerja, Unor.nama, ketua.nama, ketua.nip)
        .join(Unor, Unor.id == TimKerja.unor_id)
        .outerjoin(ketua, ketua.id == TimKerja.ketua_id)
        .where(
            TimKerja.deleted_at.is_(None),
            TimKerja.tahun == tahun,
            or_(
                TimKerja.unor_id.in_(unit),
                TimKerja.ketua_id == aktor_id,
                TimKerja.id.in_(anggota_aktor),
            ),
        )
        .order_by(Unor.nama, TimKerja.nama)
    )
    rows = s.execute(query).all()
    ids = [tim.id for tim, *_ in rows]
    jumlah_anggota = _jumlah_anggota(s, ids)
    jumlah_rhk = _jumlah_rhk_ketua(s, ids)
    return [
        TimRow(
            id=tim.id,
            nama=tim.nama,
            unor_id=tim.unor_id,
            unor_nama=unor_nama,
            tahun=tim.tahun,
            ketua_id=tim.ketua_id,
            ketua_nama=ketua_nama or "",
            ketua_nip=ketua_nip or "",
            jumlah_anggota=jumlah_anggota.get(tim.id, 0),
            jumlah_rhk_tim=jumlah_rhk.get(tim.id, 0),
            skp_organisasi_dibuat=tim.skp_organisasi_dibuat,
            dapat_kelola=tim.unor_id in unit,
            aktor_ketua=tim.ketua_id == aktor_id,
            aktor_anggota=tim.id in anggota_aktor,
        )
        for tim, unor_nama, ketua_nama, ketua_nip in rows
    ]


def anggota(s: Session, tim_id: str) -> list[AnggotaRow]:
    tim = s.get(TimKerja, tim_id)
    if tim is None or tim.deleted_at is not None:
        return []
    rows = s.execute(
        select(Pegawai, Unor.nama)
        .join(AnggotaTim, AnggotaTim.pegawai_id == Pegawai.id)
        .join(Unor, Unor.id == Pegawai.unor_id)
        .where(AnggotaTim.tim_kerja_id == tim_id, AnggotaTim.deleted_at.is_(None))
        .order_by(Pegawai.nama)
    ).all()
    ids = [p.id for p, _ in rows]
    skp_per_pegawai = _skp_per_pegawai(s, ids, tim.tahun)
    ketua_rhk = [r.id for r in rhk_tim_ketua(s, tim)]
    rhk_tim = dict(
        s.execute(
            select(Skp.pegawai_id, func.count(Rhk.id))
            .join(Rhk, Rhk.skp_id == Skp.id)
            .where(
                Skp.pegawai_id.in_(ids),
                Skp.deleted_at.is_(None),
                Skp.tahun == tim.tahun,
                Rhk.deleted_at.is_(None),
                # Tied to the team, or intervening one of the ketua's team RHK.
                or_(Rhk.tim_kerja_id == tim_id, Rhk.rhk_diintervensi_id.in_(ketua_rhk)),
            )
            .group_by(Skp.pegawai_id)
        ).all()
    )
    hasil = []
    for p, unor_nama in rows:
        skps = skp_per_pegawai.get(p.id, [])
        draft = next((x for x in skps if x.status is StatusSkp.DRAFT), None)
        hasil.append(
            AnggotaRow(
                id=p.id,
                nama=p.nama,
                nip=p.nip,
                jabatan=p.jabatan,
                unor_nama=unor_nama,
                status_skp=skps[0].status if skps else None,
                skp_draft_id=draft.id if draft else None,
                jumlah_rhk_tim=rhk_tim.get(p.id, 0),
            )
        )
    return hasil


def cari_kandidat(
    s: Session, tahun: int, teks: str = "", limit: int | None = None
) -> list[KandidatRow]:
    """Pegawai with an SKP in `tahun` whose NIP or name contains `teks` (any unit)."""
    query = (
        select(Pegawai, Unor.nama, Skp)
        .join(Skp, Skp.pegawai_id == Pegawai.id)
        .join(Unor, Unor.id == Pegawai.unor_id)
        .where(Skp.tahun == tahun, Skp.deleted_at.is_(None), Pegawai.deleted_at.is_(None))
        .order_by(Pegawai.nama, Skp.periode_awal)
        .limit(limit)
    )
    cari = teks.strip().casefold()
    if cari:
        pola = f"%{cari}%"
        query = query.where(or_(func.lower(Pegawai.nama).like(pola), Pegawai.nip.like(pola)))
    return [
        KandidatRow(
            p.id,
            p.nama,
            p.nip,
            p.jabatan,
            unor_nama,
            skp.id,
            skp.periode_awal,
            skp.periode_akhir,
            skp.status,
        )
        for p, unor_nama, skp in s.execute(query)
    ]


def rhk_ketua(s: Session, tim_id: str) -> list[RhkPimpinanRow]:
    """The ketua's RHK for the team: what anggota intervene."""
    tim = s.get(TimKerja, tim_id)
    if tim is None or tim.deleted_at is not None:
        return []
    return _rhk_rows(s, rhk_tim_ketua(s, tim), {tim.id: tim.nama})


def rhk_dapat_diintervensi(s: Session, pegawai_id: str, tahun: int) -> list[RhkPimpinanRow]:
    """The leader RHK a pegawai may intervene in `tahun`: the atasan's RHK, the team RHK of
    every ketua whose team they are in, and for a ketua the RHK of the JPT who made the team."""
    pegawai = s.get(Pegawai, pegawai_id)
    if pegawai is None:
        return []
    tim_anggota = list(
        s.scalars(
            select(TimKerja)
            .join(AnggotaTim, AnggotaTim.tim_kerja_id == TimKerja.id)
            .where(
                AnggotaTim.pegawai_id == pegawai_id,
                AnggotaTim.deleted_at.is_(None),
                TimKerja.deleted_at.is_(None),
                TimKerja.tahun == tahun,
            )
        )
    )
    tim_ketua = list(
        s.scalars(
            select(TimKerja).where(
                TimKerja.ketua_id == pegawai_id,
                TimKerja.deleted_at.is_(None),
                TimKerja.tahun == tahun,
            )
        )
    )
    rhk: list[Rhk] = []
    pemimpin = {pegawai.atasan_id} | {t.dibuat_oleh_id for t in tim_ketua}
    for pemimpin_id in sorted(p for p in pemimpin if p and p != pegawai_id):
        for skp in skp_tahun(s, pemimpin_id, tahun):
            rhk.extend(r for r in skp.rhk if r.deleted_at is None)
    for tim in tim_anggota:
        rhk.extend(rhk_tim_ketua(s, tim))
    nama_tim = {t.id: t.nama for t in (*tim_anggota, *tim_ketua)}
    unik = list({r.id: r for r in rhk}.values())
    return _rhk_rows(s, unik, nama_tim)


def _jumlah_anggota(session: Session, tim_ids: Iterable[str]) -> dict[str, int]:
    return dict(
        session.execute(
            select(AnggotaTim.tim_kerja_id, func.count(AnggotaTim.id))
            .where(AnggotaTim.tim_kerja_id.in_(list(tim_ids)), AnggotaTim.deleted_at.is_(None))
            .group_by(AnggotaTim.tim_kerja_id)
        ).all()
    )


def _jumlah_rhk_ketua(session: Session, tim_ids: Iterable[str]) -> dict[str, int]:
    tim = aliased(TimKerja)
    rows = session.execute(
        select(Rhk.tim_kerja_id, func.count(Rhk.id))
        .join(Skp, Skp.id == Rhk.skp_id)
        .join(tim, tim.id == Rhk.tim_kerja_id)
        .where(
            Rhk.tim_kerja_id.in_(list(tim_ids)),
            Rhk.deleted_at.is_(None),
            Skp.deleted_at.is_(None),
            Skp.pegawai_id == tim.ketua_id,
            Skp.tahun == tim.tahun,
        )
        .group_by(Rhk.tim_kerja_id)
    ).all()
    return {tim_id: n for tim_id, n in rows if tim_id is not None}


def _skp_per_pegawai(session: Session, pegawai_ids: list[str], tahun: int) -> dict[str, list[Skp]]:
    hasil: dict[str, list[Skp]] = defaultdict(list)
    for skp in session.scalars(
        select(Skp)
        .where(Skp.pegawai_id.in_(pegawai_ids), Skp.tahun == tahun, Skp.deleted_at.is_(None))
        .order_by(Skp.plt_plh_id.is_not(None), Skp.periode_awal.desc())
    ):
        hasil[skp.pegawai_id].append(skp)
    return hasil


def _rhk_rows(session: Session, rhk: list[Rhk], nama_tim: dict[str, str]) -> list[RhkPimpinanRow]:
    if not rhk:
        return []
    skp_ids = {r.skp_id for r in rhk}
    pemilik = {
        skp_id: (pid, nama, jabatan)
        for skp_id, pid, nama, jabatan in session.execute(
            select(Skp.id, Pegawai.id, Pegawai.nama, Pegawai.jabatan)
            .join(Pegawai, Pegawai.id == Skp.pegawai_id)
            .where(Skp.id.in_(skp_ids))
        ).all()
    }
    return [
        RhkPimpinanRow(
            id=r.id,
            teks=r.teks,
            jenis=r.jenis,
            pemilik_id=pemilik[r.skp_id][0],
            pemilik_nama=pemilik[r.skp_id][1],
            pemilik_jabatan=pemilik[r.skp_id][2],
            tim_kerja_id=r.tim_kerja_id,
            tim_nama=nama_tim.get(r.tim_kerja_id or "", ""),
            iki=tuple(i.indikator for i in r.iki if i.deleted_at is None),
        )
        for r in rhk
    ]

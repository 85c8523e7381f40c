"""Read models the first screens need, built from `queries.py` (no Qt here)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from ekinerja_desktop.models import Pegawai
from ekinerja_desktop.services.queries import (
    PenggunaRow,
    SkpRow,
    daftar_pengguna,
    daftar_skp,
    pengguna,
)
from ekinerja_desktop.services.uow import Aktor


@dataclass(frozen=True)
class DaftarSkpAktor:
    """What the Daftar SKP screen shows one acting user.

    `bawahan` is None when the user evaluates nobody (no "SKP Bawahan" tab), `semua` is None
    unless the user is an admin.
    """

    pengguna: PenggunaRow | None
    milik: tuple[SkpRow, ...]
    bawahan: tuple[SkpRow, ...] | None
    semua: tuple[SkpRow, ...] | None


def ada_pegawai(session: Session) -> bool:
    """Whether this database holds any pegawai (an empty one may receive the demo)."""
    return bool(session.scalar(select(exists().where(Pegawai.id.is_not(None)))))


def daftar_skp_aktor(session: Session, pegawai_id: str, is_admin: bool) -> DaftarSkpAktor:
    row = pengguna(session, pegawai_id)
    bawahan = tuple(daftar_skp(session, pejabat_penilai_id=pegawai_id))
    pimpinan = row is not None and row.peran == "Pimpinan"
    return DaftarSkpAktor(
        pengguna=row,
        milik=tuple(daftar_skp(session, pegawai_id=pegawai_id)),
        bawahan=bawahan if bawahan or pimpinan else None,
        semua=tuple(daftar_skp(session)) if is_admin else None,
    )


def daftar_pengguna_dari(session: Session, ids: Iterable[str]) -> list[PenggunaRow]:
    """The given pegawai in the given order, skipping ids not (or no longer) present."""
    rows = (pengguna(session, id_) for id_ in ids)
    return [row for row in rows if row is not None]


def pengguna_per_peran(session: Session, peran: Iterable[str]) -> dict[str, str]:
    """The first pegawai (by name) of each role: demo users of a database whose demo record
    is missing."""
    pertama: dict[str, str] = {}
    for row in daftar_pengguna(session):
        pertama.setdefault(row.peran, row.id)
    return {p: pertama[p] for p in peran if p in pertama}


def aktor_dari(row: PenggunaRow) -> Aktor:
    """The acting user for a pegawai one may act as (the demo switcher, a signed-in user)."""
    return Aktor(pegawai_id=row.id, nip=row.nip, nama=row.nama, is_admin=row.peran == "Admin")

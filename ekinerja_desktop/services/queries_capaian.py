"""Read model of the capaian organisasi page: every unit kerja induk a user may see, with its
capaian of the chosen period and the statistics line of S003 2.5."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain import CapaianOrganisasi, StatusCapaian
from ekinerja_desktop.models import CapaianOrganisasiUnor, Pegawai
from ekinerja_desktop.services.queries_rekap import (
    JenisCakupan,
    Statistik,
    cakupan_aktor,
    peta_unor,
    statistik_units,
)


@dataclass(frozen=True)
class CapaianRow:
    """One unit kerja induk in one period; `id` is the unit's id (one row per unit)."""

    id: str
    unor_nama: str
    periode_id: str
    capaian_id: str | None  # None: not set yet for this period
    capaian: CapaianOrganisasi | None
    bukti_dukung_url: str | None
    status: StatusCapaian | None
    statistik: Statistik


def unit_terlihat(session: Session, pegawai_id: str, is_admin: bool) -> list[str]:
    """Units whose capaian a user sees: all for an admin; for a pimpinan the unit they head
    and the unit kerja induk of their own unor (whose capaian sets their kurva)."""
    pegawai = session.get(Pegawai, pegawai_id)
    if pegawai is None:
        return []
    peta = peta_unor(session, pegawai.instansi_id)
    if is_admin:
        units = set(peta.unit_induk)
    else:
        cakupan = cakupan_aktor(session, pegawai_id, is_admin)
        units = {c.id for c in cakupan if c.jenis is JenisCakupan.UNIT}
        if cakupan:
            sendiri = peta.unit_dari_unor(pegawai.unor_id)
            if sendiri is not None:
                units.add(sendiri)
    return sorted(units, key=lambda u: peta.nama[u].casefold())


def daftar_capaian(
    session: Session, pegawai_id: str, is_admin: bool, periode_id: str
) -> list[CapaianRow]:
    units = unit_terlihat(session, pegawai_id, is_admin)
    if not units:
        return []
    records = {
        r.unor_id: r
        for r in session.scalars(
            select(CapaianOrganisasiUnor).where(
                CapaianOrganisasiUnor.periode_id == periode_id,
                CapaianOrganisasiUnor.unor_id.in_(units),
                CapaianOrganisasiUnor.deleted_at.is_(None),
            )
        )
    }
    stats = statistik_units(session, periode_id, units)
    pegawai = session.get(Pegawai, pegawai_id)
    assert pegawai is not None
    nama = peta_unor(session, pegawai.instansi_id).nama
    rows = []
    for u in units:
        r = records.get(u)
        rows.append(
            CapaianRow(
                id=u,
                unor_nama=nama[u],
                periode_id=periode_id,
                capaian_id=r.id if r else None,
                capaian=r.capaian if r else None,
                bukti_dukung_url=r.bukti_dukung_url if r else None,
                status=r.status if r else None,
                statistik=stats[u],
            )
        )
    return rows

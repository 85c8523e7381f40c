"""Where records sit (their SKP and instansi) and how the acting user relates to others.

Everything here loads in batches: one query per kind, whatever the number of ops or rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ForeignKey, false, inspect, or_, select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain import JenisJabatan, KelompokJabatan
from ekinerja_desktop.domain.authz import Actor, ReadScope, Relations
from ekinerja_desktop.models import AnggotaTim, Pegawai, PltPlh, Skp, TimKerja, Unor
from ekinerja_desktop.models.base import SyncedMixin
from ekinerja_desktop.sync.protocol import ENTITY_MODELS
from ekinerja_server.models import RecordScope

IN_CHUNK = 900  # bound parameters per IN (SQLite's default limit is 999 on old builds)

# The column a record inherits its place from. Entities not listed inherit from their first
# non-nullable foreign key to a synced entity (so new models get a sane default).
SCOPE_PARENT: dict[str, str | None] = {
    "instansi": None,
    "unor": "instansi_id",
    "pegawai": "instansi_id",
    "periode": "instansi_id",
    "kurva_ideal": "instansi_id",
    "plt_plh": "pegawai_id",
    "periode_dibuka_ulang": "periode_id",
    "capaian_organisasi": "unor_id",
    "tim_kerja": "unor_id",
    "anggota_tim": "tim_kerja_id",
    "skp": "pegawai_id",
    "rhk": "skp_id",
    "lampiran_item": "skp_id",
    "ekspektasi_khusus": "skp_id",
    "riwayat_status_skp": "skp_id",
    "periode_penilaian": "skp_id",
    "aktivitas_harian": "skp_id",
    "iki": "rhk_id",
    "manual_iki": "iki_id",
    "rencana_aksi": "periode_penilaian_id",
    "bukti_dukung": "periode_penilaian_id",
    "realisasi": "periode_penilaian_id",
    "feedback": "periode_penilaian_id",
    "penilaian": "periode_penilaian_id",
    "keberatan": "penilaian_id",
    "angka_kredit": "skp_id",  # without an SKP: personal (pegawai_id), see place_of
}


@dataclass(frozen=True)
class Place:
    entity: str
    skp_id: str | None
    instansi_id: str | None
    pegawai_id: str | None = None

    def keys(self) -> dict[str, str]:
        """The change log's scope keys (short: they are stored on every log row)."""
        out = {}
        if self.skp_id:
            out["s"] = self.skp_id
        if self.instansi_id:
            out["i"] = self.instansi_id
        if self.pegawai_id:
            out["p"] = self.pegawai_id
        return out


def place_from_keys(entity: str, keys: Mapping[str, Any]) -> Place:
    return Place(entity, keys.get("s"), keys.get("i"), keys.get("p"))


def foreign_keys(model: type[SyncedMixin]) -> dict[str, str]:
    """column → referenced table, for the synced entities' foreign keys."""
    out: dict[str, str] = {}
    for column in inspect(model).columns:
        for fk in column.foreign_keys:
            assert isinstance(fk, ForeignKey)
            table = fk.target_fullname.split(".")[0]
            if table in ENTITY_MODELS:
                out[str(column.key)] = table
    return out


_FKS = {entity: foreign_keys(model) for entity, model in ENTITY_MODELS.items()}


def fk_columns(entity: str) -> dict[str, str]:
    return _FKS.get(entity, {})


def parent_column(entity: str) -> str | None:
    if entity in SCOPE_PARENT:
        return SCOPE_PARENT[entity]
    model = ENTITY_MODELS[entity]
    for key, _table in fk_columns(entity).items():
        if not inspect(model).columns[key].nullable:
            return key
    return None


def place_of(
    entity: str, entity_id: str, values: Mapping[str, Any], places: Mapping[str, Place]
) -> Place | None:
    """The place of a record from its values and its parent's place (None: parent unknown)."""
    if entity == "instansi":
        return Place(entity, None, entity_id)
    column = parent_column(entity)
    parent_id = values.get(column) if column else None
    if entity == "angka_kredit" and not parent_id:
        owner = places.get(str(values.get("pegawai_id")))
        return Place(entity, None, owner.instansi_id if owner else None, values.get("pegawai_id"))
    if column is None or parent_id is None:
        return Place(entity, None, None)
    if column == "instansi_id":
        return Place(entity, None, str(parent_id))
    parent = places.get(str(parent_id))
    if parent is None:
        return None
    skp_id = entity_id if entity == "skp" else parent.skp_id
    return Place(entity, skp_id, parent.instansi_id, parent.pegawai_id if not skp_id else None)


def load_places(session: Session, ids: Iterable[str]) -> dict[str, Place]:
    out: dict[str, Place] = {}
    for chunk in chunks(sorted({i for i in ids if i})):
        for row in session.execute(
            select(
                RecordScope.entity_id,
                RecordScope.entity,
                RecordScope.skp_id,
                RecordScope.instansi_id,
                RecordScope.pegawai_id,
            ).where(RecordScope.entity_id.in_(chunk))
        ):
            out[row[0]] = Place(row[1], row[2], row[3], row[4])
    return out


def chunks(items: list[str], size: int = IN_CHUNK) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --- the actor and their relations ----------------------------------------------------------


def is_pimpinan(pegawai: Pegawai) -> bool:
    return (
        pegawai.kelompok_jabatan is KelompokJabatan.JPT
        or pegawai.jenis_jabatan is JenisJabatan.PIMPINAN
    )


@dataclass(frozen=True)
class Who:
    """The acting user: authz facts plus what the server needs besides."""

    actor: Actor
    relations: Relations
    nama: str
    #: Leaders whose RHK the user may intervene: the atasan chain and teams' ketua (+ chain).
    leaders: frozenset[str]


def load_who(
    session: Session, pegawai_id: str | None, is_admin: bool, today: date, tahun: int | None = None
) -> Who:
    """The actor's relations from current rows (about six queries)."""
    me = session.get(Pegawai, pegawai_id) if pegawai_id else None
    if me is None or me.deleted_at is not None:
        return Who(Actor(None, is_admin), Relations(), "", frozenset())
    actor = Actor(me.id, is_admin or me.is_admin, me.instansi_id, me.unor_id)

    # Units I head: my own if I am its pimpinan, and those of my active PLT/PLH.
    unor_dipimpin = {me.unor_id} if me.jenis_jabatan is JenisJabatan.PIMPINAN else set()
    plt_unors = set(
        session.scalars(
            select(PltPlh.unor_id).where(
                PltPlh.pegawai_id == me.id,
                PltPlh.aktif.is_(True),
                PltPlh.deleted_at.is_(None),
                PltPlh.periode_awal <= today,
                PltPlh.periode_akhir >= today,
            )
        )
    )
    unor_dipimpin |= plt_unors

    bawahan = set(
        session.scalars(
            select(Pegawai.id).where(Pegawai.atasan_id == me.id, Pegawai.deleted_at.is_(None))
        )
    )
    if plt_unors:
        # Acting head: the people whose atasan heads that unit, or who have none there.
        heads = set(
            session.scalars(
                select(Pegawai.id).where(
                    Pegawai.unor_id.in_(plt_unors),
                    Pegawai.jenis_jabatan == JenisJabatan.PIMPINAN,
                    Pegawai.deleted_at.is_(None),
                )
            )
        )
        bawahan |= set(
            session.scalars(
                select(Pegawai.id).where(
                    Pegawai.deleted_at.is_(None),
                    or_(
                        Pegawai.atasan_id.in_(heads) if heads else false(),
                        (Pegawai.unor_id.in_(plt_unors)) & Pegawai.atasan_id.is_(None),
                    ),
                )
            )
        )
        bawahan -= heads
    bawahan.discard(me.id)

    # Teams: the ones I lead (their members), and the ones I am in (their ketua).
    tim_rows = session.execute(
        select(TimKerja.id, TimKerja.ketua_id, AnggotaTim.pegawai_id)
        .join(AnggotaTim, AnggotaTim.tim_kerja_id == TimKerja.id)
        .where(
            TimKerja.deleted_at.is_(None),
            AnggotaTim.deleted_at.is_(None),
            or_(TimKerja.ketua_id == me.id, AnggotaTim.pegawai_id == me.id),
            *([TimKerja.tahun == tahun] if tahun else []),
        )
    ).all()
    anggota_diketuai = {p for _t, k, p in tim_rows if k == me.id and p != me.id}
    tim_diketuai: dict[str, set[str]] = {}
    for tim_id, ketua_id, anggota_id in tim_rows:
        if ketua_id == me.id:
            tim_diketuai.setdefault(tim_id, set()).add(anggota_id)
    ketua_saya = {k for _t, k, p in tim_rows if p == me.id and k and k != me.id}
    tim_saya = {t for t, _k, p in tim_rows if p == me.id}

    # Rekan kerja: non-pimpinan colleagues of my unit or my teams (I must not lead either).
    rekan: set[str] = set()
    if not is_pimpinan(me):
        rekan |= set(
            session.scalars(
                select(Pegawai.id).where(
                    Pegawai.unor_id == me.unor_id,
                    Pegawai.deleted_at.is_(None),
                    Pegawai.jenis_jabatan != JenisJabatan.PIMPINAN,
                    Pegawai.kelompok_jabatan != KelompokJabatan.JPT,
                )
            )
        )
        if tim_saya:
            rekan |= set(
                session.scalars(
                    select(AnggotaTim.pegawai_id)
                    .join(Pegawai, Pegawai.id == AnggotaTim.pegawai_id)
                    .where(
                        AnggotaTim.tim_kerja_id.in_(tim_saya),
                        AnggotaTim.deleted_at.is_(None),
                        Pegawai.jenis_jabatan != JenisJabatan.PIMPINAN,
                        Pegawai.kelompok_jabatan != KelompokJabatan.JPT,
                    )
                )
            )
        rekan.discard(me.id)

    tim_dikelola = set(
        session.scalars(
            select(TimKerja.id).where(
                TimKerja.deleted_at.is_(None),
                or_(
                    TimKerja.dibuat_oleh_id == me.id,
                    TimKerja.unor_id.in_(unor_dipimpin) if unor_dipimpin else false(),
                ),
            )
        )
    )
    leaders = _atasan_chain(session, {me.atasan_id, *ketua_saya} - {None, me.id})
    relations = Relations(
        bawahan=frozenset(bawahan),
        anggota_tim_diketuai=frozenset(anggota_diketuai),
        rekan_kerja=frozenset(rekan),
        unor_dipimpin=frozenset(u for u in unor_dipimpin if u),
        tim_diketuai={t: frozenset(m) for t, m in tim_diketuai.items()},
        tim_dikelola=frozenset(tim_dikelola),
    )
    return Who(actor, relations, me.nama, frozenset(leaders))


def _atasan_chain(session: Session, start: set[str | None], depth: int = 8) -> set[str]:
    """The given pegawai and every atasan above them (a few levels; cycles cut)."""
    seen: set[str] = set()
    frontier = {s for s in start if s}
    while frontier and depth > 0:
        seen |= frontier
        rows = session.scalars(select(Pegawai.atasan_id).where(Pegawai.id.in_(frontier)))
        frontier = {r for r in rows if r and r not in seen}
        depth -= 1
    return seen


def read_scope(session: Session, who: Who) -> ReadScope:
    """The SKPs the user sees now (two queries)."""
    actor, rel = who.actor, who.relations
    if actor.pegawai_id is None:
        return ReadScope(actor.instansi_id, None, actor.is_admin)
    if actor.is_admin:
        return ReadScope(actor.instansi_id, actor.pegawai_id, True)
    owners = {actor.pegawai_id, *rel.bawahan, *rel.anggota_tim_diketuai}
    full = set(
        session.scalars(
            select(Skp.id).where(
                or_(
                    Skp.pegawai_id.in_(owners),
                    Skp.pejabat_penilai_id == actor.pegawai_id,
                    Skp.atasan_pejabat_penilai_id == actor.pegawai_id,
                )
            )
        )
    )
    leader = set()
    if who.leaders:
        leader = set(session.scalars(select(Skp.id).where(Skp.pegawai_id.in_(who.leaders))))
    return ReadScope(
        instansi_id=actor.instansi_id,
        pegawai_id=actor.pegawai_id,
        is_admin=False,
        full_skps=frozenset(full),
        leader_skps=frozenset(leader - full),
        bawahan=rel.bawahan,
    )


def unor_chain(unors: Mapping[str, Unor], unor_id: str | None) -> list[str]:
    """The unit and every unit above it (for a reopened period)."""
    out: list[str] = []
    while unor_id and unor_id not in out and len(out) < 16:
        out.append(unor_id)
        unor = unors.get(unor_id)
        unor_id = unor.unor_atasan_id if unor else None
    return out

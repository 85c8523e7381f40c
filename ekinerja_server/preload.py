"""Batch preloading for push: the targets, their places, SKPs, periods, teams and history,
one query per kind (SYNC.md: a per-op ORM loop is 5x slower)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, lazyload

from ekinerja_desktop.domain import JenisJabatan, JenisPeriode
from ekinerja_desktop.domain.authz import OpSpec
from ekinerja_desktop.models import (
    Feedback,
    Iki,
    Instansi,
    Pegawai,
    Periode,
    PeriodeDibukaUlang,
    PeriodePenilaian,
    Rhk,
    Skp,
    TimKerja,
    Unor,
)
from ekinerja_desktop.models.base import SyncedMixin
from ekinerja_desktop.sync.protocol import ENTITY_MODELS, PushOp
from ekinerja_server.models import FieldHistory
from ekinerja_server.scope import (
    Place,
    Who,
    chunks,
    fk_columns,
    load_places,
    unor_chain,
)

# -------------------------------------------------------------------------------


@dataclass
class PeriodFacts:
    batas: Any
    periodik: bool
    dibuka: bool


@dataclass
class Preloaded:
    objs: dict[str, SyncedMixin] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    mandiri: dict[str, bool] = field(default_factory=dict)  # pegawai → heads a mandiri unit
    periods: dict[str, PeriodFacts] = field(default_factory=dict)  # periode_penilaian / periode
    feedback_atasan: set[str] = field(default_factory=set)  # periode_penilaian ids
    wajib_feedback: bool = True
    tims: dict[str, TimKerja] = field(default_factory=dict)
    history: dict[str, list[FieldHistory]] = field(default_factory=dict)
    taken: dict[tuple[str, str], set[Any]] = field(default_factory=dict)  # unique values


#: The rows alone: the models' `selectin` collections (an SKP's RHK, an RHK's IKI) are for the
#: desktop's editor; loading them here cost a push every RHK of its SKP (issue 7 bench).
FLAT = lazyload("*")


def unique_columns(entity: str) -> list[str]:
    table = ENTITY_MODELS[entity].__table__  # type: ignore[attr-defined]
    return [c.key for c in table.columns if c.unique and not c.primary_key]


def preload(
    session: Session, who: Who, ops: Sequence[tuple[PushOp, OpSpec]], today: Any
) -> Preloaded:
    """Everything the ops will read, one query per kind."""
    pre = Preloaded()
    ids_by_entity: dict[str, set[str]] = {}
    fk_ids: set[str] = set()
    creates: dict[str, list[dict[str, Any]]] = {}
    for op, spec in ops:
        ids_by_entity.setdefault(spec.entity, set()).add(op.entity_id)
        payload = op.payload
        for column in fk_columns(spec.entity):
            value = payload.get(column)
            if isinstance(value, str):
                fk_ids.add(value)
        if spec.mode in ("create", "upsert"):
            creates.setdefault(spec.entity, []).append(payload)
    for entity, ids in ids_by_entity.items():
        model = ENTITY_MODELS[entity]
        for chunk in chunks(sorted(ids)):
            for obj in session.scalars(select(model).where(model.id.in_(chunk)).options(FLAT)):
                pre.objs[obj.id] = obj
    pre.places = load_places(session, set(pre.objs) | fk_ids)
    # The RHK of IKI ops: its tim kerja decides whether a ketua may add to an anggota's SKP.
    rhk_ids = {str(getattr(o, "rhk_id", "")) for o in pre.objs.values() if isinstance(o, Iki)}
    rhk_ids |= {i for i in fk_ids if pre.places.get(i, Place("", None, None)).entity == "rhk"}
    for chunk in chunks(sorted(rhk_ids - set(pre.objs))):
        for rhk in session.scalars(select(Rhk).where(Rhk.id.in_(chunk)).options(FLAT)):
            pre.objs[rhk.id] = rhk

    skp_ids = {p.skp_id for p in pre.places.values() if p.skp_id}
    missing = sorted(skp_ids - set(pre.objs))
    for chunk in chunks(missing):
        for skp in session.scalars(select(Skp).where(Skp.id.in_(chunk)).options(FLAT)):
            pre.objs[skp.id] = skp
    owners = {o.pegawai_id for o in pre.objs.values() if isinstance(o, Skp)}
    _load_mandiri(session, pre, owners)
    _load_periods(session, pre, today)
    if who.actor.instansi_id:
        wajib = session.scalar(
            select(Instansi.wajib_feedback_sebelum_rating).where(
                Instansi.id == who.actor.instansi_id
            )
        )
        pre.wajib_feedback = bool(wajib) if wajib is not None else True
    tim_ids = {
        str(v)
        for o in pre.objs.values()
        for v in [getattr(o, "tim_kerja_id", None)]
        if isinstance(v, str)
    }
    tim_ids |= {i for i in fk_ids if pre.places.get(i, Place("", None, None)).entity == "tim_kerja"}
    tim_ids |= {o.id for o in pre.objs.values() if isinstance(o, TimKerja)}
    for chunk in chunks(sorted(tim_ids)):
        for tim in session.scalars(select(TimKerja).where(TimKerja.id.in_(chunk))):
            pre.tims[tim.id] = tim
    stale = [
        op.entity_id
        for op, _spec in ops
        if op.entity_id in pre.objs
        and op.base_version is not None
        and op.base_version < pre.objs[op.entity_id].version
    ]
    for chunk in chunks(sorted(set(stale))):
        for row in session.scalars(
            select(FieldHistory)
            .where(FieldHistory.entity_id.in_(chunk))
            .order_by(FieldHistory.version)
        ):
            pre.history.setdefault(row.entity_id, []).append(row)
    for entity, payloads in creates.items():
        for column in unique_columns(entity):
            values = sorted({str(p[column]) for p in payloads if p.get(column) is not None})
            model = ENTITY_MODELS[entity]
            col = getattr(model, column)
            taken: set[Any] = set()
            for chunk in chunks(values):
                taken |= set(session.scalars(select(col).where(col.in_(chunk))))
            pre.taken[(entity, column)] = {str(v) for v in taken}
    return pre


def _load_mandiri(session: Session, pre: Preloaded, owners: set[str]) -> None:
    for chunk in chunks(sorted(owners)):
        for pid, jenis, mandiri in session.execute(
            select(Pegawai.id, Pegawai.jenis_jabatan, Unor.mandiri)
            .join(Unor, Unor.id == Pegawai.unor_id)
            .where(Pegawai.id.in_(chunk))
        ):
            pre.mandiri[pid] = bool(mandiri) and jenis is JenisJabatan.PIMPINAN


def _load_periods(session: Session, pre: Preloaded, today: Any) -> None:
    """Batas pengisian, kind and reopening of every period the batch touches."""
    pp_ids: set[str] = set()
    periode_ids: set[str] = set()
    for obj in pre.objs.values():
        value = getattr(obj, "periode_penilaian_id", None)
        if isinstance(value, str):
            pp_ids.add(value)
        if isinstance(obj, PeriodePenilaian):
            pp_ids.add(obj.id)
    pp_ids |= {i for i, p in pre.places.items() if p.entity == "periode_penilaian"}
    periode_ids |= {i for i, p in pre.places.items() if p.entity == "periode"}
    pp_periode: dict[str, tuple[str, str]] = {}  # pp → (periode, skp)
    for chunk in chunks(sorted(pp_ids)):
        for pp_id, periode_id, skp_id in session.execute(
            select(PeriodePenilaian.id, PeriodePenilaian.periode_id, PeriodePenilaian.skp_id).where(
                PeriodePenilaian.id.in_(chunk)
            )
        ):
            pp_periode[pp_id] = (periode_id, skp_id)
            periode_ids.add(periode_id)
    if not periode_ids:
        return
    periodes: dict[str, Periode] = {}
    for chunk in chunks(sorted(periode_ids)):
        for periode in session.scalars(select(Periode).where(Periode.id.in_(chunk))):
            periodes[periode.id] = periode
    reopened: dict[str, set[str]] = {}
    for chunk in chunks(sorted(periode_ids)):
        for periode_id, unor_id in session.execute(
            select(PeriodeDibukaUlang.periode_id, PeriodeDibukaUlang.unor_id).where(
                PeriodeDibukaUlang.periode_id.in_(chunk),
                PeriodeDibukaUlang.deleted_at.is_(None),
                PeriodeDibukaUlang.sampai >= today,
            )
        ):
            reopened.setdefault(periode_id, set()).add(unor_id)
    unors: dict[str, Unor] = {}
    if reopened:
        unors = {u.id: u for u in session.scalars(select(Unor))}
    for periode_id, periode in periodes.items():
        pre.periods[periode_id] = PeriodFacts(
            periode.batas_pengisian, periode.jenis is not JenisPeriode.FINAL, False
        )
    for pp_id, (periode_id, skp_id) in pp_periode.items():
        found = periodes.get(periode_id)
        if found is None:
            continue
        skp = pre.objs.get(skp_id)
        unit = skp.unor_id if isinstance(skp, Skp) else None
        dibuka = bool(reopened.get(periode_id, set()) & set(unor_chain(unors, unit)))
        pre.periods[pp_id] = PeriodFacts(
            found.batas_pengisian, found.jenis is not JenisPeriode.FINAL, dibuka
        )
    for chunk in chunks(sorted(pp_ids)):
        pre.feedback_atasan |= set(
            session.scalars(
                select(Feedback.periode_penilaian_id).where(
                    Feedback.periode_penilaian_id.in_(chunk),
                    Feedback.sumber == "ATASAN",
                    Feedback.iki_id.is_not(None),
                    Feedback.deleted_at.is_(None),
                )
            )
        )

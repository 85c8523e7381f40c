"""Applying the server's rows to the local tables, generically, and pending ops on top.

A pull page is applied in ONE local transaction (SYNC.md "Pull"): upsert the changed rows,
soft-delete tombstones, delete rows that left the user's scope, record acknowledged outcomes
(done outbox rows move to `sent_log`), mirror the user's issues, re-apply the still pending
local operations on top of the fresh server rows, and store the cursor. Everything here runs
inside a session the engine opened with foreign keys off: a pulled row may point at a row
outside the user's scope (protocol.py "Pulled rows and foreign keys").
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.authz import resolve_op
from ekinerja_desktop.domain.enums import StatusOutbox, StatusSkp
from ekinerja_desktop.models import (
    AppMeta,
    OutboxEntry,
    RiwayatStatusSkp,
    SentLog,
    Skp,
    SyncedMixin,
    SyncIssue,
)
from ekinerja_desktop.services.sync_queries import RESOLUSI_BELUM_TERKIRIM
from ekinerja_desktop.sync import protocol as p

log = logging.getLogger(__name__)

Touched = set[tuple[str, str]]
WAITING = (StatusOutbox.PENDING, StatusOutbox.SENDING)
_ORDER = {name: i for i, name in enumerate(p.ENTITY_ORDER)}
STATUS_OPS = frozenset({"skp.submit", "skp.approve", "skp.return", "skp.set_status"})


# --- rows from the server -------------------------------------------------------------------


def upsert_changes(session: Session, changes: Iterable[p.Change], now: datetime) -> Touched:
    """Insert or overwrite each changed row with the server's current values (Core upserts,
    grouped per entity, parents first); tombstones become soft deletes."""
    touched: Touched = set()
    by_entity: dict[str, list[p.Change]] = defaultdict(list)
    for change in changes:
        if change.entity not in p.ENTITY_MODELS:
            log.info("pull: unknown entity %s ignored (newer server)", change.entity)
            continue
        by_entity[change.entity].append(change)
    for entity in sorted(by_entity, key=_ORDER.__getitem__):
        model = p.ENTITY_MODELS[entity]
        groups: dict[frozenset[str], list[dict[str, Any]]] = defaultdict(list)
        for change in by_entity[entity]:
            row = _row(model, change, now)
            groups[frozenset(row)].append(row)
            touched.add((entity, change.id))
        table = model.__table__  # type: ignore[attr-defined]
        for keys, rows in groups.items():
            statement = sqlite_insert(table)
            update = {k: statement.excluded[k] for k in keys if k not in ("id", "created_at")}
            session.execute(
                statement.on_conflict_do_update(index_elements=["id"], set_=update), rows
            )
    return touched


def _row(model: type[SyncedMixin], change: p.Change, now: datetime) -> dict[str, Any]:
    row = p.fields_from_json(model, change.fields)
    row["id"] = change.id
    row["version"] = change.version
    row["created_at"] = _naive(change.created_at) or now
    row["updated_at"] = _naive(change.updated_at) or now
    row["deleted_at"] = (_naive(change.deleted_at) or now) if change.deleted else None
    return row


def _naive(value: datetime | None) -> datetime | None:
    """A server time as the naive UTC the local tables store."""
    if value is None or value.tzinfo is None:
        return value
    return value.astimezone(UTC).replace(tzinfo=None)


def delete_removed(session: Session, removed: Iterable[p.Removed]) -> Touched:
    """Rows that left the user's scope: deleted for real (not a tombstone: no trace kept)."""
    touched: Touched = set()
    by_entity: dict[str, list[str]] = defaultdict(list)
    for item in removed:
        if item.entity in p.ENTITY_MODELS:
            by_entity[item.entity].append(item.id)
    for entity in sorted(by_entity, key=_ORDER.__getitem__, reverse=True):  # children first
        model = p.ENTITY_MODELS[entity]
        ids = by_entity[entity]
        for chunk in _chunks(ids, 500):
            session.execute(delete(model).where(model.id.in_(chunk)))
        touched.update((entity, id_) for id_ in ids)
    return touched


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --- outcomes and issues --------------------------------------------------------------------


def move_to_sent_log(
    session: Session, entry: OutboxEntry, outcome: str, server_seq: int | None, now: datetime
) -> None:
    """A done operation leaves the outbox for the sent log (kept 60 days for a re-push)."""
    session.merge(
        SentLog(
            op_id=entry.op_id,
            client_seq=entry.client_seq,
            op=entry.op,
            entity_id=entry.entity_id,
            base_version=entry.base_version,
            payload=entry.payload,
            schema_version=entry.schema_version,
            outcome=outcome,
            server_seq=server_seq,
            created_at=entry.created_at,
            acked_at=now,
        )
    )
    session.delete(entry)


def record_issue(session: Session, issue: p.Issue) -> tuple[str, str]:
    """Mirror the server's issue (same id); a resolution made here and not yet sent wins."""
    local = session.get(SyncIssue, issue.id)
    unsent = resolusi_belum_terkirim(session)
    if local is None:
        # The push answer may have named no issue id: that placeholder gives way to this one.
        for placeholder in session.scalars(select(SyncIssue).where(SyncIssue.op_id == issue.op_id)):
            session.delete(placeholder)
        session.flush()
        local = SyncIssue(id=issue.id, op_id=issue.op_id)
        session.add(local)
    local.kind = issue.kind
    local.op_id = issue.op_id
    local.op = issue.op
    local.entity = issue.entity or p.split_op(issue.op)[0]
    local.entity_id = issue.entity_id
    local.reason = issue.reason
    local.message = issue.message
    if issue.local_value is not None or local.local_value is None:
        local.local_value = issue.local_value or _values(issue, "mine")
    if issue.server_value is not None or local.server_value is None:
        local.server_value = issue.server_value or _values(issue, "server")
    local.created_at = _naive(issue.created_at) or local.created_at
    if issue.id not in unsent:
        local.resolution = issue.resolution
        local.resolved_at = _naive(issue.resolved_at)
    if issue.fields:
        detail = {f.field: f.model_dump(mode="json", exclude={"field"}) for f in issue.fields}
        local.server_value = {**(local.server_value or {}), "_rincian": detail}
    return ("sync_issue", issue.id)


def _values(issue: p.Issue, side: str) -> dict[str, Any]:
    return {f.field: getattr(f, side) for f in issue.fields}


def resolusi_belum_terkirim(session: Session) -> dict[str, dict[str, Any]]:
    """Resolutions made here that the server has not recorded: issue id → request body."""
    meta = session.get(AppMeta, RESOLUSI_BELUM_TERKIRIM)
    if meta is None:
        return {}
    value = json.loads(meta.value)
    return value if isinstance(value, dict) else {}


def simpan_resolusi_belum_terkirim(session: Session, unsent: dict[str, dict[str, Any]]) -> None:
    meta = session.get(AppMeta, RESOLUSI_BELUM_TERKIRIM)
    text = json.dumps(unsent, sort_keys=True)
    if meta is None:
        session.add(AppMeta(key=RESOLUSI_BELUM_TERKIRIM, value=text))
    else:
        meta.value = text


def ack_up_to(session: Session, last_seq: int, issue_ops: dict[str, str], now: datetime) -> Touched:
    """Operations the server has a terminal outcome for (pull's `acked`): an op with an issue
    becomes conflict/refused and stays listed; the others are done and move to the sent log."""
    touched: Touched = set()
    entries = session.scalars(
        select(OutboxEntry)
        .where(OutboxEntry.client_seq <= last_seq, OutboxEntry.state.in_(WAITING))
        .order_by(OutboxEntry.client_seq)
    ).all()
    known: dict[str, str] = {
        op_id: kind
        for op_id, kind in session.execute(
            select(SyncIssue.op_id, SyncIssue.kind).where(
                SyncIssue.op_id.in_([e.op_id for e in entries])
            )
        )
    }
    for entry in entries:
        kind = issue_ops.get(entry.op_id) or known.get(entry.op_id)
        if kind in ("conflict", "refused"):
            entry.state = StatusOutbox(kind)
        else:
            move_to_sent_log(session, entry, "acked", None, now)
        touched.add(("outbox", str(entry.client_seq)))
    return touched


def revert_not_applied(
    session: Session,
    entry: OutboxEntry,
    current: dict[str, Any] | None,
    now: datetime,
    version: int | None = None,
) -> Touched:
    """A conflict or refusal leaves the server's value standing: show it locally too (the
    user's value is in the issue). A refused create of a record the server never had goes;
    later pending operations on the record are applied again on top."""
    entity, verb = p.split_op(entry.op)
    spec = resolve_op(entry.op)
    if spec is not None and spec.entity in p.ENTITY_MODELS:
        # Named ops act on their spec's entity in its mode (`rating.set` upserts `penilaian`,
        # `bukti_dukung.add` creates): a refusal must undo exactly that.
        entity, verb = spec.entity, spec.mode
    model = p.ENTITY_MODELS.get(entity)
    obj = session.get(model, entry.entity_id) if model is not None else None
    if model is None or obj is None:
        return set()
    if verb in ("create", "upsert") and obj.version == 0:
        session.delete(obj)  # never on the server
        return {(entity, entry.entity_id)}
    touched: Touched = set()
    if entry.op in STATUS_OPS and isinstance(obj, Skp):
        dari = entry.payload.get("dari")
        if isinstance(dari, str) and dari in StatusSkp._value2member_map_:
            obj.status = StatusSkp(dari)  # what the server had when the user acted
        # The history row recorded here with the transition never happened on the server.
        riwayat = session.get(RiwayatStatusSkp, str(entry.payload.get("riwayat_id")))
        if riwayat is not None and riwayat.version == 0:
            session.delete(riwayat)
            touched.add(("riwayat_status_skp", riwayat.id))
    elif verb == "delete":
        obj.deleted_at = None
    for key, value in p.fields_from_json(model, current or {}).items():
        setattr(obj, key, value)
    if version is not None and version >= obj.version:
        obj.version = version  # the server's: a base lowered for this op must not stay
    session.flush()
    touched.add((entity, entry.entity_id))
    return touched | reapply_pending(session, touched, now)


# --- pending local operations on top ----------------------------------------------------------

Reapplier = Callable[[Session, OutboxEntry, SyncedMixin, datetime], None]


def _reapply_status(session: Session, entry: OutboxEntry, obj: SyncedMixin, now: datetime) -> None:
    if not isinstance(obj, Skp):
        return
    ke = entry.payload.get("ke")
    if isinstance(ke, str) and ke in StatusSkp._value2member_map_:
        obj.status = StatusSkp(ke)
        if obj.status is StatusSkp.DRAFT:
            obj.catatan_perbaikan = entry.payload.get("catatan")


#: Workflow commands whose payload is not simply the record's fields (others: set the fields).
REAPPLIERS: dict[str, Reapplier] = {op: _reapply_status for op in STATUS_OPS}


def reapply_pending(session: Session, touched: Touched, now: datetime) -> Touched:
    """Pending local operations on records the page overwrote, applied again in order, so
    the screens keep showing what the user typed until the server has it."""
    if not touched:
        return set()
    table_of: dict[str, str] = {id_: entity for entity, id_ in touched if entity in p.ENTITY_MODELS}
    pending = session.scalars(
        select(OutboxEntry)
        .where(OutboxEntry.state.in_(WAITING), OutboxEntry.entity_id.in_(list(table_of)))
        .order_by(OutboxEntry.client_seq)
    ).all()
    again: Touched = set()
    for entry in pending:
        entity = p.split_op(entry.op)[0]
        if entity not in p.ENTITY_MODELS:
            entity = table_of[entry.entity_id]  # e.g. rating.set on penilaian_periode
        model = p.ENTITY_MODELS[entity]
        obj = session.get(model, entry.entity_id)
        if obj is None:
            continue  # removed from scope, or a create the page did not touch
        _reapply(session, entry, obj, now)
        again.add((entity, entry.entity_id))
    session.flush()
    return again


def _reapply(session: Session, entry: OutboxEntry, obj: SyncedMixin, now: datetime) -> None:
    verb = p.split_op(entry.op)[1]
    special = REAPPLIERS.get(entry.op)
    if special is not None:
        special(session, entry, obj, now)
    elif verb == "delete":
        obj.deleted_at = obj.deleted_at or now
    elif verb == "restore":
        obj.deleted_at = None
    else:  # create, update and field-carrying commands (rating.set, keberatan.explain, …)
        for key, value in p.fields_from_json(type(obj), entry.payload).items():
            setattr(obj, key, value)
    if verb == "update" and entry.base_version is not None:
        # A further offline edit of this record keeps the base of the first pending one
        # (SYNC.md "Conflicts"): were it based on the newer version, an edit of the same
        # field by someone else since that base would be overwritten without a conflict.
        obj.version = min(obj.version, entry.base_version)

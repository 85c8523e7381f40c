"""Read models of sync for the screens: the outbox, the history, the issues, a summary.

Frozen rows only (never ORM objects); the status bar and the Sinkronisasi and Konflik screens
refresh from these after every `ChangeSet`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.enums import StatusOutbox
from ekinerja_desktop.models import AppMeta, OutboxEntry, SentLog, SyncIssue, SyncState

WAITING = (StatusOutbox.PENDING, StatusOutbox.SENDING)
# AppMeta key: ids of issues resolved here whose resolution the server has not recorded yet.
RESOLUSI_BELUM_TERKIRIM = "sync.resolusi_belum_terkirim"
RINGKASAN_MAX = 80


@dataclass(frozen=True)
class OutboxRow:
    id: str  # str(client_seq): row identity for the table model
    client_seq: int
    op: str
    entity: str
    entity_id: str
    state: StatusOutbox
    attempts: int
    last_error: str | None
    created_at: datetime
    ringkasan: str


@dataclass(frozen=True)
class RiwayatRow:
    id: str  # op_id
    client_seq: int
    op: str
    entity: str
    entity_id: str
    outcome: str
    server_seq: int | None
    created_at: datetime
    acked_at: datetime
    ringkasan: str


@dataclass(frozen=True)
class IssueRow:
    id: str
    op_id: str
    kind: str  # conflict | refused
    op: str
    entity: str
    entity_id: str
    reason: str
    message: str
    local_value: dict[str, Any]
    server_value: dict[str, Any]
    resolution: str | None
    created_at: datetime
    resolved_at: datetime | None
    resolution_sent: bool

    @property
    def terbuka(self) -> bool:
        return self.resolution is None


@dataclass(frozen=True)
class RingkasanSync:
    """What the status bar shows besides the engine's own state."""

    menunggu: int  # operations not yet acknowledged
    tertua: datetime | None  # when the oldest of them was saved locally
    konflik: int  # open conflicts
    ditolak: int  # open refusals
    last_push_at: datetime | None = None
    last_pull_at: datetime | None = None
    last_server_time: datetime | None = None
    clock_offset_s: float | None = None
    last_error: str | None = None
    server_url: str | None = None


def entity_of(op: str) -> str:
    """`rhk.update` → `rhk`."""
    return op.split(".", 1)[0]


def ringkasan(payload: dict[str, Any] | None) -> str:
    """A few words of what the operation carries, for people (the first text it sets)."""
    if not payload:
        return ""
    for key in ("teks", "nama", "indikator", "catatan", "ke", "deskripsi", "uraian"):
        value = payload.get(key)
        if isinstance(value, str) and value.strip():
            return _pendek(value)
    for value in payload.values():
        if isinstance(value, str) and value.strip() and len(value) != 36:  # skip UUIDs
            return _pendek(value)
    return ""


def _pendek(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= RINGKASAN_MAX else text[: RINGKASAN_MAX - 1] + "…"


def daftar_outbox(session: Session, semua: bool = False) -> list[OutboxRow]:
    """Operations still in the outbox, oldest first (by default only those not yet sent)."""
    query = select(OutboxEntry).order_by(OutboxEntry.client_seq)
    if not semua:
        query = query.where(OutboxEntry.state.in_(WAITING))
    return [
        OutboxRow(
            id=str(e.client_seq),
            client_seq=e.client_seq,
            op=e.op,
            entity=entity_of(e.op),
            entity_id=e.entity_id,
            state=e.state,
            attempts=e.attempts,
            last_error=e.last_error,
            created_at=e.created_at,
            ringkasan=ringkasan(e.payload),
        )
        for e in session.scalars(query)
    ]


def riwayat_sync(session: Session, limit: int = 500) -> list[RiwayatRow]:
    """Acknowledged operations, newest first."""
    query = select(SentLog).order_by(SentLog.acked_at.desc(), SentLog.client_seq.desc())
    return [
        RiwayatRow(
            id=s.op_id,
            client_seq=s.client_seq,
            op=s.op,
            entity=entity_of(s.op),
            entity_id=s.entity_id,
            outcome=s.outcome,
            server_seq=s.server_seq,
            created_at=s.created_at,
            acked_at=s.acked_at,
            ringkasan=ringkasan(s.payload),
        )
        for s in session.scalars(query.limit(limit))
    ]


def resolusi_belum_terkirim(session: Session) -> list[str]:
    meta = session.get(AppMeta, RESOLUSI_BELUM_TERKIRIM)
    if meta is None:
        return []
    ids = json.loads(meta.value)  # issue id → the resolution to send
    return [str(i) for i in ids] if isinstance(ids, dict | list) else []


def _issue_row(i: SyncIssue, unsent: frozenset[str] = frozenset()) -> IssueRow:
    return IssueRow(
        id=i.id,
        op_id=i.op_id,
        kind=i.kind,
        op=i.op,
        entity=i.entity or entity_of(i.op),
        entity_id=i.entity_id or "",
        reason=i.reason,
        message=i.message or "",
        local_value=dict(i.local_value or {}),
        server_value=dict(i.server_value or {}),
        resolution=i.resolution,
        created_at=i.created_at,
        resolved_at=i.resolved_at,
        resolution_sent=i.resolution is not None and i.id not in unsent,
    )


def daftar_issue(session: Session, terbuka_saja: bool = False) -> list[IssueRow]:
    """Conflicts and refusals, open ones first, newest first."""
    query = select(SyncIssue).order_by(
        SyncIssue.resolution.is_not(None), SyncIssue.created_at.desc()
    )
    if terbuka_saja:
        query = query.where(SyncIssue.resolution.is_(None))
    unsent = frozenset(resolusi_belum_terkirim(session))
    return [_issue_row(i, unsent) for i in session.scalars(query)]


def issue(session: Session, issue_id: str) -> IssueRow | None:
    found = session.get(SyncIssue, issue_id)
    if found is None:
        return None
    return _issue_row(found, frozenset(resolusi_belum_terkirim(session)))


def ringkasan_sync(session: Session, user_nip: str | None) -> RingkasanSync:
    menunggu, tertua = session.execute(
        select(func.count(), func.min(OutboxEntry.created_at)).where(OutboxEntry.state.in_(WAITING))
    ).one()
    counts: dict[str, int] = {
        kind: n
        for kind, n in session.execute(
            select(SyncIssue.kind, func.count())
            .where(SyncIssue.resolution.is_(None))
            .group_by(SyncIssue.kind)
        )
    }
    state = session.get(SyncState, user_nip) if user_nip else None
    return RingkasanSync(
        menunggu=int(menunggu),
        tertua=tertua,
        konflik=int(counts.get("conflict", 0)),
        ditolak=int(counts.get("refused", 0)),
        last_push_at=state.last_push_at if state else None,
        last_pull_at=state.last_pull_at if state else None,
        last_server_time=state.last_server_time if state else None,
        clock_offset_s=state.clock_offset_s if state else None,
        last_error=state.last_error if state else None,
        server_url=state.server_url if state else None,
    )

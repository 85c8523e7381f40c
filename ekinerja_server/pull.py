"""Pull on the server (SYNC.md "Pull"): the current rows changed after the cursor that the
user may see, in commit order, paged; `removed` for rows that left the scope; 410 when the
client must resync.

Scope is computed from current relations (`scope.read_scope`) and remembered per client and
cursor (`PullScope`), so the next pull from that cursor knows what the client was given: SKPs
that left → `removed` rows; SKPs that entered with history older than the cursor → `410
scope_changed` (the log before the cursor will not bring them). A cursor the server cannot
serve (ahead of it, or older than the pruned log horizon) → `410 cursor_expired`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, lazyload, sessionmaker

from ekinerja_desktop.domain.authz import LEADER_ENTITIES, ReadScope, visible
from ekinerja_desktop.sync.protocol import (
    ENTITY_MODELS,
    Change,
    Issue,
    IssueField,
    Removed,
    fields_to_json,
)
from ekinerja_server.models import (
    ChangeLog,
    Client,
    PullScope,
    RecordScope,
    SeqCounter,
    ServerIssue,
    ServerMeta,
)
from ekinerja_server.scope import Who, chunks, read_scope

LOG_HORIZON_KEY = "log_horizon"  # server_seq below which tombstones were pruned
SCAN_FACTOR = 8  # log rows read per wanted row before answering a partial page
MAX_SCAN = 50_000
MAX_REMOVED = 20_000  # more than this many rows leaving → a resync is cheaper
SCOPES_KEPT = 4


class ResyncError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ClientError(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code  # unknown_client | client_user_mismatch


@dataclass
class PullPage:
    changes: list[Change]
    removed: list[Removed]
    issues: list[Issue]
    last_seq: int
    cursor: int
    has_more: bool


def issue_model(row: ServerIssue) -> Issue:
    return Issue(
        id=row.id,
        kind="conflict" if row.kind == "conflict" else "refused",
        op_id=row.op_id,
        op=row.op,
        entity=row.entity,
        entity_id=row.entity_id,
        reason=row.reason,
        message=row.message,
        local_value=row.local_value,
        server_value=row.server_value,
        fields=[IssueField.model_validate(f) for f in row.fields or []],
        resolution="mine" if row.resolution == "mine" else "server" if row.resolution else None,
        created_at=row.created_at,
        resolved_at=row.resolved_at,
        server_seq=row.server_seq,
    )


def handle_pull(
    read_factory: sessionmaker[Session],
    write_factory: sessionmaker[Session],
    who_loader: Callable[[Session], Who],
    akun_id: str,
    client_id: str,
    cursor: int,
    limit_rows: int,
    now: datetime,
) -> PullPage:
    with read_factory() as session, session.begin():
        client = session.get(Client, client_id)
        if client is None:
            raise ClientError("unknown_client")
        if client.akun_id != akun_id:
            raise ClientError("client_user_mismatch")
        # The counter first: every server_seq up to it is committed, so the log scan below
        # (a later statement) sees all of them.
        hi = session.scalar(select(SeqCounter.value).where(SeqCounter.id == 1)) or 0
        horizon = int(
            session.scalar(select(ServerMeta.value).where(ServerMeta.key == LOG_HORIZON_KEY)) or 0
        )
        if cursor > hi or (cursor and cursor < horizon):
            raise ResyncError("cursor_expired")
        scope = read_scope(session, who_loader(session))
        removed: list[Removed] = []
        if cursor:
            previous = session.get(PullScope, (client_id, cursor))
            if previous is None:
                raise ResyncError("scope_changed")
            removed = _scope_difference(session, previous, scope, cursor)
        changes, new_cursor, has_more = _changes(session, scope, cursor, hi, limit_rows)
        if removed and new_cursor == cursor:
            # Nothing would tell a retry of this pull what left: resync instead (idempotent).
            raise ResyncError("scope_changed")
        issues = [
            issue_model(row)
            for row in session.scalars(
                select(ServerIssue)
                .where(
                    ServerIssue.akun_id == akun_id,
                    ServerIssue.server_seq > cursor,
                    ServerIssue.server_seq <= new_cursor,
                )
                .order_by(ServerIssue.server_seq)
            )
        ]
        last_seq = client.last_seq
    _remember_scope(write_factory, client_id, cursor, new_cursor, scope, now)
    return PullPage(changes, removed, issues, last_seq, new_cursor, has_more)


def _scope_difference(
    session: Session, previous: PullScope, scope: ReadScope, cursor: int
) -> list[Removed]:
    if previous.instansi_id != scope.instansi_id or previous.is_admin != scope.is_admin:
        raise ResyncError("scope_changed")
    if scope.is_admin:
        return []
    old_full, old_leader = set(previous.full_skps), set(previous.leader_skps)
    added = (scope.full_skps - old_full) | (scope.leader_skps - old_full - old_leader)
    for chunk in chunks(sorted(added)):
        older = session.scalar(
            select(ChangeLog.server_seq)
            .where(
                ChangeLog.entity == "skp",
                ChangeLog.entity_id.in_(chunk),
                ChangeLog.server_seq <= cursor,
            )
            .limit(1)
        )
        if older is not None:
            raise ResyncError("scope_changed")
    gone_whole = old_full - scope.full_skps - scope.leader_skps
    gone_to_leader = (old_full - scope.full_skps) & scope.leader_skps
    gone_leader = old_leader - scope.leader_skps - scope.full_skps
    removed: list[Removed] = []
    for skps, keep in ((gone_whole, None), (gone_to_leader, True), (gone_leader, False)):
        for chunk in chunks(sorted(skps)):
            for entity, entity_id in session.execute(
                select(RecordScope.entity, RecordScope.entity_id).where(
                    RecordScope.skp_id.in_(chunk)
                )
            ):
                if keep is True and entity in LEADER_ENTITIES:
                    continue  # still seen as a leader's SKP
                if keep is False and entity not in LEADER_ENTITIES:
                    continue  # never had it
                removed.append(Removed(entity=entity, id=entity_id))
                if len(removed) > MAX_REMOVED:
                    raise ResyncError("scope_changed")
    return removed


def _changes(
    session: Session, scope: ReadScope, cursor: int, hi: int, limit_rows: int
) -> tuple[list[Change], int, bool]:
    """The visible changes after the cursor, one per record, up to `limit_rows` records."""
    scan = min(MAX_SCAN, max(limit_rows * SCAN_FACTOR, 1000))
    wanted: dict[tuple[str, str], int] = {}  # (entity, id) → last server_seq in this page
    position = cursor
    rows = session.execute(
        select(ChangeLog.server_seq, ChangeLog.entity, ChangeLog.entity_id, ChangeLog.scope_keys)
        .where(ChangeLog.server_seq > cursor, ChangeLog.server_seq <= hi)
        .order_by(ChangeLog.server_seq)
        .limit(scan)
    ).all()
    full = False
    for seq, entity, entity_id, keys in rows:
        if visible(entity, keys.get("s"), keys.get("i"), keys.get("p"), scope):
            key = (entity, entity_id)
            if key not in wanted and len(wanted) >= limit_rows:
                full = True
                break
            wanted[key] = seq
        position = seq
    if full:
        has_more = True
    elif len(rows) < scan:
        position, has_more = hi, False
    else:
        has_more = position < hi
    changes = _current_rows(session, wanted)
    changes.sort(key=lambda c: c.server_seq)
    return changes, position, has_more


def _current_rows(session: Session, wanted: dict[tuple[str, str], int]) -> list[Change]:
    by_entity: dict[str, list[str]] = {}
    for entity, entity_id in wanted:
        by_entity.setdefault(entity, []).append(entity_id)
    changes: list[Change] = []
    for entity, ids in by_entity.items():
        model = ENTITY_MODELS.get(entity)
        if model is None:
            continue
        for chunk in chunks(sorted(ids)):
            query = select(model).where(model.id.in_(chunk)).options(lazyload("*"))
            for obj in session.scalars(query):  # the rows alone, not their collections
                changes.append(
                    Change(
                        entity=entity,
                        id=obj.id,
                        version=obj.version,
                        deleted=obj.deleted_at is not None,
                        fields=fields_to_json(obj),
                        server_seq=wanted[(entity, obj.id)],
                        created_at=obj.created_at,
                        updated_at=obj.updated_at,
                        deleted_at=obj.deleted_at,
                    )
                )
    return changes


def _remember_scope(
    factory: sessionmaker[Session],
    client_id: str,
    cursor: int,
    new_cursor: int,
    scope: ReadScope,
    now: datetime,
) -> None:
    """What the page at `new_cursor` was served under; older cursors are forgotten (the
    client showed it has everything up to `cursor`)."""
    values: dict[str, Any] = {
        "instansi_id": scope.instansi_id,
        "is_admin": scope.is_admin,
        "full_skps": sorted(scope.full_skps),
        "leader_skps": sorted(scope.leader_skps),
        "created_at": now,
    }
    with factory() as session, session.begin():
        row = session.get(PullScope, (client_id, new_cursor))
        if row is None:
            session.add(PullScope(client_id=client_id, cursor=new_cursor, **values))
        else:
            for key, value in values.items():
                setattr(row, key, value)
        session.execute(
            delete(PullScope).where(
                PullScope.client_id == client_id,
                PullScope.cursor < cursor,
            )
        )
        kept = session.scalars(
            select(PullScope.cursor)
            .where(PullScope.client_id == client_id)
            .order_by(PullScope.cursor.desc())
            .offset(SCOPES_KEPT)
        ).all()
        if kept:
            session.execute(
                delete(PullScope).where(
                    PullScope.client_id == client_id, PullScope.cursor.in_(list(kept))
                )
            )

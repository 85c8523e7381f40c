"""Recovery after the server was restored from a backup (SYNC.md "Versions and recovery").

A changed `server_epoch` means the server may have lost anything after its backup: what this
installation pushed since, and even the registration of its client_id. So, in ONE local
transaction: a new client_id; every operation of the last 60 days (the sent log) and every one
still in the outbox renumbered 1, 2, 3… in their original order, all waiting again; the
cursor back to 0 (the next pull is a full snapshot, which also purges what the restored server
no longer has). The server's `op_id` dedupe answers `duplicate` for what it still holds, so
nothing takes effect twice; what it lost is applied again. A kill at any point leaves either
the state before or after.
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime, timedelta

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.enums import StatusOutbox
from ekinerja_desktop.models import OutboxEntry, SentLog, SyncState

log = logging.getLogger(__name__)

SENT_LOG_DAYS = 60


def renumber_for_new_epoch(
    session: Session, state: SyncState, new_epoch: str, now: datetime
) -> int:
    """Re-register and requeue (see the module); returns how many operations will be pushed."""
    cutoff = now - timedelta(days=SENT_LOG_DAYS)
    outbox = session.scalars(select(OutboxEntry).order_by(OutboxEntry.client_seq)).all()
    in_outbox = {entry.op_id for entry in outbox}
    sent = [
        row
        for row in session.scalars(
            select(SentLog).where(SentLog.acked_at >= cutoff).order_by(SentLog.client_seq)
        )
        if row.op_id not in in_outbox
    ]
    # Original order: the client_seq both had under the old registration.
    stream: list[tuple[int, int, OutboxEntry]] = []
    for row in sent:
        stream.append(
            (
                row.client_seq,
                0,
                OutboxEntry(
                    op_id=row.op_id,
                    op=row.op,
                    entity_id=row.entity_id,
                    base_version=row.base_version,
                    payload=row.payload,
                    schema_version=row.schema_version,
                    state=StatusOutbox.PENDING,
                    attempts=0,
                    created_at=row.created_at,
                ),
            )
        )
    for entry in outbox:
        stream.append(
            (
                entry.client_seq,
                1,
                OutboxEntry(
                    op_id=entry.op_id,
                    op=entry.op,
                    entity_id=entry.entity_id,
                    base_version=entry.base_version,
                    payload=entry.payload,
                    schema_version=entry.schema_version,
                    state=StatusOutbox.PENDING,
                    attempts=0,
                    last_error=entry.last_error,
                    actor_id=entry.actor_id,
                    created_at=entry.created_at,
                ),
            )
        )
    stream.sort(key=lambda item: (item[0], item[1]))
    session.execute(delete(OutboxEntry))
    session.flush()
    for number, (_seq, _kind, entry) in enumerate(stream, start=1):
        entry.client_seq = number
        session.add(entry)
    session.flush()
    # AUTOINCREMENT continues from sqlite_sequence: the next local edit gets n + 1 (gapless).
    session.execute(text("DELETE FROM sqlite_sequence WHERE name = 'outbox'"))
    if stream:
        session.execute(
            text("INSERT INTO sqlite_sequence (name, seq) VALUES ('outbox', :n)"),
            {"n": len(stream)},
        )
    old = state.client_id
    state.client_id = str(uuid.uuid4())
    state.server_epoch = new_epoch
    state.cursor = 0
    state.last_acked_seq = 0
    log.warning(
        "server epoch changed: client %s re-registered as %s, %d operations requeued",
        old,
        state.client_id,
        len(stream),
    )
    return len(stream)


def prune_sent_log(session: Session, now: datetime) -> None:
    """Acknowledged operations are kept 60 days for a re-push after a restore, then dropped."""
    session.execute(delete(SentLog).where(SentLog.acked_at < now - timedelta(days=SENT_LOG_DAYS)))

"""Operator maintenance (SYNC.md "Pull" and "Versions and recovery").

- `renew_epoch`: after restoring the database from a backup, give it a new `server_epoch`.
  The backup carries the old one, so without this the laptops would not notice that the server
  forgot what they sent after the backup. With a new epoch every laptop re-registers and
  re-sends its last 60 days; `op_id` dedupe keeps what the backup still had from taking effect
  twice.
- `prune_tombstones`: drop the pull feed's rows of records deleted more than 400 days ago and
  raise the log horizon above them: a laptop whose cursor is older then gets `410
  cursor_expired` and resyncs (its snapshot no longer holds those records, which it purges).
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from ekinerja_server.models import SERVER_EPOCH_KEY, ChangeLog, ServerMeta
from ekinerja_server.pull import LOG_HORIZON_KEY

log = logging.getLogger(__name__)

TOMBSTONE_DAYS = 400


def renew_epoch(session: Session) -> str:
    epoch = str(uuid.uuid4())
    session.execute(
        update(ServerMeta).where(ServerMeta.key == SERVER_EPOCH_KEY).values(value=epoch)
    )
    log.warning("server_epoch renewed to %s (restored from a backup)", epoch)
    return epoch


def prune_tombstones(session: Session, now: datetime, days: int = TOMBSTONE_DAYS) -> int:
    """Returns how many feed rows were dropped; the horizon moves past the newest of them."""
    cutoff = now - timedelta(days=days)
    # Records whose latest feed row is a deletion older than the cutoff.
    latest = (
        select(ChangeLog.entity_id, func.max(ChangeLog.server_seq).label("seq"))
        .group_by(ChangeLog.entity_id)
        .subquery()
    )
    gone = session.scalars(
        select(ChangeLog.entity_id)
        .join(latest, latest.c.seq == ChangeLog.server_seq)
        .where(ChangeLog.deleted.is_(True), ChangeLog.created_at < cutoff)
    ).all()
    if not gone:
        return 0
    top = 0
    dropped = 0
    for start in range(0, len(gone), 900):
        chunk = gone[start : start + 900]
        top = max(
            top,
            session.scalar(
                select(func.max(ChangeLog.server_seq)).where(ChangeLog.entity_id.in_(chunk))
            )
            or 0,
        )
        result = session.execute(delete(ChangeLog).where(ChangeLog.entity_id.in_(chunk)))
        dropped += int(getattr(result, "rowcount", 0) or 0)
    horizon = session.get(ServerMeta, LOG_HORIZON_KEY)
    value = str(top + 1)
    if horizon is None:
        session.add(ServerMeta(key=LOG_HORIZON_KEY, value=value))
    elif int(horizon.value) < top + 1:
        horizon.value = value
    log.info("pruned %d tombstone feed rows; horizon %s", dropped, value)
    return dropped

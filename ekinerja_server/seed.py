"""Rows written outside a push (demo, import, create-admin): their places and change log.

Every synced row needs a `record_scope` place and a `change_log` entry so pulls deliver it.
`index_new_rows` gives them to every domain row that has no place yet, in one pass, parents
first; call it in the same transaction as the bulk insert.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Engine, event, insert, select, update
from sqlalchemy.orm import Session

from ekinerja_desktop.models.base import utcnow
from ekinerja_desktop.sync.protocol import ENTITY_MODELS, ENTITY_ORDER
from ekinerja_server.models import ChangeLog, RecordScope, SeqCounter
from ekinerja_server.scope import Place, parent_column, place_of


def index_new_rows(session: Session, now: datetime | None = None) -> int:
    """Places and change-log entries for every domain row without a place; returns how many."""
    now = now or utcnow()
    places: dict[str, Place] = {
        row[0]: Place(row[1], row[2], row[3], row[4])
        for row in session.execute(
            select(
                RecordScope.entity_id,
                RecordScope.entity,
                RecordScope.skp_id,
                RecordScope.instansi_id,
                RecordScope.pegawai_id,
            )
        )
    }
    known = set(places)
    scopes: list[dict[str, Any]] = []
    log: list[dict[str, Any]] = []
    for entity in ENTITY_ORDER:
        model = ENTITY_MODELS[entity]
        column = parent_column(entity)
        columns = [model.id, model.version, model.deleted_at]
        extra = [c for c in {column, "pegawai_id" if entity == "angka_kredit" else None} if c]
        columns += [getattr(model, c) for c in extra]
        rows = session.execute(select(*columns)).all()
        pending = [r for r in rows if r[0] not in known]
        # Self-references (unor → unor, pegawai → pegawai, rhk → rhk): a few passes.
        for _ in range(16):
            if not pending:
                break
            later = []
            for row in pending:
                values = dict(zip(extra, row[3:], strict=True))
                row_id = str(row[0])
                place = place_of(entity, row_id, values, places)
                if place is None:
                    later.append(row)
                    continue
                places[row_id] = place
                scopes.append(
                    {
                        "entity_id": row[0],
                        "entity": entity,
                        "skp_id": place.skp_id,
                        "instansi_id": place.instansi_id,
                        "pegawai_id": place.pegawai_id,
                    }
                )
                log.append(
                    {
                        "entity": entity,
                        "entity_id": row[0],
                        "version": row[1] or 1,
                        "deleted": row[2] is not None,
                        "scope_keys": place.keys(),
                        "created_at": now,
                    }
                )
            if len(later) == len(pending):
                raise ValueError(f"{entity}: {len(later)} baris tanpa induk yang dikenal")
            pending = later
    if not log:
        return 0
    top = session.execute(
        update(SeqCounter)
        .where(SeqCounter.id == 1)
        .values(value=SeqCounter.value + len(log))
        .returning(SeqCounter.value)
    ).scalar_one()
    first = top - len(log) + 1
    for offset, entry in enumerate(log):
        entry["server_seq"] = first + offset
    for start in range(0, len(scopes), 5000):
        session.execute(insert(RecordScope), scopes[start : start + 5000])
        session.execute(insert(ChangeLog), log[start : start + 5000])
    return len(log)


def sqlite_pragmas_for_postgresql(engine: Engine) -> None:
    """The desktop demo generator defers SQLite foreign keys with a PRAGMA; on PostgreSQL the
    same statement becomes `SET CONSTRAINTS ALL DEFERRED` (its self-references go in one
    statement per table, which PostgreSQL checks at the statement's end anyway)."""
    if engine.dialect.name != "postgresql":
        return

    @event.listens_for(engine, "before_cursor_execute", retval=True)
    def _rewrite(
        _conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool
    ) -> tuple[str, Any]:
        if statement.strip().upper().startswith("PRAGMA"):
            return "SET CONSTRAINTS ALL DEFERRED", parameters
        return statement, parameters

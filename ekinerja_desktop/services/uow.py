"""The unit of work: one service call = one transaction that writes data and its outbox entry."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import Enum
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from ekinerja_desktop.db import Database
from ekinerja_desktop.domain.tanggal import tanggal_lokal
from ekinerja_desktop.errors import ForbiddenError
from ekinerja_desktop.models import OutboxEntry, utcnow
from ekinerja_desktop.models.base import Base

log = logging.getLogger(__name__)

# Shape of operation payloads; the server upcasts N−1 (SYNC.md "Versions").
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Aktor:
    """Who is acting on this computer (the signed-in pegawai, or the demo user)."""

    pegawai_id: str
    nip: str
    nama: str
    is_admin: bool = False


@dataclass(frozen=True)
class ChangeSet:
    """The records a commit touched, as (table, id): screens refresh from it in place."""

    changed: frozenset[tuple[str, str]] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.changed)

    def kinds(self) -> frozenset[str]:
        return frozenset(kind for kind, _ in self.changed)

    def ids(self, kind: str) -> frozenset[str]:
        return frozenset(id_ for k, id_ in self.changed if k == kind)

    def __or__(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet(self.changed | other.changed)


def to_json(value: Any) -> Any:
    """A payload value as JSON: enums by value, dates and times as ISO text."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


@dataclass
class Tulis:
    """A write in progress: the session, who acts, the time, and the outbox of this unit."""

    session: Session
    aktor: Aktor
    now: datetime
    entries: list[OutboxEntry] = field(default_factory=list)

    def outbox(
        self, op: str, entity_id: str, payload: Mapping[str, Any], base_version: int | None
    ) -> OutboxEntry:
        entry = OutboxEntry(
            op=op,
            entity_id=entity_id,
            base_version=base_version,
            payload={key: to_json(value) for key, value in payload.items()},
            schema_version=SCHEMA_VERSION,
            actor_id=self.aktor.pegawai_id,
            created_at=self.now,
        )
        self.session.add(entry)
        self.entries.append(entry)
        return entry


ChangeListener = Callable[[ChangeSet], None]


def selisih_lokal() -> timedelta:
    """How far this computer's clock zone is ahead of UTC (WIB: 7 hours)."""
    return datetime.now().astimezone().utcoffset() or timedelta(0)


class UnitOfWork:
    """Opens read sessions and write units for services, and tells listeners what changed."""

    def __init__(
        self,
        db: Database,
        aktor: Aktor | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.db = db
        self.aktor = aktor
        self.clock = clock
        self._listeners: list[ChangeListener] = []
        event.listen(db.write_session, "after_flush", _collect_changes)

    def subscribe(self, listener: ChangeListener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: ChangeListener) -> None:
        self._listeners.remove(listener)

    def today(self) -> date:
        """Today where the user is (the clock is UTC): before 07.00 WIB UTC still says
        yesterday, and a deadline or a "not in the future" check would be a day off."""
        return tanggal_lokal(self.clock(), selisih_lokal())

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.db.read_session() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Tulis]:
        """One transaction: everything inside commits together or not at all."""
        if self.aktor is None:
            raise ForbiddenError("Masuk terlebih dahulu untuk mengubah data.")
        session = self.db.write_session()
        session.info["changes"] = set()
        try:
            with session.begin():
                yield Tulis(session=session, aktor=self.aktor, now=self.clock())
            changes = ChangeSet(frozenset(session.info["changes"]))
        finally:
            session.close()
        if changes:
            self.notify(changes)

    def notify(self, changes: ChangeSet) -> None:
        for listener in list(self._listeners):
            listener(changes)


def _collect_changes(session: Session, _context: Any) -> None:
    bucket = session.info.setdefault("changes", set())
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Base) and not isinstance(obj, OutboxEntry):
            identity = getattr(obj, "id", None)
            if identity is not None:
                bucket.add((obj.__tablename__, identity))

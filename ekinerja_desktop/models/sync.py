"""Client-side sync tables (SYNC.md "Client tables"): outbox, state, issues, sent log, blobs."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ekinerja_desktop.domain.enums import StatusOutbox
from ekinerja_desktop.models.base import Base, Uuid, new_id, utcnow


class OutboxEntry(Base):
    """One operation waiting for (or done with) the server, in push order.

    `client_seq` is gapless per client: it is drawn inside the same SQLite transaction as the
    data change, and AUTOINCREMENT never reuses a number even after rows move to `sent_log`.
    """

    __tablename__ = "outbox"
    __table_args__ = {"sqlite_autoincrement": True}

    client_seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(Uuid, unique=True, default=new_id)
    op: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(Uuid, index=True)
    base_version: Mapped[int | None] = mapped_column(Integer)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    schema_version: Mapped[int] = mapped_column(Integer)
    state: Mapped[StatusOutbox] = mapped_column(default=StatusOutbox.PENDING, index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    actor_id: Mapped[str | None] = mapped_column(Uuid)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SentLog(Base):
    """Operations the server acknowledged, kept 60 days for a re-push after a server restore."""

    __tablename__ = "sent_log"

    op_id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    client_seq: Mapped[int] = mapped_column(Integer)
    op: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(Uuid)
    base_version: Mapped[int | None] = mapped_column(Integer)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    schema_version: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(16))
    server_seq: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime]
    acked_at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncState(Base):
    """One row per signed-in user on this installation."""

    __tablename__ = "sync_state"

    user_nip: Mapped[str] = mapped_column(String(18), primary_key=True)
    client_id: Mapped[str] = mapped_column(Uuid, default=new_id)
    server_url: Mapped[str | None] = mapped_column(String(500))
    server_epoch: Mapped[str | None] = mapped_column(Uuid)
    cursor: Mapped[int] = mapped_column(BigInteger, default=0)
    last_acked_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_push_at: Mapped[datetime | None] = mapped_column(default=None)
    last_pull_at: Mapped[datetime | None] = mapped_column(default=None)
    last_server_time: Mapped[datetime | None] = mapped_column(default=None)
    clock_offset_s: Mapped[float | None] = mapped_column(default=None)
    last_error: Mapped[str | None] = mapped_column(Text)


class SyncIssue(Base):
    """A conflict or refusal: both values, the reason, and the user's resolution."""

    __tablename__ = "sync_issue"

    id: Mapped[str] = mapped_column(Uuid, primary_key=True, default=new_id)
    op_id: Mapped[str] = mapped_column(Uuid, index=True)
    kind: Mapped[str] = mapped_column(String(16))  # conflict | refused
    op: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str | None] = mapped_column(String(64))
    entity_id: Mapped[str | None] = mapped_column(Uuid)
    reason: Mapped[str] = mapped_column(String(64))
    message: Mapped[str | None] = mapped_column(Text)
    local_value: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    server_value: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    resolution: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)


class Blob(Base):
    """A file in the app's content-addressed store (`blobs/<sha256>`) and its upload state."""

    __tablename__ = "blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    ukuran: Mapped[int] = mapped_column(BigInteger)
    mime: Mapped[str] = mapped_column(String(100))
    upload_state: Mapped[str] = mapped_column(String(16), default="pending")
    upload_id: Mapped[str | None] = mapped_column(String(64))
    upload_offset: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AppMeta(Base):
    """Small key/value facts about this database (e.g. which user last signed in)."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)

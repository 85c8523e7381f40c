"""Server-only tables. They live on their own metadata so the desktop never creates them.

The domain tables come from `ekinerja_desktop.models.Base.metadata`; the server's Alembic
environment migrates both. The sync issue fills these tables in; here only their shape.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from ekinerja_desktop.models import Pegawai
from ekinerja_desktop.models.base import NAMING_CONVENTION, Uuid, new_id, utcnow

SERVER_EPOCH_KEY = "server_epoch"


class ServerBase(DeclarativeBase):
    # The domain tables' naming convention, so batch migrations can alter these tables too.
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ServerMeta(ServerBase):
    """Key/value facts about this database; `server_epoch` is written once, when it is created."""

    __tablename__ = "server_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Akun(ServerBase):
    """A sign-in: NIP + password hash (argon2). Roles come from domain relations; the flags
    here are only what no relation can express."""

    __tablename__ = "akun"

    id: Mapped[str] = mapped_column(Uuid, primary_key=True, default=new_id)
    # Nullable: the first admin is created before any pegawai has been imported.
    pegawai_id: Mapped[str | None] = mapped_column(
        ForeignKey(Pegawai.id), unique=True, default=None
    )
    nip: Mapped[str] = mapped_column(String(18), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Client(ServerBase):
    """One outbox stream (an installation × user), bound to one account (SYNC.md identifiers)."""

    __tablename__ = "client"

    client_id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    # The account's id, not its NIP: a NIP can change (PPPK appointed PNS), the binding must not.
    akun_id: Mapped[str] = mapped_column(ForeignKey("akun.id"), index=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ChangeLog(ServerBase):
    """The pull feed: one row per accepted change, in commit order (SYNC.md "Pull")."""

    __tablename__ = "change_log"

    # Drawn from `seq_counter` at the end of the writing transaction, never autoincremented:
    # an autoincrement follows insert order, not commit order, and a pull could skip a row.
    server_seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(Uuid, index=True)
    version: Mapped[int] = mapped_column(Integer)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    scope_keys: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SeqCounter(ServerBase):
    """The single row `server_seq` is drawn from; updating it serialises committing writers."""

    __tablename__ = "seq_counter"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


# --- sync (issue 5) -------------------------------------------------------------------------


class OpOutcome(ServerBase):
    """The one recorded terminal outcome of each pushed op, committed with its effects.

    Keyed by `(client_id, client_seq)` (the retry of a lost response) and unique by `op_id`
    (a re-push under a new client_id after a server restore): both return this row."""

    __tablename__ = "op_outcome"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.client_id"), primary_key=True)
    client_seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    op_id: Mapped[str] = mapped_column(Uuid, unique=True)
    akun_id: Mapped[str] = mapped_column(Uuid, index=True)
    op: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(Uuid)
    status: Mapped[str] = mapped_column(String(16))
    version: Mapped[int | None] = mapped_column(Integer)
    server_seq: Mapped[int | None] = mapped_column(BigInteger)
    reason: Mapped[str | None] = mapped_column(String(64))
    message: Mapped[str | None] = mapped_column(Text)
    issue_id: Mapped[str | None] = mapped_column(Uuid)
    current: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class OpFailure(ServerBase):
    """Unexpected server errors on one op: transient for 5 attempts / 24 h, then refused."""

    __tablename__ = "op_failure"

    op_id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    client_id: Mapped[str] = mapped_column(Uuid)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    first_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str | None] = mapped_column(Text)  # the exception's class, never data


class FieldHistory(ServerBase):
    """Which fields each accepted change touched, with old and new values: the base of
    field-level merge (SYNC.md "Conflicts"). `changes` = {field: [old, new]} as JSON values."""

    __tablename__ = "field_history"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(Uuid, index=True)
    version: Mapped[int] = mapped_column(Integer)
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)
    akun_id: Mapped[str | None] = mapped_column(Uuid)
    # The outbox stream the change came from: a client's later op on the same field is not a
    # conflict with its own earlier op (a second offline edit keeps the first's base_version).
    client_id: Mapped[str | None] = mapped_column(Uuid)
    oleh_nama: Mapped[str | None] = mapped_column(String(255))
    at: Mapped[datetime] = mapped_column(default=utcnow)


class ServerIssue(ServerBase):
    """A conflict or refusal, stored so every device of the user sees the same Konflik list."""

    __tablename__ = "server_issue"

    id: Mapped[str] = mapped_column(Uuid, primary_key=True, default=new_id)
    akun_id: Mapped[str] = mapped_column(Uuid, index=True)
    client_id: Mapped[str | None] = mapped_column(Uuid)
    op_id: Mapped[str] = mapped_column(Uuid, index=True)
    kind: Mapped[str] = mapped_column(String(16))  # conflict | refused
    op: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str | None] = mapped_column(String(64))
    entity_id: Mapped[str | None] = mapped_column(Uuid)
    reason: Mapped[str] = mapped_column(String(64))
    message: Mapped[str] = mapped_column(Text)
    local_value: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    server_value: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    fields: Mapped[list[Any] | None] = mapped_column(JSON)
    # The whole op for `server_error`, kept for an admin.
    payload: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    resolution: Mapped[str | None] = mapped_column(String(16))
    resolved_op_id: Mapped[str | None] = mapped_column(Uuid)
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Drawn from seq_counter at creation and at resolution: pull returns it after the cursor.
    server_seq: Mapped[int] = mapped_column(BigInteger, index=True, default=0)


class RecordScope(ServerBase):
    """Where each synced record sits: its SKP (aggregate rows) and instansi. Written on create,
    never changed (a record's placing fields are immutable), read in one query per batch."""

    __tablename__ = "record_scope"

    entity_id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    entity: Mapped[str] = mapped_column(String(64))
    skp_id: Mapped[str | None] = mapped_column(Uuid, index=True)
    instansi_id: Mapped[str | None] = mapped_column(Uuid)
    # Personal rows outside any SKP (angka kredit without SKP): their pegawai.
    pegawai_id: Mapped[str | None] = mapped_column(Uuid)


class PullScope(ServerBase):
    """What a client's cursor was served under: the SKPs it could see. The next pull from that
    cursor compares with now (rows that left → `removed`; older rows that entered → 410)."""

    __tablename__ = "pull_scope"

    client_id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    cursor: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    instansi_id: Mapped[str | None] = mapped_column(Uuid)
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    full_skps: Mapped[list[str]] = mapped_column(JSON)
    leader_skps: Mapped[list[str]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class RefreshToken(ServerBase):
    """A rotating refresh token, stored as its SHA-256 only. Each refresh replaces it by a new
    one of the same family; presenting a replaced one again revokes the whole family."""

    __tablename__ = "refresh_token"

    id: Mapped[str] = mapped_column(Uuid, primary_key=True, default=new_id)
    family_id: Mapped[str] = mapped_column(Uuid, index=True)
    akun_id: Mapped[str] = mapped_column(ForeignKey("akun.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    device_name: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    replaced_at: Mapped[datetime | None] = mapped_column(default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)


class LoginThrottle(ServerBase):
    """Failed sign-ins per NIP (`nip:<nip>`) and per address (`ip:<addr>`)."""

    __tablename__ = "login_throttle"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime] = mapped_column(default=utcnow)
    blocked_until: Mapped[datetime | None] = mapped_column(default=None)


# --- attachments (issue 7) --------------------------------------------------------------------


class ServerBlob(ServerBase):
    """A whole file in the server's blob folder, its SHA-256 checked (SYNC.md "Attachments")."""

    __tablename__ = "server_blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    mime: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class BlobUploader(ServerBase):
    """Who uploaded a file (each account once): only they, or someone who may see a record
    referencing it, are told the server already has it (a dedupe that leaks nothing)."""

    __tablename__ = "blob_uploader"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    akun_id: Mapped[str] = mapped_column(Uuid, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class BlobUpload(ServerBase):
    """A resumable upload in progress: `offset` bytes of `uploads/<id>` are durable (fsynced
    before this row was committed); bytes past it on disk are cut off before the next append."""

    __tablename__ = "blob_upload"

    id: Mapped[str] = mapped_column(Uuid, primary_key=True, default=new_id)
    akun_id: Mapped[str] = mapped_column(Uuid, index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    mime: Mapped[str] = mapped_column(String(100))
    offset: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

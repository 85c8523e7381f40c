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

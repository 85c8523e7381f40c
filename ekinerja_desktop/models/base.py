"""Declarative base, naming convention and the columns every synced record carries."""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, date, datetime

from sqlalchemy import Date, DateTime, Enum, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints let Alembic's batch mode alter SQLite tables (SQLAlchemy constraints docs).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Naive UTC timestamp: SQLite has no time zones, so every stored time is UTC by rule."""
    return datetime.now(UTC).replace(tzinfo=None)


def new_id() -> str:
    """Client-generated key: records are born offline and keep this id on the server."""
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        # Enums are stored as their string values, never as native DB enums (portable, additive).
        enum.Enum: Enum(
            enum.Enum,
            native_enum=False,
            length=40,
            values_callable=lambda e: [m.value for m in e],
            validate_strings=True,
        ),
        str: String(255),
        date: Date(),
        datetime: DateTime(),
    }


Uuid = String(36)
LongText = Text()


class SyncedMixin:
    """Columns of every record that travels through sync.

    `version` is the server's version of the row (0 = never acknowledged by the server);
    `deleted_at` marks a soft delete, so a delete can be synced and undone.
    """

    id: Mapped[str] = mapped_column(Uuid, primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=0)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

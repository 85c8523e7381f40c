"""Create, update and soft-delete any synced record together with its outbox entry.

Operation names are `<table>.create|update|delete` (SYNC.md: `rhk.update`, `iki.create`, …);
an update carries only the fields that really changed, and changes nothing when none did.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import inspect

from ekinerja_desktop.errors import NotFoundError
from ekinerja_desktop.models.base import SyncedMixin
from ekinerja_desktop.services.uow import Tulis

T = TypeVar("T", bound=SyncedMixin)

# Columns that belong to sync bookkeeping, not to what a user edits.
META_COLUMNS = frozenset({"id", "created_at", "updated_at", "version", "deleted_at"})


def data_fields(obj: SyncedMixin) -> dict[str, Any]:
    """The editable columns of a record and their values."""
    mapper = inspect(type(obj))
    return {
        column.key: getattr(obj, column.key)
        for column in mapper.column_attrs
        if column.key not in META_COLUMNS
    }


def create(t: Tulis, model: type[T], **fields: Any) -> T:
    obj = model(**fields)
    t.session.add(obj)
    t.session.flush()  # fills defaults, so the payload carries every field
    t.outbox(f"{_table(model)}.create", obj.id, data_fields(obj), base_version=0)
    return obj


def update(t: Tulis, obj: T, **fields: Any) -> bool:
    """Apply the changed fields; returns whether anything changed."""
    changed = {key: value for key, value in fields.items() if getattr(obj, key) != value}
    if not changed:
        return False
    unknown = set(changed) - set(data_fields(obj))
    if unknown:
        raise TypeError(f"not editable on {_table(type(obj))}: {sorted(unknown)}")
    for key, value in changed.items():
        setattr(obj, key, value)
    obj.updated_at = t.now
    t.outbox(f"{_table(type(obj))}.update", obj.id, changed, base_version=obj.version)
    return True


def delete(t: Tulis, obj: SyncedMixin) -> None:
    """Soft delete: the row stays until the server has the tombstone, and can be restored."""
    if obj.deleted_at is not None:
        return
    obj.deleted_at = t.now
    t.outbox(f"{_table(type(obj))}.delete", obj.id, {}, base_version=obj.version)


def restore(t: Tulis, obj: SyncedMixin) -> None:
    if obj.deleted_at is None:
        return
    obj.deleted_at = None
    t.outbox(f"{_table(type(obj))}.restore", obj.id, {}, base_version=obj.version)


def get(t: Tulis, model: type[T], id_: str, what: str) -> T:
    """A live (not deleted) record, or a NotFoundError naming `what` in Indonesian."""
    obj = t.session.get(model, id_)
    if obj is None or obj.deleted_at is not None:
        raise NotFoundError(f"{what} tidak ditemukan (mungkin sudah dihapus).")
    return obj


def _table(model: type[SyncedMixin]) -> str:
    return str(model.__tablename__)  # type: ignore[attr-defined]

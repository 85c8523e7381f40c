"""The sync protocol v1 (`/work/shared/SYNC.md`): every message, as pydantic v2 models.

Shared by the desktop sync engine and by `ekinerja_server`; this module is the contract, so
changes are **additive only**: new optional fields, new statuses/reason codes, new entities.
Never rename or remove a field, a status or an entity name. Every model ignores unknown fields
(`extra="ignore"`), so an older peer reads a newer peer's messages.

Wire conventions
----------------
* JSON bodies, gzip-compressed both ways (`Content-Encoding: gzip` on requests is accepted;
  responses are gzip'd when the client sends `Accept-Encoding: gzip`).
* `Authorization: Bearer <access token>` on everything but `/v1/auth/*`.
* Every response body carries `server_time` (UTC) and `server_epoch`; every response, errors
  included, also carries them as the headers `X-Server-Time` and `X-Server-Epoch`.
* Errors are `ErrorBody` (`code` for machines, Indonesian `message` for people) with the HTTP
  status of `ERROR_STATUS`; `410` is `ResyncRequired`.
* Record values travel as JSON: enums by value, `date`/`datetime`/`time` as ISO text, JSON
  columns as they are. `fields_to_json` / `fields_from_json` convert a row both ways.

Operations
----------
`PushOp.op` is `"<entity>.<verb>"`:
* generic record ops on any entity of `ENTITY_MODELS`: `<entity>.create` (all data fields),
  `<entity>.update` (only the changed fields, `base_version` = the record version the edit was
  made on), `<entity>.delete`, `<entity>.restore` (empty payload). Their payload goes in
  `PushOp.fields`.
* workflow commands (`skp.submit`, `skp.approve`, `skp.return`, `skp.set_status`, …): their
  payload goes in `PushOp.params`. `PushOp.build()` puts a payload in the right slot.
The full list, with who may do each in which state, is `ekinerja_desktop.domain.authz` and
`docs/operations.md`. Unknown ops are `refused` with reason `unknown_op` (never a crash).

Pulled rows and foreign keys: the user's scope is a subset of the instansi, so a pulled row
may reference a row the user cannot see (e.g. `rhk.rhk_diintervensi_id` of the top leader, an
ex-PPK's `pegawai`). Apply pull pages with foreign-key enforcement off (`PRAGMA foreign_keys`
is set outside the transaction) or deferred; never drop a row because its parent is absent.
`ENTITY_ORDER` lists entities parents first, the order to upsert in.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Mapping
from datetime import date, datetime, time
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Date, DateTime, Enum, Time, inspect

from ekinerja_desktop.models import Base, SyncedMixin
from ekinerja_desktop.services.uow import SCHEMA_VERSION as _DOMAIN_SCHEMA_VERSION

# --- versions and limits ------------------------------------------------------------------

#: Envelope version; a change here is a new protocol, negotiated at hello.
PROTOCOL_VERSION = 1
#: Domain-shape version of operation payloads (`OutboxEntry.schema_version`).
SCHEMA_VERSION: int = _DOMAIN_SCHEMA_VERSION
#: Oldest client schema the server still upcasts; older → 426 `upgrade_required`.
MIN_SCHEMA_VERSION = 1

DEFAULT_MAX_BATCH_OPS = 2000
DEFAULT_MAX_BATCH_BYTES = 256 * 1024  # compressed
DEFAULT_PULL_LIMIT_ROWS = 1000
MAX_PULL_LIMIT_ROWS = 5000

#: Access tokens live this long; refresh with `POST /v1/auth/refresh` before or after.
ACCESS_TOKEN_TTL_S = 15 * 60

# --- endpoints ------------------------------------------------------------------------------

PATH_LOGIN = "/v1/auth/login"
PATH_REFRESH = "/v1/auth/refresh"
PATH_LOGOUT = "/v1/auth/logout"
PATH_HELLO = "/v1/sync/hello"
PATH_PUSH = "/v1/sync/push"
PATH_PULL = "/v1/sync/pull"
PATH_ISSUES = "/v1/sync/issues"  # GET: the user's open issues (all devices)
PATH_ISSUE_RESOLVE = "/v1/sync/issues/{issue_id}/resolve"
PATH_BLOBS = "/v1/blobs"  # POST: declare a file before uploading it
PATH_BLOB_UPLOAD = "/v1/blobs/uploads/{upload_id}"  # HEAD: offset; PATCH: append a chunk
PATH_BLOB = "/v1/blobs/{sha256}"  # GET: download (Range)
PATH_HEALTHZ = "/healthz"

HEADER_SERVER_TIME = "X-Server-Time"
HEADER_SERVER_EPOCH = "X-Server-Epoch"
#: Resumable upload headers (the tus shape): the byte position a chunk starts at / the server
#: holds durably, the whole file's size, and `sha256 <base64 digest>` of the chunk.
HEADER_UPLOAD_OFFSET = "Upload-Offset"
HEADER_UPLOAD_LENGTH = "Upload-Length"
HEADER_UPLOAD_CHECKSUM = "Upload-Checksum"
#: tus's "Checksum Mismatch": the chunk was refused, the offset did not move.
STATUS_CHECKSUM_MISMATCH = 460
#: The largest chunk a PATCH may carry (the client starts at 1 MiB, halving after a timeout).
MAX_CHUNK_BYTES = 8 * 1024 * 1024

UPGRADE_REQUIRED_MESSAGE = (
    "Perbarui aplikasi untuk melanjutkan sinkronisasi. Perubahan Anda tetap tersimpan."
)

# --- entities -------------------------------------------------------------------------------


def _entity_models() -> dict[str, type[SyncedMixin]]:
    """Every synced table (SyncedMixin) by table name, parents before children."""
    by_table: dict[str, type[SyncedMixin]] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, SyncedMixin):
            by_table[str(cls.__tablename__)] = cls  # type: ignore[attr-defined]
    return {t.name: by_table[t.name] for t in Base.metadata.sorted_tables if t.name in by_table}


#: Entity name (= table name) → ORM model, for every record that travels through sync.
#: Derived from the models (every `SyncedMixin` table), so a new model is a new entity.
#: Client-only tables (outbox, sent_log, sync_state, sync_issue, blob, app_meta) are absent.
ENTITY_MODELS: dict[str, type[SyncedMixin]] = _entity_models()
#: Entity names, parents before children (foreign-key order): upsert in this order.
ENTITY_ORDER: tuple[str, ...] = tuple(ENTITY_MODELS)
#: Columns of sync bookkeeping, never in `fields` of an op or a change.
META_FIELDS = frozenset({"id", "created_at", "updated_at", "version", "deleted_at"})
#: The generic record verbs; any other verb is a workflow command.
RECORD_VERBS = frozenset({"create", "update", "delete", "restore"})


def split_op(op: str) -> tuple[str, str]:
    """`"rhk.update"` → `("rhk", "update")`; an op without a dot → `(op, "")`."""
    entity, _, verb = op.partition(".")
    return entity, verb


def is_record_op(op: str) -> bool:
    """Whether `op` is a generic `<entity>.<create|update|delete|restore>` on a synced entity."""
    entity, verb = split_op(op)
    return entity in ENTITY_MODELS and verb in RECORD_VERBS


def data_columns(model: type[SyncedMixin]) -> tuple[str, ...]:
    """The data fields of an entity (every column but the sync bookkeeping)."""
    return tuple(c.key for c in inspect(model).column_attrs if c.key not in META_FIELDS)


def to_json_value(value: Any) -> Any:
    """A Python value as JSON: enums by value, dates and times as ISO text."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


def fields_to_json(obj: SyncedMixin) -> dict[str, Any]:
    """All data fields of a record as JSON values (what `Change.fields` carries)."""
    return {key: to_json_value(getattr(obj, key)) for key in data_columns(type(obj))}


def fields_from_json(model: type[SyncedMixin], fields: Mapping[str, Any]) -> dict[str, Any]:
    """JSON values back to column values (ISO text → date/datetime/time); unknown keys dropped
    (an older client ignores fields a newer server added). Enum columns accept their values."""
    columns = {c.key: c for c in inspect(model).column_attrs}
    out: dict[str, Any] = {}
    for key, value in fields.items():
        attr = columns.get(key)
        if attr is None or key in META_FIELDS:
            continue
        out[key] = _from_json(attr.columns[0].type, value)
    return out


def _from_json(column_type: Any, value: Any) -> Any:
    if value is None or not isinstance(value, str):
        return value
    if isinstance(column_type, Enum) and column_type.enum_class is not None:
        return column_type.enum_class(value)
    if isinstance(column_type, DateTime):
        return datetime.fromisoformat(value).replace(tzinfo=None)
    if isinstance(column_type, Date):
        return date.fromisoformat(value[:10])
    if isinstance(column_type, Time):
        return time.fromisoformat(value)
    return value


# --- base classes ---------------------------------------------------------------------------


class Message(BaseModel):
    """A protocol message: unknown fields are ignored (additive evolution)."""

    model_config = ConfigDict(extra="ignore")


class Stamped(Message):
    """A response: the server's clock and database identity (SYNC.md principle 3)."""

    server_time: datetime
    server_epoch: str


# --- errors ---------------------------------------------------------------------------------

ErrorCode = Literal[
    "invalid_request",  # 422: the envelope does not parse
    "unauthorized",  # 401: no/expired/invalid access token → refresh, then retry
    "invalid_credentials",  # 401: wrong NIP or password (login)
    "account_disabled",  # 403
    "refresh_invalid",  # 401: unknown/expired refresh token → ask for the password
    "refresh_reused",  # 401: a rotated token came back; the family is revoked → password
    "too_many_attempts",  # 429 with Retry-After: failed logins slowed per NIP and per address
    "client_user_mismatch",  # 403: client_id bound to another user (or token ≠ user_nip)
    "unknown_client",  # 409: push/pull before hello registered the client_id
    "upgrade_required",  # 426: the client's protocol/schema is too old; keep the outbox
    "server_outdated",  # 409: the client's schema is newer than the server's
    "batch_too_large",  # 413: over max_batch_ops / max_batch_bytes; halve and retry
    "resync_required",  # 410: see ResyncRequired
    "not_found",  # 404
    "forbidden",  # 403
    "server_error",  # 500: unexpected; transient for the client
    "unavailable",  # 503: database down; transient
    # attachments
    "blob_too_large",  # 413: over the server's file size limit (permanent for this file)
    "blob_type_not_allowed",  # 415: MIME type not on the allow-list (permanent)
    "offset_mismatch",  # 409: PATCH at another offset; `offset` = the durable one
    "checksum_mismatch",  # 460: the chunk's checksum is wrong; nothing was written
    "hash_mismatch",  # 422: the whole file's SHA-256 differs; the upload restarts (declare)
    "upload_not_found",  # 404: unknown or finished upload; declare again
    "chunk_too_large",  # 413: over MAX_CHUNK_BYTES
]

#: HTTP status of each error code.
ERROR_STATUS: dict[str, int] = {
    "invalid_request": 422,
    "unauthorized": 401,
    "invalid_credentials": 401,
    "account_disabled": 403,
    "refresh_invalid": 401,
    "refresh_reused": 401,
    "too_many_attempts": 429,
    "client_user_mismatch": 403,
    "unknown_client": 409,
    "upgrade_required": 426,
    "server_outdated": 409,
    "batch_too_large": 413,
    "resync_required": 410,
    "not_found": 404,
    "forbidden": 403,
    "server_error": 500,
    "unavailable": 503,
    "blob_too_large": 413,
    "blob_type_not_allowed": 415,
    "offset_mismatch": 409,
    "checksum_mismatch": STATUS_CHECKSUM_MISMATCH,
    "hash_mismatch": 422,
    "upload_not_found": 404,
    "chunk_too_large": 413,
}


class ErrorBody(Message):
    """Every non-2xx answer: `code` for the engine, `message` (Indonesian) for the user."""

    code: str
    message: str
    server_time: datetime | None = None
    server_epoch: str | None = None
    retry_after: float | None = None  # seconds; also the Retry-After header (429, 503)
    details: dict[str, Any] | None = None


ResyncReason = Literal["cursor_expired", "scope_changed", "schema_changed"]


class ResyncRequired(ErrorBody):
    """410 on pull: do a scoped resync — pull from cursor 0 (snapshot pages), swap, purge the
    rows absent from the snapshot, keep the outbox, then continue from the new cursor."""

    code: str = "resync_required"
    reason: ResyncReason


# --- auth -----------------------------------------------------------------------------------


class LoginRequest(Message):
    nip: str = Field(min_length=1, max_length=32)
    password: str = Field(min_length=1, max_length=1024)
    device_name: str | None = Field(default=None, max_length=200)


class RefreshRequest(Message):
    refresh_token: str = Field(min_length=1, max_length=512)


class AccountInfo(Message):
    akun_id: str
    nip: str
    nama: str | None = None
    pegawai_id: str | None = None  # None for an admin account made before any import
    is_admin: bool = False


class TokenResponse(Stamped):
    """Keep `refresh_token` in the OS keyring only; it rotates on every refresh (the old one
    becomes invalid, and presenting it again revokes the whole family)."""

    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int  # seconds
    refresh_token: str
    refresh_expires_in: int  # seconds
    account: AccountInfo


# --- hello ----------------------------------------------------------------------------------


class HelloRequest(Message):
    client_id: str = Field(min_length=1, max_length=36)
    user_nip: str
    app_version: str = ""
    protocol: int = PROTOCOL_VERSION
    schema_version: int = SCHEMA_VERSION
    known_epoch: str | None = None
    last_acked_seq: int = 0


class HelloResponse(Stamped):
    schema_supported: list[int]
    protocol_supported: list[int]
    last_seq_for_client: int
    max_batch_ops: int = DEFAULT_MAX_BATCH_OPS
    max_batch_bytes: int = DEFAULT_MAX_BATCH_BYTES
    #: `known_epoch` was given and differs: the server was restored or replaced (Recovery).
    epoch_changed: bool = False
    account: AccountInfo | None = None


# --- push -----------------------------------------------------------------------------------

PushStatus = Literal[
    "applied",  # terminal: applied as sent
    "merged",  # terminal: applied on a newer version; no field overlapped
    "conflict",  # terminal: ≥1 field kept the server value; user's values in the issue
    "refused",  # terminal: not applied (authorisation, workflow, validation, unknown op…)
    "duplicate",  # terminal: seen before; `original_status` etc. are the stored outcome
    "blocked",  # non-terminal, processing stopped here (e.g. blob_missing)
    "retry_later",  # non-terminal, processing stopped here (transient; see retry_after)
]
TERMINAL_STATUSES = frozenset({"applied", "merged", "conflict", "refused", "duplicate"})

#: Reason codes of `refused` / `conflict` / `blocked` / `retry_later` (additive).
REASONS: dict[str, str] = {
    "unknown_op": "Operasi tidak dikenal oleh server.",
    "forbidden": "Anda tidak berwenang melakukan perubahan ini.",
    "skp_locked": "SKP sudah diajukan atau disetujui; perubahan Anda disimpan di daftar Konflik.",
    "stale_review": "SKP berubah sejak Anda meninjau; tinjau ulang",
    "invalid_transition": "Perubahan status SKP ini tidak diizinkan.",
    "status_changed": "Status SKP sudah berubah di server.",
    "not_found": "Data tidak ditemukan di server.",
    "deleted": "Data sudah dihapus di server; nilai Anda disimpan.",
    "exists": "Data dengan id ini sudah ada di server.",
    "validation": "Data tidak valid.",
    "field_not_editable": "Kolom ini tidak dapat diubah lewat sinkronisasi.",
    "deadline_passed": "Batas pengisian periode sudah lewat.",
    "field_conflict": "Kolom yang sama diubah di perangkat lain.",
    "blob_missing": "Berkas lampiran belum diunggah.",
    "server_error": "Server gagal memproses perubahan ini; admin telah diberi tahu.",
    "transient": "Server sibuk; dicoba lagi nanti.",
}


class PushOp(Message):
    """One outbox row. `fields` for record ops, `params` for workflow commands."""

    client_seq: int = Field(ge=1)
    op_id: str = Field(min_length=1, max_length=36)
    op: str = Field(min_length=1, max_length=64)
    entity_id: str = Field(min_length=1, max_length=36)
    base_version: int | None = None
    fields: dict[str, Any] | None = None
    params: dict[str, Any] | None = None
    #: The schema the op was recorded in (OutboxEntry.schema_version); default: the envelope's.
    schema_version: int | None = None

    @property
    def payload(self) -> dict[str, Any]:
        """The op's payload, whichever slot it came in."""
        return dict(self.fields if self.fields is not None else self.params or {})

    @classmethod
    def build(
        cls,
        *,
        client_seq: int,
        op_id: str,
        op: str,
        entity_id: str,
        base_version: int | None,
        payload: Mapping[str, Any],
        schema_version: int | None = None,
    ) -> PushOp:
        """An op from an outbox row, with its payload in `fields` or `params` by kind."""
        data = dict(payload)
        record = is_record_op(op)
        return cls(
            client_seq=client_seq,
            op_id=op_id,
            op=op,
            entity_id=entity_id,
            base_version=base_version,
            fields=data if record else None,
            params=None if record else data,
            schema_version=schema_version,
        )


class PushRequest(Message):
    client_id: str = Field(min_length=1, max_length=36)
    schema_version: int = SCHEMA_VERSION
    ops: list[PushOp]


class PushResult(Message):
    client_seq: int
    status: PushStatus
    version: int | None = None  # the record's version after the op (terminal outcomes)
    server_seq: int | None = None  # the change's position in the pull feed, if it wrote one
    reason: str | None = None  # a REASONS key
    message: str | None = None  # Indonesian, for the Sinkronisasi screen / Konflik list
    issue_id: str | None = None  # conflict / refused: the issue on the server
    #: conflict / refused: the server's current values of the fields concerned.
    current: dict[str, Any] | None = None
    #: duplicate: the status first recorded for this op (applied, merged, conflict, refused).
    original_status: str | None = None
    retry_after: float | None = None  # retry_later: seconds


class PushResponse(Stamped):
    #: The last client_seq with a terminal outcome; the outbox up to here is done.
    last_seq: int
    results: list[PushResult]
    #: Set when processing stopped at a gap: push again starting at this client_seq.
    expected_seq: int | None = None


# --- pull -----------------------------------------------------------------------------------


class PullRequest(Message):
    client_id: str = Field(min_length=1, max_length=36)
    cursor: int = Field(default=0, ge=0)  # 0 = first sync / resync snapshot
    limit_rows: int = Field(default=DEFAULT_PULL_LIMIT_ROWS, ge=1, le=MAX_PULL_LIMIT_ROWS)


class Change(Message):
    """The *current* row of a record changed after the cursor (not the change itself)."""

    entity: str
    id: str
    version: int
    deleted: bool
    fields: dict[str, Any]
    server_seq: int
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None


class Removed(Message):
    """A record that left the user's scope: delete it locally (it was not deleted)."""

    entity: str
    id: str


IssueKind = Literal["conflict", "refused"]
Resolution = Literal["mine", "server"]


class IssueField(Message):
    """One field of a conflict: both values, and who/when changed the server's."""

    field: str
    mine: Any = None
    server: Any = None
    server_changed_by: str | None = None  # nama
    server_changed_at: datetime | None = None


class Issue(Message):
    """A conflict or refusal stored on the server, so every device of the user sees it."""

    id: str
    kind: IssueKind
    op_id: str
    op: str
    entity: str | None = None
    entity_id: str | None = None
    reason: str
    message: str
    local_value: dict[str, Any] | None = None  # what the user sent (kept, never lost)
    server_value: dict[str, Any] | None = None  # the server's values of those fields
    fields: list[IssueField] = []
    resolution: Resolution | None = None
    created_at: datetime
    resolved_at: datetime | None = None
    server_seq: int = 0


class PullAcked(Message):
    last_seq: int


class PullResponse(Stamped):
    changes: list[Change]
    removed: list[Removed]
    #: The user's issues created or resolved after the cursor (any device of the user).
    issues: list[Issue]
    acked: PullAcked
    cursor: int
    has_more: bool


# --- attachments ----------------------------------------------------------------------------


class BlobDeclareRequest(Message):
    """Before uploading `blobs/<sha256>`: what the file is. Refused at once when too large
    (413 `blob_too_large`) or of a type not allowed (415 `blob_type_not_allowed`)."""

    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    size: int = Field(ge=1)
    mime: str = Field(min_length=1, max_length=100)


class BlobDeclareResponse(Stamped):
    """`have`: the server holds the file and this user may reference it (they uploaded it, or
    may already see a record that does): push the op. `upload`: PATCH from `offset` (an
    earlier upload of the same file by this user resumes where it stopped)."""

    status: Literal["have", "upload"]
    sha256: str
    size: int
    upload_id: str | None = None
    offset: int = 0
    max_chunk_bytes: int = MAX_CHUNK_BYTES


class BlobUploadResponse(Stamped):
    """The durable offset after a PATCH (also the `Upload-Offset` header); `complete` once the
    whole file arrived and its SHA-256 matched (the upload id is then gone)."""

    upload_id: str
    sha256: str
    offset: int
    size: int
    complete: bool = False


class IssueResolveRequest(Message):
    """`mine`: the client re-applies its value as a new op on the current version (push it
    like any edit); `server`: the server value stays. Either way the issue closes."""

    resolution: Resolution
    client_id: str | None = None
    #: With `mine`: the op_id of the new op that re-applies the user's value (for the record).
    op_id: str | None = None


class IssueResponse(Stamped):
    issue: Issue


class IssueListResponse(Stamped):
    issues: list[Issue]


class HealthResponse(Stamped):
    status: str


def new_op_id() -> str:
    return str(uuid.uuid4())

"""Applying one push's new ops over preloaded state: authorise, merge, write effects."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import insert, inspect, update
from sqlalchemy.orm import Session, make_transient_to_detached

from ekinerja_desktop.domain import (
    DomainError,
    Rating,
    StatusKeberatan,
    StatusSkp,
    predikat_kinerja,
    status_awal_keberatan,
)
from ekinerja_desktop.domain.authz import (
    OpSpec,
    Refuse,
    SkpFacts,
    TargetFacts,
    authorize,
)
from ekinerja_desktop.domain.penilaian import (
    BATAS_UKURAN_BERKAS,
    MIME_BUKTI_DUKUNG,
    format_ukuran,
)
from ekinerja_desktop.domain.tanggal import tanggal_wib
from ekinerja_desktop.models import (
    Feedback,
    Pegawai,
    PenilaianPeriode,
    Rhk,
    RiwayatStatusSkp,
    Skp,
    TimKerja,
    Unor,
)
from ekinerja_desktop.models.base import SyncedMixin, new_id
from ekinerja_desktop.sync import protocol
from ekinerja_desktop.sync import upcast as upcasting
from ekinerja_desktop.sync.protocol import (
    ENTITY_MODELS,
    ENTITY_ORDER,
    REASONS,
    IssueField,
    PushOp,
    PushResult,
    data_columns,
    fields_from_json,
    to_json_value,
)
from ekinerja_server.models import (
    ChangeLog,
    FieldHistory,
    OpOutcome,
    RecordScope,
    SeqCounter,
    ServerIssue,
)
from ekinerja_server.preload import Preloaded, unique_columns
from ekinerja_server.scope import (
    Place,
    Who,
    fk_columns,
    load_places,
    place_of,
)

log = logging.getLogger(__name__)

#: Content of the SKP aggregate: an accepted change bumps the SKP's `versi_isi`.
#: (An `skp.update` bumps it in its own change.)
CONTENT_ENTITIES = frozenset({"rhk", "iki", "lampiran_item", "manual_iki"})
#: Fields the server keeps itself, whatever a payload says.
SERVER_FIELDS: dict[str, frozenset[str]] = {"skp": frozenset({"versi_isi"})}
#: Workflow fields per keberatan verb (the *_pada times are the server's).
#: Hierarchies that must stay trees: entity → (model, parent column).
TREES: dict[str, tuple[type[SyncedMixin], str]] = {
    "pegawai": (Pegawai, "atasan_id"),
    "unor": (Unor, "unor_atasan_id"),
}
TREE_MESSAGES = {
    "pegawai": "Atasan ini berada di bawah pegawai tersebut (mungkin diubah admin lain): "
    "perubahan atasan ditolak agar tidak terbentuk lingkaran.",
    "unor": "Unit atasan ini berada di bawah unit tersebut (mungkin diubah admin lain): "
    "pemindahan unit ditolak agar tidak terbentuk lingkaran.",
}

KEBERATAN_FIELDS = {
    "explain": frozenset({"penjelasan", "status"}),
    "open": frozenset(),
    "decide": frozenset(
        {"status", "rekomendasi", "rating_hasil_kerja_akhir", "rating_perilaku_kerja_akhir"}
    ),
}

# Upcasters: schema N−1 payload → schema N, per op name (SYNC.md "Versions"): the registry is
# shared with the client (`ekinerja_desktop.sync.upcast`). Empty at v1.
UPCASTERS = upcasting.UPCASTERS


class BlobMissing(Exception):
    """The op references a file the server does not hold yet: `blocked: blob_missing`, the
    op stays unprocessed (non-terminal) until the client has uploaded it."""

    def __init__(self, sha256: str) -> None:
        super().__init__(sha256)
        self.sha256 = sha256


class OpError(Exception):
    """A permanent failure of one op: refused with this reason (and an issue)."""

    def __init__(self, reason: str, message: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.message = message or REASONS.get(reason, reason)


# --- effects ----------------------------------------------------------------------------------


@dataclass
class Effects:
    """The writes of a push besides the ORM objects, inserted in bulk at the end."""

    log: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    history: list[dict[str, Any]] = field(default_factory=list)
    scopes: list[dict[str, Any]] = field(default_factory=list)
    issues: list[dict[str, Any]] = field(default_factory=list)
    outcomes: list[dict[str, Any]] = field(default_factory=list)
    results: list[PushResult] = field(default_factory=list)
    # outcome index → log key whose server_seq it reports
    outcome_log: dict[int, tuple[str, str]] = field(default_factory=dict)

    def mark(self) -> tuple[tuple[int, ...], dict[tuple[str, str], dict[str, Any]]]:
        lengths = (
            len(self.history),
            len(self.scopes),
            len(self.issues),
            len(self.outcomes),
            len(self.results),
        )
        return lengths, {key: dict(entry) for key, entry in self.log.items()}

    def reset(self, mark: tuple[tuple[int, ...], dict[tuple[str, str], dict[str, Any]]]) -> None:
        lengths, log = mark
        del self.history[lengths[0] :]
        del self.scopes[lengths[1] :]
        del self.issues[lengths[2] :]
        del self.outcomes[lengths[3] :]
        del self.results[lengths[4] :]
        self.log = log
        for index in [i for i in self.outcome_log if i >= lengths[3]]:
            del self.outcome_log[index]


def _json_eq(a: Any, b: Any) -> bool:
    return bool(to_json_value(a) == to_json_value(b))


class Processor:
    """Applies one push's new ops over preloaded state; collects effects."""

    def __init__(
        self,
        session: Session,
        who: Who,
        akun_id: str,
        client_id: str,
        envelope_schema: int,
        now: datetime,
    ) -> None:
        self.session = session
        self.who = who
        self.akun_id = akun_id
        self.client_id = client_id
        self.envelope_schema = envelope_schema
        self.now = now
        self.today = tanggal_wib(now)  # deadlines are days in Indonesia, not in UTC
        self.pre = Preloaded()
        self.fx = Effects()
        #: Files the server holds, of those the batch's ops reference (loaded by push).
        self.blobs_present: set[str] = set()
        self.max_blob_bytes = BATAS_UKURAN_BERKAS
        self._touched: set[tuple[str, str]] = set()
        self.merged = False
        # New records, inserted in foreign-key order by `flush_created` (the ORM's unit of
        # work does not order unrelated mappers by their foreign keys).
        self.created: list[tuple[str, SyncedMixin]] = []

    # --- helpers ---------------------------------------------------------------------------

    def touch(self, obj: SyncedMixin, entity: str) -> None:
        key = (entity, obj.id)
        self._touched.add(key)
        place = self.pre.places.get(obj.id)
        entry = self.fx.log.get(key)
        if entry is None:
            self.fx.log[key] = {
                "entity": entity,
                "entity_id": obj.id,
                "version": obj.version,
                "deleted": obj.deleted_at is not None,
                "scope_keys": place.keys() if place else {},
                "created_at": self.now,
            }
        else:
            entry["version"] = obj.version
            entry["deleted"] = obj.deleted_at is not None

    def history(
        self, obj: SyncedMixin, entity: str, changes: Mapping[str, tuple[Any, Any]]
    ) -> None:
        self.fx.history.append(
            {
                "entity": entity,
                "entity_id": obj.id,
                "version": obj.version,
                "changes": {
                    k: [to_json_value(o), to_json_value(n)] for k, (o, n) in changes.items()
                },
                "akun_id": self.akun_id,
                "client_id": self.client_id,
                "oleh_nama": self.who.nama,
                "at": self.now,
            }
        )
        row = FieldHistory(
            entity=entity,
            entity_id=obj.id,
            version=obj.version,
            changes=self.fx.history[-1]["changes"],
            client_id=self.client_id,
            oleh_nama=self.who.nama,
            at=self.now,
        )
        self.pre.history.setdefault(obj.id, []).append(row)

    def bump(self, obj: SyncedMixin, entity: str, changes: Mapping[str, tuple[Any, Any]]) -> None:
        obj.version = (obj.version or 0) + 1
        obj.updated_at = self.now
        self.history(obj, entity, changes)
        self.touch(obj, entity)

    def skp_facts(self, skp_id: str | None) -> SkpFacts | None:
        skp = self.pre.objs.get(skp_id) if skp_id else None
        if not isinstance(skp, Skp):
            return None
        return SkpFacts(
            id=skp.id,
            pegawai_id=skp.pegawai_id,
            pejabat_penilai_id=skp.pejabat_penilai_id,
            atasan_pejabat_penilai_id=skp.atasan_pejabat_penilai_id,
            status=StatusSkp(skp.status),
            versi_isi=skp.versi_isi or 0,
            deleted=skp.deleted_at is not None,
            pemilik_memimpin_unor_mandiri=self.pre.mandiri.get(skp.pegawai_id, False),
        )

    @staticmethod
    def values(obj: SyncedMixin) -> dict[str, Any]:
        return {key: getattr(obj, key) for key in data_columns(type(obj))}

    # --- one op ----------------------------------------------------------------------------

    def apply(self, op: PushOp, spec: OpSpec | None) -> PushResult:
        if spec is None or spec.entity not in ENTITY_MODELS:
            raise OpError("unknown_op", f"Operasi {op.op!r} tidak dikenal oleh server.")
        entity = spec.entity
        model = ENTITY_MODELS[entity]
        obj = self.pre.objs.get(op.entity_id)
        if obj is not None and not isinstance(obj, model):
            raise OpError("validation", "Id ini milik data jenis lain.")
        payload = self.upcast(op)
        mode = spec.mode
        revive = False
        if mode == "upsert":
            mode = "update" if obj is not None else "create"
            # "set" on a deleted record is a deliberate new value: it brings the record back.
            revive = obj is not None and obj.deleted_at is not None
        proposed: dict[str, Any]
        if mode in ("create", "update"):
            try:
                proposed = fields_from_json(model, payload)
            except (ValueError, TypeError) as error:
                raise OpError("validation", f"Nilai tidak valid: {error}") from error
            for key in SERVER_FIELDS.get(entity, ()):
                proposed.pop(key, None)
        else:
            proposed = dict(payload)
        current = self.values(obj) if obj is not None else {}
        if mode == "create":
            if obj is not None:
                raise OpError("exists")
            place = place_of(entity, op.entity_id, proposed, self.pre.places)
            if place is None:
                raise OpError("not_found", "Data induknya tidak ditemukan di server.")
        else:
            if obj is None:
                raise OpError("not_found")
            place = self.pre.places.get(obj.id) or place_of(
                entity, obj.id, current, self.pre.places
            )
            if place is None:
                raise OpError("not_found", "Data induknya tidak ditemukan di server.")
        target = self.target_facts(entity, obj, current, proposed, place)
        decision = authorize(self.who.actor, op.op, target, self.who.relations)
        if isinstance(decision, Refuse):
            raise OpError(decision.reason, decision.pesan)
        if mode in ("create", "update"):
            self.check_blob(proposed, current)
        if mode == "create":
            return self.create(op, entity, proposed, place)
        assert obj is not None
        if mode == "update":
            if revive:
                self.set_deleted(op, entity, obj, deleted=False)
            return self.update(op, entity, obj, proposed, self.values(obj))
        if mode == "delete":
            return self.set_deleted(op, entity, obj, deleted=True)
        if mode == "restore":
            return self.set_deleted(op, entity, obj, deleted=False)
        if mode == "status":
            assert isinstance(obj, Skp)
            return self.status(op, obj, payload)
        if mode == "keberatan":
            return self.keberatan(op, spec, obj, payload)
        raise OpError("unknown_op")

    def check_blob(self, proposed: Mapping[str, Any], current: Mapping[str, Any]) -> None:
        """An op that points a record at a file: refused if the file could never be accepted
        (type, size: the same rules as the upload), blocked while the server lacks it."""
        sha256 = proposed.get("blob_sha256")
        if not isinstance(sha256, str) or not sha256 or sha256 == current.get("blob_sha256"):
            return
        values = {**current, **proposed}
        mime, ukuran = values.get("mime"), values.get("ukuran")
        if mime is not None and mime not in MIME_BUKTI_DUKUNG.values():
            raise OpError("validation", f"Jenis berkas {mime} tidak diizinkan.")
        if isinstance(ukuran, int) and ukuran > self.max_blob_bytes:
            raise OpError(
                "validation",
                f"Berkas terlalu besar: {format_ukuran(ukuran)}; batasnya "
                f"{format_ukuran(self.max_blob_bytes)}.",
            )
        if sha256 not in self.blobs_present:
            raise BlobMissing(sha256)

    def upcast(self, op: PushOp) -> dict[str, Any]:
        version = op.schema_version or self.envelope_schema
        # The protocol module's value, read now: a test runs a server one version ahead.
        return upcasting.upcast(op.op, op.payload, version, protocol.SCHEMA_VERSION)

    def target_facts(
        self,
        entity: str,
        obj: SyncedMixin | None,
        current: dict[str, Any],
        proposed: dict[str, Any],
        place: Place,
    ) -> TargetFacts:
        values = {**current, **proposed}
        skp = self.skp_facts(place.skp_id)
        pp = values.get("periode_penilaian_id") if entity != "periode_penilaian" else None
        period = self.pre.periods.get(str(pp)) if pp else None
        if entity == "periode_penilaian":
            period = None  # adding a period to an SKP has no deadline
        tim_id = values.get("tim_kerja_id") if entity == "anggota_tim" else None
        if entity == "tim_kerja" and obj is not None:
            tim_id = obj.id
        rhk_tim: str | None = None
        if entity == "rhk":
            rhk_tim = values.get("tim_kerja_id")
        elif entity == "iki":
            parent = self.pre.objs.get(str(values.get("rhk_id")))
            rhk_tim = parent.tim_kerja_id if isinstance(parent, Rhk) else None
        if rhk_tim:
            tim_id = rhk_tim
        tim = self.pre.tims.get(str(tim_id)) if tim_id else None
        feedback_ada: bool | None = None
        if entity == "penilaian" and self.pre.wajib_feedback and pp:
            feedback_ada = str(pp) in self.pre.feedback_atasan
        return TargetFacts(
            entity=entity,
            exists=obj is not None,
            deleted=obj is not None and obj.deleted_at is not None,
            current=current,
            proposed=proposed,
            skp=skp,
            instansi_id=place.instansi_id,
            today=self.today,
            batas_pengisian=period.batas if period else None,
            periode_periodik=period.periodik if period else True,
            dibuka_ulang=period.dibuka if period else False,
            feedback_atasan_ada=feedback_ada,
            tim_ketua_id=tim.ketua_id if tim else None,
            tim_pembuat_id=tim.dibuat_oleh_id if tim else None,
            tim_unor_id=tim.unor_id if tim else values.get("unor_id"),
            rhk_tim_kerja_id=rhk_tim,
        )

    def check_references(self, entity: str, fields: Mapping[str, Any]) -> None:
        for column, table in fk_columns(entity).items():
            value = fields.get(column)
            if value is None:
                continue
            place = self.pre.places.get(str(value))
            if place is None or place.entity != table:
                raise OpError("not_found", f"Data rujukan {column} tidak ditemukan di server.")

    def create(self, op: PushOp, entity: str, fields: dict[str, Any], place: Place) -> PushResult:
        model = ENTITY_MODELS[entity]
        self.check_references(entity, fields)
        for column in unique_columns(entity):
            value = fields.get(column)
            if value is None:
                continue
            taken = self.pre.taken.setdefault((entity, column), set())
            if str(value) in taken:
                raise OpError("exists", f"Data dengan {column} yang sama sudah ada di server.")
            taken.add(str(value))
        self.normalize(entity, fields, None)
        missing = [
            c.key
            for c in model.__table__.columns  # type: ignore[attr-defined]
            if not c.nullable
            and c.default is None
            and c.server_default is None
            and c.key not in fields
            and c.key != "id"
        ]
        if missing:
            raise OpError("validation", f"Kolom wajib belum diisi: {', '.join(missing)}.")
        obj = model(id=op.entity_id, **fields)  # type: ignore[call-arg]
        obj.version = 1
        obj.created_at = self.now
        obj.updated_at = self.now
        obj.deleted_at = None
        self.created.append((entity, obj))
        self.pre.objs[obj.id] = obj
        self.pre.places[obj.id] = place
        # Version 1 in the history, by this client: its own later edits based on the version
        # it knew before the push (0) then merge cleanly instead of a conservative conflict.
        self.history(obj, entity, {})
        self.fx.scopes.append(
            {
                "entity_id": obj.id,
                "entity": entity,
                "skp_id": place.skp_id,
                "instansi_id": place.instansi_id,
                "pegawai_id": place.pegawai_id,
            }
        )
        if isinstance(obj, TimKerja):
            self.pre.tims[obj.id] = obj
        if isinstance(obj, Feedback) and obj.iki_id and obj.sumber == "ATASAN":
            self.pre.feedback_atasan.add(obj.periode_penilaian_id)
        self.touch(obj, entity)
        self.content_changed(entity, place)
        return PushResult(client_seq=op.client_seq, status="applied", version=obj.version)

    def check_tree(self, entity: str, obj: SyncedMixin, apply: Mapping[str, Any]) -> None:
        """An atasan or a parent unit must not end up below the record itself. Each desktop
        checks it, but two admins offline can make two changes that are each fine and together
        close a loop (A under B here, B under A there): the second to arrive is refused."""
        tree = TREES.get(entity)
        if tree is None or tree[1] not in apply:
            return
        model, column = tree
        parent = apply[column]
        seen: set[str] = set()
        while parent is not None and str(parent) not in seen:
            if str(parent) == obj.id:
                raise OpError("validation", TREE_MESSAGES[entity])
            seen.add(str(parent))
            row = self.pre.objs.get(str(parent)) or self.session.get(model, str(parent))
            parent = getattr(row, column, None) if row is not None else None

    def normalize(self, entity: str, fields: dict[str, Any], obj: SyncedMixin | None) -> None:
        """Values the server decides: who rated and when, the matrix predikat, a new SKP's
        workflow state."""
        if entity == "skp" and obj is None:
            fields["status"] = StatusSkp.DRAFT
            fields["versi_isi"] = 0
            fields["catatan_perbaikan"] = None
        if entity == "penilaian":
            merged = {**(self.values(obj) if obj else {}), **fields}
            hasil, perilaku = merged.get("rating_hasil_kerja"), merged.get("rating_perilaku_kerja")
            fields["predikat"] = predikat_kinerja(hasil, perilaku) if hasil and perilaku else None
            fields["dinilai_oleh_id"] = self.who.actor.pegawai_id
            fields["dinilai_pada"] = self.now
        if entity == "keberatan" and obj is None:
            # Filed now, by the server's clock: on time (DIAJUKAN) or late (TERLAMBAT).
            fields["diajukan_pada"] = self.now
            penilaian = self.session.get(PenilaianPeriode, str(fields.get("penilaian_id")))
            if penilaian is not None:
                ditetapkan = (penilaian.dinilai_pada or penilaian.updated_at).date()
                try:
                    fields["status"] = status_awal_keberatan(ditetapkan, self.today)
                except DomainError as error:
                    raise OpError("invalid_transition", str(error)) from error
            for key in ("dijelaskan_pada", "dibuka_atasan_pada", "diputuskan_pada"):
                if hasattr(ENTITY_MODELS["keberatan"], key):
                    fields[key] = None

    def update(
        self,
        op: PushOp,
        entity: str,
        obj: SyncedMixin,
        fields: dict[str, Any],
        current: dict[str, Any],
    ) -> PushResult:
        if obj.deleted_at is not None:
            raise OpError("deleted")
        apply, conflicts = self.merge(op, obj, fields, current)
        self.check_references(entity, apply)
        self.check_tree(entity, obj, apply)
        if apply:
            self.normalize(entity, apply, obj)
            changes = {
                k: (current.get(k), v) for k, v in apply.items() if not _json_eq(current.get(k), v)
            }
            if changes:
                if isinstance(obj, Skp):
                    changes["versi_isi"] = (obj.versi_isi or 0, (obj.versi_isi or 0) + 1)
                for key, (_old, new) in changes.items():
                    setattr(obj, key, new)
                self.bump(obj, entity, changes)
                self.content_changed(entity, self.pre.places.get(obj.id))
        if conflicts:
            return self.conflict(op, entity, obj, conflicts)
        return PushResult(
            client_seq=op.client_seq,
            status="merged" if self.merged else "applied",
            version=obj.version,
        )

    def merge(
        self, op: PushOp, obj: SyncedMixin, fields: dict[str, Any], current: dict[str, Any]
    ) -> tuple[dict[str, Any], list[IssueField]]:
        """Returns (fields to apply, conflicts); sets `self.merged` when changes by others
        since `base_version` were merged with (not just this client's own earlier ops)."""
        """Field-level merge against the history since `base_version` (SYNC.md Conflicts)."""
        base = op.base_version
        self.merged = False
        if base is None or base >= obj.version:
            return {k: v for k, v in fields.items() if not _json_eq(current.get(k), v)}, []
        rows = [h for h in self.pre.history.get(obj.id, []) if base < h.version <= obj.version]
        complete = {h.version for h in rows} >= set(range(base + 1, obj.version + 1))
        self.merged = not complete or any(h.client_id != self.client_id for h in rows)
        others: dict[str, tuple[Any, FieldHistory]] = {}
        for h in rows:
            if h.client_id == self.client_id:
                continue
            for key, (old, _new) in h.changes.items():
                first = others.get(key)
                others[key] = (first[0] if first else old, h)
        apply: dict[str, Any] = {}
        conflicts: list[IssueField] = []
        for key, mine in fields.items():
            server = current.get(key)
            if _json_eq(server, mine):
                continue
            if complete and key not in others:
                apply[key] = mine
                continue
            if complete and _json_eq(others[key][0], mine):
                continue  # the user sent the value it had; the other device's change stands
            last = others.get(key)
            conflicts.append(
                IssueField(
                    field=key,
                    mine=to_json_value(mine),
                    server=to_json_value(server),
                    server_changed_by=last[1].oleh_nama if last else None,
                    server_changed_at=last[1].at if last else None,
                )
            )
        return apply, conflicts

    def conflict(
        self, op: PushOp, entity: str, obj: SyncedMixin, conflicts: list[IssueField]
    ) -> PushResult:
        message = REASONS["field_conflict"]
        local = {c.field: c.mine for c in conflicts}
        server = {c.field: c.server for c in conflicts}
        issue_id = self.issue(
            op, "conflict", entity, "field_conflict", message, local, server, conflicts
        )
        return PushResult(
            client_seq=op.client_seq,
            status="conflict",
            version=obj.version,
            reason="field_conflict",
            message=message,
            issue_id=issue_id,
            current=server,
        )

    def set_deleted(self, op: PushOp, entity: str, obj: SyncedMixin, deleted: bool) -> PushResult:
        if (obj.deleted_at is not None) == deleted:
            return PushResult(client_seq=op.client_seq, status="applied", version=obj.version)
        old = obj.deleted_at
        obj.deleted_at = self.now if deleted else None
        self.bump(obj, entity, {"deleted_at": (old, obj.deleted_at)})
        self.content_changed(entity, self.pre.places.get(obj.id))
        return PushResult(client_seq=op.client_seq, status="applied", version=obj.version)

    def content_changed(self, entity: str, place: Place | None) -> None:
        """Any change to an SKP's content bumps its `versi_isi` (approval binds to it)."""
        if entity not in CONTENT_ENTITIES or place is None or not place.skp_id:
            return
        skp = self.pre.objs.get(place.skp_id)
        if not isinstance(skp, Skp):
            return
        old = skp.versi_isi or 0
        skp.versi_isi = old + 1
        self.bump(skp, "skp", {"versi_isi": (old, skp.versi_isi)})

    def status(self, op: PushOp, skp: Skp, params: Mapping[str, Any]) -> PushResult:
        spec_ke = {"skp.submit": "PENGAJUAN", "skp.approve": "PERSETUJUAN", "skp.return": "DRAFT"}
        ke = StatusSkp(str(params.get("ke") or spec_ke.get(op.op)))
        dari = StatusSkp(skp.status)
        catatan = params.get("catatan")
        changes: dict[str, tuple[Any, Any]] = {"status": (dari, ke)}
        skp.status = ke
        if ke is StatusSkp.DRAFT and catatan:
            changes["catatan_perbaikan"] = (skp.catatan_perbaikan, catatan)
            skp.catatan_perbaikan = catatan
        self.bump(skp, "skp", changes)
        riwayat_id = params.get("riwayat_id")
        if not isinstance(riwayat_id, str) or riwayat_id in self.pre.objs or len(riwayat_id) > 36:
            riwayat_id = new_id()
        riwayat = RiwayatStatusSkp(
            id=riwayat_id,
            skp_id=skp.id,
            oleh_id=self.who.actor.pegawai_id,
            oleh_nama=self.who.nama,
            waktu=self.now,
            dari=dari,
            ke=ke,
            catatan=catatan,
            version=1,
            created_at=self.now,
            updated_at=self.now,
        )
        self.created.append(("riwayat_status_skp", riwayat))
        place = self.pre.places.get(skp.id) or Place("skp", skp.id, None)
        self.pre.objs[riwayat.id] = riwayat
        self.pre.places[riwayat.id] = Place("riwayat_status_skp", skp.id, place.instansi_id)
        self.fx.scopes.append(
            {
                "entity_id": riwayat.id,
                "entity": "riwayat_status_skp",
                "skp_id": skp.id,
                "instansi_id": place.instansi_id,
                "pegawai_id": None,
            }
        )
        self.touch(riwayat, "riwayat_status_skp")
        return PushResult(client_seq=op.client_seq, status="applied", version=skp.version)

    def keberatan(
        self, op: PushOp, spec: OpSpec, obj: SyncedMixin, params: Mapping[str, Any]
    ) -> PushResult:
        verb = spec.verb
        model = ENTITY_MODELS["keberatan"]
        try:
            wanted = fields_from_json(
                model, {k: v for k, v in params.items() if k in KEBERATAN_FIELDS.get(verb, ())}
            )
        except (ValueError, TypeError) as error:
            raise OpError("validation", f"Nilai tidak valid: {error}") from error
        current = self.values(obj)
        if verb == "open":
            if current.get("dibuka_atasan_pada") is not None:
                return PushResult(client_seq=op.client_seq, status="applied", version=obj.version)
            wanted["dibuka_atasan_pada"] = self.now
        if verb == "explain":
            wanted["dijelaskan_pada"] = self.now
        if verb == "decide":
            keputusan = StatusKeberatan(str(wanted.get("status")))
            if current.get("dibuka_atasan_pada") is None:
                wanted["dibuka_atasan_pada"] = self.now
            if keputusan is StatusKeberatan.DISETUJUI:
                hasil = wanted.get("rating_hasil_kerja_akhir") or current.get(
                    "rating_hasil_kerja_diminta"
                )
                perilaku = wanted.get("rating_perilaku_kerja_akhir") or current.get(
                    "rating_perilaku_kerja_diminta"
                )
            else:
                hasil = current.get("rating_hasil_kerja_awal")
                perilaku = current.get("rating_perilaku_kerja_awal")
            wanted["rating_hasil_kerja_akhir"] = Rating(str(hasil))
            wanted["rating_perilaku_kerja_akhir"] = Rating(str(perilaku))
            wanted["predikat_akhir"] = predikat_kinerja(Rating(str(hasil)), Rating(str(perilaku)))
            wanted["diputuskan_pada"] = self.now
            if keputusan is StatusKeberatan.DISETUJUI:
                self.rate_after_decision(str(current["penilaian_id"]), wanted)
        changes = {
            k: (current.get(k), v)
            for k, v in wanted.items()
            if hasattr(obj, k) and not _json_eq(current.get(k), v)
        }
        for key, (_old, new) in changes.items():
            setattr(obj, key, new)
        if changes:
            self.bump(obj, "keberatan", changes)
        return PushResult(client_seq=op.client_seq, status="applied", version=obj.version)

    def rate_after_decision(self, penilaian_id: str, decided: Mapping[str, Any]) -> None:
        penilaian = self.pre.objs.get(penilaian_id) or self.session.get(
            PenilaianPeriode, penilaian_id
        )
        if not isinstance(penilaian, PenilaianPeriode):
            raise OpError("not_found", "Penilaian keberatan ini tidak ditemukan.")
        self.pre.objs[penilaian.id] = penilaian
        new = {
            "rating_hasil_kerja": decided["rating_hasil_kerja_akhir"],
            "rating_perilaku_kerja": decided["rating_perilaku_kerja_akhir"],
            "predikat": decided["predikat_akhir"],
        }
        current = self.values(penilaian)
        changes = {k: (current.get(k), v) for k, v in new.items() if not _json_eq(current[k], v)}
        for key, (_old, value) in changes.items():
            setattr(penilaian, key, value)
        if changes:
            if penilaian.id not in self.pre.places:
                self.pre.places.update(load_places(self.session, [penilaian.id]))
            self.bump(penilaian, "penilaian", changes)

    # --- outcomes ---------------------------------------------------------------------------

    def issue(
        self,
        op: PushOp,
        kind: str,
        entity: str | None,
        reason: str,
        message: str,
        local: dict[str, Any] | None,
        server: dict[str, Any] | None,
        fields: list[IssueField] | None = None,
        payload: dict[str, Any] | None = None,
    ) -> str:
        issue_id = new_id()
        self.fx.issues.append(
            {
                "id": issue_id,
                "akun_id": self.akun_id,
                "client_id": self.client_id,
                "op_id": op.op_id,
                "kind": kind,
                "op": op.op,
                "entity": entity,
                "entity_id": op.entity_id,
                "reason": reason,
                "message": message,
                "local_value": local,
                "server_value": server,
                "fields": [f.model_dump(mode="json") for f in fields or []],
                "payload": payload,
                "created_at": self.now,
            }
        )
        return issue_id

    def refused(
        self, op: PushOp, spec: OpSpec | None, error: OpError, keep: bool = False
    ) -> PushResult:
        entity = spec.entity if spec else op.op.partition(".")[0]
        local = {k: to_json_value(v) for k, v in op.payload.items()}
        obj = self.pre.objs.get(op.entity_id)
        server: dict[str, Any] | None = None
        if obj is not None:
            server = {k: to_json_value(getattr(obj, k)) for k in local if hasattr(obj, k)} or None
            if "ke" in local and isinstance(obj, Skp):
                # A refused status command: the client must show the status the server has,
                # not the one it assumed (`dari`); no later change would bring it (issue 7).
                server = {**(server or {}), "status": to_json_value(obj.status)}
        payload = op.model_dump(mode="json") if keep else None
        issue_id = self.issue(
            op, "refused", entity, error.reason, error.message, local, server, payload=payload
        )
        return PushResult(
            client_seq=op.client_seq,
            status="refused",
            version=obj.version if obj is not None else None,
            reason=error.reason,
            message=error.message,
            issue_id=issue_id,
            current=server,
        )

    def record(self, op: PushOp, spec: OpSpec | None, result: PushResult) -> None:
        """Store the terminal outcome of a new op (committed with its effects)."""
        index = len(self.fx.outcomes)
        key = (spec.entity if spec else "", op.entity_id)
        if key in self._touched:
            self.fx.outcome_log[index] = key
        self.fx.outcomes.append(
            {
                "client_id": self.client_id,
                "client_seq": op.client_seq,
                "op_id": op.op_id,
                "akun_id": self.akun_id,
                "op": op.op,
                "entity_id": op.entity_id,
                "status": result.status,
                "version": result.version,
                "server_seq": None,
                "reason": result.reason,
                "message": result.message,
                "issue_id": result.issue_id,
                "current": result.current,
                "created_at": self.now,
            }
        )
        self.fx.results.append(result)

    def run_op(self, op: PushOp, spec: OpSpec | None, forced: OpError | None = None) -> None:
        self._touched = set()
        if forced is not None:
            result = self.refused(op, spec, forced, keep=True)
        else:
            try:
                result = self.apply(op, spec)
            except OpError as error:
                result = self.refused(op, spec, error)
        self.record(op, spec, result)

    # --- the end of the transaction -----------------------------------------------------------

    def flush_created(self) -> None:
        """Insert the new records parents first (entity order, then op order), make them
        persistent for later changes, then flush the updates of loaded records."""
        if self.created:
            order = {entity: index for index, entity in enumerate(ENTITY_ORDER)}
            by_entity: dict[str, list[SyncedMixin]] = {}
            for entity, obj in self.created:
                by_entity.setdefault(entity, []).append(obj)
            with self.session.no_autoflush:
                for entity in sorted(by_entity, key=lambda e: order.get(e, len(order))):
                    objs = by_entity[entity]
                    columns = [c.key for c in inspect(type(objs[0])).column_attrs]
                    rows = [{key: getattr(obj, key) for key in columns} for obj in objs]
                    self.session.execute(insert(ENTITY_MODELS[entity]), rows)
            for _entity, obj in self.created:
                make_transient_to_detached(obj)
                self.session.add(obj)
            self.created = []
        self.session.flush()

    def stamp(self) -> None:
        """Draw server_seq for every change and issue from the counter row, then write the
        log, history, places, issues and outcomes in bulk."""
        n = len(self.fx.log) + len(self.fx.issues)
        if n == 0 and not self.fx.outcomes:
            return
        top = self.session.execute(
            update(SeqCounter)
            .where(SeqCounter.id == 1)
            .values(value=SeqCounter.value + n)
            .returning(SeqCounter.value)
        ).scalar_one()
        seq = top - n
        seq_of: dict[tuple[str, str], int] = {}
        log_rows = []
        for key, entry in self.fx.log.items():
            seq += 1
            seq_of[key] = seq
            log_rows.append({**entry, "server_seq": seq})
        for issue in self.fx.issues:
            seq += 1
            issue["server_seq"] = seq
        for index, key in self.fx.outcome_log.items():
            self.fx.outcomes[index]["server_seq"] = seq_of.get(key)
            self.fx.results[index].server_seq = seq_of.get(key)
        self.flush_created()
        if log_rows:
            self.session.execute(insert(ChangeLog), log_rows)
        if self.fx.history:
            self.session.execute(insert(FieldHistory), self.fx.history)
        if self.fx.scopes:
            self.session.execute(insert(RecordScope), self.fx.scopes)
        if self.fx.issues:
            self.session.execute(insert(ServerIssue), self.fx.issues)
        if self.fx.outcomes:
            self.session.execute(insert(OpOutcome), self.fx.outcomes)

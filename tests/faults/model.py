"""A plain-Python reference model of the server for the fault workload (SYNC.md "Proving it").

Written from the rules (SYNC.md, docs/operations.md), not from the server's code: records are
dicts, ownership and the PPK relation are two lookups, the workflow is three statuses. The
model replays every operation in the server's commit order, predicts its outcome (accepted,
or refused with one of the expected reasons) and the state it leaves: each record's version,
deleted flag and the fields the workload writes; every content change of an SKP bumps the
SKP's `versi_isi` and version. The invariants then compare the prediction with what the
server recorded and holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

ACCEPTED = "accepted"
REFUSED = "refused"
CONFLICT = "conflict"

#: The fields of each entity the model follows (others are the server's or unchanged).
TRACKED: dict[str, tuple[str, ...]] = {
    "skp": ("status", "versi_isi", "catatan_perbaikan", "pegawai_id"),
    "rhk": ("teks", "skp_id"),
    "iki": ("indikator", "rhk_id", "target_min", "target_max", "satuan", "aspek", "perspektif"),
    "feedback": ("teks", "sumber", "iki_id", "dari_id"),
    "penilaian": ("rating_hasil_kerja", "rating_perilaku_kerja"),
}
CONTENT = ("rhk", "iki")
STATUS_REASONS = frozenset({"invalid_transition", "status_changed", "stale_review", "forbidden"})


class ModelGap(AssertionError):
    """An operation the model does not know: extend the model, do not skip it."""


@dataclass
class Rec:
    entity: str
    id: str
    version: int
    deleted: bool
    fields: dict[str, Any]


@dataclass(frozen=True)
class Prediction:
    outcome: str
    reasons: frozenset[str] = frozenset()

    def matches(self, status: str, reason: str | None) -> bool:
        kind = ACCEPTED if status in ("applied", "merged") else status
        if kind != self.outcome:
            return False
        return kind != REFUSED or not self.reasons or (reason or "") in self.reasons


@dataclass
class ModelOp:
    op_id: str
    op: str
    entity_id: str
    payload: dict[str, Any]
    actor: str  # pegawai id
    txn: str = ""  # the server transaction (push) it was applied in


def refused(*reasons: str) -> Prediction:
    return Prediction(REFUSED, frozenset(reasons))


OK = Prediction(ACCEPTED)


@dataclass
class Model:
    atasan: Mapping[str, str | None]  # pegawai → atasan
    recs: dict[str, Rec] = field(default_factory=dict)
    atasan_feedback: set[str] = field(default_factory=set)  # periode penilaian ids

    def seed(
        self, entity: str, id_: str, version: int, deleted: bool, fields: dict[str, Any]
    ) -> None:
        """A record the workload touches that existed before it started."""
        self.recs[id_] = Rec(entity, id_, version, deleted, dict(fields))

    # --- replay ---------------------------------------------------------------------------

    def apply(self, op: ModelOp) -> Prediction:
        entity, _, verb = op.op.partition(".")
        if op.op in ("skp.submit", "skp.approve", "skp.return"):
            return self._status(op, verb)
        if op.op == "skp.create":
            return self._create(op, "skp")
        if entity in CONTENT:
            return self._content(op, entity, verb)
        if op.op == "feedback.add":
            return self._feedback(op)
        if op.op == "rating.set":
            return self._rating(op)
        raise ModelGap(f"the model does not know {op.op}")

    def _create(self, op: ModelOp, entity: str) -> Prediction:
        if op.entity_id in self.recs:
            return refused("exists")
        fields = {k: op.payload.get(k) for k in TRACKED[entity]}
        if entity == "skp":
            if op.payload.get("pegawai_id") != op.actor:
                return refused("forbidden")
            fields.update(status="DRAFT", versi_isi=0, catatan_perbaikan=None)
            fields["pejabat_penilai_id"] = op.payload.get("pejabat_penilai_id")
        self.recs[op.entity_id] = Rec(entity, op.entity_id, 1, False, fields)
        return OK

    def skp_of(self, entity: str, values: Mapping[str, Any]) -> Rec | None:
        if entity == "rhk":
            return self.recs.get(str(values.get("skp_id")))
        if entity == "iki":
            rhk = self.recs.get(str(values.get("rhk_id")))
            return self.recs.get(str(rhk.fields.get("skp_id"))) if rhk else None
        return None

    def _content(self, op: ModelOp, entity: str, verb: str) -> Prediction:
        rec = self.recs.get(op.entity_id)
        values = op.payload if verb == "create" else (rec.fields if rec else {})
        skp = self.skp_of(entity, values)
        if skp is None:
            raise ModelGap(f"{op.op} on a record outside the model: {op.entity_id}")
        if skp.fields.get("pegawai_id") != op.actor:
            return refused("forbidden")
        if skp.fields["status"] != "DRAFT":
            return refused("skp_locked")
        if verb == "create":
            prediction = self._create(op, entity)
        elif rec is None:
            return refused("not_found")
        elif verb == "update":
            if rec.deleted:
                return refused("deleted")
            changed = {
                k: v for k, v in op.payload.items() if k in TRACKED[entity] and rec.fields[k] != v
            }
            if not changed:
                return OK
            rec.fields.update(changed)
            rec.version += 1
            prediction = OK
        elif verb == "delete":
            if rec.deleted:
                return OK
            rec.deleted = True
            rec.version += 1
            prediction = OK
        else:
            raise ModelGap(f"the model does not know {op.op}")
        if prediction is OK:
            skp.fields["versi_isi"] += 1
            skp.version += 1
        return prediction

    def ppk(self, skp: Rec) -> set[str]:
        owner = str(skp.fields.get("pegawai_id"))
        return {str(skp.fields.get("pejabat_penilai_id")), str(self.atasan.get(owner))}

    def _status(self, op: ModelOp, verb: str) -> Prediction:
        skp = self.recs.get(op.entity_id)
        if skp is None:
            raise ModelGap(f"{op.op} on an SKP outside the model: {op.entity_id}")
        status = skp.fields["status"]
        if verb == "submit":
            if skp.fields.get("pegawai_id") != op.actor:
                return refused(*STATUS_REASONS)
            if status != "DRAFT":
                return refused("invalid_transition", "status_changed")
            skp.fields["status"] = "PENGAJUAN"
        else:
            if op.actor not in self.ppk(skp):
                return refused(*STATUS_REASONS)
            if status != "PENGAJUAN":
                return refused("invalid_transition", "status_changed", "stale_review")
            if verb == "approve":
                if op.payload.get("versi_isi") != skp.fields["versi_isi"]:
                    return refused("stale_review")
                skp.fields["status"] = "PERSETUJUAN"
            else:
                skp.fields["status"] = "DRAFT"
                skp.fields["catatan_perbaikan"] = op.payload.get("catatan")
        skp.version += 1
        return OK

    def _feedback(self, op: ModelOp) -> Prediction:
        pp = self.recs.get(str(op.payload.get("periode_penilaian_id")))
        skp = self.recs.get(str(pp.fields.get("skp_id"))) if pp else None
        if pp is None or skp is None:
            raise ModelGap("feedback on a periode penilaian outside the model")
        if skp.fields["status"] != "PERSETUJUAN" or op.payload.get("dari_id") != op.actor:
            return refused("forbidden", "skp_not_approved")
        prediction = self._create(op, "feedback")
        if op.payload.get("sumber") == "ATASAN" and op.payload.get("iki_id"):
            self.atasan_feedback.add(pp.id)
        return prediction

    def _rating(self, op: ModelOp) -> Prediction:
        pp_id = str(op.payload.get("periode_penilaian_id"))
        pp = self.recs.get(pp_id)
        skp = self.recs.get(str(pp.fields.get("skp_id"))) if pp else None
        if pp is None or skp is None:
            raise ModelGap("rating on a periode penilaian outside the model")
        if op.actor not in self.ppk(skp):
            return refused("forbidden")
        if pp_id not in self.atasan_feedback:
            return refused("validation")
        rec = self.recs.get(op.entity_id)
        if rec is None:
            prediction = self._create(op, "penilaian")
            self.recs[op.entity_id].fields["_txn"] = op.txn
            return prediction
        wanted = {k: op.payload.get(k) for k in TRACKED["penilaian"]}
        same = all(rec.fields.get(k) == v for k, v in wanted.items())
        # `dinilai_pada` is the server's clock of the push: a rating is a change unless it
        # repeats the values in the same push.
        if not same or rec.fields.get("_txn") != op.txn:
            rec.fields.update(wanted)
            rec.fields["_txn"] = op.txn
            rec.version += 1
        return OK

    # --- the result -------------------------------------------------------------------------

    def records(self, entities: Iterable[str] = TRACKED) -> list[Rec]:
        wanted = set(entities)
        return [rec for rec in self.recs.values() if rec.entity in wanted]

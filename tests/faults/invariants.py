"""The eight invariants of SYNC.md "Proving it", checked on the databases after a run.

no loss · no duplication · model equivalence · convergence · authorisation · monotonic cursors
and versions · liveness (measured by the harness) · durability. Each check returns messages
(empty: it holds); `check_all` collects them so one failing run reports everything it broke.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.authz import visible
from ekinerja_desktop.models import Pegawai
from ekinerja_desktop.sync.protocol import ENTITY_MODELS, fields_to_json
from ekinerja_server.models import Akun, ChangeLog, RecordScope, ServerIssue
from ekinerja_server.scope import load_who, read_scope
from tests.faults.model import TRACKED, Model, ModelOp

TERMINAL = ("applied", "merged", "conflict", "refused")
DONE_LOCALLY = ("applied", "merged", "acked", "duplicate")


@dataclass
class ClientInfo:
    name: str
    data: Path
    nip: str
    pegawai_id: str

    @property
    def database(self) -> Path:
        return self.data / "ekinerja.db"


@dataclass(frozen=True)
class Outcome:
    op_id: str
    client_id: str
    client_seq: int
    akun_id: str
    op: str
    entity_id: str
    status: str
    reason: str | None
    server_seq: int | None
    issue_id: str | None
    txn: str = ""  # the push (one server transaction) it came in


@dataclass(frozen=True)
class LocalOp:
    op_id: str
    op: str
    entity_id: str
    payload: dict[str, Any]
    where: str  # outbox state, or "sent:<outcome>"


@dataclass
class Report:
    failures: list[str] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)

    def add(self, name: str, messages: Iterable[str]) -> None:
        found = list(messages)
        self.stats[name] = "ok" if not found else f"{len(found)} failures"
        self.failures += [f"[{name}] {m}" for m in found[:25]]


# --- reading the databases ----------------------------------------------------------------------


def server_outcomes(engine: Engine) -> list[Outcome]:
    """Every stored outcome, in the server's commit order.

    Pushes are serialised, so one push's outcomes were inserted together: SQLite's rowid
    (PostgreSQL's inserting transaction id) orders the pushes, `server_seq` — drawn in commit
    order — wins where it exists; inside a push, client_seq order."""
    order_key = "rowid" if engine.dialect.name == "sqlite" else "xmin::text::bigint"
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                f"SELECT {order_key}, client_id, client_seq, op_id, akun_id, op, entity_id, "
                "status, reason, server_seq, issue_id, created_at FROM op_outcome"
            )
        ).all()
        issue_seq = dict(conn.execute(select(ServerIssue.id, ServerIssue.server_seq)).all())
    pushes: dict[tuple[str, Any], list[Any]] = defaultdict(list)
    for row in rows:
        pushes[(row[1], row[11])].append(row)
    keyed = []
    for push in pushes.values():
        seqs = [r[9] for r in push if r[9]] + [issue_seq[r[10]] for r in push if r[10]]
        keyed.append((min(seqs) if seqs else None, min(r[0] for r in push), push))
    keyed.sort(key=lambda k: k[1])
    last = 0.0
    ordered = []
    for seq, rowkey, push in keyed:
        position = float(seq) if seq is not None else last + 0.5
        last = position
        ordered.append((position, rowkey, push))
    ordered.sort(key=lambda k: (k[0], k[1]))
    out = []
    for _pos, _key, push in ordered:
        for r in sorted(push, key=lambda r: r[2]):
            out.append(
                Outcome(
                    op_id=r[3],
                    client_id=r[1],
                    client_seq=r[2],
                    akun_id=r[4],
                    op=r[5],
                    entity_id=r[6],
                    status=r[7],
                    reason=r[8],
                    server_seq=r[9],
                    issue_id=r[10],
                    txn=f"{r[1]}@{r[11]}",
                )
            )
    return out


def local_ops(database: Path) -> dict[str, LocalOp]:
    with sqlite3.connect(database) as conn:
        ops = {
            op_id: LocalOp(op_id, op, entity_id, json.loads(payload), state)
            for op_id, op, entity_id, payload, state in conn.execute(
                "SELECT op_id, op, entity_id, payload, state FROM outbox"
            )
        }
        for op_id, op, entity_id, payload, outcome in conn.execute(
            "SELECT op_id, op, entity_id, payload, outcome FROM sent_log"
        ):
            ops.setdefault(
                op_id, LocalOp(op_id, op, entity_id, json.loads(payload), f"sent:{outcome}")
            )
    conn.close()
    return ops


def journal(data: Path) -> list[dict[str, Any]]:
    path = data / "journal.jsonl"
    if not path.exists():
        return []
    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            records.append(json.loads(line))
        except ValueError:
            continue  # a line torn by a kill
    return records


# --- the invariants -----------------------------------------------------------------------------


def no_loss(clients: list[ClientInfo], outcomes: list[Outcome]) -> Iterable[str]:
    """Every typed op is stored locally, has one terminal outcome on the server, and ended
    the same way here; refused and conflicting values are kept in the issue lists."""
    by_op = {o.op_id: o for o in outcomes}
    for client in clients:
        ops = local_ops(client.database)
        for record in journal(client.data):
            for op_id in record.get("op_ids", []):
                if op_id not in ops:
                    yield f"{client.name}: journaled op {op_id} is not in its database"
        with sqlite3.connect(client.database) as conn:
            issues = {
                op_id: local
                for op_id, local in conn.execute("SELECT op_id, local_value FROM sync_issue")
            }
        conn.close()
        for op in ops.values():
            outcome = by_op.get(op.op_id)
            if outcome is None:
                yield f"{client.name}: {op.op} {op.op_id} has no outcome on the server ({op.where})"
                continue
            if outcome.status not in TERMINAL:
                yield f"{client.name}: {op.op_id} outcome {outcome.status} is not terminal"
            here = op.where.removeprefix("sent:")
            if outcome.status in ("conflict", "refused"):
                if here != outcome.status:
                    yield f"{client.name}: {op.op_id} is {here} here, {outcome.status} there"
                elif op.op_id not in issues or not issues[op.op_id]:
                    yield f"{client.name}: {outcome.status} {op.op_id} kept no value in Konflik"
            elif here not in DONE_LOCALLY:
                yield f"{client.name}: {op.op_id} is {here} here, {outcome.status} there"


def no_duplication(engine: Engine, outcomes: list[Outcome]) -> Iterable[str]:
    seen: set[str] = set()
    for o in outcomes:
        if o.op_id in seen:
            yield f"op {o.op_id} has two outcomes"
        seen.add(o.op_id)
    with engine.connect() as conn:
        issues = conn.execute(select(ServerIssue.op_id)).scalars().all()
    counts: dict[str, int] = defaultdict(int)
    for op_id in issues:
        counts[op_id] += 1
    for op_id, n in counts.items():
        if n > 1:
            yield f"op {op_id} made {n} issues"


def model_equivalence(
    engine: Engine, model: Model, clients: list[ClientInfo], outcomes: list[Outcome]
) -> Iterable[str]:
    payloads: dict[str, LocalOp] = {}
    for client in clients:
        payloads.update(local_ops(client.database))
    with engine.connect() as conn:
        actor_of = dict(conn.execute(select(Akun.id, Akun.pegawai_id)).all())
    for o in outcomes:
        local = payloads.get(o.op_id)
        if local is None:
            yield f"server outcome for {o.op} {o.op_id} from no client database"
            continue
        prediction = model.apply(
            ModelOp(o.op_id, o.op, o.entity_id, local.payload, str(actor_of.get(o.akun_id)), o.txn)
        )
        if not prediction.matches(o.status, o.reason):
            yield (
                f"{o.op} {o.entity_id[:8]} (seq {o.client_seq}): server {o.status}/{o.reason}, "
                f"model {prediction.outcome}/{sorted(prediction.reasons)}"
            )
    with Session(engine) as session:
        for rec in model.records():
            row = session.get(ENTITY_MODELS[rec.entity], rec.id)
            if row is None:
                yield f"{rec.entity} {rec.id[:8]} missing on the server"
                continue
            values = fields_to_json(row)
            server = {k: values.get(k) for k in TRACKED[rec.entity]}
            mine = {k: rec.fields.get(k) for k in TRACKED[rec.entity]}
            state = (row.version, row.deleted_at is not None, server)
            expected = (rec.version, rec.deleted, mine)
            if state != expected:
                yield f"{rec.entity} {rec.id[:8]}: server {state}, model {expected}"


def visible_rows(session: Session, pegawai_id: str, today: date) -> set[tuple[str, str]]:
    akun = session.scalar(select(Akun).where(Akun.pegawai_id == pegawai_id))
    who = load_who(session, pegawai_id, bool(akun and akun.is_admin), today)
    scope = read_scope(session, who)
    out = set()
    for entity, id_, skp, instansi, pegawai in session.execute(
        select(
            RecordScope.entity,
            RecordScope.entity_id,
            RecordScope.skp_id,
            RecordScope.instansi_id,
            RecordScope.pegawai_id,
        )
    ):
        if entity in ENTITY_MODELS and visible(entity, skp, instansi, pegawai, scope):
            out.add((entity, id_))
    return out


def local_rows(database: Path) -> dict[tuple[str, str], tuple[int, bool, str]]:
    from ekinerja_desktop.db import create_sqlite_engine

    engine = create_sqlite_engine(database)
    out: dict[tuple[str, str], tuple[int, bool, str]] = {}
    try:
        with Session(engine) as session:
            for entity, model in ENTITY_MODELS.items():
                for obj in session.scalars(select(model)):
                    out[(entity, obj.id)] = _fingerprint(obj)
    finally:
        engine.dispose()
    return out


def _fingerprint(obj: Any) -> tuple[int, bool, str]:
    return (
        obj.version,
        obj.deleted_at is not None,
        json.dumps(fields_to_json(obj), sort_keys=True),
    )


def convergence(engine: Engine, clients: list[ClientInfo], today: date) -> Iterable[str]:
    """Each client holds exactly the server rows it may see, with the server's values (and,
    the authorisation half: nothing outside its scope)."""
    with Session(engine) as session:
        for client in clients:
            wanted = visible_rows(session, client.pegawai_id, today)
            local = local_rows(client.database)
            outside = set(local) - wanted
            for entity, id_ in sorted(outside)[:10]:
                yield f"{client.name} holds {entity} {id_[:8]} outside its scope"
            # A tombstone pruned from the feed (400 days) may be held or not: both are right.
            in_feed = set(session.scalars(select(ChangeLog.entity_id).distinct()))
            missing = {
                (entity, id_)
                for entity, id_ in wanted - set(local)
                if id_ in in_feed or not _deleted(session, entity, id_)
            }
            for entity, id_ in sorted(missing)[:10]:
                yield f"{client.name} lacks {entity} {id_[:8]}"
            differ = 0
            for key in sorted(wanted & set(local)):
                row = session.get(ENTITY_MODELS[key[0]], key[1])
                if row is not None and _fingerprint(row) != local[key]:
                    differ += 1
                    if differ <= 10:
                        yield f"{client.name}: {key[0]} {key[1][:8]} differs from the server"


def _deleted(session: Session, entity: str, id_: str) -> bool:
    row = session.get(ENTITY_MODELS[entity], id_)
    return row is not None and row.deleted_at is not None


def monotonic(engine: Engine, clients: list[ClientInfo]) -> Iterable[str]:
    for client in clients:
        last: dict[str | None, int] = {}
        for record in journal(client.data):
            if record.get("event") != "round":
                continue
            epoch, cursor = record.get("epoch"), int(record.get("cursor") or 0)
            if cursor < last.get(epoch, 0):
                yield f"{client.name}: cursor went back {last[epoch]} → {cursor}"
            last[epoch] = max(cursor, last.get(epoch, 0))
    with engine.connect() as conn:
        rows = conn.execute(
            select(ChangeLog.entity_id, ChangeLog.version).order_by(ChangeLog.server_seq)
        ).all()
    version: dict[str, int] = {}
    for entity_id, v in rows:
        if v < version.get(entity_id, 0):
            yield f"version of {entity_id[:8]} went back to {v}"
        version[entity_id] = v


def durability(paths: Iterable[Path]) -> Iterable[str]:
    for path in paths:
        with sqlite3.connect(path) as conn:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        conn.close()
        if result != "ok":
            yield f"{path.name}: integrity_check {result}"


def seed_model(engine: Engine, pp: str, pp_skp: str, base_year: int = 9999) -> Model:
    """The model's starting point: the reporting lines and the approved SKP the PPK rates."""
    from ekinerja_desktop.models import Feedback, PenilaianPeriode, PeriodePenilaian, Skp

    with Session(engine) as session:
        atasan = dict(session.execute(select(Pegawai.id, Pegawai.atasan_id)).all())
        model = Model(atasan=atasan)
        skp = session.get(Skp, pp_skp)
        periode = session.get(PeriodePenilaian, pp)
        assert skp is not None and periode is not None
        model.seed("skp", skp.id, skp.version, skp.deleted_at is not None, _tracked(skp, "skp"))
        model.recs[pp_skp].fields["pejabat_penilai_id"] = skp.pejabat_penilai_id
        model.seed("periode_penilaian", pp, periode.version, False, {"skp_id": pp_skp})
        penilaian = session.scalar(
            select(PenilaianPeriode).where(PenilaianPeriode.periode_penilaian_id == pp)
        )
        if penilaian is not None:
            model.seed(
                "penilaian",
                penilaian.id,
                penilaian.version,
                penilaian.deleted_at is not None,
                _tracked(penilaian, "penilaian"),
            )
        ada = session.scalar(
            select(Feedback.id).where(
                Feedback.periode_penilaian_id == pp,
                Feedback.sumber == "ATASAN",
                Feedback.iki_id.is_not(None),
                Feedback.deleted_at.is_(None),
            )
        )
        if ada is not None:
            model.atasan_feedback.add(pp)
        # A server that already ran a workload (a shared one): its fresh-year records too.
        from ekinerja_desktop.models import Iki, Rhk

        for row in session.scalars(select(Skp).where(Skp.tahun >= base_year)):
            model.seed("skp", row.id, row.version, row.deleted_at is not None, _tracked(row, "skp"))
            model.recs[row.id].fields["pejabat_penilai_id"] = row.pejabat_penilai_id
            for rhk in session.scalars(select(Rhk).where(Rhk.skp_id == row.id)):
                model.seed(
                    "rhk", rhk.id, rhk.version, rhk.deleted_at is not None, _tracked(rhk, "rhk")
                )
                for iki in session.scalars(select(Iki).where(Iki.rhk_id == rhk.id)):
                    model.seed(
                        "iki", iki.id, iki.version, iki.deleted_at is not None, _tracked(iki, "iki")
                    )
    return model


def _seed_row(model: Model, entity: str, row: Any) -> None:
    model.seed(entity, row.id, row.version, row.deleted_at is not None, _tracked(row, entity))


def _tracked(obj: Any, entity: str) -> dict[str, Any]:
    values = fields_to_json(obj)
    return {k: values.get(k) for k in TRACKED[entity]}


def check_all(
    engine: Engine,
    model: Model | None,
    clients: list[ClientInfo],
    today: date,
    databases: Iterable[Path],
    liveness_s: float | None = None,
    liveness_limit_s: float = 30.0,
    only_these_clients: bool = False,
) -> Report:
    """`only_these_clients`: the server also holds other clients' earlier work (a shared
    server): judge only the ops these clients made."""
    report = Report()
    outcomes = server_outcomes(engine)
    if only_these_clients:
        mine: set[str] = set()
        for client in clients:
            mine |= set(local_ops(client.database))
        outcomes = [o for o in outcomes if o.op_id in mine]
    report.stats["outcomes"] = len(outcomes)
    report.stats["refused"] = sum(o.status == "refused" for o in outcomes)
    report.add("no loss", no_loss(clients, outcomes))
    report.add("no duplication", no_duplication(engine, outcomes))
    if model is not None:  # (None: the scenario leaves the model's ground on purpose)
        report.add("model equivalence", model_equivalence(engine, model, clients, outcomes))
    report.add("convergence + authorisation", convergence(engine, clients, today))
    report.add("monotonic", monotonic(engine, clients))
    if liveness_s is not None:
        report.stats["liveness_s"] = round(liveness_s, 1)
        late = [] if liveness_s <= liveness_limit_s else [f"drained {liveness_s:.1f} s after"]
        report.add("liveness", late)
    report.add("durability", durability(databases))
    return report

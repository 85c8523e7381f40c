"""Push on the server (SYNC.md "Push on the server").

One transaction per push request, serialised per client (BEGIN IMMEDIATE on SQLite — one
writer at a time —; on PostgreSQL the `client` row lock, then the rows the batch will change,
locked in one global order: SKPs by id, then the other targets by entity order and id, so two
pushes never wait on each other in a cycle). For each op in order: already seen → the stored
outcome; a gap → stop with `expected_seq`; else upcast, authorise against current relations,
check the workflow, merge field by field, write the effects with a history row, store the
outcome and advance `last_seq`. `server_seq` is stamped at the end from the counter row (its
row lock, held from there to the commit, keeps server_seq in commit order); then commit.

The batch's targets, places, SKPs and relations are preloaded with one query per kind
(`Preloaded`); the ops then run in Python over those objects. Unexpected errors: the request
is redone op by op inside savepoints to find the op at fault, which is transient for
5 attempts / 24 h (`retry_later`, the ops before it committed) and then `refused:
server_error` with its payload kept for an admin.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ekinerja_desktop.domain.authz import OpSpec, resolve_op
from ekinerja_desktop.models.base import utcnow
from ekinerja_desktop.sync.protocol import (
    ENTITY_MODELS,
    ENTITY_ORDER,
    REASONS,
    PushOp,
    PushRequest,
    PushResult,
)
from ekinerja_server import testhooks
from ekinerja_server.apply import BlobMissing, OpError, Processor
from ekinerja_server.models import Client, OpFailure, OpOutcome, ServerBlob
from ekinerja_server.preload import preload
from ekinerja_server.scope import Who, chunks, load_places

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
MAX_FAILURE_AGE = timedelta(hours=24)
RETRY_AFTER_S = 30.0


@dataclass
class PushOutcome:
    last_seq: int
    results: list[PushResult]
    expected_seq: int | None = None


# --- the request ------------------------------------------------------------------------------


def _stored_result(row: OpOutcome, client_seq: int) -> PushResult:
    return PushResult(
        client_seq=client_seq,
        status="duplicate",
        original_status=row.status,
        version=row.version,
        server_seq=row.server_seq,
        reason=row.reason,
        message=row.message,
        issue_id=row.issue_id,
        current=row.current,
    )


@contextmanager
def write_session(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A write transaction (BEGIN IMMEDIATE on SQLite). On PostgreSQL writers run side by side
    and lock what they change; `server_seq` is drawn last, under the counter row's lock."""
    session = factory()
    try:
        with session.begin():
            yield session
    finally:
        session.close()


def _postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def lock_targets(session: Session, ops: list[tuple[PushOp, OpSpec | None]]) -> None:
    """PostgreSQL: lock the rows the batch may change, in one global order (SKPs first, by id;
    then each entity in foreign-key order, by id), before reading them. A concurrent push of
    another client touching the same rows waits; none can deadlock with this one."""
    by_entity: dict[str, set[str]] = {}
    for op, spec in ops:
        if spec is not None and spec.entity in ENTITY_MODELS:
            by_entity.setdefault(spec.entity, set()).add(op.entity_id)
    if not by_entity:
        return
    ids = {i for group in by_entity.values() for i in group}
    for op, spec in ops:
        if spec is not None:
            ids |= {str(v) for k, v in op.payload.items() if k.endswith("_id") and v}
    skps = {place.skp_id for place in load_places(session, ids).values() if place.skp_id}
    skps |= by_entity.pop("skp", set())
    plan = [("skp", skps)] + [(e, by_entity[e]) for e in ENTITY_ORDER if e in by_entity]
    for entity, wanted in plan:
        model = ENTITY_MODELS[entity]
        for chunk in chunks(sorted(wanted)):
            session.execute(
                select(model.id).where(model.id.in_(chunk)).order_by(model.id).with_for_update()
            ).all()


class UnknownClientError(Exception):
    pass


class ClientMismatchError(Exception):
    pass


def handle_push(
    factory: sessionmaker[Session],
    who_loader: Callable[[Session], Who],
    akun_id: str,
    request: PushRequest,
    clock: Callable[[], datetime] = utcnow,
    max_blob_bytes: int | None = None,
) -> PushOutcome:
    """The whole push: fast path first; on an unexpected error, the careful path."""
    try:
        return _attempt(
            factory, who_loader, akun_id, request, clock, careful=False, max_blob=max_blob_bytes
        )
    except (UnknownClientError, ClientMismatchError):
        raise
    except Exception as error:  # a database error or a bug in one op: find which
        log.warning(
            "push failed, retrying op by op",
            exc_info=error,
            extra={"fields": {"error": type(error).__name__}},
        )
    return _attempt(
        factory, who_loader, akun_id, request, clock, careful=True, max_blob=max_blob_bytes
    )


def blocked_for_blob(op: PushOp, missing: BlobMissing) -> PushResult:
    """Non-terminal: the op waits (and the ops after it) until the file is uploaded."""
    return PushResult(
        client_seq=op.client_seq,
        status="blocked",
        reason="blob_missing",
        message=REASONS["blob_missing"],
        current={"blob_sha256": missing.sha256},
    )


def _blobs_present(session: Session, ops: list[tuple[PushOp, OpSpec | None]]) -> set[str]:
    """Of the files the batch's ops point at, those the server holds (one query)."""
    wanted = sorted(
        {
            str(op.payload["blob_sha256"])
            for op, _spec in ops
            if isinstance(op.payload.get("blob_sha256"), str)
        }
    )
    present: set[str] = set()
    for chunk in chunks(wanted):
        present |= set(
            session.scalars(select(ServerBlob.sha256).where(ServerBlob.sha256.in_(chunk)))
        )
    return present


def _attempt(
    factory: sessionmaker[Session],
    who_loader: Callable[[Session], Who],
    akun_id: str,
    request: PushRequest,
    clock: Callable[[], datetime],
    careful: bool,
    max_blob: int | None = None,
) -> PushOutcome:
    now = clock()
    with write_session(factory) as session:
        # One push per client at a time: the same push twice at once waits, then is answered
        # from the stored outcomes.
        client = session.get(Client, request.client_id, with_for_update=_postgresql(session))
        if client is None:
            raise UnknownClientError(request.client_id)
        if client.akun_id != akun_id:
            raise ClientMismatchError(request.client_id)
        last_seq = client.last_seq
        ops = sorted(request.ops, key=lambda o: o.client_seq)
        seen_seqs = [o.client_seq for o in ops if o.client_seq <= last_seq]
        stored: dict[int, OpOutcome] = {}
        for chunk in chunks([str(s) for s in seen_seqs]):
            for row in session.scalars(
                select(OpOutcome).where(
                    OpOutcome.client_id == client.client_id,
                    OpOutcome.client_seq.in_([int(s) for s in chunk]),
                )
            ):
                stored[row.client_seq] = row
        by_op_id: dict[str, OpOutcome] = {}
        for chunk in chunks([o.op_id for o in ops]):
            for row in session.scalars(select(OpOutcome).where(OpOutcome.op_id.in_(chunk))):
                by_op_id[row.op_id] = row

        results: list[PushResult] = []
        new_ops: list[tuple[PushOp, OpSpec | None]] = []
        expected: int | None = None
        next_seq = last_seq + 1
        previous = 0
        for op in ops:
            if op.client_seq == previous:  # the same op twice in one request
                continue
            previous = op.client_seq
            if op.client_seq <= last_seq:
                seen = stored.get(op.client_seq) or by_op_id.get(op.op_id)
                results.append(
                    _stored_result(seen, op.client_seq)
                    if seen is not None
                    else PushResult(client_seq=op.client_seq, status="duplicate")
                )
                continue
            if op.client_seq != next_seq:
                expected = next_seq
                break
            new_ops.append((op, resolve_op(op.op)))
            next_seq += 1

        fresh = [(op, spec) for op, spec in new_ops if op.op_id not in by_op_id]
        if _postgresql(session):
            lock_targets(session, fresh)
        who = who_loader(session)
        proc = Processor(session, who, akun_id, client.client_id, request.schema_version, now)
        proc.pre = preload(
            session, who, [(op, spec) for op, spec in fresh if spec is not None], now.date()
        )
        failures = _load_failures(session, [op.op_id for op, _ in fresh])
        proc.blobs_present = _blobs_present(session, fresh)
        if max_blob is not None:
            proc.max_blob_bytes = max_blob
        stop: PushResult | None = None
        done = 0
        for op, spec in new_ops:
            original = by_op_id.get(op.op_id)
            if original is not None:  # same op_id under another client_seq/client
                proc.fx.results.append(_stored_result(original, op.client_seq))
                done += 1
                continue
            forced = _forced_refusal(failures.get(op.op_id), now)
            if not careful:
                try:
                    proc.run_op(op, spec, forced)
                except BlobMissing as missing:  # raised before the op wrote anything
                    stop = blocked_for_blob(op, missing)
                    break
                done += 1
                continue
            mark = proc.fx.mark()
            try:
                with session.begin_nested():
                    proc.run_op(op, spec, forced)
                    proc.flush_created()
            except BlobMissing as missing:
                proc.fx.reset(mark)
                stop = blocked_for_blob(op, missing)
                break
            except Exception as error:
                proc.fx.reset(mark)
                proc.pre.objs = {k: v for k, v in proc.pre.objs.items() if v in session}
                attempts = _note_failure(session, failures.get(op.op_id), op, client, error, now)
                if attempts is None:  # gave up: refused server_error, the op is kept
                    proc.run_op(op, spec, OpError("server_error"))
                    done += 1
                    continue
                stop = PushResult(
                    client_seq=op.client_seq,
                    status="retry_later",
                    reason="transient",
                    message=REASONS["transient"],
                    retry_after=RETRY_AFTER_S,
                )
                break
            done += 1
        proc.stamp()
        client.last_seq = last_seq + done
        results.extend(proc.fx.results)
        if stop is not None:
            results.append(stop)
        session.flush()
        testhooks.reached("push.before_commit")  # a fault test's kill: written, not committed
        return PushOutcome(last_seq=client.last_seq, results=results, expected_seq=expected)


def _load_failures(session: Session, op_ids: list[str]) -> dict[str, OpFailure]:
    out: dict[str, OpFailure] = {}
    for chunk in chunks(op_ids):
        for row in session.scalars(select(OpFailure).where(OpFailure.op_id.in_(chunk))):
            out[row.op_id] = row
    return out


def _forced_refusal(failure: OpFailure | None, now: datetime) -> OpError | None:
    if failure is None:
        return None
    if failure.attempts >= MAX_ATTEMPTS or now - failure.first_at >= MAX_FAILURE_AGE:
        return OpError("server_error")
    return None


def _note_failure(
    session: Session,
    failure: OpFailure | None,
    op: PushOp,
    client: Client,
    error: BaseException,
    now: datetime,
) -> int | None:
    """Count an unexpected failure; None once the op has used up its attempts."""
    log.error(
        "op failed on the server",
        exc_info=error,
        extra={"fields": {"op": op.op, "op_id": op.op_id, "client_seq": op.client_seq}},
    )
    if failure is None:
        failure = OpFailure(
            op_id=op.op_id, client_id=client.client_id, attempts=0, first_at=now, last_at=now
        )
        session.add(failure)
    failure.attempts += 1
    failure.last_at = now
    failure.last_error = type(error).__name__
    session.flush()
    if failure.attempts >= MAX_ATTEMPTS or now - failure.first_at >= MAX_FAILURE_AGE:
        return None
    return failure.attempts

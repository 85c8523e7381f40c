"""Push on the server (SYNC.md "Push on the server").

One transaction per push request, serialised (BEGIN IMMEDIATE on SQLite, the `seq_counter`
row lock on PostgreSQL). For each op in order: already seen → the stored outcome; a gap →
stop with `expected_seq`; else upcast, authorise against current relations, check the
workflow, merge field by field, write the effects with a history row, store the outcome and
advance `last_seq`. `server_seq` is stamped at the end from the counter row; then commit.

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
    REASONS,
    PushOp,
    PushRequest,
    PushResult,
)
from ekinerja_server.apply import OpError, Processor
from ekinerja_server.models import Client, OpFailure, OpOutcome, SeqCounter
from ekinerja_server.preload import preload
from ekinerja_server.scope import Who, chunks

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
    """A write transaction that holds the push lock from its first statement."""
    session = factory()
    try:
        with session.begin():
            if session.get_bind().dialect.name == "postgresql":
                session.execute(
                    select(SeqCounter.value).where(SeqCounter.id == 1).with_for_update()
                )
            yield session
    finally:
        session.close()


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
) -> PushOutcome:
    """The whole push: fast path first; on an unexpected error, the careful path."""
    try:
        return _attempt(factory, who_loader, akun_id, request, clock, careful=False)
    except (UnknownClientError, ClientMismatchError):
        raise
    except Exception as error:  # a database error or a bug in one op: find which
        log.warning(
            "push failed, retrying op by op",
            exc_info=error,
            extra={"fields": {"error": type(error).__name__}},
        )
    return _attempt(factory, who_loader, akun_id, request, clock, careful=True)


def _attempt(
    factory: sessionmaker[Session],
    who_loader: Callable[[Session], Who],
    akun_id: str,
    request: PushRequest,
    clock: Callable[[], datetime],
    careful: bool,
) -> PushOutcome:
    now = clock()
    with write_session(factory) as session:
        client = session.get(Client, request.client_id)
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

        who = who_loader(session)
        proc = Processor(session, who, akun_id, client.client_id, request.schema_version, now)
        fresh = [(op, spec) for op, spec in new_ops if op.op_id not in by_op_id]
        proc.pre = preload(
            session, who, [(op, spec) for op, spec in fresh if spec is not None], now.date()
        )
        failures = _load_failures(session, [op.op_id for op, _ in fresh])
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
                proc.run_op(op, spec, forced)
                done += 1
                continue
            mark = proc.fx.mark()
            try:
                with session.begin_nested():
                    proc.run_op(op, spec, forced)
                    proc.flush_created()
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

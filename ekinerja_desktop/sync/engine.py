"""One sync round, plain Python: hello → push batches → issue resolutions → pull pages.

Push before pull (SYNC.md principle 4). Every change to the outbox, the issues and the cursor
happens inside a local transaction, so a kill at any point leaves either the state before or
after a step: a push whose answer was lost is repeated and answered `duplicate`; a pull page
is applied whole or not at all. The engine takes `progress(done, total, stage)` and
`cancelled()` (ARCHITECTURE.md "Background work") and returns the `ChangeSet` of the records it
touched, which the app hands to the unit of work's listeners so open screens refresh in place.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ekinerja_desktop.db import Database
from ekinerja_desktop.domain.enums import StatusOutbox
from ekinerja_desktop.errors import TransientError
from ekinerja_desktop.models import OutboxEntry, SyncIssue, SyncState, utcnow
from ekinerja_desktop.services.blobs import BlobStore
from ekinerja_desktop.services.uow import ChangeSet
from ekinerja_desktop.sync import apply, recovery
from ekinerja_desktop.sync import protocol as p
from ekinerja_desktop.sync.blobs import BlobTransfer, BlobUnavailable, iter_blobs
from ekinerja_desktop.sync.client import ResyncRequired, ServerRefused, SyncClient, WaktuHabis
from ekinerja_desktop.sync.scheduler import RoundOutcome, UpgradeRequired
from ekinerja_desktop.sync.upcast import upcast

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)
Touched = set[tuple[str, str]]
WAITING = (StatusOutbox.PENDING, StatusOutbox.SENDING)

FIRST_BATCH_OPS = 200
MIN_BATCH_OPS = 1
PULL_LIMIT_ROWS = 2000


def _noop_progress(_done: int, _total: int, _stage: str) -> None:
    return None


def _never() -> bool:
    return False


class RoundCancelled(TransientError):
    """The round ran out of time or the app is closing; the next round continues."""


@dataclass(frozen=True)
class RoundResult:
    changes: ChangeSet
    pushed: int  # operations with a terminal outcome this round
    pulled: int  # rows changed or removed by pull pages
    pending: int  # operations still waiting
    server_time: datetime | None
    stopped: str | None = None  # why push stopped early (blocked, retry_later, …)

    def outcome(self) -> RoundOutcome:
        return RoundOutcome(pending=self.pending, server_time=self.server_time)


class SyncEngine:
    """The sync of one signed-in user of this installation against one server."""

    def __init__(
        self,
        db: Database,
        client: SyncClient,
        user_nip: str,
        *,
        app_version: str = "dev",
        clock: Callable[[], datetime] = utcnow,
        blobs: BlobStore | None = None,
    ) -> None:
        self.db = db
        self.client = client
        self.user_nip = user_nip
        self.app_version = app_version
        self.clock = clock
        self.batch_ops = FIRST_BATCH_OPS
        self.max_batch_ops = p.DEFAULT_MAX_BATCH_OPS
        self.max_batch_bytes = p.DEFAULT_MAX_BATCH_BYTES
        self.server_time: datetime | None = None
        #: Attachments (None: no blob store on this installation; ops go as they are).
        self.transfer = BlobTransfer(client, blobs, self.write) if blobs is not None else None
        self._blocked_blob: str | None = None

    # --- local transactions -----------------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One local transaction (BEGIN IMMEDIATE) with foreign keys off: a pulled row may
        point at a row outside the user's scope (protocol.py)."""
        with self.db.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys=OFF")  # outside a transaction, or it is ignored
            try:
                conn.execution_options(sqlite_immediate=True)
                with Session(bind=conn, expire_on_commit=False) as session, session.begin():
                    yield session
            finally:
                raw.execute("PRAGMA foreign_keys=ON")

    def state(self) -> SyncState:
        """This user's sync state, created (with a new client_id) at the first round."""
        with self.write() as session:
            state = session.get(SyncState, self.user_nip)
            if state is None:
                state = SyncState(user_nip=self.user_nip, server_url=self.client.base_url)
                session.add(state)
            elif state.server_url != self.client.base_url:
                state.server_url = self.client.base_url
            session.flush()
            session.expunge(state)
            return state

    # --- the round ----------------------------------------------------------------------------

    def run_round(
        self,
        progress: Callable[[int, int, str], None] = _noop_progress,
        cancelled: Callable[[], bool] = _never,
    ) -> RoundResult:
        touched: Touched = set()
        progress(0, 0, "hello")
        self.hello(self.state())
        state = self.state()  # a restored server gave this installation a new client_id
        pushed, stopped = self.push(state.client_id, touched, progress, cancelled)
        self.send_resolutions(state.client_id, touched)
        pulled = self.pull(state.client_id, touched, progress, cancelled)
        with self.write() as session:
            pending = self._count_waiting(session)
            saved = session.get(SyncState, self.user_nip)
            if saved is not None:
                saved.last_error = None
            recovery.prune_sent_log(session, self.clock())
        return RoundResult(
            changes=ChangeSet(frozenset(touched)),
            pushed=pushed,
            pulled=pulled,
            pending=pending,
            server_time=self.server_time,
            stopped=stopped,
        )

    def record_error(self, message: str) -> None:
        """Keep the last error where the Sinkronisasi screen can show it after a restart."""
        with self.write() as session:
            state = session.get(SyncState, self.user_nip)
            if state is not None:
                state.last_error = message[:2000]

    # --- HTTP ---------------------------------------------------------------------------------

    def _call(self, path: str, request: BaseModel, answer: type[M]) -> M:
        body = request.model_dump(mode="json", exclude_none=True)
        data = self.client.call(
            path,
            body,
            refresh_path=p.PATH_REFRESH,
            refresh_body=lambda token: {"refresh_token": token},
        )
        parsed = answer.model_validate(data)
        server_time = getattr(parsed, "server_time", None)
        if isinstance(server_time, datetime):
            self.server_time = apply._naive(server_time)
        return parsed

    # --- hello --------------------------------------------------------------------------------

    def hello(self, state: SyncState, again: bool = True) -> p.HelloResponse:
        try:
            answer = self._call(
                p.PATH_HELLO,
                p.HelloRequest(
                    client_id=state.client_id,
                    user_nip=self.user_nip,
                    app_version=self.app_version,
                    # Read now, not at import: the schema this app records and sends.
                    schema_version=p.SCHEMA_VERSION,
                    known_epoch=state.server_epoch,
                    last_acked_seq=state.last_acked_seq,
                ),
                p.HelloResponse,
            )
        except ServerRefused as error:
            if error.code == "upgrade_required":
                raise UpgradeRequired(p.UPGRADE_REQUIRED_MESSAGE) from error
            raise
        if p.SCHEMA_VERSION not in answer.schema_supported:
            raise UpgradeRequired(p.UPGRADE_REQUIRED_MESSAGE)
        if answer.epoch_changed:
            # Restored from a backup: re-register, requeue the last 60 days, resync.
            with self.write() as session:
                saved = session.get(SyncState, self.user_nip)
                assert saved is not None
                recovery.renumber_for_new_epoch(session, saved, answer.server_epoch, self.clock())
            if not again:
                raise ServerRefused(409, "epoch_changed", "Server berganti lagi; dicoba nanti.")
            return self.hello(self.state(), again=False)
        self.max_batch_ops = max(MIN_BATCH_OPS, answer.max_batch_ops)
        self.max_batch_bytes = answer.max_batch_bytes
        self.batch_ops = min(self.batch_ops, self.max_batch_ops)
        now = self.clock()
        with self.write() as session:
            saved = session.get(SyncState, self.user_nip)
            assert saved is not None
            saved.server_epoch = answer.server_epoch
            saved.last_server_time = apply._naive(answer.server_time)
            if saved.last_server_time is not None:
                saved.clock_offset_s = (now - saved.last_server_time).total_seconds()
        return answer

    # --- push ---------------------------------------------------------------------------------

    def push(
        self,
        client_id: str,
        touched: Touched,
        progress: Callable[[int, int, str], None],
        cancelled: Callable[[], bool],
    ) -> tuple[int, str | None]:
        """Push the outbox in order, batch by batch, until it is empty or the server stops."""
        with self.write() as session:
            total = self._count_waiting(session)
        done = 0
        uploaded: set[str] = set()  # files sent this round after a `blob_missing`
        while True:
            if cancelled():
                raise RoundCancelled("Sinkronisasi dihentikan; dilanjutkan pada putaran berikut.")
            ops = self._next_batch()
            if not ops:
                return done, None
            ops, upload_error = self._upload_blobs(ops, progress, cancelled)
            if not ops:
                assert upload_error is not None
                raise upload_error
            progress(done, total, "push")
            try:
                answer = self._call(
                    p.PATH_PUSH,
                    p.PushRequest(client_id=client_id, schema_version=p.SCHEMA_VERSION, ops=ops),
                    p.PushResponse,
                )
            except TransientError as error:
                if isinstance(error, WaktuHabis):  # a timeout: smaller batches from now on
                    self.batch_ops = max(MIN_BATCH_OPS, self.batch_ops // 2)
                raise
            except ServerRefused as error:
                if error.code == "batch_too_large" and self.batch_ops > MIN_BATCH_OPS:
                    self.batch_ops = max(MIN_BATCH_OPS, self.batch_ops // 2)
                    continue
                raise
            finished, stopped = self._record_push(answer, ops, touched)
            done += finished
            progress(done, max(total, done), "push")
            if upload_error is not None:
                raise upload_error  # the ops before the file went; the rest wait for it
            blocked = self._blocked_blob
            if stopped == "blob_missing" and blocked is not None and blocked not in uploaded:
                # The server lacks a file this installation thinks it sent (a restored
                # server): send it again, then go on.
                uploaded.add(blocked)
                if self._upload_missing(blocked, progress, cancelled):
                    continue
            if stopped is not None:
                return done, stopped
            if finished == 0:
                return done, "no_progress"
            if total - done > self.batch_ops:  # a large backlog: bigger batches
                self.batch_ops = min(self.max_batch_ops, self.batch_ops * 2)

    def _count_waiting(self, session: Session) -> int:
        return int(
            session.scalar(
                select(func.count()).select_from(OutboxEntry).where(OutboxEntry.state.in_(WAITING))
            )
            or 0
        )

    def _next_batch(self) -> list[p.PushOp]:
        """The next waiting operations in client_seq order, marked `sending`."""
        with self.write() as session:
            entries = session.scalars(
                select(OutboxEntry)
                .where(OutboxEntry.state.in_(WAITING))
                .order_by(OutboxEntry.client_seq)
                .limit(self.batch_ops)
            ).all()
            ops: list[p.PushOp] = []
            size = 0
            for entry in entries:
                # Rows recorded before an upgrade go up in today's shape; the row stays as is.
                op = p.PushOp.build(
                    client_seq=entry.client_seq,
                    op_id=entry.op_id,
                    op=entry.op,
                    entity_id=entry.entity_id,
                    base_version=entry.base_version,
                    payload=upcast(entry.op, entry.payload, entry.schema_version, p.SCHEMA_VERSION),
                    schema_version=max(entry.schema_version, p.SCHEMA_VERSION),
                )
                # Compressed JSON is ~4× smaller; stay safely under the advertised limit.
                size += len(op.model_dump_json(exclude_none=True)) // 4
                if ops and size > self.max_batch_bytes:
                    break
                entry.state = StatusOutbox.SENDING
                entry.attempts += 1
                ops.append(op)
            return ops

    def _record_push(
        self, answer: p.PushResponse, ops: list[p.PushOp], touched: Touched
    ) -> tuple[int, str | None]:
        """Store every terminal outcome in one transaction; returns (count, why it stopped)."""
        now = self.clock()
        finished = 0
        stopped: str | None = None
        with self.write() as session:
            for result in answer.results:
                entry = session.get(OutboxEntry, result.client_seq)
                if entry is None:
                    continue  # already acknowledged (by an earlier answer or a pull)
                status = result.status
                if status == "duplicate":
                    status = result.original_status or "applied"  # type: ignore[assignment]
                if status in ("blocked", "retry_later"):
                    entry.state = StatusOutbox.PENDING
                    entry.last_error = result.message or p.REASONS.get(result.reason or "", "")
                    stopped = result.reason or status
                    blob = (result.current or {}).get("blob_sha256")
                    self._blocked_blob = blob if isinstance(blob, str) else None
                    break
                finished += 1
                touched.add(("outbox", str(entry.client_seq)))
                if status in ("conflict", "refused"):
                    touched.add(self._record_outcome_issue(session, entry, result, status, now))
                    touched |= apply.revert_not_applied(
                        session, entry, result.current, now, result.version
                    )
                else:
                    self._record_done(session, entry, result, str(status), now, touched)
            state = session.get(SyncState, self.user_nip)
            if state is not None:
                state.last_acked_seq = max(state.last_acked_seq, answer.last_seq)
                state.last_push_at = now
            # Anything sent but unanswered (a stop, or a short answer) goes back to pending.
            sent = {op.client_seq for op in ops}
            answered = {r.client_seq for r in answer.results}
            for seq in sent - answered:
                entry = session.get(OutboxEntry, seq)
                if entry is not None and entry.state is StatusOutbox.SENDING:
                    entry.state = StatusOutbox.PENDING
        if answer.expected_seq is not None and stopped is None:
            log.error(
                "push gap: server expects client_seq %s, first sent %s",
                answer.expected_seq,
                ops[0].client_seq if ops else None,
            )
            stopped = "gap"
        return finished, stopped

    def _record_done(
        self,
        session: Session,
        entry: OutboxEntry,
        result: p.PushResult,
        outcome: str,
        now: datetime,
        touched: Touched,
    ) -> None:
        entity = p.split_op(entry.op)[0]
        model = p.ENTITY_MODELS.get(entity)
        if model is not None and result.version is not None:
            obj = session.get(model, entry.entity_id)
            if obj is not None and obj.version < result.version:
                obj.version = result.version
                touched.add((entity, entry.entity_id))
        apply.move_to_sent_log(session, entry, outcome, result.server_seq, now)

    def _record_outcome_issue(
        self,
        session: Session,
        entry: OutboxEntry,
        result: p.PushResult,
        kind: str,
        now: datetime,
    ) -> tuple[str, str]:
        """The value the user typed stays in the Konflik list, with the server's and why."""
        message = result.message or p.REASONS.get(result.reason or "", "") or kind
        entry.state = StatusOutbox(kind)
        entry.last_error = message
        issue_id = result.issue_id or entry.op_id
        issue = session.get(SyncIssue, issue_id)
        if issue is None:
            issue = SyncIssue(id=issue_id, op_id=entry.op_id, created_at=now)
            session.add(issue)
        issue.kind = kind
        issue.op = entry.op
        issue.entity = p.split_op(entry.op)[0]
        issue.entity_id = entry.entity_id
        issue.reason = result.reason or kind
        issue.message = message
        issue.local_value = dict(entry.payload)
        issue.server_value = dict(result.current or {})
        return ("sync_issue", issue_id)

    # --- attachments --------------------------------------------------------------------------

    def _upload_blobs(
        self,
        ops: list[p.PushOp],
        progress: Callable[[int, int, str], None],
        cancelled: Callable[[], bool],
    ) -> tuple[list[p.PushOp], TransientError | None]:
        """Upload the files the batch's ops point at, before pushing them. A link that fails
        mid-upload cuts the batch before that op (the ops before it still go) and the error
        ends the round after the push; a file that can never go is left to the server."""
        if self.transfer is None:
            return ops, None
        for index, sha256 in iter_blobs(ops):
            if not self.transfer.needs_upload(sha256, ops[index].payload):
                continue
            try:
                self.transfer.upload(sha256, progress, cancelled)
            except BlobUnavailable as error:
                log.warning("attachment %s not sent: %s", sha256[:12], error)
                self.record_error(str(error))
            except TransientError as error:
                self._unsend(ops[index:])
                return ops[:index], error
        return ops, None

    def _upload_missing(
        self, sha256: str, progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]
    ) -> bool:
        if self.transfer is None or not self.transfer.store.exists(sha256):
            return False
        self.transfer.forget_done(sha256)
        try:
            return self.transfer.upload(sha256, progress, cancelled) == "done"
        except BlobUnavailable as error:
            self.record_error(str(error))
            return False

    def _unsend(self, ops: list[p.PushOp]) -> None:
        with self.write() as session:
            for op in ops:
                entry = session.get(OutboxEntry, op.client_seq)
                if entry is not None and entry.state is StatusOutbox.SENDING:
                    entry.state = StatusOutbox.PENDING

    def download_blob(
        self,
        sha256: str,
        progress: Callable[[int, int, str], None] = _noop_progress,
        cancelled: Callable[[], bool] = _never,
    ) -> Path:
        """A bukti dukung file someone else attached, fetched when it is first opened."""
        if self.transfer is None:
            raise TransientError("Penyimpanan berkas lampiran belum diatur.")
        return self.transfer.download(sha256, progress, cancelled)

    # --- resolutions of issues ----------------------------------------------------------------

    def send_resolutions(self, client_id: str, touched: Touched) -> None:
        """Resolutions made on this computer, recorded on the server (every device sees them)."""
        with self.write() as session:
            unsent = apply.resolusi_belum_terkirim(session)
        for issue_id, body in unsent.items():
            request = p.IssueResolveRequest(
                resolution=body.get("resolution", "server"),
                client_id=client_id,
                op_id=body.get("op_id"),
            )
            path = p.PATH_ISSUE_RESOLVE.format(issue_id=issue_id)
            try:
                answer: p.IssueResponse | None = self._call(path, request, p.IssueResponse)
            except ServerRefused as error:
                if error.status not in (404, 409):
                    raise
                log.warning("issue %s resolution not recorded: %s", issue_id, error)
                answer = None  # unknown there (a local-only issue): nothing more to send
            with self.write() as session:
                still = apply.resolusi_belum_terkirim(session)
                still.pop(issue_id, None)
                apply.simpan_resolusi_belum_terkirim(session, still)
                if answer is not None:
                    touched.add(apply.record_issue(session, answer.issue))

    # --- pull ---------------------------------------------------------------------------------

    def pull(
        self,
        client_id: str,
        touched: Touched,
        progress: Callable[[int, int, str], None],
        cancelled: Callable[[], bool],
    ) -> int:
        with self.write() as session:
            state = session.get(SyncState, self.user_nip)
            cursor = state.cursor if state is not None else 0
        # From 0 (first sync, or after a server restore) a pull is a snapshot: what it does not
        # bring is no longer this user's to see, and is purged at the end.
        snapshot: Touched | None = set() if cursor == 0 else None
        try:
            return self._pull_from(client_id, cursor, touched, progress, cancelled, snapshot)
        except ResyncRequired as error:
            log.info("pull: resync required (%s)", error.reason)
            seen: Touched = set()
            return self._pull_from(client_id, 0, touched, progress, cancelled, seen)

    def _pull_from(
        self,
        client_id: str,
        cursor: int,
        touched: Touched,
        progress: Callable[[int, int, str], None],
        cancelled: Callable[[], bool],
        snapshot: Touched | None,
    ) -> int:
        """Pages from `cursor`, each applied in one transaction. With `snapshot` (a resync),
        the cursor is stored only with the last page, which also purges what was not seen."""
        rows = 0
        while True:
            if cancelled():
                raise RoundCancelled("Sinkronisasi dihentikan; dilanjutkan pada putaran berikut.")
            page = self._call(
                p.PATH_PULL,
                p.PullRequest(client_id=client_id, cursor=cursor, limit_rows=PULL_LIMIT_ROWS),
                p.PullResponse,
            )
            last = not page.has_more
            rows += len(page.changes) + len(page.removed)
            touched |= self._apply_page(page, snapshot, last)
            cursor = page.cursor
            progress(rows, rows + (PULL_LIMIT_ROWS if page.has_more else 0), "pull")
            if last:
                return rows

    def _apply_page(self, page: p.PullResponse, snapshot: Touched | None, last: bool) -> Touched:
        now = self.clock()
        with self.write() as session:
            touched = apply.upsert_changes(session, page.changes, now)
            touched |= apply.delete_removed(session, page.removed)
            issue_ops: dict[str, str] = {}
            for issue in page.issues:
                touched.add(apply.record_issue(session, issue))
                issue_ops[issue.op_id] = issue.kind
            session.flush()
            touched |= apply.ack_up_to(session, page.acked.last_seq, issue_ops, now)
            if snapshot is not None:
                snapshot |= {t for t in touched if t[0] in p.ENTITY_MODELS}
                if last:
                    touched |= self._purge_absent(session, snapshot)
            touched |= apply.reapply_pending(session, touched, now)
            state = session.get(SyncState, self.user_nip)
            if state is not None and (snapshot is None or last):
                state.cursor = page.cursor
                state.last_pull_at = now
                state.last_acked_seq = max(state.last_acked_seq, page.acked.last_seq)
                state.last_server_time = apply._naive(page.server_time)
        return touched

    def _purge_absent(self, session: Session, seen: Touched) -> Touched:
        """After a resync snapshot: delete local rows the server no longer shows this user,
        except records of operations still waiting (born here, not yet pushed)."""
        keep = set(
            session.scalars(select(OutboxEntry.entity_id).where(OutboxEntry.state.in_(WAITING)))
        )
        seen_ids: dict[str, set[str]] = {}
        for entity, id_ in seen:
            seen_ids.setdefault(entity, set()).add(id_)
        gone: list[p.Removed] = []
        for entity, model in p.ENTITY_MODELS.items():
            for id_ in session.scalars(select(model.id)):
                if id_ not in seen_ids.get(entity, ()) and id_ not in keep:
                    gone.append(p.Removed(entity=entity, id=id_))
        if gone:
            log.info("resync: %d local rows outside the scope removed", len(gone))
        return apply.delete_removed(session, gone)

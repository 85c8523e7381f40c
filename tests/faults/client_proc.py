"""A headless client process: the real services and sync engine on its own SQLite file.

    python -m tests.faults.client_proc --data DIR --server URL --nip NIP --password PW \\
        --role P|K|T --seed S --ops N [--kill-at POINT[:N]] [--clock-days D] [--drain-s S]

It signs in (once; afterwards the refresh token in `DIR/keyring.json` is used, as a restarted
app would find it in the OS keyring), runs `--ops` workload steps with a sync round every few
steps, then drains: rounds until nothing waits. A journal `DIR/journal.jsonl` (fsynced) records
the op_ids of every committed step, and the cursor after every round. Exit 0 when drained,
3 when it could not drain in time; a SIGKILL can come at any moment (the harness), or at a
named point (`--kill-at`): `edit` (inside a unit of work, before its commit), `batch_marked`
(a push batch marked sending), `push_answered` (the server committed; not recorded here yet),
`pull_page` (inside a pull page's transaction), `upload` (a blob upload past 37 %).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import random
import signal
import sys
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from ekinerja_desktop.db import Database, open_database
from ekinerja_desktop.errors import TransientError
from ekinerja_desktop.models import OutboxEntry, Pegawai, SyncState, utcnow
from ekinerja_desktop.secrets import TokenStore
from ekinerja_desktop.services.blobs import BlobStore
from ekinerja_desktop.services.sync_queries import WAITING
from ekinerja_desktop.services.uow import Aktor, Tulis, UnitOfWork
from ekinerja_desktop.sync import apply as sync_apply
from ekinerja_desktop.sync import blobs as sync_blobs
from ekinerja_desktop.sync import engine as engine_module
from ekinerja_desktop.sync import protocol as p
from ekinerja_desktop.sync.client import ServerRefused, SyncClient
from ekinerja_desktop.sync.engine import SyncEngine
from ekinerja_desktop.sync.scheduler import NeedsSignIn, UpgradeRequired
from tests.faults.filekeyring import FileKeyring
from tests.faults.workload import Context, Workload

log = logging.getLogger("client_proc")

EXIT_DRAINED = 0
EXIT_NOT_DRAINED = 3


class Killer:
    """SIGKILL this process the n-th time a named point is reached."""

    def __init__(self, spec: str | None) -> None:
        name, _, count = (spec or "").partition(":")
        self.point = name or None
        self.wanted = int(count) if count else 1
        self.seen = 0

    def reached(self, point: str) -> None:
        if point != self.point:
            return
        self.seen += 1
        if self.seen >= self.wanted:
            sys.stdout.flush()
            os.kill(os.getpid(), signal.SIGKILL)


def install_kill_points(uow: UnitOfWork, engine: SyncEngine, killer: Killer) -> None:
    """Wrap the engine and the unit of work at the named points (test code only)."""
    write = uow.write

    @contextlib.contextmanager
    def killing_write() -> Iterator[Tulis]:
        with write() as t:
            yield t
            t.session.flush()
            killer.reached("edit")  # written, not committed

    uow.write = killing_write  # type: ignore[method-assign]

    next_batch = engine._next_batch

    def killing_next_batch() -> list[p.PushOp]:
        ops = next_batch()
        if ops:
            killer.reached("batch_marked")
        return ops

    engine._next_batch = killing_next_batch  # type: ignore[method-assign]

    record_push = engine._record_push

    def killing_record_push(*args: Any, **kwargs: Any) -> Any:
        killer.reached("push_answered")
        return record_push(*args, **kwargs)

    engine._record_push = killing_record_push  # type: ignore[method-assign]

    upsert = sync_apply.upsert_changes

    def killing_upsert(*args: Any, **kwargs: Any) -> Any:
        touched = upsert(*args, **kwargs)
        if touched:
            killer.reached("pull_page")  # inside the page's transaction
        return touched

    sync_apply.upsert_changes = killing_upsert

    if engine.transfer is not None:
        transfer = engine.transfer
        set_state = transfer._set

        def killing_set(sha256: str, **kwargs: Any) -> None:
            set_state(sha256, **kwargs)
            offset = kwargs.get("offset")
            size = transfer.stats.sent and _blob_size(engine.db, sha256)
            if isinstance(offset, int) and size and offset >= 0.37 * size:
                killer.reached("upload")

        transfer._set = killing_set  # type: ignore[method-assign]
    _ = sync_blobs  # (imported for the blob kill point's types)


def _blob_size(db: Database, sha256: str) -> int:
    from ekinerja_desktop.models import Blob

    with db.read_session() as session:
        blob = session.get(Blob, sha256)
        return blob.ukuran if blob else 0


class Journal:
    def __init__(self, path: Path) -> None:
        self.file = path.open("a", encoding="utf-8")

    def write(self, **record: Any) -> None:
        self.file.write(json.dumps(record, default=str) + "\n")
        self.file.flush()
        os.fsync(self.file.fileno())


class Client:
    """One installation: database, unit of work, engine, sign-in."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.data = Path(args.data)
        self.data.mkdir(parents=True, exist_ok=True)
        offset = timedelta(days=args.clock_days)
        self.clock: Callable[[], datetime] = lambda: utcnow() + offset
        self.db = open_database(self.data / "ekinerja.db")
        self.uow = UnitOfWork(self.db, clock=self.clock)
        self.tokens = TokenStore(FileKeyring(self.data / "keyring.json"))
        self.blobs = BlobStore(self.data / "blobs")
        url = args.server.rstrip("/")
        self.sync_client = SyncClient(
            url,
            refresh_token=lambda: self.tokens.get(url, args.nip),
            on_refresh_token=lambda token: self._keep(url, token),
        )
        self.engine = SyncEngine(
            self.db, self.sync_client, args.nip, clock=self.clock, blobs=self.blobs
        )
        self.journal = Journal(self.data / "journal.jsonl")
        if args.chunk and self.engine.transfer is not None:
            self.engine.transfer.chunk = args.chunk
        self.proxy: Any = None  # set by the harness for an in-process laptop
        self.name = self.data.name
        self.closed = False

    def _keep(self, url: str, token: str) -> None:
        self.tokens.set(url, self.args.nip, token)

    def sign_in(self) -> None:
        """A password only the first time (or when the server no longer takes the token)."""
        if self.tokens.get(self.sync_client.base_url, self.args.nip) is None:
            self.login()
        with self.uow.read() as session:
            pegawai = session.scalar(select(Pegawai).where(Pegawai.nip == self.args.nip))
            ident = (pegawai.id, pegawai.nama) if pegawai else None
        deadline = time.monotonic() + self.args.drain_s
        while ident is None:  # the first (snapshot) sync brings the user's own record
            assert time.monotonic() < deadline, "own pegawai row never pulled"
            if not self.round():
                time.sleep(0.2)
            with self.uow.read() as session:
                pegawai = session.scalar(select(Pegawai).where(Pegawai.nip == self.args.nip))
                ident = (pegawai.id, pegawai.nama) if pegawai else None
        self.uow.aktor = Aktor(ident[0], self.args.nip, ident[1])

    def login(self) -> None:
        for attempt in range(20):
            try:
                self.sync_client.login(
                    p.PATH_LOGIN, {"nip": self.args.nip, "password": self.args.password}
                )
                return
            except TransientError:
                time.sleep(min(2.0, 0.1 * (attempt + 1)))
        raise RuntimeError("could not sign in")

    def waiting(self) -> int:
        with self.uow.read() as session:
            count = session.scalar(
                select(func.count()).select_from(OutboxEntry).where(OutboxEntry.state.in_(WAITING))
            )
            return int(count or 0)

    def round(self) -> bool:
        """One sync round; False when it failed (logged, as the scheduler would)."""
        try:
            result = self.engine.run_round()
        except NeedsSignIn:
            log.warning("sign-in needed: password again")
            self.login()
            return False
        except UpgradeRequired as error:
            self.journal.write(event="upgrade_required", message=str(error))
            return False
        except (TransientError, ServerRefused) as error:
            log.info("round failed: %s", error)
            return False
        with self.uow.read() as session:
            state = session.get(SyncState, self.args.nip)
            cursor = state.cursor if state else 0
            epoch = state.server_epoch if state else None
        self.journal.write(
            event="round", cursor=cursor, epoch=epoch, pending=result.pending, t=time.time()
        )
        return True

    def run(self) -> int:
        args = self.args
        rng = random.Random(args.seed)
        ctx = Context.from_json(json.loads(Path(args.ctx).read_text())) if args.ctx else None
        killer = Killer(args.kill_at)
        install_kill_points(self.uow, self.engine, killer)
        self.sign_in()
        done = self._done_steps()
        if ctx is not None and args.ops > done:
            work = Workload(args.role, rng, self.uow, ctx, self.blobs)
            if done:  # after a restart: a stream of its own (the local state moved on anyway)
                work.rng = random.Random(f"{args.seed}-{done}")
            for index in range(done, args.ops):
                self._step(work, index)
                if index % args.round_every == args.round_every - 1:
                    self.round()
        return self.drain()

    def _done_steps(self) -> int:
        path = self.data / "journal.jsonl"
        if not path.exists():
            return 0
        steps = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            with contextlib.suppress(ValueError):
                if json.loads(line).get("event") == "step":
                    steps += 1
        return steps

    def _step(self, work: Workload, index: int) -> None:
        with self.uow.read() as session:
            before = session.scalar(select(func.max(OutboxEntry.client_seq))) or 0
        kind = work.step()
        with self.uow.read() as session:
            op_ids = list(
                session.scalars(
                    select(OutboxEntry.op_id)
                    .where(OutboxEntry.client_seq > before)
                    .order_by(OutboxEntry.client_seq)
                )
            )
        self.journal.write(event="step", index=index, kind=kind, op_ids=op_ids, t=time.time())

    def drain(self) -> int:
        deadline = time.monotonic() + self.args.drain_s
        while time.monotonic() < deadline:
            if self.round() and self.waiting() == 0 and self.round():
                self.journal.write(event="drained", t=time.time())
                return EXIT_DRAINED
            time.sleep(0.2)
        return EXIT_NOT_DRAINED

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.journal.file.close()
        self.sync_client.close()
        self.db.dispose()


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--server", required=True)
    parser.add_argument("--nip", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--role", default="P")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--ops", type=int, default=0)
    parser.add_argument("--ctx")
    parser.add_argument("--round-every", type=int, default=7)
    parser.add_argument("--kill-at")
    parser.add_argument("--clock-days", type=float, default=0.0)
    parser.add_argument("--drain-s", type=float, default=60.0)
    parser.add_argument("--pull-limit", type=int, help="rows per pull page (smaller: more pages)")
    parser.add_argument("--chunk", type=int, help="first upload chunk in bytes (default 1 MiB)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(name)s %(message)s")
    args = parse(argv)
    if args.pull_limit:
        engine_module.PULL_LIMIT_ROWS = args.pull_limit
    client = Client(args)
    try:
        return client.run()
    finally:
        client.close()


if __name__ == "__main__":
    sys.exit(main())

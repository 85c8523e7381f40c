"""Sign-in and the running sync of one installation, Qt-free (the app wraps it in a bridge).

- `sign_in(nip, password)`: online only; the refresh token goes to the keyring (or to memory
  when there is none), the user is remembered as the last one of this installation.
- `resume()`: at start, continue as the last user without a network login when a token is
  stored (offline the app simply opens on their local data, USERS.md pain 8).
- The scheduler runs rounds on one worker thread; a local commit (a new outbox row) triggers a
  debounced round; what a round changed goes to the unit of work's listeners, so open screens
  refresh in place.
- `set_proxy(proxy)`: the user's proxy choice (Pengaturan koneksi), given by the app, never
  read from the settings here; the running client takes it at its next request.
"""

from __future__ import annotations

import json
import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy import func, select

from ekinerja_desktop.db import Database
from ekinerja_desktop.errors import UserError
from ekinerja_desktop.models import AppMeta, OutboxEntry, Pegawai
from ekinerja_desktop.secrets import TokenStore
from ekinerja_desktop.services.blobs import BlobStore
from ekinerja_desktop.services.sync_queries import WAITING
from ekinerja_desktop.services.uow import ChangeSet, UnitOfWork
from ekinerja_desktop.settings import ProxySetting
from ekinerja_desktop.sync import protocol as p
from ekinerja_desktop.sync.client import SyncClient
from ekinerja_desktop.sync.engine import SyncEngine
from ekinerja_desktop.sync.scheduler import (
    INTERVAL_S,
    NeedsSignIn,
    RoundOutcome,
    Scheduler,
    SyncStatus,
)

log = logging.getLogger(__name__)


def default_blob_store(db: Database) -> BlobStore | None:
    """`blobs/` next to the database file (the app's `Paths` layout); None in memory."""
    database = db.engine.url.database
    if not database or database == ":memory:":
        return None
    return BlobStore(Path(database).resolve().parent / "blobs")


PENGGUNA_TERAKHIR = "sync.pengguna_terakhir"


@dataclass(frozen=True)
class Akun:
    """Who is signed in to which server on this installation."""

    nip: str
    nama: str
    pegawai_id: str | None
    server_url: str
    is_admin: bool = False


class SyncService:
    def __init__(
        self,
        db: Database,
        uow: UnitOfWork,
        tokens: TokenStore,
        *,
        app_version: str = "dev",
        transport: httpx.BaseTransport | None = None,
        rng: random.Random | None = None,
        interval_s: float = INTERVAL_S,
        debounce_s: float | None = None,
        blobs: BlobStore | None = None,
        proxy: ProxySetting | None = None,
    ) -> None:
        self.db = db
        self.proxy = proxy or ProxySetting()
        self.blobs = blobs if blobs is not None else default_blob_store(db)
        self.uow = uow
        self.tokens = tokens
        self.app_version = app_version
        self._transport = transport
        self._rng = rng
        self._interval_s = interval_s
        self._debounce_s = debounce_s
        self.akun: Akun | None = None
        self.client: SyncClient | None = None
        self.engine: SyncEngine | None = None
        self.scheduler: Scheduler | None = None
        self.on_status: Callable[[SyncStatus], None] = lambda _s: None
        self.on_changes: Callable[[ChangeSet], None] = lambda _c: None
        self.on_error: Callable[[BaseException], None] = lambda _e: None
        self._applying = threading.local()
        self._closed = False
        uow.subscribe(self._local_commit)

    # --- who ----------------------------------------------------------------------------------

    def last_user(self) -> Akun | None:
        """The last signed-in user of this installation (their local data opens offline)."""
        with self.uow.read() as session:
            meta = session.get(AppMeta, PENGGUNA_TERAKHIR)
            if meta is None:
                return None
            data = json.loads(meta.value)
        return Akun(**data) if isinstance(data, dict) else None

    def sign_in(self, server_url: str, nip: str, password: str, *, start: bool = True) -> Akun:
        """Sign in online; raises `LoginFailed` (message shown as is) or `TransientError`.
        `start=False` builds the engine without the scheduler (tests drive rounds)."""
        self.stop()
        client = self._client(server_url, nip)
        try:
            answer = p.TokenResponse.model_validate(
                client.login(p.PATH_LOGIN, {"nip": nip, "password": password})
            )
        except BaseException:
            client.close()
            raise
        account = answer.account
        akun = Akun(
            nip=account.nip,
            nama=account.nama or account.nip,
            pegawai_id=account.pegawai_id or self._pegawai_id(account.nip),
            server_url=client.base_url,
            is_admin=account.is_admin,
        )
        self._remember(akun)
        self._begin(akun, client, start)
        return akun

    def resume(self) -> Akun | None:
        """Continue as the last user when their refresh token is at hand (no network needed);
        None: ask for the password (or work offline on the local data)."""
        akun = self.last_user()
        if akun is None or self.tokens.get(akun.server_url, akun.nip) is None:
            return None
        self._begin(akun, self._client(akun.server_url, akun.nip), True)
        return akun

    def sign_out(self) -> None:
        akun = self.akun
        self.stop()
        if akun is not None:
            self.tokens.delete(akun.server_url, akun.nip)

    def _client(self, server_url: str, nip: str) -> SyncClient:
        url = server_url.rstrip("/")
        return SyncClient(
            url,
            refresh_token=lambda: self.tokens.get(url, nip),
            on_refresh_token=lambda token: self._keep_token(url, nip, token),
            transport=self._transport,
            proxy=self.proxy,
        )

    def set_proxy(self, proxy: ProxySetting) -> None:
        """The way to the server from now on: for the next sign-in, and for the running client
        from its next request (no restart, no lost round)."""
        self.proxy = proxy
        client = self.client
        if client is not None:
            client.set_proxy(proxy)

    def _keep_token(self, server_url: str, nip: str, token: str) -> None:
        self.tokens.set(server_url, nip, token)

    def _pegawai_id(self, nip: str) -> str | None:
        with self.uow.read() as session:
            return session.scalar(select(Pegawai.id).where(Pegawai.nip == nip))

    def _remember(self, akun: Akun) -> None:
        with self.db.write_session() as session, session.begin():
            session.merge(AppMeta(key=PENGGUNA_TERAKHIR, value=json.dumps(akun.__dict__)))

    # --- running ------------------------------------------------------------------------------

    def _begin(self, akun: Akun, client: SyncClient, start: bool) -> None:
        self.akun = akun
        self.client = client
        self.engine = SyncEngine(
            self.db, client, akun.nip, app_version=self.app_version, blobs=self.blobs
        )
        if not start:
            return
        extra = {} if self._debounce_s is None else {"debounce_s": self._debounce_s}
        self.scheduler = Scheduler(
            self._round,
            on_status=lambda status: self.on_status(status),
            on_error=self._round_failed,
            rng=self._rng,
            interval_s=self._interval_s,
            **extra,
        )
        self.scheduler.set_pending(self.waiting())
        self.scheduler.start()

    def stop(self) -> None:
        scheduler, self.scheduler = self.scheduler, None
        if scheduler is not None:
            scheduler.stop()
        if self.client is not None:
            self.client.close()
        self.client = None
        self.engine = None
        self.akun = None

    def close(self) -> None:
        self.stop()
        if not self._closed:
            self._closed = True
            self.uow.unsubscribe(self._local_commit)

    def sync_now(self) -> bool:
        """ "Sinkronkan sekarang"; False when nobody is signed in."""
        if self.scheduler is None:
            return False
        self.scheduler.sync_now()
        return True

    def network_returned(self) -> None:
        """The link came back (the OS's reachability): sync now, if someone is signed in."""
        if self.scheduler is not None:
            self.scheduler.network_returned()

    def unduh_berkas(
        self, sha256: str, progress: Callable[[int, int, str], None] | None = None
    ) -> Path:
        """A bukti dukung file attached on another computer, downloaded (resumably) the first
        time it is opened; `UserError` when offline-only or the server does not have it yet."""
        if self.blobs is not None and self.blobs.exists(sha256):
            return self.blobs.path(sha256)
        engine = self.engine
        if engine is None:
            raise UserError("Masuk ke server terlebih dahulu untuk mengunduh berkas ini.")
        if progress is None:
            return engine.download_blob(sha256)
        return engine.download_blob(sha256, progress)

    @property
    def status(self) -> SyncStatus:
        return self.scheduler.status if self.scheduler is not None else SyncStatus()

    def waiting(self) -> int:
        with self.uow.read() as session:
            return int(
                session.scalar(
                    select(func.count())
                    .select_from(OutboxEntry)
                    .where(OutboxEntry.state.in_(WAITING))
                )
                or 0
            )

    def _round(
        self, progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]
    ) -> RoundOutcome:
        engine = self.engine
        assert engine is not None
        result = engine.run_round(progress, cancelled)
        if result.changes:
            self._applying.active = True
            try:
                self.uow.notify(result.changes)
            finally:
                self._applying.active = False
            self.on_changes(result.changes)
        return result.outcome()

    def _round_failed(self, error: BaseException) -> None:
        engine = self.engine
        if engine is not None and not isinstance(error, NeedsSignIn):
            try:
                engine.record_error(str(error) or type(error).__name__)
            except Exception:  # the database itself may be what failed
                log.exception("could not record the sync error")
        self.on_error(error)

    def _local_commit(self, _changes: ChangeSet) -> None:
        """A commit of a service (a new outbox row, usually): push it soon."""
        if getattr(self._applying, "active", False) or self.scheduler is None:
            return
        self.scheduler.set_pending(self.waiting())
        self.scheduler.outbox_changed()

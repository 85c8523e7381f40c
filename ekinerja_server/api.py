"""The `/v1` endpoints of SYNC.md: sign-in, hello, push, pull and issue resolution.

Route functions are plain `def`: FastAPI runs them in its thread pool, so blocking database
work never stalls the event loop. They translate between HTTP and the modules that do the
work (`security`, `push`, `pull`), and never log a token, a password or a payload.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from fastapi import APIRouter, Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from ekinerja_desktop.domain.penilaian import BATAS_UKURAN_BERKAS
from ekinerja_desktop.models import Pegawai
from ekinerja_desktop.models.base import utcnow
from ekinerja_desktop.sync import protocol as p
from ekinerja_server import security, testhooks
from ekinerja_server.http import ApiError, server_now
from ekinerja_server.migrate import read_server_epoch
from ekinerja_server.models import Akun, Client, SeqCounter, ServerIssue
from ekinerja_server.pull import ClientError, ResyncError, handle_pull, issue_model
from ekinerja_server.push import (
    ClientMismatchError,
    UnknownClientError,
    handle_push,
    write_session,
)
from ekinerja_server.scope import Who, load_who

log = logging.getLogger(__name__)

RESYNC_MESSAGES = {
    "cursor_expired": "Data lokal terlalu lama tidak disinkronkan; memuat ulang data dari server.",
    "scope_changed": "Cakupan data Anda berubah; memuat ulang data dari server.",
    "schema_changed": "Struktur data server berubah; memuat ulang data dari server.",
}


@dataclass
class ServerState:
    engine: Engine
    read: sessionmaker[Session]
    write: sessionmaker[Session]  # BEGIN IMMEDIATE on SQLite
    epoch: str
    secret: bytes
    clock: Callable[[], datetime] = utcnow
    max_batch_ops: int = p.DEFAULT_MAX_BATCH_OPS
    max_batch_bytes: int = p.DEFAULT_MAX_BATCH_BYTES
    blob_dir: Path | None = None  # attachments (None: the blob endpoints answer 503)
    max_blob_bytes: int = BATAS_UKURAN_BERKAS


def _state(request: Request) -> ServerState:
    state: ServerState = request.app.state.server
    if not state.secret or not state.epoch:
        # The database was not ready when the app started: try again now.
        try:
            with state.write() as session, session.begin():
                state.secret = security.token_secret(session)
                state.epoch = read_server_epoch(session.connection()) or ""
            request.app.state.server_epoch = state.epoch
        except SQLAlchemyError:
            state.secret = b""
        if not state.secret or not state.epoch:
            raise ApiError("unavailable", "Basis data server belum siap; coba lagi nanti.")
    return state


_bearer = HTTPBearer(auto_error=False)


def current_akun(
    request: Request,
    credentials: HTTPAuthorizationCredentials | None = Depends(_bearer),  # noqa: B008
) -> Akun:
    state = _state(request)
    if credentials is None:
        raise ApiError("unauthorized", "Masuk terlebih dahulu.")
    claims = security.read_access_token(state.secret, credentials.credentials)
    if claims is None:
        raise ApiError("unauthorized", "Sesi berakhir; masuk kembali.")
    with state.read() as session:
        akun = session.get(Akun, claims.akun_id)
    if akun is None or not akun.is_active:
        raise ApiError("account_disabled", "Akun ini tidak aktif.")
    return akun


def _account(session: Session, akun: Akun) -> p.AccountInfo:
    nama = session.scalar(select(Pegawai.nama).where(Pegawai.id == akun.pegawai_id))
    return p.AccountInfo(
        akun_id=akun.id, nip=akun.nip, nama=nama, pegawai_id=akun.pegawai_id, is_admin=akun.is_admin
    )


def _who_loader(akun: Akun, today: datetime) -> Callable[[Session], Who]:
    return lambda session: load_who(session, akun.pegawai_id, akun.is_admin, today.date())


def _check_versions(protocol: int, schema_version: int) -> None:
    if protocol < p.PROTOCOL_VERSION or schema_version < p.MIN_SCHEMA_VERSION:
        raise ApiError("upgrade_required", p.UPGRADE_REQUIRED_MESSAGE)
    if protocol > p.PROTOCOL_VERSION or schema_version > p.SCHEMA_VERSION:
        raise ApiError(
            "server_outdated",
            "Server belum mendukung versi aplikasi ini; perubahan Anda tetap tersimpan.",
        )


router = APIRouter(prefix="/v1")


# --- auth -----------------------------------------------------------------------------------


@router.post(p.PATH_LOGIN.removeprefix("/v1"), response_model=p.TokenResponse)
def login(body: p.LoginRequest, request: Request) -> p.TokenResponse:
    state = _state(request)
    address = request.client.host if request.client else None
    keys = security.throttle_keys(body.nip, address)
    with state.write() as session, session.begin():
        wait = security.blocked_for(session, keys)
    if wait > 0:
        raise ApiError(
            "too_many_attempts",
            f"Terlalu banyak percobaan masuk; coba lagi dalam {max(1, round(wait))} detik.",
            retry_after=wait,
        )
    with state.read() as session:
        akun = session.scalar(select(Akun).where(Akun.nip == body.nip.strip()))
    # Verify even for an unknown NIP: both answers then take the same time.
    ok = security.verify_password(akun.password_hash if akun else None, body.password)
    failed_delay: float | None = None
    with state.write() as session, session.begin():
        if not ok or akun is None:
            failed_delay = security.record_failure(session, keys)
        elif akun.is_active:
            security.record_success(session, keys[0])
            refresh = security.issue_refresh_token(session, akun.id, device_name=body.device_name)
            account = _account(session, akun)
    if failed_delay is not None or akun is None:
        log.info("login failed", extra={"fields": {"delay_s": failed_delay}})
        raise ApiError(
            "invalid_credentials", "NIP atau kata sandi salah.", retry_after=failed_delay or None
        )
    if not akun.is_active:
        raise ApiError("account_disabled", "Akun ini tidak aktif.")
    log.info("login", extra={"fields": {"akun": akun.id}})
    return _tokens(state, akun.id, refresh, account)


def _tokens(
    state: ServerState, akun_id: str, refresh: str, account: p.AccountInfo
) -> p.TokenResponse:
    return p.TokenResponse(
        access_token=security.make_access_token(state.secret, akun_id),
        expires_in=p.ACCESS_TOKEN_TTL_S,
        refresh_token=refresh,
        refresh_expires_in=int(security.REFRESH_TOKEN_TTL.total_seconds()),
        account=account,
        server_time=server_now(),
        server_epoch=state.epoch,
    )


@router.post(p.PATH_REFRESH.removeprefix("/v1"), response_model=p.TokenResponse)
def refresh(body: p.RefreshRequest, request: Request) -> p.TokenResponse:
    state = _state(request)
    try:
        with state.write() as session, session.begin():
            akun_id, token = security.rotate_refresh_token(
                session, body.refresh_token, state.secret
            )
            akun = session.get(Akun, akun_id)
            if akun is None or not akun.is_active:
                raise ApiError("account_disabled", "Akun ini tidak aktif.")
            account = _account(session, akun)
    except security.RefreshError as error:
        if error.code == "refresh_reused":
            # The revocation above was rolled back with the raise: write it on its own.
            with state.write() as session, session.begin():
                security.revoke_refresh_family(session, body.refresh_token)
            raise ApiError(
                "refresh_reused", "Sesi ini dipakai di tempat lain; masuk kembali."
            ) from None
        raise ApiError("refresh_invalid", "Sesi berakhir; masuk kembali.") from None
    return _tokens(state, akun_id, token, account)


@router.post(p.PATH_LOGOUT.removeprefix("/v1"), status_code=204)
def logout(body: p.RefreshRequest, request: Request) -> None:
    state = _state(request)
    with state.write() as session, session.begin():
        security.revoke_refresh_family(session, body.refresh_token)


# --- sync -----------------------------------------------------------------------------------


@router.post(p.PATH_HELLO.removeprefix("/v1"), response_model=p.HelloResponse)
def hello(
    body: p.HelloRequest,
    request: Request,
    akun: Akun = Depends(current_akun),  # noqa: B008
) -> p.HelloResponse:
    state = _state(request)
    if body.user_nip.strip() != akun.nip:
        raise ApiError(
            "client_user_mismatch", "Perangkat ini terdaftar untuk pengguna lain; masuk kembali."
        )
    _check_versions(body.protocol, body.schema_version)
    with state.write() as session, session.begin():
        client = session.get(Client, body.client_id)
        if client is None:
            client = Client(client_id=body.client_id, akun_id=akun.id, last_seq=0)
            session.add(client)
            log.info("client registered", extra={"fields": {"client_id": body.client_id}})
        elif client.akun_id != akun.id:
            raise ApiError(
                "client_user_mismatch",
                "Perangkat ini terdaftar untuk pengguna lain; masuk kembali.",
            )
        last_seq = client.last_seq
        account = _account(session, akun)
    return p.HelloResponse(
        server_time=server_now(),
        server_epoch=state.epoch,
        schema_supported=list(range(p.MIN_SCHEMA_VERSION, p.SCHEMA_VERSION + 1)),
        protocol_supported=[p.PROTOCOL_VERSION],
        last_seq_for_client=last_seq,
        max_batch_ops=state.max_batch_ops,
        max_batch_bytes=state.max_batch_bytes,
        epoch_changed=body.known_epoch is not None and body.known_epoch != state.epoch,
        account=account,
    )


@router.post(
    p.PATH_PUSH.removeprefix("/v1"),
    response_model=p.PushResponse,
    response_model_exclude_none=True,  # absent = null: most results are just status + version
)
def push(
    body: p.PushRequest,
    request: Request,
    akun: Akun = Depends(current_akun),  # noqa: B008
) -> p.PushResponse:
    state = _state(request)
    _check_versions(p.PROTOCOL_VERSION, body.schema_version)
    for op in body.ops:
        if op.schema_version is not None:
            _check_versions(p.PROTOCOL_VERSION, op.schema_version)
    if len(body.ops) > state.max_batch_ops:
        raise ApiError(
            "batch_too_large", f"Paling banyak {state.max_batch_ops} operasi per kiriman."
        )
    now = state.clock()
    try:
        outcome = handle_push(
            state.write,
            _who_loader(akun, now),
            akun.id,
            body,
            clock=state.clock,
            max_blob_bytes=state.max_blob_bytes,
        )
    except UnknownClientError:
        raise ApiError("unknown_client", "Perangkat belum terdaftar; kirim hello.") from None
    except ClientMismatchError:
        raise ApiError(
            "client_user_mismatch", "Perangkat ini terdaftar untuk pengguna lain."
        ) from None
    testhooks.reached("push.after_commit")  # a fault test's kill: committed, answer lost
    return p.PushResponse(
        server_time=server_now(),
        server_epoch=state.epoch,
        last_seq=outcome.last_seq,
        results=outcome.results,
        expected_seq=outcome.expected_seq,
    )


@router.post(
    p.PATH_PULL.removeprefix("/v1"),
    response_model=p.PullResponse,
    response_model_exclude_none=True,  # top-level only: null values inside `fields` stay
    responses={410: {"model": p.ResyncRequired}},
)
def pull(
    body: p.PullRequest,
    request: Request,
    akun: Akun = Depends(current_akun),  # noqa: B008
) -> p.PullResponse:
    state = _state(request)
    now = state.clock()
    try:
        page = handle_pull(
            state.read,
            state.write,
            _who_loader(akun, now),
            akun.id,
            body.client_id,
            body.cursor,
            body.limit_rows,
            now,
        )
    except ResyncError as error:
        raise ApiError(
            "resync_required", RESYNC_MESSAGES[error.reason], extra={"reason": error.reason}
        ) from None
    except ClientError as error:
        if error.code == "unknown_client":
            raise ApiError("unknown_client", "Perangkat belum terdaftar; kirim hello.") from None
        raise ApiError("client_user_mismatch", "Perangkat ini milik pengguna lain.") from None
    return p.PullResponse(
        server_time=server_now(),
        server_epoch=state.epoch,
        changes=page.changes,
        removed=page.removed,
        issues=page.issues,
        acked=p.PullAcked(last_seq=page.last_seq),
        cursor=page.cursor,
        has_more=page.has_more,
    )


@router.get(p.PATH_ISSUES.removeprefix("/v1"), response_model=p.IssueListResponse)
def issues(
    request: Request,
    akun: Akun = Depends(current_akun),  # noqa: B008
) -> p.IssueListResponse:
    """The user's open issues, whatever device they came from."""
    state = _state(request)
    with state.read() as session:
        rows = session.scalars(
            select(ServerIssue)
            .where(ServerIssue.akun_id == akun.id, ServerIssue.resolution.is_(None))
            .order_by(ServerIssue.server_seq)
        ).all()
        found = [issue_model(row) for row in rows]
    return p.IssueListResponse(server_time=server_now(), server_epoch=state.epoch, issues=found)


@router.post(p.PATH_ISSUE_RESOLVE.removeprefix("/v1"), response_model=p.IssueResponse)
def resolve_issue(
    issue_id: str,
    body: p.IssueResolveRequest,
    request: Request,
    akun: Akun = Depends(current_akun),  # noqa: B008
) -> p.IssueResponse:
    """Record "pakai punya saya" / "pakai versi server"; idempotent (the first answer stays)."""
    state = _state(request)
    with write_session(state.write) as session:
        row = session.get(ServerIssue, issue_id)
        if row is None or row.akun_id != akun.id:
            raise ApiError("not_found", "Konflik tidak ditemukan.")
        if row.resolution is None:
            seq = session.execute(
                update(SeqCounter)
                .where(SeqCounter.id == 1)
                .values(value=SeqCounter.value + 1)
                .returning(SeqCounter.value)
            ).scalar_one()
            row.resolution = body.resolution
            row.resolved_op_id = body.op_id
            row.resolved_at = state.clock()
            row.server_seq = seq
        issue = issue_model(row)
    return p.IssueResponse(server_time=server_now(), server_epoch=state.epoch, issue=issue)

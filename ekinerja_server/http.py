"""HTTP plumbing: gzip'd request bodies, the server_time/server_epoch headers, error bodies."""

from __future__ import annotations

import logging
import zlib
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ekinerja_desktop.sync.protocol import (
    ERROR_STATUS,
    HEADER_SERVER_EPOCH,
    HEADER_SERVER_TIME,
    ErrorBody,
)

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 32 * 1024 * 1024  # decompressed; a gzip bomb stops here


def server_now() -> datetime:
    return datetime.now(UTC)


class ApiError(Exception):
    """An error answer: `code` (protocol ErrorCode), Indonesian `message`."""

    def __init__(
        self,
        code: str,
        message: str,
        status: int | None = None,
        retry_after: float | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(code)
        self.code = code
        self.message = message
        self.status = status or ERROR_STATUS.get(code, 400)
        self.retry_after = retry_after
        self.extra = dict(extra or {})


def error_response(request: Request, error: ApiError) -> JSONResponse:
    body = ErrorBody(
        code=error.code,
        message=error.message,
        server_time=server_now(),
        server_epoch=getattr(request.app.state, "server_epoch", None),
        retry_after=error.retry_after,
    ).model_dump(mode="json", exclude_none=True)
    body.update(error.extra)
    headers = {}
    if error.retry_after is not None:
        headers["Retry-After"] = str(max(1, round(error.retry_after)))
    if error.status == 401:
        headers["WWW-Authenticate"] = "Bearer"
    return JSONResponse(status_code=error.status, content=body, headers=headers)


async def api_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(request, exc)


async def database_error_handler(request: Request, exc: Exception) -> JSONResponse:
    """The database is down or busy beyond its timeout: transient for the client."""
    log.warning("database error", extra={"fields": {"error": type(exc).__name__}})
    error = ApiError(
        "unavailable", "Server sibuk atau basis data tidak tersedia; coba lagi.", retry_after=30
    )
    return error_response(request, error)


async def server_error_handler(request: Request, exc: Exception) -> JSONResponse:
    log.error("unexpected error", exc_info=exc)
    return error_response(request, ApiError("server_error", "Terjadi galat di server."))


async def validation_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    # The field locations only: values may hold passwords.
    where = sorted({".".join(str(p) for p in e.get("loc", ())) for e in exc.errors()})
    error = ApiError(
        "invalid_request",
        "Permintaan tidak valid: " + ", ".join(where[:10]),
        extra={"details": {"fields": where[:50]}},
    )
    return error_response(request, error)


class StampMiddleware:
    """`X-Server-Time` and `X-Server-Epoch` on every response, errors included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def stamped(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append(
                    (HEADER_SERVER_TIME.lower().encode(), server_now().isoformat().encode())
                )
                epoch = (
                    getattr(scope["app"].state, "server_epoch", None) if "app" in scope else None
                )
                if epoch:
                    headers.append((HEADER_SERVER_EPOCH.lower().encode(), str(epoch).encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, stamped)


class GzipRequestMiddleware:
    """Accept `Content-Encoding: gzip` request bodies (pushes are gzip'd on slow links)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        encoding = headers.get(b"content-encoding", b"").decode().strip().lower()
        if encoding not in ("gzip", "x-gzip"):
            await self.app(scope, receive, send)
            return
        compressed = bytearray()
        more = True
        while more:
            message = await receive()
            compressed += message.get("body", b"")
            more = message.get("more_body", False)
            if len(compressed) > MAX_BODY_BYTES:
                await _plain_error(send, 413, "batch_too_large", "Permintaan terlalu besar.")
                return
        try:
            body = _gunzip(bytes(compressed))
        except (OSError, EOFError, zlib.error, ValueError):
            await _plain_error(send, 400, "invalid_request", "Isi gzip rusak.")
            return
        new_headers = [
            (k, v) for k, v in scope["headers"] if k not in (b"content-encoding", b"content-length")
        ]
        new_headers.append((b"content-length", str(len(body)).encode()))
        scope = {**scope, "headers": new_headers}
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


def _gunzip(data: bytes) -> bytes:
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = decompressor.decompress(data, MAX_BODY_BYTES + 1)
    if len(out) > MAX_BODY_BYTES or decompressor.unconsumed_tail:
        raise ValueError("too large")
    if not decompressor.eof:
        raise EOFError("truncated gzip")
    return out


async def _plain_error(send: Send, status: int, code: str, message: str) -> None:
    body = ErrorBody(code=code, message=message, server_time=server_now()).model_dump_json(
        exclude_none=True
    )
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json")],
        }
    )
    await send({"type": "http.response.body", "body": body.encode()})

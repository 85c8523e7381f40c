"""The FastAPI application: health check, request logging, and the `/v1` sync API."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ekinerja_server import security
from ekinerja_server.api import ServerState, router
from ekinerja_server.blob_api import router as blob_router
from ekinerja_server.config import Settings
from ekinerja_server.db import create_server_engine, create_sessionmaker
from ekinerja_server.http import (
    ApiError,
    GzipRequestMiddleware,
    StampMiddleware,
    api_error_handler,
    database_error_handler,
    server_error_handler,
    validation_error_handler,
)
from ekinerja_server.logging_setup import setup_logging
from ekinerja_server.migrate import read_server_epoch

log = logging.getLogger(__name__)
request_log = logging.getLogger("ekinerja_server.request")


class Health(BaseModel):
    status: str
    server_time: datetime
    server_epoch: str


class Unavailable(BaseModel):
    status: str
    server_time: datetime
    detail: str


class RequestLogMiddleware:
    """One log line per request: method, path, status, duration.

    Deliberately never headers, query string or body: they carry tokens and passwords.
    A plain ASGI middleware (not BaseHTTPMiddleware), so streamed bodies stay streamed.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500  # what the client gets if the app raises before answering

        async def send_and_note_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_and_note_status)
        finally:
            fields = {
                "method": scope["method"],
                "path": scope["path"],
                "status": status,
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
            }
            request_log.info("request", extra={"fields": fields})


def create_app(settings: Settings, engine: Engine | None = None) -> FastAPI:
    """The app over an already migrated database (`serve` migrates before calling this)."""
    db_engine = engine if engine is not None else create_server_engine(settings.database_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if engine is None:  # a caller's engine is the caller's to close
            db_engine.dispose()

    app = FastAPI(title="ekinerja-server", version=_package_version(), lifespan=lifespan)
    app.state.server = _server_state(db_engine)
    app.state.server.blob_dir = settings.blobs()
    app.state.server.max_blob_bytes = settings.max_blob_bytes
    app.state.server_epoch = app.state.server.epoch
    app.include_router(router)
    app.include_router(blob_router)
    app.add_exception_handler(ApiError, api_error_handler)
    app.add_exception_handler(RequestValidationError, validation_error_handler)
    app.add_exception_handler(SQLAlchemyError, database_error_handler)
    app.add_exception_handler(Exception, server_error_handler)
    # Outermost last: log → stamp headers → gzip responses → gunzip requests → routes.
    app.add_middleware(GzipRequestMiddleware)
    app.add_middleware(GZipMiddleware, minimum_size=512)
    app.add_middleware(StampMiddleware)
    app.add_middleware(RequestLogMiddleware)

    # A plain `def`: FastAPI runs it in its thread pool, so the blocking query does not
    # stall the event loop.
    @app.get("/healthz", response_model=Health, responses={503: {"model": Unavailable}})
    def healthz() -> Health | JSONResponse:
        now = datetime.now(UTC)
        try:
            # Reading the epoch proves more than `SELECT 1`: the database answers *and* is
            # one of ours, migrated.
            with db_engine.connect() as connection:
                epoch = read_server_epoch(connection)
        except SQLAlchemyError as error:
            log.warning("healthz: database unavailable (%s)", type(error).__name__)
            epoch = None
        if epoch is None:
            body = Unavailable(
                status="unavailable", server_time=now, detail="basis data tidak dapat digunakan"
            )
            return JSONResponse(status_code=503, content=body.model_dump(mode="json"))
        return Health(status="ok", server_time=now, server_epoch=epoch)

    return app


ENV_PREFIX = "EKINERJA_SERVER_"


def settings_env(settings: Settings) -> dict[str, str]:
    """The settings as environment variables, for worker processes (`serve --workers`)."""
    return {
        f"{ENV_PREFIX}DATABASE_URL": settings.database_url,
        f"{ENV_PREFIX}BLOB_DIR": str(settings.blobs()),
        f"{ENV_PREFIX}MAX_BLOB_BYTES": str(settings.max_blob_bytes),
    }


def app_from_env() -> FastAPI:
    """The app of one worker process, from `settings_env` (uvicorn's factory)."""
    setup_logging()  # a worker is a new process: the same JSON log as the parent
    return create_app(
        Settings(
            database_url=os.environ[f"{ENV_PREFIX}DATABASE_URL"],
            blob_dir=Path(os.environ[f"{ENV_PREFIX}BLOB_DIR"]),
            max_blob_bytes=int(os.environ[f"{ENV_PREFIX}MAX_BLOB_BYTES"]),
        )
    )


def _server_state(engine: Engine) -> ServerState:
    """Sessions (writes take the lock at BEGIN on SQLite), the epoch and the token key."""
    write_engine = engine.execution_options(sqlite_immediate=True)
    write = create_sessionmaker(write_engine)
    epoch = ""
    try:
        with write() as session, session.begin():
            secret = security.token_secret(session)
            epoch = read_server_epoch(session.connection()) or ""
    except SQLAlchemyError:
        # An unmigrated or unreachable database: /healthz says so; the API answers 5xx.
        log.warning("database not ready at start")
        secret = b""
    return ServerState(
        engine=engine, read=create_sessionmaker(engine), write=write, epoch=epoch, secret=secret
    )


def _package_version() -> str:
    try:
        return version("ekinerja-desktop")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"

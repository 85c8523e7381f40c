"""The server skeleton over real HTTP, against real server processes (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from ekinerja_desktop.models import Base as DesktopBase
from ekinerja_server.db import create_server_engine
from ekinerja_server.migrate import include_object, upgrade
from ekinerja_server.models import ServerBase
from tests.pg import free_port, new_database, throwaway_postgres
from tests.server.processes import StartServer

ALL_METADATA = [DesktopBase.metadata, ServerBase.metadata]


def _health(base_url: str) -> dict[str, Any]:
    response = httpx.get(f"{base_url}/healthz", timeout=10)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ekinerja_server", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_healthz_and_openapi(
    make_database_url: Callable[[], str], server_process: StartServer
) -> None:
    server = server_process(make_database_url())

    body = _health(server.url)
    assert body["status"] == "ok"
    server_time = datetime.fromisoformat(body["server_time"])
    assert server_time.utcoffset() == timedelta(0)
    assert abs(server_time - datetime.now(UTC)) < timedelta(minutes=1)
    uuid.UUID(body["server_epoch"])

    openapi = httpx.get(f"{server.url}/openapi.json", timeout=10).json()
    assert "/healthz" in openapi["paths"]


def test_server_epoch_is_stable_across_restarts_and_new_per_database(
    make_database_url: Callable[[], str], server_process: StartServer
) -> None:
    database = make_database_url()
    first = server_process(database)
    epoch = _health(first.url)["server_epoch"]
    first.stop()

    restarted = server_process(database)
    assert _health(restarted.url)["server_epoch"] == epoch
    restarted.stop()

    other = server_process(make_database_url())
    assert _health(other.url)["server_epoch"] != epoch


def test_serve_without_arguments_uses_the_sqlite_default(
    server_process: StartServer, tmp_path: Path
) -> None:
    # platformdirs honours XDG_DATA_HOME on Linux: the default lands in tmp_path, not $HOME.
    if not sys.platform.startswith("linux"):
        pytest.skip("XDG_DATA_HOME redirects the data folder only on Linux")
    server = server_process(None, env={"XDG_DATA_HOME": str(tmp_path / "xdg")})
    assert _health(server.url)["status"] == "ok"
    assert (tmp_path / "xdg" / "ekinerja-server" / "server.db").is_file()


@pytest.mark.slow
def test_migrate_creates_every_table_on_postgresql(pg_url: str) -> None:
    database = new_database(pg_url, "migrate_every_table")
    result = _run_cli("migrate", "--database-url", database)
    assert result.returncode == 0, result.stderr

    engine = create_server_engine(database)
    try:
        tables = set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
    expected = {name for metadata in ALL_METADATA for name in metadata.tables}
    assert expected <= tables, f"missing: {sorted(expected - tables)}"
    assert "alembic_version" in tables


def test_migrations_match_the_models(make_database_url: Callable[[], str]) -> None:
    """Fails when a model changed without a new server migration: run autogenerate."""
    database = make_database_url()
    upgrade(database)
    engine = create_server_engine(database)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={
                    "target_metadata": ALL_METADATA,
                    "compare_type": True,
                    "include_object": include_object,  # as env.py: desktop-only tables aside
                },
            )
            # Alembic accepts a list of metadata here (as in env.py); its annotation says one.
            differences = compare_metadata(context, ALL_METADATA)  # type: ignore[arg-type]
    finally:
        engine.dispose()
    assert differences == []


def test_request_log_never_contains_secrets(server_process: StartServer, tmp_path: Path) -> None:
    server = server_process(f"sqlite:///{tmp_path / 'server.db'}")
    httpx.get(
        f"{server.url}/healthz?token=SECRET456",
        headers={"Authorization": "Bearer SECRET123"},
        timeout=10,
    )
    httpx.post(
        f"{server.url}/v1/auth/login",
        json={"nip": "199001012020011001", "password": "SECRET789"},
        headers={"Authorization": "Bearer SECRET123"},
        timeout=10,
    )
    server.stop()  # the line is written after the response: stop first, then read

    log = server.log()
    for secret in ("SECRET123", "SECRET456", "SECRET789"):
        assert secret not in log
    entries = [json.loads(line) for line in log.splitlines() if line.strip()]
    requests = [e for e in entries if e["logger"] == "ekinerja_server.request"]
    # Before these two: the fixture's readiness probe(s).
    assert [(e["method"], e["path"], e["status"]) for e in requests[-2:]] == [
        ("GET", "/healthz", 200),
        ("POST", "/v1/auth/login", 401),  # an unknown NIP: refused, and nothing logged of it
    ]
    assert all(isinstance(e["duration_ms"], float) for e in requests)


@pytest.mark.slow
def test_serve_with_unreachable_postgresql_exits_with_a_clear_message() -> None:
    port = free_port()  # nothing listens there
    result = _run_cli(
        "serve",
        "--port",
        str(free_port()),
        "--database-url",
        f"postgresql://ekinerja:SECRETPW@127.0.0.1:{port}/ekinerja",
    )
    assert result.returncode != 0
    assert "Tidak dapat terhubung ke basis data" in result.stderr
    assert f"127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr
    assert "SECRETPW" not in result.stderr + result.stdout


@pytest.mark.slow
def test_healthz_answers_503_when_the_database_goes_away(server_process: StartServer) -> None:
    with throwaway_postgres() as url:
        server = server_process(url)
        assert _health(server.url)["status"] == "ok"
    # That PostgreSQL is stopped and deleted now; the server must say so, quickly.
    response = httpx.get(f"{server.url}/healthz", timeout=30)
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert "server_time" in body

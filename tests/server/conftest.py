"""Server test fixtures: a throwaway PostgreSQL and real `ekinerja-server serve` processes."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.pg import free_port, new_database, throwaway_postgres

SERVER_START_TIMEOUT_S = 30
SERVER_STOP_TIMEOUT_S = 10


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """One PostgreSQL server for the whole session; tests make their own databases in it."""
    with throwaway_postgres() as url:
        yield url


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)],
)
def make_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[], str]:
    """A factory of URLs of new, empty databases, on each backend the server supports."""
    numbers = itertools.count(1)
    if request.param == "sqlite":
        return lambda: f"sqlite:///{tmp_path / f'server{next(numbers)}.db'}"
    server_url: str = request.getfixturevalue("pg_url")
    return lambda: new_database(server_url, f"test_{uuid.uuid4().hex}")


@dataclass
class RunningServer:
    url: str
    process: subprocess.Popen[bytes]
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8")

    def stop(self) -> None:
        # SIGTERM: uvicorn finishes open requests and runs the app's shutdown.
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(SERVER_STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


StartServer = Callable[..., RunningServer]


@pytest.fixture
def server_process(tmp_path: Path) -> Iterator[StartServer]:
    """Start `python -m ekinerja_server serve` as a real process, ready once /healthz answers.

    Call it with a database URL (None: the built-in SQLite default) and optional extra
    environment variables; every server still running is stopped at teardown.
    """
    started: list[RunningServer] = []

    def start(database_url: str | None, env: Mapping[str, str] | None = None) -> RunningServer:
        port = free_port()
        command = [sys.executable, "-m", "ekinerja_server", "serve", "--port", str(port)]
        if database_url is not None:
            command += ["--database-url", database_url]
        log_path = tmp_path / f"server-{len(started) + 1}.log"
        # Output into a file, not a pipe: a full pipe would block the server, and the file
        # stays readable after the process ends.
        with log_path.open("wb") as log:
            process = subprocess.Popen(
                command,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=None if env is None else {**os.environ, **env},
            )
        server = RunningServer(f"http://127.0.0.1:{port}", process, log_path)
        started.append(server)
        _wait_until_healthy(server)
        return server

    yield start
    for server in started:
        server.stop()


def _wait_until_healthy(server: RunningServer) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            pytest.fail(f"server exited with {server.process.returncode}:\n{server.log()}")
        try:
            if httpx.get(f"{server.url}/healthz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass  # not listening yet
        time.sleep(0.1)
    server.stop()
    pytest.fail(f"server not healthy after {SERVER_START_TIMEOUT_S} s:\n{server.log()}")

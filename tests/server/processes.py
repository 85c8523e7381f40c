"""Real `ekinerja-server serve` processes for tests (used by the `server_process` fixture)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import httpx

from tests.pg import free_port

SERVER_START_TIMEOUT_S = 30
SERVER_STOP_TIMEOUT_S = 10


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


# start(database_url, env=None): None as URL means the built-in SQLite default.
StartServer = Callable[..., RunningServer]


def start_server(
    database_url: str | None, log_path: Path, env: Mapping[str, str] | None = None
) -> RunningServer:
    """Start a server on a free port and return once /healthz answers 200 (bounded)."""
    port = free_port()
    command = [sys.executable, "-m", "ekinerja_server", "serve", "--port", str(port)]
    if database_url is not None:
        command += ["--database-url", database_url]
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
    try:
        _wait_until_healthy(server)
    except BaseException:
        server.stop()
        raise
    return server


def _wait_until_healthy(server: RunningServer) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"server exited with {server.process.returncode}:\n{server.log()}")
        try:
            if httpx.get(f"{server.url}/healthz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass  # not listening yet
        time.sleep(0.1)
    raise RuntimeError(f"server not healthy after {SERVER_START_TIMEOUT_S} s:\n{server.log()}")

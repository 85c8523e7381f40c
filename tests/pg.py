"""A throwaway PostgreSQL server for tests: initdb in a temp folder, a free port, removed after.

Needs the PostgreSQL server binaries (Debian/Ubuntu: `apt-get install postgresql`, which puts
them in /usr/lib/postgresql/<version>/bin, not on PATH; `.ci/run` installs it).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import make_url

START_TIMEOUT_S = 30
STOP_TIMEOUT_S = 15
SERVICE_USER = "postgres"  # created by the Debian/Ubuntu package


def find_postgres_bin() -> Path | None:
    """The folder holding `initdb` and `postgres`: PATH first, then the newest Debian install."""
    on_path = shutil.which("initdb")
    if on_path:
        folder = Path(on_path).resolve().parent
        if (folder / "postgres").exists():
            return folder
    candidates = [p.parent for p in Path("/usr/lib/postgresql").glob("*/bin/initdb")]
    candidates = [c for c in candidates if (c / "postgres").exists()]
    if not candidates:
        return None
    return max(candidates, key=lambda c: _version_key(c.parent.name))


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", name))


def free_port() -> int:
    # The OS picks a free port; the tiny race until postgres binds it is acceptable in tests.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _run_as_service_user() -> dict[str, Any]:
    """Popen arguments that drop root: PostgreSQL refuses to run as root.

    Not `runuser`: it does not pass SIGINT on to postgres, and killing it leaves postgres
    running as an orphan; with `user=` the process we hold *is* postgres.
    """
    if os.name != "posix" or os.geteuid() != 0:
        return {}
    import pwd  # POSIX only; imported here so this module still loads on Windows

    try:
        account = pwd.getpwnam(SERVICE_USER)
    except KeyError:
        raise RuntimeError(
            f"running as root but there is no {SERVICE_USER!r} user to run PostgreSQL as"
        ) from None
    return {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}


@contextlib.contextmanager
def throwaway_postgres() -> Iterator[str]:
    """Start a private PostgreSQL and yield a SQLAlchemy URL to a fresh database in it.

    Skips the test only when no PostgreSQL binaries exist at all.
    """
    bin_dir = find_postgres_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL server binaries not found (install the `postgresql` package)")
    as_service_user = _run_as_service_user()
    root = Path(tempfile.mkdtemp(prefix="ekinerja-pg-"))
    process: subprocess.Popen[bytes] | None = None
    try:
        if as_service_user:
            os.chown(root, as_service_user["user"], as_service_user["group"])
        data = root / "data"
        log_path = root / "postgres.log"
        with log_path.open("wb") as log:
            # cwd=root: postgres must be able to read its working directory after dropping root.
            subprocess.run(
                [bin_dir / "initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8",
                 "--no-locale", "--no-sync"],
                check=True, stdout=log, stderr=subprocess.STDOUT, cwd=root, **as_service_user,
            )  # fmt: skip
            port = free_port()
            # Durability switched off: a test database is thrown away, speed matters.
            process = subprocess.Popen(
                [bin_dir / "postgres", "-D", data, "-p", str(port), "-k", root,
                 "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off",
                 "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
                stdout=log, stderr=subprocess.STDOUT, cwd=root, **as_service_user,
            )  # fmt: skip
        _wait_until_accepting(process, port, log_path)
        with psycopg.connect(_conninfo(port, "postgres"), autocommit=True) as conn:
            conn.execute("CREATE DATABASE ekinerja_test")
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/ekinerja_test"
    finally:
        if process is not None:
            _stop(process)
        shutil.rmtree(root, ignore_errors=True)


def new_database(url: str, name: str) -> str:
    """Create another database on the server behind `url` and return its URL."""
    parsed = make_url(url)
    assert parsed.port is not None
    with psycopg.connect(_conninfo(parsed.port, "postgres"), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return parsed.set(database=name).render_as_string(hide_password=False)


def _conninfo(port: int, dbname: str) -> str:
    return f"host=127.0.0.1 port={port} user=postgres dbname={dbname} connect_timeout=2"


def _wait_until_accepting(process: subprocess.Popen[bytes], port: int, log_path: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"postgres exited with {process.returncode}:\n{_tail(log_path)}")
        try:
            psycopg.connect(_conninfo(port, "postgres")).close()
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"postgres not accepting connections after {START_TIMEOUT_S} s:\n"
                    f"{_tail(log_path)}"
                ) from None
            time.sleep(0.1)


def _stop(process: subprocess.Popen[bytes]) -> None:
    # SIGINT is PostgreSQL's "fast shutdown": close sessions, checkpoint, exit.
    if os.name == "posix":
        process.send_signal(signal.SIGINT)
    else:
        process.terminate()
    try:
        process.wait(STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"

"""Server test fixtures: a throwaway PostgreSQL and real `ekinerja-server serve` processes."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pytest

from tests.pg import new_database, throwaway_postgres
from tests.server.processes import RunningServer, StartServer, start_server
from tests.server.sync_support import Seeded, close_all, seed_demo


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """One PostgreSQL server for the whole session; tests make their own databases in it."""
    with throwaway_postgres() as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def make_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[], str]:
    """A factory of URLs of new, empty databases, on each backend the server supports."""
    numbers = itertools.count(1)
    if request.param == "sqlite":
        return lambda: f"sqlite:///{tmp_path / f'server{next(numbers)}.db'}"
    server_url: str = request.getfixturevalue("pg_url")
    return lambda: new_database(server_url, f"test_{uuid.uuid4().hex}")


@pytest.fixture
def server_process(tmp_path: Path) -> Iterator[StartServer]:
    """Start `python -m ekinerja_server serve --port <free> [--database-url URL]` as a real
    process, ready once /healthz answers; every server still running is stopped at teardown."""
    started: list[RunningServer] = []

    def start(database_url: str | None, env: Mapping[str, str] | None = None) -> RunningServer:
        log_path = tmp_path / f"server-{len(started) + 1}.log"
        server = start_server(database_url, log_path, env)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


# --- sync (issue 5): a seeded demo database and a server on it, per module and backend ------


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)]
)
def backend_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A new, empty database URL on each backend (module scope: one per test module)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path_factory.mktemp('sync') / 'server.db'}"
    server_url: str = request.getfixturevalue("pg_url")
    return new_database(server_url, f"sync_{uuid.uuid4().hex}")


@pytest.fixture(scope="module")
def seeded(backend_url: str) -> Seeded:
    return seed_demo(backend_url)


@pytest.fixture(scope="module")
def sync_server(
    seeded: Seeded, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningServer]:
    """A real `ekinerja-server serve` process on the seeded database."""
    server = start_server(seeded.url, tmp_path_factory.mktemp("log") / "server.log")
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def close_apis() -> Iterator[None]:
    """Every protocol client a test made is closed (no socket left for ResourceWarning)."""
    yield
    close_all()

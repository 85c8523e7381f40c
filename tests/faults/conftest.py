"""Fault-test fixtures: seeded server templates (SQLite once per session; PostgreSQL per use)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.faults.harness import Template, World, make_template, new_world
from tests.faults.invariants import seed_model
from tests.faults.model import Model
from tests.pg import new_database
from tests.server.conftest import pg_url  # noqa: F401  (the throwaway PostgreSQL, re-exported)


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """The demo instansi seeded once; each test runs on a copy of its file."""
    folder = tmp_path_factory.mktemp("fault-template")
    return make_template(f"sqlite:///{folder / 'template.db'}")


@pytest.fixture
def pg_template(pg_url: str) -> Callable[[], Template]:  # noqa: F811
    """A seeded PostgreSQL database of its own (made when asked: the server takes a while)."""
    return lambda: make_template(new_database(pg_url, f"faults_{uuid.uuid4().hex}"))


@pytest.fixture(scope="session")
def shared_server(template: Template, tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """One server for the scenarios that leave it as it is (no kill, no restart, no global
    change): starting one per test would cost a second each. Each test draws its own years."""
    world = new_world(template, tmp_path_factory.mktemp("shared-server"), 7, "")
    world.server.start()
    yield world
    world.close()


@pytest.fixture
def world(shared_server: World, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[World]:
    """A test's laptops and proxies on the shared server."""
    made = shared_server.sibling(tmp_path / "w", f".venv/bin/pytest '{request.node.nodeid}'")
    yield made
    made.close()


@pytest.fixture
def own_world(
    template: Template, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[World]:
    """A server of the test's own, on a fresh copy (for kills, restarts, global changes)."""
    made = new_world(template, tmp_path / "w", 7, f".venv/bin/pytest '{request.node.nodeid}'")
    made.server.start()
    yield made
    made.close()


@pytest.fixture
def model(request: pytest.FixtureRequest) -> Model:
    """The reference model seeded from the test's server as the test starts."""
    world: World = (
        request.getfixturevalue("own_world")
        if "own_world" in request.fixturenames
        else request.getfixturevalue("world")
    )
    engine = world.engine()
    try:
        ctx = world.template.ctx
        return seed_model(engine, ctx["pp"], ctx["pp_skp"], base_year=ctx["base_year"])
    finally:
        engine.dispose()

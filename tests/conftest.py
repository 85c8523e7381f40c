"""Fixtures shared by every test package (no Qt here: the domain and server tests run without it).

A test gets its own folder of app paths and its own copy of a database migrated once per session
(`tests/support.py`), so no test sees another's data and none pays for the migrations.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ekinerja_desktop.db import Database
from ekinerja_desktop.paths import Paths
from tests.support import migrated_database


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    """The app's folders under this test's tmp_path (what `--data-dir` does)."""
    return Paths(tmp_path / "data").ensure()


@pytest.fixture
def db(paths: Paths) -> Iterator[Database]:
    """A migrated database at `paths.database`, copied from the session's template."""
    database = migrated_database(paths.root)
    assert paths.database.exists()
    yield database
    database.dispose()

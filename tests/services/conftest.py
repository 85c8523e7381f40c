from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ekinerja_desktop.db import Database
from ekinerja_desktop.services.uow import UnitOfWork
from tests.support import Org, buat_org, migrated_database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = migrated_database(tmp_path)
    yield database
    database.dispose()


@pytest.fixture
def org(db: Database) -> Org:
    return buat_org(db)


@pytest.fixture
def uow(db: Database, org: Org) -> UnitOfWork:
    return UnitOfWork(db, aktor=org.staf)

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from ekinerja_desktop.db import Database
from ekinerja_desktop.services.blobs import BlobStore
from ekinerja_desktop.services.penilaian import LayananPenilaian
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from tests.penilaian.dunia import DALAM_TW1, Dunia, buat_dunia
from tests.penilaian.layar import Layar
from tests.support import migrated_database


class Jam:
    """An injected clock the test moves (past a batas pengisian, for instance)."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = migrated_database(tmp_path)
    yield database
    database.dispose()


@pytest.fixture
def dunia(db: Database) -> Dunia:
    return buat_dunia(db)


@pytest.fixture
def jam() -> Jam:
    return Jam(DALAM_TW1)


@pytest.fixture
def uow(db: Database, dunia: Dunia, jam: Jam) -> UnitOfWork:
    return UnitOfWork(db, aktor=dunia.staf, clock=jam)


@pytest.fixture
def blobs(tmp_path: Path) -> BlobStore:
    return BlobStore(tmp_path / "blobs")


@pytest.fixture
def layanan(uow: UnitOfWork, blobs: BlobStore) -> LayananPenilaian:
    return LayananPenilaian(uow, blobs)


@pytest.fixture
def layar(db: Database, uow: UnitOfWork, layanan: LayananPenilaian) -> Iterator[Layar]:
    bridge = ChangeBridge(uow)
    yield Layar(db, uow, bridge, layanan)
    bridge.detach()

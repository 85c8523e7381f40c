"""Fixtures of the admin tests: a small organisation, a settable clock, services acting as a
given pegawai, and the page fixtures' shared unit of work and change bridge."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from ekinerja_desktop.db import Database, create_sqlite_engine, open_database
from ekinerja_desktop.demo import DemoInfo, buat_demo
from ekinerja_desktop.models import OutboxEntry
from ekinerja_desktop.services.admin import LayananAdmin
from ekinerja_desktop.services.admin_periode import LayananPeriodeAdmin
from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from tests.support import Org, buat_org


@dataclass
class Jam:
    """The injected clock: 10 April 2026, after TW I's batas pengisian (5 April)."""

    sekarang: datetime = datetime(2026, 4, 10, 9, 0)

    def __call__(self) -> datetime:
        return self.sekarang


@pytest.fixture
def jam() -> Jam:
    return Jam()


@pytest.fixture
def org(db: Database) -> Org:
    return buat_org(db)


@pytest.fixture
def sebagai(db: Database, jam: Jam) -> Callable[[Aktor], UnitOfWork]:
    return lambda aktor: UnitOfWork(db, aktor=aktor, clock=jam)


@pytest.fixture
def admin(sebagai: Callable[[Aktor], UnitOfWork], org: Org) -> LayananAdmin:
    return LayananAdmin(sebagai(org.admin))


@pytest.fixture
def periode_admin(sebagai: Callable[[Aktor], UnitOfWork], org: Org) -> LayananPeriodeAdmin:
    return LayananPeriodeAdmin(sebagai(org.admin))


def outbox(db: Database) -> list[tuple[str, str, dict[str, object]]]:
    """(op, entity_id, payload) of every outbox entry, in order."""
    with db.read_session() as s:
        return [
            (e.op, e.entity_id, dict(e.payload))
            for e in s.scalars(select(OutboxEntry).order_by(OutboxEntry.client_seq))
        ]


@pytest.fixture
def uow(db: Database, jam: Jam) -> UnitOfWork:
    """The one unit of work the pages share (as in the app)."""
    return UnitOfWork(db, clock=jam)


@pytest.fixture
def bridge(uow: UnitOfWork) -> Iterator[object]:
    from ekinerja_desktop.views.common.bridge import ChangeBridge

    b = ChangeBridge(uow)
    yield b
    b.detach()


# --- the demo instansi (2026), for the pages: made once, copied per test ------------------------


@dataclass(frozen=True)
class Demo:
    db: Database
    info: DemoInfo


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoInfo]:
    path = tmp_path_factory.mktemp("admin-demo") / "demo.db"
    db = open_database(path)
    info = buat_demo(db, tahun=2026)
    db.dispose()
    return path, info


@pytest.fixture
def demo(demo_template: tuple[Path, DemoInfo], tmp_path: Path) -> Iterator[Demo]:
    template, info = demo_template
    target = tmp_path / "demo.db"
    shutil.copy(template, target)
    db = Database(create_sqlite_engine(target))
    yield Demo(db, info)
    db.dispose()

"""Fixtures of the rekap tests: a settable clock and services acting as a given pegawai."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime

import pytest

from ekinerja_desktop.db import Database
from ekinerja_desktop.services.capaian import LayananCapaian
from ekinerja_desktop.services.keberatan import LayananKeberatan
from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.rekap.common import HalamanPenilaian


@dataclass
class Jam:
    """The injected clock; tests move it to cross the 14-day limit."""

    sekarang: datetime = datetime(2026, 4, 10, 9, 0)

    def __call__(self) -> datetime:
        return self.sekarang


@pytest.fixture
def jam() -> Jam:
    return Jam()


@pytest.fixture
def sebagai(db: Database, jam: Jam) -> Callable[[Aktor], UnitOfWork]:
    def make(aktor: Aktor) -> UnitOfWork:
        return UnitOfWork(db, aktor=aktor, clock=jam)

    return make


@pytest.fixture
def capaian_oleh(
    sebagai: Callable[[Aktor], UnitOfWork],
) -> Callable[[Aktor], LayananCapaian]:
    return lambda aktor: LayananCapaian(sebagai(aktor))


@pytest.fixture
def keberatan_oleh(
    sebagai: Callable[[Aktor], UnitOfWork],
) -> Callable[[Aktor], LayananKeberatan]:
    return lambda aktor: LayananKeberatan(sebagai(aktor))


@pytest.fixture
def uow(db: Database, jam: Jam) -> UnitOfWork:
    """The one unit of work the pages share (as in the app); `bertindak` switches its user."""
    return UnitOfWork(db, clock=jam)


@pytest.fixture
def bridge(uow: UnitOfWork) -> Iterator[ChangeBridge]:
    b = ChangeBridge(uow)
    yield b
    b.detach()


def bertindak(uow: UnitOfWork, page: HalamanPenilaian, aktor: Aktor) -> None:
    """What the main window's act_as does for one page."""
    uow.aktor = aktor
    page.set_aktor(aktor)

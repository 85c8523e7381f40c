"""A demo instansi and an adversarial one, each built once per test session and only read."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from ekinerja_desktop.db import Database, open_database
from ekinerja_desktop.demo import DemoInfo, buat_demo
from ekinerja_desktop.reports.pdf.common import OpsiCetak, TandaTangan
from ekinerja_desktop.services.queries import pengguna
from ekinerja_desktop.services.queries_views import aktor_dari
from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from tests.dokumen.data import Adversarial, buat_adversarial

TAHUN = 2026
OPSI = OpsiCetak(
    TandaTangan(date(2026, 4, 3), "Denpasar", "@ttd_pegawai"),
    TandaTangan(date(2026, 4, 4), "Jakarta Pusat"),
)


@dataclass(frozen=True)
class Dunia:
    db: Database
    info: DemoInfo

    def uow(self, peran: str = "Admin") -> UnitOfWork:
        return UnitOfWork(self.db, aktor=self.aktor(peran))

    def aktor(self, peran: str) -> Aktor:
        with self.db.read_session() as session:
            row = pengguna(session, self.info.pengguna[peran])
        assert row is not None
        return aktor_dari(row)


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dunia]:
    folder = tmp_path_factory.mktemp("dokumen-demo")
    db = open_database(Path(folder) / "ekinerja.db")
    info = buat_demo(db, tahun=TAHUN)
    yield Dunia(db, info)
    db.dispose()


@dataclass(frozen=True)
class DuniaUji:
    db: Database
    data: Adversarial

    def uow(self, pegawai_id: str | None = None) -> UnitOfWork:
        with self.db.read_session() as session:
            row = pengguna(session, pegawai_id or self.data.admin_id)
        assert row is not None
        return UnitOfWork(self.db, aktor=aktor_dari(row))


@pytest.fixture(scope="session")
def uji(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DuniaUji]:
    folder = tmp_path_factory.mktemp("dokumen-uji")
    db = open_database(Path(folder) / "ekinerja.db")
    yield DuniaUji(db, buat_adversarial(db))
    db.dispose()

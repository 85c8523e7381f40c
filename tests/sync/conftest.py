"""Sync fixtures: a real `ekinerja-server` process on a seeded demo instansi, and laptops.

A laptop is a real client: its own SQLite file (migrated), its unit of work and services, the
sync service with an in-memory keyring, signed in over HTTP. Tests drive rounds themselves
(`laptop.sync()`), so what each round does is deterministic; the scheduler has its own tests.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from ekinerja_desktop.db import Database
from ekinerja_desktop.secrets import MemoryKeyring, TokenStore
from ekinerja_desktop.services.skp import LayananSkp
from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from ekinerja_desktop.sync.engine import RoundResult, SyncEngine
from ekinerja_desktop.sync.local_server import parse_demo_output
from ekinerja_desktop.sync.service import SyncService
from tests.server.processes import RunningServer, start_server
from tests.support import migrated_database

PASSWORD = "rahasia-demo-123"


@dataclass(frozen=True)
class Demo:
    """The seeded server database and the NIPs of the people the tests act as."""

    database: Path
    nip: dict[str, str]  # Pegawai, Ketua Tim, Pimpinan, Admin, PPK (the Pegawai's atasan)
    unor_lain: str  # another bagian, with its kepala
    kepala_lain: str


def _run(*args: str, stdin: str | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "ekinerja_server", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    folder = tmp_path_factory.mktemp("sync-demo")
    database = folder / "server.db"
    url = f"sqlite:///{database}"
    output = _run("demo", "--pegawai", "12", "--kata-sandi", PASSWORD, "--database-url", url)
    nip = {a.peran: a.nip for a in parse_demo_output(output)}
    with sqlite3.connect(database) as conn:
        ppk, unor = conn.execute(
            "SELECT a.nip, p.unor_id FROM pegawai p JOIN pegawai a ON a.id = p.atasan_id "
            "WHERE p.nip = ?",
            (nip["Pegawai"],),
        ).fetchone()
        unor_lain, kepala_lain = conn.execute(
            "SELECT u.id, k.id FROM unor u JOIN pegawai k ON k.unor_id = u.id "
            "WHERE u.id != ? AND k.jenis_jabatan = 'PIMPINAN' AND u.nama LIKE 'Bagian%' "
            "ORDER BY u.nama LIMIT 1",
            (unor,),
        ).fetchone()
    conn.close()
    nip["PPK"] = ppk
    _run("kata-sandi", "--nip", ppk, "--kata-sandi-stdin", "--database-url", url, stdin=PASSWORD)
    return Demo(database, nip, unor_lain, kepala_lain)


@pytest.fixture
def server(demo: Demo, tmp_path: Path) -> Iterator[RunningServer]:
    """A server of its own per test, on a copy of the seeded database."""
    database = tmp_path / "server.db"
    shutil.copy(demo.database, database)
    running = start_server(f"sqlite:///{database}", tmp_path / "server.log")
    yield running
    running.stop()


@dataclass
class Laptop:
    name: str
    db: Database
    uow: UnitOfWork
    service: SyncService

    @property
    def engine(self) -> SyncEngine:
        assert self.service.engine is not None
        return self.service.engine

    def sync(self) -> RoundResult:
        return self.engine.run_round()

    def skp(self) -> LayananSkp:
        return LayananSkp(self.uow)


@dataclass
class Laptops:
    server: RunningServer
    demo: Demo
    root: Path
    made: list[Laptop] = field(default_factory=list)

    def __call__(
        self,
        peran: str,
        transport: httpx.BaseTransport | None = None,
        name: str = "",
        start: bool = False,
    ) -> Laptop:
        """A new installation signed in as `peran`, after its first (snapshot) sync; with
        `start` the scheduler runs the rounds (the first one included)."""
        folder = self.root / f"laptop-{len(self.made) + 1}-{name or peran}"
        folder.mkdir(parents=True)
        db = migrated_database(folder)
        uow = UnitOfWork(db)
        service = SyncService(
            db,
            uow,
            TokenStore(MemoryKeyring()),
            transport=transport,
            rng=random.Random(5),
            debounce_s=0.05,
        )
        akun = service.sign_in(self.server.url, self.demo.nip[peran], PASSWORD, start=start)
        laptop = Laptop(name or peran, db, uow, service)
        self.made.append(laptop)
        if start:
            wait_for(lambda: service.status.last_success is not None)
        else:
            laptop.sync()
        assert akun.pegawai_id is not None
        uow.aktor = Aktor(akun.pegawai_id, akun.nip, akun.nama, akun.is_admin)
        return laptop

    def close(self) -> None:
        for laptop in self.made:
            laptop.service.close()
            laptop.db.dispose()


@pytest.fixture
def laptops(server: RunningServer, demo: Demo, tmp_path: Path) -> Iterator[Laptops]:
    made = Laptops(server, demo, tmp_path)
    yield made
    made.close()


def wait_for(predicate: Callable[[], bool], timeout: float = 20.0) -> None:
    """Bounded wait for the scheduler's own thread (not a GUI test)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "not reached in time"
        time.sleep(0.02)

"""Backup fixtures: a database with a small organisation and unsent work, the service, and the
app built by the real composition root."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime

import pytest
from pytestqt.qtbot import QtBot

from ekinerja_desktop.app import Composition, Options, application
from ekinerja_desktop.db import Database
from ekinerja_desktop.domain import Pendekatan
from ekinerja_desktop.models import SyncState
from ekinerja_desktop.paths import Paths
from ekinerja_desktop.services.cadangan import LayananCadangan
from ekinerja_desktop.services.skp import LayananSkp
from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from tests.support import Org, buat_org

JAM = datetime(2026, 5, 4, 14, 7, 30)


@pytest.fixture
def org(db: Database) -> Org:
    return buat_org(db)


@pytest.fixture
def skp_staf(db: Database, org: Org) -> str:
    """The staf's draft SKP with one RHK: three operations waiting in the outbox."""
    layanan = LayananSkp(UnitOfWork(db, aktor=org.staf))
    skp_id = layanan.buat_skp(date(2026, 1, 1), date(2026, 12, 31), Pendekatan.KUANTITATIF)
    layanan.tambah_rhk(skp_id, "Tersusunnya rencana anggaran unit")
    return skp_id


def pernah_sinkron(db: Database, aktor: Aktor) -> None:
    """This user synced from this installation once (their sync state, as the engine keeps it)."""
    with db.write_session() as session, session.begin():
        session.add(SyncState(user_nip=aktor.nip, server_epoch="e" * 32, cursor=5))


@pytest.fixture
def layanan(paths: Paths) -> LayananCadangan:
    return LayananCadangan(paths, "9.9-uji", jam=lambda: JAM)


AppFactory = Callable[..., Composition]


@pytest.fixture
def buat_app(qtbot: QtBot, paths: Paths) -> Iterator[AppFactory]:
    """The app as `app.run()` builds it, on this test's data folder; closed after."""
    built: list[Composition] = []

    def make(pulihkan_dari: object = None, **options: object) -> Composition:
        composition = Composition(
            Options(data_dir=paths.root, **options),  # type: ignore[arg-type]
            application(),
        )
        built.append(composition)
        composition.start()
        if pulihkan_dari is not None:
            composition.pulihkan(pulihkan_dari)  # type: ignore[arg-type]
        window = composition.open()
        composition.show()
        qtbot.waitExposed(window)
        return composition

    yield make
    for composition in reversed(built):
        composition.close()


# The real-server fixtures of the sync tests (a seeded `ekinerja-server` process per test).
from tests.sync.conftest import demo, server  # noqa: E402, F401

"""Qt fixtures: a small organisation with SKPs, and the app built by the real composition root."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ekinerja_desktop.app import Composition, Options, application
from ekinerja_desktop.db import Database
from ekinerja_desktop.domain import Pendekatan, StatusSkp
from ekinerja_desktop.paths import Paths
from ekinerja_desktop.services.skp import LayananSkp
from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from ekinerja_desktop.views.main_window import MainWindow
from tests.support import Org, ajukan, buat_org


@dataclass(frozen=True)
class SkpData:
    """Kepala (PPK of staf and rekan), staf with two SKPs, rekan with one, admin with none."""

    org: Org
    staf_semester_1: str  # Jan–Jun 2026, kuantitatif, Pengajuan
    staf_semester_2: str  # Jul–Des 2026, kualitatif, Draft
    rekan: str  # 2026, kuantitatif, Persetujuan
    kepala: str  # 2025, kuantitatif, Draft, no pejabat penilai


def _as(db: Database, aktor: Aktor) -> LayananSkp:
    return LayananSkp(UnitOfWork(db, aktor=aktor))


@pytest.fixture
def skp_data(db: Database) -> SkpData:
    org = buat_org(db)
    staf = _as(db, org.staf)
    s1 = staf.buat_skp(date(2026, 1, 1), date(2026, 6, 30), Pendekatan.KUANTITATIF)
    s2 = staf.buat_skp(date(2026, 7, 1), date(2026, 12, 31), Pendekatan.KUALITATIF)
    ajukan(staf, s1)
    rekan = _as(db, org.rekan)
    r = rekan.buat_skp(date(2026, 1, 1), date(2026, 12, 31), Pendekatan.KUANTITATIF)
    ajukan(rekan, r)
    _as(db, org.kepala).ubah_status(r, StatusSkp.PERSETUJUAN)
    k = _as(db, org.kepala).buat_skp(date(2025, 1, 1), date(2025, 12, 31), Pendekatan.KUANTITATIF)
    return SkpData(org, s1, s2, r, k)


AppFactory = Callable[..., Composition]


@pytest.fixture
def make_app(qtbot: QtBot, paths: Paths) -> Iterator[AppFactory]:
    """Build (and show) the app as `app.run()` does, on this test's data folder; closed after."""
    built: list[Composition] = []

    def make(**options: object) -> Composition:
        composition = Composition(
            Options(data_dir=paths.root, **options),  # type: ignore[arg-type]
            application(),
        )
        built.append(composition)
        composition.start()
        window = composition.open()
        composition.show()
        qtbot.waitExposed(window)
        return composition

    yield make
    for composition in reversed(built):
        composition.close()


@pytest.fixture
def window(make_app: AppFactory, skp_data: SkpData) -> MainWindow:
    """The main window, not in demo mode, acting as the staf."""
    composition = make_app()
    assert composition.window is not None
    composition.window.act_as(skp_data.org.staf.pegawai_id)
    return composition.window


def accept_message_box(attempts: int = 500) -> list[str]:
    """Accept the next message box that opens (modal ones block the test), keeping its text."""
    texts: list[str] = []

    def poll(left: int) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                texts.append(widget.text())
                widget.accept()
                return
        if left:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(attempts))
    return texts

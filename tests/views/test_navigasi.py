"""Pages built on first use: each navigation entry answers as its built page would (title, icon,
who may use it), a row builds its page when clicked, and the start leaves the report, chart
and PDF libraries unloaded (the cold start of USERS.md's 2-core laptops)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from ekinerja_desktop.db import Database, open_database
from ekinerja_desktop.demo import DemoInfo, buat_demo
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.dokumen.halaman_cetak import CetakPage
from ekinerja_desktop.views.main_window import AppInfo, MainWindow
from ekinerja_desktop.views.navigasi import HalamanTertunda
from ekinerja_desktop.views.skp.daftar_skp import DaftarSkpPage
from tests.views.conftest import SkpData

PERAN = ("Pegawai", "Ketua Tim", "Pimpinan", "Admin")
ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Demo:
    db: Database
    info: DemoInfo


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    folder = tmp_path_factory.mktemp("navigasi-demo")
    db = open_database(folder / "ekinerja.db")
    yield Demo(db, buat_demo(db))
    db.dispose()


def _window(qtbot: QtBot, db: Database, folder: Path) -> MainWindow:
    uow = UnitOfWork(db)
    window = MainWindow(uow, ChangeBridge(uow), demo=False, info=AppInfo("", data_dir=folder))
    qtbot.addWidget(window)
    return window


def _hidden(window: MainWindow) -> list[bool]:
    return [window.nav.isRowHidden(row) for row in range(window.nav.count())]


def _image(icon: QIcon) -> object:
    return icon.pixmap(20, 20).toImage()


def test_each_entry_answers_as_its_built_page(qtbot: QtBot, demo: Demo, tmp_path: Path) -> None:
    lazy = _window(qtbot, demo.db, tmp_path)  # pages left unbuilt: the entries answer
    built = _window(qtbot, demo.db, tmp_path)
    rows = range(len(built.pages))
    pages = [built.page_at(row) for row in rows]  # every page built: the pages answer
    assert not any(isinstance(page, HalamanTertunda) for page in pages)
    for row, page in enumerate(pages):
        assert lazy.nav.item(row).text() == page.title() == built.nav.item(row).text()
        assert _image(lazy.nav.item(row).icon()) == _image(page.icon())

    seen = set()
    for peran in (None, *PERAN):
        pegawai_id = demo.info.pengguna[peran] if peran else None
        lazy.act_as(pegawai_id)
        built.act_as(pegawai_id)
        assert _hidden(lazy) == _hidden(built), peran
        seen.add(tuple(_hidden(built)))
    assert len(seen) >= 4  # the roles see different pages: the comparison means something
    assert all(isinstance(page, HalamanTertunda) for page in lazy.pages[1:])  # still unbuilt


def test_a_row_builds_its_page_when_clicked(
    qtbot: QtBot, window: MainWindow, skp_data: SkpData
) -> None:
    assert isinstance(window.pages[0], DaftarSkpPage)  # the first page, shown at start
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    row = titles.index("Cetak")
    assert isinstance(window.pages[row], HalamanTertunda)
    stand_in = window.pages[row]

    rect = window.nav.visualItemRect(window.nav.item(row))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.current_page()
    assert isinstance(page, CetakPage) and page.isVisible()
    assert window.pages[row] is page and window.stack.currentWidget() is page
    assert all(p is not stand_in for p in window.pages)  # swapped out (and deleted later)
    assert window.nav.count() == window.stack.count() == len(window.pages)
    assert page.aktor == window.aktor and page.model.rowCount() > 0  # loaded for the staf

    window.act_as(skp_data.org.kepala.pegawai_id)  # built pages follow the acting user
    assert page.aktor is not None and page.aktor.pegawai_id == skp_data.org.kepala.pegawai_id
    assert window.page_at(row) is page  # built once


START = """
import sys
from pathlib import Path
from ekinerja_desktop.app import Composition, Options, application

LAZY = ("reportlab", "openpyxl", "PySide6.QtCharts", "PySide6.QtPdf", "PySide6.QtPrintSupport",
        "ekinerja_desktop.views.skp.skp_editor")
def loaded():
    return " ".join(m for m in LAZY if m in sys.modules) or "-"

composition = Composition(Options(data_dir=Path(sys.argv[1]), demo=True), application())
composition.start()
window = composition.open()
composition.show()
application().processEvents()
assert window.aktor is not None  # the demo Pegawai: every entry was asked about them
print("start:", loaded())
for row in range(len(window.pages)):
    window.page_at(row)
print("pages:", loaded())
composition.close()
"""


def test_the_start_loads_no_report_chart_or_pdf_library(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", START, str(tmp_path / "data")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = dict(line.split(": ", 1) for line in result.stdout.splitlines() if ": " in line)
    assert lines["start"] == "-"
    # Opening the pages loads what they draw with (QtCharts for the Kurva), still not the
    # writers, which load with the first print or export.
    assert lines["pages"] == "PySide6.QtCharts"

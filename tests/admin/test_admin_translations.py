"""The Admin Instansi screens: every string in `admin_en.ts`, translated, and shown in English."""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.admin.admin_page import AdminPage
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.common.translations import TRANSLATIONS_DIR, install_translators
from tests.support import Org

ROOT = TRANSLATIONS_DIR.parents[2]
TS = TRANSLATIONS_DIR / "admin_en.ts"
LUPDATE = Path(PySide6.__file__).resolve().parent / (
    "lupdate.exe" if os.name == "nt" else "lupdate"
)


def _belum(ts: Path) -> list[tuple[str, str]]:
    return [
        (c.findtext("name", ""), m.findtext("source", ""))
        for c in ET.parse(ts).getroot().iter("context")
        for m in c.iter("message")
        if (t := m.find("translation")) is None or t.get("type") is not None or not t.text
    ]


def test_the_committed_file_is_complete() -> None:
    assert _belum(TS) == []
    assert len(list(ET.parse(TS).getroot().iter("message"))) > 200


@pytest.mark.skipif(not LUPDATE.exists(), reason="PySide6 without lupdate")
def test_every_string_of_the_admin_screens_is_translated(tmp_path: Path) -> None:
    ts = tmp_path / "admin_en.ts"
    shutil.copy(TS, ts)
    subprocess.run(
        [str(LUPDATE), "-extensions", "py", "-locations", "none", "-no-obsolete",
         str(ROOT / "ekinerja_desktop" / "views" / "admin"), "-ts", str(ts)],
        check=True,
        capture_output=True,
        timeout=120,
    )  # fmt: skip
    assert _belum(ts) == [], "run pyside6-lupdate on views/admin and translate the new strings"


@pytest.fixture
def english(tmp_path: Path) -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    translators = install_translators(app, "en", tmp_path / "qm")
    yield
    for translator in translators:
        app.removeTranslator(translator)


def test_the_page_speaks_english(
    qtbot: QtBot, english: None, uow: UnitOfWork, bridge: ChangeBridge, org: Org
) -> None:
    page = AdminPage(uow, bridge)
    qtbot.addWidget(page)
    uow.aktor = org.admin
    page.set_aktor(org.admin)
    assert page.title() == "Instansi Admin"
    assert page.tabs.tabText(4) == "&5 Periods"
    assert page.pegawai_tab.tambah_button.text() == "&Add pegawai…"
    assert page.pegawai_tab.model.headerData(1, Qt.Orientation.Horizontal) == "Name"
    assert page.unor_tab.model.headerData(4, Qt.Orientation.Horizontal) == "City"
    assert page.periode_tab.buka_button.text() == "&Reopen…"

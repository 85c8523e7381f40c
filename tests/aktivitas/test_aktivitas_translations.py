"""The aktivitas harian screens: every string in `aktivitas_en.ts`, translated, and shown in
English."""

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

from ekinerja_desktop.db import Database
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.aktivitas.aktivitas_page import AktivitasHarianPage
from ekinerja_desktop.views.aktivitas.validasi_page import ValidasiAktivitasPage
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.common.translations import TRANSLATIONS_DIR, install_translators
from tests.aktivitas.conftest import Data, Jam

ROOT = TRANSLATIONS_DIR.parents[2]
TS = TRANSLATIONS_DIR / "aktivitas_en.ts"
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
    assert len(list(ET.parse(TS).getroot().iter("message"))) > 90


@pytest.mark.skipif(not LUPDATE.exists(), reason="PySide6 without lupdate")
def test_every_string_of_the_aktivitas_screens_is_translated(tmp_path: Path) -> None:
    ts = tmp_path / "aktivitas_en.ts"
    shutil.copy(TS, ts)
    subprocess.run(
        [str(LUPDATE), "-extensions", "py", "-locations", "none", "-no-obsolete",
         str(ROOT / "ekinerja_desktop" / "views" / "aktivitas"), "-ts", str(ts)],
        check=True,
        capture_output=True,
        timeout=120,
    )  # fmt: skip
    assert _belum(ts) == [], "run pyside6-lupdate on views/aktivitas and translate the new strings"


@pytest.fixture
def english(tmp_path: Path) -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    translators = install_translators(app, "en", tmp_path / "qm")
    yield
    for translator in translators:
        app.removeTranslator(translator)


def test_the_pages_speak_english(
    qtbot: QtBot, english: None, db: Database, jam: Jam, data: Data
) -> None:
    uow = UnitOfWork(db, aktor=data.org.kepala, clock=jam)
    bridge = ChangeBridge(uow)
    harian, validasi = AktivitasHarianPage(uow, bridge), ValidasiAktivitasPage(uow, bridge)
    for page in (harian, validasi):
        qtbot.addWidget(page)
    harian.set_aktor(data.org.staf)
    validasi.set_aktor(data.org.kepala)
    assert harian.title() == "Aktivitas Harian" and validasi.title() == "Validate Aktivitas"
    assert harian.tambah_button.text() == "&Add Aktivitas…"
    assert harian.model.headerData(3, Qt.Orientation.Horizontal) == "RHK"
    assert harian.model.headerData(4, Qt.Orientation.Horizontal) == "Description"
    assert harian.rekap_label.text().startswith("No aktivitas in November 2026 yet.")
    assert harian.undo_action.text() == "Undo"
    assert validasi.semua_button.text() == "Validate &All"
    assert validasi.pegawai_combo.itemText(0) == "All subordinates (0 waiting)"
    bridge.detach()

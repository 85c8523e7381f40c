"""The backup screens: every string in `cadangan_en.ts`, translated, and shown in English."""

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

from ekinerja_desktop.db import Database, backup_database
from ekinerja_desktop.paths import Paths
from ekinerja_desktop.services.cadangan import LayananCadangan
from ekinerja_desktop.views.cadangan.pulihkan_dialog import PulihkanDialog
from ekinerja_desktop.views.common.translations import TRANSLATIONS_DIR, install_translators

ROOT = TRANSLATIONS_DIR.parents[2]
TS = TRANSLATIONS_DIR / "cadangan_en.ts"
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
    assert len(list(ET.parse(TS).getroot().iter("message"))) > 60


@pytest.mark.skipif(not LUPDATE.exists(), reason="PySide6 without lupdate")
def test_every_string_of_the_backup_screens_is_translated(tmp_path: Path) -> None:
    ts = tmp_path / "cadangan_en.ts"
    shutil.copy(TS, ts)
    subprocess.run(
        [str(LUPDATE), "-extensions", "py", "-locations", "none", "-no-obsolete",
         str(ROOT / "ekinerja_desktop" / "views" / "cadangan"), "-ts", str(ts)],
        check=True,
        capture_output=True,
        timeout=120,
    )  # fmt: skip
    assert _belum(ts) == [], "run pyside6-lupdate on views/cadangan and translate the new strings"


@pytest.fixture
def english(tmp_path: Path) -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    translators = install_translators(app, "en", tmp_path / "qm")
    yield
    for translator in translators:
        app.removeTranslator(translator)


def test_the_restore_dialog_speaks_english(
    qtbot: QtBot, english: None, db: Database, paths: Paths
) -> None:
    backup_database(paths.database, paths.backups, "sebelum-pulihkan")
    dialog = PulihkanDialog(LayananCadangan(paths), lambda _path: None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Restore from backup"
    assert dialog.tombol_pulihkan.text() == "&Restore…"
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "Date"
    assert dialog.proxy.index(0, 1).data() == "Before a restore from backup"
    assert dialog.ringkasan_saat_ini.text().startswith("Owner: unknown (never signed in")

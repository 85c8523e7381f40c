"""The backup screens: every string in `cadangan_en.ts`, translated, and shown in English."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ekinerja_desktop.db import Database, backup_database
from ekinerja_desktop.paths import Paths
from ekinerja_desktop.services.cadangan import LayananCadangan
from ekinerja_desktop.views.cadangan.pulihkan_dialog import PulihkanDialog
from ekinerja_desktop.views.common.translations import TRANSLATIONS_DIR
from tests.terjemahan import (
    bahasa_inggris,
    belum_diterjemahkan,
    belum_setelah_lupdate,
    jumlah_pesan,
    tanpa_lupdate,
)

TS = TRANSLATIONS_DIR / "cadangan_en.ts"
english = pytest.fixture(bahasa_inggris)


def test_the_committed_file_is_complete() -> None:
    assert belum_diterjemahkan(TS) == []
    assert jumlah_pesan(TS) > 60


@tanpa_lupdate
def test_every_string_of_the_backup_screens_is_translated(tmp_path: Path) -> None:
    belum = belum_setelah_lupdate(TS.name, "cadangan", tmp_path)
    assert belum == [], "run pyside6-lupdate on views/cadangan and translate the new strings"


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

"""The aktivitas harian screens: every string in `aktivitas_en.ts`, translated, and shown in
English."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ekinerja_desktop.db import Database
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.aktivitas.aktivitas_page import AktivitasHarianPage
from ekinerja_desktop.views.aktivitas.validasi_page import ValidasiAktivitasPage
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.common.translations import TRANSLATIONS_DIR
from tests.aktivitas.conftest import Data, Jam
from tests.terjemahan import (
    bahasa_inggris,
    belum_diterjemahkan,
    belum_setelah_lupdate,
    jumlah_pesan,
    tanpa_lupdate,
)

TS = TRANSLATIONS_DIR / "aktivitas_en.ts"
english = pytest.fixture(bahasa_inggris)


def test_the_committed_file_is_complete() -> None:
    assert belum_diterjemahkan(TS) == []
    assert jumlah_pesan(TS) > 90


@tanpa_lupdate
def test_every_string_of_the_aktivitas_screens_is_translated(tmp_path: Path) -> None:
    belum = belum_setelah_lupdate(TS.name, "aktivitas", tmp_path)
    assert belum == [], "run pyside6-lupdate on views/aktivitas and translate the new strings"


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

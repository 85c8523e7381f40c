"""The Admin Instansi screens: every string in `admin_en.ts`, translated, and shown in English."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.admin.admin_page import AdminPage
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.common.translations import TRANSLATIONS_DIR
from tests.support import Org
from tests.terjemahan import (
    bahasa_inggris,
    belum_diterjemahkan,
    belum_setelah_lupdate,
    jumlah_pesan,
    tanpa_lupdate,
)

TS = TRANSLATIONS_DIR / "admin_en.ts"
english = pytest.fixture(bahasa_inggris)


def test_the_committed_file_is_complete() -> None:
    assert belum_diterjemahkan(TS) == []
    assert jumlah_pesan(TS) > 200


@tanpa_lupdate
def test_every_string_of_the_admin_screens_is_translated(tmp_path: Path) -> None:
    belum = belum_setelah_lupdate(TS.name, "admin", tmp_path)
    assert belum == [], "run pyside6-lupdate on views/admin and translate the new strings"


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

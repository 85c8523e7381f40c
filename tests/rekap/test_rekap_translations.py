"""The rekap, kurva, capaian and keberatan screens: all in `rekap_en.ts`, and shown in English."""

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
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.common.translations import TRANSLATIONS_DIR, install_translators
from ekinerja_desktop.views.kurva.kurva_page import KurvaPage
from ekinerja_desktop.views.rekap.rekap_page import RekapPage

ROOT = TRANSLATIONS_DIR.parents[2]
TS = TRANSLATIONS_DIR / "rekap_en.ts"
FOLDERS = ("rekap", "kurva", "capaian", "keberatan")
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


@pytest.mark.skipif(not LUPDATE.exists(), reason="PySide6 without lupdate")
def test_every_string_of_these_screens_is_translated(tmp_path: Path) -> None:
    ts = tmp_path / "rekap_en.ts"
    shutil.copy(TS, ts)
    folders = [str(ROOT / "ekinerja_desktop" / "views" / f) for f in FOLDERS]
    subprocess.run(
        [str(LUPDATE), "-extensions", "py", "-locations", "none", "-no-obsolete", *folders,
         "-ts", str(ts)],
        check=True,
        capture_output=True,
        timeout=120,
    )  # fmt: skip
    assert _belum(ts) == [], "run lupdate on the four folders and translate the new strings"


@pytest.fixture
def english(tmp_path: Path) -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    translators = install_translators(app, "en", tmp_path / "qm")
    yield
    for translator in translators:
        app.removeTranslator(translator)


def test_the_pages_speak_english(
    qtbot: QtBot, english: None, uow: UnitOfWork, bridge: ChangeBridge
) -> None:
    rekap, kurva = RekapPage(uow, bridge), KurvaPage(uow, bridge)
    for page in (rekap, kurva):
        qtbot.addWidget(page)
    assert rekap.export_button.text() == "E&xport to Excel…"
    assert rekap.model.headerData(1, Qt.Orientation.Horizontal) == "Name"
    assert kurva.png_button.text() == "&Save image (PNG)…"
    assert kurva.chart.sumbu_y.titleText() == "Share of pegawai (%)"

"""The English of the penilaian screens (resources/translations/penilaian_en.ts) is complete
and reaches the widgets."""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ekinerja_desktop.views.common.translations import compile_ts
from ekinerja_desktop.views.penilaian.penilaian_page import PenilaianPage
from tests.penilaian.layar import Layar

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "ekinerja_desktop" / "resources" / "translations" / "penilaian_en.ts"
TOOLS = Path(PySide6.__file__).resolve().parent
LUPDATE = TOOLS / ("lupdate.exe" if os.name == "nt" else "lupdate")


def unfinished(ts: Path) -> list[str]:
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") is not None:
            missing.append(message.findtext("source", ""))
        elif message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            if not forms or not all((f.text or "").strip() for f in forms):
                missing.append(message.findtext("source", ""))
        elif not (translation.text or "").strip():
            missing.append(message.findtext("source", ""))
    return missing


@pytest.mark.skipif(not LUPDATE.exists(), reason="PySide6 without lupdate")
def test_every_penilaian_string_has_english(tmp_path: Path) -> None:
    ts = tmp_path / TS.name
    shutil.copy(TS, ts)
    subprocess.run(
        [
            str(LUPDATE), "-extensions", "py", "-locations", "none", "-no-obsolete",
            str(ROOT / "ekinerja_desktop" / "views" / "penilaian"), "-ts", str(ts),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )  # fmt: skip
    assert unfinished(ts) == [], "run lupdate over views/penilaian and translate the new strings"


@pytest.fixture
def inggris(tmp_path: Path) -> Iterator[None]:
    qm = tmp_path / "penilaian_en.qm"
    if not compile_ts(TS, qm):
        pytest.skip("lrelease not available")
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


def test_the_page_speaks_english(inggris: None, qtbot: QtBot, layar: Layar) -> None:
    page = PenilaianPage(layar.uow, layar.bridge, layar.layanan)
    qtbot.addWidget(page)
    assert page.tombol_periode.text() == "Add &Periode Penilaian…"
    assert page.tabs.tabText(1) == "&Hasil Kerja"  # domain words stay Indonesian
    assert page.hasil_kerja.tombol_buka.text() == "&Open"

"""What the areas' translation tests share: the untranslated entries of a .ts file, the same
after `lupdate` re-reads an area's views (a new string not yet in the file shows up), and the
app switched to English for one test."""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication

from ekinerja_desktop.views.common.translations import TRANSLATIONS_DIR, install_translators

ROOT = TRANSLATIONS_DIR.parents[2]
LUPDATE = Path(PySide6.__file__).resolve().parent / (
    "lupdate.exe" if os.name == "nt" else "lupdate"
)
tanpa_lupdate = pytest.mark.skipif(not LUPDATE.exists(), reason="PySide6 without lupdate")


def belum_diterjemahkan(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    return [
        (c.findtext("name", ""), m.findtext("source", ""))
        for c in ET.parse(ts).getroot().iter("context")
        for m in c.iter("message")
        if (t := m.find("translation")) is None or t.get("type") is not None or not t.text
    ]


def jumlah_pesan(ts: Path) -> int:
    return len(list(ET.parse(ts).getroot().iter("message")))


def belum_setelah_lupdate(nama_ts: str, area: str, folder: Path) -> list[tuple[str, str]]:
    """The untranslated entries once `lupdate` has added the strings of `views/<area>` to a
    copy of the committed `nama_ts`."""
    ts = folder / nama_ts
    shutil.copy(TRANSLATIONS_DIR / nama_ts, ts)
    subprocess.run(
        [str(LUPDATE), "-extensions", "py", "-locations", "none", "-no-obsolete",
         str(ROOT / "ekinerja_desktop" / "views" / area), "-ts", str(ts)],
        check=True,
        capture_output=True,
        timeout=120,
    )  # fmt: skip
    return belum_diterjemahkan(ts)


def bahasa_inggris(tmp_path: Path) -> Iterator[None]:
    """The app's translators switched to English for one test; a module makes it its fixture
    with `english = pytest.fixture(bahasa_inggris)` (not in tests/conftest.py: no Qt there)."""
    app = QCoreApplication.instance()
    assert app is not None
    translators = install_translators(app, "en", tmp_path / "qm")
    yield
    for translator in translators:
        app.removeTranslator(translator)

"""The English translation covers every UI string and is compiled on demand."""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from ekinerja_desktop.views.common.translations import (
    TRANSLATIONS_DIR,
    compiled_qm,
    install_translators,
    translation_sources,
    ts_file,
)

ROOT = TRANSLATIONS_DIR.parents[2]
LUPDATE = Path(PySide6.__file__).resolve().parent / (
    "lupdate.exe" if os.name == "nt" else "lupdate"
)


def unfinished(ts: Path) -> list[tuple[str, str]]:
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") is not None:
                done = False
            elif message.get("numerus") == "yes":  # one text per plural form
                forms = translation.findall("numerusform")
                done = bool(forms) and all((f.text or "").strip() for f in forms)
            else:
                done = bool((translation.text or "").strip())
            if not done:
                missing.append((name, message.findtext("source", "")))
    return missing


# The contexts of the shell and the Daftar SKP screen. Screens added by later work carry their
# own contexts; add them here once their strings are translated, so they stay translated.
CONTEXTS_TRANSLATED = frozenset(
    {
        "App",
        "CrashDialog",
        "CrashReporter",
        "DaftarSkpPage",
        "DemoSwitcher",
        "KerjaLatar",
        "MainWindow",
        "RowTableModel",
        "SkpListPanel",
        "SkpTable",
    }
)


def untranslated(ts: Path) -> list[tuple[str, str]]:
    return [(c, s) for c, s in unfinished(ts) if c in CONTEXTS_TRANSLATED]


def test_committed_ts_is_complete() -> None:
    assert untranslated(ts_file("en")) == []


@pytest.mark.skipif(not LUPDATE.exists(), reason="PySide6 without lupdate")
def test_every_ui_string_has_an_english_translation(tmp_path: Path) -> None:
    """lupdate over the code, merged into a copy of the .ts: nothing new, nothing untranslated."""
    ts = tmp_path / "ekinerja_en.ts"
    shutil.copy(ts_file("en"), ts)
    subprocess.run(
        [
            str(LUPDATE), "-extensions", "py", "-locations", "none", "-no-obsolete",
            str(ROOT / "ekinerja_desktop" / "views"), str(ROOT / "ekinerja_desktop" / "app.py"),
            "-ts", str(ts),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )  # fmt: skip
    assert untranslated(ts) == [], "run pyside6-lupdate and translate the new strings"


def test_qm_is_compiled_when_missing_or_stale(tmp_path: Path) -> None:
    ts = tmp_path / "ekinerja_en.ts"
    shutil.copy(ts_file("en"), ts)
    qm = compiled_qm(ts, tmp_path / "cache")
    assert qm == ts.with_suffix(".qm") and qm.exists()
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "&Berkas") == "&File"

    built = qm.stat().st_mtime_ns
    assert compiled_qm(ts, tmp_path / "cache") == qm  # fresh: not rebuilt
    assert qm.stat().st_mtime_ns == built
    os.utime(ts, ns=(built + 10**9, built + 10**9))  # the .ts edited after the build
    assert compiled_qm(ts, tmp_path / "cache") == qm
    assert qm.stat().st_mtime_ns > built


def test_missing_ts_leaves_indonesian(tmp_path: Path) -> None:
    assert compiled_qm(tmp_path / "ekinerja_xx.ts", tmp_path) is None


FEATURE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>FiturUji</name>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
</TS>
"""


def test_a_features_own_ts_is_loaded_too(qapp: QCoreApplication, tmp_path: Path) -> None:
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(ts_file("en"), folder / "ekinerja_en.ts")
    (folder / "fitur_en.ts").write_text(FEATURE_TS, encoding="utf-8")
    assert translation_sources("en", folder) == [folder / "ekinerja_en.ts", folder / "fitur_en.ts"]
    assert install_translators(qapp, "id", tmp_path / "cache", folder) == []
    translators = install_translators(qapp, "en", tmp_path / "cache", folder)
    try:
        assert len(translators) == 2
        assert QCoreApplication.translate("FiturUji", "Simpan") == "Save"
        assert QCoreApplication.translate("MainWindow", "&Berkas") == "&File"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("FiturUji", "Simpan") == "Simpan"

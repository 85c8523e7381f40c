"""The English translation: `resources/translations/*_en.ts` compiled to `.qm` on demand.

Source strings are Indonesian, so Indonesian needs no translator at all, and a string missing
from the translation still shows in Indonesian, never in a wrong language. Only the `.ts` is in
git; the `.qm` is built by `pyside6-lrelease` when it is missing or older than the `.ts` (the
first `--lang en` start after a clone or an edit), next to the `.ts`, or in `fallback_dir` when
that folder is read-only. Without lrelease or the `.ts`, the app stays Indonesian and logs why.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QTranslator

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "id"
TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"


def ts_file(lang: str, folder: Path = TRANSLATIONS_DIR) -> Path:
    return folder / f"ekinerja_{lang}.ts"


def lrelease_command() -> list[str] | None:
    """PySide6's bundled lrelease, else one on PATH."""
    exe = ".exe" if sys.platform == "win32" else ""
    bundled = Path(PySide6.__file__).resolve().parent / f"lrelease{exe}"
    if bundled.exists():
        return [str(bundled)]
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    return None


def _fresh(qm: Path, ts: Path) -> bool:
    return qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime


def compile_ts(ts: Path, qm: Path) -> bool:
    """Run lrelease from `ts` into `qm` (through a temporary file, so a reader never sees half)."""
    command = lrelease_command()
    if command is None:
        log.warning("lrelease not found; the interface stays in Indonesian")
        return False
    temp = qm.with_name(qm.name + f".{os.getpid()}.tmp")
    try:
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [*command, "-silent", str(ts), "-qm", str(temp)],
            check=True,
            capture_output=True,
            timeout=120,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
        os.replace(temp, qm)
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("could not compile %s into %s: %s", ts, qm, error)
        temp.unlink(missing_ok=True)
        return False
    log.info("compiled %s", qm)
    return True


def compiled_qm(ts: Path, fallback_dir: Path) -> Path | None:
    """A `.qm` at least as new as `ts`, compiling it if needed; None if impossible."""
    if not ts.exists():
        log.warning("translation source missing: %s", ts)
        return None
    beside = ts.with_suffix(".qm")
    if _fresh(beside, ts):
        return beside
    cached = fallback_dir / beside.name
    if _fresh(cached, ts):
        return cached
    if os.access(ts.parent, os.W_OK) and compile_ts(ts, beside):
        return beside
    if compile_ts(ts, cached):
        return cached
    return None


def translation_sources(lang: str, folder: Path = TRANSLATIONS_DIR) -> list[Path]:
    """`ekinerja_<lang>.ts` first, then any feature's own `<feature>_<lang>.ts`."""
    main = ts_file(lang, folder)
    others = sorted(p for p in folder.glob(f"*_{lang}.ts") if p != main)
    return [main, *others]


def install_translators(
    app: QCoreApplication, lang: str, fallback_dir: Path, folder: Path = TRANSLATIONS_DIR
) -> list[QTranslator]:
    """Install the translators for `lang` on `app` (none for Indonesian, the source language).

    Qt asks the translator installed last first and falls through on a string it lacks, so a
    feature's own file wins over an entry of the main file, and a string none has stays
    Indonesian.
    """
    if lang == SOURCE_LANGUAGE:
        return []
    installed = []
    for ts in translation_sources(lang, folder):
        qm = compiled_qm(ts, fallback_dir)
        if qm is None:
            continue
        translator = QTranslator(app)
        if not translator.load(str(qm)):
            log.warning("could not load translation %s", qm)
            continue
        app.installTranslator(translator)
        installed.append(translator)
    return installed

"""Shared helpers: building the large benchmark databases once, and percentiles."""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from pathlib import Path

from ekinerja_desktop.db import open_database
from ekinerja_desktop.demo import DemoInfo, buat_demo

CACHE = Path(tempfile.gettempdir()) / "ekinerja-bench"
TAHUN = 2026


def large_database(jumlah_pegawai: int = 5000) -> tuple[Path, DemoInfo, float]:
    """A fresh copy of the benchmark database; returns (folder, info, generator seconds)."""
    CACHE.mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="ekinerja-bench-"))
    db = open_database(folder / "ekinerja.db")
    started = time.perf_counter()
    info = buat_demo(db, jumlah_pegawai=jumlah_pegawai, tahun=TAHUN)
    seconds = time.perf_counter() - started
    db.dispose()
    return folder, info, seconds


def remove(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def summary(values: list[float]) -> str:
    return (
        f"p50 {statistics.median(values):.2f}  p95 {percentile(values, 95):.2f}  "
        f"max {max(values):.2f}  (n={len(values)})"
    )

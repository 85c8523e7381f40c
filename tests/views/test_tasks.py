"""Slow work off the GUI thread: the window stays live, a busy dialog shows, results return."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from ekinerja_desktop.views.common.tasks import jalankan_di_latar


def parent_window(qtbot: QtBot) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    return window


def test_slow_work_keeps_the_gui_live_behind_a_busy_dialog(qtbot: QtBot) -> None:
    window = parent_window(qtbot)
    lepas = threading.Event()
    seen: list[tuple[bool, str, bool]] = []

    def periksa() -> None:  # runs on the GUI thread while the work is still going
        [dialog] = window.findChildren(QProgressDialog)
        seen.append((dialog.isVisible(), dialog.labelText(), threading.current_thread().name))
        lepas.set()

    def kerja() -> str:
        assert lepas.wait(10)
        return threading.current_thread().name

    QTimer.singleShot(300, periksa)
    thread_name = jalankan_di_latar(window, "Menyalin berkas…", kerja, jeda_ms=50)
    assert thread_name == "kerja-latar"
    assert seen == [(True, "Menyalin berkas…", threading.main_thread().name)]
    qtbot.waitUntil(lambda: not window.findChildren(QProgressDialog))


def test_the_works_error_is_raised_in_the_caller(qtbot: QtBot) -> None:
    window = parent_window(qtbot)

    def kerja() -> None:
        raise ValueError("berkas rusak")

    with pytest.raises(ValueError, match="berkas rusak"):
        jalankan_di_latar(window, "Menyalin berkas…", kerja)


def test_work_done_within_the_delay_shows_no_dialog(qtbot: QtBot) -> None:
    window = parent_window(qtbot)
    lepas = threading.Event()
    shown: list[bool] = []

    def periksa() -> None:  # on the GUI thread, before the dialog's delay ends
        shown.extend(d.isVisible() for d in window.findChildren(QProgressDialog))
        lepas.set()

    def kerja() -> int:
        assert lepas.wait(10)
        return 7

    QTimer.singleShot(100, periksa)
    assert jalankan_di_latar(window, "Menyalin berkas…", kerja, jeda_ms=2_000) == 7
    assert shown == [False]

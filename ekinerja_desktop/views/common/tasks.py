"""Slow work off the GUI thread, for callers that need its result before going on.

Copying a 20 MB bukti dukung onto a slow hard disk (read, hash, write, fsync) can take
seconds; run on the GUI thread it freezes the window, which users take for a crash
(USERS.md). `jalankan_di_latar` runs the work on a worker thread and waits in a local event
loop, so the window keeps painting, and shows a busy progress dialog when the work is not done
within a moment. The dialog is window-modal: the user cannot start a second edit meanwhile.
The work's result is returned and its exception raised in the caller, as if it ran inline.

The work must not touch widgets: services are fine (commits reach screens through the
ChangeBridge, which delivers on the GUI thread).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")

#: Work done sooner than this shows no dialog at all (no flicker for small files).
JEDA_DIALOG_MS = 400


class _Selesai(QObject):
    """Lives on the GUI thread; the worker's emit is queued to it."""

    sig_selesai = Signal()


def jalankan_di_latar(
    parent: QWidget | None, label: str, kerja: Callable[[], T], jeda_ms: int = JEDA_DIALOG_MS
) -> T:
    """`kerja()` on a worker thread; the GUI stays live, a busy dialog shows if it is slow."""
    hasil: list[T] = []
    galat: list[BaseException] = []
    selesai = _Selesai()
    loop = QEventLoop()
    selesai.sig_selesai.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def jalankan() -> None:
        try:
            hasil.append(kerja())
        except BaseException as error:  # re-raised in the caller's thread
            galat.append(error)
        finally:
            selesai.sig_selesai.emit()

    dialog = _dialog(parent, label, jeda_ms)
    thread = threading.Thread(target=jalankan, name="kerja-latar", daemon=True)
    thread.start()
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    thread.join()
    dialog.reset()
    dialog.deleteLater()
    if galat:
        raise galat[0]
    return hasil[0]


def _dialog(parent: QWidget | None, label: str, jeda_ms: int) -> QProgressDialog:
    dialog = QProgressDialog(label, "", 0, 0, parent)  # 0..0: busy, no percentage
    dialog.setCancelButton(None)  # a half-copied file is cleaned up only by finishing
    dialog.setWindowTitle(QCoreApplication.translate("KerjaLatar", "Mohon tunggu"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(jeda_ms)
    dialog.setAccessibleName(label)
    dialog.setValue(0)  # starts the minimum-duration timer
    return dialog

"""Helpers of the SKP widget tests: an editor page on a kantor as someone, and waiting for the
editor to follow a ChangeSet (its refresh runs on the next event-loop turn)."""

from __future__ import annotations

from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ekinerja_desktop.services.skp import LayananSkp
from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.skp.skp_editor import SkpEditorPage
from tests.skp.conftest import Kantor

W = TypeVar("W", bound=QWidget)
HARI_INI = datetime(2026, 1, 12, 2, 0)


def uow_untuk(kantor: Kantor, aktor: Aktor) -> UnitOfWork:
    return UnitOfWork(kantor.db, aktor=aktor, clock=lambda: HARI_INI)


def buka_editor(qtbot: QtBot, kantor: Kantor, aktor: Aktor, skp_id: str) -> SkpEditorPage:
    uow = uow_untuk(kantor, aktor)
    page = SkpEditorPage(LayananSkp(uow), ChangeBridge(uow), skp_id)
    qtbot.addWidget(page)
    page.resize(1200, 720)
    page.show()
    qtbot.waitExposed(page)
    fokus(qtbot, page, page.hasil.tree)
    return page


def fokus(qtbot: QtBot, page: QWidget, widget: QWidget) -> None:
    """The page's window active and the keyboard in `widget` (shortcuts need both)."""
    page.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=3000)


def tunggu(qtbot: QtBot, page: SkpEditorPage) -> None:
    """Until the page has followed the last change."""
    qtbot.waitUntil(lambda: not page._refresh_timer.isActive(), timeout=3000)


def dialog(qtbot: QtBot, page: QObject, cls: type[W]) -> W:
    qtbot.waitUntil(lambda: isinstance(getattr(page, "dialog", None), cls), timeout=3000)
    found = page.dialog  # type: ignore[attr-defined]
    assert isinstance(found, cls)
    qtbot.waitExposed(found)
    return found


def ok(qtbot: QtBot, box: QWidget) -> None:
    """Press the accepting button of a dialog or message box."""
    if isinstance(box, QMessageBox):
        button = box.button(QMessageBox.StandardButton.Ok) or box.button(
            QMessageBox.StandardButton.Yes
        )
    else:
        buttons = box.findChild(QDialogButtonBox)
        assert buttons is not None
        button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def ketik(qtbot: QtBot, widget: QWidget, teks: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, teks)


def tekan(qtbot: QtBot, widget: QWidget, key: str) -> None:
    """A shortcut as the user types it, e.g. "Ctrl+Shift+Z", on the focused widget."""
    from PySide6.QtGui import QKeySequence

    if not widget.hasFocus():
        fokus(qtbot, widget.window(), widget)
    combo = QKeySequence(key)[0]  # type: ignore[index]  # QKeySequence is indexable
    qtbot.keyClick(widget, combo.key(), combo.keyboardModifiers())


def enter_di_sel(
    qtbot: QtBot, page: SkpEditorPage, view: QAbstractItemView, editor: QWidget
) -> None:
    """Enter in an inline editor: Qt commits on the next event-loop turn, then the page
    follows the ChangeSet."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState, timeout=3000)
    tunggu(qtbot, page)

"""Helpers for driving the penilaian widgets in tests: the app's services on the test world,
dialogs filled and saved, rows picked by id."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ekinerja_desktop.db import Database
from ekinerja_desktop.services.penilaian import LayananPenilaian
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.common.table_model import HasId
from ekinerja_desktop.views.penilaian.dialogs import DialogSimpan
from ekinerja_desktop.views.penilaian.tabel import TabelBaris

R = TypeVar("R", bound=HasId)


@dataclass
class Layar:
    db: Database
    uow: UnitOfWork
    bridge: ChangeBridge
    layanan: LayananPenilaian


def klik(qtbot: QtBot, tombol: QPushButton) -> None:
    assert tombol.isVisible(), tombol.text()
    assert tombol.isEnabled(), tombol.text()
    qtbot.mouseClick(tombol, Qt.MouseButton.LeftButton)


def dialog_terbuka(qtbot: QtBot, pemilik: QWidget) -> DialogSimpan:
    """The dialog the last click opened on `pemilik` (pages and panels keep it in `.dialog`)."""
    qtbot.waitUntil(lambda: getattr(pemilik, "dialog", None) is not None)
    dialog = pemilik.dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, DialogSimpan)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def simpan(qtbot: QtBot, dialog: DialogSimpan, tertutup: bool = True) -> None:
    qtbot.mouseClick(dialog.tombol_simpan, Qt.MouseButton.LeftButton)
    if tertutup:
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)


def pilih(qtbot: QtBot, tabel: TabelBaris[R], id_: str) -> None:
    qtbot.waitUntil(lambda: tabel.select_id(id_))
    assert tabel.selected_id() == id_


def terpilih(tabel: TabelBaris[R]) -> R:
    row = tabel.selected()
    assert row is not None
    return row


def isi_teks(qtbot: QtBot, widget: QWidget, teks: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, teks)


def semua_baris(tabel: TabelBaris[R]) -> Iterator[R]:
    model = tabel.model_baris
    for row in range(model.rowCount()):
        yield model.row_at(row)

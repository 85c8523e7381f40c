"""Pieces the Tim Kerja and MPH screens share: the message line that shows refusals in place,
running a service call with its refusal shown there, and a non-blocking confirmation."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QWidget

from ekinerja_desktop.domain import DomainError, format_nip
from ekinerja_desktop.errors import UserError

T = TypeVar("T")
translate = QCoreApplication.translate

STYLE_PESAN = {
    "error": "QLabel { background: #fde8e8; color: #7f1d1d; border: 1px solid #f5b5b5;"
    " border-radius: 3px; padding: 5px 8px; }",
    "info": "QLabel { background: #e8f1fd; color: #1e3a5f; border: 1px solid #b5cdf5;"
    " border-radius: 3px; padding: 5px 8px; }",
}


class PesanLabel(QLabel):
    """A message line: a refusal (error) or what just happened (info). Hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pesan")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(translate("TimCommon", "Pesan"))
        self.kind = ""
        self.hide()

    def tampilkan(self, text: str, kind: str = "info") -> None:
        self.kind = kind if text else ""
        self.setText(text)
        self.setStyleSheet(STYLE_PESAN.get(kind, ""))
        self.setVisible(bool(text))

    def bersihkan(self) -> None:
        self.tampilkan("")


def teks_nip(nip: str) -> str:
    """The grouped NIP ("19660801 198803 1 001"); a NIK or bad master data as stored."""
    try:
        return format_nip(nip)
    except DomainError:
        return nip


def jalankan(pesan: PesanLabel, fn: Callable[[], T]) -> T | None:
    """Run a service call; a refusal (UserError) goes to the message line, None returned."""
    try:
        return fn()
    except UserError as error:
        pesan.tampilkan(str(error), "error")
        return None


def berhasil(pesan: PesanLabel, fn: Callable[[], object]) -> bool:
    """Run a service call; False (and the refusal on the message line) when it was refused."""
    try:
        fn()
    except UserError as error:
        pesan.tampilkan(str(error), "error")
        return False
    return True


def tanya(parent: QWidget, judul: str, teks: str, lanjut: Callable[[], None]) -> QMessageBox:
    """A window-modal Yes/No question (`open()`, no nested event loop); `lanjut` on Yes."""
    box = QMessageBox(QMessageBox.Icon.Question, judul, teks, parent=parent)
    ya = box.addButton(translate("TimCommon", "&Ya"), QMessageBox.ButtonRole.YesRole)
    box.addButton(translate("TimCommon", "&Tidak"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(ya)

    def clicked(button: QAbstractButton) -> None:
        if button is ya:
            lanjut()

    box.buttonClicked.connect(clicked)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box

"""The crash dialog and the `sys.excepthook` that shows it.

A `UserError` that reaches the hook is shown as is (a message the user can act on). Anything
else is a bug: its traceback goes to the log and a dialog says, in Indonesian, that something
unexpected happened, that saved data is safe, where the log is, and offers the details to copy
for a report. The dialog does not block: the app keeps running behind it, and further errors
are appended to the open dialog instead of stacking new ones.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.errors import UserError

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class CrashDialog(QDialog):
    """Says that an unexpected error happened; shows the log path and copyable details."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kesalahan tak terduga"))
        self.setObjectName("crash_dialog")
        self.setMinimumWidth(520)

        icon = QLabel()
        style = self.style()
        icon.setPixmap(
            style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        heading = QLabel(self.tr("Terjadi kesalahan yang tidak terduga di aplikasi."))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        self.explanation = QLabel(
            self.tr(
                "Data yang sudah tersimpan aman: setiap perubahan disimpan di komputer ini "
                "saat itu juga. Perubahan yang sedang diproses ketika kesalahan terjadi "
                "mungkin belum tersimpan; periksa kembali pekerjaan terakhir Anda. Anda dapat "
                "melanjutkan bekerja; bila kesalahan berulang, tutup lalu buka kembali "
                "aplikasi."
            )
        )
        self.explanation.setWordWrap(True)

        self.log_label = QLabel()
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if log_path is not None:
            self.log_label.setText(
                self.tr("Catatan kesalahan (log) tersimpan di:\n{path}").format(path=log_path)
            )
        else:
            self.log_label.setText(self.tr("Catatan kesalahan (log) belum tersedia."))

        details_label = QLabel(self.tr("&Rincian untuk dilaporkan ke admin:"))
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumHeight(160)
        self.details.setAccessibleName(self.tr("Rincian kesalahan"))
        details_label.setBuddy(self.details)

        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("&Salin rincian"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        if log_path is not None:
            open_log = QPushButton(self.tr("&Buka folder log"))
            folder = QUrl.fromLocalFile(str(log_path.parent))
            open_log.clicked.connect(lambda: QDesktopServices.openUrl(folder))
            buttons.addButton(open_log, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Tutup"))
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(icon)
        texts = QVBoxLayout()
        texts.addWidget(heading)
        texts.addWidget(self.explanation)
        texts.addWidget(self.log_label)
        top.addLayout(texts, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(details_label)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        close.setFocus()

    def add_details(self, details: str) -> None:
        self.details.appendPlainText("\n" + details)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Rincian tersalin"))


class CrashReporter:
    """The `sys.excepthook` of the app: user errors shown, bugs logged and shown as a crash."""

    def __init__(self, log_path: Path | None) -> None:
        self.log_path = log_path
        self.dialog: CrashDialog | None = None
        self.message_box: QMessageBox | None = None
        self._previous_hook = sys.excepthook

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous_hook
        for window in (self.dialog, self.message_box):
            if window is not None:
                window.close()
        self.dialog = None
        self.message_box = None

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            self._previous_hook(exc_type, exc, tb)
            return
        if isinstance(exc, UserError):
            log.info("user error reached the top: %s", exc)
            self._show_user_error(str(exc))
            return
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        if QApplication.instance() is None:
            self._previous_hook(exc_type, exc, tb)
            return
        self.show_crash(details)

    def show_crash(self, details: str) -> CrashDialog:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_details(details)
        else:
            self.dialog = CrashDialog(details, self.log_path, QApplication.activeWindow())
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog.destroyed.connect(self._forget_dialog)
            self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _forget_dialog(self) -> None:
        self.dialog = None

    def _show_user_error(self, message: str) -> None:
        if QApplication.instance() is None:
            print(message, file=sys.stderr)
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QApplication.translate("CrashReporter", "Perhatian"),
            message,
            QMessageBox.StandardButton.Ok,
            QApplication.activeWindow(),
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box  # a parentless box lives as long as Python holds it
        box.finished.connect(self._forget_message_box)
        box.open()

    def _forget_message_box(self) -> None:
        self.message_box = None

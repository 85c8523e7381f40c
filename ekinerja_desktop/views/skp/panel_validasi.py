"""The findings before "Ajukan SKP", all at once (USERS.md: red blocks, yellow only warns).
Each finding is a row one can click or press Enter on, to select the RHK or IKI to fix."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import Temuan

MERAH, MERAH_TUA = QColor("#fde7e9"), QColor("#8e0015")
KUNING, COKLAT = QColor("#fff4ce"), QColor("#5c4400")
HIJAU = "#0f6b2f"
RHK_ROLE = Qt.ItemDataRole.UserRole
IKI_ROLE = Qt.ItemDataRole.UserRole + 1


class ValidasiPanel(QWidget):
    temuan_dipilih = Signal(str, str)  # rhk id, iki id ("" when none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel_validasi")
        self.ringkasan = QLabel()
        self.ringkasan.setObjectName("ringkasan_validasi")
        self.ringkasan.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("daftar_temuan")
        self.list.setAccessibleName(self.tr("Hasil pemeriksaan SKP"))
        self.list.setWordWrap(True)
        self.list.itemClicked.connect(self._pilih)
        self.list.itemActivated.connect(self._pilih)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.ringkasan)
        layout.addWidget(self.list, 1)
        self.temuan: tuple[Temuan, ...] | None = None  # None: never shown yet

    def set_temuan(self, temuan: Sequence[Temuan]) -> None:
        if tuple(temuan) == self.temuan:
            return
        self.temuan = tuple(temuan)
        errors = [t for t in temuan if t.tingkat == "ERROR"]
        warnings = [t for t in temuan if t.tingkat == "PERINGATAN"]
        if errors:
            self.ringkasan.setText(
                self.tr(
                    "<b>Belum dapat diajukan:</b> {e} kesalahan harus diperbaiki, "
                    "{w} peringatan. Klik sebuah baris untuk menuju RHK/IKI-nya."
                ).format(e=len(errors), w=len(warnings))
            )
            self.ringkasan.setStyleSheet(f"color: {MERAH_TUA.name()};")
        elif warnings:
            self.ringkasan.setText(
                self.tr(
                    "<b>Siap diajukan</b>, dengan {w} peringatan (tidak menghalangi pengajuan)."
                ).format(w=len(warnings))
            )
            self.ringkasan.setStyleSheet(f"color: {COKLAT.name()};")
        else:
            self.ringkasan.setText(self.tr("<b>Siap diajukan:</b> semua pemeriksaan terpenuhi."))
            self.ringkasan.setStyleSheet(f"color: {HIJAU};")
        style = QApplication.style()
        self.list.clear()
        for t in (*errors, *warnings):
            error = t.tingkat == "ERROR"
            icon = style.standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if error
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            label = self.tr("Kesalahan") if error else self.tr("Peringatan")
            item = QListWidgetItem(icon, t.pesan)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{label}: {t.pesan}")
            item.setToolTip(label)
            item.setBackground(QBrush(MERAH if error else KUNING))
            item.setForeground(QBrush(MERAH_TUA if error else COKLAT))
            item.setData(RHK_ROLE, t.rhk_id or "")
            item.setData(IKI_ROLE, t.iki_id or "")
            self.list.addItem(item)
        self.list.setVisible(bool(temuan))
        # Nothing to list: the summary line only, the tree takes the room back.
        self.setMaximumHeight(16_777_215 if temuan else self.ringkasan.sizeHint().height() + 8)

    def jumlah_error(self) -> int:
        return sum(1 for t in self.temuan or () if t.tingkat == "ERROR")

    def _pilih(self, item: QListWidgetItem) -> None:
        rhk_id, iki_id = str(item.data(RHK_ROLE) or ""), str(item.data(IKI_ROLE) or "")
        if rhk_id or iki_id:
            self.temuan_dipilih.emit(rhk_id, iki_id)

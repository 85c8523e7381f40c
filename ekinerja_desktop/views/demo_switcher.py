"""The demo toolbar: a clear "MODE DEMO" mark and a switch between the demo users."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from ekinerja_desktop.services.queries import PenggunaRow

DEMO_BADGE_STYLE = (
    "QLabel { background: #b45309; color: white; font-weight: bold;"
    " padding: 3px 10px; border-radius: 3px; }"
)


class DemoSwitcher(QWidget):
    """Emits `pengguna_dipilih(pegawai_id)` when another demo user is chosen."""

    pengguna_dipilih = Signal(str)

    def __init__(self, pengguna: Sequence[PenggunaRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demo_switcher")
        self.badge = QLabel(self.tr("MODE DEMO"))
        self.badge.setObjectName("demo_badge")
        self.badge.setStyleSheet(DEMO_BADGE_STYLE)
        self.badge.setAccessibleName(self.tr("Mode demo aktif"))
        self.badge.setToolTip(
            self.tr("Data instansi contoh. Perubahan hanya tersimpan di komputer ini.")
        )

        self.combo = QComboBox()
        self.combo.setObjectName("demo_user_combo")
        self.combo.setAccessibleName(self.tr("Bertindak sebagai pengguna demo"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        for row in pengguna:
            self.combo.addItem(f"{row.nama} — {row.peran}", row.id)
            self.combo.setItemData(
                self.combo.count() - 1,
                f"{row.jabatan}\n{row.unor_nama}\nNIP {row.nip}",
                Qt.ItemDataRole.ToolTipRole,
            )
        label = QLabel(self.tr("&Bertindak sebagai:"))
        label.setBuddy(self.combo)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.badge)
        layout.addSpacing(12)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(self._on_index)

    def current_id(self) -> str | None:
        value = self.combo.currentData()
        return str(value) if value else None

    def select(self, pegawai_id: str) -> bool:
        """Show this user as chosen, without emitting (the window already acts as them)."""
        index = self.combo.findData(pegawai_id)
        if index < 0:
            return False
        blocked = self.combo.blockSignals(True)
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(blocked)
        return True

    def _on_index(self, index: int) -> None:
        value = self.combo.itemData(index)
        if value:
            self.pengguna_dipilih.emit(str(value))

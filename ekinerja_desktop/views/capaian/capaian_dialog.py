"""Tambah / Edit Capaian Organisasi (S003 2.5): the capaian and its bukti dukung link.

A refusal (a bad link, a final capaian) is shown inside the dialog, which stays open with what
was typed; it closes only once the service has saved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import CapaianOrganisasi, StatusCapaian
from ekinerja_desktop.errors import UserError
from ekinerja_desktop.services.queries_capaian import CapaianRow
from ekinerja_desktop.views.rekap.common import PesanLabel

Simpan = Callable[[CapaianRow, CapaianOrganisasi, str], None]


class CapaianDialog(QDialog):
    def __init__(
        self, row: CapaianRow, periode: str, simpan: Simpan, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.row = row
        self._simpan = simpan
        baru = row.capaian_id is None
        self.setWindowTitle(
            self.tr("Tambah Capaian Organisasi") if baru else self.tr("Edit Capaian Organisasi")
        )
        self.setMinimumWidth(480)
        self.capaian_combo = QComboBox()
        self.capaian_combo.setAccessibleName(self.tr("Capaian organisasi"))
        for c in CapaianOrganisasi:
            self.capaian_combo.addItem(c.label, c.value)
        if row.capaian is not None:
            self.capaian_combo.setCurrentIndex(self.capaian_combo.findData(row.capaian.value))
        else:
            self.capaian_combo.setCurrentIndex(self.capaian_combo.findData("BAIK"))
        self.url_edit = QLineEdit(row.bukti_dukung_url or "")
        self.url_edit.setPlaceholderText("https://…")
        self.url_edit.setAccessibleName(self.tr("Tautan bukti dukung"))
        self.pesan = PesanLabel()

        form = QFormLayout()
        form.addRow(self.tr("Unit kerja induk:"), QLabel(row.unor_nama))
        form.addRow(self.tr("Periode:"), QLabel(periode))
        form.addRow(self.tr("&Capaian organisasi:"), self.capaian_combo)
        form.addRow(self.tr("&Bukti dukung (tautan):"), self.url_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.simpan)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if row.status is StatusCapaian.FINAL:
            # S003: a final capaian keeps its value; only the link may be corrected.
            self.capaian_combo.setEnabled(False)
            self.pesan.tampilkan(
                self.tr(
                    "Capaian ini sudah final: hanya tautan bukti dukung yang dapat diubah. "
                    "Batalkan final untuk mengubah capaiannya."
                ),
                "info",
            )
        layout.addWidget(self.pesan)
        layout.addWidget(self.buttons)

    def capaian(self) -> CapaianOrganisasi:
        return CapaianOrganisasi(str(self.capaian_combo.currentData()))

    def simpan(self) -> None:
        try:
            self._simpan(self.row, self.capaian(), self.url_edit.text())
        except UserError as error:
            self.pesan.tampilkan(str(error), "error")
            return
        self.accept()

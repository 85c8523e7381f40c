"""The pejabat penilai's "Edit Status" (S000 Gambar 46), and the owner's "Ajukan SKP"
confirmation (S000 Gambar 39)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import PeranSkp, StatusSkp, Temuan, wajib_catatan

translate = QCoreApplication.translate


class EditStatusDialog(QDialog):
    """The statuses the domain allows this role from the current one; a catatan perbaikan is
    required where the status machine says so (back to Draft). `simpan(ke, catatan)` runs the
    service and returns the refusal to show, or None."""

    def __init__(
        self,
        dari: StatusSkp,
        peran: PeranSkp,
        pilihan: Sequence[StatusSkp],
        simpan: Callable[[StatusSkp, str | None], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_edit_status")
        self.setWindowTitle(self.tr("Edit Status"))
        self.dari, self.peran, self.simpan = dari, peran, simpan
        self.resize(460, 300)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status baru"))
        for status in pilihan:
            self.status.addItem(status.label, status.value)
        self.catatan = QPlainTextEdit()
        self.catatan.setTabChangesFocus(True)
        self.catatan.setAccessibleName(self.tr("Catatan perbaikan"))
        self.catatan.setPlaceholderText(
            self.tr("Apa yang harus diperbaiki pegawai; catatan ini tampil pada SKP-nya.")
        )
        self.label_catatan = QLabel()
        self.label_catatan.setBuddy(self.catatan)
        self.pesan = QLabel()
        self.pesan.setObjectName("pesan_error")
        self.pesan.setStyleSheet("color: #b00020;")
        self.pesan.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Status sekarang:"), QLabel(dari.label))
        label_status = QLabel(self.tr("&Status:"))
        label_status.setBuddy(self.status)
        form.addRow(label_status, self.status)
        form.addRow(self.label_catatan, self.catatan)
        self.tombol = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.tombol.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan"))
        self.tombol.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.tombol.accepted.connect(self.accept)
        self.tombol.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.pesan)
        layout.addWidget(self.tombol)
        self.status.currentIndexChanged.connect(self._periksa)
        self.catatan.textChanged.connect(self._periksa)
        self._periksa()

    def pilihan(self) -> StatusSkp:
        return StatusSkp(self.status.currentData())

    def _wajib(self) -> bool:
        return self.status.count() > 0 and wajib_catatan(self.dari, self.pilihan(), self.peran)

    def _periksa(self) -> None:
        wajib = self._wajib()
        self.label_catatan.setText(
            self.tr("&Catatan perbaikan (wajib):") if wajib else self.tr("&Catatan (opsional):")
        )
        kosong = not self.catatan.toPlainText().strip()
        self.pesan.setText(
            self.tr("Tulis catatan perbaikan untuk pegawai.") if wajib and kosong else ""
        )
        ok = self.tombol.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.status.count() > 0 and not (wajib and kosong))

    def accept(self) -> None:
        catatan = self.catatan.toPlainText().strip() or None
        error = self.simpan(self.pilihan(), catatan)
        if error:
            self.pesan.setText(error)
            return
        super().accept()


def konfirmasi_ajukan(parent: QWidget, ke: StatusSkp, peringatan: Sequence[Temuan]) -> QMessageBox:
    """The guide's confirmation (S000 Gambar 39), naming the warnings that remain."""
    box = QMessageBox(parent)
    box.setObjectName("konfirmasi_ajukan")
    box.setIcon(QMessageBox.Icon.Question)
    if ke is StatusSkp.PERSETUJUAN:
        box.setWindowTitle(translate("AjukanSkp", "Penetapan SKP"))
        box.setText(translate("AjukanSkp", "Apakah Anda yakin ingin menetapkan SKP ini?"))
        info = translate(
            "AjukanSkp", "SKP pimpinan unit kerja mandiri tidak memerlukan persetujuan atasan."
        )
    else:
        box.setWindowTitle(translate("AjukanSkp", "Pengajuan SKP"))
        box.setText(translate("AjukanSkp", "Apakah Anda yakin ingin mengajukan SKP ini?"))
        info = translate(
            "AjukanSkp", "Anda tidak bisa melakukan perubahan sampai SKP selesai ditinjau."
        )
    if peringatan:
        info += "\n\n" + translate("AjukanSkp", "Masih ada {n} peringatan:").format(
            n=len(peringatan)
        )
        info += "".join(f"\n• {t.pesan}" for t in peringatan)
    box.setInformativeText(info)
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Ok).setText(
        translate("AjukanSkp", "Tetapkan")
        if ke is StatusSkp.PERSETUJUAN
        else translate("AjukanSkp", "Ajukan")
    )
    box.button(QMessageBox.StandardButton.Cancel).setText(translate("AjukanSkp", "Batal"))
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    return box

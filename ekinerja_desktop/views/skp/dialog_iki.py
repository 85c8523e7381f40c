"""The "Tambah Indikator" / "Ubah IKI" dialog (S000 Gambar 13, 19, 35, 36): kuantitatif =
indikator, target min–max with satuan, perspektif (JPT) or aspek (JA/JF); kualitatif = one
narrative (JPT still with its perspektif)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import (
    MAKS_PANJANG_IKI,
    Aspek,
    DomainError,
    JenisSkp,
    LabeledEnum,
    Pendekatan,
    Perspektif,
    parse_angka,
)
from ekinerja_desktop.services.queries_skp import IkiRow

PANDUAN_PERSPEKTIF = {
    Perspektif.PENERIMA_LAYANAN: QT_TRANSLATE_NOOP(
        "IkiDialog", "kemampuan organisasi memenuhi harapan penerima layanan"
    ),
    Perspektif.PROSES_BISNIS: QT_TRANSLATE_NOOP(
        "IkiDialog", "perbaikan proses yang bernilai tambah bagi pemangku kepentingan"
    ),
    Perspektif.PENGUATAN_INTERNAL: QT_TRANSLATE_NOOP(
        "IkiDialog", "pengembangan sumber daya organisasi sebagai pengungkit"
    ),
    Perspektif.ANGGARAN: QT_TRANSLATE_NOOP(
        "IkiDialog", "efektivitas dan efisiensi penggunaan anggaran (wajib ada di SKP JPT)"
    ),
}


def _combo(pilihan: type[LabeledEnum], kosong: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(kosong, "")
    for member in pilihan:
        combo.addItem(member.label, member.value)
    return combo


class IkiDialog(QDialog):
    """`simpan` runs the service with the fields; it returns the refusal to show, or None."""

    def __init__(
        self,
        jenis: JenisSkp,
        pendekatan: Pendekatan,
        rhk_teks: str,
        simpan: Callable[[dict[str, Any]], str | None],
        iki: IkiRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_iki")
        self.jenis, self.pendekatan, self.simpan = jenis, pendekatan, simpan
        self.kuantitatif = pendekatan is Pendekatan.KUANTITATIF
        self.setWindowTitle(self.tr("Ubah IKI") if iki else self.tr("Tambah indikator"))
        self.resize(600, 380)

        rhk = QLabel(self.tr("RHK: {teks}").format(teks=rhk_teks))
        rhk.setWordWrap(True)
        self.indikator = QPlainTextEdit()
        self.indikator.setTabChangesFocus(True)
        self.indikator.setMinimumHeight(60)
        self.indikator.setMaximumHeight(120)
        self.indikator.setAccessibleName(
            self.tr("Indikator kinerja individu")
            if self.kuantitatif
            else self.tr("Indikator kinerja individu dan target")
        )
        self.indikator.setPlaceholderText(
            self.tr("Ukuran keberhasilan, misalnya: Persentase dokumen yang ditetapkan tepat waktu")
            if self.kuantitatif
            else self.tr("Indikator dan target dalam satu narasi")
        )
        self.target_min = QLineEdit()
        self.target_max = QLineEdit()
        self.satuan = QLineEdit()
        self.target_min.setAccessibleName(self.tr("Target minimum"))
        self.target_max.setAccessibleName(self.tr("Target maksimum"))
        self.satuan.setAccessibleName(self.tr("Satuan target"))
        self.target_min.setPlaceholderText(self.tr("min"))
        self.target_max.setPlaceholderText(self.tr("maks (boleh kosong)"))
        self.satuan.setPlaceholderText(self.tr("%, dokumen, laporan…"))
        target = QHBoxLayout()
        target.addWidget(self.target_min)
        target.addWidget(QLabel("–"))
        target.addWidget(self.target_max)
        target.addWidget(self.satuan, 1)
        self.perspektif = _combo(Perspektif, self.tr("(pilih perspektif)"))
        self.perspektif.setAccessibleName(self.tr("Perspektif"))
        self.aspek = _combo(Aspek, self.tr("(pilih aspek)"))
        self.aspek.setAccessibleName(self.tr("Aspek"))
        self.panduan = QLabel()
        self.panduan.setWordWrap(True)
        self.catatan = QLabel()
        self.catatan.setObjectName("catatan_target")
        self.catatan.setStyleSheet("color: #8a5a00;")
        self.catatan.setWordWrap(True)
        self.pesan = QLabel()
        self.pesan.setObjectName("pesan_error")
        self.pesan.setStyleSheet("color: #b00020;")
        self.pesan.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(
            self.tr("&Indikator:") if self.kuantitatif else self.tr("&IKI dan target:"),
            self.indikator,
        )
        if self.kuantitatif:
            label = QLabel(self.tr("&Target:"))
            label.setBuddy(self.target_min)
            form.addRow(label, target)
            form.addRow("", self.catatan)
        if jenis is JenisSkp.JPT:
            form.addRow(self.tr("&Perspektif:"), self.perspektif)
            form.addRow("", self.panduan)
        elif self.kuantitatif:
            form.addRow(self.tr("&Aspek:"), self.aspek)
        self.tombol = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.tombol.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan"))
        self.tombol.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.tombol.accepted.connect(self.accept)
        self.tombol.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(rhk)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.pesan)
        layout.addWidget(self.tombol)

        for widget in (self.target_min, self.target_max, self.satuan):
            widget.textChanged.connect(self._periksa)
        self.indikator.textChanged.connect(self._periksa)
        self.perspektif.currentIndexChanged.connect(self._panduan)
        self._isi(iki)
        self._periksa()
        self._panduan()
        self.indikator.setFocus()

    def _isi(self, iki: IkiRow | None) -> None:
        if iki is None:
            return
        self.indikator.setPlainText(iki.indikator)
        self.target_min.setText(iki.target_min or "")
        self.target_max.setText(iki.target_max if iki.target_max != iki.target_min else "")
        self.satuan.setText(iki.satuan or "")
        if iki.perspektif:
            self.perspektif.setCurrentIndex(self.perspektif.findData(iki.perspektif.value))
        if iki.aspek:
            self.aspek.setCurrentIndex(self.aspek.findData(iki.aspek.value))

    def _panduan(self) -> None:
        value = self.perspektif.currentData()
        self.panduan.setText(self.tr(str(PANDUAN_PERSPEKTIF[Perspektif(value)])) if value else "")

    def _periksa(self) -> None:
        """Empty indicator blocks the dialog; odd targets only warn (a draft is never blocked,
        "Ajukan SKP" checks them)."""
        teks = self.indikator.toPlainText().strip()
        pesan = ""
        if not teks:
            pesan = self.tr("Isi indikator terlebih dahulu.")
        elif len(teks) > MAKS_PANJANG_IKI:
            pesan = self.tr("Teks IKI terlalu panjang ({n} dari {maks} karakter).").format(
                n=len(teks), maks=MAKS_PANJANG_IKI
            )
        self.pesan.setText(pesan)
        self.tombol.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not pesan)
        catatan = []
        for nama, field in (
            (self.tr("Target"), self.target_min),
            (self.tr("Maks"), self.target_max),
        ):
            if field.text().strip():
                try:
                    parse_angka(field.text())
                except DomainError as error:
                    catatan.append(f"{nama}: {error}")
        self.catatan.setText("\n".join(catatan))

    def fields(self) -> dict[str, Any]:
        fields: dict[str, Any] = {"indikator": self.indikator.toPlainText().strip()}
        if self.kuantitatif:
            lo = self.target_min.text().strip() or None
            hi = self.target_max.text().strip() or lo
            fields.update(target_min=lo, target_max=hi, satuan=self.satuan.text().strip() or None)
        if self.jenis is JenisSkp.JPT:
            value = self.perspektif.currentData()
            fields["perspektif"] = Perspektif(value) if value else None
        elif self.kuantitatif:
            value = self.aspek.currentData()
            fields["aspek"] = Aspek(value) if value else None
        return fields

    def accept(self) -> None:
        error = self.simpan(self.fields())
        if error:
            self.pesan.setText(error)
            return
        super().accept()

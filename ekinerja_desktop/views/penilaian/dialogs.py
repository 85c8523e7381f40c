"""The input dialogs of the penilaian screens.

Each dialog saves through a callback when OK is pressed; a refusal is shown inside the dialog,
which stays open with everything typed (USERS.md: input is never lost). Dialogs are opened
with `open()` (window-modal, not a nested event loop).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import SifatFeedback
from ekinerja_desktop.domain.penilaian import (
    BATAS_UKURAN_BERKAS,
    JENIS_BERKAS_DIIZINKAN,
    MIME_BUKTI_DUKUNG,
    format_ukuran,
)
from ekinerja_desktop.domain.tanggal import format_tanggal
from ekinerja_desktop.services.queries_penilaian import PeriodeTersediaRow
from ekinerja_desktop.views.penilaian.common import PesanLabel, format_masa, jalankan, tr

Simpan = Callable[[], object]


class DialogSimpan(QDialog):
    """OK runs `simpan`; the dialog closes only when it succeeded."""

    def __init__(self, judul: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(judul)
        self.setMinimumWidth(480)
        self.pesan = PesanLabel()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("&Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pesan)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.simpan: Simpan | None = None

    @property
    def tombol_simpan(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def accept(self) -> None:
        if self.simpan is None:
            super().accept()
            return
        simpan = self.simpan
        if jalankan(self.pesan, simpan):
            super().accept()


def _teks(accessible: str, tinggi: int = 80) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setAccessibleName(accessible)
    edit.setMinimumHeight(tinggi)
    return edit


def _baris(accessible: str, text: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setAccessibleName(accessible)
    return edit


def _konteks(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class TambahPeriodeDialog(DialogSimpan):
    """Choose one of the instansi's periods not yet on the SKP."""

    def __init__(self, rows: Sequence[PeriodeTersediaRow], parent: QWidget | None = None) -> None:
        super().__init__(tr("Tambah Periode Penilaian"), parent)
        self.daftar = QListWidget()
        self.daftar.setAccessibleName(tr("Periode yang dapat ditambahkan"))
        for row in rows:
            teks = tr("{nama}: {masa} · batas pengisian {batas}").format(
                nama=row.nama,
                masa=format_masa(row.awal, row.akhir),
                batas=format_tanggal(row.batas_pengisian),
            )
            if not row.terbuka:
                teks += tr(" (batas pengisian telah lewat)")
            item = QListWidgetItem(teks)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.daftar.addItem(item)
        if rows:
            self.daftar.setCurrentRow(0)
        self.daftar.itemDoubleClicked.connect(lambda _item: self.accept())
        label = QLabel(tr("&Periode:"))
        label.setBuddy(self.daftar)
        self.form.addRow(label, self.daftar)
        self.tombol_simpan.setText(tr("&Tambah"))
        self.tombol_simpan.setEnabled(bool(rows))

    def periode_id(self) -> str | None:
        item = self.daftar.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None


class RencanaAksiDialog(DialogSimpan):
    def __init__(
        self,
        rhk_teks: str,
        teks: str = "",
        target: str = "",
        satuan: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Rencana Aksi"), parent)
        self.teks = _teks(tr("Rencana aksi"))
        self.teks.setPlainText(teks)
        self.target = _baris(tr("Target rencana aksi"), target)
        self.satuan = _baris(tr("Satuan target rencana aksi"), satuan)
        self.target.setMaxLength(40)
        self.satuan.setMaxLength(80)
        self.form.addRow(tr("Rencana hasil kerja:"), _konteks(rhk_teks))
        self.form.addRow(tr("&Rencana aksi:"), self.teks)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        satuan_label = QLabel(tr("Sa&tuan:"))
        satuan_label.setBuddy(self.satuan)
        target_row.addWidget(satuan_label)
        target_row.addWidget(self.satuan, 2)
        target_label = QLabel(tr("Tar&get:"))
        target_label.setBuddy(self.target)
        self.form.addRow(target_label, target_row)
        catatan = _konteks(
            tr("Satuan target rencana aksi tidak harus sama dengan satuan target tahunan.")
        )
        catatan.setStyleSheet("color: #555;")
        self.form.addRow("", catatan)


class RealisasiDialog(DialogSimpan):
    def __init__(
        self,
        indikator: str,
        target: str,
        realisasi: str = "",
        sumber_data: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Realisasi"), parent)
        self.realisasi = _teks(tr("Realisasi"))
        self.realisasi.setPlainText(realisasi)
        self.sumber_data = _baris(tr("Sumber data"), sumber_data)
        self.form.addRow(tr("Indikator:"), _konteks(indikator))
        if target:
            self.form.addRow(tr("Target tahunan:"), _konteks(target))
        self.form.addRow(tr("&Realisasi:"), self.realisasi)
        self.form.addRow(tr("Sumber &data:"), self.sumber_data)


class BuktiDukungDialog(DialogSimpan):
    """A name plus a link or a local file (copied into the app's store when saved)."""

    def __init__(self, indikator: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("Tambah Bukti Dukung"), parent)
        self.nama = _baris(tr("Nama bukti dukung"))
        self.pakai_tautan = QRadioButton(tr("T&autan (Google Drive, Dropbox, dll.)"))
        self.pakai_berkas = QRadioButton(tr("Berkas di komputer &ini"))
        self.pakai_tautan.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.pakai_tautan)
        group.addButton(self.pakai_berkas)
        self.url = _baris(tr("Tautan bukti dukung"))
        self.url.setPlaceholderText("https://drive.google.com/…")
        self.berkas = _baris(tr("Berkas bukti dukung"))
        self.berkas.setReadOnly(True)
        self.pilih = QPushButton(tr("&Pilih Berkas…"))
        self.pilih.clicked.connect(self._pilih_berkas)
        berkas_row = QHBoxLayout()
        berkas_row.addWidget(self.berkas, 1)
        berkas_row.addWidget(self.pilih)
        self.form.addRow(tr("Indikator:"), _konteks(indikator))
        self.form.addRow(tr("&Nama:"), self.nama)
        self.form.addRow(tr("Jenis:"), self.pakai_tautan)
        self.form.addRow("", self.pakai_berkas)
        self.form.addRow(tr("&Tautan:"), self.url)
        self.form.addRow(tr("Berkas:"), berkas_row)
        catatan = _konteks(
            tr(
                "Berkas paling besar {batas}: {jenis}. Berkas disimpan di komputer ini dan "
                "dikirim ke server saat sinkronisasi."
            ).format(batas=format_ukuran(BATAS_UKURAN_BERKAS), jenis=JENIS_BERKAS_DIIZINKAN)
        )
        catatan.setStyleSheet("color: #555;")
        self.form.addRow("", catatan)
        self.pakai_tautan.toggled.connect(self._jenis_berubah)
        self._jenis_berubah()

    def is_berkas(self) -> bool:
        return self.pakai_berkas.isChecked()

    def path_berkas(self) -> Path | None:
        text = self.berkas.text().strip()
        return Path(text) if text else None

    def set_berkas(self, path: Path) -> None:
        self.pakai_berkas.setChecked(True)
        self.berkas.setText(str(path))

    def _jenis_berubah(self) -> None:
        tautan = self.pakai_tautan.isChecked()
        self.url.setEnabled(tautan)
        self.berkas.setEnabled(not tautan)
        self.pilih.setEnabled(not tautan)

    def _pilih_berkas(self) -> None:
        pola = " ".join(f"*{ext}" for ext in MIME_BUKTI_DUKUNG)
        path, _filter = QFileDialog.getOpenFileName(
            self, tr("Pilih berkas bukti dukung"), "", tr("Bukti dukung ({pola})").format(pola=pola)
        )
        if path:
            self.set_berkas(Path(path))


class FeedbackDialog(DialogSimpan):
    """Umpan balik: a text and whether it is positive or negative (👍 / 👎 of the guide)."""

    def __init__(self, tentang: str, sebagai: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("Tambah Feedback"), parent)
        self.teks = _teks(tr("Isi feedback"), 100)
        self.positif = QRadioButton(tr("P&ositif"))
        self.negatif = QRadioButton(tr("&Negatif"))
        self.positif.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.positif)
        group.addButton(self.negatif)
        sifat_row = QHBoxLayout()
        sifat_row.addWidget(self.positif)
        sifat_row.addWidget(self.negatif)
        sifat_row.addStretch(1)
        self.label_sebagai = _konteks(sebagai)
        self.form.addRow(tr("Tentang:"), _konteks(tentang))
        self.form.addRow(tr("Sebagai:"), self.label_sebagai)
        self.form.addRow(tr("&Feedback:"), self.teks)
        self.form.addRow(tr("Sifat:"), sifat_row)

    def sifat(self) -> SifatFeedback:
        return SifatFeedback.POSITIF if self.positif.isChecked() else SifatFeedback.NEGATIF

"""The print options: tanggal, lokasi and TTE anchor per signer (S000 Gambar 62–63, S003 2.5).

Defaults are today and the unit's kota. The last values are remembered (QSettings): lokasi and
anchors as typed, the tanggal only on the day it was chosen — a date kept from last month would
be signed by mistake.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.reports.opsi import OpsiCetak, TandaTangan

PERAN = ("pegawai", "pejabat_penilai")


class IngatanCetak:
    """The remembered print options, under "cetak/<peran>/…" in the given QSettings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else QSettings()

    def muat(self, hari_ini: date, kota: str) -> OpsiCetak:
        return OpsiCetak(*(self._muat(peran, hari_ini, kota) for peran in PERAN))

    def _muat(self, peran: str, hari_ini: date, kota: str) -> TandaTangan:
        s = self.settings
        tanggal = hari_ini
        if str(s.value(f"cetak/{peran}/dipilih_pada", "")) == hari_ini.isoformat():
            try:
                tanggal = date.fromisoformat(str(s.value(f"cetak/{peran}/tanggal", "")))
            except ValueError:
                tanggal = hari_ini
        lokasi = str(s.value(f"cetak/{peran}/lokasi", "") or "") or kota
        anchor = str(s.value(f"cetak/{peran}/anchor", "") or "")
        return TandaTangan(tanggal, lokasi, anchor)

    def simpan(self, opsi: OpsiCetak, hari_ini: date) -> None:
        s = self.settings
        for peran, tt in zip(PERAN, (opsi.pegawai, opsi.pejabat_penilai), strict=True):
            s.setValue(f"cetak/{peran}/tanggal", tt.tanggal.isoformat())
            s.setValue(f"cetak/{peran}/dipilih_pada", hari_ini.isoformat())
            s.setValue(f"cetak/{peran}/lokasi", tt.lokasi)
            s.setValue(f"cetak/{peran}/anchor", tt.anchor)
        s.sync()


class _KotakPenanda(QGroupBox):
    """Tanggal, lokasi and anchor of one signer."""

    def __init__(self, judul: str, nama_anchor: str, parent: QWidget | None = None) -> None:
        super().__init__(judul, parent)
        self.tanggal = QDateEdit()
        self.tanggal.setCalendarPopup(True)
        self.tanggal.setDisplayFormat("dd/MM/yyyy")
        self.tanggal.setAccessibleName(self.tr("Tanggal tanda tangan {peran}").format(peran=judul))
        self.lokasi = QLineEdit()
        self.lokasi.setAccessibleName(self.tr("Lokasi tanda tangan {peran}").format(peran=judul))
        self.lokasi.setMaxLength(80)
        self.anchor = QLineEdit()
        self.anchor.setAccessibleName(nama_anchor)
        self.anchor.setMaxLength(40)
        self.anchor.setPlaceholderText(self.tr("Kosongkan untuk tanda tangan basah"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Tanggal"), self.tanggal)
        form.addRow(self.tr("&Lokasi"), self.lokasi)
        form.addRow(nama_anchor, self.anchor)

    def isi(self, tt: TandaTangan) -> None:
        self.tanggal.setDate(QDate(tt.tanggal.year, tt.tanggal.month, tt.tanggal.day))
        self.lokasi.setText(tt.lokasi)
        self.anchor.setText(tt.anchor)

    def nilai(self) -> TandaTangan:
        d = self.tanggal.date()
        return TandaTangan(
            date(d.year(), d.month(), d.day()),
            self.lokasi.text().strip(),
            self.anchor.text().strip(),
        )


class PanelOpsiCetak(QWidget):
    """The two signers' boxes, side by side, for the print and batch dialogs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pegawai = _KotakPenanda(
            self.tr("Pegawai yang dinilai"), self.tr("Anchor TTE (opsional)")
        )
        self.pejabat_penilai = _KotakPenanda(
            self.tr("Pejabat penilai kinerja"), self.tr("Anchor TTE (opsional)")
        )
        keterangan = QLabel(
            self.tr(
                "Anchor diisi hanya bila dokumen akan ditandatangani secara elektronik (TTE): "
                "teks ini dicetak di tempat tanda tangan."
            )
        )
        keterangan.setWordWrap(True)
        keterangan.setObjectName("keterangan")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pegawai)
        layout.addWidget(self.pejabat_penilai)
        layout.addWidget(keterangan)

    def isi(self, opsi: OpsiCetak) -> None:
        self.pegawai.isi(opsi.pegawai)
        self.pejabat_penilai.isi(opsi.pejabat_penilai)

    def opsi(self) -> OpsiCetak:
        return OpsiCetak(self.pegawai.nilai(), self.pejabat_penilai.nilai())


class DialogOpsiCetak(QDialog):
    """Asks the signers' tanggal, lokasi and anchors before a document is shown."""

    def __init__(
        self,
        judul_dokumen: str,
        opsi: OpsiCetak,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cetak {dokumen}").format(dokumen=judul_dokumen))
        self.panel = PanelOpsiCetak()
        self.panel.isi(opsi)
        tombol = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = tombol.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Pratinjau"))
        tombol.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        tombol.accepted.connect(self.accept)
        tombol.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(tombol)
        self.panel.pegawai.lokasi.setFocus()

    def opsi(self) -> OpsiCetak:
        return self.panel.opsi()

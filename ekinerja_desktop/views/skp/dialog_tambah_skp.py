"""The "Tambah SKP" dialog (S000 Gambar 9, 17): the user's unit and atasan shown for a check,
periode awal/akhir, pendekatan, and "SKP PLT/PLH" only for a user holding an active PLT/PLH.
A refused period (inverted, across years, overlapping another SKP) is said inline; the dialog
stays open with what was typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import DomainError, Pendekatan
from ekinerja_desktop.services.queries_skp import InfoTambahSkp
from ekinerja_desktop.services.skp import LayananSkp

# Month names in Indonesian whatever the Windows locale is (USERS.md: no locale-dependent dates).
LOCALE_ID = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
FORMAT_TANGGAL = "d MMMM yyyy"


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _tanggal_edit(value: date, name: str) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setLocale(LOCALE_ID)
    edit.setDisplayFormat(FORMAT_TANGGAL)
    edit.setCalendarPopup(True)
    edit.setAccessibleName(name)
    return edit


class TambahSkpDialog(QDialog):
    """On success `skp_id` holds the new SKP; `dibuat` is also called with it."""

    def __init__(
        self,
        layanan: LayananSkp,
        info: InfoTambahSkp,
        hari_ini: date,
        dibuat: Callable[[str], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_tambah_skp")
        self.setWindowTitle(self.tr("Tambah SKP"))
        self.layanan, self.info, self.dibuat = layanan, info, dibuat
        self.skp_id: str | None = None
        self.setMinimumWidth(540)
        self.resize(580, 400)  # wrapped hints need the height; a fixed size never clips them

        self.unor = QLabel(info.unor_nama)
        atasan = (
            f"{info.atasan_nama}\n{info.atasan_jabatan}"
            if info.atasan_nama
            else self.tr("Belum ada atasan pada data pegawai Anda.")
        )
        self.atasan = QLabel(atasan)
        self.unor_atasan = QLabel(info.unor_atasan_nama or "–")
        for label in (self.unor, self.atasan, self.unor_atasan):
            label.setWordWrap(True)
        cek = QLabel(
            self.tr(
                "Cek terlebih dahulu data unit dan atasan sebelum membuat SKP. Jika ada yang "
                "salah, minta admin memperbaikinya; SKP tetap dapat disusun, lalu tekan "
                "Muat ulang di halaman SKP setelah data diperbaiki."
            )
        )
        cek.setWordWrap(True)
        cek.setObjectName("panduan")

        self.plt = QCheckBox(self.tr("SKP &PLT/PLH"))
        self.plt_pilihan = QComboBox()
        self.plt_pilihan.setAccessibleName(self.tr("Penugasan PLT/PLH"))
        for plt in info.plt_aktif:
            self.plt_pilihan.addItem(f"{plt.jabatan} ({plt.unor_nama})", plt.id)
        punya_plt = bool(info.plt_aktif)
        self.plt.setVisible(punya_plt)
        self.plt_pilihan.setVisible(punya_plt and len(info.plt_aktif) > 1)
        self.plt.toggled.connect(self._plt_berubah)

        tahun = hari_ini.year
        self.awal = _tanggal_edit(date(tahun, 1, 1), self.tr("Periode awal"))
        self.akhir = _tanggal_edit(date(tahun, 12, 31), self.tr("Periode akhir"))
        self.pendekatan = QComboBox()
        self.pendekatan.setAccessibleName(self.tr("Pendekatan"))
        self.pendekatan.addItem(
            self.tr("Kuantitatif — target berbasis angka"), Pendekatan.KUANTITATIF.value
        )
        self.pendekatan.addItem(
            self.tr("Kualitatif — target tidak berbasis angka"), Pendekatan.KUALITATIF.value
        )
        self.pesan = QLabel()
        self.pesan.setObjectName("pesan_error")
        self.pesan.setStyleSheet("color: #b00020;")
        self.pesan.setWordWrap(True)
        self.pesan.setAccessibleName(self.tr("Kesalahan"))

        form = QFormLayout()
        form.addRow(self.tr("Unit kerja:"), self.unor)
        form.addRow(self.tr("Atasan:"), self.atasan)
        form.addRow(self.tr("Unit atasan:"), self.unor_atasan)
        form.addRow("", cek)
        if punya_plt:
            form.addRow("", self.plt)
            form.addRow(self.tr("Penugasan:"), self.plt_pilihan)
        for text, widget in (
            (self.tr("Periode &awal:"), self.awal),
            (self.tr("Periode a&khir:"), self.akhir),
            (self.tr("&Pendekatan:"), self.pendekatan),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.tombol = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.tombol.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Buat SKP"))
        self.tombol.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.tombol.accepted.connect(self.accept)
        self.tombol.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.pesan)
        layout.addWidget(self.tombol)
        self.awal.dateChanged.connect(lambda _d: self.pesan.clear())
        self.akhir.dateChanged.connect(lambda _d: self.pesan.clear())
        self.awal.setFocus()

    def _plt_berubah(self, checked: bool) -> None:
        self.plt_pilihan.setEnabled(checked)
        if not checked:
            self.unor.setText(self.info.unor_nama)
            return
        plt = next(p for p in self.info.plt_aktif if p.id == self.plt_pilihan.currentData())
        self.unor.setText(f"{plt.unor_nama} ({plt.jabatan})")
        self.awal.setDate(
            QDate(plt.periode_awal.year, plt.periode_awal.month, plt.periode_awal.day)
        )
        self.akhir.setDate(
            QDate(plt.periode_akhir.year, plt.periode_akhir.month, plt.periode_akhir.day)
        )

    def accept(self) -> None:
        plt_id = self.plt_pilihan.currentData() if self.plt.isChecked() else None
        try:
            self.skp_id = self.layanan.buat_skp(
                _to_date(self.awal.date()),
                _to_date(self.akhir.date()),
                Pendekatan(self.pendekatan.currentData()),
                plt_plh_id=plt_id,
            )
        except DomainError as error:
            self.pesan.setText(str(error))
            self.awal.setFocus()
            return
        if self.dibuat is not None:
            self.dibuat(self.skp_id)
        super().accept()

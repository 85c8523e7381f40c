"""Dialogs of the Tim Kerja and MPH screens (S000 Gambar 22, 24, 27, 30, 32).

Each saves through a callback when OK is pressed; a refusal is shown inside the dialog, which
stays open with everything typed (USERS.md: input is never lost). They are opened with `open()`
(window-modal, no nested event loop), so tests and screens drive them alike.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import (
    MAKS_PANJANG_RHK,
    JenisRhk,
    KlasifikasiRhk,
    Pendekatan,
    format_tanggal,
)
from ekinerja_desktop.errors import UserError
from ekinerja_desktop.services.queries_tim import KandidatRow, UnorRow
from ekinerja_desktop.views.tim.common import PesanLabel, teks_nip


class DialogSimpan(QDialog):
    """OK runs `_simpan()`; the dialog closes only when it succeeded."""

    def __init__(self, judul: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(judul)
        self.setMinimumWidth(520)
        self.pesan = PesanLabel()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_utama = QVBoxLayout(self)
        self.layout_utama.addWidget(self.pesan)
        self.layout_utama.addLayout(self.form)
        self.layout_utama.addStretch(1)
        self.layout_utama.addWidget(self.buttons)

    def _simpan(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self._simpan()
        except UserError as error:
            self.pesan.tampilkan(str(error), "error")
            return
        super().accept()


class TimDialog(DialogSimpan):
    """Tambah Tim Kerja (S000 Gambar 24): the unit and the team's name."""

    def __init__(
        self,
        unor: Sequence[UnorRow],
        tahun: int,
        simpan: Callable[[str, str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Tambah Tim Kerja {tahun}").format(tahun=tahun), parent)
        self.simpan = simpan
        self.unor = QComboBox()
        self.unor.setAccessibleName(self.tr("Unit organisasi tim kerja"))
        for u in unor:
            self.unor.addItem(u.nama, u.id)
        self.nama = QLineEdit()
        self.nama.setAccessibleName(self.tr("Nama tim kerja"))
        self.nama.setMaxLength(255)
        self.nama.textChanged.connect(self._periksa)
        self.form.addRow(self.tr("&UNOR:"), self.unor)
        self.form.addRow(self.tr("&Nama tim kerja:"), self.nama)
        self._periksa()

    def _periksa(self) -> None:
        self.ok.setEnabled(bool(self.nama.text().strip()) and self.unor.count() > 0)

    def _simpan(self) -> None:
        self.simpan(str(self.unor.currentData()), self.nama.text())


def teks_kandidat(k: KandidatRow) -> str:
    return f"{k.nama} — {k.nip}"


class PilihPegawaiDialog(DialogSimpan):
    """Search a pegawai by NIP or name among those with an SKP that year (S000 Gambar 27, 30,
    42), see who it is, then OK."""

    def __init__(
        self,
        judul: str,
        kandidat: Sequence[KandidatRow],
        simpan: Callable[[KandidatRow], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(judul, parent)
        self.simpan = simpan
        self.terpilih: KandidatRow | None = None
        # One entry per pegawai (their first SKP of the year), found by name or NIP.
        self.kandidat: dict[str, KandidatRow] = {}
        for k in kandidat:
            self.kandidat.setdefault(teks_kandidat(k), k)
        self.cari = QLineEdit()
        self.cari.setAccessibleName(self.tr("Cari NIP atau nama pegawai"))
        self.cari.setPlaceholderText(self.tr("Ketik NIP atau nama…"))
        completer = QCompleter(list(self.kandidat), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self.pilih_teks)
        self.cari.setCompleter(completer)
        self.cari.returnPressed.connect(self.cari_pegawai)
        self.tombol_cari = QPushButton(self.tr("&Cari Pegawai"))
        self.tombol_cari.clicked.connect(self.cari_pegawai)
        baris = QHBoxLayout()
        baris.addWidget(self.cari, 1)
        baris.addWidget(self.tombol_cari)
        self.detail = QLabel()
        self.detail.setObjectName("detail_pegawai")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName(self.tr("Pegawai terpilih"))
        self.form.addRow(self.tr("C&ari NIP / nama:"), baris)
        self.form.addRow(self.tr("Pegawai terpilih:"), self.detail)
        self._tampilkan()

    def cari_pegawai(self) -> None:
        """The first pegawai whose name or NIP contains the text typed."""
        text = self.cari.text().strip().casefold()
        if text in {t.casefold() for t in self.kandidat}:
            self.pilih_teks(self.cari.text().strip())
            return
        cocok = [k for t, k in self.kandidat.items() if text and text in t.casefold()]
        if not cocok:
            self.terpilih = None
            self.pesan.tampilkan(
                self.tr(
                    "Tidak ada pegawai dengan SKP tahun ini yang cocok dengan “{teks}”."
                ).format(teks=self.cari.text().strip()),
                "error",
            )
            self._tampilkan()
            return
        self.pilih(cocok[0])

    def pilih_teks(self, text: str) -> None:
        lower = {t.casefold(): k for t, k in self.kandidat.items()}
        kandidat = lower.get(text.strip().casefold())
        if kandidat is not None:
            self.pilih(kandidat)

    def pilih(self, kandidat: KandidatRow) -> None:
        self.terpilih = kandidat
        self.pesan.bersihkan()
        self._tampilkan()

    def _tampilkan(self) -> None:
        k = self.terpilih
        self.ok.setEnabled(k is not None)
        if k is None:
            self.detail.setText(self.tr("Belum dipilih."))
            return
        periode = f"{format_tanggal(k.periode_awal)} s.d. {format_tanggal(k.periode_akhir)}"
        self.detail.setText(
            self.tr(
                "NIP: {nip}\nNama: {nama}\nPeriode SKP: {periode} ({status})\n"
                "Jabatan: {jabatan}\nUnit kerja: {unor}"
            ).format(
                nip=teks_nip(k.nip),
                nama=k.nama,
                periode=periode,
                status=k.status.label,
                jabatan=k.jabatan,
                unor=k.unor_nama,
            )
        )

    def _simpan(self) -> None:
        if self.terpilih is None:
            raise UserError(self.tr("Pilih pegawai terlebih dahulu."))
        self.simpan(self.terpilih)


@dataclass(frozen=True)
class NilaiRhk:
    rhk_diintervensi_id: str
    teks: str
    jenis: JenisRhk
    klasifikasi: KlasifikasiRhk
    indikator: str


@dataclass(frozen=True)
class PilihanRhk:
    """A leader RHK offered in the dialog."""

    id: str
    label: str


class RhkPeranDialog(DialogSimpan):
    """A leader adds an RHK to a pegawai's Draft SKP (S000 Gambar 31–32, MPH "Tambah RHK")."""

    def __init__(
        self,
        pegawai: str,
        pilihan: Sequence[PilihanRhk],
        terpilih: str | None,
        tim_nama: str | None,
        simpan: Callable[[NilaiRhk], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Tambah RHK untuk {pegawai}").format(pegawai=pegawai), parent)
        self.simpan = simpan
        self.tim_nama = tim_nama
        self.diintervensi = QComboBox()
        self.diintervensi.setAccessibleName(self.tr("RHK pimpinan yang diintervensi"))
        self.diintervensi.setEditable(True)
        self.diintervensi.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.diintervensi.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.diintervensi.setMinimumContentsLength(40)
        for p in pilihan:
            self.diintervensi.addItem(p.label, p.id)
        completer = self.diintervensi.completer()
        if completer is not None:  # searchable: any word of the RHK finds it
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        if terpilih is not None:
            self.diintervensi.setCurrentIndex(max(0, self.diintervensi.findData(terpilih)))
        self.klasifikasi = QComboBox()
        self.klasifikasi.setAccessibleName(self.tr("Klasifikasi RHK"))
        if tim_nama is not None:
            self.klasifikasi.addItem(
                self.tr("Organisasi — tertaut di tim kerja {tim}").format(tim=tim_nama),
                KlasifikasiRhk.ORGANISASI.value,
            )
            self.klasifikasi.setEnabled(False)
        else:
            self.klasifikasi.addItem(self.tr("Individu"), KlasifikasiRhk.INDIVIDU.value)
            self.klasifikasi.addItem(
                self.tr("Organisasi — tertaut di unit pegawai"), KlasifikasiRhk.ORGANISASI.value
            )
        self.jenis = QComboBox()
        self.jenis.setAccessibleName(self.tr("Jenis RHK"))
        for jenis in JenisRhk:
            self.jenis.addItem(jenis.label, jenis.value)
        self.teks = QPlainTextEdit()
        self.teks.setAccessibleName(self.tr("Rencana hasil kerja"))
        self.teks.setTabChangesFocus(True)
        self.teks.setPlaceholderText(self.tr("Rumuskan sebagai hasil, bukan kegiatan."))
        self.teks.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.teks.textChanged.connect(self._periksa)
        self.indikator = QLineEdit()
        self.indikator.setAccessibleName(self.tr("Indikator kinerja individu (opsional)"))
        self.form.addRow(self.tr("RHK &yang diintervensi:"), self.diintervensi)
        self.form.addRow(self.tr("&Klasifikasi:"), self.klasifikasi)
        self.form.addRow(self.tr("&Jenis:"), self.jenis)
        self.form.addRow(self.tr("&Rencana hasil kerja:"), self.teks)
        self.form.addRow(self.tr("&Indikator (opsional):"), self.indikator)
        self.teks.setFocus()
        self._periksa()

    def _periksa(self) -> None:
        teks = self.teks.toPlainText().strip()
        self.ok.setEnabled(bool(teks) and self.diintervensi.count() > 0)
        if len(teks) > MAKS_PANJANG_RHK:
            self.pesan.tampilkan(
                self.tr("Teks terlalu panjang: {n} dari {maks} karakter.").format(
                    n=len(teks), maks=MAKS_PANJANG_RHK
                ),
                "error",
            )

    def nilai(self) -> NilaiRhk:
        index = self.diintervensi.findText(self.diintervensi.currentText())
        if index < 0:
            raise UserError(self.tr("Pilih RHK pimpinan yang diintervensi dari daftar."))
        return NilaiRhk(
            rhk_diintervensi_id=str(self.diintervensi.itemData(index)),
            teks=self.teks.toPlainText(),
            jenis=JenisRhk(self.jenis.currentData()),
            klasifikasi=KlasifikasiRhk(self.klasifikasi.currentData()),
            indikator=self.indikator.text(),
        )

    def _simpan(self) -> None:
        self.simpan(self.nilai())


def tanggal(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class BuatSkpDialog(DialogSimpan):
    """ "Buat SKP" for a pegawai from the MPH (S000 Gambar 22): period and pendekatan."""

    def __init__(
        self,
        pegawai: str,
        tahun: int,
        simpan: Callable[[date, date, Pendekatan], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Buat SKP untuk {pegawai}").format(pegawai=pegawai), parent)
        self.simpan = simpan
        self.awal = QDateEdit(QDate(tahun, 1, 1))
        self.akhir = QDateEdit(QDate(tahun, 12, 31))
        for edit, name in (
            (self.awal, self.tr("Periode awal")),
            (self.akhir, self.tr("Periode akhir")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setAccessibleName(name)
        self.pendekatan = QComboBox()
        self.pendekatan.setAccessibleName(self.tr("Pendekatan SKP"))
        for p in Pendekatan:
            self.pendekatan.addItem(p.label, p.value)
        catatan = QLabel(
            self.tr(
                "SKP dibuat berstatus Draft atas nama pegawai tersebut; pegawai kemudian "
                "menyusun isinya dan mengajukannya sendiri."
            )
        )
        catatan.setWordWrap(True)
        self.form.addRow(self.tr("Periode &awal:"), self.awal)
        self.form.addRow(self.tr("Periode a&khir:"), self.akhir)
        self.form.addRow(self.tr("&Pendekatan:"), self.pendekatan)
        self.form.addRow(catatan)

    def _simpan(self) -> None:
        self.simpan(
            tanggal(self.awal.date()),
            tanggal(self.akhir.date()),
            Pendekatan(self.pendekatan.currentData()),
        )

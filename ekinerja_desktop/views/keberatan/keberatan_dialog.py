"""The three keberatan dialogs: Ajukan (pegawai), Penjelasan (PPK), Keputusan (atasan PPK).

Each shows a refusal in place and stays open with what was typed (USERS.md pain 2); it closes
only once the service has saved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import (
    BATAS_HARI_KEBERATAN,
    Rating,
    StatusKeberatan,
    format_tanggal,
    predikat_kinerja,
)
from ekinerja_desktop.errors import UserError
from ekinerja_desktop.services.queries_keberatan import KeberatanRow, PredikatSayaRow
from ekinerja_desktop.views.rekap.common import PesanLabel

RATING_URUT = (Rating.DIATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.DIBAWAH_EKSPEKTASI)


def rating_combo(nama: str, awal: Rating | None) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(nama)
    for r in RATING_URUT:
        combo.addItem(r.label, r.value)
    if awal is not None:
        combo.setCurrentIndex(combo.findData(awal.value))
    return combo


def rating_dari(combo: QComboBox) -> Rating:
    return Rating(str(combo.currentData()))


def teks_isian(nama: str, isi: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit(isi)
    edit.setAccessibleName(nama)
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
    edit.setMinimumHeight(70)
    return edit


class _DialogSimpan(QDialog):
    """OK runs `_simpan()`; a UserError stays in the dialog's message line."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(520)
        self.pesan = PesanLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        # Literal contexts: `self.tr` here would look the texts up under the subclass's name.
        self.ok.setText(QCoreApplication.translate("KeberatanDialog", "Simpan"))
        batal = QCoreApplication.translate("KeberatanDialog", "Batal")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(batal)
        self.buttons.accepted.connect(self.simpan)
        self.buttons.rejected.connect(self.reject)

    def _simpan(self) -> None:
        raise NotImplementedError

    def simpan(self) -> None:
        try:
            self._simpan()
        except UserError as error:
            self.pesan.tampilkan(str(error), "error")
            return
        self.accept()


class AjukanKeberatanDialog(_DialogSimpan):
    """The pegawai picks a rated period, writes the reason and the ratings asked for."""

    def __init__(
        self,
        predikat: Sequence[PredikatSayaRow],
        hari_ini: date,
        simpan: Callable[[PredikatSayaRow, str, Rating, Rating], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ajukan Keberatan"))
        self.predikat = list(predikat)
        self.hari_ini = hari_ini
        self._aksi = simpan
        self.periode_combo = QComboBox()
        self.periode_combo.setAccessibleName(self.tr("Predikat yang diajukan keberatan"))
        model = self.periode_combo.model()
        for i, p in enumerate(self.predikat):
            self.periode_combo.addItem(f"{p.periode_nama} {p.tahun} — {p.predikat.label}")
            if p.sudah_diajukan and isinstance(model, QStandardItemModel):
                item = model.item(i)
                item.setEnabled(False)
                item.setToolTip(self.tr("Keberatan atas predikat ini sudah diajukan."))
        pertama = next((i for i, p in enumerate(self.predikat) if not p.sudah_diajukan), -1)
        self.periode_combo.setCurrentIndex(pertama)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.alasan = teks_isian(self.tr("Alasan keberatan"))
        self.hasil = rating_combo(self.tr("Rating hasil kerja yang diminta"), None)
        self.perilaku = rating_combo(self.tr("Rating perilaku kerja yang diminta"), None)
        self.preview = QLabel()
        self.preview.setObjectName("predikat_diminta")
        form = QFormLayout()
        form.addRow(self.tr("&Predikat:"), self.periode_combo)
        form.addRow("", self.info)
        form.addRow(self.tr("&Alasan keberatan:"), self.alasan)
        form.addRow(self.tr("Rating &hasil kerja yang diminta:"), self.hasil)
        form.addRow(self.tr("Rating p&erilaku kerja yang diminta:"), self.perilaku)
        form.addRow(self.tr("Predikat yang diminta:"), self.preview)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.pesan)
        layout.addWidget(self.buttons)
        self.periode_combo.currentIndexChanged.connect(self._ubah_periode)
        self.hasil.currentIndexChanged.connect(self._ubah_rating)
        self.perilaku.currentIndexChanged.connect(self._ubah_rating)
        self._ubah_periode()

    def terpilih(self) -> PredikatSayaRow | None:
        i = self.periode_combo.currentIndex()
        return self.predikat[i] if 0 <= i < len(self.predikat) else None

    def _ubah_periode(self) -> None:
        p = self.terpilih()
        self.ok.setEnabled(p is not None and not p.sudah_diajukan)
        if p is None:
            self.info.setText(self.tr("Belum ada predikat yang dapat diajukan keberatan."))
            return
        teks = self.tr(
            "Saat ini: hasil kerja {hasil}, perilaku kerja {perilaku} → {predikat}. "
            "Ditetapkan {tanggal}; batas pengajuan {batas}."
        ).format(
            hasil=p.rating_hasil_kerja.label,
            perilaku=p.rating_perilaku_kerja.label,
            predikat=p.predikat.label,
            tanggal=format_tanggal(p.ditetapkan),
            batas=format_tanggal(p.batas),
        )
        if p.terlambat(self.hari_ini):
            teks += " " + self.tr(
                "Batas {hari} hari sudah lewat: keberatan akan tercatat Terlambat dan tidak "
                "dapat disetujui."
            ).format(hari=BATAS_HARI_KEBERATAN)
        self.info.setText(teks)
        self.info.setStyleSheet("color: #7c2d12;" if p.terlambat(self.hari_ini) else "")
        self._ubah_rating()

    def _ubah_rating(self) -> None:
        predikat = predikat_kinerja(rating_dari(self.hasil), rating_dari(self.perilaku))
        self.preview.setText(f"<b>{predikat.label}</b>")

    def _simpan(self) -> None:
        p = self.terpilih()
        if p is None:
            raise UserError(self.tr("Pilih predikat yang diajukan keberatan."))
        self._aksi(
            p, self.alasan.toPlainText(), rating_dari(self.hasil), rating_dari(self.perilaku)
        )


class PenjelasanDialog(_DialogSimpan):
    """The PPK answers the reason with a penjelasan."""

    def __init__(
        self, row: KeberatanRow, simpan: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Penjelasan Pejabat Penilai Kinerja"))
        self._aksi = simpan
        alasan = QLabel(row.alasan)
        alasan.setWordWrap(True)
        alasan.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.penjelasan = teks_isian(self.tr("Penjelasan"), row.penjelasan or "")
        form = QFormLayout()
        form.addRow(self.tr("Pegawai:"), QLabel(f"{row.pegawai_nama} · {row.periode_nama}"))
        form.addRow(self.tr("Alasan keberatan:"), alasan)
        form.addRow(self.tr("&Penjelasan:"), self.penjelasan)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.pesan)
        layout.addWidget(self.buttons)

    def _simpan(self) -> None:
        self._aksi(self.penjelasan.toPlainText())


class KeputusanDialog(_DialogSimpan):
    """The atasan PPK grants (with the new ratings) or refuses, with a recommendation."""

    def __init__(
        self,
        row: KeberatanRow,
        simpan: Callable[[StatusKeberatan, str, Rating, Rating], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keputusan Atasan Pejabat Penilai Kinerja"))
        self._aksi = simpan
        self.setujui = QRadioButton(self.tr("&Setujui"))
        self.tolak = QRadioButton(self.tr("&Tolak"))
        group = QButtonGroup(self)
        group.addButton(self.setujui)
        group.addButton(self.tolak)
        pilihan = QHBoxLayout()
        pilihan.addWidget(self.setujui)
        pilihan.addWidget(self.tolak)
        pilihan.addStretch(1)
        self.hasil = rating_combo(
            self.tr("Rating hasil kerja baru"), row.diminta.rating_hasil_kerja
        )
        self.perilaku = rating_combo(
            self.tr("Rating perilaku kerja baru"), row.diminta.rating_perilaku_kerja
        )
        self.preview = QLabel()
        self.rekomendasi = teks_isian(self.tr("Keputusan dan rekomendasi"))
        ringkas = QLabel(
            self.tr("Sebelum: {sebelum} · Diminta: {diminta}").format(
                sebelum=row.sebelum.predikat.label if row.sebelum.predikat else "-",
                diminta=row.diminta.predikat.label if row.diminta.predikat else "-",
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("Pegawai:"), QLabel(f"{row.pegawai_nama} · {row.periode_nama}"))
        form.addRow("", ringkas)
        form.addRow(self.tr("Keputusan:"), pilihan)
        form.addRow(self.tr("Rating &hasil kerja baru:"), self.hasil)
        form.addRow(self.tr("Rating p&erilaku kerja baru:"), self.perilaku)
        form.addRow(self.tr("Predikat baru:"), self.preview)
        form.addRow(self.tr("&Keputusan dan rekomendasi:"), self.rekomendasi)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.pesan)
        layout.addWidget(self.buttons)
        if row.status is StatusKeberatan.TERLAMBAT:
            self.setujui.setEnabled(False)
            self.tolak.setChecked(True)
            self.pesan.tampilkan(
                self.tr(
                    "Keberatan ini diajukan lebih dari {hari} hari setelah predikat ditetapkan "
                    "(Terlambat), sehingga hanya dapat ditolak."
                ).format(hari=BATAS_HARI_KEBERATAN),
                "warning",
            )
        else:
            self.setujui.setChecked(True)
        for widget in (self.setujui, self.tolak):
            widget.toggled.connect(self._ubah)
        self.hasil.currentIndexChanged.connect(self._ubah)
        self.perilaku.currentIndexChanged.connect(self._ubah)
        self._ubah()

    def keputusan(self) -> StatusKeberatan:
        return StatusKeberatan.DISETUJUI if self.setujui.isChecked() else StatusKeberatan.DITOLAK

    def _ubah(self) -> None:
        setuju = self.setujui.isChecked()
        self.hasil.setEnabled(setuju)
        self.perilaku.setEnabled(setuju)
        if setuju:
            predikat = predikat_kinerja(rating_dari(self.hasil), rating_dari(self.perilaku))
            self.preview.setText(f"<b>{predikat.label}</b>")
        else:
            self.preview.setText(self.tr("tetap seperti sebelum keberatan"))

    def _simpan(self) -> None:
        self._aksi(
            self.keputusan(),
            self.rekomendasi.toPlainText(),
            rating_dari(self.hasil),
            rating_dari(self.perilaku),
        )

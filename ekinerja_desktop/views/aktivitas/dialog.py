"""Tambah / Ubah Aktivitas (S004): date, time span, the RHK and rencana aksi of the SKP of that
date, description and evidence link.

Each reason a save is refused shows under its own field, and the dialog stays open with what
was typed; it closes only once the service has saved (USERS.md: never lose input).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import (
    MAKS_URAIAN,
    DomainError,
    IsianAktivitas,
    Kesalahan,
    format_jumlah_jam,
)
from ekinerja_desktop.domain.aktivitas import (
    KOLOM_BUKTI,
    KOLOM_JAM,
    KOLOM_RENCANA_AKSI,
    KOLOM_RHK,
    KOLOM_TANGGAL,
    KOLOM_URAIAN,
    durasi_menit,
)
from ekinerja_desktop.domain.tanggal import format_tanggal
from ekinerja_desktop.services.aktivitas import IsianTidakValid
from ekinerja_desktop.services.queries_aktivitas import PilihanIsian
from ekinerja_desktop.views.rekap.common import PesanLabel

Simpan = Callable[[IsianAktivitas], None]
Pilihan = Callable[[date], PilihanIsian | None]

STYLE_GALAT = "QLabel { color: #b91c1c; }"
FORMAT_TANGGAL = "dd/MM/yyyy"  # digits only: the same on every system locale
FORMAT_JAM = "HH:mm"


class AktivitasDialog(QDialog):
    def __init__(
        self,
        judul: str,
        isian: IsianAktivitas,
        hari_ini: date,
        pilihan: Pilihan,
        simpan: Simpan,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_aktivitas")
        self.setWindowTitle(judul)
        self.setMinimumWidth(520)
        self._pilihan_untuk = pilihan
        self._simpan = simpan
        self.pilihan: PilihanIsian | None = None

        self.tanggal_edit = QDateEdit()
        self.tanggal_edit.setDisplayFormat(FORMAT_TANGGAL)
        self.tanggal_edit.setCalendarPopup(True)
        self.tanggal_edit.setMaximumDate(_qdate(hari_ini))
        self.tanggal_edit.setAccessibleName(self.tr("Tanggal aktivitas"))
        self.skp_label = QLabel()
        self.skp_label.setObjectName("skp_label")
        self.mulai_edit = QTimeEdit()
        self.selesai_edit = QTimeEdit()
        self.mulai_edit.setAccessibleName(self.tr("Jam mulai"))
        self.selesai_edit.setAccessibleName(self.tr("Jam selesai"))
        for edit in (self.mulai_edit, self.selesai_edit):
            edit.setDisplayFormat(FORMAT_JAM)
            edit.timeChanged.connect(self._durasi)
        self.durasi_label = QLabel()
        self.rhk_combo = QComboBox()
        self.rhk_combo.setAccessibleName(self.tr("RHK yang didukung"))
        self.rhk_combo.setMinimumContentsLength(30)
        self.rhk_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.rencana_combo = QComboBox()
        self.rencana_combo.setAccessibleName(self.tr("Rencana aksi"))
        self.rencana_combo.setMinimumContentsLength(30)
        self.rencana_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.uraian_edit = QPlainTextEdit()
        self.uraian_edit.setAccessibleName(self.tr("Uraian aktivitas"))
        self.uraian_edit.setTabChangesFocus(True)
        self.uraian_edit.setFixedHeight(self.uraian_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.uraian_edit.textChanged.connect(self._hitung_uraian)
        self.jumlah_label = QLabel()
        self.bukti_edit = QLineEdit()
        self.bukti_edit.setPlaceholderText("https://…")
        self.bukti_edit.setAccessibleName(self.tr("Tautan bukti"))
        self.pesan = PesanLabel()
        self.galat: dict[str, QLabel] = {}

        jam = QHBoxLayout()
        jam.addWidget(self.mulai_edit)
        jam.addWidget(QLabel(self.tr("s.d.")))
        jam.addWidget(self.selesai_edit)
        jam.addWidget(self.durasi_label, 1)
        tanggal = QHBoxLayout()
        tanggal.addWidget(self.tanggal_edit)
        tanggal.addWidget(self.skp_label, 1)
        form = QFormLayout()
        self._baris(form, self.tr("&Tanggal:"), KOLOM_TANGGAL, tanggal, self.tanggal_edit)
        self._baris(form, self.tr("&Jam:"), KOLOM_JAM, jam, self.mulai_edit)
        self._baris(form, self.tr("&RHK:"), KOLOM_RHK, self.rhk_combo)
        self._baris(form, self.tr("Rencana &aksi:"), KOLOM_RENCANA_AKSI, self.rencana_combo)
        uraian = QVBoxLayout()
        uraian.setSpacing(2)
        uraian.addWidget(self.uraian_edit)
        uraian.addWidget(self.jumlah_label, 0, Qt.AlignmentFlag.AlignRight)
        self._baris(form, self.tr("&Uraian:"), KOLOM_URAIAN, uraian, self.uraian_edit)
        self._baris(form, self.tr("&Bukti (tautan):"), KOLOM_BUKTI, self.bukti_edit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.simpan_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.simpan_button.setText(self.tr("Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.simpan)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pesan)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self._isi(isian)
        self.tanggal_edit.dateChanged.connect(lambda _d: self._muat_pilihan())
        self.rhk_combo.currentIndexChanged.connect(lambda _i: self._isi_rencana(None))

    def _baris(
        self,
        form: QFormLayout,
        label: str,
        kolom: str,
        isi: QWidget | QHBoxLayout | QVBoxLayout,
        buddy: QWidget | None = None,
    ) -> None:
        """A field with its error line under it (hidden while there is no error)."""
        teks = QLabel(label)
        if buddy is None and isinstance(isi, QWidget):
            buddy = isi
        if buddy is not None:
            teks.setBuddy(buddy)
        form.addRow(teks, isi)
        galat = QLabel()
        galat.setObjectName(f"galat_{kolom}")
        galat.setStyleSheet(STYLE_GALAT)
        galat.setWordWrap(True)
        galat.setAccessibleName(self.tr("Kesalahan {field}").format(field=label.strip(":&")))
        galat.hide()
        form.addRow("", galat)
        self.galat[kolom] = galat

    # --- filling in -------------------------------------------------------------------------

    def _isi(self, isian: IsianAktivitas) -> None:
        self.tanggal_edit.setDate(_qdate(isian.tanggal))
        self.mulai_edit.setTime(QTime(isian.jam_mulai.hour, isian.jam_mulai.minute))
        self.selesai_edit.setTime(QTime(isian.jam_selesai.hour, isian.jam_selesai.minute))
        self.uraian_edit.setPlainText(isian.uraian)
        self.bukti_edit.setText(isian.bukti_url or "")
        self._muat_pilihan(isian.rhk_id, isian.rencana_aksi_id)
        self._durasi()
        self._hitung_uraian()

    def _muat_pilihan(self, rhk_id: str | None = None, rencana_id: str | None = None) -> None:
        """The RHK and rencana aksi of the approved SKP covering the chosen date."""
        lama_rhk = rhk_id or self.rhk_id()
        lama_rencana = rencana_id or self.rencana_aksi_id()
        self.pilihan = self._pilihan_untuk(self.tanggal())
        blocked = self.rhk_combo.blockSignals(True)
        self.rhk_combo.clear()
        if self.pilihan is None:
            self.skp_label.setText("")
            self._tampilkan(
                KOLOM_TANGGAL,
                self.tr(
                    "Tidak ada SKP yang disetujui pada tanggal ini; aktivitas harian diisi "
                    "setelah SKP disetujui atasan."
                ),
            )
        else:
            self.skp_label.setText(
                self.tr("SKP {awal} s.d. {akhir}").format(
                    awal=format_tanggal(self.pilihan.masa_awal),
                    akhir=format_tanggal(self.pilihan.masa_akhir),
                )
            )
            self._tampilkan(KOLOM_TANGGAL, "")
            for rhk in self.pilihan.rhk:
                self.rhk_combo.addItem(f"[{rhk.jenis.label}] {rhk.teks}", rhk.id)
                self.rhk_combo.setItemData(
                    self.rhk_combo.count() - 1, rhk.teks, Qt.ItemDataRole.ToolTipRole
                )
            i = self.rhk_combo.findData(lama_rhk)
            self.rhk_combo.setCurrentIndex(max(i, 0) if self.pilihan.rhk else -1)
        self.rhk_combo.blockSignals(blocked)
        self.rhk_combo.setEnabled(self.rhk_combo.count() > 0)
        self._isi_rencana(lama_rencana)

    def _isi_rencana(self, rencana_id: str | None) -> None:
        self.rencana_combo.clear()
        self.rencana_combo.addItem(self.tr("— tanpa rencana aksi —"), None)
        pilihan = self.pilihan.rencana_aksi_untuk(self.rhk_id()) if self.pilihan else ()
        for rencana in pilihan:
            self.rencana_combo.addItem(f"{rencana.teks} ({rencana.periode_nama})", rencana.id)
            self.rencana_combo.setItemData(
                self.rencana_combo.count() - 1, rencana.teks, Qt.ItemDataRole.ToolTipRole
            )
        self.rencana_combo.setCurrentIndex(max(0, self.rencana_combo.findData(rencana_id)))
        self.rencana_combo.setEnabled(bool(pilihan))

    def _durasi(self) -> None:
        menit = durasi_menit(self._jam(self.mulai_edit), self._jam(self.selesai_edit))
        self.durasi_label.setText(
            self.tr("({jam} jam)").format(jam=format_jumlah_jam(menit)) if menit else ""
        )

    def _hitung_uraian(self) -> None:
        self.jumlah_label.setText(f"{len(self.uraian_edit.toPlainText().strip())}/{MAKS_URAIAN}")

    # --- what was typed ----------------------------------------------------------------------

    def tanggal(self) -> date:
        d = self.tanggal_edit.date()
        return date(d.year(), d.month(), d.day())

    @staticmethod
    def _jam(edit: QTimeEdit) -> time:
        t = edit.time()
        return time(t.hour(), t.minute())

    def rhk_id(self) -> str | None:
        value = self.rhk_combo.currentData()
        return str(value) if value else None

    def rencana_aksi_id(self) -> str | None:
        value = self.rencana_combo.currentData()
        return str(value) if value else None

    def isian(self) -> IsianAktivitas:
        return IsianAktivitas(
            tanggal=self.tanggal(),
            jam_mulai=self._jam(self.mulai_edit),
            jam_selesai=self._jam(self.selesai_edit),
            uraian=self.uraian_edit.toPlainText(),
            rhk_id=self.rhk_id(),
            rencana_aksi_id=self.rencana_aksi_id(),
            bukti_url=self.bukti_edit.text(),
        )

    # --- saving -----------------------------------------------------------------------------

    def simpan(self) -> None:
        self.pesan.kosongkan()
        for kolom in self.galat:
            self._tampilkan(kolom, "")
        try:
            self._simpan(self.isian())
        except IsianTidakValid as error:
            self.tampilkan_kesalahan(error.kesalahan)
            return
        except DomainError as error:
            self.pesan.tampilkan(str(error), "error")
            return
        self.accept()

    def tampilkan_kesalahan(self, kesalahan: tuple[Kesalahan, ...]) -> None:
        """Each message under its field; the keyboard goes to the first field to fix."""
        fokus = {
            KOLOM_TANGGAL: self.tanggal_edit,
            KOLOM_JAM: self.mulai_edit,
            KOLOM_RHK: self.rhk_combo,
            KOLOM_RENCANA_AKSI: self.rencana_combo,
            KOLOM_URAIAN: self.uraian_edit,
            KOLOM_BUKTI: self.bukti_edit,
        }
        lain = []
        for k in kesalahan:
            if k.kolom in self.galat:
                self._tampilkan(k.kolom, k.pesan)
            else:
                lain.append(k.pesan)
        if lain:
            self.pesan.tampilkan("\n".join(lain), "error")
        pertama = next((fokus[k.kolom] for k in kesalahan if k.kolom in fokus), None)
        if pertama is not None:
            pertama.setFocus()

    def _tampilkan(self, kolom: str, pesan: str) -> None:
        galat = self.galat[kolom]
        galat.setText(pesan)
        galat.setVisible(bool(pesan))

    def kesalahan_tampil(self) -> dict[str, str]:
        """The error lines shown, by field (for tests and screen readers)."""
        return {k: g.text() for k, g in self.galat.items() if not g.isHidden()}


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)

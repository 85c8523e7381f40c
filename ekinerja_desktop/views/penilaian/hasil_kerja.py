"""Hasil kerja of one period: per IKI the realisasi, bukti dukung and feedback (labelled by
source). The owner fills realisasi and bukti dukung; the PPK and ketua tim give feedback."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import DomainError
from ekinerja_desktop.services.penilaian import LayananPenilaian
from ekinerja_desktop.services.queries_penilaian import (
    BuktiDukungRow,
    FeedbackRow,
    IkiPenilaianRow,
    PenilaianDetail,
)
from ekinerja_desktop.views.common.tasks import jalankan_di_latar
from ekinerja_desktop.views.penilaian.common import PesanLabel, jalankan, lebar_kolom, tr
from ekinerja_desktop.views.penilaian.dialogs import (
    BuktiDukungDialog,
    FeedbackDialog,
    RealisasiDialog,
)
from ekinerja_desktop.views.penilaian.models import BuktiDukungModel, FeedbackModel, HasilKerjaModel
from ekinerja_desktop.views.penilaian.tabel import TabelBaris

Konfirmasi = Callable[[QWidget, str], bool]
BukaUrl = Callable[[QUrl], bool]


def konfirmasi_hapus(parent: QWidget, pertanyaan: str) -> bool:
    jawab = QMessageBox.question(
        parent,
        tr("Konfirmasi"),
        pertanyaan,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return jawab == QMessageBox.StandardButton.Yes


def label_sebagai(detail: PenilaianDetail) -> str:
    if detail.sumber_aktor is None:
        return ""
    return detail.sumber_aktor.label


class HasilKerjaPanel(QWidget):
    """IKI table above, the selected IKI's bukti dukung and feedback below."""

    def __init__(
        self, layanan: LayananPenilaian, pesan: PesanLabel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.layanan = layanan
        self.pesan = pesan
        self.detail: PenilaianDetail | None = None
        self.dialog: RealisasiDialog | BuktiDukungDialog | FeedbackDialog | None = None
        self.konfirmasi: Konfirmasi = konfirmasi_hapus  # tests answer without a modal box
        self.buka_url: BukaUrl = QDesktopServices.openUrl

        self.iki = TabelBaris(HasilKerjaModel(), "tabel_hasil_kerja", tr("Hasil kerja per IKI"))
        lebar_kolom(self.iki, {0: 40, 3: 80, 5: 100, 6: 48, 7: 80}, melar=(1, 2, 4))
        self.iki.pilihan_berubah.connect(self._iki_dipilih)
        self.iki.doubleClicked.connect(lambda _index: self._aksi_utama())

        self.tombol_realisasi = QPushButton(tr("&Isi Realisasi…"))
        self.tombol_realisasi.clicked.connect(self.isi_realisasi)
        self.tombol_bukti = QPushButton(tr("Tambah &Bukti Dukung…"))
        self.tombol_bukti.clicked.connect(self.tambah_bukti)
        self.tombol_feedback = QPushButton(tr("Beri &Feedback…"))
        self.tombol_feedback.clicked.connect(self.beri_feedback)
        bar = QHBoxLayout()
        for tombol in (self.tombol_realisasi, self.tombol_bukti, self.tombol_feedback):
            bar.addWidget(tombol)
        bar.addStretch(1)

        self.bukti = TabelBaris(BuktiDukungModel(), "tabel_bukti_dukung", tr("Bukti dukung"))
        lebar_kolom(self.bukti, {1: 56, 3: 90}, melar=(0, 2))
        self.bukti.doubleClicked.connect(lambda _index: self.buka_bukti())
        self.tombol_buka = QPushButton(tr("B&uka"))
        self.tombol_buka.clicked.connect(self.buka_bukti)
        self.tombol_hapus_bukti = QPushButton(tr("H&apus"))
        self.tombol_hapus_bukti.clicked.connect(self.hapus_bukti)
        self.bukti.pilihan_berubah.connect(lambda _id: self._perbarui_tombol())
        bukti_box = _kotak(
            tr("Bukti dukung"), self.bukti, self.tombol_buka, self.tombol_hapus_bukti
        )

        self.feedback = TabelBaris(
            FeedbackModel(), "tabel_feedback_iki", tr("Feedback hasil kerja")
        )
        lebar_kolom(self.feedback, {1: 60, 3: 110}, melar=(0, 2))
        self.tombol_hapus_feedback = QPushButton(tr("&Tarik Feedback Saya"))
        self.tombol_hapus_feedback.clicked.connect(self.hapus_feedback)
        self.feedback.pilihan_berubah.connect(lambda _id: self._perbarui_tombol())
        feedback_box = _kotak(tr("Feedback"), self.feedback, self.tombol_hapus_feedback)

        bawah = QSplitter(Qt.Orientation.Horizontal)
        bawah.addWidget(bukti_box)
        bawah.addWidget(feedback_box)
        bawah.setChildrenCollapsible(False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.iki)
        split.addWidget(bawah)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    # --- showing ------------------------------------------------------------------------------

    def tampilkan(self, detail: PenilaianDetail | None) -> None:
        self.detail = detail
        pemilik = detail is not None and detail.relasi.pemilik
        self.tombol_realisasi.setVisible(pemilik)
        self.tombol_bukti.setVisible(pemilik)
        self.tombol_hapus_bukti.setVisible(pemilik)
        self.tombol_feedback.setVisible(detail is not None and detail.sumber_aktor is not None)
        self.tombol_hapus_feedback.setVisible(
            detail is not None and detail.sumber_aktor is not None
        )
        self.iki.set_rows(detail.iki if detail else ())

    def _iki_dipilih(self, _id: str) -> None:
        iki = self.iki.selected()
        self.bukti.set_rows(iki.bukti_dukung if iki else ())
        self.feedback.set_rows(iki.feedback if iki else ())
        self._perbarui_tombol()

    def _perbarui_tombol(self) -> None:
        d = self.detail
        ada_iki = self.iki.selected() is not None
        isi = d is not None and d.boleh_isi and ada_iki
        self.tombol_realisasi.setEnabled(isi)
        self.tombol_bukti.setEnabled(isi)
        self.tombol_feedback.setEnabled(d is not None and d.boleh_feedback and ada_iki)
        bukti = self.bukti.selected()
        self.tombol_buka.setEnabled(bukti is not None)
        self.tombol_hapus_bukti.setEnabled(bukti is not None and d is not None and d.boleh_isi)
        feedback = self.feedback.selected()
        self.tombol_hapus_feedback.setEnabled(
            feedback is not None and feedback.milik_aktor and d is not None and d.periode.terbuka
        )

    def _aksi_utama(self) -> None:
        if self.tombol_realisasi.isVisible() and self.tombol_realisasi.isEnabled():
            self.isi_realisasi()
        elif self.tombol_feedback.isVisible() and self.tombol_feedback.isEnabled():
            self.beri_feedback()

    # --- actions ------------------------------------------------------------------------------

    def _pilihan(self) -> tuple[PenilaianDetail, IkiPenilaianRow] | None:
        iki = self.iki.selected()
        if self.detail is None or iki is None:
            return None
        return self.detail, iki

    def isi_realisasi(self) -> None:
        pilihan = self._pilihan()
        if pilihan is None:
            return
        detail, iki = pilihan
        dialog = RealisasiDialog(iki.indikator, iki.target, iki.realisasi, iki.sumber_data, self)
        dialog.simpan = lambda: self.layanan.set_realisasi(
            detail.periode.id,
            iki.id,
            dialog.realisasi.toPlainText(),
            dialog.sumber_data.text(),
        )
        self._buka(dialog)

    def tambah_bukti(self) -> None:
        pilihan = self._pilihan()
        if pilihan is None:
            return
        detail, iki = pilihan
        dialog = BuktiDukungDialog(iki.indikator, self)

        def simpan() -> object:
            path = dialog.path_berkas()
            if not dialog.is_berkas():
                return self.layanan.tambah_bukti_dukung_link(
                    detail.periode.id, iki.id, dialog.nama.text(), dialog.url.text()
                )
            if path is None:
                raise DomainError(tr("Pilih berkas bukti dukung lebih dahulu."))
            nama = dialog.nama.text()
            return jalankan_di_latar(  # a copy of up to 20 MB onto a slow disk
                dialog,
                tr("Menyalin berkas bukti dukung…"),
                lambda: self.layanan.tambah_bukti_dukung_berkas(
                    detail.periode.id, iki.id, nama, path
                ),
            )

        dialog.simpan = simpan
        self._buka(dialog)

    def beri_feedback(self) -> None:
        pilihan = self._pilihan()
        if pilihan is None:
            return
        detail, iki = pilihan
        tentang = tr("Hasil kerja {nomor}: {indikator}").format(
            nomor=iki.nomor, indikator=iki.indikator
        )
        dialog = FeedbackDialog(tentang, label_sebagai(detail), self)
        dialog.simpan = lambda: self.layanan.tambah_feedback(
            detail.periode.id, dialog.sifat(), dialog.teks.toPlainText(), iki_id=iki.id
        )
        self._buka(dialog)

    def buka_bukti(self) -> None:
        bukti = self.bukti.selected()
        if bukti is None:
            return
        self.buka(bukti)

    def buka(self, bukti: BuktiDukungRow) -> None:
        if not bukti.is_berkas:
            self.buka_url(QUrl(bukti.url or ""))
            return
        paths: list[object] = []
        if jalankan(self.pesan, lambda: paths.append(self.layanan.berkas_untuk_dibuka(bukti.id))):
            self.buka_url(QUrl.fromLocalFile(str(paths[0])))

    def hapus_bukti(self) -> None:
        bukti = self.bukti.selected()
        if bukti is None:
            return
        if self.konfirmasi(
            self, tr("Hapus bukti dukung \u201c{nama}\u201d?").format(nama=bukti.nama)
        ):
            jalankan(self.pesan, lambda: self.layanan.hapus_bukti_dukung(bukti.id))

    def hapus_feedback(self) -> None:
        feedback: FeedbackRow | None = self.feedback.selected()
        if feedback is None or not feedback.milik_aktor:
            return
        if self.konfirmasi(self, tr("Tarik feedback Anda ini?")):
            jalankan(self.pesan, lambda: self.layanan.hapus_feedback(feedback.id))

    def _buka(self, dialog: RealisasiDialog | BuktiDukungDialog | FeedbackDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()


def _kotak(judul: str, tabel: QWidget, *tombol: QPushButton) -> QGroupBox:
    box = QGroupBox(judul)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(tabel, 1)
    bar = QHBoxLayout()
    for t in tombol:
        bar.addWidget(t)
    bar.addStretch(1)
    layout.addLayout(bar)
    return box

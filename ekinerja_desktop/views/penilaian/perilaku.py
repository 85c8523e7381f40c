"""Perilaku kerja of one period: the seven BerAKHLAK values with their ekspektasi khusus and
the feedback on each; the PPK, ketua tim and rekan kerja give feedback per value here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.services.penilaian import LayananPenilaian
from ekinerja_desktop.services.queries_penilaian import PenilaianDetail, PerilakuRow
from ekinerja_desktop.views.penilaian.common import PesanLabel, jalankan, lebar_kolom, tr
from ekinerja_desktop.views.penilaian.dialogs import FeedbackDialog
from ekinerja_desktop.views.penilaian.hasil_kerja import Konfirmasi, konfirmasi_hapus, label_sebagai
from ekinerja_desktop.views.penilaian.models import FeedbackModel, PerilakuModel
from ekinerja_desktop.views.penilaian.tabel import TabelBaris


class PerilakuPanel(QWidget):
    def __init__(
        self, layanan: LayananPenilaian, pesan: PesanLabel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.layanan = layanan
        self.pesan = pesan
        self.detail: PenilaianDetail | None = None
        self.dialog: FeedbackDialog | None = None
        self.konfirmasi: Konfirmasi = konfirmasi_hapus

        self.tombol_feedback = QPushButton(tr("Beri &Feedback Perilaku…"))
        self.tombol_feedback.clicked.connect(self.beri_feedback)
        bar = QHBoxLayout()
        bar.addWidget(self.tombol_feedback)
        bar.addStretch(1)

        self.perilaku = TabelBaris(PerilakuModel(), "tabel_perilaku", tr("Perilaku kerja"))
        lebar_kolom(self.perilaku, {0: 170, 2: 140}, melar=(1,))
        self.perilaku.pilihan_berubah.connect(self._dipilih)
        self.perilaku.doubleClicked.connect(lambda _index: self.beri_feedback())

        self.indikator = QLabel()
        self.indikator.setObjectName("indikator_perilaku")
        self.indikator.setWordWrap(True)
        self.indikator.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.indikator.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.feedback = TabelBaris(
            FeedbackModel(), "tabel_feedback_perilaku", tr("Feedback perilaku kerja")
        )
        lebar_kolom(self.feedback, {1: 60, 3: 110}, melar=(0, 2))
        self.feedback.pilihan_berubah.connect(lambda _id: self._perbarui_tombol())
        self.tombol_hapus = QPushButton(tr("&Tarik Feedback Saya"))
        self.tombol_hapus.clicked.connect(self.hapus_feedback)
        box = QGroupBox(tr("Feedback atas nilai yang dipilih"))
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(6, 6, 6, 6)
        box_layout.addWidget(self.indikator)
        box_layout.addWidget(self.feedback, 1)
        hapus_bar = QHBoxLayout()
        hapus_bar.addWidget(self.tombol_hapus)
        hapus_bar.addStretch(1)
        box_layout.addLayout(hapus_bar)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.perilaku)
        split.addWidget(box)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    def tampilkan(self, detail: PenilaianDetail | None) -> None:
        self.detail = detail
        memberi = detail is not None and detail.sumber_aktor is not None
        self.tombol_feedback.setVisible(memberi)
        self.tombol_hapus.setVisible(memberi)
        self.perilaku.set_rows(detail.perilaku if detail else ())

    def _dipilih(self, _id: str) -> None:
        row = self.perilaku.selected()
        self.feedback.set_rows(row.feedback if row else ())
        if row is None:
            self.indikator.setText("")
        else:
            self.indikator.setText("<br>".join(f"• {teks}" for teks in row.indikator))
        self._perbarui_tombol()

    def _perbarui_tombol(self) -> None:
        d = self.detail
        self.tombol_feedback.setEnabled(
            d is not None and d.boleh_feedback and self.perilaku.selected() is not None
        )
        f = self.feedback.selected()
        self.tombol_hapus.setEnabled(
            f is not None and f.milik_aktor and d is not None and d.periode.terbuka
        )

    def beri_feedback(self) -> None:
        row: PerilakuRow | None = self.perilaku.selected()
        detail = self.detail
        if row is None or detail is None or not self.tombol_feedback.isEnabled():
            return
        tentang = tr("Perilaku kerja: {nilai}").format(nilai=row.nama)
        dialog = FeedbackDialog(tentang, label_sebagai(detail), self)
        dialog.simpan = lambda: self.layanan.tambah_feedback(
            detail.periode.id, dialog.sifat(), dialog.teks.toPlainText(), nilai=row.nilai
        )
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()

    def hapus_feedback(self) -> None:
        f = self.feedback.selected()
        if f is None or not f.milik_aktor:
            return
        if self.konfirmasi(self, tr("Tarik feedback Anda ini?")):
            jalankan(self.pesan, lambda: self.layanan.hapus_feedback(f.id))

"""Rating hasil kerja and rating perilaku kerja with the guidance beside each choice, and the
predikat of the S002 matrix shown as soon as both are chosen (before saving)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import (
    PANDUAN_RATING_HASIL_KERJA,
    PANDUAN_RATING_PERILAKU,
    Rating,
    predikat_kinerja,
)
from ekinerja_desktop.domain.tanggal import format_tanggal
from ekinerja_desktop.services.penilaian import LayananPenilaian
from ekinerja_desktop.services.queries_penilaian import PenilaianDetail
from ekinerja_desktop.views.penilaian.common import PesanLabel, badge_predikat, jalankan, tr

URUTAN_RATING = (Rating.DIATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.DIBAWAH_EKSPEKTASI)


def teks_panduan(panduan: dict[Rating, str], pilihan: Rating | None) -> str:
    """The three guidance lines, the chosen one in bold."""
    baris = []
    for rating in URUTAN_RATING:
        teks = f"<b>{escape(rating.label)}</b>: {escape(panduan[rating])}"
        if rating is pilihan:
            teks = f"<span style='background:#fff3c4'>&#9656; {teks}</span>"
        else:
            teks = f"<span style='color:#555'>{teks}</span>"
        baris.append(teks)
    return "<br>".join(baris)


class RatingPanel(QWidget):
    def __init__(
        self, layanan: LayananPenilaian, pesan: PesanLabel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.layanan = layanan
        self.pesan = pesan
        self.detail: PenilaianDetail | None = None

        self.catatan = PesanLabel()
        self.catatan.setObjectName("catatan_rating")
        self.hasil = self._combo(tr("Rating hasil kerja"))
        self.perilaku = self._combo(tr("Rating perilaku kerja"))
        self.panduan_hasil = self._panduan()
        self.panduan_perilaku = self._panduan()
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row, (judul, combo, panduan) in enumerate(
            (
                (tr("Rating hasil ker&ja:"), self.hasil, self.panduan_hasil),
                (tr("Rating peril&aku kerja:"), self.perilaku, self.panduan_perilaku),
            )
        ):
            label = QLabel(judul)
            label.setBuddy(combo)
            kiri = QVBoxLayout()
            kiri.addWidget(label)
            kiri.addWidget(combo)
            kiri.addStretch(1)
            grid.addLayout(kiri, row, 0)
            grid.addWidget(panduan, row, 1)
        box = QGroupBox(tr("Rating dan panduan"))
        box.setLayout(grid)

        self.predikat = QLabel()
        self.predikat.setObjectName("predikat")
        self.predikat.setAccessibleName(tr("Predikat kinerja"))
        self.keterangan = QLabel()
        self.keterangan.setObjectName("keterangan_rating")
        self.keterangan.setWordWrap(True)
        self.tombol_simpan = QPushButton(tr("&Simpan Rating"))
        self.tombol_simpan.clicked.connect(self.simpan)
        bawah = QHBoxLayout()
        bawah.addWidget(QLabel(tr("Predikat kinerja:")))
        bawah.addWidget(self.predikat)
        bawah.addWidget(self.keterangan, 1)
        bawah.addWidget(self.tombol_simpan)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.catatan)
        layout.addWidget(box)
        layout.addLayout(bawah)
        layout.addStretch(1)
        self.hasil.currentIndexChanged.connect(self._berubah)
        self.perilaku.currentIndexChanged.connect(self._berubah)
        self._berubah()

    def _combo(self, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(accessible)
        combo.addItem(tr("— Pilih —"), None)
        for rating in URUTAN_RATING:
            combo.addItem(rating.label, rating.value)
        combo.setMinimumWidth(180)
        return combo

    def _panduan(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return label

    # --- showing ------------------------------------------------------------------------------

    def tampilkan(self, detail: PenilaianDetail | None) -> None:
        self.detail = detail
        rating = detail.rating if detail else None
        for combo, nilai in (
            (self.hasil, rating.rating_hasil_kerja if rating else None),
            (self.perilaku, rating.rating_perilaku_kerja if rating else None),
        ):
            blocked = combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(nilai.value if nilai else None)))
            combo.blockSignals(blocked)
        boleh = detail is not None and detail.boleh_rating
        self.hasil.setEnabled(boleh)
        self.perilaku.setEnabled(boleh)
        self.tombol_simpan.setVisible(detail is not None and detail.relasi.pejabat_penilai)
        self.tombol_simpan.setEnabled(boleh)
        if detail is not None and detail.relasi.pejabat_penilai and detail.rating_menunggu_feedback:
            self.catatan.tampilkan(
                tr(
                    "Berikan feedback atas hasil kerja (tab Hasil Kerja) lebih dahulu: rating "
                    "baru dapat disimpan setelah pejabat penilai memberi umpan balik."
                ),
                "warning",
            )
        elif detail is not None and detail.relasi.ketua_tim and not detail.relasi.pejabat_penilai:
            self.catatan.tampilkan(
                tr("Sebagai ketua tim Anda memberi feedback; rating diberikan pejabat penilai."),
                "info",
            )
        else:
            self.catatan.bersihkan()
        self._berubah()

    def pilihan(self) -> tuple[Rating | None, Rating | None]:
        def baca(combo: QComboBox) -> Rating | None:
            value = combo.currentData()
            return Rating(value) if value else None

        return baca(self.hasil), baca(self.perilaku)

    def _berubah(self) -> None:
        hasil, perilaku = self.pilihan()
        self.panduan_hasil.setText(teks_panduan(dict(PANDUAN_RATING_HASIL_KERJA), hasil))
        self.panduan_perilaku.setText(teks_panduan(dict(PANDUAN_RATING_PERILAKU), perilaku))
        predikat = predikat_kinerja(hasil, perilaku) if hasil and perilaku else None
        badge_predikat(self.predikat, predikat, tr("Belum ada"))
        self.keterangan.setText(self._keterangan(hasil, perilaku))

    def _keterangan(self, hasil: Rating | None, perilaku: Rating | None) -> str:
        rating = self.detail.rating if self.detail else None
        if rating is None:
            return ""
        if (hasil, perilaku) != (rating.rating_hasil_kerja, rating.rating_perilaku_kerja):
            return tr("Belum disimpan.")
        if rating.dinilai_pada is not None:
            return tr("Dinilai oleh {nama}, {tanggal}.").format(
                nama=rating.dinilai_oleh_nama, tanggal=format_tanggal(rating.dinilai_pada.date())
            )
        return ""

    def simpan(self) -> None:
        detail = self.detail
        if detail is None:
            return
        hasil, perilaku = self.pilihan()
        if hasil is None and perilaku is None:
            self.pesan.tampilkan(tr("Pilih rating hasil kerja dan rating perilaku kerja."), "error")
            return
        jalankan(self.pesan, lambda: self.layanan.set_rating(detail.periode.id, hasil, perilaku))

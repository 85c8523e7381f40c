"""The Kurva page: the unit's pola distribusi, ideal (red, from the capaian organisasi) against
actual (green), the note while some are unrated, and the guidance warnings beside it (they warn,
never block: S001 "kurva bukanlah forced distribution")."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import StatusCapaian
from ekinerja_desktop.services.queries_rekap import (
    KurvaData,
    PilihanRekap,
    muat_kurva,
    pilihan_rekap,
)
from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.kurva.kurva_chart import KurvaChartView, KurvaTabelModel
from ekinerja_desktop.views.rekap.common import (
    STYLE_PESAN,
    HalamanPenilaian,
    PemilihCakupanPeriode,
    PesanLabel,
    label_cakupan,
    siapkan_tabel,
)

WATCHED = frozenset(
    {
        "penilaian",
        "periode_penilaian",
        "skp",
        "pegawai",
        "unor",
        "periode",
        "capaian_organisasi",
        "kurva_ideal",
        "keberatan",
    }
)
LEBAR_PANEL = 330


class KurvaPage(HalamanPenilaian):
    WATCHED = WATCHED

    def __init__(self, uow: UnitOfWork, bridge: ChangeBridge, parent: QWidget | None = None):
        super().__init__(uow, bridge, parent)
        self.setObjectName("page_kurva")
        self.pilihan = PilihanRekap((), (), None)
        self.data: KurvaData | None = None

        self.pemilih = PemilihCakupanPeriode()
        self.pemilih.berubah.connect(self.muat_kurva)
        self.pesan = PesanLabel()
        self.chart = KurvaChartView()

        self.cakupan_label = QLabel()
        self.cakupan_label.setObjectName("kurva_cakupan")
        self.cakupan_label.setWordWrap(True)
        self.capaian_label = QLabel()
        self.capaian_label.setObjectName("kurva_capaian")
        self.capaian_label.setWordWrap(True)
        self.capaian_label.setTextFormat(Qt.TextFormat.RichText)
        self.catatan_label = QLabel()
        self.catatan_label.setObjectName("kurva_belum_dinilai")
        self.catatan_label.setWordWrap(True)
        self.catatan_label.setStyleSheet(STYLE_PESAN["info"])
        self.tabel_model = KurvaTabelModel(self)
        self.tabel = QTableView()
        siapkan_tabel(self.tabel, "tabel_kurva")
        self.tabel.setSortingEnabled(False)
        self.tabel.setAccessibleName(self.tr("Jumlah pegawai per predikat"))
        self.tabel.setModel(self.tabel_model)
        self.tabel.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tabel.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.tabel.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tabel.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows_height = 6 * self.tabel.verticalHeader().defaultSectionSize() + 6
        self.tabel.setFixedHeight(rows_height)
        self.peringatan_judul = QLabel(
            self.tr("<b>Panduan pola distribusi</b> (SE MenPANRB 3/2023)")
        )
        self.peringatan_judul.setWordWrap(True)
        self.peringatan_label = QLabel()
        self.peringatan_label.setObjectName("kurva_peringatan")
        self.peringatan_label.setWordWrap(True)
        self.peringatan_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.peringatan_label.setAccessibleName(self.tr("Peringatan pola distribusi"))
        self.png_button = QPushButton(self.tr("&Simpan gambar (PNG)…"))
        self.png_button.clicked.connect(self.simpan_png)

        panel = QWidget()
        panel.setFixedWidth(LEBAR_PANEL)
        side = QVBoxLayout(panel)
        side.setContentsMargins(0, 0, 0, 0)
        for widget in (self.cakupan_label, self.capaian_label, self.catatan_label, self.tabel):
            side.addWidget(widget)
        side.addSpacing(4)
        side.addWidget(self.peringatan_judul)
        side.addWidget(self.peringatan_label)
        side.addStretch(1)
        side.addWidget(self.png_button)

        body = QHBoxLayout()
        body.addWidget(self.chart, 1)
        body.addWidget(panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addWidget(self.judul_halaman())
        layout.addWidget(self.pemilih)
        layout.addWidget(self.pesan)
        layout.addLayout(body, 1)
        self._tampilkan(None)

    # --- Page -------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Kurva")

    def icon(self) -> QIcon:
        return self.style().standardIcon(QStyle.StandardPixmap.SP_DesktopIcon)

    def set_aktor(self, aktor: Aktor | None) -> None:
        self.aktor = aktor
        self.pilihan = PilihanRekap((), (), None)
        self.refresh()

    def refresh(self) -> None:
        if self.aktor is not None:
            with self.uow.read() as session:
                self.pilihan = pilihan_rekap(
                    session, self.aktor.pegawai_id, self.aktor.is_admin, self.uow.today()
                )
        p = self.pilihan
        self.tersedia = self.aktor is not None and bool(self.pilihan.cakupan)
        self.pemilih.isi(p.cakupan, p.periode, p.periode_awal, self.aktor)
        self.muat_kurva()

    # --- showing ----------------------------------------------------------------------------

    def muat_kurva(self) -> None:
        cakupan, periode_id = self.pemilih.cakupan(), self.pemilih.periode_id()
        data = None
        if self.aktor is not None and cakupan is not None and periode_id is not None:
            with self.uow.read() as session:
                data = muat_kurva(session, cakupan, periode_id)
        self._tampilkan(data)

    def _tampilkan(self, data: KurvaData | None) -> None:
        self.data = data
        self.chart.set_data(data)
        self.tabel_model.set_data(data)
        self.png_button.setEnabled(data is not None)
        if data is None:
            self.cakupan_label.setText(
                self.tr(
                    "Kurva tersedia bagi pejabat penilai kinerja, pimpinan unit kerja dan admin "
                    "instansi."
                )
                if self.aktor is not None and not self.pilihan.cakupan
                else ""
            )
            for label in (self.capaian_label, self.catatan_label, self.peringatan_label):
                label.setText("")
            self.catatan_label.hide()
            return
        self.cakupan_label.setText(
            self.tr("{cakupan} · {n} pegawai").format(
                cakupan=label_cakupan(data.cakupan, self.aktor), n=data.jumlah_pegawai
            )
        )
        self.capaian_label.setText(self._teks_capaian(data))
        self._tampilkan_catatan(data)
        self._tampilkan_peringatan(data)

    def _teks_capaian(self, data: KurvaData) -> str:
        unit = data.unit_induk.nama if data.unit_induk else "–"
        if data.capaian is None:
            return self.tr(
                "Capaian organisasi {unit} untuk periode ini <b>belum ditetapkan</b>, sehingga "
                "kurva ideal (merah) belum dapat digambar. Admin instansi menetapkannya di "
                "halaman Capaian Organisasi."
            ).format(unit=unit)
        status = (
            self.tr("Final")
            if data.status_capaian is StatusCapaian.FINAL
            else self.tr("belum final")
        )
        return self.tr("Capaian organisasi {unit}: <b>{capaian}</b> ({status})").format(
            unit=unit, capaian=data.capaian.label, status=status
        )

    def _tampilkan_catatan(self, data: KurvaData) -> None:
        belum = data.belum_dinilai
        if belum:
            self.catatan_label.setText(
                self.tr(
                    "{x} dari {n} pegawai belum dinilai: kurva hijau belum menggambarkan "
                    "seluruh pegawai."
                ).format(x=belum, n=data.jumlah_pegawai)
            )
        self.catatan_label.setVisible(belum > 0)

    def _tampilkan_peringatan(self, data: KurvaData) -> None:
        if data.capaian is None:
            self.peringatan_label.setStyleSheet("")
            self.peringatan_label.setText(
                self.tr("Panduan diperiksa setelah capaian organisasi ditetapkan.")
            )
        elif data.peringatan:
            self.peringatan_label.setStyleSheet(STYLE_PESAN["warning"])
            teks = "\n".join(f"• {p}" for p in data.peringatan)
            self.peringatan_label.setText(teks.replace(" %", "\u00a0%"))
        elif data.jumlah_dinilai == 0:
            self.peringatan_label.setStyleSheet("")
            self.peringatan_label.setText(self.tr("Belum ada pegawai yang dinilai."))
        else:
            self.peringatan_label.setStyleSheet(STYLE_PESAN["info"])
            self.peringatan_label.setText(self.tr("Distribusi sesuai panduan."))
        self.peringatan_label.setToolTip(
            self.tr("Panduan ini hanya peringatan; penilaian tetap dapat disimpan.")
        )

    # --- export -----------------------------------------------------------------------------

    def nama_berkas_usulan(self) -> str:
        if self.data is None:
            return "kurva.png"
        p = self.data.periode
        teks = f"kurva-{self.data.cakupan.nama}-{p.nama}-{p.tahun}"
        return re.sub(r"[^\w-]+", "-", teks).strip("-").lower() + ".png"

    def simpan_png(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Simpan kurva sebagai gambar"),
            str(Path.home() / self.nama_berkas_usulan()),
            self.tr("Gambar PNG (*.png)"),
        )
        if path:
            self.simpan_png_ke(Path(path))

    def simpan_png_ke(self, path: Path) -> bool:
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        if not self.chart.grab().save(str(path), "PNG"):
            self.pesan.tampilkan(
                self.tr("Gambar tidak dapat disimpan ke {path}.").format(path=path), "error"
            )
            return False
        self.pesan.tampilkan(self.tr("Kurva disimpan ke {path}.").format(path=path), "info")
        return True

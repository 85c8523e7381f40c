"""The "Laporan Excel" page (S003 2.12): an admin or a pimpinan picks a report, a unit (or a
rekap scope) and a year or period, and downloads it as .xlsx ("Unduh Excel"). Long reports are
written on a worker thread behind a progress dialog that can cancel them; the files of this
session are listed to open again."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import StatusSkp, format_tanggal
from ekinerja_desktop.services.laporan_excel import (
    JenisLaporan,
    LayananLaporanExcel,
    PilihanLaporan,
)
from ekinerja_desktop.services.uow import Aktor, ChangeSet, UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.common.page import Page
from ekinerja_desktop.views.common.table_model import (
    ALIGN_RIGHT,
    Column,
    RowTableModel,
    translate,
)
from ekinerja_desktop.views.excel.pekerja import HasilUnduh, UnduhLaporan
from ekinerja_desktop.views.rekap.common import PesanLabel, label_cakupan, label_periode

if TYPE_CHECKING:  # openpyxl loads with the first report, not with the app
    from ekinerja_desktop.reports.excel.laporan import Laporan

WATCHED = frozenset({"unor", "periode", "pegawai", "skp"})
# (parent, title, suggested path, filter) → the chosen path, "" when cancelled
PilihBerkas = Callable[[QWidget, str, str, str], str]


def pilih_simpan(parent: QWidget, judul: str, usulan: str, saring: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(parent, judul, usulan, saring)
    return path


@dataclass(frozen=True)
class UnduhanRow:
    """A report written in this session."""

    id: str  # the file's path
    waktu: datetime
    laporan: str
    lingkup: str
    jumlah_baris: int


def kolom_unduhan() -> tuple[Column[UnduhanRow], ...]:
    return (
        Column(translate("LaporanExcelPage", "Waktu"), lambda r: r.waktu),
        Column(translate("LaporanExcelPage", "Laporan"), lambda r: r.laporan),
        Column(translate("LaporanExcelPage", "Lingkup"), lambda r: r.lingkup, tooltip=True),
        Column(translate("LaporanExcelPage", "Baris"), lambda r: r.jumlah_baris, ALIGN_RIGHT),
        Column(translate("LaporanExcelPage", "Berkas"), lambda r: r.id, tooltip=True),
    )


class LaporanExcelPage(Page):
    def __init__(self, uow: UnitOfWork, bridge: ChangeBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page_laporan_excel")
        self.uow = uow
        self.layanan = LayananLaporanExcel(uow)
        self.aktor: Aktor | None = None
        self.pilihan = PilihanLaporan((), (), None, (), 0, ())
        self.tersedia = False
        self.folder = Path.home()
        self.pilih_berkas: PilihBerkas = pilih_simpan  # tests answer without a dialog
        self.unduh = UnduhLaporan(self)
        self.unduh.selesai.connect(self._selesai)
        self._sedang: tuple[str, str] | None = None  # (report label, lingkup) being written
        bridge.sig_changes_applied.connect(self._on_changes)
        self._bangun()

    # --- building -----------------------------------------------------------------------------

    def _bangun(self) -> None:
        judul = QLabel(self.title())
        font = judul.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        judul.setFont(font)
        sub = QLabel(
            self.tr(
                "Unduh laporan kinerja sebagai buku kerja Excel (.xlsx). Angka dan tanggal "
                "tersimpan sebagai nilai asli, baris judul kolom dibekukan dan dapat disaring."
            )
        )
        sub.setWordWrap(True)
        self.jenis = self._combo("pilih_jenis_laporan", self.tr("Jenis laporan"))
        self.unit = self._combo("pilih_unit", self.tr("Unit kerja"))
        self.cakupan = self._combo("pilih_cakupan", self.tr("Cakupan rekap"))
        self.tahun = self._combo("pilih_tahun", self.tr("Tahun"))
        self.periode = self._combo("pilih_periode", self.tr("Periode penilaian"))
        self.status = self._combo("pilih_status", self.tr("Status SKP"))
        self.status.addItem(self.tr("Semua status (termasuk belum ada SKP)"), None)
        for s in StatusSkp:
            self.status.addItem(s.label, s.value)
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Jenis laporan"), self.jenis)
        self.form.addRow(self.tr("&Unit kerja"), self.unit)
        self.form.addRow(self.tr("&Cakupan"), self.cakupan)
        self.form.addRow(self.tr("&Tahun"), self.tahun)
        self.form.addRow(self.tr("&Periode"), self.periode)
        self.form.addRow(self.tr("&Status SKP"), self.status)
        self.keterangan = QLabel()
        self.keterangan.setObjectName("keterangan_laporan")
        self.keterangan.setWordWrap(True)
        self.tombol_unduh = QPushButton(self.tr("&Unduh Excel…"))
        self.tombol_unduh.setObjectName("unduh_excel")
        self.tombol_unduh.setToolTip(self.tr("Simpan laporan ini sebagai .xlsx (Ctrl+S)"))
        self.tombol_unduh.clicked.connect(self.unduh_excel)
        aksi = QAction(self.tr("Unduh Excel"), self)
        aksi.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        aksi.triggered.connect(self.unduh_excel)
        self.addAction(aksi)
        baris_tombol = QHBoxLayout()
        baris_tombol.addWidget(self.keterangan, 1)
        baris_tombol.addWidget(self.tombol_unduh)
        grup = QGroupBox(self.tr("Laporan"))
        isi = QVBoxLayout(grup)
        isi.addLayout(self.form)
        isi.addLayout(baris_tombol)
        self.pesan = PesanLabel()

        self.model = RowTableModel[UnduhanRow](kolom_unduhan(), self)
        self.tabel = QTableView()
        self.tabel.setObjectName("tabel_unduhan")
        self.tabel.setAccessibleName(self.tr("Laporan yang diunduh pada sesi ini"))
        self.tabel.setModel(self.model)
        self.tabel.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabel.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabel.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabel.verticalHeader().hide()
        self.tabel.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tabel.horizontalHeader().setStretchLastSection(True)
        self.tabel.doubleClicked.connect(lambda _i: self.buka_berkas())
        self.tombol_buka = QPushButton(self.tr("&Buka berkas"))
        self.tombol_buka.clicked.connect(self.buka_berkas)
        self.tombol_folder = QPushButton(self.tr("Buka &folder"))
        self.tombol_folder.clicked.connect(self.buka_folder)
        tombol_riwayat = QHBoxLayout()
        tombol_riwayat.addStretch(1)
        tombol_riwayat.addWidget(self.tombol_buka)
        tombol_riwayat.addWidget(self.tombol_folder)
        riwayat = QGroupBox(self.tr("Diunduh pada sesi ini"))
        isi_riwayat = QVBoxLayout(riwayat)
        isi_riwayat.addWidget(self.tabel)
        isi_riwayat.addLayout(tombol_riwayat)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addWidget(judul)
        layout.addWidget(sub)
        layout.addWidget(grup)
        layout.addWidget(self.pesan)
        layout.addWidget(riwayat, 1)
        self.jenis.currentIndexChanged.connect(self._sesuaikan)
        self.tabel.selectionModel().selectionChanged.connect(self._tombol_riwayat)
        self._tombol_riwayat()

    def _combo(self, nama: str, aksesibel: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(nama)
        combo.setAccessibleName(aksesibel)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(30)
        return combo

    # --- Page -------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Laporan Excel")

    def icon(self) -> QIcon:
        return self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton)

    def set_aktor(self, aktor: Aktor | None) -> None:
        self.aktor = aktor
        self.refresh()

    def refresh(self) -> None:
        self.pilihan = self.layanan.pilihan()
        self.tersedia = self.aktor is not None and self.pilihan.tersedia
        self._isi_pilihan()

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.kinds() & WATCHED and not self.unduh.sedang_berjalan():
            self.refresh()

    def label_jenis(self, jenis: JenisLaporan) -> str:
        return {
            JenisLaporan.RENCANA_SKP: self.tr("Laporan Rencana SKP Tahunan"),
            JenisLaporan.PENILAIAN_SKP: self.tr("Laporan Penilaian SKP"),
            JenisLaporan.JUMLAH_TIM: self.tr("Laporan Jumlah Tim Lingkup Unit Kerja"),
            JenisLaporan.REKAP_PENILAIAN: self.tr("Rekap Penilaian Bawahan"),
            JenisLaporan.MPH: self.tr("Matriks Peran Hasil"),
        }[jenis]

    def keterangan_jenis(self, jenis: JenisLaporan) -> str:
        return {
            JenisLaporan.RENCANA_SKP: self.tr(
                "Satu baris per SKP tahun terpilih (pegawai tanpa SKP ikut tercantum), dengan "
                "sheet 'Hasil Kerja' berisi setiap RHK dan IKI beserta targetnya."
            ),
            JenisLaporan.PENILAIAN_SKP: self.tr(
                "Rating hasil kerja, rating perilaku kerja dan predikat setiap SKP pada periode "
                "terpilih, dengan sheet 'Ringkasan' per unit kerja induk."
            ),
            JenisLaporan.JUMLAH_TIM: self.tr(
                "Jumlah tim kerja yang dibentuk, diketuai dan diikuti setiap pegawai pada tahun "
                "terpilih, dengan sheet 'Tim Kerja'."
            ),
            JenisLaporan.REKAP_PENILAIAN: self.tr(
                "Rekap seperti halaman Rekap Penilaian: setiap pegawai pada cakupan, sudah atau "
                "belum dinilai."
            ),
            JenisLaporan.MPH: self.tr(
                "RHK setiap pegawai terhadap setiap IKI pimpinan unit; 'tidak ada peran' bila "
                "kosong."
            ),
        }[jenis]

    # --- the choices --------------------------------------------------------------------------

    def _isi_pilihan(self) -> None:
        p = self.pilihan
        jenis_lama = self.jenis.currentData()
        self.jenis.blockSignals(True)
        self.jenis.clear()
        for j in p.jenis_tersedia():
            self.jenis.addItem(self.label_jenis(j), j.value)
        i = self.jenis.findData(jenis_lama)
        self.jenis.setCurrentIndex(max(0, i))
        self.jenis.blockSignals(False)
        _isi(self.unit, [("    " * u.kedalaman + u.nama, u.id) for u in p.unit])
        _isi(self.cakupan, [(label_cakupan(c, self.aktor), c) for c in p.cakupan_rekap])
        _isi(self.tahun, [(str(t), t) for t in p.tahun], p.tahun_awal)
        periode = [
            (f"{label_periode(r)} ({format_tanggal(r.awal)} – {format_tanggal(r.akhir)})", r.id)
            for r in p.periode
        ]
        _isi(self.periode, periode, p.periode_awal)
        self._sesuaikan()

    def jenis_terpilih(self) -> JenisLaporan | None:
        data = self.jenis.currentData()
        return JenisLaporan(str(data)) if data else None

    def pilih(self, combo: QComboBox, data: object) -> bool:
        """Select the item holding `data` (tests and callers that preselect)."""
        for i in range(combo.count()):
            if combo.itemData(i) == data:
                combo.setCurrentIndex(i)
                return True
        return False

    def _sesuaikan(self) -> None:
        jenis = self.jenis_terpilih()
        terlihat = {
            self.unit: jenis is not None and not jenis.per_cakupan,
            self.cakupan: jenis is not None and jenis.per_cakupan,
            self.tahun: jenis is not None and not jenis.per_periode,
            self.periode: jenis is not None and jenis.per_periode,
            self.status: jenis is not None and jenis.dengan_status,
        }
        for combo, tampak in terlihat.items():
            self.form.setRowVisible(combo, tampak)
        self.keterangan.setText(self.keterangan_jenis(jenis) if jenis else "")
        if self.aktor is None:
            teks = self.tr("Pilih pengguna terlebih dahulu.")
        elif not self.pilihan.tersedia:
            teks = self.tr(
                "Laporan Excel tersedia bagi admin instansi, pimpinan unit kerja dan pejabat "
                "penilai kinerja."
            )
        else:
            teks = ""
        self.pesan.tampilkan(teks, "info")
        self.tombol_unduh.setEnabled(jenis is not None and self._lengkap(jenis))

    def _lengkap(self, jenis: JenisLaporan) -> bool:
        if jenis.per_cakupan:
            return self.cakupan.currentIndex() >= 0 and self.periode.currentIndex() >= 0
        if jenis.per_periode:
            return self.unit.currentIndex() >= 0 and self.periode.currentIndex() >= 0
        return self.unit.currentIndex() >= 0 and self.tahun.currentIndex() >= 0

    # --- the download -------------------------------------------------------------------------

    def permintaan(self) -> tuple[str, Callable[[], Laporan], str, str] | None:
        """(report label, fetch, lingkup label, suggested file name) of the current choice."""
        from ekinerja_desktop.reports.excel.laporan import slug_berkas

        jenis = self.jenis_terpilih()
        if jenis is None or not self._lengkap(jenis):
            return None
        layanan = self.layanan
        unor_id = self.unit.currentData()
        tahun = int(self.tahun.currentData() or 0)
        periode_id = str(self.periode.currentData())
        lingkup = self.unit.currentText().strip()
        keterangan = self.tahun.currentText()
        ambil: Callable[[], Laporan]
        if jenis is JenisLaporan.RENCANA_SKP:
            data = self.status.currentData()
            status = StatusSkp(str(data)) if data else None
            ambil = lambda: layanan.rencana_skp(unor_id, tahun, status)  # noqa: E731
        elif jenis is JenisLaporan.PENILAIAN_SKP:
            ambil = lambda: layanan.penilaian_skp(unor_id, periode_id)  # noqa: E731
            keterangan = self._label_periode(periode_id)
        elif jenis is JenisLaporan.JUMLAH_TIM:
            ambil = lambda: layanan.jumlah_tim(unor_id, tahun)  # noqa: E731
        elif jenis is JenisLaporan.REKAP_PENILAIAN:
            cakupan = self.cakupan.currentData()
            ambil = lambda: layanan.rekap(cakupan, periode_id)  # noqa: E731
            lingkup = self.cakupan.currentText()
            keterangan = self._label_periode(periode_id)
        else:
            ambil = lambda: layanan.mph(unor_id, tahun)  # noqa: E731
        label = self.label_jenis(jenis)
        return label, ambil, lingkup, slug_berkas(label, lingkup, keterangan)

    def _label_periode(self, periode_id: str) -> str:
        p = next((r for r in self.pilihan.periode if r.id == periode_id), None)
        return label_periode(p) if p is not None else ""

    def unduh_excel(self) -> None:
        minta = self.permintaan()
        if minta is None or self.unduh.sedang_berjalan():
            return
        label, ambil, lingkup, usulan = minta
        path = self.pilih_berkas(
            self,
            self.tr("Unduh Excel — {laporan}").format(laporan=label),
            str(self.folder / usulan),
            self.tr("Buku kerja Excel (*.xlsx)"),
        )
        if not path:
            return
        tujuan = Path(path)
        if tujuan.suffix.lower() != ".xlsx":
            tujuan = tujuan.with_name(tujuan.name + ".xlsx")
        self.folder = tujuan.parent
        self._sedang = (label, lingkup)
        self.tombol_unduh.setEnabled(False)
        self.pesan.tampilkan("", "info")
        self.unduh.mulai(label, ambil, tujuan)

    def _selesai(self, hasil: HasilUnduh) -> None:
        label, lingkup = self._sedang or ("", "")
        self._sedang = None
        self._sesuaikan()
        if hasil.dibatalkan:
            self.pesan.tampilkan(self.tr("Dibatalkan; tidak ada berkas yang ditulis."), "warning")
            return
        if hasil.path is None:
            self.pesan.tampilkan(hasil.pesan_gagal, "error")
            return
        row = UnduhanRow(str(hasil.path), datetime.now(), label, lingkup, hasil.jumlah_baris)
        self.model.set_rows([row, *(r for r in self.model.rows() if r.id != row.id)])
        self.tabel.resizeColumnsToContents()
        self.tabel.selectRow(0)
        teks = self.tr("{laporan} disimpan ke {path}.").format(laporan=label, path=hasil.path)
        self.pesan.tampilkan(teks, "info")
        self.status_message.emit(teks)

    # --- the files of this session --------------------------------------------------------------

    def berkas_terpilih(self) -> Path | None:
        rows = self.tabel.selectionModel().selectedRows()
        return Path(self.model.row_at(rows[0].row()).id) if rows else None

    def _tombol_riwayat(self) -> None:
        ada = self.berkas_terpilih() is not None
        self.tombol_buka.setEnabled(ada)
        self.tombol_folder.setEnabled(ada)

    def buka_berkas(self) -> None:
        path = self.berkas_terpilih()
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def buka_folder(self) -> None:
        path = self.berkas_terpilih()
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def _isi(combo: QComboBox, items: Sequence[tuple[str, object]], pilih: object = None) -> None:
    """Refill a combo, keeping the current choice when it is still offered."""
    lama = combo.currentData() if pilih is None or combo.count() else pilih
    combo.blockSignals(True)
    combo.clear()
    for teks, data in items:
        combo.addItem(teks, data)
    i = next((n for n, (_t, d) in enumerate(items) if d == lama), -1)
    if i < 0:
        i = next((n for n, (_t, d) in enumerate(items) if d == pilih), 0 if items else -1)
    combo.setCurrentIndex(i)
    combo.blockSignals(False)

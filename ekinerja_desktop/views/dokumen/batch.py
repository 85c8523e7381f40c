"""Documents of a whole unit in one go (e.g. every Dokumen Evaluasi of a period): one merged PDF
or one file per pegawai, written on a worker thread behind a cancellable progress dialog."""

from __future__ import annotations

import logging
import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.errors import UserError
from ekinerja_desktop.reports.pdf.batch import (
    HasilBatch,
    PermintaanBatch,
    cetak_batch,
    nama_berkas,
)
from ekinerja_desktop.services.dokumen_layanan import ItemBatch, JenisDokumen, LayananDokumen
from ekinerja_desktop.services.queries_rekap import Cakupan, JenisCakupan
from ekinerja_desktop.views.dokumen.opsi_cetak import IngatanCetak, PanelOpsiCetak

log = logging.getLogger(__name__)

JENIS_BATCH = (
    JenisDokumen.DOKUMEN_EVALUASI,
    JenisDokumen.FORM_PENILAIAN,
    JenisDokumen.RENCANA_SKP,
    JenisDokumen.LAMPIRAN_SKP,
)


class PekerjaBatch(QObject):
    """Runs `cetak_batch` on its own thread; `batal()` is safe to call from the GUI thread."""

    progres = Signal(int, int, str)
    selesai = Signal(object)  # HasilBatch
    gagal = Signal(str)

    def __init__(self, layanan: LayananDokumen, permintaan: PermintaanBatch) -> None:
        super().__init__()
        self.layanan = layanan
        self.permintaan = permintaan
        self._batal = threading.Event()

    def batal(self) -> None:
        self._batal.set()

    @Slot()
    def jalankan(self) -> None:
        try:
            hasil = cetak_batch(
                self.layanan.uow, self.permintaan, self.progres.emit, self._batal.is_set
            )
        except UserError as error:
            self.gagal.emit(str(error))
        except Exception as error:  # a bug: logged with its traceback, and shown
            log.exception("batch print failed")
            self.gagal.emit(str(error) or type(error).__name__)
        else:
            self.selesai.emit(hasil)


class DialogBatch(QDialog):
    """Choose the unit, period, document and output; then write them all."""

    selesai = Signal(object)  # HasilBatch, when a run ends (finished or cancelled)

    def __init__(
        self,
        layanan: LayananDokumen,
        hari_ini: date,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_batch")
        self.setWindowTitle(self.tr("Cetak dokumen satu unit"))
        self.layanan = layanan
        self.hari_ini = hari_ini
        self.ingatan = IngatanCetak(settings)
        self.hasil: HasilBatch | None = None
        self._thread: QThread | None = None
        self._pekerja: PekerjaBatch | None = None
        self.progress: QProgressDialog | None = None
        self.items: list[ItemBatch] = []
        self.kotak_pesan: QMessageBox | None = None
        self._bangun()
        self._isi_pilihan()

    # --- the form -----------------------------------------------------------------------------

    def _bangun(self) -> None:
        self.cakupan = QComboBox()
        self.cakupan.setAccessibleName(self.tr("Unit kerja atau bawahan"))
        self.periode = QComboBox()
        self.periode.setAccessibleName(self.tr("Periode penilaian"))
        self.jenis = QComboBox()
        self.jenis.setAccessibleName(self.tr("Jenis dokumen"))
        for j in JENIS_BATCH:
            self.jenis.addItem(self._label_jenis(j), j.value)
        self.gabung = QRadioButton(self.tr("Satu PDF &gabungan"))
        self.per_pegawai = QRadioButton(self.tr("Satu berkas per &pegawai"))
        self.gabung.setChecked(True)
        grup = QButtonGroup(self)
        grup.addButton(self.gabung)
        grup.addButton(self.per_pegawai)
        keluaran = QHBoxLayout()
        keluaran.addWidget(self.gabung)
        keluaran.addWidget(self.per_pegawai)
        keluaran.addStretch(1)
        self.tujuan = QLineEdit()
        self.tujuan.setAccessibleName(self.tr("Berkas atau folder tujuan"))
        pilih = QPushButton(self.tr("P&ilih…"))
        pilih.clicked.connect(self._pilih_tujuan)
        baris_tujuan = QHBoxLayout()
        baris_tujuan.addWidget(self.tujuan, 1)
        baris_tujuan.addWidget(pilih)
        self.jumlah = QLabel()
        self.jumlah.setObjectName("jumlah_dokumen")
        form = QFormLayout()
        form.addRow(self.tr("&Unit / bawahan"), self.cakupan)
        form.addRow(self.tr("P&eriode"), self.periode)
        form.addRow(self.tr("&Dokumen"), self.jenis)
        form.addRow(self.tr("Keluaran"), keluaran)
        label_tujuan = QLabel(self.tr("&Tujuan"))
        label_tujuan.setBuddy(self.tujuan)
        form.addRow(label_tujuan, baris_tujuan)
        form.addRow("", self.jumlah)
        self.panel = PanelOpsiCetak()
        self.panel.isi(self.ingatan.muat(self.hari_ini, self.layanan.kota_aktor()))
        tombol = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        tombol.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Tutup"))
        self.mulai = tombol.addButton(self.tr("&Mulai"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.mulai.setDefault(True)
        tombol.accepted.connect(self.jalankan)
        tombol.rejected.connect(self.reject)
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.panel)
        layout.addWidget(tombol)
        for combo in (self.cakupan, self.periode, self.jenis):
            combo.currentIndexChanged.connect(self._hitung)
        self.gabung.toggled.connect(self._usul_tujuan)

    def _label_jenis(self, jenis: JenisDokumen) -> str:
        return {
            JenisDokumen.DOKUMEN_EVALUASI: self.tr("Dokumen Evaluasi Kinerja"),
            JenisDokumen.FORM_PENILAIAN: self.tr("Form Penilaian"),
            JenisDokumen.RENCANA_SKP: self.tr("Rencana SKP"),
            JenisDokumen.LAMPIRAN_SKP: self.tr("Lampiran SKP"),
        }.get(jenis, jenis.label)

    def _isi_pilihan(self) -> None:
        for c in self.layanan.cakupan_batch():
            if c.jenis is JenisCakupan.BAWAHAN:
                teks = self.tr("Bawahan langsung {nama}").format(nama=c.nama)
            else:
                teks = c.nama
            self.cakupan.addItem(teks, c)
        for p in self.layanan.periode_instansi():
            self.periode.addItem(f"{p.nama} · {p.tahun}", p.id)
        self._hitung()

    def pilih(self, cakupan_id: str | None = None, periode_id: str | None = None) -> None:
        """Preselect a unit and a period (the caller's screen already shows them)."""
        for combo, nilai in ((self.cakupan, cakupan_id), (self.periode, periode_id)):
            if nilai is None:
                continue
            for i in range(combo.count()):
                data = combo.itemData(i)
                if (data.id if isinstance(data, Cakupan) else data) == nilai:
                    combo.setCurrentIndex(i)

    def jenis_terpilih(self) -> JenisDokumen:
        return JenisDokumen(str(self.jenis.currentData()))

    def _hitung(self) -> None:
        cakupan = self.cakupan.currentData()
        periode_id = self.periode.currentData()
        self.items = []
        if isinstance(cakupan, Cakupan) and periode_id:
            try:
                self.items = self.layanan.item_batch(
                    cakupan, str(periode_id), self.jenis_terpilih()
                )
            except UserError as error:
                self.jumlah.setText(str(error))
                self.mulai.setEnabled(False)
                return
        self.jumlah.setText(self.tr("%n dokumen akan dicetak.", "", len(self.items)))
        self.mulai.setEnabled(bool(self.items))
        self._usul_tujuan()

    def _usul_tujuan(self) -> None:
        """A default target next to the last one: a file name or a folder by the choice."""
        lama = Path(self.tujuan.text()) if self.tujuan.text() else Path.home()
        folder = lama.parent if lama.suffix.lower() == ".pdf" else lama
        nama = self.cakupan.currentText() or "unit"
        berkas = nama_berkas(self.jenis_terpilih(), nama, self.periode.currentText())
        if self.gabung.isChecked():
            self.tujuan.setText(str(folder / berkas))
        else:
            self.tujuan.setText(str(folder / berkas.removesuffix(".pdf")))

    def _pilih_tujuan(self) -> None:
        if self.gabung.isChecked():
            nama, _ = QFileDialog.getSaveFileName(
                self, self.tr("Simpan PDF gabungan"), self.tujuan.text(), "PDF (*.pdf)"
            )
        else:
            nama = QFileDialog.getExistingDirectory(
                self, self.tr("Folder tujuan"), self.tujuan.text()
            )
        if nama:
            self.tujuan.setText(nama)

    # --- the run ------------------------------------------------------------------------------

    def permintaan(self) -> PermintaanBatch:
        tujuan = Path(self.tujuan.text().strip())
        if self.gabung.isChecked() and tujuan.suffix.lower() != ".pdf":
            tujuan = tujuan.with_name(tujuan.name + ".pdf")
        return PermintaanBatch(
            jenis=self.jenis_terpilih(),
            item=tuple(self.items),
            opsi=self.panel.opsi(),
            tujuan=tujuan,
            gabung=self.gabung.isChecked(),
        )

    def jalankan(self) -> None:
        if not self.items or not self.tujuan.text().strip() or self._thread is not None:
            return
        permintaan = self.permintaan()
        self.ingatan.simpan(permintaan.opsi, self.hari_ini)
        self.progress = QProgressDialog(
            self.tr("Menyiapkan…"), self.tr("&Batal"), 0, max(1, len(permintaan.item)), self
        )
        self.progress.setWindowTitle(self.windowTitle())
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        pekerja = self._pekerja = PekerjaBatch(self.layanan, permintaan)
        thread = self._thread = QThread(self)
        pekerja.moveToThread(thread)
        thread.started.connect(pekerja.jalankan)
        pekerja.progres.connect(self._progres)
        pekerja.selesai.connect(self._selesai)
        pekerja.gagal.connect(self._gagal)
        self.progress.canceled.connect(self._batal)
        self.mulai.setEnabled(False)
        thread.start()
        self.progress.show()

    def _batal(self) -> None:
        if self._pekerja is not None:
            self._pekerja.batal()
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Membatalkan…"))

    def _progres(self, selesai: int, total: int, teks: str) -> None:
        if self.progress is None:
            return
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(min(selesai, total))
        if not self.progress.wasCanceled():
            self.progress.setLabelText(teks)

    def _akhiri(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        if self._pekerja is not None:
            self._pekerja.deleteLater()
        self._thread = self._pekerja = None
        if self.progress is not None:
            self.progress.canceled.disconnect(self._batal)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.mulai.setEnabled(bool(self.items))

    def _selesai(self, hasil: HasilBatch) -> None:
        self._akhiri()
        self.hasil = hasil
        self.selesai.emit(hasil)
        if hasil.dibatalkan:
            pesan = self.tr("Dibatalkan. Tidak ada berkas yang ditulis.")
        else:
            tempat = hasil.berkas[0] if len(hasil.berkas) == 1 else hasil.berkas[0].parent
            pesan = self.tr("%n dokumen ditulis ke {tempat}.", "", hasil.jumlah_dokumen).format(
                tempat=tempat
            )
            if hasil.gagal:
                daftar = "\n".join(f"- {nama}: {alasan}" for nama, alasan in hasil.gagal)
                pesan += "\n\n" + self.tr("Tidak dicetak:") + "\n" + daftar
        self._kabari(pesan, QMessageBox.Icon.Information)

    def _gagal(self, pesan: str) -> None:
        self._akhiri()
        self._kabari(pesan, QMessageBox.Icon.Warning)

    def _kabari(self, pesan: str, ikon: QMessageBox.Icon) -> None:
        """The outcome in the dialog and in a window-modal box (open(): no nested loop)."""
        self.jumlah.setText(pesan)
        self.kotak_pesan = QMessageBox(ikon, self.windowTitle(), pesan, parent=self)
        self.kotak_pesan.open()

    def sedang_berjalan(self) -> bool:
        return self._thread is not None

    def reject(self) -> None:
        if self.sedang_berjalan():
            self._batal()
            return
        super().reject()

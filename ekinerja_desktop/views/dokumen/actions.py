"""The "Cetak" actions other screens call: each asks the print options, builds the PDF and opens
the preview. Screens only hand over what they show (an SKP, a period of an SKP, a unit).

    cetak_skp(parent, uow, skp_id)                     the S003 "Cetak SKP Pegawai" dialog
    cetak_dokumen(parent, uow, jenis, target_id)       one given document
    cetak_form_penilaian(parent, uow, periode_penilaian_id)
    cetak_dokumen_evaluasi(parent, uow, periode_penilaian_id)
    cetak_mph_unit(parent, uow, unor_id, tahun) / cetak_mph_tim(parent, uow, tim_kerja_id)
    buka_batch(parent, uow)                            documents of a whole unit
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import JenisSkp, format_tanggal
from ekinerja_desktop.errors import UserError
from ekinerja_desktop.reports.opsi import OpsiCetak
from ekinerja_desktop.services.dokumen_layanan import (
    Dokumen,
    JenisDokumen,
    LayananDokumen,
    PeriodeSkpPilihan,
    target_mph_unit,
)
from ekinerja_desktop.services.dokumen_mph import MphDok
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.dokumen.opsi_cetak import DialogOpsiCetak, IngatanCetak, PanelOpsiCetak

if TYPE_CHECKING:  # loaded when first used: reportlab, QtPdf and QtPrintSupport cost the start
    from ekinerja_desktop.views.dokumen.batch import DialogBatch
    from ekinerja_desktop.views.dokumen.pratinjau import PratinjauDokumen

# Asks the print options for a document title; None = the user cancelled.
TanyaOpsi = Callable[[QWidget | None, str, OpsiCetak], OpsiCetak | None]


translate = QCoreApplication.translate  # a literal context, so pyside6-lupdate finds it


def label_jenis(jenis: JenisDokumen) -> str:
    return {
        JenisDokumen.RENCANA_SKP: translate("CetakDokumen", "Rencana SKP"),
        JenisDokumen.LAMPIRAN_SKP: translate("CetakDokumen", "Lampiran SKP"),
        JenisDokumen.MANUAL_IKI: translate("CetakDokumen", "Manual Indikator Kinerja"),
        JenisDokumen.FORM_PENILAIAN: translate("CetakDokumen", "Form Penilaian"),
        JenisDokumen.DOKUMEN_EVALUASI: translate("CetakDokumen", "Dokumen Evaluasi Kinerja"),
        JenisDokumen.MPH_UNIT: translate("CetakDokumen", "Matriks Peran Hasil"),
        JenisDokumen.MPH_TIM: translate("CetakDokumen", "Matriks Peran Hasil"),
    }[jenis]


def tanya_dengan_dialog(parent: QWidget | None, judul: str, opsi: OpsiCetak) -> OpsiCetak | None:
    dialog = DialogOpsiCetak(judul, opsi, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.opsi()


def _pemilik(dok: Dokumen) -> tuple[str, str]:
    """Whose document it is (name, NIP), for the title and the file name."""
    if isinstance(dok, MphDok):
        return dok.nama, str(dok.tahun)
    kepala = getattr(dok, "kepala", None)
    pegawai = getattr(kepala, "pegawai", None)
    return (getattr(pegawai, "nama", ""), getattr(pegawai, "nip", "").replace(" ", ""))


def _peringatan(parent: QWidget | None, judul: str, error: Exception) -> None:
    QMessageBox.warning(parent, judul, str(error))


def tampilkan(
    parent: QWidget | None,
    uow: UnitOfWork,
    jenis: JenisDokumen,
    target_id: str,
    opsi: OpsiCetak,
) -> PratinjauDokumen | None:
    """Build the PDF and open the preview (non-modal; it deletes itself when closed)."""
    from ekinerja_desktop.reports.pdf.batch import nama_berkas, pdf_bytes
    from ekinerja_desktop.views.dokumen.pratinjau import PratinjauDokumen

    layanan = LayananDokumen(uow)
    label = label_jenis(jenis)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        dok = layanan.dokumen(jenis, target_id)
        nama, nip = _pemilik(dok)
        judul = f"{label} — {nama}" if nama else label
        pdf = pdf_bytes(dok, opsi, judul)
    except UserError as error:
        QApplication.restoreOverrideCursor()
        _peringatan(parent, label, error)
        return None
    QApplication.restoreOverrideCursor()
    pratinjau = PratinjauDokumen(pdf, judul, nama_berkas(jenis, nama, nip), parent)
    pratinjau.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    pratinjau.show()
    return pratinjau


def cetak_dokumen(
    parent: QWidget | None,
    uow: UnitOfWork,
    jenis: JenisDokumen,
    target_id: str,
    *,
    tanya: TanyaOpsi = tanya_dengan_dialog,
    settings: QSettings | None = None,
    hari_ini: date | None = None,
) -> PratinjauDokumen | None:
    """Ask the print options (documents with signatures), then preview the document."""
    hari = hari_ini or date.today()
    layanan = LayananDokumen(uow)
    try:
        kota = layanan.kota(jenis, target_id)
    except UserError as error:
        _peringatan(parent, label_jenis(jenis), error)
        return None
    ingatan = IngatanCetak(settings)
    opsi: OpsiCetak | None = OpsiCetak.bawaan(hari, kota)
    if jenis.bertanda_tangan:
        opsi = tanya(parent, label_jenis(jenis), ingatan.muat(hari, kota))
        if opsi is None:
            return None
        ingatan.simpan(opsi, hari)
    assert opsi is not None
    return tampilkan(parent, uow, jenis, target_id, opsi)


def cetak_form_penilaian(
    parent: QWidget | None, uow: UnitOfWork, periode_penilaian_id: str
) -> PratinjauDokumen | None:
    return cetak_dokumen(parent, uow, JenisDokumen.FORM_PENILAIAN, periode_penilaian_id)


def cetak_dokumen_evaluasi(
    parent: QWidget | None, uow: UnitOfWork, periode_penilaian_id: str
) -> PratinjauDokumen | None:
    return cetak_dokumen(parent, uow, JenisDokumen.DOKUMEN_EVALUASI, periode_penilaian_id)


def cetak_mph_unit(
    parent: QWidget | None, uow: UnitOfWork, unor_id: str, tahun: int
) -> PratinjauDokumen | None:
    return cetak_dokumen(parent, uow, JenisDokumen.MPH_UNIT, target_mph_unit(unor_id, tahun))


def cetak_mph_tim(
    parent: QWidget | None, uow: UnitOfWork, tim_kerja_id: str
) -> PratinjauDokumen | None:
    return cetak_dokumen(parent, uow, JenisDokumen.MPH_TIM, tim_kerja_id)


def buka_batch(
    parent: QWidget | None,
    uow: UnitOfWork,
    cakupan_id: str | None = None,
    periode_id: str | None = None,
    settings: QSettings | None = None,
) -> DialogBatch:
    from ekinerja_desktop.views.dokumen.batch import DialogBatch

    dialog = DialogBatch(LayananDokumen(uow), date.today(), settings, parent)
    dialog.pilih(cakupan_id, periode_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


# --- "Cetak SKP Pegawai" (S003 2.5) ----------------------------------------------------------


class DialogCetakSkp(QDialog):
    """Jenis dokumen, the period (Form Penilaian, Dokumen Evaluasi) and the signers' options."""

    def __init__(
        self,
        jenis_skp: JenisSkp,
        periode: list[PeriodeSkpPilihan],
        opsi: OpsiCetak,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_cetak_skp")
        self.setWindowTitle(self.tr("Cetak SKP Pegawai"))
        self.jenis = QComboBox()
        self.jenis.setAccessibleName(self.tr("Jenis dokumen"))
        daftar = [JenisDokumen.RENCANA_SKP, JenisDokumen.LAMPIRAN_SKP]
        if jenis_skp is JenisSkp.JPT:
            daftar.append(JenisDokumen.MANUAL_IKI)
        if periode:
            daftar += [JenisDokumen.FORM_PENILAIAN, JenisDokumen.DOKUMEN_EVALUASI]
        for j in daftar:
            self.jenis.addItem(label_jenis(j), j.value)
        self.periode = QComboBox()
        self.periode.setAccessibleName(self.tr("Periode penilaian"))
        for p in periode:
            teks = f"{p.nama} ({format_tanggal(p.awal)} – {format_tanggal(p.akhir)})"
            if not p.dinilai:
                teks += " · " + self.tr("belum dinilai")
            self.periode.addItem(teks, p.periode_penilaian_id)
        self.panel = PanelOpsiCetak()
        self.panel.isi(opsi)
        form = QFormLayout()
        form.addRow(self.tr("&Jenis dokumen"), self.jenis)
        form.addRow(self.tr("P&eriode"), self.periode)
        tombol = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        tombol.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Pratinjau"))
        tombol.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        tombol.accepted.connect(self.accept)
        tombol.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.panel)
        layout.addWidget(tombol)
        self.jenis.currentIndexChanged.connect(self._sesuaikan)
        self._sesuaikan()

    def jenis_terpilih(self) -> JenisDokumen:
        data = self.jenis.currentData()
        return JenisDokumen(str(data)) if data else JenisDokumen.RENCANA_SKP

    def _sesuaikan(self) -> None:
        jenis = self.jenis_terpilih()
        self.periode.setEnabled(jenis.per_periode)
        self.panel.setEnabled(jenis.bertanda_tangan)

    def target(self, skp_id: str) -> str:
        if self.jenis_terpilih().per_periode:
            return str(self.periode.currentData())
        return skp_id


def cetak_skp(
    parent: QWidget | None,
    uow: UnitOfWork,
    skp_id: str,
    *,
    settings: QSettings | None = None,
    hari_ini: date | None = None,
    jenis_awal: JenisDokumen | None = None,
) -> DialogCetakSkp | None:
    """Open the "Cetak SKP Pegawai" dialog for one SKP; OK opens the preview."""
    hari = hari_ini or date.today()
    layanan = LayananDokumen(uow)
    try:
        pilihan = next((s for s in layanan.daftar_skp() if s.id == skp_id), None)
        if pilihan is None:
            raise UserError(translate("CetakDokumen", "Anda tidak dapat mencetak SKP ini."))
        periode = layanan.periode_skp(skp_id)
        kota = layanan.kota(JenisDokumen.RENCANA_SKP, skp_id)
    except UserError as error:
        _peringatan(parent, translate("CetakDokumen", "Cetak SKP Pegawai"), error)
        return None
    ingatan = IngatanCetak(settings)
    dialog = DialogCetakSkp(pilihan.jenis, periode, ingatan.muat(hari, kota), parent)
    if jenis_awal is not None:
        i = dialog.jenis.findData(jenis_awal.value)
        if i >= 0:
            dialog.jenis.setCurrentIndex(i)

    def lanjut() -> None:
        opsi = dialog.panel.opsi()
        if dialog.jenis_terpilih().bertanda_tangan:
            ingatan.simpan(opsi, hari)
        tampilkan(parent, uow, dialog.jenis_terpilih(), dialog.target(skp_id), opsi)

    dialog.accepted.connect(lanjut)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

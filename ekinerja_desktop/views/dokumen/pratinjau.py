"""The preview of a printed document inside the app (QtPdf), with Save and Print.

Printing renders each page with QPdfDocument at the printer's resolution (at most 300 dpi, so an
old laptop with 4 GB does not run out of memory on an A4 page) and paints it on the printer:
what is printed is exactly what the preview shows.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, QStandardPaths
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

DPI_CETAK_MAKS = 300


def tulis_atomik(path: Path, isi: bytes) -> None:
    """Write through a temporary file in the same folder: never a half-written PDF."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, sementara = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(isi)
        os.replace(sementara, path)
    except BaseException:
        Path(sementara).unlink(missing_ok=True)
        raise


class PratinjauDokumen(QDialog):
    """A PDF shown page by page, fitted to the width, with Simpan and Cetak."""

    def __init__(
        self, pdf: bytes, judul: str, nama_berkas: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pratinjau_dokumen")
        self.setWindowTitle(self.tr("Pratinjau — {judul}").format(judul=judul))
        self.pdf = pdf
        self.nama_berkas = nama_berkas
        self.tersimpan: Path | None = None
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.dokumen = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Halaman dokumen"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.dokumen)
        self.info = QLabel()
        self.info.setObjectName("info_halaman")
        self.dokumen.statusChanged.connect(self._status)
        self.dokumen.load(self._buffer)
        self._bangun()
        self._status()
        self.resize(QSize(900, 700))

    def _bangun(self) -> None:
        bar = QToolBar()
        self.aksi_simpan = QAction(self.tr("&Simpan PDF…"), self)
        self.aksi_simpan.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.aksi_simpan.triggered.connect(self.simpan)
        self.aksi_cetak = QAction(self.tr("&Cetak…"), self)
        self.aksi_cetak.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.aksi_cetak.triggered.connect(self.cetak)
        perkecil = QAction(self.tr("Perkecil"), self)
        perkecil.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        perkecil.triggered.connect(lambda: self._zoom(1 / 1.25))
        perbesar = QAction(self.tr("Perbesar"), self)
        perbesar.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn))
        perbesar.triggered.connect(lambda: self._zoom(1.25))
        selebar = QAction(self.tr("Lebar halaman"), self)
        selebar.triggered.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        for aksi in (self.aksi_simpan, self.aksi_cetak):
            bar.addAction(aksi)
        bar.addSeparator()
        for aksi in (perkecil, perbesar, selebar):
            bar.addAction(aksi)
        tutup = QPushButton(self.tr("&Tutup"))
        tutup.clicked.connect(self.accept)
        bawah = QHBoxLayout()
        bawah.addWidget(self.info, 1)
        bawah.addWidget(tutup)
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(self.view, 1)
        layout.addLayout(bawah)

    def _zoom(self, faktor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * faktor)))

    def _status(self) -> None:
        status = self.dokumen.status()
        if status == QPdfDocument.Status.Ready:
            n = self.dokumen.pageCount()
            self.info.setText(self.tr("%n halaman", "", n))
        elif status == QPdfDocument.Status.Error:
            self.info.setText(self.tr("Dokumen tidak dapat ditampilkan."))

    def jumlah_halaman(self) -> int:
        return self.dokumen.pageCount()

    def lanskap(self) -> bool:
        """The MPH is landscape: the printer is turned to match."""
        if self.jumlah_halaman() == 0:
            return False
        ukuran = self.dokumen.pagePointSize(0)
        return ukuran.width() > ukuran.height()

    # --- saving -------------------------------------------------------------------------------

    def folder_awal(self) -> Path:
        lokasi = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(lokasi) if lokasi else Path.home()

    def simpan(self) -> Path | None:
        awal = str(
            (self.tersimpan.parent if self.tersimpan else self.folder_awal()) / self.nama_berkas
        )
        nama, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan PDF"), awal, self.tr("Dokumen PDF (*.pdf)")
        )
        if not nama:
            return None
        path = Path(nama)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            tulis_atomik(path, self.pdf)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Simpan PDF"),
                self.tr("Berkas tidak dapat disimpan di {path}: {error}").format(
                    path=path, error=error.strerror or error
                ),
            )
            return None
        self.tersimpan = path
        self.info.setText(self.tr("Disimpan: {path}").format(path=path))
        return path

    # --- printing -----------------------------------------------------------------------------

    def cetak(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.nama_berkas)
        printer.setFromTo(1, max(1, self.jumlah_halaman()))
        if self.lanskap():
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.cetak_ke(printer)

    def cetak_ke(self, printer: QPrinter) -> int:
        """Paint the pages (the printer's range, or all) on the printer; returns how many."""
        n = self.jumlah_halaman()
        if n == 0:
            return 0
        dari, sampai = printer.fromPage(), printer.toPage()
        halaman = range(dari - 1, min(sampai, n)) if dari > 0 and sampai > 0 else range(n)
        dpi = min(printer.resolution(), DPI_CETAK_MAKS)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Cetak"), self.tr("Printer tidak dapat dibuka."))
            return 0
        dicetak = 0
        try:
            for i, nomor in enumerate(halaman):
                if i > 0:
                    printer.newPage()
                self._gambar_halaman(painter, printer, nomor, dpi)
                dicetak += 1
        finally:
            painter.end()
        return dicetak

    def _gambar_halaman(self, painter: QPainter, printer: QPrinter, nomor: int, dpi: int) -> None:
        ukuran_pt = self.dokumen.pagePointSize(nomor)
        piksel = QSize(round(ukuran_pt.width() * dpi / 72), round(ukuran_pt.height() * dpi / 72))
        gambar = self.dokumen.render(nomor, piksel)
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        # Fit the page into the printable area, keeping its proportions, centred.
        skala = min(area.width() / piksel.width(), area.height() / piksel.height())
        lebar, tinggi = round(piksel.width() * skala), round(piksel.height() * skala)
        kiri = (area.width() - lebar) // 2
        atas = (area.height() - tinggi) // 2
        painter.drawImage(QRect(kiri, atas, lebar, tinggi), gambar)

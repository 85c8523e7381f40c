"""Rencana aksi of one periodic period, per RHK, with the list of RHK still without one."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ekinerja_desktop.domain import JenisPeriode
from ekinerja_desktop.services.penilaian import LayananPenilaian
from ekinerja_desktop.services.queries_penilaian import PenilaianDetail
from ekinerja_desktop.views.penilaian.common import PesanLabel, jalankan, lebar_kolom, tr
from ekinerja_desktop.views.penilaian.dialogs import RencanaAksiDialog
from ekinerja_desktop.views.penilaian.hasil_kerja import Konfirmasi, konfirmasi_hapus
from ekinerja_desktop.views.penilaian.models import RencanaAksiModel, baris_rencana_aksi
from ekinerja_desktop.views.penilaian.salin_rencana_aksi import SalinRencanaAksiDialog
from ekinerja_desktop.views.penilaian.tabel import TabelBaris


class RencanaAksiPanel(QWidget):
    def __init__(
        self, layanan: LayananPenilaian, pesan: PesanLabel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.layanan = layanan
        self.pesan = pesan
        self.detail: PenilaianDetail | None = None
        self.dialog: RencanaAksiDialog | SalinRencanaAksiDialog | None = None
        self.konfirmasi: Konfirmasi = konfirmasi_hapus

        self.peringatan = PesanLabel()
        self.peringatan.setObjectName("rhk_tanpa_rencana_aksi")
        self.peringatan.setAccessibleName(tr("RHK tanpa rencana aksi"))
        self.tombol_tambah = QPushButton(tr("&Tambah Rencana Aksi…"))
        self.tombol_tambah.clicked.connect(self.tambah)
        self.tombol_ubah = QPushButton(tr("&Ubah…"))
        self.tombol_ubah.clicked.connect(self.ubah)
        self.tombol_hapus = QPushButton(tr("H&apus"))
        self.tombol_hapus.clicked.connect(self.hapus)
        self.tombol_salin = QPushButton(tr("Sal&in rencana aksi dari periode sebelumnya…"))
        self.tombol_salin.setObjectName("tombol_salin_rencana_aksi")
        self.tombol_salin.setToolTip(
            tr("Salin rencana aksi periode sebelumnya untuk RHK yang belum memiliki rencana aksi")
        )
        self.tombol_salin.clicked.connect(self.salin)
        bar = QHBoxLayout()
        for tombol in (self.tombol_tambah, self.tombol_ubah, self.tombol_hapus):
            bar.addWidget(tombol)
        bar.addStretch(1)
        bar.addWidget(self.tombol_salin)

        self.tabel = TabelBaris(RencanaAksiModel(), "tabel_rencana_aksi", tr("Rencana aksi"))
        lebar_kolom(self.tabel, {0: 100, 3: 60, 4: 90}, melar=(1, 2))
        self.tabel.pilihan_berubah.connect(lambda _id: self._perbarui_tombol())
        self.tabel.doubleClicked.connect(lambda _index: self._aksi_utama())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.peringatan)
        layout.addLayout(bar)
        layout.addWidget(self.tabel, 1)

    def tampilkan(self, detail: PenilaianDetail | None) -> None:
        self.detail = detail
        pemilik = detail is not None and detail.relasi.pemilik
        for tombol in (self.tombol_tambah, self.tombol_ubah, self.tombol_hapus, self.tombol_salin):
            tombol.setVisible(pemilik)
        self.tabel.set_rows(baris_rencana_aksi(detail.rhk) if detail else ())
        self._tampilkan_peringatan(detail)
        self._perbarui_tombol()

    def _tampilkan_peringatan(self, detail: PenilaianDetail | None) -> None:
        if detail is None or detail.periode.jenis is JenisPeriode.FINAL:
            self.peringatan.bersihkan()
            return
        tanpa = detail.rhk_tanpa_rencana_aksi
        if not tanpa:
            self.peringatan.tampilkan(tr("Setiap RHK sudah memiliki rencana aksi."), "info")
            return
        daftar = "".join(
            f"<br>• {escape(r.jenis.label)} {escape(r.nomor)}: {escape(r.teks)}" for r in tanpa
        )
        self.peringatan.setTextFormat(Qt.TextFormat.RichText)
        self.peringatan.tampilkan(
            tr("%n RHK belum memiliki rencana aksi:", "", len(tanpa)) + daftar, "warning"
        )

    def _perbarui_tombol(self) -> None:
        d = self.detail
        baris = self.tabel.selected()
        isi = d is not None and d.boleh_isi
        self.tombol_tambah.setEnabled(isi and baris is not None)
        ada = baris is not None and baris.rencana_aksi_id is not None
        self.tombol_ubah.setEnabled(isi and ada)
        self.tombol_hapus.setEnabled(isi and ada)
        self.tombol_salin.setEnabled(isi and d is not None and bool(d.rhk_tanpa_rencana_aksi))

    def _aksi_utama(self) -> None:
        if self.tombol_ubah.isEnabled():
            self.ubah()
        elif self.tombol_tambah.isEnabled():
            self.tambah()

    def tambah(self) -> None:
        baris = self.tabel.selected()
        detail = self.detail
        if baris is None or detail is None:
            return
        dialog = RencanaAksiDialog(baris.rhk_teks, parent=self)
        dialog.simpan = lambda: self.layanan.tambah_rencana_aksi(
            detail.periode.id,
            baris.rhk_id,
            dialog.teks.toPlainText(),
            dialog.target.text(),
            dialog.satuan.text(),
        )
        self._buka(dialog)

    def ubah(self) -> None:
        baris = self.tabel.selected()
        if baris is None or baris.rencana_aksi_id is None:
            return
        ra_id = baris.rencana_aksi_id
        dialog = RencanaAksiDialog(baris.rhk_teks, baris.teks, baris.target, baris.satuan, self)
        dialog.simpan = lambda: self.layanan.ubah_rencana_aksi(
            ra_id, dialog.teks.toPlainText(), dialog.target.text(), dialog.satuan.text()
        )
        self._buka(dialog)

    def hapus(self) -> None:
        baris = self.tabel.selected()
        if baris is None or baris.rencana_aksi_id is None:
            return
        ra_id = baris.rencana_aksi_id
        if self.konfirmasi(
            self, tr("Hapus rencana aksi \u201c{teks}\u201d?").format(teks=baris.teks)
        ):
            jalankan(self.pesan, lambda: self.layanan.hapus_rencana_aksi(ra_id))

    def salin(self) -> None:
        """Preview, then copy, the rencana aksi of an earlier period (no undo on this page:
        the preview is the confirmation)."""
        detail = self.detail
        if detail is None or not detail.boleh_isi:
            return
        periode = detail.periode.nama
        dialog = SalinRencanaAksiDialog(self.layanan, detail.periode.id, periode, self)
        dialog.accepted.connect(
            lambda: self.pesan.tampilkan(
                tr("%n rencana aksi disalin ke {periode}.", "", len(dialog.dibuat)).format(
                    periode=periode
                ),
                "info",
            )
        )
        self._buka(dialog)

    def _buka(self, dialog: RencanaAksiDialog | SalinRencanaAksiDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()

"""Backups in the app: the Berkas actions, the Sinkronisasi page's button, the restore dialog,
and what the app says after it opened again on restored data. `app.py` calls this only.

A restore needs the database closed, so the dialog only asks for it (`minta_pulihkan`): the
app closes everything, restores, and opens again (`app.run`), then `umumkan` tells the outcome.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QPushButton

from ekinerja_desktop.errors import UserError
from ekinerja_desktop.services.cadangan import HasilPemulihan, LayananCadangan
from ekinerja_desktop.views.cadangan.cadangkan import Pencadang
from ekinerja_desktop.views.cadangan.pulihkan_dialog import PulihkanDialog
from ekinerja_desktop.views.cadangan.ringkasan import asal, isi_singkat, nama_cadangan, pemilik
from ekinerja_desktop.views.common.tasks import jalankan_di_latar
from ekinerja_desktop.views.main_window import MainWindow
from ekinerja_desktop.views.sync.sync_page import SinkronisasiPage


def jalankan_pemulihan(layanan: LayananCadangan, sumber: Path) -> HasilPemulihan | UserError:
    """The restore itself, between closing the app and opening it again (no window yet: the
    busy dialog stands alone). A refusal is returned, to be told once the window is back."""
    try:
        return jalankan_di_latar(
            None,
            QCoreApplication.translate("CadanganWiring", "Memulihkan data dari cadangan…"),
            lambda: layanan.pulihkan(sumber),
        )
    except UserError as error:
        return error


class CadanganWiring(QObject):
    def __init__(
        self,
        layanan: LayananCadangan,
        minta_pulihkan: Callable[[Path], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.layanan = layanan
        self.minta_pulihkan = minta_pulihkan
        self.pencadang = Pencadang(layanan, self)
        self.window: MainWindow | None = None
        self.dialog: PulihkanDialog | None = None
        self.kotak: QMessageBox | None = None
        self.tombol_sync: QPushButton | None = None

    def attach(self, window: MainWindow, sync_page: SinkronisasiPage | None = None) -> None:
        self.window = window
        self.aksi_cadangkan = QAction(self.tr("&Cadangkan sekarang…"), window)
        self.aksi_cadangkan.setObjectName("cadangkan_sekarang")
        self.aksi_cadangkan.setStatusTip(
            self.tr("Simpan salinan utuh data di komputer ini, termasuk perubahan belum terkirim")
        )
        self.aksi_cadangkan.triggered.connect(self.cadangkan)
        self.aksi_pulihkan = QAction(self.tr("&Pulihkan dari cadangan…"), window)
        self.aksi_pulihkan.setObjectName("pulihkan_dari_cadangan")
        self.aksi_pulihkan.setStatusTip(self.tr("Ganti data di komputer ini dengan isi cadangan"))
        self.aksi_pulihkan.triggered.connect(self.pulihkan)
        menu, keluar = window.menu_berkas, window.aksi_keluar
        menu.insertAction(keluar, self.aksi_cadangkan)
        menu.insertAction(keluar, self.aksi_pulihkan)
        menu.insertSeparator(keluar)
        if sync_page is not None:
            tombol = self.tombol_sync = QPushButton(self.tr("&Cadangkan sekarang…"))
            tombol.setObjectName("cadangkan_dari_sinkronisasi")
            tombol.setToolTip(
                self.tr(
                    "Perubahan yang belum terkirim hanya ada di komputer ini; cadangkan ke "
                    "flashdisk agar tidak hilang bersama laptop."
                )
            )
            tombol.clicked.connect(self.cadangkan)
            sync_page.tambah_tombol(tombol)

    # --- actions ------------------------------------------------------------------------------

    def cadangkan(self) -> None:
        window = self.window
        aktor = window.aktor if window is not None else None
        self.pencadang.cadangkan(window, aktor.nip if aktor is not None else None)

    def pulihkan(self) -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            return
        self.dialog = PulihkanDialog(self.layanan, self.minta_pulihkan, self.window)
        self.dialog.finished.connect(self._dialog_ditutup)
        self.dialog.open()

    def _dialog_ditutup(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    # --- after a restart ----------------------------------------------------------------------

    def umumkan(self, hasil: HasilPemulihan | UserError) -> None:
        """Tell how the restore asked for before the restart went (non-blocking)."""
        box = QMessageBox(self.window)
        box.setObjectName("hasil_pemulihan")
        box.addButton(QMessageBox.StandardButton.Ok)
        if isinstance(hasil, UserError):
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(self.tr("Pemulihan gagal"))
            box.setText(self.tr("Data tidak dipulihkan; aplikasi memakai data sebelumnya."))
            box.setInformativeText(str(hasil))
        else:
            info = hasil.info
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle(self.tr("Data dipulihkan"))
            box.setText(self.tr("Data dipulihkan dari {asal}.").format(asal=asal(info)))
            teks = [
                self.tr("Milik {pemilik}; {isi}.").format(
                    pemilik=pemilik(info), isi=isi_singkat(info)
                )
            ]
            if info.belum_terkirim:
                teks.append(
                    self.tr(
                        "Perubahan yang belum terkirim dikirim ke server setelah Anda masuk; "
                        "yang sudah diterima server tidak diterapkan dua kali."
                    )
                )
            if hasil.cadangan_sebelumnya is not None:
                teks.append(
                    self.tr(
                        "Data sebelum pemulihan disimpan sebagai {berkas}; untuk kembali, "
                        "pulihkan itu lewat Berkas → Pulihkan dari cadangan…"
                    ).format(berkas=nama_cadangan(hasil.cadangan_sebelumnya))
                )
            box.setInformativeText("\n\n".join(teks))
        box.setAccessibleName(box.windowTitle())
        self.kotak = box
        QTimer.singleShot(0, box.open)  # over the window, once it is shown

"""Berkas → Cadangkan sekarang…: a checked backup to a file the user chooses, then where it is
and what it holds (the unsent changes above all: they exist nowhere else)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ekinerja_desktop.errors import UserError
from ekinerja_desktop.services.cadangan import InfoCadangan, LayananCadangan
from ekinerja_desktop.views.cadangan.ringkasan import ringkasan_html
from ekinerja_desktop.views.common.tasks import jalankan_di_latar

#: (parent, suggested path) → the chosen path, or None when cancelled (tests replace it).
PilihTempat = Callable[[QWidget | None, Path], Path | None]


def folder_dokumen() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


class Pencadang(QObject):
    """Runs "Cadangkan sekarang" for a window; `pilih_tempat` asks where (a save dialog)."""

    def __init__(self, layanan: LayananCadangan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.layanan = layanan
        self.pilih_tempat: PilihTempat = self._dialog_simpan
        self.kotak_hasil: QMessageBox | None = None

    def cadangkan(self, parent: QWidget | None, nip: str | None) -> InfoCadangan | None:
        usul = folder_dokumen() / self.layanan.nama_bawaan(nip)
        target = self.pilih_tempat(parent, usul)
        if target is None:
            return None
        try:
            info = jalankan_di_latar(
                parent,
                self.tr("Membuat dan memeriksa cadangan…"),
                lambda: self.layanan.buat_cadangan(target),
            )
        except UserError as error:
            QMessageBox.warning(parent, self.tr("Cadangan gagal"), str(error))
            return None
        self._umumkan(parent, info)
        return info

    def _dialog_simpan(self, parent: QWidget | None, usul: Path) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            self.tr("Simpan cadangan e-Kinerja"),
            str(usul),
            self.tr("Cadangan e-Kinerja (*.db)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".db" else path.with_name(path.name + ".db")

    def _umumkan(self, parent: QWidget | None, info: InfoCadangan) -> None:
        """Where it is and what it holds, with a way to open its folder (non-blocking)."""
        box = QMessageBox(parent)
        box.setObjectName("hasil_cadangan")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Cadangan tersimpan"))
        box.setText(self.tr("Cadangan tersimpan dan sudah diperiksa utuh."))
        teks = ringkasan_html(info)
        if info.belum_terkirim:
            teks += (
                "<p>"
                + self.tr(
                    "Cadangan ini memuat {n} perubahan yang belum terkirim ke server; setelah "
                    "dipulihkan di komputer mana pun, perubahan itu dikirim saat Anda masuk."
                ).format(n=info.belum_terkirim)
                + "</p>"
            )
        teks += (
            "<p>"
            + self.tr(
                "Simpan berkas ini di luar laptop (flashdisk atau penyimpanan awan). Untuk "
                "memakainya: Berkas → Pulihkan dari cadangan…"
            )
            + "</p>"
        )
        box.setInformativeText(teks)
        buka = box.addButton(self.tr("Buka &folder"), QMessageBox.ButtonRole.ActionRole)
        buka.setObjectName("buka_folder")
        buka.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(info.path.parent)))
        )
        box.addButton(QMessageBox.StandardButton.Ok)
        box.setAccessibleName(self.tr("Cadangan tersimpan"))
        self.kotak_hasil = box
        box.open()

"""The dialogs of "Impor dari Excel": every error of a refused file in one table (sheet, row,
column, message; nothing was imported), and the confirmation of what an import will change."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.services.impor_skp import RencanaImpor
from ekinerja_desktop.services.template_skp import KesalahanImpor
from ekinerja_desktop.views.common.table_model import (
    ALIGN_RIGHT,
    Column,
    RowTableModel,
    translate,
)


def _kolom(k: KesalahanImpor) -> str:
    if k.kolom is None:
        return ""
    return f"{k.kolom} ({k.judul_kolom})" if k.judul_kolom else k.kolom


def kolom_kesalahan() -> tuple[Column[KesalahanImpor], ...]:
    return (
        Column(translate("DialogKesalahanImpor", "Sheet"), lambda k: k.sheet or ""),
        Column(translate("DialogKesalahanImpor", "Baris"), lambda k: k.baris, ALIGN_RIGHT),
        Column(translate("DialogKesalahanImpor", "Kolom"), _kolom),
        Column(translate("DialogKesalahanImpor", "Kesalahan"), lambda k: k.pesan, tooltip=True),
    )


class DialogKesalahanImpor(QDialog):
    """Every reason the file was refused, at once, to fix in Excel and import again."""

    def __init__(
        self,
        kesalahan: Sequence[KesalahanImpor],
        nama_berkas: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_kesalahan_impor")
        self.setWindowTitle(self.tr("Impor dari Excel — berkas tidak diimpor"))
        self.kesalahan = tuple(kesalahan)
        keterangan = QLabel(
            self.tr(
                "Berkas {berkas} tidak diimpor dan tidak ada yang diubah pada SKP. Perbaiki "
                "%n kesalahan berikut di Excel, simpan berkasnya, lalu impor kembali.",
                "",
                len(self.kesalahan),
            ).format(berkas=f"'{nama_berkas}'")
        )
        keterangan.setObjectName("keterangan_kesalahan")
        keterangan.setWordWrap(True)
        self.model = RowTableModel[KesalahanImpor](kolom_kesalahan(), self)
        self.model.set_rows(self.kesalahan)
        self.tabel = QTableView()
        self.tabel.setObjectName("tabel_kesalahan")
        self.tabel.setAccessibleName(self.tr("Daftar kesalahan berkas"))
        self.tabel.setModel(self.model)
        self.tabel.setWordWrap(True)
        self.tabel.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabel.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabel.verticalHeader().hide()
        header = self.tabel.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # Wrapped messages need their row height again whenever the message column's width
        # changes (first shown, dialog resized).
        header.sectionResized.connect(lambda *_a: self.tabel.resizeRowsToContents())
        tombol = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        tombol.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Tutup"))
        salin = tombol.addButton(self.tr("&Salin daftar"), QDialogButtonBox.ButtonRole.ActionRole)
        salin.setObjectName("salin_kesalahan")
        salin.clicked.connect(self.salin)
        tombol.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(keterangan)
        layout.addWidget(self.tabel, 1)
        layout.addWidget(tombol)
        self.resize(860, 420)
        self.setMinimumWidth(560)

    def teks(self) -> str:
        """The list as plain lines ("Sheet 'Hasil Kerja', baris 7, kolom E (…): …")."""
        return "\n".join(str(k) for k in self.kesalahan)

    def salin(self) -> None:
        QGuiApplication.clipboard().setText(self.teks())


class DialogRencanaImpor(QDialog):
    """ "Impor dari Excel" asks before it changes the SKP, naming the RHK it would delete."""

    def __init__(self, rencana: RencanaImpor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_rencana_impor")
        self.setWindowTitle(self.tr("Impor dari Excel"))
        teks = self.tr("Isi berkas akan diterapkan pada SKP ini: {ringkasan}").format(
            ringkasan=rencana.ringkasan()
        )
        if rencana.rhk_dihapus_teks:
            daftar = "\n".join(f"• {t}" for t in rencana.rhk_dihapus_teks)
            teks += "\n\n" + self.tr("RHK yang tidak ada di berkas akan dihapus:") + "\n" + daftar
        label = QLabel(teks)
        label.setObjectName("ringkasan_impor")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tombol = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        tombol.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Impor"))
        tombol.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        tombol.accepted.connect(self.accept)
        tombol.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(tombol)
        self.setMinimumWidth(480)

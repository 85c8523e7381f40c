"""“Salin rencana aksi dari periode sebelumnya” (USERS.md pain 9): a preview of what would be
copied into this periodic period, for each RHK still without rencana aksi, with a box per RHK.

The Penilaian page has no undo stack, so this preview is the confirmation: nothing is written
until "Salin" is pressed, and then everything in one unit of work
(`LayananPenilaian.salin_rencana_aksi`). Copied rencana aksi are ordinary ones afterwards:
changed or deleted one by one.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.services.penilaian import LayananPenilaian
from ekinerja_desktop.services.salin import SalinRencanaAksiRow
from ekinerja_desktop.views.common.pohon_centang import PohonCentangModel, Simpul
from ekinerja_desktop.views.penilaian.common import tr
from ekinerja_desktop.views.penilaian.dialogs import DialogSimpan
from ekinerja_desktop.views.skp.delegates import WrapDelegate

LEBAR_TARGET, LEBAR_SUMBER = 110, 170


def judul_kolom() -> list[str]:
    return [tr("RHK dan rencana aksi"), tr("Target"), tr("Disalin dari")]


def simpul_rencana_aksi(rows: Sequence[SalinRencanaAksiRow]) -> list[Simpul]:
    """One box per RHK that has something to copy, its rencana aksi below it; an RHK with
    nothing found is listed greyed, without a box, so the user knows why it stays empty."""
    hasil = []
    for row in rows:
        judul = f"{row.jenis.label} {row.nomor}. {row.rhk_teks}"
        if not row.rencana_aksi:
            hasil.append(
                Simpul(
                    row.id,
                    (judul, "", tr("tidak ditemukan")),
                    jenis="rekaman",
                    bisa_dicentang=False,
                    dicentang=False,
                    redup=True,
                    tooltip=tr(
                        "Tidak ada rencana aksi untuk RHK ini pada periode sebelumnya atau pada "
                        "RHK yang sama di SKP sebelumnya."
                    ),
                )
            )
            continue
        anak = [
            Simpul(
                f"{row.id}:{nomor}",
                (ra.teks, " ".join(x for x in (ra.target or "", ra.satuan or "") if x), ""),
                bisa_dicentang=False,
            )
            for nomor, ra in enumerate(row.rencana_aksi, start=1)
        ]
        hasil.append(
            Simpul(row.id, (judul, "", row.sumber), jenis="rekaman", tebal=True, anak=anak)
        )
    return hasil


class _Wrap(WrapDelegate):
    def _width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        width = super()._width(index)
        return width - 24 if index.column() == 0 else width


class SalinRencanaAksiDialog(DialogSimpan):
    def __init__(
        self,
        layanan: LayananPenilaian,
        periode_penilaian_id: str,
        periode_nama: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Salin rencana aksi dari periode sebelumnya"), parent)
        self.setObjectName("dialog_salin_rencana_aksi")
        self.layanan, self.pp_id = layanan, periode_penilaian_id
        self.rows = layanan.rencana_aksi_untuk_disalin(periode_penilaian_id)
        self.dibuat: list[str] = []  # the new rencana aksi, once copied

        pengantar = QLabel(
            tr(
                "Rencana aksi berikut akan disalin ke {periode} untuk RHK yang belum memiliki "
                "rencana aksi: dari periode sebelumnya pada SKP ini, atau dari RHK yang sama pada "
                "SKP Anda sebelumnya. RHK yang sudah memiliki rencana aksi tidak diubah."
            ).format(periode=periode_nama)
        )
        pengantar.setWordWrap(True)
        self.model = PohonCentangModel(judul_kolom(), self)
        self.model.set_simpul(simpul_rencana_aksi(self.rows))
        self.tree = QTreeView()
        self.tree.setObjectName("tree_salin_rencana_aksi")
        self.tree.setAccessibleName(tr("Rencana aksi yang akan disalin"))
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(_Wrap(self.tree))
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setIndentation(16)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, LEBAR_TARGET)
        header.resizeSection(2, LEBAR_SUMBER)
        self.tree.expandAll()
        if self.model.rowCount():
            self.tree.setCurrentIndex(self.model.index(0, 0))
        self.ringkasan = QLabel()
        self.ringkasan.setObjectName("ringkasan_salin")
        self.model.pilihan_berubah.connect(self._perbarui)

        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, pengantar)
        layout.insertWidget(2, self.tree, 1)
        layout.insertWidget(3, self.ringkasan)
        self.tombol_simpan.setText(tr("&Salin"))
        self.simpan = self._salin
        self.setMinimumWidth(640)
        self.resize(820, 520)
        self._perbarui()

    def rhk_dipilih(self) -> list[str]:
        return [n.id for n in self.model.dicentang("rekaman")]

    def _perbarui(self) -> None:
        dipilih = set(self.rhk_dipilih())
        jumlah = sum(len(r.rencana_aksi) for r in self.rows if r.id in dipilih)
        if not self.rows:
            teks = tr("Setiap RHK sudah memiliki rencana aksi pada periode ini.")
        elif not any(r.rencana_aksi for r in self.rows):
            teks = tr("Tidak ada rencana aksi sebelumnya yang dapat disalin.")
        else:
            teks = tr("Akan disalin: %n rencana aksi untuk {rhk} RHK.", "", jumlah).format(
                rhk=len(dipilih)
            )
        self.ringkasan.setText(teks)
        self.tombol_simpan.setEnabled(jumlah > 0)

    def _salin(self) -> object:
        self.dibuat = self.layanan.salin_rencana_aksi(self.pp_id, self.rhk_dipilih())
        return self.dibuat

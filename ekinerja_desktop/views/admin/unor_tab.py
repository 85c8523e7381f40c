"""Unit Organisasi (S003 2.3): the instansi's unit tree; add, edit (rename), move, deactivate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTreeView, QWidget

from ekinerja_desktop.services.admin import DataUnor, LayananAdmin
from ekinerja_desktop.services.queries_admin import UnorRow
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.admin.common import TabDaftar, baris_tombol, tombol
from ekinerja_desktop.views.admin.unor_dialog import PindahUnorDialog, UnorDialog
from ekinerja_desktop.views.admin.unor_model import UnorProxy, UnorTreeModel


class UnorTab(TabDaftar[UnorRow]):
    WATCHED = frozenset({"unor", "pegawai"})

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(uow, parent)
        self.setObjectName("tab_unor")
        self.layanan = LayananAdmin(uow)
        self.model = UnorTreeModel(self)
        self.proxy = UnorProxy(self.model, self)
        self.cari = QLineEdit()
        self.cari.setObjectName("cari_unor")
        self.cari.setPlaceholderText(self.tr("Cari nama unit…"))
        self.cari.setAccessibleName(self.tr("Cari unit organisasi"))
        self.cari.setClearButtonEnabled(True)
        self.cari.textChanged.connect(self._saring)
        self.tree = QTreeView()
        self.tree.setObjectName("pohon_unor")
        self.tree.setAccessibleName(self.tr("Pohon unit organisasi"))
        self.tree.setModel(self.proxy)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 0px; }")
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The unor induk gives way (elided) so the names, with their indentation, stay whole.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tambah_button = tombol(
            self.tr("&Tambah unit…"),
            self.tambah,
            self.tr("Tambah unit di bawah unit terpilih (Ctrl+N)"),
        )
        self.ubah_button = tombol(
            self.tr("&Ubah…"), self.ubah, self.tr("Ubah nama dan data unit (F2)")
        )
        self.pindah_button = tombol(self.tr("&Pindahkan…"), self.pindahkan)
        self.hapus_button = tombol(
            self.tr("&Nonaktifkan"), self.nonaktifkan, self.tr("Nonaktifkan unit (Delete)")
        )
        self.susun(
            self.cari,
            self.tree,
            baris_tombol(
                (self.tambah_button, self.ubah_button, self.pindah_button), (self.hapus_button,)
            ),
            tambah=self.tambah,
            hapus=self.nonaktifkan,
            cari=self.cari,
        )

    # --- loading ------------------------------------------------------------------------------

    def isi_daftar(self) -> None:
        pertama = not self.model.units()
        self.model.set_units(self.layanan.daftar_unor())
        if pertama:
            self.tree.expandToDepth(1)

    def _saring(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.tree.expandAll()

    def terpilih(self) -> UnorRow | None:
        return self.model.unit(self.proxy.mapToSource(self.tree.currentIndex()))

    def pilih(self, unor_id: str) -> bool:
        index = self.proxy.mapFromSource(self.model.index_of(unor_id))
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def _tombol(self) -> None:
        ada = self.terpilih() is not None
        for button in (self.ubah_button, self.pindah_button, self.hapus_button):
            button.setEnabled(ada)

    # --- actions ------------------------------------------------------------------------------

    def tambah(self) -> None:
        atasan = self.terpilih()

        def simpan(data: DataUnor) -> None:
            baru = self.layanan.tambah_unor(data)
            self.berhasil(self.tr("Unit {nama} ditambahkan.").format(nama=data.nama.strip()), baru)

        self.buka(UnorDialog(self.model.units(), None, atasan.id if atasan else None, simpan, self))

    def ubah(self) -> None:
        unit = self.terpilih()
        if unit is None:
            return

        def simpan(data: DataUnor) -> None:
            self.layanan.ubah_unor(unit.id, data)
            self.berhasil(self.tr("Unit {nama} disimpan.").format(nama=data.nama.strip()), unit.id)

        self.buka(UnorDialog(self.model.units(), unit, None, simpan, self))

    def pindahkan(self) -> None:
        unit = self.terpilih()
        if unit is None:
            return

        def simpan(atasan_id: str | None) -> None:
            self.layanan.pindah_unor(unit.id, atasan_id)
            self.berhasil(self.tr("Unit {nama} dipindahkan.").format(nama=unit.nama), unit.id)

        self.buka(PindahUnorDialog(self.model.units(), unit, simpan, self))

    def nonaktifkan(self) -> None:
        unit = self.terpilih()
        if unit is None:
            return
        self.tanya(
            self.tr("Nonaktifkan Unit"),
            self.tr(
                "Nonaktifkan unit “{nama}”? Unit tidak lagi muncul di daftar dan pilihan. Unit "
                "yang masih memiliki pegawai atau unit di bawahnya tidak dapat dinonaktifkan."
            ).format(nama=unit.nama),
            self.tr("&Nonaktifkan"),
            lambda: self.layanan.hapus_unor(unit.id),
            self.tr("Unit {nama} dinonaktifkan.").format(nama=unit.nama),
        )

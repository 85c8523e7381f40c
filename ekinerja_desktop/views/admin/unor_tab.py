"""Unit Organisasi (S003 2.3): the instansi's unit tree; add, edit (rename), move, deactivate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.services.admin import DataUnor, LayananAdmin
from ekinerja_desktop.services.queries_admin import UnorRow
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.admin.common import TabAdmin, pintasan
from ekinerja_desktop.views.admin.unor_dialog import PindahUnorDialog, UnorDialog
from ekinerja_desktop.views.admin.unor_model import UnorProxy, UnorTreeModel


class UnorTab(TabAdmin):
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
        self.tree.selectionModel().currentRowChanged.connect(lambda *_: self._tombol())
        self.tree.doubleClicked.connect(lambda _i: self.ubah())

        self.tambah_button = QPushButton(self.tr("&Tambah unit…"))
        self.tambah_button.setToolTip(self.tr("Tambah unit di bawah unit terpilih (Ctrl+N)"))
        self.tambah_button.clicked.connect(self.tambah)
        self.ubah_button = QPushButton(self.tr("&Ubah…"))
        self.ubah_button.setToolTip(self.tr("Ubah nama dan data unit (F2)"))
        self.ubah_button.clicked.connect(self.ubah)
        self.pindah_button = QPushButton(self.tr("&Pindahkan…"))
        self.pindah_button.clicked.connect(self.pindahkan)
        self.hapus_button = QPushButton(self.tr("&Nonaktifkan"))
        self.hapus_button.setToolTip(self.tr("Nonaktifkan unit (Delete)"))
        self.hapus_button.clicked.connect(self.nonaktifkan)
        tombol = QHBoxLayout()
        for button in (self.tambah_button, self.ubah_button, self.pindah_button):
            tombol.addWidget(button)
        tombol.addStretch(1)
        tombol.addWidget(self.hapus_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.cari)
        layout.addWidget(self.pesan)
        layout.addWidget(self.tree, 1)
        layout.addLayout(tombol)
        pintasan(self, QKeySequence.StandardKey.New, self.tambah)
        pintasan(self, "F2", self.ubah)
        pintasan(self, QKeySequence.StandardKey.Delete, self.nonaktifkan)
        pintasan(self, QKeySequence.StandardKey.Find, self.cari.setFocus)
        self._tombol()

    # --- loading ------------------------------------------------------------------------------

    def muat(self) -> None:
        terpilih = self.terpilih()
        pertama = not self.model.units()
        self.model.set_units(self.layanan.daftar_unor())
        if pertama:
            self.tree.expandToDepth(1)
        tujuan = self.pilih_nanti or (terpilih.id if terpilih else None)
        self.pilih_nanti = None
        if not (tujuan and self.pilih(tujuan)) and self.proxy.rowCount():
            self.tree.setCurrentIndex(self.proxy.index(0, 0))
        self._tombol()

    def focus_search(self) -> bool:
        self.cari.setFocus()
        return True

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
            lambda: self.jalankan(
                lambda: self.layanan.hapus_unor(unit.id),
                self.tr("Unit {nama} dinonaktifkan.").format(nama=unit.nama),
            ),
        )

"""Pegawai (S003 2.4): the instansi's pegawai, searchable and sortable; add, edit, deactivate."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ekinerja_desktop.domain import (
    GOLONGAN_PNS,
    GOLONGAN_PPPK,
    JenisJabatan,
    format_pangkat_golongan,
)
from ekinerja_desktop.services.admin import DataPegawai, LayananAdmin
from ekinerja_desktop.services.queries_admin import PegawaiRow, UnorRow
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.admin.common import (
    ModelBaris,
    ProxyCari,
    TabAdmin,
    baris_terpilih,
    kotak_cari,
    pilih_id,
    pintasan,
    tabel,
    teks_nip,
)
from ekinerja_desktop.views.admin.pegawai_dialog import PegawaiDialog
from ekinerja_desktop.views.common.table_model import Column
from ekinerja_desktop.views.rekap.common import PenyesuaiKolom

translate = QCoreApplication.translate


def _pangkat(golongan: str | None) -> str:
    if not golongan:
        return ""
    try:
        return format_pangkat_golongan(golongan)
    except ValueError:
        return golongan


class PegawaiModel(ModelBaris[PegawaiRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                Column(
                    translate("PegawaiModel", "NIP"),
                    lambda r: teks_nip(r.nip),
                    sort_key=lambda r: r.nip,
                ),
                Column(
                    translate("PegawaiModel", "Nama"), lambda r: r.nama, tooltip=True, elastic=True
                ),
                Column(
                    translate("PegawaiModel", "Jabatan"),
                    lambda r: r.jabatan,
                    tooltip=True,
                    elastic=True,
                ),
                Column(
                    translate("PegawaiModel", "Unit"),
                    lambda r: r.unor_nama,
                    tooltip=True,
                    elastic=True,
                ),
                Column(
                    translate("PegawaiModel", "Gol."),
                    lambda r: r.golongan or "",
                    tooltip=lambda r: _pangkat(r.golongan),
                    sort_key=lambda r: _urutan_golongan(r.golongan),
                ),
                Column(
                    translate("PegawaiModel", "Jenis"),
                    lambda r: (
                        translate("PegawaiModel", "Pimpinan ★")
                        if r.jenis_jabatan is JenisJabatan.PIMPINAN
                        else translate("PegawaiModel", "Pegawai")
                    ),
                ),
                Column(
                    translate("PegawaiModel", "Atasan"),
                    lambda r: r.atasan_nama,
                    tooltip=True,
                    elastic=True,
                ),
            ),
            parent,
        )


def _urutan_golongan(golongan: str | None) -> str:
    """PNS golongan sort by rank (I/a … IV/e), PPPK after them (I … XVII)."""
    if golongan is None:
        return "3"
    if golongan in GOLONGAN_PNS:
        return f"1{list(GOLONGAN_PNS).index(golongan):02d}"
    if golongan in GOLONGAN_PPPK:
        return f"2{GOLONGAN_PPPK.index(golongan):02d}"
    return "3"


class PegawaiTab(TabAdmin):
    WATCHED = frozenset({"pegawai", "unor"})

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(uow, parent)
        self.setObjectName("tab_pegawai")
        self.layanan = LayananAdmin(uow)
        self.units: list[UnorRow] = []
        self.model = PegawaiModel(self)
        self.proxy = ProxyCari(self.model, lambda r: r.nip, self)
        self.cari = kotak_cari(
            self.tr("Cari NIP, nama, jabatan, unit atau atasan…"), "cari_pegawai", self.proxy
        )
        self.cari.textChanged.connect(lambda _t: self._jumlah())
        self.jumlah = QLabel()
        self.jumlah.setObjectName("jumlah_pegawai")
        self.table = tabel("tabel_pegawai", self.tr("Daftar pegawai"), self.proxy)
        self.kolom = PenyesuaiKolom(self.table, (1, 2, 3, 6))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._tombol())
        self.table.doubleClicked.connect(lambda _i: self.ubah())

        self.tambah_button = QPushButton(self.tr("&Tambah pegawai…"))
        self.tambah_button.setToolTip(self.tr("Tambah pegawai (Ctrl+N)"))
        self.tambah_button.clicked.connect(self.tambah)
        self.ubah_button = QPushButton(self.tr("&Ubah…"))
        self.ubah_button.setToolTip(self.tr("Ubah data pegawai (F2)"))
        self.ubah_button.clicked.connect(self.ubah)
        self.hapus_button = QPushButton(self.tr("&Nonaktifkan"))
        self.hapus_button.setToolTip(self.tr("Nonaktifkan pegawai (Delete)"))
        self.hapus_button.clicked.connect(self.nonaktifkan)
        atas = QHBoxLayout()
        atas.addWidget(self.cari, 1)
        atas.addWidget(self.jumlah)
        tombol = QHBoxLayout()
        tombol.addWidget(self.tambah_button)
        tombol.addWidget(self.ubah_button)
        tombol.addStretch(1)
        tombol.addWidget(self.hapus_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(atas)
        layout.addWidget(self.pesan)
        layout.addWidget(self.table, 1)
        layout.addLayout(tombol)
        pintasan(self, QKeySequence.StandardKey.New, self.tambah)
        pintasan(self, "F2", self.ubah)
        pintasan(self, QKeySequence.StandardKey.Delete, self.nonaktifkan)
        pintasan(self, QKeySequence.StandardKey.Find, self.cari.setFocus)
        self._tombol()

    def muat(self) -> None:
        terpilih = self.terpilih()
        pertama = self.model.rowCount() == 0
        self.units = self.layanan.daftar_unor()
        self.model.set_rows(self.layanan.daftar_pegawai())
        if pertama:
            self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
            self.kolom.reset()
        pilih_id(
            self.table,
            self.proxy,
            self.model,
            self.pilih_nanti or (terpilih.id if terpilih else None),
        )
        self.pilih_nanti = None
        self._jumlah()
        self._tombol()

    def focus_search(self) -> bool:
        self.cari.setFocus()
        return True

    def terpilih(self) -> PegawaiRow | None:
        row: PegawaiRow | None = baris_terpilih(self.table, self.proxy, self.model)
        return row

    def _jumlah(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.jumlah.setText(
            self.tr("{n} pegawai").format(n=total)
            if shown == total
            else self.tr("{x} dari {n} pegawai").format(x=shown, n=total)
        )

    def _tombol(self) -> None:
        ada = self.terpilih() is not None
        self.ubah_button.setEnabled(ada)
        self.hapus_button.setEnabled(ada)

    # --- actions ------------------------------------------------------------------------------

    def tambah(self) -> None:
        terpilih = self.terpilih()

        def simpan(data: DataPegawai) -> None:
            baru = self.layanan.tambah_pegawai(data)
            self.berhasil(self.tr("Pegawai {nama} disimpan.").format(nama=data.nama.strip()), baru)

        self.buka(
            PegawaiDialog(
                self.units,
                self.model.rows(),
                None,
                simpan,
                unor_awal=terpilih.unor_id if terpilih else None,
                parent=self,
            )
        )

    def ubah(self) -> None:
        row = self.terpilih()
        if row is None:
            return

        def simpan(data: DataPegawai) -> None:
            self.layanan.ubah_pegawai(row.id, data)
            self.berhasil(
                self.tr("Pegawai {nama} disimpan.").format(nama=data.nama.strip()), row.id
            )

        self.buka(PegawaiDialog(self.units, self.model.rows(), row, simpan, parent=self))

    def nonaktifkan(self) -> None:
        row = self.terpilih()
        if row is None:
            return
        self.tanya(
            self.tr("Nonaktifkan Pegawai"),
            self.tr(
                "Nonaktifkan {nama} ({nip})? Pegawai tidak lagi muncul di daftar dan pilihan; "
                "SKP dan penilaiannya tetap tersimpan. Menambahkan NIP yang sama kelak "
                "mengaktifkannya kembali."
            ).format(nama=row.nama, nip=teks_nip(row.nip)),
            self.tr("&Nonaktifkan"),
            lambda: self.jalankan(
                lambda: self.layanan.hapus_pegawai(row.id),
                self.tr("Pegawai {nama} dinonaktifkan.").format(nama=row.nama),
            ),
        )

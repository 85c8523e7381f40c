"""Pegawai (S003 2.4): the instansi's pegawai, searchable and sortable; add, edit, deactivate."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

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
    TabTabel,
    baris_tombol,
    kolom_nip,
    kolom_panjang,
    kotak_cari,
    tabel,
    teks_nip,
    tombol,
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
                kolom_nip(translate("PegawaiModel", "NIP"), lambda r: r.nip),
                kolom_panjang(translate("PegawaiModel", "Nama"), lambda r: r.nama),
                kolom_panjang(translate("PegawaiModel", "Jabatan"), lambda r: r.jabatan),
                kolom_panjang(translate("PegawaiModel", "Unit"), lambda r: r.unor_nama),
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
                kolom_panjang(translate("PegawaiModel", "Atasan"), lambda r: r.atasan_nama),
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


class PegawaiTab(TabTabel[PegawaiRow]):
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
        self.tambah_button = tombol(
            self.tr("&Tambah pegawai…"), self.tambah, self.tr("Tambah pegawai (Ctrl+N)")
        )
        self.ubah_button = tombol(self.tr("&Ubah…"), self.ubah, self.tr("Ubah data pegawai (F2)"))
        self.hapus_button = tombol(
            self.tr("&Nonaktifkan"), self.nonaktifkan, self.tr("Nonaktifkan pegawai (Delete)")
        )
        atas = QHBoxLayout()
        atas.addWidget(self.cari, 1)
        atas.addWidget(self.jumlah)
        self.susun(
            atas,
            self.table,
            baris_tombol((self.tambah_button, self.ubah_button), (self.hapus_button,)),
            tambah=self.tambah,
            hapus=self.nonaktifkan,
            cari=self.cari,
        )

    def isi_daftar(self) -> None:
        pertama = self.model.rowCount() == 0
        self.units = self.layanan.daftar_unor()
        self.model.set_rows(self.layanan.daftar_pegawai())
        if pertama:
            self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
            self.kolom.reset()
        self._jumlah()

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
            lambda: self.layanan.hapus_pegawai(row.id),
            self.tr("Pegawai {nama} dinonaktifkan.").format(nama=row.nama),
        )

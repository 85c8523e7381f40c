"""Manajemen PLT/PLH (S003 2.4, Gambar 2.16): who acts in which post, from when to when; add,
edit, end and delete assignments."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from ekinerja_desktop.domain import format_tanggal
from ekinerja_desktop.services.admin import DataPlt, LayananAdmin
from ekinerja_desktop.services.queries_admin import PegawaiRow, PltRow, UnorRow
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
    tombol,
)
from ekinerja_desktop.views.admin.plt_dialog import AkhiriPltDialog, PltDialog
from ekinerja_desktop.views.common.table_model import Column
from ekinerja_desktop.views.rekap.common import PenyesuaiKolom

translate = QCoreApplication.translate


def status_plt(row: PltRow, hari_ini: date) -> str:
    if not row.aktif:
        return translate("PltModel", "Tidak aktif")
    if hari_ini < row.periode_awal:
        return translate("PltModel", "Belum mulai")
    if hari_ini > row.periode_akhir:
        return translate("PltModel", "Berakhir")
    return translate("PltModel", "Aktif")


class PltModel(ModelBaris[PltRow]):
    def __init__(self, hari_ini: date, parent: QObject | None = None) -> None:
        self.hari_ini = hari_ini
        super().__init__(
            (
                kolom_nip(translate("PltModel", "NIP"), lambda r: r.pegawai_nip),
                kolom_panjang(translate("PltModel", "Nama"), lambda r: r.pegawai_nama),
                kolom_panjang(translate("PltModel", "Unit"), lambda r: r.unor_nama),
                kolom_panjang(translate("PltModel", "Jabatan"), lambda r: r.jabatan),
                Column(
                    translate("PltModel", "Jenis"),
                    lambda r: r.jenis.value,
                    tooltip=lambda r: r.jenis.label,
                ),
                Column(
                    translate("PltModel", "Periode"),
                    lambda r: (
                        f"{format_tanggal(r.periode_awal)} – {format_tanggal(r.periode_akhir)}"
                    ),
                    sort_key=lambda r: r.periode_awal.isoformat(),
                ),
                Column(translate("PltModel", "Status"), lambda r: status_plt(r, self.hari_ini)),
            ),
            parent,
        )


class PltTab(TabTabel[PltRow]):
    WATCHED = frozenset({"plt_plh", "pegawai", "unor"})

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(uow, parent)
        self.setObjectName("tab_plt")
        self.layanan = LayananAdmin(uow)
        self.units: list[UnorRow] = []
        self.pegawai: list[PegawaiRow] = []
        self.model: PltModel = PltModel(uow.today(), self)
        self.proxy = ProxyCari(self.model, lambda r: r.pegawai_nip, self)
        self.cari = kotak_cari(
            self.tr("Cari NIP, nama, unit atau jabatan PLT/PLH…"), "cari_plt", self.proxy
        )
        self.table = tabel("tabel_plt", self.tr("Daftar PLT/PLH"), self.proxy)
        self.kolom = PenyesuaiKolom(self.table, (1, 2, 3))
        self.tambah_button = tombol(
            self.tr("&Tambah PLT/PLH…"), self.tambah, self.tr("Tambah penugasan PLT/PLH (Ctrl+N)")
        )
        self.ubah_button = tombol(self.tr("&Ubah…"), self.ubah)
        self.akhiri_button = tombol(
            self.tr("&Akhiri…"), self.akhiri, self.tr("Akhiri penugasan pada tanggal tertentu")
        )
        self.hapus_button = tombol(
            self.tr("&Hapus"), self.hapus, self.tr("Hapus penugasan yang salah dicatat (Delete)")
        )
        self.susun(
            self.cari,
            self.table,
            baris_tombol(
                (self.tambah_button, self.ubah_button, self.akhiri_button), (self.hapus_button,)
            ),
            tambah=self.tambah,
            hapus=self.hapus,
            cari=self.cari,
        )

    def isi_daftar(self) -> None:
        pertama = self.model.rowCount() == 0
        self.model.hari_ini = self.uow.today()
        self.units = self.layanan.daftar_unor()
        self.pegawai = self.layanan.daftar_pegawai()
        self.model.set_rows(self.layanan.daftar_plt())
        if pertama:
            self.kolom.reset()

    def _tombol(self) -> None:
        row = self.terpilih()
        self.ubah_button.setEnabled(row is not None)
        self.hapus_button.setEnabled(row is not None)
        self.akhiri_button.setEnabled(
            row is not None and row.aktif and row.periode_akhir >= self.uow.today()
        )

    # --- actions ------------------------------------------------------------------------------

    def _dialog(self, row: PltRow | None) -> PltDialog:
        def simpan(data: DataPlt) -> None:
            if row is None:
                baru = self.layanan.tambah_plt(data)
            else:
                self.layanan.ubah_plt(row.id, data)
                baru = row.id
            self.berhasil(
                self.tr("Penugasan {jabatan} disimpan.").format(jabatan=data.jabatan.strip()), baru
            )

        return PltDialog(
            self.units, self.pegawai, self.model.rows(), row, self.uow.today(), simpan, self
        )

    def tambah(self) -> None:
        self.buka(self._dialog(None))

    def ubah(self) -> None:
        row = self.terpilih()
        if row is not None:
            self.buka(self._dialog(row))

    def akhiri(self) -> None:
        row = self.terpilih()
        if row is None:
            return

        def simpan(tanggal: date) -> None:
            self.layanan.akhiri_plt(row.id, tanggal)
            self.berhasil(
                self.tr("Penugasan {nama} berakhir {tanggal}.").format(
                    nama=row.pegawai_nama, tanggal=format_tanggal(tanggal)
                ),
                row.id,
            )

        self.buka(AkhiriPltDialog(row, self.uow.today(), simpan, self))

    def hapus(self) -> None:
        row = self.terpilih()
        if row is None:
            return
        self.tanya(
            self.tr("Hapus PLT/PLH"),
            self.tr(
                "Yakin akan menghapus data PLT/PLH {nama} sebagai {jabatan}? Untuk penugasan "
                "yang sudah selesai, gunakan “Akhiri” agar riwayatnya tetap tercatat."
            ).format(nama=row.pegawai_nama, jabatan=row.jabatan),
            self.tr("&Hapus"),
            lambda: self.layanan.hapus_plt(row.id),
            self.tr("Penugasan {jabatan} dihapus.").format(jabatan=row.jabatan),
        )

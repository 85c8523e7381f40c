"""Manajemen Periode (S003 2.2): the instansi's periods of a year with their batas pengisian;
below, the reopenings of the chosen period ("Buka ulang" after the batas, "Tutup")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from ekinerja_desktop.domain import JenisPeriode, PolaPeriode, format_tanggal
from ekinerja_desktop.services.admin import LayananAdmin
from ekinerja_desktop.services.admin_periode import LayananPeriodeAdmin
from ekinerja_desktop.services.queries_admin import DibukaUlangRow, PeriodeAdminRow
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.admin.common import (
    ProxyCari,
    TabTabel,
    baris_terpilih,
    baris_tombol,
    tabel,
    tombol,
)
from ekinerja_desktop.views.admin.periode_dialog import (
    BuatTahunDialog,
    BukaUlangDialog,
    PeriodeDialog,
)
from ekinerja_desktop.views.common.table_model import ALIGN_RIGHT, Column, RowTableModel
from ekinerja_desktop.views.rekap.common import PenyesuaiKolom

translate = QCoreApplication.translate


def status_periode(p: PeriodeAdminRow, hari_ini: date) -> str:
    if p.dibuka_ulang_sampai is not None:
        return translate("PeriodeAdminModel", "Dibuka ulang s.d. {tanggal}").format(
            tanggal=format_tanggal(p.dibuka_ulang_sampai)
        )
    if hari_ini > p.batas_pengisian:
        return translate("PeriodeAdminModel", "Lewat batas")
    if hari_ini < p.awal:
        return translate("PeriodeAdminModel", "Belum mulai")
    return translate("PeriodeAdminModel", "Dapat diisi")


class PeriodeAdminModel(RowTableModel[PeriodeAdminRow]):
    def __init__(self, hari_ini: date, parent: QObject | None = None) -> None:
        self.hari_ini = hari_ini
        super().__init__(
            (
                Column(translate("PeriodeAdminModel", "No."), lambda p: p.nomor, ALIGN_RIGHT),
                Column(translate("PeriodeAdminModel", "Nama"), lambda p: p.nama, tooltip=True),
                Column(translate("PeriodeAdminModel", "Periode awal"), lambda p: p.awal),
                Column(translate("PeriodeAdminModel", "Periode akhir"), lambda p: p.akhir),
                Column(
                    translate("PeriodeAdminModel", "Batas pengisian"), lambda p: p.batas_pengisian
                ),
                Column(translate("PeriodeAdminModel", "Jenis"), lambda p: p.jenis.label),
                Column(
                    translate("PeriodeAdminModel", "Status"),
                    lambda p: status_periode(p, self.hari_ini),
                    tooltip=True,
                ),
                Column(translate("PeriodeAdminModel", "Dipakai"), lambda p: p.dipakai, ALIGN_RIGHT),
            ),
            parent,
        )


class DibukaUlangModel(RowTableModel[DibukaUlangRow]):
    def __init__(self, hari_ini: date, parent: QObject | None = None) -> None:
        self.hari_ini = hari_ini
        super().__init__(
            (
                Column(
                    translate("DibukaUlangModel", "Unit organisasi"),
                    lambda r: r.unor_nama,
                    tooltip=True,
                ),
                Column(translate("DibukaUlangModel", "Dibuka sampai"), lambda r: r.sampai),
                Column(translate("DibukaUlangModel", "Alasan"), lambda r: r.alasan, tooltip=True),
                Column(translate("DibukaUlangModel", "Oleh"), lambda r: r.oleh_nama),
                Column(translate("DibukaUlangModel", "Dicatat"), lambda r: r.dibuat_pada),
                Column(
                    translate("DibukaUlangModel", "Status"),
                    lambda r: (
                        translate("DibukaUlangModel", "Berlaku")
                        if r.berlaku(self.hari_ini)
                        else translate("DibukaUlangModel", "Berakhir")
                    ),
                ),
            ),
            parent,
        )


class PeriodeTab(TabTabel[PeriodeAdminRow]):
    WATCHED = frozenset(
        {"periode", "periode_dibuka_ulang", "periode_penilaian", "instansi", "unor"}
    )

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(uow, parent)
        self.setObjectName("tab_periode")
        self.layanan = LayananPeriodeAdmin(uow)
        self.admin = LayananAdmin(uow)
        self.pola = PolaPeriode.TRIWULANAN
        self.tahun = QComboBox()
        self.tahun.setObjectName("pilih_tahun")
        self.tahun.setAccessibleName(self.tr("Tahun periode"))
        self.tahun.currentIndexChanged.connect(lambda _i: self.muat_daftar())
        tahun_label = QLabel(self.tr("T&ahun:"))
        tahun_label.setBuddy(self.tahun)
        self.pola_label = QLabel()
        self.pola_label.setObjectName("pola_periode")

        self.model: PeriodeAdminModel = PeriodeAdminModel(uow.today(), self)
        self.proxy = ProxyCari(self.model, parent=self)
        self.table = tabel("tabel_periode", self.tr("Periode penilaian tahun terpilih"), self.proxy)
        self.table.setSortingEnabled(False)
        self.kolom = PenyesuaiKolom(self.table, (1, 6))
        self.buat_button = tombol(self.tr("&Buat periode tahun ini…"), self.buat_tahun)
        self.tambah_button = tombol(self.tr("&Tambah…"), self.tambah)
        self.ubah_button = tombol(
            self.tr("&Ubah…"), self.ubah, self.tr("Ubah nama, tanggal dan batas pengisian (F2)")
        )
        self.hapus_button = tombol(
            self.tr("&Hapus"), self.hapus, self.tr("Hapus periode yang belum dipakai (Delete)")
        )

        self.dibuka_model = DibukaUlangModel(uow.today(), self)
        self.dibuka_proxy = ProxyCari(self.dibuka_model, parent=self)
        self.dibuka_table = tabel(
            "tabel_dibuka_ulang", self.tr("Pembukaan ulang periode terpilih"), self.dibuka_proxy
        )
        self.dibuka_kolom = PenyesuaiKolom(self.dibuka_table, (0, 2))
        self.dibuka_table.selectionModel().currentRowChanged.connect(lambda *_: self._tombol())
        self.dibuka_judul = QLabel()
        self.dibuka_judul.setObjectName("judul_dibuka_ulang")
        self.buka_button = tombol(
            self.tr("Buka &ulang…"),
            self.buka_ulang,
            self.tr("Buka kembali periode yang lewat batas pengisian"),
        )
        self.tutup_button = tombol(self.tr("T&utup pembukaan ulang"), self.tutup)

        atas = QHBoxLayout()
        atas.addWidget(tahun_label)
        atas.addWidget(self.tahun)
        atas.addSpacing(12)
        atas.addWidget(self.pola_label, 1)
        atas.addWidget(self.buat_button)
        bawah_tombol = QHBoxLayout()
        bawah_tombol.addWidget(self.dibuka_judul, 1)
        bawah_tombol.addWidget(self.tutup_button)

        atas_widget = QWidget()
        atas_layout = QVBoxLayout(atas_widget)
        atas_layout.setContentsMargins(0, 0, 0, 0)
        atas_layout.addWidget(self.table, 1)
        atas_layout.addLayout(
            baris_tombol(
                (self.tambah_button, self.ubah_button, self.hapus_button), (self.buka_button,)
            )
        )
        bawah_widget = QWidget()
        bawah_layout = QVBoxLayout(bawah_widget)
        bawah_layout.setContentsMargins(0, 0, 0, 0)
        bawah_layout.addLayout(bawah_tombol)
        bawah_layout.addWidget(self.dibuka_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(atas_widget)
        splitter.addWidget(bawah_widget)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.susun(atas, self.table, None, tambah=self.tambah, hapus=self.hapus, isi=splitter)

    # --- loading ------------------------------------------------------------------------------

    def muat(self) -> None:
        hari_ini = self.uow.today()
        self.model.hari_ini = self.dibuka_model.hari_ini = hari_ini
        self.pola = self.admin.instansi().pola_periode
        self.pola_label.setText(self.tr("Pola instansi: {pola}").format(pola=self.pola.label))
        lama = self.tahun_terpilih() or hari_ini.year
        self.tahun.blockSignals(True)
        self.tahun.clear()
        for tahun in self.layanan.daftar_tahun():
            self.tahun.addItem(str(tahun), tahun)
        self.tahun.setCurrentIndex(max(0, self.tahun.findData(lama)))
        self.tahun.blockSignals(False)
        self.muat_daftar()

    def tahun_terpilih(self) -> int | None:
        data = self.tahun.currentData()
        return int(data) if data is not None else None

    def isi_daftar(self) -> None:
        """The periods of the year chosen."""
        tahun = self.tahun_terpilih()
        self.model.set_rows(self.layanan.daftar_periode(tahun) if tahun else [])
        self.kolom.reset()

    def _dipilih(self) -> None:
        """A period chosen: its reopenings below."""
        p = self.terpilih()
        self.dibuka_model.set_rows(self.layanan.daftar_dibuka_ulang(p.id) if p else [])
        self.dibuka_kolom.reset()
        if self.dibuka_proxy.rowCount():
            self.dibuka_table.setCurrentIndex(self.dibuka_proxy.index(0, 0))
        self.dibuka_judul.setText(
            self.tr("Pembukaan ulang {nama}:").format(nama=p.nama)
            if p
            else self.tr("Pembukaan ulang:")
        )
        self._tombol()

    def dibuka_terpilih(self) -> DibukaUlangRow | None:
        row: DibukaUlangRow | None = baris_terpilih(
            self.dibuka_table, self.dibuka_proxy, self.dibuka_model
        )
        return row

    def _tombol(self) -> None:
        p = self.terpilih()
        hari_ini = self.uow.today()
        self.buat_button.setEnabled(
            self.tahun_terpilih() is not None and self.model.rowCount() == 0
        )
        self.tambah_button.setEnabled(self.tahun_terpilih() is not None)
        self.ubah_button.setEnabled(p is not None)
        self.hapus_button.setEnabled(p is not None and p.dipakai == 0)
        self.buka_button.setEnabled(p is not None and hari_ini > p.batas_pengisian)
        self.buka_button.setToolTip(
            self.tr("Buka kembali periode yang lewat batas pengisian")
            if p is None or hari_ini > p.batas_pengisian
            else self.tr("Batas pengisian periode ini belum lewat.")
        )
        d = self.dibuka_terpilih()
        self.tutup_button.setEnabled(d is not None and d.berlaku(hari_ini))

    # --- actions ------------------------------------------------------------------------------

    def buat_tahun(self) -> None:
        tahun = self.tahun_terpilih()
        if tahun is None:
            return

        def simpan(pola: PolaPeriode) -> None:
            ids = self.layanan.buat_periode_tahun(tahun, pola)
            self.berhasil(
                self.tr("{n} periode tahun {tahun} dibuat.").format(n=len(ids), tahun=tahun),
                ids[0] if ids else None,
            )

        self.buka(BuatTahunDialog(tahun, self.pola, simpan, self))

    def tambah(self) -> None:
        tahun = self.tahun_terpilih()
        if tahun is None:
            return

        def simpan(nama: str, awal: date, akhir: date, batas: date, jenis: JenisPeriode) -> None:
            baru = self.layanan.tambah_periode(tahun, nama, awal, akhir, batas, jenis)
            self.berhasil(self.tr("Periode {nama} ditambahkan.").format(nama=nama.strip()), baru)

        self.buka(PeriodeDialog(tahun, self.model.rows(), None, simpan, self))

    def ubah(self) -> None:
        p = self.terpilih()
        if p is None:
            return

        def simpan(nama: str, awal: date, akhir: date, batas: date, _jenis: JenisPeriode) -> None:
            self.layanan.ubah_periode(p.id, nama, awal, akhir, batas)
            self.berhasil(self.tr("Periode {nama} disimpan.").format(nama=nama.strip()), p.id)

        self.buka(PeriodeDialog(p.tahun, self.model.rows(), p, simpan, self))

    def hapus(self) -> None:
        p = self.terpilih()
        if p is None:
            return
        if p.dipakai:  # refused anyway: say why at once instead of asking first
            self.jalankan(lambda: self.layanan.hapus_periode(p.id), "")
            return
        self.tanya(
            self.tr("Hapus Periode"),
            self.tr("Yakin akan menghapus {nama} {tahun}?").format(nama=p.nama, tahun=p.tahun),
            self.tr("&Hapus"),
            lambda: self.layanan.hapus_periode(p.id),
            self.tr("{nama} dihapus.").format(nama=p.nama),
        )

    def buka_ulang(self) -> None:
        p = self.terpilih()
        if p is None:
            return

        def simpan(unor_id: str, sampai: date, alasan: str) -> None:
            self.layanan.buka_ulang(p.id, unor_id, sampai, alasan)
            self.berhasil(
                self.tr("{nama} dibuka ulang sampai {tanggal}.").format(
                    nama=p.nama, tanggal=format_tanggal(sampai)
                ),
                p.id,
            )

        self.buka(BukaUlangDialog(p, self.admin.daftar_unor(), self.uow.today(), simpan, self))

    def tutup(self) -> None:
        d, p = self.dibuka_terpilih(), self.terpilih()
        if d is None or p is None:
            return
        self.tanya(
            self.tr("Tutup Pembukaan Ulang"),
            self.tr(
                "Tutup pembukaan ulang {nama} untuk {unit}? Mulai hari ini periode ini tidak "
                "dapat diisi lagi oleh unit tersebut."
            ).format(nama=p.nama, unit=d.unor_nama),
            self.tr("&Tutup"),
            lambda: self.layanan.tutup_buka_ulang(d.id),
            self.tr("Pembukaan ulang {nama} untuk {unit} ditutup.").format(
                nama=p.nama, unit=d.unor_nama
            ),
        )

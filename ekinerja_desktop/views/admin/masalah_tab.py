"""Masalah Data Induk (USERS.md pain 6): the admin's queue of wrong master data that blocks
someone or will, each with what is wrong, whom it affects and what fixes it.

"Perbaiki…" (Enter, double click, F2) opens the dialog of the Pegawai, Unit Organisasi or
PLT/PLH tab on the record concerned, with the problem written above its fields and the field
to change focused; after the save the page reloads the queue from the change set (as after a
sync) and the next case is selected, so the admin works down the list.
"""

from __future__ import annotations

import html
from datetime import date
from typing import cast

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ekinerja_desktop.domain import JenisMasalah, MasalahDataInduk, Sasaran
from ekinerja_desktop.services.admin import DataPegawai, DataUnor, LayananAdmin
from ekinerja_desktop.services.masalah_data import LayananMasalahData
from ekinerja_desktop.services.queries_admin import PltRow
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
from ekinerja_desktop.views.admin.pegawai_dialog import PegawaiDialog
from ekinerja_desktop.views.admin.plt_dialog import AkhiriPltDialog
from ekinerja_desktop.views.admin.unor_dialog import UnorDialog
from ekinerja_desktop.views.common.table_model import Column, RowTableModel
from ekinerja_desktop.views.rekap.common import PenyesuaiKolom, PesanLabel

translate = QCoreApplication.translate


def label_jenis(jenis: JenisMasalah) -> str:
    """The kind as the admin reads it (the domain's label, translated)."""
    label = {
        JenisMasalah.TANPA_ATASAN: translate("MasalahModel", "Tanpa atasan langsung"),
        JenisMasalah.ATASAN_NONAKTIF: translate("MasalahModel", "Atasan nonaktif"),
        JenisMasalah.SKP_TANPA_PENILAI: translate("MasalahModel", "SKP tanpa pejabat penilai"),
        JenisMasalah.UNIT_NONAKTIF: translate("MasalahModel", "Unit nonaktif"),
        JenisMasalah.UNOR_ATASAN_NONAKTIF: translate("MasalahModel", "Unor atasan nonaktif"),
        JenisMasalah.PLT_NONAKTIF: translate("MasalahModel", "PLT/PLH tidak berlaku"),
        JenisMasalah.JF_TIDAK_LENGKAP: translate("MasalahModel", "JF belum lengkap"),
        JenisMasalah.GOLONGAN_SALAH: translate("MasalahModel", "NIP/golongan tidak sesuai"),
    }
    return label[jenis]


class MasalahModel(ModelBaris[MasalahDataInduk]):
    def __init__(self, parent: QObject | None = None) -> None:
        urutan = list(JenisMasalah)
        super().__init__(
            (
                Column(
                    translate("MasalahModel", "Jenis masalah"),
                    lambda r: label_jenis(r.jenis),
                    sort_key=lambda r: urutan.index(r.jenis),
                ),
                kolom_panjang(translate("MasalahModel", "Berdampak pada"), lambda r: r.nama),
                kolom_nip(translate("MasalahModel", "NIP"), lambda r: r.nip),
                kolom_panjang(translate("MasalahModel", "Unit"), lambda r: r.unit_nama),
                kolom_panjang(translate("MasalahModel", "Yang salah"), lambda r: r.apa),
            ),
            parent,
        )


class ProxyMasalah(ProxyCari):
    """The search of every tab, and the kind chosen in the drop-down."""

    def __init__(self, model: RowTableModel[MasalahDataInduk], parent: QObject | None = None):
        super().__init__(model, lambda r: f"{r.nip} {r.perbaikan}", parent)
        self._jenis: JenisMasalah | None = None

    def set_jenis(self, jenis: JenisMasalah | None) -> None:
        if jenis == self._jenis:
            return
        self.beginFilterChange()
        self._jenis = jenis
        self.endFilterChange(ProxyCari.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        row: MasalahDataInduk = self._model.row_at(source_row)
        if self._jenis is not None and row.jenis != self._jenis:
            return False
        return super().filterAcceptsRow(source_row, source_parent)


def _paragraf(judul: str, teks: str) -> str:
    return f"<b>{html.escape(judul)}</b> {html.escape(teks)}"


class MasalahTab(TabTabel[MasalahDataInduk]):
    WATCHED = frozenset({"pegawai", "unor", "plt_plh", "skp"})
    #: How many problems the instansi has (the page puts it in the tab's title).
    jumlah_berubah = Signal(int)
    proxy: ProxyMasalah

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(uow, parent)
        self.setObjectName("tab_masalah")
        self.layanan = LayananAdmin(uow)
        self.layanan_masalah = LayananMasalahData(uow)
        self.model = MasalahModel(self)
        self.proxy = ProxyMasalah(self.model, self)
        self.jenis = QComboBox()
        self.jenis.setObjectName("jenis_masalah")
        self.jenis.setAccessibleName(self.tr("Jenis masalah"))
        self.jenis.currentIndexChanged.connect(lambda _i: self._saring_jenis())
        self.cari = kotak_cari(
            self.tr("Cari nama, NIP, unit atau masalah…"), "cari_masalah", self.proxy
        )
        self.cari.textChanged.connect(lambda _t: self._jumlah())
        self.jumlah = QLabel()
        self.jumlah.setObjectName("jumlah_masalah")
        self.table = tabel("tabel_masalah", self.tr("Daftar masalah data induk"), self.proxy)
        self.kolom = PenyesuaiKolom(self.table, (1, 3, 4))
        self.rincian = QLabel()
        self.rincian.setObjectName("rincian_masalah")
        self.rincian.setWordWrap(True)
        self.rincian.setTextFormat(Qt.TextFormat.RichText)
        self.rincian.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rincian.setAccessibleName(self.tr("Rincian masalah terpilih"))
        self.perbaiki_button = tombol(
            self.tr("&Perbaiki…"),
            self.perbaiki,
            self.tr("Buka data yang perlu diperbaiki (Enter)"),
        )
        for kunci in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(kunci), self.table)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(self.perbaiki)
        atas = QHBoxLayout()
        atas.addWidget(self.jenis)
        atas.addWidget(self.cari, 1)
        atas.addWidget(self.jumlah)
        isi = QWidget()
        susun_isi = QVBoxLayout(isi)
        susun_isi.setContentsMargins(0, 0, 0, 0)
        susun_isi.addWidget(self.table, 1)
        susun_isi.addWidget(self.rincian)
        self.susun(
            atas,
            self.table,
            baris_tombol((self.perbaiki_button,), ()),
            hapus=lambda: None,  # nothing to delete here: each case is fixed at its source
            cari=self.cari,
            isi=isi,
        )
        self._isi_jenis({})

    # --- loading ------------------------------------------------------------------------------

    def isi_daftar(self) -> None:
        pertama = self.model.rowCount() == 0
        rows = self.layanan_masalah.daftar_masalah()
        self.model.set_rows(rows)
        per_jenis: dict[JenisMasalah, int] = {}
        for row in rows:
            per_jenis[row.jenis] = per_jenis.get(row.jenis, 0) + 1
        self._isi_jenis(per_jenis)
        if pertama:
            self.kolom.reset()
        self._jumlah()
        self.jumlah_berubah.emit(len(rows))

    def muat_daftar(self) -> None:
        """As the base, but when the case just fixed left the queue the one now in its place
        is selected (the next case), not the first."""
        lama, baris = self.terpilih(), self.table.currentIndex().row()
        super().muat_daftar()
        sisa = self.proxy.rowCount()
        if lama is not None and self.model.row_of_id(lama.id) is None and sisa:
            self.table.setCurrentIndex(self.proxy.index(min(baris, sisa - 1), 0))

    def _isi_jenis(self, per_jenis: dict[JenisMasalah, int]) -> None:
        terpilih = self.jenis.currentData()
        self.jenis.blockSignals(True)
        self.jenis.clear()
        total = sum(per_jenis.values())
        self.jenis.addItem(self.tr("Semua jenis ({n})").format(n=total), None)
        for jenis in JenisMasalah:
            n = per_jenis.get(jenis, 0)
            self.jenis.addItem(f"{label_jenis(jenis)} ({n})", jenis.value)
        self.jenis.setCurrentIndex(max(0, self.jenis.findData(terpilih)))
        self.jenis.blockSignals(False)
        self._saring_jenis()

    def _saring_jenis(self) -> None:
        data = self.jenis.currentData()
        self.proxy.set_jenis(JenisMasalah(data) if data else None)
        self._jumlah()
        self._dipilih()

    def _jumlah(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.jumlah.setText(
            self.tr("{n} masalah").format(n=total)
            if shown == total
            else self.tr("{x} dari {n} masalah").format(x=shown, n=total)
        )

    def _dipilih(self) -> None:
        super()._dipilih()
        row = self.terpilih()
        if row is not None:
            self.rincian.setText(
                "<br>".join(
                    (
                        _paragraf(self.tr("Yang salah:"), row.apa),
                        _paragraf(self.tr("Akibatnya:"), row.dampak),
                        _paragraf(self.tr("Perbaikan:"), row.perbaikan),
                    )
                )
            )
        elif self.model.rowCount() == 0:
            self.rincian.setText(
                html.escape(
                    self.tr(
                        "Tidak ada masalah data induk: setiap pegawai aktif memiliki atasan "
                        "langsung dan unit yang aktif, data JF lengkap, golongan sesuai NIP, dan "
                        "setiap SKP yang belum disetujui memiliki pejabat penilai."
                    )
                )
            )
        else:
            self.rincian.setText(
                html.escape(self.tr("Pilih satu masalah untuk melihat rinciannya."))
            )

    def _tombol(self) -> None:
        self.perbaiki_button.setEnabled(self.terpilih() is not None)

    # --- fixing -------------------------------------------------------------------------------

    def ubah(self) -> None:
        self.perbaiki()

    def perbaiki(self) -> None:
        """Open the dialog that fixes the selected case."""
        row = self.terpilih()
        if row is None:
            return
        if row.sasaran is Sasaran.PEGAWAI:
            self._perbaiki_pegawai(row)
        elif row.sasaran is Sasaran.UNOR:
            self._perbaiki_unor(row)
        else:
            self._perbaiki_plt(row)

    def _hilang(self, row: MasalahDataInduk) -> None:
        self.pesan.tampilkan(
            self.tr("Data {nama} tidak ditemukan lagi; daftar dimuat ulang.").format(nama=row.nama),
            "error",
        )
        self.muat()

    def _buka_dengan_keterangan(
        self, dialog: QDialog, row: MasalahDataInduk, fokus: QWidget | None
    ) -> None:
        """The dialog, with the problem and its fix written above the fields."""
        keterangan = PesanLabel(dialog)
        keterangan.setObjectName("keterangan_masalah")
        keterangan.tampilkan(f"{row.apa} {row.perbaikan}", "warning")
        cast(QVBoxLayout, dialog.layout()).insertWidget(0, keterangan)
        if fokus is not None:
            fokus.setFocus()
        self.buka(dialog)
        # The wrapped note's height is not in the first layout pass: grow to the full size
        # hint (within the screen), or the fields below would be squeezed together.
        tersedia = dialog.screen().availableGeometry().height() - 60
        tinggi = min(max(dialog.height(), dialog.sizeHint().height()), tersedia)
        dialog.resize(dialog.width(), tinggi)

    def _perbaiki_pegawai(self, row: MasalahDataInduk) -> None:
        pegawai = self.layanan.daftar_pegawai()
        data = next((p for p in pegawai if p.id == row.sasaran_id), None)
        if data is None:
            self._hilang(row)
            return

        def simpan(isian: DataPegawai) -> None:
            self.layanan.ubah_pegawai(data.id, isian)
            self.berhasil(self.tr("Pegawai {nama} disimpan.").format(nama=isian.nama.strip()))

        dialog = PegawaiDialog(self.layanan.daftar_unor(), pegawai, data, simpan, parent=self)
        fokus: dict[JenisMasalah, QWidget] = {
            JenisMasalah.UNIT_NONAKTIF: dialog.unor,
            JenisMasalah.JF_TIDAK_LENGKAP: dialog.jenjang if data.jenjang is None else dialog.tmt,
            JenisMasalah.GOLONGAN_SALAH: dialog.golongan,
        }
        self._buka_dengan_keterangan(dialog, row, fokus.get(row.jenis, dialog.atasan))

    def _perbaiki_unor(self, row: MasalahDataInduk) -> None:
        units = self.layanan.daftar_unor()
        unit = next((u for u in units if u.id == row.sasaran_id), None)
        if unit is None:
            self._hilang(row)
            return

        def simpan(isian: DataUnor) -> None:
            self.layanan.ubah_unor(unit.id, isian)
            self.berhasil(self.tr("Unit {nama} disimpan.").format(nama=isian.nama.strip()))

        dialog = UnorDialog(units, unit, None, simpan, self)
        fokus = dialog.induk if "induk" in row.sumber_id.casefold() else dialog.atasan
        self._buka_dengan_keterangan(dialog, row, fokus)

    def _perbaiki_plt(self, row: MasalahDataInduk) -> None:
        plt = next((p for p in self.layanan.daftar_plt() if p.id == row.sasaran_id), None)
        if plt is None:
            self._hilang(row)
            return
        hari_ini = self.uow.today()
        if plt.periode_awal > hari_ini:
            self._hapus_plt(plt)
            return

        def simpan(tanggal: date) -> None:
            self.layanan.akhiri_plt(plt.id, tanggal)
            self.berhasil(self.tr("Penugasan {jabatan} diakhiri.").format(jabatan=plt.jabatan))

        self._buka_dengan_keterangan(AkhiriPltDialog(plt, hari_ini, simpan, self), row, None)

    def _hapus_plt(self, plt: PltRow) -> None:
        self.tanya(
            self.tr("Hapus PLT/PLH"),
            self.tr(
                "Penugasan {jenis} {nama} sebagai {jabatan} belum mulai, dan pegawai atau "
                "unitnya sudah dinonaktifkan. Hapus penugasan ini?"
            ).format(jenis=plt.jenis.value, nama=plt.pegawai_nama, jabatan=plt.jabatan),
            self.tr("&Hapus"),
            lambda: self.layanan.hapus_plt(plt.id),
            self.tr("Penugasan {jabatan} dihapus.").format(jabatan=plt.jabatan),
        )

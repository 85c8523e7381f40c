"""Tambah / Ubah PLT/PLH (S003 Gambar 2.18, 2.19) and Akhiri Penugasan.

Pegawai (searched by name or NIP), unit, jabatan ("PLT Kepala Bagian Umum"), jenis, periode
awal and akhir, aktif. Inverted dates and a second acting holder of the same post on a shared
day are refused under the dates, as the user edits them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel, QLineEdit, QWidget

from ekinerja_desktop.domain import (
    DomainError,
    JenisPlt,
    PenugasanPlt,
    format_tanggal,
    periksa_penugasan_plt,
)
from ekinerja_desktop.services.admin import MAKS_NAMA, DataPlt, kesalahan_plt
from ekinerja_desktop.services.queries_admin import PegawaiRow, PltRow, UnorRow
from ekinerja_desktop.views.admin.common import (
    FORMAT_TANGGAL,
    LOCALE_ID,
    DialogIsian,
    PemilihPegawai,
    PemilihUnor,
    teks_nip,
)


def kotak_tanggal(nilai: date, nama: str) -> QDateEdit:
    edit = QDateEdit(QDate(nilai.year, nilai.month, nilai.day))
    edit.setLocale(LOCALE_ID)
    edit.setDisplayFormat(FORMAT_TANGGAL)
    edit.setCalendarPopup(True)
    edit.setAccessibleName(nama)
    return edit


def tanggal(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def penugasan(row: PltRow) -> PenugasanPlt:
    return PenugasanPlt(
        row.id,
        row.unor_id,
        row.jabatan,
        row.jenis,
        row.periode_awal,
        row.periode_akhir,
        row.aktif,
        row.pegawai_nama,
    )


class PltDialog(DialogIsian):
    def __init__(
        self,
        units: Sequence[UnorRow],
        pegawai: Sequence[PegawaiRow],
        semua: Sequence[PltRow],
        row: PltRow | None,
        hari_ini: date,
        simpan: Callable[[DataPlt], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Tambah PLT/PLH") if row is None else self.tr("Ubah PLT/PLH"), parent
        )
        self.setObjectName("dialog_plt")
        self.setMinimumWidth(600)
        self.row = row
        self.lain = [penugasan(r) for r in semua]
        self._simpan = simpan
        self.pegawai = PemilihPegawai("pemilih_pegawai_plt")
        self.pegawai.setAccessibleName(self.tr("Pegawai yang menjadi PLT/PLH"))
        self.pegawai.isi(pegawai)
        self.pegawai.pilih(row.pegawai_id if row else None)
        self.unor = PemilihUnor()
        self.unor.setAccessibleName(self.tr("Unit organisasi PLT/PLH"))
        self.unor.isi(units)
        self.unor.pilih(row.unor_id if row else None)
        self.jabatan = QLineEdit(row.jabatan if row else "")
        self.jabatan.setMaxLength(MAKS_NAMA)
        self.jabatan.setPlaceholderText(self.tr("mis. PLT Kepala Bagian Umum"))
        self.jabatan.setAccessibleName(self.tr("Jabatan PLT/PLH"))
        self.jenis = QComboBox()
        self.jenis.setAccessibleName(self.tr("Jenis penugasan"))
        for jenis in JenisPlt:
            self.jenis.addItem(f"{jenis.value} — {jenis.label}", jenis.value)
        self.jenis.setCurrentIndex(self.jenis.findData((row.jenis if row else JenisPlt.PLT).value))
        self.awal = kotak_tanggal(row.periode_awal if row else hari_ini, self.tr("Periode awal"))
        akhir_bawaan = date(hari_ini.year, 12, 31)
        self.akhir = kotak_tanggal(
            row.periode_akhir if row else akhir_bawaan, self.tr("Periode akhir")
        )
        self.aktif = QCheckBox(self.tr("Aktif"))
        self.aktif.setChecked(row.aktif if row else True)
        self.aktif.setAccessibleName(self.tr("Penugasan aktif"))

        self.baris(self.tr("&Pegawai:"), "pegawai_id", self.pegawai)
        self.baris(self.tr("&Unit organisasi:"), "unor_id", self.unor)
        self.baris(self.tr("&Jabatan:"), "jabatan", self.jabatan)
        self.baris(self.tr("J&enis:"), "jenis", self.jenis)
        self.baris(self.tr("Periode a&wal:"), "periode_awal", self.awal)
        self.baris(self.tr("Periode a&khir:"), "periode_akhir", self.akhir)
        self.baris(self.tr("Status:"), "aktif", self.aktif)
        for edit in (self.awal, self.akhir):
            edit.dateChanged.connect(lambda _d: self.periksa())
        self.aktif.toggled.connect(lambda _b: self.periksa())
        self.unor.currentIndexChanged.connect(lambda _i: self.periksa())

    def data(self) -> DataPlt:
        return DataPlt(
            pegawai_id=self.pegawai.pegawai_id() or "",
            unor_id=self.unor.unor_id() or "",
            jabatan=self.jabatan.text(),
            jenis=JenisPlt(str(self.jenis.currentData())),
            periode_awal=tanggal(self.awal),
            periode_akhir=tanggal(self.akhir),
            aktif=self.aktif.isChecked(),
        )

    def kesalahan(self) -> dict[str, str]:
        data = self.data()
        kesalahan = kesalahan_plt(data)
        if "periode_akhir" not in kesalahan and data.unor_id and data.jabatan.strip():
            baru = PenugasanPlt(
                self.row.id if self.row else None,
                data.unor_id,
                data.jabatan,
                data.jenis,
                data.periode_awal,
                data.periode_akhir,
                data.aktif,
            )
            try:
                periksa_penugasan_plt(baru, self.lain)
            except DomainError as error:
                kesalahan["periode_awal"] = str(error)
        return kesalahan

    def periksa(self) -> bool:
        """As the dates change only the date errors show; the rest waits for Simpan."""
        kesalahan = self.kesalahan()
        if not self.dicoba:
            kesalahan = {k: v for k, v in kesalahan.items() if k.startswith("periode")}
        self.tampilkan_kesalahan(kesalahan)
        return not kesalahan

    def simpan(self) -> None:
        self._simpan(self.data())


class AkhiriPltDialog(DialogIsian):
    """End an assignment on a day (it still acts that day); never later than planned."""

    def __init__(
        self,
        row: PltRow,
        hari_ini: date,
        simpan: Callable[[date], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Akhiri Penugasan PLT/PLH"), parent)
        self.setObjectName("dialog_akhiri_plt")
        self._simpan = simpan
        keterangan = QLabel(
            self.tr("{jenis} {nama} ({nip}) sebagai {jabatan}, {awal} s.d. {akhir}.").format(
                jenis=row.jenis.value,
                nama=row.pegawai_nama,
                nip=teks_nip(row.pegawai_nip),
                jabatan=row.jabatan,
                awal=format_tanggal(row.periode_awal),
                akhir=format_tanggal(row.periode_akhir),
            )
        )
        keterangan.setWordWrap(True)
        self.form.addRow(keterangan)
        bawaan = min(max(hari_ini, row.periode_awal), row.periode_akhir)
        self.tanggal = kotak_tanggal(bawaan, self.tr("Tanggal berakhir"))
        self.baris(self.tr("&Berakhir pada:"), "periode_akhir", self.tanggal)
        self.ok.setText(self.tr("&Akhiri"))

    def simpan(self) -> None:
        self._simpan(tanggal(self.tanggal))

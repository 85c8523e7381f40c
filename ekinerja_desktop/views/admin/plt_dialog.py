"""Tambah / Ubah PLT/PLH (S003 Gambar 2.18, 2.19) and Akhiri Penugasan.

Pegawai (searched by name or NIP), unit, jabatan ("PLT Kepala Bagian Umum"), jenis, periode
awal and akhir, aktif. Inverted dates and a second acting holder of the same post on a shared
day are refused under the dates, as the user edits them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtWidgets import QWidget

from ekinerja_desktop.domain import (
    DomainError,
    JenisPlt,
    PenugasanPlt,
    format_tanggal,
    periksa_penugasan_plt,
)
from ekinerja_desktop.services.admin import MAKS_NAMA, DataPlt, kesalahan_plt, penugasan_baru
from ekinerja_desktop.services.queries_admin import PegawaiRow, PltRow, UnorRow
from ekinerja_desktop.views.admin.common import (
    DialogIsian,
    kotak_centang,
    kotak_pilihan,
    kotak_tanggal,
    kotak_teks,
    tanggal,
    teks_nip,
)
from ekinerja_desktop.views.admin.pemilih import pemilih_pegawai, pemilih_unor


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
        judul = self.tr("Tambah PLT/PLH") if row is None else self.tr("Ubah PLT/PLH")
        super().__init__(judul, "dialog_plt", parent, lebar=600)
        self.row = row
        self.lain = [penugasan(r) for r in semua]
        self._simpan = simpan
        self.pegawai = pemilih_pegawai(
            "pemilih_pegawai_plt",
            self.tr("Pegawai yang menjadi PLT/PLH"),
            pegawai,
            row.pegawai_id if row else None,
        )
        self.baris(self.tr("&Pegawai:"), "pegawai_id", self.pegawai)
        self.unor = pemilih_unor(
            self.tr("Unit organisasi PLT/PLH"), units, row.unor_id if row else None
        )
        self.baris(self.tr("&Unit organisasi:"), "unor_id", self.unor)
        self.jabatan = kotak_teks(
            row.jabatan if row else "",
            self.tr("Jabatan PLT/PLH"),
            MAKS_NAMA,
            self.tr("mis. PLT Kepala Bagian Umum"),
        )
        self.baris(self.tr("&Jabatan:"), "jabatan", self.jabatan)
        self.jenis = kotak_pilihan(
            self.tr("Jenis penugasan"),
            [(f"{jenis.value} — {jenis.label}", jenis.value) for jenis in JenisPlt],
            (row.jenis if row else JenisPlt.PLT).value,
        )
        self.baris(self.tr("J&enis:"), "jenis", self.jenis)
        self._isian_periode(row, hari_ini)
        for edit in (self.awal, self.akhir):
            edit.dateChanged.connect(lambda _d: self.periksa())
        self.aktif.toggled.connect(lambda _b: self.periksa())
        self.unor.currentIndexChanged.connect(lambda _i: self.periksa())

    def _isian_periode(self, row: PltRow | None, hari_ini: date) -> None:
        """From when to when, and whether it is in force; a new one runs to the year's end."""
        self.awal = kotak_tanggal(row.periode_awal if row else hari_ini, self.tr("Periode awal"))
        self.baris(self.tr("Periode a&wal:"), "periode_awal", self.awal)
        akhir_bawaan = date(hari_ini.year, 12, 31)
        self.akhir = kotak_tanggal(
            row.periode_akhir if row else akhir_bawaan, self.tr("Periode akhir")
        )
        self.baris(self.tr("Periode a&khir:"), "periode_akhir", self.akhir)
        self.aktif = kotak_centang(
            self.tr("Aktif"), self.tr("Penugasan aktif"), row.aktif if row else True
        )
        self.baris(self.tr("Status:"), "aktif", self.aktif)

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
            baru = penugasan_baru(self.row.id if self.row else None, data)
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
        super().__init__(self.tr("Akhiri Penugasan PLT/PLH"), "dialog_akhiri_plt", parent)
        self._simpan = simpan
        self.catatan(
            self.tr("{jenis} {nama} ({nip}) sebagai {jabatan}, {awal} s.d. {akhir}.").format(
                jenis=row.jenis.value,
                nama=row.pegawai_nama,
                nip=teks_nip(row.pegawai_nip),
                jabatan=row.jabatan,
                awal=format_tanggal(row.periode_awal),
                akhir=format_tanggal(row.periode_akhir),
            )
        )
        bawaan = min(max(hari_ini, row.periode_awal), row.periode_akhir)
        self.tanggal = kotak_tanggal(bawaan, self.tr("Tanggal berakhir"))
        self.baris(self.tr("&Berakhir pada:"), "periode_akhir", self.tanggal)
        self.ok.setText(self.tr("&Akhiri"))

    def simpan(self) -> None:
        self._simpan(tanggal(self.tanggal))

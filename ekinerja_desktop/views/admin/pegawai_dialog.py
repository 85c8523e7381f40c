"""Tambah / Ubah Pegawai (S003 Gambar 2.14, 2.15): NIP, nama, unit, jabatan, jenis jabatan,
pangkat/golongan and atasan langsung, plus what the SKP format and angka kredit need (kelompok
jabatan, jenjang and TMT jabatan of a JF).

Every field is checked as it is left (and on Simpan) by the same rules the service applies:
the NIP by the domain's `parse_nip` (PNS or PPPK; a NIK only for a non-ASN JPT), the golongan
of the NIP's kind, an atasan who is not below the pegawai.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QWidget

from ekinerja_desktop.domain import (
    GOLONGAN_PNS,
    GOLONGAN_PPPK,
    DomainError,
    JenisJabatan,
    Jenjang,
    KelompokJabatan,
    periksa_atasan,
)
from ekinerja_desktop.services.admin import MAKS_NAMA, DataPegawai, kesalahan_pegawai
from ekinerja_desktop.services.queries_admin import PegawaiRow, UnorRow
from ekinerja_desktop.views.admin.common import (
    DialogIsian,
    kotak_pilihan,
    kotak_tanggal,
    kotak_teks,
    qdate,
    tanggal,
    teks_nip,
)
from ekinerja_desktop.views.admin.pemilih import pemilih_pegawai, pemilih_unor

TANPA_TANGGAL = date(1900, 1, 1)  # the date field's "not set" (shown as "—")

Simpan = Callable[[DataPegawai], object]


class PegawaiDialog(DialogIsian):
    def __init__(
        self,
        units: Sequence[UnorRow],
        pegawai: Sequence[PegawaiRow],
        row: PegawaiRow | None,
        simpan: Simpan,
        unor_awal: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        judul = self.tr("Tambah Pegawai") if row is None else self.tr("Ubah Pegawai")
        super().__init__(judul, "dialog_pegawai", parent, lebar=640)
        self.row = row
        self._simpan = simpan
        self.atasan_dari = {p.id: p.atasan_id for p in pegawai}
        self.nama_pegawai = {p.id: p.nama for p in pegawai}
        self.disentuh: set[str] = set()
        self._isian_pegawai(row, units, unor_awal)
        self._isian_jabatan(row)
        self.golongan = kotak_pilihan(
            self.tr("Pangkat / golongan ruang"),
            [
                ("—", ""),
                *((f"{g} — {pangkat}", g) for g, pangkat in GOLONGAN_PNS.items()),
                *((self.tr("{g} (PPPK)").format(g=g), g) for g in GOLONGAN_PPPK),
            ],
            (row.golongan or "") if row else "",
        )
        self.baris(self.tr("&Pangkat/golongan:"), "golongan", self.golongan)
        self.atasan = pemilih_pegawai(
            "pemilih_atasan",
            self.tr("Atasan langsung"),
            pegawai,
            row.atasan_id if row else None,
            kosong=self.tr("&Tanpa atasan"),
            kecuali=row.id if row else None,
        )
        self.baris(self.tr("Atasan &langsung:"), "atasan_id", self.atasan)

        for kolom, edit in (("nip", self.nip), ("nama", self.nama), ("jabatan", self.jabatan)):
            edit.editingFinished.connect(lambda k=kolom: self._sentuh(k))
            edit.textChanged.connect(lambda _t: self._periksa_disentuh())
        self.golongan.currentIndexChanged.connect(lambda _i: self._sentuh("golongan"))
        self.kelompok.currentIndexChanged.connect(lambda _i: self._kelompok_berubah())
        self.atasan.berubah.connect(lambda: self._sentuh("atasan_id"))
        self._kelompok_berubah()
        self.nip.setFocus()

    def _isian_pegawai(
        self, row: PegawaiRow | None, units: Sequence[UnorRow], unor_awal: str | None
    ) -> None:
        """Who the pegawai is and where they work."""
        self.nip = kotak_teks(
            teks_nip(row.nip) if row else "",
            self.tr("NIP"),
            contoh=self.tr("18 digit, mis. 19660801 198803 1 001"),
        )
        self.nip.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9 ]{0,24}"), self)
        )
        self.baris(self.tr("&NIP:"), "nip", self.nip)
        self.nama = kotak_teks(row.nama if row else "", self.tr("Nama"), MAKS_NAMA)
        self.baris(self.tr("N&ama:"), "nama", self.nama)
        self.unor = pemilih_unor(
            self.tr("Unit organisasi"), units, row.unor_id if row else unor_awal
        )
        self.baris(self.tr("&Unit organisasi:"), "unor_id", self.unor)

    def _isian_jabatan(self, row: PegawaiRow | None) -> None:
        """The jabatan, and what the SKP format and angka kredit need of it."""
        self.jabatan = kotak_teks(row.jabatan if row else "", self.tr("Jabatan"), MAKS_NAMA)
        self.baris(self.tr("&Jabatan:"), "jabatan", self.jabatan)
        self.jenis = kotak_pilihan(
            self.tr("Jenis jabatan"),
            [(self.tr("Pegawai"), JenisJabatan.PEGAWAI.value),
             (self.tr("Pimpinan (memimpin unit, pejabat penilai)"), JenisJabatan.PIMPINAN.value)],
            (row.jenis_jabatan if row else JenisJabatan.PEGAWAI).value,
        )  # fmt: skip
        self.baris(self.tr("Jeni&s jabatan:"), "jenis_jabatan", self.jenis)
        self.kelompok = kotak_pilihan(
            self.tr("Kelompok jabatan"),
            [(self.tr("JA (jabatan administrasi)"), "JA"),
             (self.tr("JF (jabatan fungsional)"), "JF"),
             (self.tr("JPT (jabatan pimpinan tinggi)"), "JPT")],
            (row.kelompok_jabatan if row else KelompokJabatan.JA).value,
        )  # fmt: skip
        self.baris(self.tr("&Kelompok jabatan:"), "kelompok_jabatan", self.kelompok)
        self.jenjang = kotak_pilihan(
            self.tr("Jenjang jabatan fungsional"),
            [("—", ""), *((j.label, j.value) for j in Jenjang)],
            row.jenjang.value if row and row.jenjang else "",
        )
        self.baris(self.tr("Jenjan&g (JF):"), "jenjang", self.jenjang)
        self.tmt = kotak_tanggal(
            row.tmt_jabatan if row and row.tmt_jabatan else TANPA_TANGGAL, self.tr("TMT jabatan")
        )
        self.tmt.setMinimumDate(qdate(TANPA_TANGGAL))
        self.tmt.setSpecialValueText("—")
        self.baris(self.tr("T&MT jabatan (JF):"), "tmt_jabatan", self.tmt)

    # --- checking as the user goes ------------------------------------------------------------

    def _sentuh(self, kolom: str) -> None:
        self.disentuh.add(kolom)
        self._periksa_disentuh()

    def _periksa_disentuh(self) -> None:
        kesalahan = self.kesalahan()
        self.tampilkan_kesalahan({k: v for k, v in kesalahan.items() if k in self.disentuh})

    def _kelompok_berubah(self) -> None:
        jf = self.kelompok.currentData() == KelompokJabatan.JF.value
        self.jenjang.setEnabled(jf)
        self.tmt.setEnabled(jf)
        self._periksa_disentuh()

    def data(self) -> DataPegawai:
        tmt = tanggal(self.tmt)
        return DataPegawai(
            nip=self.nip.text(),
            nama=self.nama.text(),
            jabatan=self.jabatan.text(),
            unor_id=self.unor.unor_id() or "",
            jenis_jabatan=JenisJabatan(str(self.jenis.currentData())),
            kelompok_jabatan=KelompokJabatan(str(self.kelompok.currentData())),
            golongan=str(self.golongan.currentData() or "") or None,
            jenjang=Jenjang(str(self.jenjang.currentData()))
            if self.jenjang.currentData()
            else None,
            tmt_jabatan=None if tmt == TANPA_TANGGAL else tmt,
            atasan_id=self.atasan.pegawai_id(),
        )

    def kesalahan(self) -> dict[str, str]:
        data = self.data()
        kesalahan = kesalahan_pegawai(data)
        try:
            periksa_atasan(
                self.row.id if self.row else None,
                data.atasan_id,
                self.atasan_dari,
                self.nama_pegawai,
            )
        except DomainError as error:
            kesalahan["atasan_id"] = str(error)
        return kesalahan

    def accept(self) -> None:
        self.disentuh.update(self.salah)
        super().accept()

    def simpan(self) -> None:
        self._simpan(self.data())

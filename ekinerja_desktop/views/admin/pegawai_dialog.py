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

from PySide6.QtCore import QDate, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget

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
    FORMAT_TANGGAL,
    LOCALE_ID,
    DialogIsian,
    PemilihPegawai,
    PemilihUnor,
    teks_nip,
)

TANPA_TANGGAL = QDate(1900, 1, 1)  # the date field's "not set" (shown as "—")

Simpan = Callable[[DataPegawai], object]


def isi_combo(combo: QComboBox, items: Sequence[tuple[str, object]]) -> None:
    for text, data in items:
        combo.addItem(text, data)


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
        super().__init__(
            self.tr("Tambah Pegawai") if row is None else self.tr("Ubah Pegawai"), parent
        )
        self.setObjectName("dialog_pegawai")
        self.setMinimumWidth(640)
        self.row = row
        self._simpan = simpan
        self.atasan_dari = {p.id: p.atasan_id for p in pegawai}
        self.nama_pegawai = {p.id: p.nama for p in pegawai}
        self.disentuh: set[str] = set()

        self.nip = QLineEdit(teks_nip(row.nip) if row else "")
        self.nip.setAccessibleName(self.tr("NIP"))
        self.nip.setPlaceholderText(self.tr("18 digit, mis. 19660801 198803 1 001"))
        self.nip.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9 ]{0,24}"), self)
        )
        self.nama = QLineEdit(row.nama if row else "")
        self.nama.setMaxLength(MAKS_NAMA)
        self.nama.setAccessibleName(self.tr("Nama"))
        self.unor = PemilihUnor()
        self.unor.setAccessibleName(self.tr("Unit organisasi"))
        self.unor.isi(units)
        self.unor.pilih(row.unor_id if row else unor_awal)
        self.jabatan = QLineEdit(row.jabatan if row else "")
        self.jabatan.setMaxLength(MAKS_NAMA)
        self.jabatan.setAccessibleName(self.tr("Jabatan"))
        self.jenis = QComboBox()
        self.jenis.setAccessibleName(self.tr("Jenis jabatan"))
        isi_combo(self.jenis, [(self.tr("Pegawai"), JenisJabatan.PEGAWAI.value),
                               (self.tr("Pimpinan (memimpin unit, pejabat penilai)"),
                                JenisJabatan.PIMPINAN.value)])  # fmt: skip
        jenis = row.jenis_jabatan if row else JenisJabatan.PEGAWAI
        self.jenis.setCurrentIndex(self.jenis.findData(jenis.value))
        self.kelompok = QComboBox()
        self.kelompok.setAccessibleName(self.tr("Kelompok jabatan"))
        isi_combo(self.kelompok, [(self.tr("JA (jabatan administrasi)"), "JA"),
                                  (self.tr("JF (jabatan fungsional)"), "JF"),
                                  (self.tr("JPT (jabatan pimpinan tinggi)"), "JPT")])  # fmt: skip
        kelompok = row.kelompok_jabatan if row else KelompokJabatan.JA
        self.kelompok.setCurrentIndex(self.kelompok.findData(kelompok.value))
        self.jenjang = QComboBox()
        self.jenjang.setAccessibleName(self.tr("Jenjang jabatan fungsional"))
        isi_combo(self.jenjang, [("—", ""), *((j.label, j.value) for j in Jenjang)])
        jenjang = row.jenjang.value if row and row.jenjang else ""
        self.jenjang.setCurrentIndex(max(0, self.jenjang.findData(jenjang)))
        self.tmt = QDateEdit()
        self.tmt.setAccessibleName(self.tr("TMT jabatan"))
        self.tmt.setLocale(LOCALE_ID)
        self.tmt.setDisplayFormat(FORMAT_TANGGAL)
        self.tmt.setCalendarPopup(True)
        self.tmt.setMinimumDate(TANPA_TANGGAL)
        self.tmt.setSpecialValueText("—")
        self.tmt.setDate(
            QDate(row.tmt_jabatan.year, row.tmt_jabatan.month, row.tmt_jabatan.day)
            if row and row.tmt_jabatan
            else TANPA_TANGGAL
        )
        self.golongan = QComboBox()
        self.golongan.setAccessibleName(self.tr("Pangkat / golongan ruang"))
        isi_combo(
            self.golongan,
            [
                ("—", ""),
                *((f"{g} — {pangkat}", g) for g, pangkat in GOLONGAN_PNS.items()),
                *((self.tr("{g} (PPPK)").format(g=g), g) for g in GOLONGAN_PPPK),
            ],
        )
        golongan = (row.golongan or "") if row else ""
        self.golongan.setCurrentIndex(max(0, self.golongan.findData(golongan)))
        self.atasan = PemilihPegawai("pemilih_atasan", self.tr("&Tanpa atasan"))
        self.atasan.setAccessibleName(self.tr("Atasan langsung"))
        self.atasan.isi(pegawai, kecuali=row.id if row else None)
        self.atasan.pilih(row.atasan_id if row else None)

        self.baris(self.tr("&NIP:"), "nip", self.nip)
        self.baris(self.tr("N&ama:"), "nama", self.nama)
        self.baris(self.tr("&Unit organisasi:"), "unor_id", self.unor)
        self.baris(self.tr("&Jabatan:"), "jabatan", self.jabatan)
        self.baris(self.tr("Jeni&s jabatan:"), "jenis_jabatan", self.jenis)
        self.baris(self.tr("&Kelompok jabatan:"), "kelompok_jabatan", self.kelompok)
        self.baris(self.tr("Jenjan&g (JF):"), "jenjang", self.jenjang)
        self.baris(self.tr("T&MT jabatan (JF):"), "tmt_jabatan", self.tmt)
        self.baris(self.tr("&Pangkat/golongan:"), "golongan", self.golongan)
        self.baris(self.tr("Atasan &langsung:"), "atasan_id", self.atasan)

        for kolom, edit in (("nip", self.nip), ("nama", self.nama), ("jabatan", self.jabatan)):
            edit.editingFinished.connect(lambda k=kolom: self._sentuh(k))
            edit.textChanged.connect(lambda _t: self._periksa_disentuh())
        self.golongan.currentIndexChanged.connect(lambda _i: self._sentuh("golongan"))
        self.kelompok.currentIndexChanged.connect(lambda _i: self._kelompok_berubah())
        self.atasan.berubah.connect(lambda: self._sentuh("atasan_id"))
        self._kelompok_berubah()
        self.nip.setFocus()

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
        tmt = self.tmt.date()
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
            tmt_jabatan=None if tmt == TANPA_TANGGAL else date(tmt.year(), tmt.month(), tmt.day()),
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

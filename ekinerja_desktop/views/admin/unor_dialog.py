"""Tambah / Ubah Unit Organisasi (S003 Gambar 2.10, 2.11) and Pindahkan Unit.

Nama, jenis (eselon), unor atasan, unor induk (the JPT / mandiri unit it belongs to), mandiri
(its head makes a JPT-model SKP without approval) and kota (the signing place on prints).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QComboBox, QWidget

from ekinerja_desktop.domain import rantai_ke_atas
from ekinerja_desktop.services.admin import MAKS_JENIS_UNOR, MAKS_NAMA, DataUnor, kesalahan_unor
from ekinerja_desktop.services.queries_admin import UnorRow
from ekinerja_desktop.views.admin.common import DialogIsian, kotak_centang, kotak_teks
from ekinerja_desktop.views.admin.pemilih import pemilih_unor

# The kinds of unit leaders e-Kinerja lists (S003 Gambar 2.10); another can be typed.
JENIS_UNOR = (
    "JPT Utama",
    "JPT Madya / Eselon Ia",
    "JPT Madya / Eselon Ib",
    "JPT Pratama / Eselon IIa",
    "JPT Pratama / Eselon IIb",
    "Administrator / Eselon IIIa",
    "Administrator / Eselon IIIb",
    "Pengawas / Eselon IVa",
    "Pengawas / Eselon IVb",
)

Simpan = Callable[[DataUnor], object]


def di_bawah(unor_id: str, units: Sequence[UnorRow]) -> frozenset[str]:
    """The unit and every unit below it: where it cannot be moved to."""
    atasan = {u.id: u.unor_atasan_id for u in units}
    return frozenset(u.id for u in units if unor_id in rantai_ke_atas(u.id, atasan))


def induk_bawaan(atasan: UnorRow | None) -> str | None:
    """The unor induk a new unit under `atasan` most likely has: the atasan itself when it is
    a JPT or mandiri unit (or the top), else the atasan's own induk."""
    if atasan is None:
        return None
    if atasan.mandiri or atasan.jenis.upper().startswith("JPT") or atasan.unor_atasan_id is None:
        return atasan.id
    return atasan.unor_induk_id


class UnorDialog(DialogIsian):
    def __init__(
        self,
        units: Sequence[UnorRow],
        unit: UnorRow | None,
        atasan_id: str | None,
        simpan: Simpan,
        parent: QWidget | None = None,
    ) -> None:
        judul = (
            self.tr("Tambah Unit Organisasi") if unit is None else self.tr("Ubah Unit Organisasi")
        )
        super().__init__(judul, "dialog_unor", parent)
        self._simpan = simpan
        self.nama = kotak_teks(unit.nama if unit else "", self.tr("Nama unit"), MAKS_NAMA)
        self.baris(self.tr("&Nama:"), "nama", self.nama)
        self.jenis = QComboBox()
        self.jenis.setEditable(True)
        self.jenis.addItems(JENIS_UNOR)
        self.jenis.setCurrentText(unit.jenis if unit else "")
        edit = self.jenis.lineEdit()
        assert edit is not None  # editable
        edit.setMaxLength(MAKS_JENIS_UNOR)
        self.jenis.setAccessibleName(self.tr("Jenis unit (eselon)"))
        self.baris(self.tr("&Jenis (eselon):"), "jenis", self.jenis)
        self._isian_tempat(units, unit, atasan_id)
        self.mandiri = kotak_centang(
            self.tr("Ya — kepala unit membuat SKP model JPT tanpa persetujuan"),
            self.tr("Unor mandiri"),
            unit.mandiri if unit else False,
        )
        self.baris(self.tr("Unor &mandiri:"), "mandiri", self.mandiri)
        self.kota = kotak_teks(
            unit.kota if unit else "",
            self.tr("Kota"),
            MAKS_JENIS_UNOR,
            self.tr("Tempat penandatanganan pada cetakan SKP"),
        )
        self.baris(self.tr("&Kota:"), "kota", self.kota)
        if unit is not None:
            self.catatan(
                self.tr(
                    "Perubahan data unit berlaku untuk seluruh instansi, bukan hanya satu "
                    "pegawai. SKP yang sudah dibuat tetap memakai data saat SKP dibuat."
                )
            )
        self.nama.textChanged.connect(lambda _t: self.periksa())
        self.kota.textChanged.connect(lambda _t: self.periksa())

    def _isian_tempat(
        self, units: Sequence[UnorRow], unit: UnorRow | None, atasan_id: str | None
    ) -> None:
        """Where the unit stands: its unor atasan and its unor induk, neither of them the unit
        itself or one below it."""
        kecuali = di_bawah(unit.id, units) if unit else frozenset()
        self.atasan = pemilih_unor(
            self.tr("Unor atasan"),
            units,
            unit.unor_atasan_id if unit else atasan_id,
            self.tr("(tingkat teratas)"),
            kecuali,
        )
        self.baris(self.tr("Unor &atasan:"), "unor_atasan_id", self.atasan)
        per_id = {u.id: u for u in units}
        self.induk = pemilih_unor(
            self.tr("Unor induk"),
            units,
            unit.unor_induk_id if unit else induk_bawaan(per_id.get(atasan_id or "")),
            self.tr("(tidak ada / unit ini sendiri)"),
            kecuali,
        )
        self.baris(self.tr("Unor &induk:"), "unor_induk_id", self.induk)

    def data(self) -> DataUnor:
        return DataUnor(
            nama=self.nama.text(),
            jenis=self.jenis.currentText(),
            unor_atasan_id=self.atasan.unor_id(),
            unor_induk_id=self.induk.unor_id(),
            mandiri=self.mandiri.isChecked(),
            kota=self.kota.text(),
        )

    def kesalahan(self) -> dict[str, str]:
        return kesalahan_unor(self.data())

    def simpan(self) -> None:
        self._simpan(self.data())


class PindahUnorDialog(DialogIsian):
    """Move a unit (with all below it) under another unit, or to the top."""

    def __init__(
        self,
        units: Sequence[UnorRow],
        unit: UnorRow,
        simpan: Callable[[str | None], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Pindahkan {nama}").format(nama=unit.nama), "dialog_pindah_unor", parent
        )
        self._simpan = simpan
        self.catatan(
            self.tr(
                "Unit ini beserta {anak} unit di bawahnya dipindah ke bawah unit yang dipilih."
            ).format(anak=len(di_bawah(unit.id, units)) - 1)
        )
        self.atasan = pemilih_unor(
            self.tr("Unor atasan baru"),
            units,
            unit.unor_atasan_id,
            self.tr("(tingkat teratas)"),
            di_bawah(unit.id, units),
        )
        self.baris(self.tr("Unor &atasan baru:"), "unor_atasan_id", self.atasan)

    def simpan(self) -> None:
        self._simpan(self.atasan.unor_id())

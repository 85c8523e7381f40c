"""The dialogs of the Periode tab: the year's default periods, add/edit one period (S003
Gambar 2.5, 2.7), and reopening a period past its batas pengisian for a unit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtWidgets import QWidget

from ekinerja_desktop.domain import (
    DomainError,
    JenisPeriode,
    PeriodeInstansi,
    PeriodeSalah,
    PolaPeriode,
    buat_periode,
    format_tanggal,
    periksa_buka_ulang,
    periksa_periode_instansi,
)
from ekinerja_desktop.services.admin_periode import MAKS_ALASAN_BUKA_ULANG
from ekinerja_desktop.services.queries_admin import PeriodeAdminRow, UnorRow
from ekinerja_desktop.views.admin.common import (
    DialogIsian,
    kotak_pilihan,
    kotak_tanggal,
    kotak_teks,
    tanggal,
)
from ekinerja_desktop.views.admin.pemilih import pemilih_unor

#: A reopening is offered for a week by default: long enough to catch up, short enough to end.
HARI_BUKA_ULANG_BAWAAN = 7


def _instansi(p: PeriodeAdminRow) -> PeriodeInstansi:
    return PeriodeInstansi(p.id, p.nama, p.awal, p.akhir, p.batas_pengisian, p.jenis)


class BuatTahunDialog(DialogIsian):
    """The year's periods by the instansi's pattern: 13 monthly or 5 quarterly (with Final)."""

    def __init__(
        self,
        tahun: int,
        pola: PolaPeriode,
        simpan: Callable[[PolaPeriode], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Buat Periode Tahun {tahun}").format(tahun=tahun), "dialog_buat_tahun", parent
        )
        self.tahun = tahun
        self._simpan = simpan
        self.pola = kotak_pilihan(
            self.tr("Pola periode"),
            [(self.tr("Triwulanan — 4 triwulan + Final (5 periode)"), "TRIWULANAN"),
             (self.tr("Bulanan — 12 bulan + Final (13 periode)"), "BULANAN")],
            pola.value,
        )  # fmt: skip
        self.baris(self.tr("&Pola:"), "pola", self.pola)
        self.pratinjau = self.catatan()
        self.pratinjau.setObjectName("pratinjau_periode")
        self.pola.currentIndexChanged.connect(lambda _i: self._pratinjau())
        self.ok.setText(self.tr("&Buat"))
        self._pratinjau()

    def pilihan(self) -> PolaPeriode:
        return PolaPeriode(str(self.pola.currentData()))

    def _pratinjau(self) -> None:
        baris = [
            self.tr("{nama}: {awal} – {akhir}, batas pengisian {batas}").format(
                nama=p.nama,
                awal=format_tanggal(p.awal),
                akhir=format_tanggal(p.akhir),
                batas=format_tanggal(p.batas_pengisian),
            )
            for p in buat_periode(self.pilihan(), self.tahun)
        ]
        self.pratinjau.setText("\n".join(baris))

    def simpan(self) -> None:
        self._simpan(self.pilihan())


class PeriodeDialog(DialogIsian):
    """Nama, periode awal and akhir, batas pengisian; jenis only for a new period."""

    def __init__(
        self,
        tahun: int,
        lain: Sequence[PeriodeAdminRow],
        row: PeriodeAdminRow | None,
        simpan: Callable[[str, date, date, date, JenisPeriode], object],
        parent: QWidget | None = None,
    ) -> None:
        judul = (
            self.tr("Tambah Periode {tahun}") if row is None else self.tr("Ubah Periode {tahun}")
        )
        super().__init__(judul.format(tahun=tahun), "dialog_periode", parent)
        self.tahun = tahun
        self.row = row
        self.lain = [_instansi(p) for p in lain]
        self._simpan = simpan
        self.nama = kotak_teks(row.nama if row else "", self.tr("Nama periode"))
        self.baris(self.tr("&Nama:"), "nama", self.nama)
        self.awal = kotak_tanggal(row.awal if row else date(tahun, 1, 1), self.tr("Periode awal"))
        self.baris(self.tr("Periode a&wal:"), "awal", self.awal)
        self.akhir = kotak_tanggal(
            row.akhir if row else date(tahun, 1, 31), self.tr("Periode akhir")
        )
        self.baris(self.tr("Periode a&khir:"), "akhir", self.akhir)
        self.batas = kotak_tanggal(
            row.batas_pengisian if row else date(tahun, 2, 5), self.tr("Batas pengisian")
        )
        self.baris(self.tr("&Batas pengisian:"), "batas_pengisian", self.batas)
        self.jenis = kotak_pilihan(
            self.tr("Jenis periode"),
            [(self.tr("- (periodik)"), JenisPeriode.PERIODIK.value),
             (self.tr("Final"), JenisPeriode.FINAL.value)],
            (row.jenis if row else JenisPeriode.PERIODIK).value,
        )  # fmt: skip
        self.jenis.setEnabled(row is None)
        self.baris(self.tr("&Jenis:"), "jenis", self.jenis)
        self.catatan(
            self.tr(
                "Batas pengisian: hari terakhir mengisi rencana aksi, bukti dukung, realisasi "
                "dan feedback periode ini."
            )
        )
        for edit in (self.awal, self.akhir, self.batas):
            edit.dateChanged.connect(lambda _d: self.periksa())

    def jenis_periode(self) -> JenisPeriode:
        return JenisPeriode(str(self.jenis.currentData()))

    def kesalahan(self) -> dict[str, str]:
        baru = PeriodeInstansi(
            self.row.id if self.row else None,
            self.nama.text() if self.dicoba or self.nama.text().strip() else "-",
            tanggal(self.awal),
            tanggal(self.akhir),
            tanggal(self.batas),
            self.jenis_periode(),
        )
        try:
            periksa_periode_instansi(baru, self.tahun, self.lain)
        except PeriodeSalah as error:
            return {error.kolom: str(error)}
        return {}

    def simpan(self) -> None:
        self._simpan(
            self.nama.text(),
            tanggal(self.awal),
            tanggal(self.akhir),
            tanggal(self.batas),
            self.jenis_periode(),
        )


class BukaUlangDialog(DialogIsian):
    """Reopen a period for a unit (and the units below it) until a date."""

    def __init__(
        self,
        periode: PeriodeAdminRow,
        units: Sequence[UnorRow],
        hari_ini: date,
        simpan: Callable[[str, date, str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Buka Ulang {nama} {tahun}").format(nama=periode.nama, tahun=periode.tahun),
            "dialog_buka_ulang",
            parent,
        )
        self.periode = periode
        self.hari_ini = hari_ini
        self._simpan = simpan
        self.catatan(
            self.tr(
                "Batas pengisian periode ini {batas}. Selama dibuka ulang, pegawai unit yang "
                "dipilih dan unit di bawahnya dapat kembali mengisi rencana aksi, bukti dukung, "
                "realisasi dan feedback."
            ).format(batas=format_tanggal(periode.batas_pengisian))
        )
        teratas = next((u.id for u in units if u.unor_atasan_id is None), None)
        self.unor = pemilih_unor(self.tr("Unit yang dibuka ulang"), units, teratas)
        self.baris(self.tr("&Unit organisasi:"), "unor_id", self.unor)
        awal = max(hari_ini, periode.batas_pengisian) + timedelta(days=HARI_BUKA_ULANG_BAWAAN)
        self.sampai = kotak_tanggal(awal, self.tr("Dibuka sampai"))
        self.baris(self.tr("Dibuka &sampai:"), "sampai", self.sampai)
        self.alasan = kotak_teks(
            "",
            self.tr("Alasan pembukaan ulang"),
            MAKS_ALASAN_BUKA_ULANG,
            self.tr("mis. gangguan jaringan saat batas pengisian"),
        )
        self.baris(self.tr("&Alasan:"), "alasan", self.alasan)
        self.ok.setText(self.tr("&Buka ulang"))
        self.sampai.dateChanged.connect(lambda _d: self.periksa())
        self.alasan.textChanged.connect(lambda _t: self.periksa())

    def kesalahan(self) -> dict[str, str]:
        try:
            periksa_buka_ulang(
                self.hari_ini,
                self.periode.batas_pengisian,
                tanggal(self.sampai),
                f"{self.periode.nama} {self.periode.tahun}",
            )
        except DomainError as error:
            kolom = "sampai" if self.hari_ini > self.periode.batas_pengisian else "unor_id"
            return {kolom: str(error)}
        if not self.unor.unor_id():
            return {"unor_id": self.tr("Unit organisasi belum dipilih.")}
        if self.dicoba and not self.alasan.text().strip():
            return {"alasan": self.tr("Alasan pembukaan ulang wajib diisi.")}
        return {}

    def simpan(self) -> None:
        self._simpan(self.unor.unor_id() or "", tanggal(self.sampai), self.alasan.text())

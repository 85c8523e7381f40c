"""Rules of the instansi's periods as the admin keeps them (S003 2.2, domain.md §4, §6).

A period lies within its year and runs forward; its batas pengisian (the last day for rencana
aksi, bukti dukung, realisasi and feedback) is not before the period's end, else its last days
could never be filled in. Periodic periods of one year do not share a day, and a year has one
Final period. A period is reopened ("Buka ulang") only once its batas pengisian has passed, and
until a day not before today. An instansi's ideal curve must sum to 100 %; a row that breaks
the SE 3/2023 constraints is allowed (the curve is guidance) but earns a warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from .enums import CapaianOrganisasi, JenisPeriode, Predikat
from .errors import DomainError
from .kurva import cek_pola_distribusi, kurva_ideal
from .periode import periode_bertumpuk
from .tanggal import format_tanggal

MAKS_PANJANG_NAMA_PERIODE = 255
#: Shares become counts out of this many pegawai to check an ideal row against the SE table.
SKALA_KURVA = 1000
_TANPA_JUMLAH = re.compile(r" \(\d+ (?:dari|dibanding) \d+ pegawai\)")


class PeriodeSalah(DomainError):
    """A broken period rule; `kolom` is the field it is about (nama, awal, akhir,
    batas_pengisian, jenis), so a form can show it under that field."""

    def __init__(self, kolom: str, pesan: str) -> None:
        super().__init__(pesan)
        self.kolom = kolom


@dataclass(frozen=True)
class PeriodeInstansi:
    """One of the instansi's periods, as the rules see it (`id` None: a new one)."""

    id: str | None
    nama: str
    awal: date
    akhir: date
    batas_pengisian: date
    jenis: JenisPeriode


def periksa_periode_instansi(
    baru: PeriodeInstansi, tahun: int, lain: Iterable[PeriodeInstansi] = ()
) -> None:
    """PeriodeSalah on the first rule `baru` breaks among the year's other periods `lain`."""
    if not baru.nama.strip():
        raise PeriodeSalah("nama", "Nama periode belum diisi.")
    if len(baru.nama.strip()) > MAKS_PANJANG_NAMA_PERIODE:
        raise PeriodeSalah(
            "nama", f"Nama periode paling panjang {MAKS_PANJANG_NAMA_PERIODE} karakter."
        )
    if baru.akhir < baru.awal:
        raise PeriodeSalah(
            "akhir",
            f"Periode akhir ({format_tanggal(baru.akhir)}) tidak boleh sebelum periode awal "
            f"({format_tanggal(baru.awal)}).",
        )
    if baru.awal.year != tahun or baru.akhir.year != tahun:
        kolom = "awal" if baru.awal.year != tahun else "akhir"
        raise PeriodeSalah(kolom, f"Periode awal dan akhir harus di dalam tahun {tahun}.")
    if baru.batas_pengisian < baru.akhir:
        raise PeriodeSalah(
            "batas_pengisian",
            f"Batas pengisian ({format_tanggal(baru.batas_pengisian)}) tidak boleh sebelum "
            f"periode berakhir ({format_tanggal(baru.akhir)}).",
        )
    for p in lain:
        if baru.id is not None and p.id == baru.id:
            continue
        if baru.jenis is JenisPeriode.FINAL and p.jenis is JenisPeriode.FINAL:
            raise PeriodeSalah("jenis", f"Tahun {tahun} sudah memiliki periode Final: {p.nama}.")
        if (
            baru.jenis is JenisPeriode.PERIODIK
            and p.jenis is JenisPeriode.PERIODIK
            and periode_bertumpuk(baru.awal, baru.akhir, p.awal, p.akhir)
        ):
            raise PeriodeSalah(
                "awal",
                f"Tanggalnya bertumpuk dengan {p.nama} ({format_tanggal(p.awal)} s.d. "
                f"{format_tanggal(p.akhir)}); periode periodik tidak boleh berbagi hari.",
            )


def periksa_buka_ulang(hari_ini: date, batas_pengisian: date, sampai: date, nama: str) -> None:
    """DomainError unless the period's batas has passed and `sampai` is today or later."""
    if hari_ini <= batas_pengisian:
        raise DomainError(
            f"Batas pengisian {nama} ({format_tanggal(batas_pengisian)}) belum lewat; "
            "periode ini masih dapat diisi tanpa dibuka ulang."
        )
    if sampai < hari_ini:
        raise DomainError(
            f"Tanggal dibuka sampai ({format_tanggal(sampai)}) tidak boleh sebelum hari ini "
            f"({format_tanggal(hari_ini)})."
        )


def periksa_kurva_ideal(
    capaian: CapaianOrganisasi, porsi: Mapping[Predikat, float]
) -> tuple[dict[Predikat, float], list[str]]:
    """The row as the app will use it, and its warnings against the SE 3/2023 constraints.

    DomainError when a share is negative or the row does not sum to 100 %.
    """
    baris = kurva_ideal(capaian, {capaian: porsi})
    jumlah = {p: round(v * SKALA_KURVA) for p, v in baris.items()}
    # The counts are a device of the check, not pegawai: their parentheses are left out.
    peringatan = [_TANPA_JUMLAH.sub("", pesan) for pesan in cek_pola_distribusi(capaian, jumlah)]
    return baris, peringatan

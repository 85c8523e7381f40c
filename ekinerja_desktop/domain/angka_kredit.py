"""Angka kredit of jabatan fungsional (PermenPANRB 1/2023, Peraturan BKN 3/2023; domain.md §8).

Records store the koefisien and persentase they were computed with; these tables only feed new
conversions, never a recomputation of old ones.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from types import MappingProxyType

from .enums import Jenjang, Predikat
from .errors import DomainError

# Whole percents, so AK = bulan × persen × koefisien / 1200 multiplies before it divides and the
# S003 example 7/12 × 150 % × 12.5 comes out exactly 10.9375.
PERSENTASE_ANGKA_KREDIT: Mapping[Predikat, int] = MappingProxyType(
    {
        Predikat.SANGAT_BAIK: 150,
        Predikat.BAIK: 100,
        Predikat.BUTUH_PERBAIKAN: 75,
        Predikat.KURANG: 50,
        Predikat.SANGAT_KURANG: 25,
    }
)


@dataclass(frozen=True)
class JenjangDef:
    """One row of the jenjang table: koefisien per year and the totals needed to move up."""

    jenjang: Jenjang
    golongan_terendah: str
    golongan_tertinggi: str
    koefisien: float
    kebutuhan_kenaikan_pangkat: int
    kebutuhan_kenaikan_jenjang: int | None  # None: the top of its track (Penyelia, Ahli Utama)

    @property
    def golongan(self) -> str:
        """The range as the regulation prints it: "II/a" or "III/a–III/b"."""
        if self.golongan_terendah == self.golongan_tertinggi:
            return self.golongan_terendah
        return f"{self.golongan_terendah}–{self.golongan_tertinggi}"


TABEL_JENJANG: Mapping[Jenjang, JenjangDef] = MappingProxyType(
    {
        j.jenjang: j
        for j in (
            JenjangDef(Jenjang.PEMULA, "II/a", "II/a", 3.75, 15, 15),
            JenjangDef(Jenjang.TERAMPIL, "II/b", "II/d", 5.0, 20, 60),
            JenjangDef(Jenjang.MAHIR, "III/a", "III/b", 12.5, 50, 100),
            JenjangDef(Jenjang.PENYELIA, "III/c", "III/d", 25.0, 100, None),
            JenjangDef(Jenjang.AHLI_PERTAMA, "III/a", "III/b", 12.5, 50, 100),
            JenjangDef(Jenjang.AHLI_MUDA, "III/c", "III/d", 25.0, 100, 200),
            JenjangDef(Jenjang.AHLI_MADYA, "IV/a", "IV/c", 37.5, 150, 450),
            JenjangDef(Jenjang.AHLI_UTAMA, "IV/d", "IV/e", 50.0, 200, None),
        )
    }
)

# Kenaikan pangkat periods (Peraturan BKN 4/2023): the first day of every even month.
BULAN_KENAIKAN_PANGKAT: tuple[int, ...] = (2, 4, 6, 8, 10, 12)


def angka_kredit(predikat: Predikat, jenjang: Jenjang, bulan: int) -> float:
    """AK = (bulan / 12) × persentase × koefisien, in full precision; bulan is 0..12."""
    if not 0 <= bulan <= 12:
        raise DomainError(f"Jumlah bulan angka kredit harus 0 sampai 12, tertulis {bulan}.")
    persen = PERSENTASE_ANGKA_KREDIT[predikat]
    return bulan * persen * TABEL_JENJANG[jenjang].koefisien / 1200


def bulan_dihitung(periode_awal: date, periode_akhir: date, tmt_jabatan: date | None) -> int:
    """Months counted for the AK of one SKP span.

    Counting starts at the later of periode awal and TMT jabatan and runs in whole calendar
    months from that date's month through the month of periode akhir, both included (a TMT on
    15 Jun counts June). A TMT after the span gives 0.
    """
    if periode_akhir < periode_awal:
        raise DomainError("Periode akhir tidak boleh sebelum periode awal.")
    mulai = periode_awal if tmt_jabatan is None else max(periode_awal, tmt_jabatan)
    if mulai > periode_akhir:
        return 0
    bulan = (periode_akhir.year - mulai.year) * 12 + periode_akhir.month - mulai.month + 1
    if bulan > 12:
        raise DomainError("Periode angka kredit tidak boleh lebih dari 12 bulan.")
    return bulan


# Python groups with "," and "." as decimal point; Indonesian writes it the other way round.
_TUKAR_PEMISAH = str.maketrans(",.", ".,")


def format_angka_kredit(x: float) -> str:
    """Three decimals in Indonesian style: 10.9375 → "10,938", 1234.5 → "1.234,500".

    Rounds half up on the shortest decimal form of `x`, as a person would on paper; plain
    float formatting would round 2.0625 down to 2.062.
    """
    if not math.isfinite(x):
        raise DomainError("Angka kredit tidak valid.")
    dibulatkan = Decimal(repr(x)).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)
    teks = f"{dibulatkan:,.3f}"
    return teks.translate(_TUKAR_PEMISAH)


def tanggal_kenaikan_pangkat_berikutnya(d: date) -> date:
    """The first kenaikan pangkat date on or after `d` (1 Feb, 1 Apr, … 1 Dec).

    "On or after": a date that is itself a kenaikan pangkat date is returned unchanged.
    """
    if d.day == 1 and d.month in BULAN_KENAIKAN_PANGKAT:
        return d
    for bulan in BULAN_KENAIKAN_PANGKAT:
        if bulan > d.month:
            return date(d.year, bulan, 1)
    return date(d.year + 1, BULAN_KENAIKAN_PANGKAT[0], 1)

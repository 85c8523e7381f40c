"""Periode penilaian of an instansi; rules on SKP periods and deadlines (domain.md §2, §4)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date

from .enums import JenisPeriode, PolaPeriode
from .errors import DomainError
from .tanggal import format_tanggal, nama_bulan

# Default batas pengisian of a periodic period: this day of the month after it ends (S003 shows
# 05 Februari for January; quarters follow the same rule, a project choice).
HARI_BATAS_PERIODIK = 5
# Final period: the annual evaluation ends "by the second week of January" (S000); project choice
# is the 14th of January of the next year.
HARI_BATAS_FINAL = 14


@dataclass(frozen=True)
class PeriodeDef:
    """One periode penilaian: nomor in the instansi's list, dates inclusive."""

    nomor: int
    nama: str
    awal: date
    akhir: date
    batas_pengisian: date
    jenis: JenisPeriode


def _akhir_bulan(tahun: int, bulan: int) -> date:
    return date(tahun, bulan, calendar.monthrange(tahun, bulan)[1])


def _batas_sesudah(akhir: date) -> date:
    """The HARI_BATAS_PERIODIK of the month after `akhir`."""
    if akhir.month == 12:
        return date(akhir.year + 1, 1, HARI_BATAS_PERIODIK)
    return date(akhir.year, akhir.month + 1, HARI_BATAS_PERIODIK)


def _periodik(nomor: int, nama: str, awal: date, akhir: date) -> PeriodeDef:
    return PeriodeDef(nomor, nama, awal, akhir, _batas_sesudah(akhir), JenisPeriode.PERIODIK)


def _final(nomor: int, tahun: int) -> PeriodeDef:
    return PeriodeDef(
        nomor,
        f"Periode {nomor} (FINAL)",
        date(tahun, 1, 1),
        date(tahun, 12, 31),
        date(tahun + 1, 1, HARI_BATAS_FINAL),
        JenisPeriode.FINAL,
    )


def _bulanan(tahun: int) -> list[PeriodeDef]:
    bulan = [
        _periodik(b, f"Periode {b} ({nama_bulan(b)})", date(tahun, b, 1), _akhir_bulan(tahun, b))
        for b in range(1, 13)
    ]
    return [*bulan, _final(13, tahun)]


def _triwulanan(tahun: int) -> list[PeriodeDef]:
    triwulan = [
        _periodik(
            tw, f"Periode {tw} (TW{tw})", date(tahun, 3 * tw - 2, 1), _akhir_bulan(tahun, 3 * tw)
        )
        for tw in range(1, 5)
    ]
    return [*triwulan, _final(5, tahun)]


def buat_periode(pola: PolaPeriode, tahun: int) -> list[PeriodeDef]:
    """The default periods of a year: 12 months + Final (13), or 4 quarters + Final (5).

    Names follow e-Kinerja's "Periode 13 (FINAL)": "Periode 1 (Januari)", "Periode 1 (TW1)".
    """
    if not 1 <= tahun <= 9998:  # batas pengisian falls in the next year
        raise DomainError(f"Tahun periode tidak valid: {tahun}.")
    if pola == PolaPeriode.BULANAN:
        return _bulanan(tahun)
    return _triwulanan(tahun)


def periksa_periode_skp(awal: date, akhir: date) -> None:
    """An SKP period runs forward and stays within one calendar year."""
    if akhir < awal:
        raise DomainError(
            f"Periode akhir SKP ({format_tanggal(akhir)}) tidak boleh sebelum periode awal "
            f"({format_tanggal(awal)})."
        )
    if akhir.year != awal.year:
        raise DomainError(
            f"Periode SKP harus dalam satu tahun kalender; tertulis {format_tanggal(awal)} "
            f"sampai {format_tanggal(akhir)}."
        )


def periode_bertumpuk(a_awal: date, a_akhir: date, b_awal: date, b_akhir: date) -> bool:
    """Whether two inclusive date ranges share at least one day."""
    return a_awal <= b_akhir and b_awal <= a_akhir


def periode_untuk_skp(
    periode: list[PeriodeDef], skp_awal: date, skp_akhir: date
) -> list[PeriodeDef]:
    """The instansi's periods an SKP can take, cut to the SKP's own span.

    Periodic periods that miss the SKP are dropped, the others clipped; the Final period covers
    the SKP's whole span (domain.md §4). Batas pengisian stays as the instansi set it.
    """
    hasil: list[PeriodeDef] = []
    for p in periode:
        if p.jenis == JenisPeriode.FINAL:
            hasil.append(replace(p, awal=skp_awal, akhir=skp_akhir))
        elif periode_bertumpuk(p.awal, p.akhir, skp_awal, skp_akhir):
            hasil.append(replace(p, awal=max(p.awal, skp_awal), akhir=min(p.akhir, skp_akhir)))
    return hasil


def bisa_diisi(hari_ini: date, batas_pengisian: date, dibuka_ulang: bool) -> bool:
    """Rencana aksi, realisasi, bukti dukung and feedback: until batas (inclusive) or reopened."""
    return dibuka_ulang or hari_ini <= batas_pengisian


def periksa_batas_pengisian(
    hari_ini: date, batas_pengisian: date, dibuka_ulang: bool, nama_periode: str
) -> None:
    """DomainError when the period can no longer be filled in."""
    if not bisa_diisi(hari_ini, batas_pengisian, dibuka_ulang):
        raise DomainError(
            f"Batas pengisian periode {nama_periode} ({format_tanggal(batas_pengisian)}) "
            "telah lewat; minta admin membuka ulang periode ini."
        )

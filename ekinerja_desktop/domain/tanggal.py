"""Indonesian dates for screens and prints ("4 April 2023"), independent of the OS locale."""

from __future__ import annotations

from datetime import date

# Spelled out here: the machine's locale may be English or missing, prints must not change with it.
NAMA_BULAN: tuple[str, ...] = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def nama_bulan(bulan: int) -> str:
    """The Indonesian name of month 1..12."""
    return NAMA_BULAN[bulan - 1]


def format_tanggal(d: date) -> str:
    """`date(2023, 4, 4)` → "4 April 2023" (day without a leading zero, as in the guides)."""
    return f"{d.day} {nama_bulan(d.month)} {d.year}"

"""Indonesian dates for screens and prints ("4 April 2023"), independent of the OS locale."""

from __future__ import annotations

from datetime import date, datetime, timedelta

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


#: The server's calendar day for deadlines is WIB (UTC+7). A laptop uses its own zone; in WITA
#: and WIT its day ends earlier than WIB's, so a laptop never accepts what the server refuses.
SELISIH_WIB = timedelta(hours=7)


def tanggal_wib(utc: datetime) -> date:
    """The WIB calendar day of a naive UTC time (the server's "today" for batas pengisian)."""
    return (utc + SELISIH_WIB).date()


def tanggal_lokal(utc: datetime, selisih: timedelta) -> date:
    """The calendar day of a naive UTC time where the clock is `selisih` ahead of UTC: at
    06.00 WIB it is already today there, while UTC still says yesterday."""
    return (utc + selisih).date()

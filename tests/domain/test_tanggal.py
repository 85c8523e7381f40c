from datetime import date, datetime, timedelta

import pytest

from ekinerja_desktop.domain import NAMA_BULAN, format_tanggal, tanggal_lokal, tanggal_wib


def test_nama_bulan() -> None:
    assert NAMA_BULAN == (
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


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(2023, 4, 4), "4 April 2023"),
        (date(2024, 1, 1), "1 Januari 2024"),
        (date(1999, 12, 31), "31 Desember 1999"),
        (date(2024, 2, 29), "29 Februari 2024"),
        (date(2022, 5, 17), "17 Mei 2022"),
        (date(2022, 8, 17), "17 Agustus 2022"),
    ],
)
def test_format_tanggal(d: date, expected: str) -> None:
    assert format_tanggal(d) == expected


def test_the_day_in_indonesia_not_in_utc() -> None:
    subuh_wib = datetime(2026, 4, 5, 23, 30)  # 06.30 WIB on 6 April, UTC still says the 5th
    assert tanggal_wib(subuh_wib) == date(2026, 4, 6)
    assert tanggal_wib(datetime(2026, 4, 5, 16, 59)) == date(2026, 4, 5)  # 23.59 WIB
    assert tanggal_wib(datetime(2026, 4, 5, 17, 0)) == date(2026, 4, 6)  # midnight WIB
    assert tanggal_lokal(datetime(2026, 4, 5, 15, 0), timedelta(hours=9)) == date(2026, 4, 6)
    assert tanggal_lokal(subuh_wib, timedelta(0)) == date(2026, 4, 5)

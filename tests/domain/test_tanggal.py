from datetime import date

import pytest

from ekinerja_desktop.domain import NAMA_BULAN, format_tanggal


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

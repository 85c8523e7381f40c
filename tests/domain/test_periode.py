from datetime import date

import pytest

from ekinerja_desktop.domain import (
    DomainError,
    JenisPeriode,
    PeriodeDef,
    PolaPeriode,
    bisa_diisi,
    buat_periode,
    periksa_batas_pengisian,
    periksa_periode_skp,
    periode_bertumpuk,
    periode_untuk_skp,
)

P, F = JenisPeriode.PERIODIK, JenisPeriode.FINAL


def test_bulanan_2024() -> None:
    d = date
    assert buat_periode(PolaPeriode.BULANAN, 2024) == [
        PeriodeDef(1, "Periode 1 (Januari)", d(2024, 1, 1), d(2024, 1, 31), d(2024, 2, 5), P),
        PeriodeDef(2, "Periode 2 (Februari)", d(2024, 2, 1), d(2024, 2, 29), d(2024, 3, 5), P),
        PeriodeDef(3, "Periode 3 (Maret)", d(2024, 3, 1), d(2024, 3, 31), d(2024, 4, 5), P),
        PeriodeDef(4, "Periode 4 (April)", d(2024, 4, 1), d(2024, 4, 30), d(2024, 5, 5), P),
        PeriodeDef(5, "Periode 5 (Mei)", d(2024, 5, 1), d(2024, 5, 31), d(2024, 6, 5), P),
        PeriodeDef(6, "Periode 6 (Juni)", d(2024, 6, 1), d(2024, 6, 30), d(2024, 7, 5), P),
        PeriodeDef(7, "Periode 7 (Juli)", d(2024, 7, 1), d(2024, 7, 31), d(2024, 8, 5), P),
        PeriodeDef(8, "Periode 8 (Agustus)", d(2024, 8, 1), d(2024, 8, 31), d(2024, 9, 5), P),
        PeriodeDef(9, "Periode 9 (September)", d(2024, 9, 1), d(2024, 9, 30), d(2024, 10, 5), P),
        PeriodeDef(10, "Periode 10 (Oktober)", d(2024, 10, 1), d(2024, 10, 31), d(2024, 11, 5), P),
        PeriodeDef(11, "Periode 11 (November)", d(2024, 11, 1), d(2024, 11, 30), d(2024, 12, 5), P),
        PeriodeDef(12, "Periode 12 (Desember)", d(2024, 12, 1), d(2024, 12, 31), d(2025, 1, 5), P),
        PeriodeDef(13, "Periode 13 (FINAL)", d(2024, 1, 1), d(2024, 12, 31), d(2025, 1, 14), F),
    ]


def test_februari_tahun_biasa() -> None:
    assert buat_periode(PolaPeriode.BULANAN, 2023)[1].akhir == date(2023, 2, 28)


def test_triwulanan_2023() -> None:
    d = date
    assert buat_periode(PolaPeriode.TRIWULANAN, 2023) == [
        PeriodeDef(1, "Periode 1 (TW1)", d(2023, 1, 1), d(2023, 3, 31), d(2023, 4, 5), P),
        PeriodeDef(2, "Periode 2 (TW2)", d(2023, 4, 1), d(2023, 6, 30), d(2023, 7, 5), P),
        PeriodeDef(3, "Periode 3 (TW3)", d(2023, 7, 1), d(2023, 9, 30), d(2023, 10, 5), P),
        PeriodeDef(4, "Periode 4 (TW4)", d(2023, 10, 1), d(2023, 12, 31), d(2024, 1, 5), P),
        PeriodeDef(5, "Periode 5 (FINAL)", d(2023, 1, 1), d(2023, 12, 31), d(2024, 1, 14), F),
    ]


@pytest.mark.parametrize("tahun", [0, 9999])
def test_tahun_tidak_valid(tahun: int) -> None:
    with pytest.raises(DomainError, match="Tahun periode tidak valid"):
        buat_periode(PolaPeriode.BULANAN, tahun)


@pytest.mark.parametrize(
    ("awal", "akhir"),
    [
        (date(2024, 1, 1), date(2024, 12, 31)),
        (date(2024, 7, 15), date(2024, 12, 31)),
        (date(2024, 3, 3), date(2024, 3, 3)),
    ],
)
def test_periode_skp_sah(awal: date, akhir: date) -> None:
    periksa_periode_skp(awal, akhir)


def test_periode_skp_terbalik() -> None:
    with pytest.raises(DomainError) as info:
        periksa_periode_skp(date(2024, 6, 1), date(2024, 5, 31))
    assert str(info.value) == (
        "Periode akhir SKP (31 Mei 2024) tidak boleh sebelum periode awal (1 Juni 2024)."
    )


def test_periode_skp_lintas_tahun() -> None:
    with pytest.raises(DomainError, match="harus dalam satu tahun kalender"):
        periksa_periode_skp(date(2023, 7, 1), date(2024, 6, 30))


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((date(2024, 1, 1), date(2024, 6, 30)), (date(2024, 7, 1), date(2024, 12, 31)), False),
        ((date(2024, 1, 1), date(2024, 7, 1)), (date(2024, 7, 1), date(2024, 12, 31)), True),
        ((date(2024, 1, 1), date(2024, 12, 31)), (date(2024, 3, 1), date(2024, 3, 31)), True),
        ((date(2024, 3, 1), date(2024, 3, 31)), (date(2024, 1, 1), date(2024, 12, 31)), True),
        ((date(2024, 7, 1), date(2024, 12, 31)), (date(2024, 1, 1), date(2024, 6, 30)), False),
    ],
)
def test_periode_bertumpuk(a: tuple[date, date], b: tuple[date, date], expected: bool) -> None:
    assert periode_bertumpuk(*a, *b) is expected


@pytest.mark.parametrize(
    ("hari_ini", "dibuka_ulang", "expected"),
    [
        (date(2024, 4, 4), False, True),
        (date(2024, 4, 5), False, True),
        (date(2024, 4, 6), False, False),
        (date(2024, 4, 6), True, True),
    ],
)
def test_bisa_diisi(hari_ini: date, dibuka_ulang: bool, expected: bool) -> None:
    assert bisa_diisi(hari_ini, date(2024, 4, 5), dibuka_ulang) is expected


def test_periksa_batas_pengisian() -> None:
    periksa_batas_pengisian(date(2024, 4, 5), date(2024, 4, 5), False, "Periode 1 (TW1)")
    periksa_batas_pengisian(date(2024, 5, 1), date(2024, 4, 5), True, "Periode 1 (TW1)")
    with pytest.raises(DomainError) as info:
        periksa_batas_pengisian(date(2024, 4, 6), date(2024, 4, 5), False, "Periode 1 (TW1)")
    assert str(info.value) == (
        "Batas pengisian periode Periode 1 (TW1) (5 April 2024) telah lewat; "
        "minta admin membuka ulang periode ini."
    )


def test_periode_untuk_skp_setengah_tahun() -> None:
    periode = buat_periode(PolaPeriode.TRIWULANAN, 2024)
    hasil = periode_untuk_skp(periode, date(2024, 7, 1), date(2024, 12, 31))
    assert [(p.nomor, p.awal, p.akhir) for p in hasil] == [
        (3, date(2024, 7, 1), date(2024, 9, 30)),
        (4, date(2024, 10, 1), date(2024, 12, 31)),
        (5, date(2024, 7, 1), date(2024, 12, 31)),
    ]


def test_periode_untuk_skp_dipotong() -> None:
    periode = buat_periode(PolaPeriode.TRIWULANAN, 2024)
    hasil = periode_untuk_skp(periode, date(2024, 2, 15), date(2024, 5, 20))
    assert [(p.nomor, p.awal, p.akhir, p.batas_pengisian) for p in hasil] == [
        (1, date(2024, 2, 15), date(2024, 3, 31), date(2024, 4, 5)),
        (2, date(2024, 4, 1), date(2024, 5, 20), date(2024, 7, 5)),
        (5, date(2024, 2, 15), date(2024, 5, 20), date(2025, 1, 14)),
    ]

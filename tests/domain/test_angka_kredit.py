from datetime import date

import pytest

from ekinerja_desktop.domain import (
    GOLONGAN_PNS,
    PERSENTASE_ANGKA_KREDIT,
    TABEL_JENJANG,
    DomainError,
    Jenjang,
    Predikat,
    angka_kredit,
    bulan_dihitung,
    format_angka_kredit,
    tanggal_kenaikan_pangkat_berikutnya,
)

J = Jenjang
SB, B, BP, K, SK = (
    Predikat.SANGAT_BAIK,
    Predikat.BAIK,
    Predikat.BUTUH_PERBAIKAN,
    Predikat.KURANG,
    Predikat.SANGAT_KURANG,
)


@pytest.mark.parametrize(("predikat", "persen"), [(SB, 150), (B, 100), (BP, 75), (K, 50), (SK, 25)])
def test_persentase(predikat: Predikat, persen: int) -> None:
    assert PERSENTASE_ANGKA_KREDIT[predikat] == persen


# domain.md §8: jenjang, golongan, koefisien, kebutuhan kenaikan pangkat / kenaikan jenjang.
JENJANG = [
    (J.PEMULA, "II/a", 3.75, 15, 15),
    (J.TERAMPIL, "II/b–II/d", 5, 20, 60),
    (J.MAHIR, "III/a–III/b", 12.5, 50, 100),
    (J.PENYELIA, "III/c–III/d", 25, 100, None),
    (J.AHLI_PERTAMA, "III/a–III/b", 12.5, 50, 100),
    (J.AHLI_MUDA, "III/c–III/d", 25, 100, 200),
    (J.AHLI_MADYA, "IV/a–IV/c", 37.5, 150, 450),
    (J.AHLI_UTAMA, "IV/d–IV/e", 50, 200, None),
]


@pytest.mark.parametrize(("jenjang", "golongan", "koefisien", "pangkat", "naik_jenjang"), JENJANG)
def test_tabel_jenjang(
    jenjang: Jenjang, golongan: str, koefisien: float, pangkat: int, naik_jenjang: int | None
) -> None:
    baris = TABEL_JENJANG[jenjang]
    assert baris.jenjang is jenjang
    assert baris.golongan == golongan
    assert baris.koefisien == koefisien
    assert baris.kebutuhan_kenaikan_pangkat == pangkat
    assert baris.kebutuhan_kenaikan_jenjang == naik_jenjang
    assert baris.golongan_terendah in GOLONGAN_PNS
    assert baris.golongan_tertinggi in GOLONGAN_PNS


def test_tabel_jenjang_lengkap() -> None:
    assert set(TABEL_JENJANG) == set(Jenjang)


# A full year (12 months) per jenjang, columns SB, B, BP, K, SK: persentase × koefisien.
SETAHUN = {
    J.PEMULA: (5.625, 3.75, 2.8125, 1.875, 0.9375),
    J.TERAMPIL: (7.5, 5.0, 3.75, 2.5, 1.25),
    J.MAHIR: (18.75, 12.5, 9.375, 6.25, 3.125),
    J.PENYELIA: (37.5, 25.0, 18.75, 12.5, 6.25),
    J.AHLI_PERTAMA: (18.75, 12.5, 9.375, 6.25, 3.125),
    J.AHLI_MUDA: (37.5, 25.0, 18.75, 12.5, 6.25),
    J.AHLI_MADYA: (56.25, 37.5, 28.125, 18.75, 9.375),
    J.AHLI_UTAMA: (75.0, 50.0, 37.5, 25.0, 12.5),
}
SEL_SETAHUN = [
    (j, p, nilai[i]) for j, nilai in SETAHUN.items() for i, p in enumerate((SB, B, BP, K, SK))
]


@pytest.mark.parametrize(("jenjang", "predikat", "expected"), SEL_SETAHUN)
def test_angka_kredit_setahun(jenjang: Jenjang, predikat: Predikat, expected: float) -> None:
    assert angka_kredit(predikat, jenjang, 12) == expected


@pytest.mark.parametrize("jenjang", [J.MAHIR, J.AHLI_PERTAMA])
def test_contoh_s003(jenjang: Jenjang) -> None:
    # 7/12 × 150 % × 12.5 = 10.9375, shown 10,938.
    ak = angka_kredit(SB, jenjang, 7)
    assert ak == 10.9375
    assert format_angka_kredit(ak) == "10,938"


def test_angka_kredit_nol_bulan() -> None:
    assert angka_kredit(B, J.AHLI_MUDA, 0) == 0.0


@pytest.mark.parametrize("bulan", [-1, 13])
def test_bulan_di_luar_rentang(bulan: int) -> None:
    with pytest.raises(DomainError, match=f"harus 0 sampai 12, tertulis {bulan}"):
        angka_kredit(B, J.AHLI_MUDA, bulan)


@pytest.mark.parametrize(
    ("awal", "akhir", "tmt", "expected"),
    [
        (date(2023, 1, 1), date(2023, 12, 31), None, 12),
        (date(2023, 1, 1), date(2023, 12, 31), date(2019, 5, 1), 12),
        (date(2023, 1, 1), date(2023, 12, 31), date(2023, 6, 15), 7),
        (date(2023, 6, 1), date(2023, 12, 31), date(2023, 6, 15), 7),
        (date(2023, 6, 1), date(2023, 12, 31), date(2023, 7, 1), 6),
        (date(2023, 3, 15), date(2023, 3, 20), None, 1),
        (date(2023, 1, 1), date(2023, 6, 30), date(2023, 8, 1), 0),
        (date(2023, 1, 1), date(2023, 12, 31), date(2023, 12, 31), 1),
    ],
)
def test_bulan_dihitung(awal: date, akhir: date, tmt: date | None, expected: int) -> None:
    assert bulan_dihitung(awal, akhir, tmt) == expected


def test_bulan_dihitung_periode_terbalik() -> None:
    with pytest.raises(DomainError, match="tidak boleh sebelum periode awal"):
        bulan_dihitung(date(2023, 5, 1), date(2023, 4, 30), None)


def test_bulan_dihitung_lebih_dari_setahun() -> None:
    with pytest.raises(DomainError, match="lebih dari 12 bulan"):
        bulan_dihitung(date(2023, 1, 1), date(2024, 1, 31), None)


@pytest.mark.parametrize(
    ("x", "expected"),
    [
        (10.9375, "10,938"),
        (0.0, "0,000"),
        (3.75, "3,750"),
        (2.0625, "2,063"),  # half up, where float formatting would give 2,062
        (0.0004, "0,000"),
        (1234.5, "1.234,500"),
        (1234567.8915, "1.234.567,892"),
    ],
)
def test_format_angka_kredit(x: float, expected: str) -> None:
    assert format_angka_kredit(x) == expected


@pytest.mark.parametrize("x", [float("nan"), float("inf")])
def test_format_angka_kredit_tidak_valid(x: float) -> None:
    with pytest.raises(DomainError):
        format_angka_kredit(x)


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(2024, 1, 15), date(2024, 2, 1)),
        (date(2024, 2, 1), date(2024, 2, 1)),
        (date(2024, 2, 2), date(2024, 4, 1)),
        (date(2024, 3, 31), date(2024, 4, 1)),
        (date(2024, 4, 1), date(2024, 4, 1)),
        (date(2024, 5, 20), date(2024, 6, 1)),
        (date(2024, 7, 1), date(2024, 8, 1)),
        (date(2024, 9, 30), date(2024, 10, 1)),
        (date(2024, 11, 30), date(2024, 12, 1)),
        (date(2024, 12, 1), date(2024, 12, 1)),
        (date(2024, 12, 2), date(2025, 2, 1)),
        (date(2024, 1, 1), date(2024, 2, 1)),
    ],
)
def test_tanggal_kenaikan_pangkat(d: date, expected: date) -> None:
    assert tanggal_kenaikan_pangkat_berikutnya(d) == expected

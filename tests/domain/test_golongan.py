import pytest

from ekinerja_desktop.domain import (
    GOLONGAN_PNS,
    GOLONGAN_PPPK,
    DomainError,
    format_pangkat_golongan,
    is_golongan_pppk,
    normalisasi_golongan,
)

# domain.md §9, lowest to highest.
PNS = [
    ("I/a", "Juru Muda"),
    ("I/b", "Juru Muda Tingkat I"),
    ("I/c", "Juru"),
    ("I/d", "Juru Tingkat I"),
    ("II/a", "Pengatur Muda"),
    ("II/b", "Pengatur Muda Tingkat I"),
    ("II/c", "Pengatur"),
    ("II/d", "Pengatur Tingkat I"),
    ("III/a", "Penata Muda"),
    ("III/b", "Penata Muda Tingkat I"),
    ("III/c", "Penata"),
    ("III/d", "Penata Tingkat I"),
    ("IV/a", "Pembina"),
    ("IV/b", "Pembina Tingkat I"),
    ("IV/c", "Pembina Utama Muda"),
    ("IV/d", "Pembina Utama Madya"),
    ("IV/e", "Pembina Utama"),
]
PPPK = [
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XII",
    "XIII",
    "XIV",
    "XV",
    "XVI",
    "XVII",
]


def test_urutan_pns() -> None:
    assert list(GOLONGAN_PNS.items()) == PNS


def test_urutan_pppk() -> None:
    assert list(GOLONGAN_PPPK) == PPPK


@pytest.mark.parametrize(("golongan", "pangkat"), PNS)
def test_pangkat_golongan_pns(golongan: str, pangkat: str) -> None:
    assert GOLONGAN_PNS[golongan] == pangkat
    assert format_pangkat_golongan(golongan) == f"{pangkat} / {golongan}"
    assert not is_golongan_pppk(golongan)


@pytest.mark.parametrize("golongan", PPPK)
def test_golongan_pppk(golongan: str) -> None:
    assert format_pangkat_golongan(golongan) == f"Golongan {golongan}"
    assert is_golongan_pppk(golongan)


def test_contoh_cetak() -> None:
    assert format_pangkat_golongan("III/d") == "Penata Tingkat I / III/d"
    assert format_pangkat_golongan("IX") == "Golongan IX"


@pytest.mark.parametrize(
    ("teks", "expected"),
    [("iii/d", "III/d"), (" III / D ", "III/d"), ("IV/E", "IV/e"), ("ix", "IX"), (" xvii", "XVII")],
)
def test_normalisasi(teks: str, expected: str) -> None:
    assert normalisasi_golongan(teks) == expected


@pytest.mark.parametrize("teks", ["III/f", "V/a", "XVIII", "", "abc", "III/", "IIII/a"])
def test_golongan_tidak_dikenal(teks: str) -> None:
    with pytest.raises(DomainError, match="Golongan tidak dikenal"):
        format_pangkat_golongan(teks)

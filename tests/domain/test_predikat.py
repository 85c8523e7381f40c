import pytest

from ekinerja_desktop.domain import (
    PANDUAN_RATING_HASIL_KERJA,
    PANDUAN_RATING_PERILAKU,
    PREDIKAT_URUTAN,
    CapaianOrganisasi,
    Predikat,
    Rating,
    predikat_kinerja,
    rating_hasil_kerja_pimpinan,
    urutan_predikat,
)

BAWAH = Rating.DIBAWAH_EKSPEKTASI
SESUAI = Rating.SESUAI_EKSPEKTASI
ATAS = Rating.DIATAS_EKSPEKTASI


# The S002 matrix as printed in domain.md §5: (hasil kerja, perilaku kerja) → predikat.
@pytest.mark.parametrize(
    ("hasil", "perilaku", "expected"),
    [
        (ATAS, BAWAH, Predikat.KURANG),
        (ATAS, SESUAI, Predikat.BAIK),
        (ATAS, ATAS, Predikat.SANGAT_BAIK),
        (SESUAI, BAWAH, Predikat.KURANG),
        (SESUAI, SESUAI, Predikat.BAIK),
        (SESUAI, ATAS, Predikat.BAIK),
        (BAWAH, BAWAH, Predikat.SANGAT_KURANG),
        (BAWAH, SESUAI, Predikat.BUTUH_PERBAIKAN),
        (BAWAH, ATAS, Predikat.BUTUH_PERBAIKAN),
    ],
)
def test_matriks_predikat(hasil: Rating, perilaku: Rating, expected: Predikat) -> None:
    assert predikat_kinerja(hasil, perilaku) is expected


def test_urutan_predikat_naik() -> None:
    assert PREDIKAT_URUTAN == (
        Predikat.SANGAT_KURANG,
        Predikat.KURANG,
        Predikat.BUTUH_PERBAIKAN,
        Predikat.BAIK,
        Predikat.SANGAT_BAIK,
    )
    assert urutan_predikat(Predikat.SANGAT_KURANG) == 0
    assert urutan_predikat(Predikat.SANGAT_BAIK) == 4
    assert [p.label for p in PREDIKAT_URUTAN] == [
        "Sangat Kurang",
        "Kurang/Misconduct",
        "Butuh Perbaikan",
        "Baik",
        "Sangat Baik",
    ]


@pytest.mark.parametrize(
    ("capaian", "expected"),
    [
        (CapaianOrganisasi.ISTIMEWA, ATAS),
        (CapaianOrganisasi.BAIK, SESUAI),
        (CapaianOrganisasi.BUTUH_PERBAIKAN, BAWAH),
        (CapaianOrganisasi.KURANG, BAWAH),
        (CapaianOrganisasi.SANGAT_KURANG, BAWAH),
    ],
)
def test_rating_hasil_kerja_pimpinan(capaian: CapaianOrganisasi, expected: Rating) -> None:
    assert rating_hasil_kerja_pimpinan(capaian) is expected


@pytest.mark.parametrize(
    ("rating", "kata_hasil", "kata_perilaku"),
    [
        (ATAS, "tidak ada hasil kerja utama yang di bawah", "menjaga agar orang lain"),
        (SESUAI, "sebagian kecil", "Secara konsisten"),
        (BAWAH, "sebagian besar hasil kerja di bawah ekspektasi", "Belum konsisten"),
    ],
)
def test_panduan_rating(rating: Rating, kata_hasil: str, kata_perilaku: str) -> None:
    assert kata_hasil in PANDUAN_RATING_HASIL_KERJA[rating]
    assert kata_perilaku in PANDUAN_RATING_PERILAKU[rating]


def test_panduan_rating_lengkap() -> None:
    assert set(PANDUAN_RATING_HASIL_KERJA) == set(Rating)
    assert set(PANDUAN_RATING_PERILAKU) == set(Rating)

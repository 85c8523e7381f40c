"""Predikat kinerja from the two ratings (S002 matrix, domain.md §5) and the rating guidance."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from .enums import CapaianOrganisasi, Predikat, Rating

_BAWAH = Rating.DIBAWAH_EKSPEKTASI
_SESUAI = Rating.SESUAI_EKSPEKTASI
_ATAS = Rating.DIATAS_EKSPEKTASI

# Keyed (rating hasil kerja, rating perilaku kerja); written out cell by cell like the S002 table
# rather than derived, so a reader can check it against the guide at a glance.
MATRIKS_PREDIKAT: Mapping[tuple[Rating, Rating], Predikat] = MappingProxyType(
    {
        (_ATAS, _BAWAH): Predikat.KURANG,
        (_ATAS, _SESUAI): Predikat.BAIK,
        (_ATAS, _ATAS): Predikat.SANGAT_BAIK,
        (_SESUAI, _BAWAH): Predikat.KURANG,
        (_SESUAI, _SESUAI): Predikat.BAIK,
        (_SESUAI, _ATAS): Predikat.BAIK,
        (_BAWAH, _BAWAH): Predikat.SANGAT_KURANG,
        (_BAWAH, _SESUAI): Predikat.BUTUH_PERBAIKAN,
        (_BAWAH, _ATAS): Predikat.BUTUH_PERBAIKAN,
    }
)

# Ascending: Sangat Kurang < Kurang/Misconduct < Butuh Perbaikan < Baik < Sangat Baik.
PREDIKAT_URUTAN: tuple[Predikat, ...] = (
    Predikat.SANGAT_KURANG,
    Predikat.KURANG,
    Predikat.BUTUH_PERBAIKAN,
    Predikat.BAIK,
    Predikat.SANGAT_BAIK,
)

PANDUAN_RATING_HASIL_KERJA: Mapping[Rating, str] = MappingProxyType(
    {
        _ATAS: (
            "Seluruh atau sebagian besar hasil kerja melebihi ekspektasi, tidak ada hasil kerja "
            "utama yang di bawah ekspektasi, dan umpan balik sebagian besar positif."
        ),
        _SESUAI: (
            "Seluruh atau sebagian besar hasil kerja sesuai ekspektasi; hanya sebagian kecil "
            "hasil kerja utama yang di bawah ekspektasi."
        ),
        _BAWAH: "Seluruh atau sebagian besar hasil kerja di bawah ekspektasi.",
    }
)

PANDUAN_RATING_PERILAKU: Mapping[Rating, str] = MappingProxyType(
    {
        _ATAS: (
            "Secara konsisten menunjukkan perilaku kerja sesuai nilai dasar ASN BerAKHLAK dan "
            "menjaga agar orang lain juga menunjukkannya."
        ),
        _SESUAI: "Secara konsisten menunjukkan perilaku kerja sesuai nilai dasar ASN BerAKHLAK.",
        _BAWAH: "Belum konsisten menunjukkan perilaku kerja sesuai nilai dasar ASN BerAKHLAK.",
    }
)

# SE MenPANRB 3/2023 ties a leader's rating to the organisation; the 5→3 mapping is a project
# choice (domain.md §6).
_RATING_PIMPINAN: Mapping[CapaianOrganisasi, Rating] = MappingProxyType(
    {
        CapaianOrganisasi.ISTIMEWA: _ATAS,
        CapaianOrganisasi.BAIK: _SESUAI,
        CapaianOrganisasi.BUTUH_PERBAIKAN: _BAWAH,
        CapaianOrganisasi.KURANG: _BAWAH,
        CapaianOrganisasi.SANGAT_KURANG: _BAWAH,
    }
)


def predikat_kinerja(rating_hasil_kerja: Rating, rating_perilaku_kerja: Rating) -> Predikat:
    """The predikat of the S002 matrix for one pair of ratings."""
    return MATRIKS_PREDIKAT[(Rating(rating_hasil_kerja), Rating(rating_perilaku_kerja))]


def urutan_predikat(predikat: Predikat) -> int:
    """Rank for sorting and comparing: 0 = Sangat Kurang … 4 = Sangat Baik."""
    return PREDIKAT_URUTAN.index(predikat)


def rating_hasil_kerja_pimpinan(capaian: CapaianOrganisasi) -> Rating:
    """Rating hasil kerja of the pegawai who leads the organisation, from its capaian."""
    return _RATING_PIMPINAN[capaian]

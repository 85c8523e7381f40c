import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ekinerja_desktop.domain import (
    KURVA_IDEAL,
    CapaianOrganisasi,
    DomainError,
    Predikat,
    cek_pola_distribusi,
    distribusi_aktual,
    kurva_ideal,
)

C = CapaianOrganisasi
SB, B, BP, K, SK = (
    Predikat.SANGAT_BAIK,
    Predikat.BAIK,
    Predikat.BUTUH_PERBAIKAN,
    Predikat.KURANG,
    Predikat.SANGAT_KURANG,
)
KOLOM = (SB, B, BP, K, SK)

# domain.md §6, the ideal curve table, row by row in the column order SB, B, BP, K, SK.
TABEL = {
    C.ISTIMEWA: (0.60, 0.30, 0.10, 0.00, 0.00),
    C.BAIK: (0.10, 0.65, 0.15, 0.10, 0.00),
    C.BUTUH_PERBAIKAN: (0.05, 0.20, 0.60, 0.10, 0.05),
    C.KURANG: (0.05, 0.10, 0.15, 0.60, 0.10),
    C.SANGAT_KURANG: (0.00, 0.10, 0.15, 0.15, 0.60),
}
SEL = [(c, p, baris[i]) for c, baris in TABEL.items() for i, p in enumerate(KOLOM)]


@pytest.mark.parametrize(("capaian", "predikat", "expected"), SEL)
def test_sel_kurva_ideal(capaian: C, predikat: Predikat, expected: float) -> None:
    assert KURVA_IDEAL[capaian][predikat] == expected
    assert kurva_ideal(capaian)[predikat] == expected


def test_tabel_lengkap() -> None:
    assert len(SEL) == 25
    assert set(KURVA_IDEAL) == set(C)


@pytest.mark.parametrize("capaian", list(C))
def test_baris_berjumlah_satu(capaian: C) -> None:
    assert math.isclose(math.fsum(kurva_ideal(capaian).values()), 1.0, abs_tol=1e-9)


def _n(sb: int = 0, b: int = 0, bp: int = 0, k: int = 0, sk: int = 0) -> dict[Predikat, int]:
    return {SB: sb, B: b, BP: bp, K: k, SK: sk}


# The ideal curve on 20 pegawai satisfies its own constraints.
LULUS = {
    C.ISTIMEWA: _n(12, 6, 2, 0, 0),
    C.BAIK: _n(2, 13, 3, 2, 0),
    C.BUTUH_PERBAIKAN: _n(1, 4, 12, 2, 1),
    C.KURANG: _n(1, 2, 3, 12, 2),
    C.SANGAT_KURANG: _n(0, 2, 3, 3, 12),
}


@pytest.mark.parametrize("capaian", list(C))
def test_distribusi_lulus(capaian: C) -> None:
    assert cek_pola_distribusi(capaian, LULUS[capaian]) == []


@pytest.mark.parametrize(
    ("capaian", "jumlah"),
    [
        (C.ISTIMEWA, _n(sb=7, b=3)),  # exactly 70 %
        (C.ISTIMEWA, _n(sb=5, b=5)),  # a tie still counts as the largest group
        (C.BAIK, _n(sb=2, b=7, k=1)),  # 70 %, one Kurang is enough
        (C.BUTUH_PERBAIKAN, _n(sb=1, b=3, bp=6)),  # 60 % and 10 %
        (C.KURANG, _n(sb=1, bp=1, k=6, sk=2)),
        (C.SANGAT_KURANG, _n(k=1, sk=9)),
        (C.ISTIMEWA, {SB: 3, B: 2}),  # missing keys count 0
    ],
)
def test_batas_tepat_lulus(capaian: C, jumlah: dict[Predikat, int]) -> None:
    assert cek_pola_distribusi(capaian, jumlah) == []


# One failing distribution per constraint of the §6 table; each breaks that constraint only.
@pytest.mark.parametrize(
    ("capaian", "jumlah", "pesan"),
    [
        (
            C.ISTIMEWA,
            _n(sb=4, b=5, bp=1),
            "Capaian organisasi Istimewa: Sangat Baik seharusnya kelompok terbesar, "
            "tetapi Baik lebih banyak (5 dibanding 4 pegawai).",
        ),
        (
            C.ISTIMEWA,
            _n(sb=8, b=1, bp=1),
            "Capaian organisasi Istimewa: Sangat Baik paling banyak 70 %, "
            "aktual 80 % (8 dari 10 pegawai).",
        ),
        (
            C.BAIK,
            _n(sb=5, b=4, bp=1),
            "Capaian organisasi Baik: Baik seharusnya kelompok terbesar, "
            "tetapi Sangat Baik lebih banyak (5 dibanding 4 pegawai).",
        ),
        (
            C.BAIK,
            _n(sb=1, b=8, bp=1),
            "Capaian organisasi Baik: Baik paling banyak 70 %, aktual 80 % (8 dari 10 pegawai).",
        ),
        (
            C.BAIK,
            _n(sb=4, b=6),
            "Capaian organisasi Baik: seharusnya ada paling sedikit 1 pegawai dengan predikat "
            "Butuh Perbaikan atau Kurang/Misconduct.",
        ),
        (
            C.BUTUH_PERBAIKAN,
            _n(b=5, bp=5),
            "Capaian organisasi Butuh Perbaikan: Butuh Perbaikan paling sedikit 60 %, "
            "aktual 50 % (5 dari 10 pegawai).",
        ),
        (
            C.BUTUH_PERBAIKAN,
            _n(sb=2, b=2, bp=6),
            "Capaian organisasi Butuh Perbaikan: Sangat Baik paling banyak 10 %, "
            "aktual 20 % (2 dari 10 pegawai).",
        ),
        (
            C.KURANG,
            _n(b=3, bp=2, k=5),
            "Capaian organisasi Kurang: Kurang/Misconduct paling sedikit 60 %, "
            "aktual 50 % (5 dari 10 pegawai).",
        ),
        (
            C.KURANG,
            _n(k=9, sk=1),
            "Capaian organisasi Kurang: Butuh Perbaikan paling sedikit 10 %, "
            "aktual 0 % (0 dari 10 pegawai).",
        ),
        (
            C.KURANG,
            _n(sb=2, bp=2, k=6),
            "Capaian organisasi Kurang: Sangat Baik paling banyak 10 %, "
            "aktual 20 % (2 dari 10 pegawai).",
        ),
        (
            C.SANGAT_KURANG,
            _n(b=2, k=3, sk=5),
            "Capaian organisasi Sangat Kurang: Sangat Kurang paling sedikit 60 %, "
            "aktual 50 % (5 dari 10 pegawai).",
        ),
        (
            C.SANGAT_KURANG,
            _n(b=1, sk=9),
            "Capaian organisasi Sangat Kurang: Kurang/Misconduct + Butuh Perbaikan paling "
            "sedikit 10 %, aktual 0 % (0 dari 10 pegawai).",
        ),
        (
            C.SANGAT_KURANG,
            _n(sb=1, b=1, k=2, sk=6),
            "Capaian organisasi Sangat Kurang: seharusnya tidak ada pegawai Sangat Baik, "
            "aktual 10 % (1 dari 10 pegawai).",
        ),
    ],
)
def test_satu_batasan_dilanggar(capaian: C, jumlah: dict[Predikat, int], pesan: str) -> None:
    assert cek_pola_distribusi(capaian, jumlah) == [pesan]


def test_persen_pecahan_dengan_koma() -> None:
    (pesan,) = cek_pola_distribusi(C.BUTUH_PERBAIKAN, _n(b=1, bp=1, sk=1))
    assert "aktual 33,3 % (1 dari 3 pegawai)" in pesan


def test_beberapa_batasan_dilanggar() -> None:
    pesan = cek_pola_distribusi(C.BAIK, _n(sb=3))
    assert len(pesan) == 2
    assert "kelompok terbesar" in pesan[0]
    assert "paling sedikit 1 pegawai" in pesan[1]


@pytest.mark.parametrize("capaian", list(C))
def test_tanpa_pegawai_tanpa_peringatan(capaian: C) -> None:
    assert cek_pola_distribusi(capaian, {}) == []
    assert cek_pola_distribusi(capaian, _n()) == []


def test_jumlah_negatif_ditolak() -> None:
    with pytest.raises(DomainError, match="tidak boleh negatif"):
        cek_pola_distribusi(C.BAIK, {B: -1, BP: 2})


def test_distribusi_aktual() -> None:
    assert distribusi_aktual({SB: 1, B: 3}) == {SB: 0.25, B: 0.75, BP: 0.0, K: 0.0, SK: 0.0}
    assert distribusi_aktual({}) == dict.fromkeys(KOLOM, 0.0)


def test_override_dipakai_untuk_capaiannya_saja() -> None:
    override = {C.BAIK: {SB: 0.2, B: 0.5, BP: 0.2, K: 0.1}}
    assert kurva_ideal(C.BAIK, override) == {SB: 0.2, B: 0.5, BP: 0.2, K: 0.1, SK: 0.0}
    assert kurva_ideal(C.ISTIMEWA, override) == dict(KURVA_IDEAL[C.ISTIMEWA])


def test_override_yang_tidak_berjumlah_satu_ditolak() -> None:
    with pytest.raises(DomainError, match=r"jumlah seluruh nilai harus 1 \(100 %\), tertulis 90 %"):
        kurva_ideal(C.BAIK, {C.BAIK: {SB: 0.2, B: 0.5, BP: 0.2}})


def test_override_negatif_ditolak() -> None:
    with pytest.raises(DomainError, match="antara 0 dan 1"):
        kurva_ideal(C.BAIK, {C.BAIK: {SB: -0.1, B: 1.1}})


def test_override_dalam_toleransi_diterima() -> None:
    baris = {SB: 0.1, B: 0.2, BP: 0.7 + 5e-10}
    assert kurva_ideal(C.BAIK, {C.BAIK: baris})[BP] == 0.7 + 5e-10


@settings(database=None)
@given(
    capaian=st.sampled_from(list(C)),
    bobot=st.lists(st.integers(min_value=0, max_value=1000), min_size=5, max_size=5).filter(
        lambda b: sum(b) > 0
    ),
)
def test_kurva_ideal_selalu_berjumlah_satu(capaian: C, bobot: list[int]) -> None:
    baris = {p: w / sum(bobot) for p, w in zip(KOLOM, bobot, strict=True)}
    hasil = kurva_ideal(capaian, {capaian: baris})
    assert abs(math.fsum(hasil.values()) - 1.0) <= 1e-9
    assert abs(math.fsum(kurva_ideal(capaian).values()) - 1.0) <= 1e-9


@settings(database=None)
@given(
    capaian=st.sampled_from(list(C)),
    jumlah=st.dictionaries(st.sampled_from(KOLOM), st.integers(min_value=0, max_value=500)),
)
def test_distribusi_aktual_berjumlah_satu(capaian: C, jumlah: dict[Predikat, int]) -> None:
    shares = distribusi_aktual(jumlah)
    total = sum(jumlah.values())
    assert math.isclose(math.fsum(shares.values()), 1.0 if total else 0.0, abs_tol=1e-9)
    assert len(cek_pola_distribusi(capaian, jumlah)) <= 3

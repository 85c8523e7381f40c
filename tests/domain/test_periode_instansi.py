"""The admin's period rules: within the year, forward, batas not before the end, no shared day
between periodic periods, one Final; reopening only after the batas; ideal curve rows."""

from __future__ import annotations

from datetime import date

import pytest

from ekinerja_desktop.domain import (
    KURVA_IDEAL,
    CapaianOrganisasi,
    DomainError,
    JenisPeriode,
    PeriodeInstansi,
    PeriodeSalah,
    PolaPeriode,
    Predikat,
    buat_periode,
    periksa_buka_ulang,
    periksa_kurva_ideal,
    periksa_periode_instansi,
)

TAHUN = 2026
TAHUNAN = [
    PeriodeInstansi(str(p.nomor), p.nama, p.awal, p.akhir, p.batas_pengisian, p.jenis)
    for p in buat_periode(PolaPeriode.TRIWULANAN, TAHUN)
]
TW1 = TAHUNAN[0]


def _p(**kw: object) -> PeriodeInstansi:
    values: dict[str, object] = {
        "id": None,
        "nama": "Periode Uji",
        "awal": date(TAHUN, 1, 1),
        "akhir": date(TAHUN, 1, 31),
        "batas_pengisian": date(TAHUN, 2, 5),
        "jenis": JenisPeriode.PERIODIK,
    }
    values.update(kw)
    return PeriodeInstansi(**values)  # type: ignore[arg-type]


def test_the_default_periods_pass_among_themselves() -> None:
    for p in TAHUNAN:
        periksa_periode_instansi(p, TAHUN, TAHUNAN)


@pytest.mark.parametrize(
    ("periode", "pesan"),
    [
        (_p(nama="  "), "Nama periode belum diisi"),
        (_p(akhir=date(TAHUN, 1, 1), awal=date(TAHUN, 1, 2)), "tidak boleh sebelum periode awal"),
        (_p(awal=date(TAHUN - 1, 12, 1)), "harus di dalam tahun 2026"),
        (_p(batas_pengisian=date(TAHUN, 1, 30)), "tidak boleh sebelum periode berakhir"),
    ],
)
def test_a_period_on_its_own(periode: PeriodeInstansi, pesan: str) -> None:
    with pytest.raises(PeriodeSalah, match=pesan) as error:
        periksa_periode_instansi(periode, TAHUN)
    salah = {
        "Nama": "nama",
        "tidak boleh sebelum periode awal": "akhir",
        "harus di dalam": "awal",
        "tidak boleh sebelum periode berakhir": "batas_pengisian",
    }
    assert error.value.kolom == next(k for p, k in salah.items() if p in pesan)


def test_periodic_periods_share_no_day_and_a_year_has_one_final() -> None:
    with pytest.raises(DomainError, match=r"bertumpuk dengan Periode 1 \(TW1\)"):
        periksa_periode_instansi(
            _p(
                awal=date(TAHUN, 3, 31), akhir=date(TAHUN, 4, 30), batas_pengisian=date(TAHUN, 5, 5)
            ),
            TAHUN,
            TAHUNAN,
        )
    final = _p(awal=date(TAHUN, 1, 1), akhir=date(TAHUN, 12, 31), jenis=JenisPeriode.FINAL,
               batas_pengisian=date(TAHUN + 1, 1, 14))  # fmt: skip
    with pytest.raises(DomainError, match="sudah memiliki periode Final"):
        periksa_periode_instansi(final, TAHUN, TAHUNAN)
    # editing TW1 itself (same id) does not collide with TW1
    periksa_periode_instansi(
        _p(id=TW1.id, akhir=date(TAHUN, 3, 31), batas_pengisian=date(TAHUN, 4, 30)), TAHUN, TAHUNAN
    )


def test_reopening_only_after_the_batas_and_until_today_or_later() -> None:
    batas = date(TAHUN, 4, 5)
    with pytest.raises(DomainError, match="belum lewat"):
        periksa_buka_ulang(batas, batas, date(TAHUN, 5, 1), "TW1")
    with pytest.raises(DomainError, match="tidak boleh sebelum hari ini"):
        periksa_buka_ulang(date(TAHUN, 4, 10), batas, date(TAHUN, 4, 9), "TW1")
    periksa_buka_ulang(date(TAHUN, 4, 6), batas, date(TAHUN, 4, 6), "TW1")  # just today


def test_ideal_curve_row_sums_to_one_and_warns_on_the_constraints() -> None:
    baris, peringatan = periksa_kurva_ideal(
        CapaianOrganisasi.BAIK, KURVA_IDEAL[CapaianOrganisasi.BAIK]
    )
    assert baris == dict(KURVA_IDEAL[CapaianOrganisasi.BAIK]) and peringatan == []

    miring = {Predikat.SANGAT_BAIK: 0.2, Predikat.BAIK: 0.8}
    baris, peringatan = periksa_kurva_ideal(CapaianOrganisasi.BAIK, miring)
    assert baris[Predikat.KURANG] == 0.0
    assert peringatan == [
        "Capaian organisasi Baik: Baik paling banyak 70 %, aktual 80 %.",
        "Capaian organisasi Baik: seharusnya ada paling sedikit 1 pegawai dengan predikat "
        "Butuh Perbaikan atau Kurang/Misconduct.",
    ]
    with pytest.raises(DomainError, match="jumlah seluruh nilai harus 1"):
        periksa_kurva_ideal(CapaianOrganisasi.BAIK, {Predikat.BAIK: 0.5})
    with pytest.raises(DomainError, match="antara 0 dan 1"):
        periksa_kurva_ideal(CapaianOrganisasi.BAIK, {Predikat.BAIK: 1.5, Predikat.KURANG: -0.5})

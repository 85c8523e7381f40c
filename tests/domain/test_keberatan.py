from datetime import date

import pytest

from ekinerja_desktop.domain import (
    BATAS_HARI_KEBERATAN,
    DomainError,
    StatusKeberatan,
    batas_keberatan,
    can_transition_keberatan,
    periksa_keputusan_keberatan,
    periksa_transisi_keberatan,
    status_awal_keberatan,
)

S = StatusKeberatan
DITETAPKAN = date(2024, 1, 10)


@pytest.mark.parametrize(
    ("diajukan", "expected"),
    [
        (date(2024, 1, 10), S.DIAJUKAN),  # same day
        (date(2024, 1, 24), S.DIAJUKAN),  # day 14
        (date(2024, 1, 25), S.TERLAMBAT),  # day 15
        (date(2024, 3, 1), S.TERLAMBAT),
    ],
)
def test_status_awal(diajukan: date, expected: StatusKeberatan) -> None:
    assert status_awal_keberatan(DITETAPKAN, diajukan) is expected


def test_batas() -> None:
    assert BATAS_HARI_KEBERATAN == 14
    assert batas_keberatan(DITETAPKAN) == date(2024, 1, 24)


def test_sebelum_predikat_ditetapkan() -> None:
    with pytest.raises(DomainError, match="sebelum predikat kinerja ditetapkan"):
        status_awal_keberatan(DITETAPKAN, date(2024, 1, 9))


# dari → the statuses it may move to; every other pair is refused.
BOLEH = {
    S.DIAJUKAN: {S.DIJELASKAN},
    S.DIJELASKAN: {S.DISETUJUI, S.DITOLAK},
    S.TERLAMBAT: {S.DITOLAK},
    S.DISETUJUI: set(),
    S.DITOLAK: set(),
}
PASANGAN = [(dari, ke, ke in BOLEH[dari]) for dari in S for ke in S]


@pytest.mark.parametrize(("dari", "ke", "boleh"), PASANGAN)
def test_transisi(dari: StatusKeberatan, ke: StatusKeberatan, boleh: bool) -> None:
    assert can_transition_keberatan(dari, ke) is boleh
    if boleh:
        periksa_transisi_keberatan(dari, ke)
    else:
        with pytest.raises(DomainError):
            periksa_transisi_keberatan(dari, ke)


def test_terlambat_tidak_dapat_disetujui() -> None:
    with pytest.raises(DomainError) as info:
        periksa_keputusan_keberatan(S.TERLAMBAT)
    assert str(info.value) == (
        "Keberatan diajukan lebih dari 14 hari setelah predikat ditetapkan, "
        "sehingga tidak dapat disetujui."
    )
    periksa_keputusan_keberatan(S.TERLAMBAT, S.DITOLAK)


def test_keputusan_setelah_penjelasan() -> None:
    periksa_keputusan_keberatan(S.DIJELASKAN)
    periksa_keputusan_keberatan(S.DIJELASKAN, S.DITOLAK)
    with pytest.raises(DomainError, match="sebelum pejabat penilai memberi penjelasan"):
        periksa_keputusan_keberatan(S.DIAJUKAN)


@pytest.mark.parametrize("status", [S.DISETUJUI, S.DITOLAK])
def test_keputusan_final(status: StatusKeberatan) -> None:
    with pytest.raises(DomainError, match="sudah final"):
        periksa_keputusan_keberatan(status, S.DITOLAK)


def test_keputusan_harus_setuju_atau_tolak() -> None:
    with pytest.raises(DomainError, match="harus Disetujui atau Ditolak"):
        periksa_keputusan_keberatan(S.DIAJUKAN, S.DIJELASKAN)

import itertools

import pytest

from ekinerja_desktop.domain import (
    PESAN_TERKUNCI,
    DomainError,
    PeranSkp,
    StatusSkp,
    boleh_edit_isi,
    can_transition,
    periksa_boleh_edit,
    periksa_transisi,
    transisi_tersedia,
)

D, AJU, SETUJU = StatusSkp.DRAFT, StatusSkp.PENGAJUAN, StatusSkp.PERSETUJUAN
PEG, MANDIRI, PPK, ADM = (
    PeranSkp.PEGAWAI,
    PeranSkp.PEGAWAI_UNOR_MANDIRI,
    PeranSkp.PEJABAT_PENILAI,
    PeranSkp.ADMIN,
)
PERAN = (PEG, MANDIRI, PPK, ADM)

# domain.md §3 written out by hand: (dari, ke) → allowed for PEGAWAI, MANDIRI, PPK, ADMIN.
TABEL = {
    (D, D): (False, False, False, False),
    (D, AJU): (True, True, False, False),
    (D, SETUJU): (False, True, False, False),
    (AJU, D): (False, False, True, True),
    (AJU, AJU): (False, False, False, False),
    (AJU, SETUJU): (False, False, True, False),
    (SETUJU, D): (False, False, True, True),
    (SETUJU, AJU): (False, False, True, False),
    (SETUJU, SETUJU): (False, False, False, False),
}
KASUS = [
    (dari, ke, peran, boleh[i])
    for (dari, ke), boleh in TABEL.items()
    for i, peran in enumerate(PERAN)
]


def test_tabel_lengkap() -> None:
    assert len(KASUS) == 36
    assert {(d, k, p) for d, k, p, _ in KASUS} == set(
        itertools.product(StatusSkp, StatusSkp, PeranSkp)
    )


@pytest.mark.parametrize(("dari", "ke", "peran", "boleh"), KASUS)
def test_can_transition(dari: StatusSkp, ke: StatusSkp, peran: PeranSkp, boleh: bool) -> None:
    assert can_transition(dari, ke, peran) is boleh


@pytest.mark.parametrize(("dari", "ke", "peran", "boleh"), KASUS)
def test_periksa_transisi(dari: StatusSkp, ke: StatusSkp, peran: PeranSkp, boleh: bool) -> None:
    if boleh:
        periksa_transisi(dari, ke, peran, "Target IKI 2 terlalu rendah.")
    else:
        with pytest.raises(DomainError):
            periksa_transisi(dari, ke, peran, "Target IKI 2 terlalu rendah.")


def test_pesan_ditolak() -> None:
    with pytest.raises(DomainError) as info:
        periksa_transisi(D, SETUJU, PEG, None)
    assert str(info.value) == "Pegawai tidak dapat mengubah status SKP dari Draft ke Persetujuan."


@pytest.mark.parametrize("status", list(StatusSkp))
def test_status_sama_ditolak(status: StatusSkp) -> None:
    with pytest.raises(DomainError, match=f"^Status SKP sudah {status.label}.$"):
        periksa_transisi(status, status, ADM, None)


@pytest.mark.parametrize("dari", [AJU, SETUJU])
@pytest.mark.parametrize("catatan", [None, "", "   \n"])
def test_ppk_mengembalikan_wajib_catatan(dari: StatusSkp, catatan: str | None) -> None:
    with pytest.raises(DomainError, match="Catatan perbaikan wajib diisi"):
        periksa_transisi(dari, D, PPK, catatan)


@pytest.mark.parametrize("dari", [AJU, SETUJU])
def test_admin_mengembalikan_tanpa_catatan(dari: StatusSkp) -> None:
    periksa_transisi(dari, D, ADM, None)


@pytest.mark.parametrize(
    ("dari", "ke", "peran"),
    [(D, AJU, PEG), (D, SETUJU, MANDIRI), (AJU, SETUJU, PPK), (SETUJU, AJU, PPK)],
)
def test_transisi_lain_tanpa_catatan(dari: StatusSkp, ke: StatusSkp, peran: PeranSkp) -> None:
    periksa_transisi(dari, ke, peran, None)


@pytest.mark.parametrize(
    ("dari", "peran", "expected"),
    [
        (D, PEG, (AJU,)),
        (D, MANDIRI, (AJU, SETUJU)),
        (D, PPK, ()),
        (AJU, PPK, (SETUJU, D)),
        (SETUJU, PPK, (D, AJU)),
        (SETUJU, ADM, (D,)),
        (SETUJU, PEG, ()),
    ],
)
def test_transisi_tersedia(
    dari: StatusSkp, peran: PeranSkp, expected: tuple[StatusSkp, ...]
) -> None:
    assert transisi_tersedia(dari, peran) == expected


@pytest.mark.parametrize(("status", "boleh"), [(D, True), (AJU, False), (SETUJU, False)])
def test_boleh_edit_isi(status: StatusSkp, boleh: bool) -> None:
    assert boleh_edit_isi(status) is boleh


def test_pesan_terkunci() -> None:
    assert PESAN_TERKUNCI == "Anda tidak bisa melakukan perubahan sampai SKP selesai ditinjau"
    with pytest.raises(DomainError) as info:
        periksa_boleh_edit(AJU)
    assert str(info.value) == PESAN_TERKUNCI
    with pytest.raises(DomainError, match="SKP sudah disetujui"):
        periksa_boleh_edit(SETUJU)
    periksa_boleh_edit(D)

import pytest

from ekinerja_desktop.domain import (
    CapaianOrganisasi,
    JenisPeriode,
    LabeledEnum,
    NilaiBerakhlak,
    PeranSkp,
    Predikat,
    StatusCapaian,
)


# Members of different enums with the same value must keep their own labels (StrEnum members
# hash as their value, which once made Predikat.KURANG print as "Kurang").
@pytest.mark.parametrize(
    ("member", "label"),
    [
        (Predikat.KURANG, "Kurang/Misconduct"),
        (CapaianOrganisasi.KURANG, "Kurang"),
        (Predikat.BUTUH_PERBAIKAN, "Butuh Perbaikan"),
        (CapaianOrganisasi.ISTIMEWA, "Istimewa"),
        (JenisPeriode.FINAL, "Final"),
        (JenisPeriode.PERIODIK, "-"),
        (StatusCapaian.BELUM_FINAL, "Belum Final"),
        (NilaiBerakhlak.BERORIENTASI_PELAYANAN, "Berorientasi Pelayanan"),
        (NilaiBerakhlak.KOLABORATIF, "Kolaboratif"),
        (PeranSkp.PEJABAT_PENILAI, "Pejabat Penilai"),
    ],
)
def test_label(member: LabeledEnum, label: str) -> None:
    assert member.label == label

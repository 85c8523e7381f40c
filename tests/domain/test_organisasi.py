"""Master-data rules: the atasan chain and the unit tree stay trees, NIP and golongan agree, one
acting holder per post at a time."""

from __future__ import annotations

from datetime import date

import pytest

from ekinerja_desktop.domain import (
    DomainError,
    JenisPlt,
    PenugasanPlt,
    buat_ni_pppk,
    buat_nip,
    membentuk_siklus,
    periksa_atasan,
    periksa_golongan,
    periksa_nomor_pegawai,
    periksa_penugasan_plt,
    periksa_unor_atasan,
    rantai_ke_atas,
)

# kepala ← kabag ← staf ; lain has no atasan
ATASAN = {"kepala": None, "kabag": "kepala", "staf": "kabag", "lain": None}
NAMA = {"kepala": "Kepala Biro", "kabag": "Kepala Bagian", "staf": "Staf", "lain": "Lain"}
NIP_PNS = buat_nip(date(1985, 5, 5), date(2010, 1, 1), "P", 2)
NI_PPPK = buat_ni_pppk(date(1990, 1, 1), 2021, 1, "L", 1)


def test_chain_upwards_nearest_first_and_bounded_by_a_cycle_in_the_data() -> None:
    assert rantai_ke_atas("staf", ATASAN) == ["staf", "kabag", "kepala"]
    assert rantai_ke_atas(None, ATASAN) == []
    assert rantai_ke_atas("a", {"a": "b", "b": "a"}) == ["a", "b"]  # bad data: still stops


@pytest.mark.parametrize(
    ("pegawai", "atasan", "siklus"),
    [
        ("staf", "staf", ["staf"]),
        ("kepala", "staf", ["staf", "kabag", "kepala"]),
        ("kabag", "staf", ["staf", "kabag"]),
        ("staf", "kepala", None),  # skipping a level is allowed
        ("kepala", "lain", None),
        ("staf", None, None),
    ],
)
def test_membentuk_siklus(pegawai: str, atasan: str | None, siklus: list[str] | None) -> None:
    assert membentuk_siklus(pegawai, atasan, ATASAN) == siklus


def test_own_atasan_is_refused() -> None:
    with pytest.raises(DomainError, match="atasan langsung dirinya sendiri"):
        periksa_atasan("staf", "staf", ATASAN, NAMA)


def test_atasan_up_the_chain_is_refused_naming_the_chain() -> None:
    with pytest.raises(DomainError) as error:
        periksa_atasan("kepala", "staf", ATASAN, NAMA)
    assert str(error.value) == (
        "Staf tidak dapat menjadi atasan langsung Kepala Biro, karena berada di bawahnya: "
        "Kepala Biro → Kepala Bagian → Staf."
    )


def test_valid_atasan_and_new_pegawai_pass() -> None:
    periksa_atasan("staf", "kepala", ATASAN, NAMA)
    periksa_atasan("lain", "staf", ATASAN)
    periksa_atasan(None, "staf", ATASAN)  # a new pegawai has nobody below them


UNOR = {"setjen": None, "biro": "setjen", "bagian": "biro"}


def test_unit_cannot_move_under_itself_or_its_sub_units() -> None:
    with pytest.raises(DomainError, match="dirinya sendiri"):
        periksa_unor_atasan("biro", "biro", UNOR)
    with pytest.raises(DomainError, match=r"setjen → biro → bagian"):
        periksa_unor_atasan("setjen", "bagian", UNOR)
    periksa_unor_atasan("bagian", "setjen", UNOR)
    periksa_unor_atasan(None, "bagian", UNOR)


def test_nomor_pegawai_pns_pppk_and_nik() -> None:
    pns = periksa_nomor_pegawai(NIP_PNS[:8] + " " + NIP_PNS[8:])
    assert (pns.digits, pns.jenis) == (NIP_PNS, "PNS")
    assert pns.terbaca == f"{NIP_PNS[:8]} {NIP_PNS[8:14]} {NIP_PNS[14]} {NIP_PNS[15:]}"
    assert periksa_nomor_pegawai(NI_PPPK).jenis == "PPPK"
    nik = periksa_nomor_pegawai("3201 0101 0101 0001", boleh_nik=True)
    assert (nik.jenis, nik.terbaca) == ("NIK", "3201010101010001")
    with pytest.raises(DomainError, match="NIP harus 18 digit, tertulis 16"):
        periksa_nomor_pegawai("3201010101010001")  # a NIK only for a non-ASN JPT
    with pytest.raises(DomainError, match="belum diisi"):
        periksa_nomor_pegawai("  ")
    with pytest.raises(DomainError, match="mustahil"):
        periksa_nomor_pegawai("398301012010011001")  # the seeds' year 3983


def test_golongan_must_match_the_kind_of_number() -> None:
    pns, pppk = periksa_nomor_pegawai(NIP_PNS), periksa_nomor_pegawai(NI_PPPK)
    assert periksa_golongan(pns, " iii / d ") == "III/d"
    assert periksa_golongan(pppk, "ix") == "IX"
    assert periksa_golongan(pns, "") is None
    with pytest.raises(DomainError, match="golongan PPPK, sedangkan NIP ini NIP PNS"):
        periksa_golongan(pns, "IX")
    with pytest.raises(DomainError, match="golongan PNS, sedangkan nomor ini NI PPPK"):
        periksa_golongan(pppk, "III/a")
    with pytest.raises(DomainError, match="tidak dikenal"):
        periksa_golongan(pns, "V/a")
    with pytest.raises(DomainError, match="non-ASN"):
        periksa_golongan(periksa_nomor_pegawai("3201010101010001", boleh_nik=True), "IV/a")


def _plt(id_: str | None, awal: date, akhir: date, **kw: object) -> PenugasanPlt:
    values: dict[str, object] = {
        "unor_id": "bagian",
        "jabatan": "PLT Kepala Bagian Umum",
        "jenis": JenisPlt.PLT,
        "aktif": True,
        "nama_pegawai": "Budi",
    }
    values.update(kw)
    return PenugasanPlt(id_, awal=awal, akhir=akhir, **values)  # type: ignore[arg-type]


ADA = _plt("ada", date(2026, 3, 1), date(2026, 8, 31))


def test_plt_dates_must_run_forward() -> None:
    with pytest.raises(DomainError, match="tidak boleh sebelum periode awal"):
        periksa_penugasan_plt(_plt(None, date(2026, 5, 1), date(2026, 4, 30)), [])
    periksa_penugasan_plt(_plt(None, date(2026, 5, 1), date(2026, 5, 1)), [])  # one day


def test_overlap_for_the_same_post_is_refused_naming_the_holder() -> None:
    baru = _plt(None, date(2026, 8, 31), date(2026, 12, 31), jabatan=" plt  kepala bagian UMUM")
    with pytest.raises(DomainError) as error:
        periksa_penugasan_plt(baru, [ADA])
    assert "sudah dipegang PLT oleh Budi pada 1 Maret 2026 s.d. 31 Agustus 2026" in str(error.value)
    plh = _plt(None, date(2026, 4, 1), date(2026, 4, 5), jenis=JenisPlt.PLH)
    with pytest.raises(DomainError, match="bertumpuk"):
        periksa_penugasan_plt(plh, [ADA])  # a PLH on the same post at the same time too


@pytest.mark.parametrize(
    "baru",
    [
        _plt(None, date(2026, 9, 1), date(2026, 12, 31)),  # the day after
        _plt(None, date(2026, 4, 1), date(2026, 4, 5), unor_id="lain"),  # another unit
        _plt(None, date(2026, 4, 1), date(2026, 4, 5), jabatan="PLT Kepala Subbagian"),
        _plt(None, date(2026, 4, 1), date(2026, 4, 5), aktif=False),  # an inactive one
        _plt("ada", date(2026, 2, 1), date(2026, 9, 30)),  # the same one, edited
    ],
)
def test_no_overlap(baru: PenugasanPlt) -> None:
    periksa_penugasan_plt(
        baru, [ADA, _plt("lama", date(2026, 1, 1), date(2026, 12, 31), aktif=False)]
    )

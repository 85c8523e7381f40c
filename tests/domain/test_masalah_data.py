"""The admin's queue of master-data problems: each rule finds its case, names whom it affects
and what fixes it, and leaves correct data (and the instansi's top) alone."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ekinerja_desktop.domain import (
    DataInduk,
    JenisJabatan,
    JenisMasalah,
    JenisPlt,
    Jenjang,
    KelompokJabatan,
    MasalahDataInduk,
    PegawaiPeriksa,
    PltPeriksa,
    Sasaran,
    SkpPeriksa,
    StatusSkp,
    UnitPeriksa,
    buat_ni_pppk,
    buat_nip,
    periksa_data_induk,
    puncak_instansi,
)

HARI_INI = date(2026, 4, 10)


def nip(urut: int) -> str:
    return buat_nip(date(1980, 1, 1), date(2005, 1, 1), "L", urut)


SETJEN = UnitPeriksa("setjen", "Sekretariat Jenderal", None, None, mandiri=True)
BIRO = UnitPeriksa("biro", "Biro Umum", "setjen", "setjen")
BAGIAN = UnitPeriksa("bagian", "Bagian Keuangan", "biro", "biro")
SEKJEN = PegawaiPeriksa(
    "sekjen", "Sekjen", nip(1), "setjen", None, JenisJabatan.PIMPINAN, KelompokJabatan.JPT, "IV/e"
)
KARO = PegawaiPeriksa(
    "karo", "Karo", nip(2), "biro", "sekjen", JenisJabatan.PIMPINAN, KelompokJabatan.JPT, "IV/c"
)
KABAG = PegawaiPeriksa(
    "kabag", "Kabag", nip(3), "bagian", "karo", JenisJabatan.PIMPINAN, golongan="IV/a"
)
STAF = PegawaiPeriksa("staf", "Staf", nip(4), "bagian", "kabag", golongan="III/a")
ANALIS = PegawaiPeriksa(
    "analis",
    "Analis",
    nip(5),
    "bagian",
    "kabag",
    kelompok_jabatan=KelompokJabatan.JF,
    golongan="III/b",
    jenjang=Jenjang.AHLI_PERTAMA,
    tmt_jabatan=date(2022, 1, 1),
)
SEMUA = (SEKJEN, KARO, KABAG, STAF, ANALIS)
UNITS = (SETJEN, BIRO, BAGIAN)


def periksa(
    pegawai: tuple[PegawaiPeriksa, ...] = SEMUA,
    unit: tuple[UnitPeriksa, ...] = UNITS,
    skp: tuple[SkpPeriksa, ...] = (),
    plt: tuple[PltPeriksa, ...] = (),
) -> list[MasalahDataInduk]:
    return periksa_data_induk(DataInduk(pegawai, unit, skp, plt, HARI_INI))


def ganti(pegawai: PegawaiPeriksa, **ubah: object) -> tuple[PegawaiPeriksa, ...]:
    """SEMUA with one pegawai changed."""
    baru = replace(pegawai, **ubah)  # type: ignore[arg-type]
    return tuple(baru if p.id == pegawai.id else p for p in SEMUA)


def test_correct_master_data_has_no_problem() -> None:
    assert periksa() == []


def test_only_the_top_may_lack_an_atasan() -> None:
    assert puncak_instansi(SEKJEN, SETJEN)
    assert not puncak_instansi(STAF, SETJEN)  # not a pimpinan
    assert puncak_instansi(KARO, replace(BIRO, mandiri=True))  # a mandiri head
    assert not puncak_instansi(KARO, BIRO)
    assert not puncak_instansi(SEKJEN, replace(SETJEN, aktif=False))
    [masalah] = periksa(ganti(STAF, atasan_id=None))
    assert masalah.jenis is JenisMasalah.TANPA_ATASAN
    assert (masalah.sasaran, masalah.sasaran_id, masalah.nama) == (Sasaran.PEGAWAI, "staf", "Staf")
    assert masalah.unit_nama == "Bagian Keuangan" and masalah.nip == STAF.nip
    assert "pejabat penilai" in masalah.dampak and masalah.perbaikan.startswith("Admin:")
    assert masalah.id == "TANPA_ATASAN:staf"
    [karo] = periksa(ganti(KARO, atasan_id=None))
    assert karo.jenis is JenisMasalah.TANPA_ATASAN and karo.sasaran_id == "karo"


def test_every_bawahan_of_a_deactivated_atasan_is_listed() -> None:
    masalah = periksa(ganti(KABAG, aktif=False))
    assert [m.sasaran_id for m in masalah] == ["analis", "staf"]  # by name
    assert all(m.jenis is JenisMasalah.ATASAN_NONAKTIF for m in masalah)
    assert "Kabag, sudah dinonaktifkan" in masalah[0].apa
    [hilang] = periksa(ganti(STAF, atasan_id="tidak-ada"))
    assert hilang.jenis is JenisMasalah.ATASAN_NONAKTIF and "tidak ditemukan" in hilang.apa


def test_a_pegawai_in_a_deactivated_or_missing_unit() -> None:
    units = (SETJEN, BIRO, replace(BAGIAN, aktif=False))
    masalah = periksa(unit=units)
    assert {m.sasaran_id for m in masalah} == {"kabag", "staf", "analis"}
    assert all(m.jenis is JenisMasalah.UNIT_NONAKTIF for m in masalah)
    assert "Bagian Keuangan, sudah dinonaktifkan" in masalah[0].apa
    [hilang] = periksa(ganti(STAF, unor_id="entah"))
    assert hilang.jenis is JenisMasalah.UNIT_NONAKTIF and "tidak ditemukan" in hilang.apa
    assert hilang.unit_nama == ""


def test_a_jf_without_jenjang_or_tmt() -> None:
    [tanpa_tmt] = periksa(ganti(ANALIS, tmt_jabatan=None))
    assert tanpa_tmt.jenis is JenisMasalah.JF_TIDAK_LENGKAP
    assert tanpa_tmt.apa == "Jabatan fungsional tanpa TMT jabatan."
    assert "Angka kredit" in tanpa_tmt.dampak
    [keduanya] = periksa(ganti(ANALIS, tmt_jabatan=None, jenjang=None))
    assert keduanya.apa == "Jabatan fungsional tanpa jenjang dan TMT jabatan."
    assert periksa(ganti(STAF, jenjang=None)) == []  # a JA has no jenjang


def test_a_golongan_of_the_wrong_kind_or_a_bad_nip() -> None:
    [pppk] = periksa(ganti(STAF, golongan="IX"))
    assert pppk.jenis is JenisMasalah.GOLONGAN_SALAH and "golongan PPPK" in pppk.apa
    ni_pppk = buat_ni_pppk(date(1990, 1, 1), 2021, 1, "P", 1)
    [pns] = periksa(ganti(STAF, nip=ni_pppk, golongan="III/a"))
    assert "NI PPPK" in pns.apa
    assert periksa(ganti(STAF, nip=ni_pppk, golongan="IX")) == []
    [rusak] = periksa(ganti(STAF, nip="12345"))
    assert rusak.jenis is JenisMasalah.GOLONGAN_SALAH and "NIP" in rusak.apa
    assert periksa(ganti(STAF, golongan=None)) == []  # empty is allowed


def test_an_skp_without_a_live_pejabat_penilai() -> None:
    awal, akhir = date(2026, 1, 1), date(2026, 12, 31)
    draft = SkpPeriksa("skp1", "staf", StatusSkp.DRAFT, None, awal, akhir)
    diajukan = SkpPeriksa("skp2", "analis", StatusSkp.PENGAJUAN, "kabag", awal, akhir)
    disetujui = SkpPeriksa("skp3", "staf", StatusSkp.PERSETUJUAN, None, awal, akhir)
    baik = SkpPeriksa("skp4", "analis", StatusSkp.DRAFT, "kabag", awal, akhir)
    puncak = SkpPeriksa("skp5", "sekjen", StatusSkp.DRAFT, None, awal, akhir)
    [masalah] = periksa(skp=(draft, disetujui, baik, puncak))
    assert masalah.jenis is JenisMasalah.SKP_TANPA_PENILAI and masalah.sumber_id == "skp1"
    assert masalah.sasaran_id == "staf" and "(Draft) belum memiliki pejabat penilai" in masalah.apa
    # the atasan is set already: the pegawai reloads the SKP, nothing for the admin to edit
    assert masalah.perbaikan.startswith("Atasan langsungnya kini Kabag")
    assert "Staf menekan Muat ulang" in masalah.perbaikan

    semua = periksa(ganti(KABAG, aktif=False), skp=(diajukan,))
    skp = next(m for m in semua if m.jenis is JenisMasalah.SKP_TANPA_PENILAI)
    assert "Kabag, sudah dinonaktifkan" in skp.apa and "Pengajuan" in skp.apa
    assert skp.perbaikan.startswith("Admin: pilih atasan langsung")
    assert "admin mengembalikan SKP ke Draft" in skp.perbaikan
    assert "tinjauan yang tidak akan datang" in skp.dampak


def test_an_acting_post_of_someone_deactivated_or_in_a_deactivated_unit() -> None:
    def plt(id_: str, pegawai: str, unor: str, awal: date, akhir: date) -> PltPeriksa:
        return PltPeriksa(id_, pegawai, unor, "Kepala Bagian Umum", JenisPlt.PLT, awal, akhir)

    berjalan = plt("plt1", "staf", "bagian", date(2026, 3, 1), date(2026, 6, 30))
    berakhir_hari_ini = plt("plt2", "staf", "bagian", date(2026, 3, 1), HARI_INI)
    nanti = plt("plt3", "staf", "biro", date(2026, 5, 1), date(2026, 6, 30))
    pegawai = ganti(STAF, aktif=False)
    masalah = periksa(pegawai, skp=(), plt=(berjalan, berakhir_hari_ini, nanti))
    assert [m.sumber_id for m in masalah] == ["plt1", "plt3"]
    assert all(m.jenis is JenisMasalah.PLT_NONAKTIF and m.sasaran is Sasaran.PLT for m in masalah)
    assert masalah[0].apa == "PLT Kepala Bagian Umum dipegang Staf, yang sudah dinonaktifkan."
    [bernama] = periksa(pegawai, plt=(replace(berjalan, jabatan="PLT  Kepala Bagian Umum"),))
    assert bernama.apa.startswith("PLT Kepala Bagian Umum dipegang")  # not "PLT PLT …"
    assert masalah[0].perbaikan == "Admin: akhiri penugasan hari ini."
    assert masalah[1].perbaikan == "Admin: hapus penugasan yang belum mulai ini."
    masalah = periksa(unit=(SETJEN, replace(BIRO, aktif=False), BAGIAN), plt=(nanti,))
    [unit] = [m for m in masalah if m.jenis is JenisMasalah.PLT_NONAKTIF]
    assert unit.jenis is JenisMasalah.PLT_NONAKTIF and "(Biro Umum)" in unit.apa
    tidak_aktif = replace(berjalan, aktif=False)
    assert periksa(pegawai, plt=(tidak_aktif,)) == []


def test_a_unit_under_a_deactivated_unit() -> None:
    masalah = periksa(unit=(SETJEN, replace(BIRO, aktif=False), BAGIAN))
    unit = [m for m in masalah if m.jenis is JenisMasalah.UNOR_ATASAN_NONAKTIF]
    assert [(m.sasaran, m.sasaran_id) for m in unit] == [(Sasaran.UNOR, "bagian")] * 2
    assert {m.apa for m in unit} == {
        "Unor atasan-nya, Biro Umum, sudah dinonaktifkan.",
        "Unor induk-nya, Biro Umum, sudah dinonaktifkan.",
    }
    assert len({m.id for m in unit}) == 2  # one row each, both stable


@pytest.mark.parametrize("jenis", list(JenisMasalah))
def test_every_kind_has_a_label(jenis: JenisMasalah) -> None:
    assert jenis.label and jenis.label[0].isupper()


def test_the_queue_is_ordered_by_kind_then_name() -> None:
    pegawai = (
        SEKJEN,
        KARO,
        replace(KABAG, golongan="IX"),
        replace(STAF, atasan_id=None),
        replace(ANALIS, jenjang=None),
    )
    jenis = [m.jenis for m in periksa(pegawai)]
    assert jenis == [
        JenisMasalah.TANPA_ATASAN,
        JenisMasalah.JF_TIDAK_LENGKAP,
        JenisMasalah.GOLONGAN_SALAH,
    ]

"""Aktivitas harian rules (S004): a valid entry, who may change or validate it, the recap."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time

import pytest

from ekinerja_desktop.domain import (
    MAKS_URAIAN,
    IsianAktivitas,
    RentangAktivitas,
    boleh_batal_validasi_aktivitas,
    boleh_ubah_aktivitas,
    boleh_validasi_aktivitas,
    format_jumlah_jam,
    format_rentang_jam,
    periksa_aktivitas,
    rekap_bulan,
    rekap_bulanan,
)
from ekinerja_desktop.domain.aktivitas import (
    bertumpuk,
    durasi_menit,
    format_persen,
    nama_hari,
    rapikan,
)

HARI_INI = date(2026, 11, 23)
MASA = (date(2026, 1, 1), date(2026, 12, 31))
BAIK = IsianAktivitas(
    tanggal=date(2026, 11, 20),
    jam_mulai=time(8, 0),
    jam_selesai=time(9, 30),
    uraian="Menyusun notulen rapat koordinasi anggaran",
    rhk_id="rhk-1",
    bukti_url="https://drive.example.go.id/notulen",
)
LAIN = [
    RentangAktivitas("a", date(2026, 11, 20), time(9, 30), time(11, 0)),
    RentangAktivitas("b", date(2026, 11, 20), time(13, 0), time(14, 0)),
    RentangAktivitas("c", date(2026, 11, 19), time(8, 0), time(16, 0)),  # another day
]


def _kolom(isian: IsianAktivitas, masa: tuple[date, date] | None = MASA) -> list[str]:
    return [k.kolom for k in periksa_aktivitas(isian, HARI_INI, masa, LAIN)]


@pytest.mark.parametrize(
    ("ubah", "kolom"),
    [
        ({}, []),
        ({"tanggal": HARI_INI}, []),  # today is fine
        ({"tanggal": date(2026, 11, 24)}, ["tanggal"]),  # tomorrow is not
        ({"tanggal": date(2025, 12, 31)}, ["tanggal"]),  # before the SKP's period
        ({"jam_mulai": time(9, 30), "jam_selesai": time(9, 30)}, ["jam"]),  # no length
        ({"jam_mulai": time(10, 0), "jam_selesai": time(9, 0)}, ["jam"]),  # backwards
        ({"jam_mulai": time(9, 0), "jam_selesai": time(10, 0)}, ["jam"]),  # overlaps "a"
        ({"jam_mulai": time(12, 0), "jam_selesai": time(15, 0)}, ["jam"]),  # covers "b"
        ({"jam_mulai": time(11, 0), "jam_selesai": time(13, 0)}, []),  # between, touching
        ({"tanggal": date(2026, 11, 19)}, ["jam"]),  # inside "c"'s day
        ({"uraian": "   "}, ["uraian"]),
        ({"uraian": "x" * MAKS_URAIAN}, []),
        ({"uraian": "x" * (MAKS_URAIAN + 1)}, ["uraian"]),
        ({"bukti_url": None}, []),  # evidence is optional
        ({"bukti_url": "  "}, []),  # an empty field is no evidence
        ({"bukti_url": "drive.example.go.id/x"}, ["bukti_url"]),  # no scheme
        ({"bukti_url": "ftp://example.go.id/x"}, ["bukti_url"]),
        ({"bukti_url": "https://exa mple.go.id"}, ["bukti_url"]),
        ({"bukti_url": "http://intranet/berkas"}, []),  # intranet host without a dot
        ({"rhk_id": None}, ["rhk"]),
        ({"uraian": "", "rhk_id": None, "tanggal": date(2027, 1, 4)}, ["tanggal", "rhk", "uraian"]),
    ],
)
def test_periksa_aktivitas(ubah: dict[str, object], kolom: list[str]) -> None:
    assert _kolom(replace(BAIK, **ubah)) == kolom  # type: ignore[arg-type]


def test_messages_name_the_limit_and_the_other_entry() -> None:
    [tanggal] = periksa_aktivitas(replace(BAIK, tanggal=date(2026, 11, 24)), HARI_INI, MASA)
    assert "23 November 2026" in tanggal.pesan
    semester_2 = (date(2026, 7, 1), date(2026, 12, 31))
    [masa] = periksa_aktivitas(replace(BAIK, tanggal=date(2026, 3, 1)), HARI_INI, semester_2)
    assert masa.pesan == "Tanggal harus dalam masa SKP (1 Juli 2026 s.d. 31 Desember 2026)."
    [jam] = periksa_aktivitas(replace(BAIK, jam_selesai=time(10, 0)), HARI_INI, MASA, LAIN)
    assert "09.30–11.00" in jam.pesan


def test_the_entry_being_edited_never_overlaps_itself() -> None:
    sendiri = [RentangAktivitas("x", BAIK.tanggal, time(8, 0), time(9, 30)), *LAIN]
    assert periksa_aktivitas(BAIK, HARI_INI, MASA, sendiri, id_sendiri="x") == []
    assert [k.kolom for k in periksa_aktivitas(BAIK, HARI_INI, MASA, sendiri)] == ["jam"]


def test_no_skp_period_is_left_to_the_caller() -> None:
    assert _kolom(replace(BAIK, tanggal=date(2020, 1, 6)), masa=None) == []


def test_rapikan_trims_and_drops_seconds() -> None:
    rapi = rapikan(
        replace(BAIK, jam_mulai=time(8, 0, 59), uraian="  rapat \n", bukti_url=" ", rhk_id="")
    )
    assert (rapi.jam_mulai, rapi.uraian, rapi.bukti_url, rapi.rhk_id) == (
        time(8, 0),
        "rapat",
        None,
        None,
    )


@pytest.mark.parametrize(
    ("a", "b", "hasil"),
    [
        ((8, 9), (9, 10), False),
        ((8, 10), (9, 11), True),
        ((9, 10), (8, 11), True),
        ((8, 9), (10, 11), False),
        ((8, 9), (8, 9), True),
    ],
)
def test_bertumpuk(a: tuple[int, int], b: tuple[int, int], hasil: bool) -> None:
    assert bertumpuk(time(a[0]), time(a[1]), time(b[0]), time(b[1])) is hasil
    assert bertumpuk(time(b[0]), time(b[1]), time(a[0]), time(a[1])) is hasil


@pytest.mark.parametrize(
    ("pemilik", "ppk", "divalidasi", "ubah", "validasi", "batal"),
    [
        (True, False, False, True, False, False),  # the owner edits an open entry
        (True, False, True, False, False, False),  # ... not a validated one
        (False, True, False, False, True, False),  # the PPK validates
        (False, True, True, False, False, True),  # ... and cancels a validation
        (False, False, False, False, False, False),  # anybody else: nothing
        (False, False, True, False, False, False),
        (True, True, False, True, False, False),  # own entry on an SKP one evaluates: no
    ],
)
def test_who_may_do_what(
    pemilik: bool, ppk: bool, divalidasi: bool, ubah: bool, validasi: bool, batal: bool
) -> None:
    assert boleh_ubah_aktivitas(pemilik, divalidasi) is ubah
    assert boleh_validasi_aktivitas(ppk, pemilik, divalidasi) is validasi
    assert boleh_batal_validasi_aktivitas(ppk, pemilik, divalidasi) is batal


@dataclass(frozen=True)
class Baris:
    tanggal: date
    menit: int
    divalidasi: bool
    rhk_id: str | None


def test_rekap_bulanan_per_month_and_rhk() -> None:
    rows = [
        Baris(date(2026, 11, 2), 90, True, "r1"),
        Baris(date(2026, 10, 30), 60, False, "r1"),
        Baris(date(2026, 11, 3), 120, False, "r2"),
        Baris(date(2026, 11, 4), 30, True, "r1"),
        Baris(date(2025, 12, 1), 45, True, None),
    ]
    rekap = rekap_bulanan(rows)
    assert [(r.tahun, r.bulan, r.jumlah) for r in rekap] == [
        (2025, 12, 1),
        (2026, 10, 1),
        (2026, 11, 3),
    ]
    nov = rekap[-1]
    assert (nov.jumlah_divalidasi, nov.menit, nov.menit_divalidasi) == (2, 240, 120)
    assert nov.jam == 4.0 and nov.persen_divalidasi == 50.0
    assert [(r.rhk_id, r.jumlah, r.menit, r.menit_divalidasi) for r in nov.per_rhk] == [
        ("r1", 2, 120, 120),
        ("r2", 1, 120, 0),
    ]
    assert rekap_bulan(rows, 2026, 11) == nov
    kosong = rekap_bulan(rows, 2026, 9)
    assert (kosong.jumlah, kosong.menit, kosong.persen_divalidasi, kosong.per_rhk) == (
        0,
        0,
        0.0,
        (),
    )


@pytest.mark.parametrize(
    ("menit", "teks"),
    [(0, "0"), (30, "0,5"), (90, "1,5"), (120, "2"), (20, "0,33"), (2550, "42,5")],
)
def test_format_jumlah_jam(menit: int, teks: str) -> None:
    assert format_jumlah_jam(menit) == teks


@pytest.mark.parametrize(
    ("persen", "teks"), [(0.0, "0%"), (99.6, "99%"), (100.0, "100%"), (50.0, "50%")]
)
def test_format_persen_rounds_down(persen: float, teks: str) -> None:
    assert format_persen(persen) == teks


def test_times_and_days_read_in_indonesian() -> None:
    assert format_rentang_jam(time(8, 5), time(16, 0)) == "08.05–16.00"
    assert durasi_menit(time(8, 5), time(16, 0)) == 475
    assert durasi_menit(time(9), time(8)) == 0
    assert [nama_hari(date(2026, 11, d)) for d in (23, 27, 29)] == ["Senin", "Jumat", "Minggu"]

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ekinerja_desktop.domain import (
    DomainError,
    JenisKelamin,
    Nip,
    buat_ni_pppk,
    buat_nip,
    format_nip,
    parse_nik,
    parse_nip,
)


def test_nip_pns() -> None:
    nip = parse_nip("19660801 198803 1 001")
    assert nip == Nip(
        digits="196608011988031001",
        tanggal_lahir=date(1966, 8, 1),
        tmt=date(1988, 3, 1),
        jenis_kelamin="L",
        urutan=1,
        is_pppk=False,
        tahap=None,
    )
    assert nip.grouped == "19660801 198803 1 001"


def test_nip_pns_perempuan_tanpa_spasi() -> None:
    nip = parse_nip(" 197503122000032005 ")
    assert (nip.tanggal_lahir, nip.tmt) == (date(1975, 3, 12), date(2000, 3, 1))
    assert (nip.jenis_kelamin, nip.urutan, nip.is_pppk) == ("P", 5, False)
    assert nip.grouped == "19750312 200003 2 005"


def test_nip_pns_tmt_desember() -> None:
    assert parse_nip("19900101 201412 1 999").tmt == date(2014, 12, 1)


def test_ni_pppk() -> None:
    nip = parse_nip("199001012021211001")
    assert nip == Nip(
        digits="199001012021211001",
        tanggal_lahir=date(1990, 1, 1),
        tmt=date(2021, 1, 1),
        jenis_kelamin="L",
        urutan=1,
        is_pppk=True,
        tahap=1,
    )
    assert nip.grouped == "19900101 202121 1 001"


def test_ni_pppk_tahap_9_perempuan() -> None:
    nip = parse_nip("19851231 2023 2 9 2 123")
    assert (nip.is_pppk, nip.tahap, nip.jenis_kelamin, nip.urutan) == (True, 9, "P", 123)
    assert nip.tmt == date(2023, 1, 1)


@pytest.mark.parametrize(
    ("teks", "pesan"),
    [
        ("19660801 198803 1 01", "NIP harus 18 digit, tertulis 17."),
        ("19660801 198803 1 0011", "NIP harus 18 digit, tertulis 19."),
        ("", "NIP harus 18 digit, tertulis 0."),
        ("19660801 1988O3 1 001", "NIP hanya boleh berisi angka, tertulis 'O'."),
        ("19660801-198803-1-001", "NIP hanya boleh berisi angka, tertulis '-'."),
        ("39830801 198803 1 001", "Tanggal lahir pada NIP mustahil: tahun 3983."),
        ("18990801 192003 1 001", "Tanggal lahir pada NIP mustahil: tahun 1899."),
        ("19000230 192001 1 001", "Tanggal lahir pada NIP tidak ada di kalender: 30-02-1900."),
        ("19661301 198803 1 001", "Tanggal lahir pada NIP tidak ada di kalender: 01-13-1966."),
        ("19660800 198803 1 001", "Tanggal lahir pada NIP tidak ada di kalender: 00-08-1966."),
        ("19660801 198813 1 001", "Bulan TMT CPNS pada NIP harus 01–12, tertulis 13."),
        ("19660801 198800 1 001", "Bulan TMT CPNS pada NIP harus 01–12, tertulis 00."),
        ("19660801 198820 1 001", "Bulan TMT CPNS pada NIP harus 01–12, tertulis 20."),
        ("19660801 398803 1 001", "TMT CPNS pada NIP mustahil: tahun 3988."),
        (
            "19660801 196507 1 001",
            "TMT CPNS pada NIP (Juli 1965) harus sesudah tanggal lahir (1 Agustus 1966).",
        ),
        (
            "19660801 196608 1 001",
            "TMT CPNS pada NIP (Agustus 1966) harus sesudah tanggal lahir (1 Agustus 1966).",
        ),
        (
            "19900101 1989 2 1 1 001",
            "Tahun TMT pada NI PPPK (1989) harus sesudah tanggal lahir (1 Januari 1990).",
        ),
        (
            "19660801 198803 3 001",
            "Kode jenis kelamin pada NIP (digit ke-15) harus 1 (laki-laki) atau 2 (perempuan), "
            "tertulis 3.",
        ),
        (
            "19660801 198803 0 001",
            "Kode jenis kelamin pada NIP (digit ke-15) harus 1 (laki-laki) atau 2 (perempuan), "
            "tertulis 0.",
        ),
        (
            "19660801 198803 1 000",
            "Nomor urut pada NIP (3 digit terakhir) harus 001–999, tertulis 000.",
        ),
        (
            "19900101 2021 2 1 1 000",
            "Nomor urut pada NIP (3 digit terakhir) harus 001–999, tertulis 000.",
        ),
    ],
)
def test_nip_salah(teks: str, pesan: str) -> None:
    with pytest.raises(DomainError) as info:
        parse_nip(teks)
    assert str(info.value) == pesan
    assert isinstance(info.value, ValueError)


def test_format_nip() -> None:
    assert format_nip("196608011988031001") == "19660801 198803 1 001"
    with pytest.raises(DomainError, match="tertulis 17"):
        format_nip("19660801198803101")


def test_nik() -> None:
    assert parse_nik("3201 0123 4567 8901") == "3201012345678901"
    with pytest.raises(DomainError, match=r"^NIK harus 16 digit, tertulis 15\.$"):
        parse_nik("320101234567890")
    with pytest.raises(DomainError, match="NIK hanya boleh berisi angka, tertulis 'x'"):
        parse_nik("320101234567890x")


def test_buat_nip() -> None:
    assert buat_nip(date(1966, 8, 1), date(1988, 3, 17), "L", 1) == "196608011988031001"
    assert buat_nip(date(1975, 3, 12), date(2000, 3, 1), "P", 5) == "197503122000032005"


def test_buat_ni_pppk() -> None:
    assert buat_ni_pppk(date(1990, 1, 1), 2021, 1, "L", 1) == "199001012021211001"


@pytest.mark.parametrize(
    ("kwargs", "pesan"),
    [
        ({"urutan": 0}, "Nomor urut NIP harus 1–999, tertulis 0."),
        ({"urutan": 1000}, "Nomor urut NIP harus 1–999, tertulis 1000."),
        ({"tmt_bulan": date(1965, 1, 1)}, "TMT CPNS pada NIP (Januari 1965) harus sesudah"),
    ],
)
def test_buat_nip_salah(kwargs: dict[str, object], pesan: str) -> None:
    args: dict[str, object] = {
        "tanggal_lahir": date(1966, 8, 1),
        "tmt_bulan": date(1988, 3, 1),
        "jenis_kelamin": "L",
        "urutan": 1,
    }
    with pytest.raises(DomainError) as info:
        buat_nip(**{**args, **kwargs})  # type: ignore[arg-type]
    assert str(info.value).startswith(pesan)


def test_buat_ni_pppk_tahap_salah() -> None:
    with pytest.raises(DomainError, match="Tahap NI PPPK harus 1–9, tertulis 0"):
        buat_ni_pppk(date(1990, 1, 1), 2021, 0, "L", 1)


lahir = st.dates(min_value=date(1900, 1, 1), max_value=date(2080, 12, 31))
kelamin: st.SearchStrategy[JenisKelamin] = st.sampled_from(["L", "P"])
urutan = st.integers(min_value=1, max_value=999)


@settings(database=None)
@given(lahir=lahir, bulan=st.integers(min_value=1, max_value=240), jk=kelamin, urut=urutan)
def test_pulang_pergi_nip_pns(lahir: date, bulan: int, jk: JenisKelamin, urut: int) -> None:
    indeks = lahir.year * 12 + lahir.month - 1 + bulan
    tmt = date(indeks // 12, indeks % 12 + 1, 1)
    nip = parse_nip(buat_nip(lahir, tmt, jk, urut))
    assert (nip.tanggal_lahir, nip.tmt, nip.jenis_kelamin, nip.urutan) == (lahir, tmt, jk, urut)
    assert not nip.is_pppk
    assert parse_nip(nip.grouped) == nip


@settings(database=None)
@given(
    lahir=lahir,
    tahun=st.integers(min_value=1, max_value=20),
    tahap=st.integers(min_value=1, max_value=9),
    jk=kelamin,
    urut=urutan,
)
def test_pulang_pergi_ni_pppk(
    lahir: date, tahun: int, tahap: int, jk: JenisKelamin, urut: int
) -> None:
    nip = parse_nip(buat_ni_pppk(lahir, lahir.year + tahun, tahap, jk, urut))
    assert nip.is_pppk
    assert (nip.tanggal_lahir, nip.tmt.year, nip.tahap) == (lahir, lahir.year + tahun, tahap)
    assert (nip.jenis_kelamin, nip.urutan) == (jk, urut)
    assert parse_nip(nip.grouped) == nip


@settings(database=None)
@given(st.text(max_size=25))
def test_teks_sembarang_hanya_domain_error(teks: str) -> None:
    try:
        nip = parse_nip(teks)
    except DomainError:
        return
    assert len(nip.digits) == 18
    assert nip.tmt > nip.tanggal_lahir - timedelta(days=31)

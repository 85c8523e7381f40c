"""NIP PNS, NI PPPK and NIK (domain.md §9, Perka BKN 22/2007).

The seeds hold invalid numbers (17 and 19 digits, birth year 3983): every message names the one
thing that is wrong, so an importer can report it row by row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from .errors import DomainError
from .tanggal import format_tanggal, nama_bulan

JenisKelamin = Literal["L", "P"]

PANJANG_NIP = 18
PANJANG_NIK = 16
# Plausibility bounds for the years inside a NIP: catches typos such as 3983 with a clear message.
TAHUN_MINIMUM = 1900
TAHUN_MAKSIMUM = 2100

_KODE_KELAMIN: dict[str, JenisKelamin] = {"1": "L", "2": "P"}


@dataclass(frozen=True)
class Nip:
    """A parsed NIP PNS or NI PPPK.

    `tmt` is the first day of the TMT CPNS month for PNS, 1 January of the TMT year for PPPK
    (the number holds no finer date). `tahap` is the PPPK recruitment stage, None for PNS.
    """

    digits: str
    tanggal_lahir: date
    tmt: date
    jenis_kelamin: JenisKelamin
    urutan: int
    is_pppk: bool
    tahap: int | None

    @property
    def grouped(self) -> str:
        """Printed form, 8-6-1-3 for both kinds as on BKN documents.

        PNS "19660801 198803 1 001"; PPPK "19900101 202121 1 001" (TMT year, "2", tahap).
        """
        d = self.digits
        return f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}"


def _hanya_digit(text: str, nama: str, panjang: int) -> str:
    """Spaces removed; DomainError on any other non-digit or on a wrong length."""
    bersih = "".join(text.split())
    salah = next((c for c in bersih if not ("0" <= c <= "9")), None)
    if salah is not None:
        raise DomainError(f"{nama} hanya boleh berisi angka, tertulis '{salah}'.")
    if len(bersih) != panjang:
        raise DomainError(f"{nama} harus {panjang} digit, tertulis {len(bersih)}.")
    return bersih


def _tahun_wajar(tahun: int, apa: str) -> None:
    if not TAHUN_MINIMUM <= tahun <= TAHUN_MAKSIMUM:
        raise DomainError(f"{apa} pada NIP mustahil: tahun {tahun}.")


def _tanggal_lahir(digits: str) -> date:
    tahun, bulan, hari = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
    _tahun_wajar(tahun, "Tanggal lahir")
    try:
        return date(tahun, bulan, hari)
    except ValueError:
        raise DomainError(
            f"Tanggal lahir pada NIP tidak ada di kalender: {digits[6:8]}-{digits[4:6]}-{tahun}."
        ) from None


def _is_pppk(digits: str) -> bool:
    # PNS month is digits 13–14 (01–12); a PPPK "2" + tahap 1–9 there reads as month 21–29,
    # which no PNS can have, so the two never collide.
    return digits[12] == "2" and digits[13] in "123456789"


def _tmt_pns(digits: str, lahir: date) -> date:
    tahun, bulan = int(digits[8:12]), int(digits[12:14])
    _tahun_wajar(tahun, "TMT CPNS")
    if not 1 <= bulan <= 12:
        raise DomainError(f"Bulan TMT CPNS pada NIP harus 01–12, tertulis {digits[12:14]}.")
    if (tahun, bulan) <= (lahir.year, lahir.month):
        raise DomainError(
            f"TMT CPNS pada NIP ({nama_bulan(bulan)} {tahun}) harus sesudah tanggal lahir "
            f"({format_tanggal(lahir)})."
        )
    return date(tahun, bulan, 1)


def _tmt_pppk(digits: str, lahir: date) -> date:
    tahun = int(digits[8:12])
    _tahun_wajar(tahun, "Tahun TMT PPPK")
    if tahun <= lahir.year:
        raise DomainError(
            f"Tahun TMT pada NI PPPK ({tahun}) harus sesudah tanggal lahir "
            f"({format_tanggal(lahir)})."
        )
    return date(tahun, 1, 1)


def parse_nip(text: str) -> Nip:
    """Parse and check a NIP PNS or NI PPPK; spaces anywhere are ignored."""
    digits = _hanya_digit(text, "NIP", PANJANG_NIP)
    lahir = _tanggal_lahir(digits)
    pppk = _is_pppk(digits)
    tmt = _tmt_pppk(digits, lahir) if pppk else _tmt_pns(digits, lahir)
    kelamin = _KODE_KELAMIN.get(digits[14])
    if kelamin is None:
        raise DomainError(
            "Kode jenis kelamin pada NIP (digit ke-15) harus 1 (laki-laki) atau 2 (perempuan), "
            f"tertulis {digits[14]}."
        )
    urutan = int(digits[15:])
    if urutan == 0:
        raise DomainError("Nomor urut pada NIP (3 digit terakhir) harus 001–999, tertulis 000.")
    tahap = int(digits[13]) if pppk else None
    return Nip(digits, lahir, tmt, kelamin, urutan, pppk, tahap)


def format_nip(text: str) -> str:
    """The grouped printed form of a valid NIP; DomainError when it is not valid."""
    return parse_nip(text).grouped


def parse_nik(text: str) -> str:
    """The 16 digits of a NIK (non-ASN JPT), spaces removed; only the form is checked."""
    return _hanya_digit(text, "NIK", PANJANG_NIK)


def _yyyymmdd(d: date) -> str:
    # Spelled out: strftime("%Y") does not pad years below 1000 on every platform.
    return f"{d.year:04d}{d.month:02d}{d.day:02d}"


def _kode_kelamin(jenis_kelamin: JenisKelamin) -> str:
    return "1" if jenis_kelamin == "L" else "2"


def buat_nip(tanggal_lahir: date, tmt_bulan: date, jenis_kelamin: JenisKelamin, urutan: int) -> str:
    """A NIP PNS from its parts (the day of `tmt_bulan` is ignored); checked by parse_nip."""
    if not 1 <= urutan <= 999:
        raise DomainError(f"Nomor urut NIP harus 1–999, tertulis {urutan}.")
    teks = (
        f"{_yyyymmdd(tanggal_lahir)}{tmt_bulan.year:04d}{tmt_bulan.month:02d}"
        f"{_kode_kelamin(jenis_kelamin)}{urutan:03d}"
    )
    return parse_nip(teks).digits


def buat_ni_pppk(
    tanggal_lahir: date, tahun_tmt: int, tahap: int, jenis_kelamin: JenisKelamin, urutan: int
) -> str:
    """A NI PPPK from its parts; checked by parse_nip."""
    if not 1 <= tahap <= 9:
        raise DomainError(f"Tahap NI PPPK harus 1–9, tertulis {tahap}.")
    if not 1 <= urutan <= 999:
        raise DomainError(f"Nomor urut NI PPPK harus 1–999, tertulis {urutan}.")
    teks = (
        f"{_yyyymmdd(tanggal_lahir)}{tahun_tmt:04d}2{tahap}"
        f"{_kode_kelamin(jenis_kelamin)}{urutan:03d}"
    )
    return parse_nip(teks).digits

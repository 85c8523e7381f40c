"""Aktivitas harian (S004, SIPIJAR; domain.md §11): what makes an entry valid, who may still
change it, and the monthly recap the TPP is paid on.

An entry is one span of one day (date, jam mulai–selesai) tied to an RHK (and optionally a
rencana aksi) of the pegawai's approved SKP, with a description and an optional evidence link.
The pegawai writes it; the atasan (the SKP's pejabat penilai) validates it one by one or with
"Validasi Semua". A validated entry is locked for its owner until the atasan cancels the
validation, so what was validated is what is paid on.

Spans are half-open, [mulai, selesai): 08.00–09.00 and 09.00–10.00 follow each other without
overlapping. An entry never crosses midnight (jam selesai after jam mulai on the same day).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, time
from typing import Protocol

from .errors import DomainError
from .penilaian import periksa_url_bukti_dukung
from .tanggal import format_tanggal

#: Long enough for a paragraph about a day's task, short enough to stay a daily note.
MAKS_URAIAN = 1000

# Field keys of `Kesalahan`: the form shows each message under its own field.
KOLOM_TANGGAL = "tanggal"
KOLOM_JAM = "jam"
KOLOM_RHK = "rhk"
KOLOM_RENCANA_AKSI = "rencana_aksi"
KOLOM_URAIAN = "uraian"
KOLOM_BUKTI = "bukti_url"

PESAN_SUDAH_DIVALIDASI = (
    "Aktivitas ini sudah divalidasi atasan dan terkunci. Minta atasan membatalkan validasinya "
    "bila perlu diubah atau dihapus."
)
PESAN_VALIDASI_SENDIRI = "Aktivitas harian tidak dapat divalidasi oleh pemiliknya."

NAMA_HARI: tuple[str, ...] = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


@dataclass(frozen=True)
class IsianAktivitas:
    """What the pegawai fills in for one aktivitas."""

    tanggal: date
    jam_mulai: time
    jam_selesai: time
    uraian: str
    rhk_id: str | None = None
    rencana_aksi_id: str | None = None
    bukti_url: str | None = None

    @property
    def menit(self) -> int:
        return durasi_menit(self.jam_mulai, self.jam_selesai)


@dataclass(frozen=True)
class RentangAktivitas:
    """Another entry of the same pegawai, for the overlap check."""

    id: str
    tanggal: date
    jam_mulai: time
    jam_selesai: time


@dataclass(frozen=True)
class Kesalahan:
    """One reason an entry is refused, tied to the field the user must fix."""

    kolom: str
    pesan: str


def durasi_menit(mulai: time, selesai: time) -> int:
    """Minutes from `mulai` to `selesai` on one day (0 when selesai is not after mulai)."""
    return max(0, (selesai.hour * 60 + selesai.minute) - (mulai.hour * 60 + mulai.minute))


def bertumpuk(a_mulai: time, a_selesai: time, b_mulai: time, b_selesai: time) -> bool:
    """Whether two half-open spans of the same day share any minute."""
    return a_mulai < b_selesai and b_mulai < a_selesai


def rapikan(isian: IsianAktivitas) -> IsianAktivitas:
    """The entry as stored: times to the minute, text trimmed, an empty link as none."""
    bukti = (isian.bukti_url or "").strip() or None
    return replace(
        isian,
        jam_mulai=isian.jam_mulai.replace(second=0, microsecond=0),
        jam_selesai=isian.jam_selesai.replace(second=0, microsecond=0),
        uraian=isian.uraian.strip(),
        rhk_id=isian.rhk_id or None,
        rencana_aksi_id=isian.rencana_aksi_id or None,
        bukti_url=bukti,
    )


def periksa_aktivitas(
    isian: IsianAktivitas,
    hari_ini: date,
    masa_skp: tuple[date, date] | None,
    lainnya: Iterable[RentangAktivitas] = (),
    id_sendiri: str | None = None,
) -> list[Kesalahan]:
    """Every reason the entry cannot be saved, field by field (empty: it is valid).

    `masa_skp` is the period of the SKP the entry belongs to (None: the caller reports the
    missing SKP itself); `lainnya` are the pegawai's other live entries (of any day; only the
    same day counts), `id_sendiri` the entry being edited, which never overlaps itself.
    """
    isian = rapikan(isian)
    kesalahan = _periksa_tanggal(isian.tanggal, hari_ini, masa_skp)
    kesalahan += _periksa_jam(isian, lainnya, id_sendiri)
    if isian.rhk_id is None:
        kesalahan.append(Kesalahan(KOLOM_RHK, "Pilih RHK yang didukung aktivitas ini."))
    if not isian.uraian:
        kesalahan.append(Kesalahan(KOLOM_URAIAN, "Uraian aktivitas belum diisi."))
    elif len(isian.uraian) > MAKS_URAIAN:
        kesalahan.append(
            Kesalahan(
                KOLOM_URAIAN,
                f"Uraian terlalu panjang ({len(isian.uraian)} karakter, "
                f"paling banyak {MAKS_URAIAN}).",
            )
        )
    if isian.bukti_url is not None:
        try:
            periksa_url_bukti_dukung(isian.bukti_url)
        except DomainError as error:
            kesalahan.append(Kesalahan(KOLOM_BUKTI, str(error)))
    return kesalahan


def _periksa_tanggal(
    tanggal: date, hari_ini: date, masa_skp: tuple[date, date] | None
) -> list[Kesalahan]:
    if tanggal > hari_ini:
        return [
            Kesalahan(
                KOLOM_TANGGAL,
                f"Tanggal aktivitas tidak boleh sesudah hari ini ({format_tanggal(hari_ini)}).",
            )
        ]
    if masa_skp is not None and not masa_skp[0] <= tanggal <= masa_skp[1]:
        awal, akhir = masa_skp
        return [
            Kesalahan(
                KOLOM_TANGGAL,
                f"Tanggal harus dalam masa SKP ({format_tanggal(awal)} s.d. "
                f"{format_tanggal(akhir)}).",
            )
        ]
    return []


def _periksa_jam(
    isian: IsianAktivitas, lainnya: Iterable[RentangAktivitas], id_sendiri: str | None
) -> list[Kesalahan]:
    if isian.jam_selesai <= isian.jam_mulai:
        return [Kesalahan(KOLOM_JAM, "Jam selesai harus sesudah jam mulai.")]
    for lain in sorted(lainnya, key=lambda r: (r.jam_mulai, r.id)):
        if lain.id == id_sendiri or lain.tanggal != isian.tanggal:
            continue
        if bertumpuk(isian.jam_mulai, isian.jam_selesai, lain.jam_mulai, lain.jam_selesai):
            return [
                Kesalahan(
                    KOLOM_JAM,
                    "Waktu bertumpuk dengan aktivitas lain pada tanggal yang sama "
                    f"({format_rentang_jam(lain.jam_mulai, lain.jam_selesai)}).",
                )
            ]
    return []


# --- who may do what to an entry -------------------------------------------------------------


def boleh_ubah_aktivitas(pemilik: bool, divalidasi: bool) -> bool:
    """Edit or delete: the owner only, and only while no atasan has validated it."""
    return pemilik and not divalidasi


def boleh_validasi_aktivitas(pejabat_penilai: bool, pemilik: bool, divalidasi: bool) -> bool:
    """Validate: the SKP's pejabat penilai, never the owner, once."""
    return pejabat_penilai and not pemilik and not divalidasi


def boleh_batal_validasi_aktivitas(pejabat_penilai: bool, pemilik: bool, divalidasi: bool) -> bool:
    """Cancel a validation (unlocking the entry for its owner): the pejabat penilai."""
    return pejabat_penilai and not pemilik and divalidasi


# --- the monthly recap -----------------------------------------------------------------------


class BarisRekap(Protocol):
    """What the recap needs of an entry."""

    @property
    def tanggal(self) -> date: ...
    @property
    def menit(self) -> int: ...
    @property
    def divalidasi(self) -> bool: ...
    @property
    def rhk_id(self) -> str | None: ...


@dataclass(frozen=True)
class RekapRhk:
    rhk_id: str | None
    jumlah: int
    menit: int
    menit_divalidasi: int


@dataclass(frozen=True)
class RekapBulan:
    """One month of a pegawai's entries: how many, how long, how much of it validated."""

    tahun: int
    bulan: int
    jumlah: int = 0
    jumlah_divalidasi: int = 0
    menit: int = 0
    menit_divalidasi: int = 0
    per_rhk: tuple[RekapRhk, ...] = ()

    @property
    def jam(self) -> float:
        return self.menit / 60

    @property
    def persen_divalidasi(self) -> float:
        """The validated share of the month's time (the TPP counts validated time), 0–100."""
        return 100 * self.menit_divalidasi / self.menit if self.menit else 0.0


def rekap_bulanan(aktivitas: Iterable[BarisRekap]) -> list[RekapBulan]:
    """The recap of each month that has entries, oldest first; RHK in order of first use."""
    per_bulan: dict[tuple[int, int], list[BarisRekap]] = defaultdict(list)
    for a in aktivitas:
        per_bulan[(a.tanggal.year, a.tanggal.month)].append(a)
    return [_rekap(tahun, bulan, rows) for (tahun, bulan), rows in sorted(per_bulan.items())]


def rekap_bulan(aktivitas: Iterable[BarisRekap], tahun: int, bulan: int) -> RekapBulan:
    """The recap of one month (all zero when it has no entries)."""
    rows = [a for a in aktivitas if (a.tanggal.year, a.tanggal.month) == (tahun, bulan)]
    return _rekap(tahun, bulan, rows)


def _rekap(tahun: int, bulan: int, rows: list[BarisRekap]) -> RekapBulan:
    rows = sorted(rows, key=lambda a: a.tanggal)
    per_rhk: dict[str | None, list[int]] = {}
    for a in rows:
        hitung = per_rhk.setdefault(a.rhk_id, [0, 0, 0])
        hitung[0] += 1
        hitung[1] += a.menit
        hitung[2] += a.menit if a.divalidasi else 0
    return RekapBulan(
        tahun=tahun,
        bulan=bulan,
        jumlah=len(rows),
        jumlah_divalidasi=sum(1 for a in rows if a.divalidasi),
        menit=sum(a.menit for a in rows),
        menit_divalidasi=sum(a.menit for a in rows if a.divalidasi),
        per_rhk=tuple(RekapRhk(rhk, *hitung) for rhk, hitung in per_rhk.items()),
    )


# --- how times read in Indonesian -------------------------------------------------------------


def format_jam(t: time) -> str:
    """`time(8, 5)` → "08.05" (the Indonesian clock notation)."""
    return f"{t.hour:02d}.{t.minute:02d}"


def format_rentang_jam(mulai: time, selesai: time) -> str:
    return f"{format_jam(mulai)}–{format_jam(selesai)}"


def format_jumlah_jam(menit: int) -> str:
    """Minutes as hours with a decimal comma: 90 → "1,5", 120 → "2", 20 → "0,33"."""
    jam = round(menit / 60, 2)
    teks = f"{jam:.2f}".rstrip("0").rstrip(".")
    return teks.replace(".", ",")


def format_persen(persen: float) -> str:
    """Rounded down, so 99.6 % never reads as "100%" while an entry is still unvalidated."""
    return f"{math.floor(persen + 1e-9)}%"


def nama_hari(d: date) -> str:
    return NAMA_HARI[d.weekday()]

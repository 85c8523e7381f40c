"""Cell values of a template as the SKP holds them: text, targets, enums (issue 6).

openpyxl hands back what Excel stored: text, int, float, datetime, bool or None. Targets are
kept as typed text in the SKP (a draft is never blocked), so a number read back is compared
with the stored text by value: "80" and 80 are the same target and nothing changes.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from ekinerja_desktop.domain import DomainError, LabeledEnum, format_tanggal, parse_angka

MAKS_TARGET = 40  # iki.target_min / target_max
MAKS_SATUAN = 80  # iki.satuan
MAKS_PENUGASAN = 255  # rhk.penugasan_dari


class SalahSel(ValueError):
    """A cell that cannot be read; the message is Indonesian, without the cell's location."""


def norm(teks: str) -> str:
    """For comparing labels: case and runs of whitespace do not matter."""
    return " ".join(teks.split()).casefold()


def potong(teks: str, maks: int) -> str:
    """One line of at most `maks` characters, "…" where it was cut."""
    satu = " ".join(teks.split())
    return satu if len(satu) <= maks else satu[: maks - 1].rstrip() + "\u2026"


def angka_teks(nilai: int | float) -> str:
    """A number as a target is written: "80", "80,5" (Indonesian decimal comma)."""
    if isinstance(nilai, float) and nilai.is_integer() and abs(nilai) < 1e15:
        nilai = int(nilai)
    if isinstance(nilai, int):
        return str(nilai)
    hasil = f"{nilai:.15g}"
    if "e" in hasil:
        hasil = f"{nilai:.6f}".rstrip("0").rstrip(".")
    return hasil.replace(".", ",")


def teks(nilai: object) -> str:
    """A cell as text, stripped; line breaks as "\\n" whatever Excel wrote."""
    if nilai is None:
        return ""
    if isinstance(nilai, bool):
        return "Ya" if nilai else "Tidak"
    if isinstance(nilai, int | float):
        return angka_teks(nilai)
    if isinstance(nilai, datetime):
        return format_tanggal(nilai.date())
    if isinstance(nilai, date):
        return format_tanggal(nilai)
    return str(nilai).replace("\r\n", "\n").replace("\r", "\n").strip()


def teks_tetap(baru: str, lama: str | None) -> str:
    """The new text, or the stored one when they differ only in surrounding spaces."""
    if lama is not None and lama.strip() == baru:
        return lama
    return baru


def opsional(baru: str, lama: str | None) -> str | None:
    """Like `teks_tetap` for optional text: empty becomes None (or stays the stored blank)."""
    if not baru:
        return lama if lama is not None and not lama.strip() else None
    return teks_tetap(baru, lama)


def nilai_target(teks_target: str | None) -> int | float | str | None:
    """A stored target as a cell holds it: a number when it reads as one, else the text."""
    if teks_target is None or not teks_target.strip():
        return None
    try:
        angka = parse_angka(teks_target)
    except DomainError:
        return teks_target
    return int(angka) if angka.is_integer() and abs(angka) < 1e15 else angka


def target(nilai: object, lama: str | None) -> str | None:
    """A target cell as the text to store; the stored text when it is the same number."""
    if nilai is None or (isinstance(nilai, str) and not nilai.strip()):
        return opsional("", lama)
    if isinstance(nilai, bool | date | datetime):
        raise SalahSel(f"'{teks(nilai)}' bukan angka")
    if isinstance(nilai, int | float):
        if lama is not None and _sama(lama, float(nilai)):
            return lama
        return angka_teks(nilai)
    tulisan = teks(nilai)
    if lama is not None and lama.strip() == tulisan:
        return lama  # unchanged, even if the draft holds a target that is not a number yet
    try:
        parse_angka(tulisan)
    except DomainError as e:
        raise SalahSel(str(e).rstrip(".")) from e
    if len(tulisan) > MAKS_TARGET:
        raise SalahSel(f"terlalu panjang: {len(tulisan)} karakter (maksimal {MAKS_TARGET}).")
    return tulisan


def _sama(lama: str, angka: float) -> bool:
    try:
        return abs(parse_angka(lama) - angka) <= 1e-9 * max(1.0, abs(angka))
    except DomainError:
        return False


def nilai_enum(cls: type[Enum], nilai: object, apa: str) -> Any:
    """The member whose label (or stored value) the cell holds; None for an empty cell."""
    tulisan = teks(nilai)
    if not tulisan:
        return None
    for member in cls:
        label = member.label if isinstance(member, LabeledEnum) else str(member.value)
        if norm(tulisan) in (norm(label), norm(str(member.value))):
            return member
    pilihan = [m.label if isinstance(m, LabeledEnum) else str(m.value) for m in cls]
    daftar = ", ".join(pilihan[:-1]) + f", atau {pilihan[-1]}" if len(pilihan) > 1 else pilihan[0]
    raise SalahSel(f"'{potong(tulisan, 60)}' bukan {apa} yang dikenal (pilih {daftar}).")


def label_enum(member: object) -> str:
    if isinstance(member, LabeledEnum):
        return member.label
    if isinstance(member, Enum):
        return str(member.value)
    return ""

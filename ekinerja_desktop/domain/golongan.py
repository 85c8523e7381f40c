"""Pangkat and golongan ruang of PNS, and golongan of PPPK (domain.md §9); kept as two lists."""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from .errors import DomainError

# Ordered from the lowest to the highest, so the index is also the rank.
GOLONGAN_PNS: Mapping[str, str] = MappingProxyType(
    {
        "I/a": "Juru Muda",
        "I/b": "Juru Muda Tingkat I",
        "I/c": "Juru",
        "I/d": "Juru Tingkat I",
        "II/a": "Pengatur Muda",
        "II/b": "Pengatur Muda Tingkat I",
        "II/c": "Pengatur",
        "II/d": "Pengatur Tingkat I",
        "III/a": "Penata Muda",
        "III/b": "Penata Muda Tingkat I",
        "III/c": "Penata",
        "III/d": "Penata Tingkat I",
        "IV/a": "Pembina",
        "IV/b": "Pembina Tingkat I",
        "IV/c": "Pembina Utama Muda",
        "IV/d": "Pembina Utama Madya",
        "IV/e": "Pembina Utama",
    }
)

# PPPK golongan carry no pangkat name.
GOLONGAN_PPPK: tuple[str, ...] = (
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
    "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
)  # fmt: skip

_POLA_PNS = re.compile(r"([IV]+)\s*/\s*([A-Ea-e])")


def normalisasi_golongan(golongan: str) -> str:
    """The canonical spelling ("iii / D" → "III/d", "ix" → "IX"); DomainError when unknown."""
    teks = golongan.strip()
    cocok = _POLA_PNS.fullmatch(teks.upper())
    kandidat = f"{cocok[1]}/{cocok[2].lower()}" if cocok else teks.upper()
    if kandidat in GOLONGAN_PNS or kandidat in GOLONGAN_PPPK:
        return kandidat
    raise DomainError(f"Golongan tidak dikenal: '{golongan}'.")


def is_golongan_pppk(golongan: str) -> bool:
    return normalisasi_golongan(golongan) in GOLONGAN_PPPK


def format_pangkat_golongan(golongan: str) -> str:
    """As printed in the SKP identity block: "Penata Tingkat I / III/d", PPPK "Golongan IX"."""
    kanonik = normalisasi_golongan(golongan)
    if kanonik in GOLONGAN_PPPK:
        return f"Golongan {kanonik}"
    return f"{GOLONGAN_PNS[kanonik]} / {kanonik}"

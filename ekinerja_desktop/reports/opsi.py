"""The print options and the cancel signal of the document writers, without reportlab: the views
build and keep these at every start, while reportlab loads only when a document is written."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class TandaTangan:
    """Where and when one signer signs; `anchor` marks the spot of an electronic signature
    (TTE) and stays empty for a wet signature."""

    tanggal: date
    lokasi: str = ""
    anchor: str = ""


@dataclass(frozen=True)
class OpsiCetak:
    """The print dialog's answers: one TandaTangan per signer."""

    pegawai: TandaTangan
    pejabat_penilai: TandaTangan

    @classmethod
    def bawaan(cls, hari_ini: date, kota: str) -> OpsiCetak:
        """Defaults of the print dialog: today and the unit's kota for both signers."""
        return cls(TandaTangan(hari_ini, kota), TandaTangan(hari_ini, kota))


class Dibatalkan(Exception):
    """The user cancelled while a document was being written."""

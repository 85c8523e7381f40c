"""Keberatan atas predikat kinerja (PP 30/2019 Pasal 59; domain.md §7)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from types import MappingProxyType

from .enums import StatusKeberatan
from .errors import DomainError

BATAS_HARI_KEBERATAN = 14

_DIAJUKAN = StatusKeberatan.DIAJUKAN
_DIJELASKAN = StatusKeberatan.DIJELASKAN
_DISETUJUI = StatusKeberatan.DISETUJUI
_DITOLAK = StatusKeberatan.DITOLAK
_TERLAMBAT = StatusKeberatan.TERLAMBAT

STATUS_FINAL_KEBERATAN: frozenset[StatusKeberatan] = frozenset({_DISETUJUI, _DITOLAK})

# DIAJUKAN → (PPK's penjelasan) DIJELASKAN → the atasan PPK decides; decisions are final.
# A late objection is kept on record and may only be closed as DITOLAK (project choice).
TRANSISI_KEBERATAN: Mapping[StatusKeberatan, frozenset[StatusKeberatan]] = MappingProxyType(
    {
        _DIAJUKAN: frozenset({_DIJELASKAN}),
        _DIJELASKAN: frozenset({_DISETUJUI, _DITOLAK}),
        _TERLAMBAT: frozenset({_DITOLAK}),
        _DISETUJUI: frozenset(),
        _DITOLAK: frozenset(),
    }
)


def batas_keberatan(predikat_ditetapkan: date) -> date:
    """The last day an objection is on time."""
    return predikat_ditetapkan + timedelta(days=BATAS_HARI_KEBERATAN)


def status_awal_keberatan(predikat_ditetapkan: date, diajukan: date) -> StatusKeberatan:
    """DIAJUKAN within 14 days after the predikat was set (day 14 included), else TERLAMBAT."""
    if diajukan < predikat_ditetapkan:
        raise DomainError("Keberatan tidak dapat diajukan sebelum predikat kinerja ditetapkan.")
    return _DIAJUKAN if diajukan <= batas_keberatan(predikat_ditetapkan) else _TERLAMBAT


def can_transition_keberatan(dari: StatusKeberatan, ke: StatusKeberatan) -> bool:
    return ke in TRANSISI_KEBERATAN[dari]


def periksa_transisi_keberatan(dari: StatusKeberatan, ke: StatusKeberatan) -> None:
    """DomainError (Indonesian) when a keberatan cannot move from `dari` to `ke`."""
    if dari in STATUS_FINAL_KEBERATAN:
        raise DomainError(f"Keputusan keberatan sudah final ({dari.label}).")
    if dari == _TERLAMBAT and ke == _DISETUJUI:
        raise DomainError(
            f"Keberatan diajukan lebih dari {BATAS_HARI_KEBERATAN} hari setelah predikat "
            "ditetapkan, sehingga tidak dapat disetujui."
        )
    if dari == _DIAJUKAN and ke in STATUS_FINAL_KEBERATAN:
        raise DomainError(
            "Keberatan belum dapat diputuskan sebelum pejabat penilai memberi penjelasan."
        )
    if not can_transition_keberatan(dari, ke):
        raise DomainError(f"Status keberatan tidak dapat diubah dari {dari.label} ke {ke.label}.")


def periksa_keputusan_keberatan(
    status: StatusKeberatan, keputusan: StatusKeberatan = _DISETUJUI
) -> None:
    """DomainError unless the atasan PPK may now decide `keputusan` (DISETUJUI or DITOLAK).

    With the default it answers "may this keberatan be granted?": never when TERLAMBAT.
    """
    if keputusan not in STATUS_FINAL_KEBERATAN:
        raise DomainError("Keputusan keberatan harus Disetujui atau Ditolak.")
    periksa_transisi_keberatan(status, keputusan)

"""The SKP status machine (domain.md §3): who may move an SKP from which status to which."""

from __future__ import annotations

from dataclasses import dataclass

from .enums import PeranSkp, StatusSkp
from .errors import DomainError

PESAN_TERKUNCI = "Anda tidak bisa melakukan perubahan sampai SKP selesai ditinjau"
PESAN_SUDAH_DISETUJUI = (
    "SKP sudah disetujui; minta pejabat penilai mengembalikannya ke Draft untuk mengubah isinya."
)

_DRAFT = StatusSkp.DRAFT
_PENGAJUAN = StatusSkp.PENGAJUAN
_PERSETUJUAN = StatusSkp.PERSETUJUAN


@dataclass(frozen=True)
class Transisi:
    """One allowed row of the table; `wajib_catatan` roles must give a catatan perbaikan."""

    dari: StatusSkp
    ke: StatusSkp
    peran: frozenset[PeranSkp]
    wajib_catatan: frozenset[PeranSkp] = frozenset()


# The §3 table row by row. The admin's "any → DRAFT" is folded into the two rows that end in
# DRAFT; DRAFT → DRAFT is no transition at all. The PPK sending an SKP back (also from
# PERSETUJUAN via "Edit Status") must say why, because the pegawai sees the catatan (S000 2.5).
TABEL_TRANSISI: tuple[Transisi, ...] = (
    Transisi(_DRAFT, _PENGAJUAN, frozenset({PeranSkp.PEGAWAI, PeranSkp.PEGAWAI_UNOR_MANDIRI})),
    Transisi(_DRAFT, _PERSETUJUAN, frozenset({PeranSkp.PEGAWAI_UNOR_MANDIRI})),
    Transisi(_PENGAJUAN, _PERSETUJUAN, frozenset({PeranSkp.PEJABAT_PENILAI})),
    Transisi(
        _PENGAJUAN,
        _DRAFT,
        frozenset({PeranSkp.PEJABAT_PENILAI, PeranSkp.ADMIN}),
        wajib_catatan=frozenset({PeranSkp.PEJABAT_PENILAI}),
    ),
    Transisi(
        _PERSETUJUAN,
        _DRAFT,
        frozenset({PeranSkp.PEJABAT_PENILAI, PeranSkp.ADMIN}),
        wajib_catatan=frozenset({PeranSkp.PEJABAT_PENILAI}),
    ),
    Transisi(_PERSETUJUAN, _PENGAJUAN, frozenset({PeranSkp.PEJABAT_PENILAI})),
)


def _cari(dari: StatusSkp, ke: StatusSkp) -> Transisi | None:
    return next((t for t in TABEL_TRANSISI if t.dari == dari and t.ke == ke), None)


def can_transition(dari: StatusSkp, ke: StatusSkp, peran: PeranSkp) -> bool:
    """Whether `peran` may move an SKP from `dari` to `ke` (catatan not considered)."""
    transisi = _cari(dari, ke)
    return transisi is not None and peran in transisi.peran


def transisi_tersedia(dari: StatusSkp, peran: PeranSkp) -> tuple[StatusSkp, ...]:
    """The statuses `peran` may choose from `dari`, in table order ("Edit Status" menu)."""
    return tuple(t.ke for t in TABEL_TRANSISI if t.dari == dari and peran in t.peran)


def wajib_catatan(dari: StatusSkp, ke: StatusSkp, peran: PeranSkp) -> bool:
    """Whether this transition needs a catatan perbaikan."""
    transisi = _cari(dari, ke)
    return transisi is not None and peran in transisi.wajib_catatan


def periksa_transisi(dari: StatusSkp, ke: StatusSkp, peran: PeranSkp, catatan: str | None) -> None:
    """DomainError (Indonesian) when the transition is refused or lacks its catatan perbaikan."""
    if dari == ke:
        raise DomainError(f"Status SKP sudah {dari.label}.")
    if not can_transition(dari, ke, peran):
        raise DomainError(
            f"{peran.label} tidak dapat mengubah status SKP dari {dari.label} ke {ke.label}."
        )
    if wajib_catatan(dari, ke, peran) and not (catatan or "").strip():
        raise DomainError("Catatan perbaikan wajib diisi saat mengembalikan SKP ke Draft.")


def boleh_edit_isi(status: StatusSkp) -> bool:
    """The owner edits the SKP content only while it is DRAFT."""
    return status == _DRAFT


def periksa_boleh_edit(status: StatusSkp) -> None:
    """DomainError when the SKP content is locked: under review, or already approved."""
    if status == _PENGAJUAN:
        raise DomainError(PESAN_TERKUNCI)
    if not boleh_edit_isi(status):
        raise DomainError(PESAN_SUDAH_DISETUJUI)

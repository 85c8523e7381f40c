"""Checks an SKP must pass before "Ajukan SKP" (domain.md §2), on plain input values.

ERROR blocks the submission; PERINGATAN is shown but lets the pegawai submit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from .enums import Aspek, JenisRhk, JenisSkp, Pendekatan, Perspektif
from .errors import DomainError

MAKS_PANJANG_RHK = 2000
MAKS_PANJANG_IKI = 1000

TingkatTemuan = Literal["ERROR", "PERINGATAN"]


@dataclass(frozen=True)
class IkiUntukValidasi:
    id: str
    indikator: str
    target_min: str | None
    target_max: str | None
    satuan: str | None
    perspektif: Perspektif | None
    aspek: Aspek | None


@dataclass(frozen=True)
class RhkUntukValidasi:
    id: str
    teks: str
    jenis: JenisRhk
    rhk_diintervensi_id: str | None
    iki: tuple[IkiUntukValidasi, ...]


@dataclass(frozen=True)
class SkpUntukValidasi:
    """`pemimpin_punya_rhk`: the leader has RHK to intervene; `staf_ahli`: no Anggaran IKI;
    `ada_pejabat_penilai`: someone will review it (or it needs no review: a mandiri head)."""

    jenis: JenisSkp
    pendekatan: Pendekatan
    rhk: tuple[RhkUntukValidasi, ...]
    pemimpin_punya_rhk: bool
    staf_ahli: bool = False
    ada_pejabat_penilai: bool = True


@dataclass(frozen=True)
class Temuan:
    """One finding; `rhk_id` / `iki_id` point the screen at the row to fix."""

    tingkat: TingkatTemuan
    pesan: str
    rhk_id: str | None = None
    iki_id: str | None = None


_DESIMAL = re.compile(r"[+-]?\d+(?:[.,]\d+)?")
_RIBUAN = re.compile(r"[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?")
# "2.500" is 2500 to an Indonesian reader and 2.5 to a programmer: refuse rather than guess.
_AMBIGU = re.compile(r"[+-]?[1-9]\d{0,2}\.\d{3}")


def parse_angka(text: str) -> float:
    """A number as users type it: "80", "80,5", "80.5", "1.250.000", "1.250,5".

    A decimal comma or point is accepted; dots group thousands only together with a decimal
    comma or with two or more groups. DomainError on anything else.
    """
    teks = text.strip()
    if _AMBIGU.fullmatch(teks):
        raise DomainError(
            f"Angka '{teks}' ambigu: tulis {teks.replace('.', '')} untuk ribuan atau "
            f"{teks.replace('.', ',')} untuk pecahan."
        )
    if _DESIMAL.fullmatch(teks):
        return float(teks.replace(",", "."))
    if _RIBUAN.fullmatch(teks):
        return float(teks.replace(".", "").replace(",", "."))
    raise DomainError(f"'{teks}' bukan angka.")


def ada_error(temuan: list[Temuan]) -> bool:
    """Whether any finding blocks the submission."""
    return any(t.tingkat == "ERROR" for t in temuan)


def validasi_skp(skp: SkpUntukValidasi) -> list[Temuan]:
    """All findings, SKP-wide first, then per RHK in order with its IKI."""
    temuan = list(_cek_skp(skp))
    for nomor, rhk in enumerate(skp.rhk, start=1):
        temuan.extend(_cek_rhk(skp, rhk, nomor))
        for urut, iki in enumerate(rhk.iki, start=1):
            sebutan = f"IKI ke-{urut} pada RHK ke-{nomor}"
            temuan.extend(
                Temuan("ERROR", f"{sebutan}: {pesan}", rhk.id, iki.id)
                for pesan in _cek_iki(skp, iki)
            )
    return temuan


def _cek_skp(skp: SkpUntukValidasi) -> Iterator[Temuan]:
    if not skp.ada_pejabat_penilai:
        # Wrong master data must never block a draft (USERS.md pain 6): say who fixes it.
        yield Temuan(
            "PERINGATAN",
            "SKP belum memiliki pejabat penilai, sehingga tidak ada yang dapat meninjaunya. "
            "Minta admin memperbaiki data atasan Anda, lalu tekan Muat ulang.",
        )
    if not any(r.jenis == JenisRhk.UTAMA for r in skp.rhk):
        yield Temuan("ERROR", "SKP harus memiliki paling sedikit satu RHK utama.")
    if skp.jenis == JenisSkp.JPT and not skp.staf_ahli and not _ada_iki_anggaran(skp):
        yield Temuan(
            "ERROR", "SKP JPT harus memiliki paling sedikit satu IKI dengan perspektif Anggaran."
        )


def _ada_iki_anggaran(skp: SkpUntukValidasi) -> bool:
    return any(i.perspektif == Perspektif.ANGGARAN for r in skp.rhk for i in r.iki)


def _cek_rhk(skp: SkpUntukValidasi, rhk: RhkUntukValidasi, nomor: int) -> Iterator[Temuan]:
    sebutan = f"RHK ke-{nomor}"
    if not rhk.teks.strip():
        yield Temuan("ERROR", f"{sebutan} belum diisi.", rhk.id)
    elif len(rhk.teks.strip()) > MAKS_PANJANG_RHK:
        yield Temuan("ERROR", _terlalu_panjang(sebutan, rhk.teks, MAKS_PANJANG_RHK), rhk.id)
    if not rhk.iki:
        yield Temuan("ERROR", f"{sebutan} belum memiliki IKI.", rhk.id)
    if skp.jenis == JenisSkp.JA_JF and not (rhk.rhk_diintervensi_id or "").strip():
        yield _temuan_intervensi(skp, rhk, sebutan)


def _temuan_intervensi(skp: SkpUntukValidasi, rhk: RhkUntukValidasi, sebutan: str) -> Temuan:
    # Cascading runs top-down; when the leader has no RHK yet the pegawai cannot fix this alone,
    # so it only warns.
    if skp.pemimpin_punya_rhk:
        return Temuan("ERROR", f"{sebutan} belum mengintervensi RHK pimpinan.", rhk.id)
    return Temuan(
        "PERINGATAN",
        f"{sebutan} belum mengintervensi RHK pimpinan karena pimpinan belum memiliki RHK.",
        rhk.id,
    )


def _cek_iki(skp: SkpUntukValidasi, iki: IkiUntukValidasi) -> Iterator[str]:
    kuantitatif = skp.pendekatan == Pendekatan.KUANTITATIF
    if not iki.indikator.strip():
        yield "indikator belum diisi." if kuantitatif else "IKI dan target belum diisi."
    elif len(iki.indikator.strip()) > MAKS_PANJANG_IKI:
        yield _terlalu_panjang("teks IKI", iki.indikator, MAKS_PANJANG_IKI)
    if skp.jenis == JenisSkp.JPT and iki.perspektif is None:
        yield "perspektif belum dipilih."
    if skp.jenis == JenisSkp.JA_JF and kuantitatif and iki.aspek is None:
        yield "aspek belum dipilih."
    if kuantitatif:
        yield from _cek_target(iki)


def _cek_target(iki: IkiUntukValidasi) -> Iterator[str]:
    minimum, salah_min = _baca_target(iki.target_min, "target minimum")
    maksimum, salah_maks = _baca_target(iki.target_max, "target maksimum")
    yield from (salah for salah in (salah_min, salah_maks) if salah is not None)
    if minimum is not None and maksimum is not None and minimum > maksimum:
        yield (
            f"target minimum ({iki.target_min}) lebih besar dari target maksimum "
            f"({iki.target_max})."
        )
    if not (iki.satuan or "").strip():
        yield "satuan target belum diisi."


def _baca_target(teks: str | None, nama: str) -> tuple[float | None, str | None]:
    """The parsed target, or None and the reason it cannot be read."""
    if teks is None or not teks.strip():
        return None, f"{nama} belum diisi."
    try:
        return parse_angka(teks), None
    except DomainError as e:
        return None, f"{nama}: {e}"


def _terlalu_panjang(sebutan: str, teks: str, maks: int) -> str:
    return f"{sebutan} terlalu panjang: {len(teks.strip())} karakter (maksimal {maks})."

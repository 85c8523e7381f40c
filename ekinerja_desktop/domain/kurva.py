"""Pola distribusi predikat in a unit: the ideal curve and the SE MenPANRB 3/2023 constraints.

The curve is guidance, not a forced distribution (S001): these functions only warn, never block.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from .enums import CapaianOrganisasi, Predikat
from .errors import DomainError

_SB = Predikat.SANGAT_BAIK
_B = Predikat.BAIK
_BP = Predikat.BUTUH_PERBAIKAN
_K = Predikat.KURANG
_SK = Predikat.SANGAT_KURANG

TOLERANSI_KURVA = 1e-9


def _baris(sb: float, b: float, bp: float, k: float, sk: float) -> Mapping[Predikat, float]:
    return MappingProxyType({_SB: sb, _B: b, _BP: bp, _K: k, _SK: sk})


# Project choice (domain.md §6): no public source gives e-Kinerja's values; each row satisfies the
# constraints below and the admin may override it per instansi.
KURVA_IDEAL: Mapping[CapaianOrganisasi, Mapping[Predikat, float]] = MappingProxyType(
    {
        CapaianOrganisasi.ISTIMEWA: _baris(0.60, 0.30, 0.10, 0.00, 0.00),
        CapaianOrganisasi.BAIK: _baris(0.10, 0.65, 0.15, 0.10, 0.00),
        CapaianOrganisasi.BUTUH_PERBAIKAN: _baris(0.05, 0.20, 0.60, 0.10, 0.05),
        CapaianOrganisasi.KURANG: _baris(0.05, 0.10, 0.15, 0.60, 0.10),
        CapaianOrganisasi.SANGAT_KURANG: _baris(0.00, 0.10, 0.15, 0.15, 0.60),
    }
)


@dataclass(frozen=True)
class BatasanDistribusi:
    """One constraint of the SE 3/2023 table on the shares of a group of predikat.

    TERBESAR: the group (one predikat) has at least as many pegawai as every other predikat;
    ties are accepted because the SE speaks of the largest share, and a tie does not make another
    group larger. MIN_PERSEN / MAKS_PERSEN: the group's share against `batas` percent.
    MIN_ORANG: at least `batas` pegawai in the group.
    """

    jenis: Literal["TERBESAR", "MIN_PERSEN", "MAKS_PERSEN", "MIN_ORANG"]
    kelompok: tuple[Predikat, ...]
    batas: int = 0


BATASAN_DISTRIBUSI: Mapping[CapaianOrganisasi, tuple[BatasanDistribusi, ...]] = MappingProxyType(
    {
        CapaianOrganisasi.ISTIMEWA: (
            BatasanDistribusi("TERBESAR", (_SB,)),
            BatasanDistribusi("MAKS_PERSEN", (_SB,), 70),
        ),
        CapaianOrganisasi.BAIK: (
            BatasanDistribusi("TERBESAR", (_B,)),
            BatasanDistribusi("MAKS_PERSEN", (_B,), 70),
            BatasanDistribusi("MIN_ORANG", (_BP, _K), 1),
        ),
        CapaianOrganisasi.BUTUH_PERBAIKAN: (
            BatasanDistribusi("MIN_PERSEN", (_BP,), 60),
            BatasanDistribusi("MAKS_PERSEN", (_SB,), 10),
        ),
        CapaianOrganisasi.KURANG: (
            BatasanDistribusi("MIN_PERSEN", (_K,), 60),
            BatasanDistribusi("MIN_PERSEN", (_BP,), 10),
            BatasanDistribusi("MAKS_PERSEN", (_SB,), 10),
        ),
        CapaianOrganisasi.SANGAT_KURANG: (
            BatasanDistribusi("MIN_PERSEN", (_SK,), 60),
            BatasanDistribusi("MIN_PERSEN", (_K, _BP), 10),
            BatasanDistribusi("MAKS_PERSEN", (_SB,), 0),
        ),
    }
)


def kurva_ideal(
    capaian: CapaianOrganisasi,
    override: Mapping[CapaianOrganisasi, Mapping[Predikat, float]] | None = None,
) -> dict[Predikat, float]:
    """The ideal shares for a capaian: the instansi's override when it has a row, else ours.

    A missing predikat in an override row counts 0; the row must still sum to 1.
    """
    if override is not None and capaian in override:
        return _periksa_baris(capaian, override[capaian])
    return dict(KURVA_IDEAL[capaian])


def _periksa_baris(
    capaian: CapaianOrganisasi, baris: Mapping[Predikat, float]
) -> dict[Predikat, float]:
    hasil = {p: float(baris.get(p, 0.0)) for p in Predikat}
    if any(not math.isfinite(v) or v < 0 for v in hasil.values()):
        raise DomainError(f"Kurva ideal {capaian.label}: setiap nilai harus antara 0 dan 1.")
    total = math.fsum(hasil.values())
    if abs(total - 1.0) > TOLERANSI_KURVA:
        raise DomainError(
            f"Kurva ideal {capaian.label}: jumlah seluruh nilai harus 1 (100 %), "
            f"tertulis {_angka(total * 100)} %."
        )
    return hasil


def _jumlah_lengkap(jumlah: Mapping[Predikat, int]) -> dict[Predikat, int]:
    hasil = {p: int(jumlah.get(p, 0)) for p in Predikat}
    if any(n < 0 for n in hasil.values()):
        raise DomainError("Jumlah pegawai per predikat tidak boleh negatif.")
    return hasil


def distribusi_aktual(jumlah: Mapping[Predikat, int]) -> dict[Predikat, float]:
    """Share of each predikat among the rated pegawai (all 0.0 when nobody is rated)."""
    lengkap = _jumlah_lengkap(jumlah)
    total = sum(lengkap.values())
    return {p: (n / total if total else 0.0) for p, n in lengkap.items()}


def cek_pola_distribusi(capaian: CapaianOrganisasi, jumlah: Mapping[Predikat, int]) -> list[str]:
    """Indonesian warnings, one per violated constraint of the capaian; empty when within guidance.

    Missing predikat count 0; a unit with nobody rated yet gets no warnings.
    """
    lengkap = _jumlah_lengkap(jumlah)
    if sum(lengkap.values()) == 0:
        return []
    pesan = (_pelanggaran(capaian, b, lengkap) for b in BATASAN_DISTRIBUSI[capaian])
    return [p for p in pesan if p is not None]


def _pelanggaran(
    capaian: CapaianOrganisasi, batasan: BatasanDistribusi, jumlah: dict[Predikat, int]
) -> str | None:
    """The warning for one constraint, or None when it holds."""
    if batasan.jenis == "TERBESAR":
        isi = _cek_terbesar(batasan, jumlah)
    else:
        isi = _cek_jumlah(batasan, jumlah)
    return None if isi is None else f"Capaian organisasi {capaian.label}: {isi}"


def _cek_terbesar(batasan: BatasanDistribusi, jumlah: dict[Predikat, int]) -> str | None:
    n = sum(jumlah[p] for p in batasan.kelompok)
    lebih = [p for p in Predikat if p not in batasan.kelompok and jumlah[p] > n]
    if not lebih:
        return None
    pesaing = max(lebih, key=lambda p: jumlah[p])
    return (
        f"{_nama(batasan.kelompok)} seharusnya kelompok terbesar, tetapi {pesaing.label} "
        f"lebih banyak ({jumlah[pesaing]} dibanding {n} pegawai)."
    )


def _cek_jumlah(batasan: BatasanDistribusi, jumlah: dict[Predikat, int]) -> str | None:
    total = sum(jumlah.values())
    n = sum(jumlah[p] for p in batasan.kelompok)
    nama = _nama(batasan.kelompok)
    aktual = f"aktual {_persen(n, total)} % ({n} dari {total} pegawai)"
    # Percent limits compared in integers (n/total vs batas/100) so 7 of 10 is exactly 70 %.
    if batasan.jenis == "MAKS_PERSEN":
        if n * 100 <= batasan.batas * total:
            return None
        if batasan.batas == 0:
            return f"seharusnya tidak ada pegawai {nama}, {aktual}."
        return f"{nama} paling banyak {batasan.batas} %, {aktual}."
    if batasan.jenis == "MIN_PERSEN":
        if n * 100 >= batasan.batas * total:
            return None
        return f"{nama} paling sedikit {batasan.batas} %, {aktual}."
    if n >= batasan.batas:  # MIN_ORANG
        return None
    return (
        f"seharusnya ada paling sedikit {batasan.batas} pegawai dengan predikat "
        f"{_nama(batasan.kelompok, ' atau ')}."
    )


def _nama(kelompok: tuple[Predikat, ...], sambung: str = " + ") -> str:
    return sambung.join(p.label for p in kelompok)


def _persen(n: int, total: int) -> str:
    return _angka(100 * n / total)


def _angka(x: float) -> str:
    """One decimal with the Indonesian comma, without a useless ",0" (75 %, 66,7 %)."""
    teks = f"{x:.1f}"
    return teks.removesuffix(".0").replace(".", ",")

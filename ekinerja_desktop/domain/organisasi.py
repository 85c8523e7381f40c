"""Rules of the instansi's master data kept by the admin (S003 2.3–2.4, domain.md §1, §9).

The unit tree and the atasan chain must stay trees: a pegawai cannot be their own atasan,
directly or up the chain, and a unit cannot sit under itself or one of its own sub-units (every
screen and the server walk these chains upwards). A PLT/PLH assignment runs forward, and one
post (a jabatan in a unit) has one acting holder at a time. The NIP (or a non-ASN JPT's NIK)
and the golongan must agree: PNS golongan for a NIP PNS, PPPK golongan for a NI PPPK.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from .enums import JenisPlt
from .errors import DomainError
from .golongan import GOLONGAN_PPPK, normalisasi_golongan
from .nip import PANJANG_NIK, parse_nik, parse_nip
from .periode import periode_bertumpuk
from .tanggal import format_tanggal

#: A chain longer than this is bad data (a cycle written elsewhere); walking stops there.
MAKS_KEDALAMAN_RANTAI = 64


def rantai_ke_atas(
    mulai: str | None, induk_dari: Mapping[str, str | None], batas: int = MAKS_KEDALAMAN_RANTAI
) -> list[str]:
    """`mulai` and every node above it (its atasan, their atasan, …), nearest first.

    Stops at the top, at a node seen before (a cycle already in the data) or after `batas`.
    """
    hasil: list[str] = []
    sekarang = mulai
    while sekarang is not None and sekarang not in hasil and len(hasil) < batas:
        hasil.append(sekarang)
        sekarang = induk_dari.get(sekarang)
    return hasil


def membentuk_siklus(
    id_: str, induk_baru: str | None, induk_dari: Mapping[str, str | None]
) -> list[str] | None:
    """The chain from `induk_baru` up to `id_` if hanging `id_` under `induk_baru` would make a
    cycle (`[id_]` when it is its own parent); None when the tree stays a tree."""
    if induk_baru is None:
        return None
    rantai = rantai_ke_atas(induk_baru, induk_dari)
    if id_ not in rantai:
        return None
    return rantai[: rantai.index(id_) + 1]


def _nama_rantai(rantai: list[str], nama: Mapping[str, str]) -> str:
    return " → ".join(nama.get(i, i) for i in reversed(rantai))


def periksa_atasan(
    pegawai_id: str | None,
    atasan_id: str | None,
    atasan_dari: Mapping[str, str | None],
    nama: Mapping[str, str] | None = None,
) -> None:
    """DomainError when `atasan_id` as the atasan langsung of `pegawai_id` closes a cycle.

    `atasan_dari` maps each pegawai to their current atasan; `nama` names them in the message.
    A new pegawai (`pegawai_id` None) has nobody below them yet, so any atasan will do.
    """
    if pegawai_id is None:
        return
    nama = nama or {}
    siklus = membentuk_siklus(pegawai_id, atasan_id, atasan_dari)
    if siklus is None:
        return
    if len(siklus) == 1:
        raise DomainError("Pegawai tidak dapat menjadi atasan langsung dirinya sendiri.")
    assert atasan_id is not None
    raise DomainError(
        f"{nama.get(atasan_id, atasan_id)} tidak dapat menjadi atasan langsung "
        f"{nama.get(pegawai_id, pegawai_id)}, karena berada di bawahnya: "
        f"{_nama_rantai(siklus, nama)}."
    )


def periksa_unor_atasan(
    unor_id: str | None,
    atasan_id: str | None,
    atasan_dari: Mapping[str, str | None],
    nama: Mapping[str, str] | None = None,
) -> None:
    """DomainError when putting unit `unor_id` under `atasan_id` closes a cycle in the tree."""
    if unor_id is None:
        return
    nama = nama or {}
    siklus = membentuk_siklus(unor_id, atasan_id, atasan_dari)
    if siklus is None:
        return
    if len(siklus) == 1:
        raise DomainError("Unit organisasi tidak dapat menjadi unor atasan dirinya sendiri.")
    assert atasan_id is not None
    raise DomainError(
        f"{nama.get(unor_id, unor_id)} tidak dapat dipindah ke bawah "
        f"{nama.get(atasan_id, atasan_id)}, karena {nama.get(atasan_id, atasan_id)} berada di "
        f"bawahnya: "
        f"{_nama_rantai(siklus, nama)}."
    )


# --- NIP / NIK and golongan -------------------------------------------------------------------


@dataclass(frozen=True)
class NomorPegawai:
    """A checked NIP PNS, NI PPPK or (non-ASN JPT) NIK: its digits and its kind."""

    digits: str
    jenis: str  # "PNS", "PPPK" or "NIK"

    @property
    def terbaca(self) -> str:
        """Grouped as printed for a NIP ("19660801 198803 1 001"); a NIK as it is."""
        if self.jenis == "NIK":
            return self.digits
        return parse_nip(self.digits).grouped


def periksa_nomor_pegawai(teks: str, boleh_nik: bool = False) -> NomorPegawai:
    """Parse a NIP PNS or NI PPPK (`parse_nip`); a 16-digit NIK only when `boleh_nik` (a JPT
    who is not an ASN, domain.md §9). Spaces anywhere are ignored."""
    bersih = "".join(teks.split())
    if not bersih:
        raise DomainError("NIP belum diisi.")
    if boleh_nik and len(bersih) == PANJANG_NIK:
        return NomorPegawai(parse_nik(bersih), "NIK")
    nip = parse_nip(bersih)
    return NomorPegawai(nip.digits, "PPPK" if nip.is_pppk else "PNS")


def periksa_golongan(nomor: NomorPegawai, golongan: str | None) -> str | None:
    """The canonical golongan ("III/d", "IX"), or None when empty; DomainError when it is
    unknown or of the wrong kind for the number (PNS list for a NIP PNS, I–XVII for PPPK)."""
    if golongan is None or not golongan.strip():
        return None
    kanonik = normalisasi_golongan(golongan)
    pppk = kanonik in GOLONGAN_PPPK
    if nomor.jenis == "PNS" and pppk:
        raise DomainError(
            f"Golongan {kanonik} adalah golongan PPPK, sedangkan NIP ini NIP PNS; "
            "pilih pangkat/golongan ruang PNS (mis. III/a)."
        )
    if nomor.jenis == "PPPK" and not pppk:
        raise DomainError(
            f"Golongan {kanonik} adalah golongan PNS, sedangkan nomor ini NI PPPK; "
            "pilih golongan PPPK (I–XVII)."
        )
    if nomor.jenis == "NIK":
        raise DomainError("Pegawai non-ASN (dengan NIK) tidak memiliki pangkat/golongan.")
    return kanonik


# --- PLT / PLH --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PenugasanPlt:
    """A PLT/PLH assignment as the overlap rule sees it."""

    id: str | None
    unor_id: str
    jabatan: str
    jenis: JenisPlt
    awal: date
    akhir: date
    aktif: bool = True
    nama_pegawai: str = ""


def kunci_jabatan(jabatan: str) -> str:
    """One spelling of a post: case and repeated spaces do not make another post."""
    return " ".join(jabatan.split()).casefold()


def periksa_tanggal_plt(awal: date, akhir: date) -> None:
    if akhir < awal:
        raise DomainError(
            f"Periode akhir PLT/PLH ({format_tanggal(akhir)}) tidak boleh sebelum periode awal "
            f"({format_tanggal(awal)})."
        )


def periksa_penugasan_plt(baru: PenugasanPlt, lain: Iterable[PenugasanPlt]) -> None:
    """DomainError when the dates run backwards, or when another active assignment holds the
    same jabatan in the same unit on a shared day (one acting holder per post at a time).
    Inactive assignments, and the assignment itself (same id), do not count."""
    periksa_tanggal_plt(baru.awal, baru.akhir)
    if not baru.aktif:
        return
    kunci = kunci_jabatan(baru.jabatan)
    for p in lain:
        if p.id is not None and p.id == baru.id:
            continue
        if not p.aktif or p.unor_id != baru.unor_id or kunci_jabatan(p.jabatan) != kunci:
            continue
        if periode_bertumpuk(baru.awal, baru.akhir, p.awal, p.akhir):
            siapa = f" oleh {p.nama_pegawai}" if p.nama_pegawai else ""
            raise DomainError(
                f"Jabatan “{' '.join(baru.jabatan.split())}” sudah dipegang {p.jenis.value}"
                f"{siapa} pada {format_tanggal(p.awal)} s.d. {format_tanggal(p.akhir)}; "
                "tanggalnya tidak boleh bertumpuk. Akhiri penugasan itu terlebih dahulu atau "
                "pilih tanggal lain."
            )

"""Wrong master data that blocks someone, or will (USERS.md pain 6): the admin's queue.

Drafting an SKP is never blocked by master data, but a pegawai without a live atasan has no
pejabat penilai to review and rate the SKP, a JF without jenjang or TMT jabatan gets no angka
kredit, a golongan of the wrong kind prints wrongly and keeps the pegawai's record from being
saved, and an acting post held by someone deactivated still signs documents. Each rule here
reads plain values and says what is wrong, whom it affects and what fixes it (and who acts),
in Indonesian, like the validation's `Temuan`.

The instansi's top (the head of a mandiri unit, or of a unit at the top of the tree) is the
only pegawai who needs no atasan langsung: a mandiri head's SKP needs no approval (domain.md
§3), and above the top unit there is nobody.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .enums import JenisJabatan, JenisPlt, Jenjang, KelompokJabatan, StatusSkp
from .errors import DomainError
from .organisasi import periksa_golongan, periksa_nomor_pegawai
from .tanggal import format_tanggal


class JenisMasalah(StrEnum):
    """The kinds of problem, in the order the queue lists them (the most blocking first)."""

    TANPA_ATASAN = "TANPA_ATASAN"
    ATASAN_NONAKTIF = "ATASAN_NONAKTIF"
    SKP_TANPA_PENILAI = "SKP_TANPA_PENILAI"
    UNIT_NONAKTIF = "UNIT_NONAKTIF"
    UNOR_ATASAN_NONAKTIF = "UNOR_ATASAN_NONAKTIF"
    PLT_NONAKTIF = "PLT_NONAKTIF"
    JF_TIDAK_LENGKAP = "JF_TIDAK_LENGKAP"
    GOLONGAN_SALAH = "GOLONGAN_SALAH"

    @property
    def label(self) -> str:
        return LABEL_MASALAH[self]


LABEL_MASALAH: Mapping[JenisMasalah, str] = {
    JenisMasalah.TANPA_ATASAN: "Tanpa atasan langsung",
    JenisMasalah.ATASAN_NONAKTIF: "Atasan nonaktif",
    JenisMasalah.SKP_TANPA_PENILAI: "SKP tanpa pejabat penilai",
    JenisMasalah.UNIT_NONAKTIF: "Unit nonaktif",
    JenisMasalah.UNOR_ATASAN_NONAKTIF: "Unor atasan nonaktif",
    JenisMasalah.PLT_NONAKTIF: "PLT/PLH tidak berlaku",
    JenisMasalah.JF_TIDAK_LENGKAP: "JF belum lengkap",
    JenisMasalah.GOLONGAN_SALAH: "NIP/golongan tidak sesuai",
}


class Sasaran(StrEnum):
    """The record whose edit dialog fixes the problem."""

    PEGAWAI = "PEGAWAI"
    UNOR = "UNOR"
    PLT = "PLT"


# --- the master data as the rules read it -----------------------------------------------------


@dataclass(frozen=True)
class PegawaiPeriksa:
    """A pegawai of the instansi; `aktif` False: deactivated (kept to name them)."""

    id: str
    nama: str
    nip: str
    unor_id: str
    atasan_id: str | None = None
    jenis_jabatan: JenisJabatan = JenisJabatan.PEGAWAI
    kelompok_jabatan: KelompokJabatan = KelompokJabatan.JA
    golongan: str | None = None
    jenjang: Jenjang | None = None
    tmt_jabatan: date | None = None
    aktif: bool = True


@dataclass(frozen=True)
class UnitPeriksa:
    id: str
    nama: str
    unor_atasan_id: str | None = None
    unor_induk_id: str | None = None
    mandiri: bool = False
    aktif: bool = True


@dataclass(frozen=True)
class SkpPeriksa:
    """An SKP still on its way to approval (Draft or Pengajuan)."""

    id: str
    pegawai_id: str
    status: StatusSkp
    pejabat_penilai_id: str | None
    periode_awal: date
    periode_akhir: date


@dataclass(frozen=True)
class PltPeriksa:
    id: str
    pegawai_id: str
    unor_id: str
    jabatan: str
    jenis: JenisPlt
    periode_awal: date
    periode_akhir: date
    aktif: bool = True


@dataclass(frozen=True)
class DataInduk:
    pegawai: Sequence[PegawaiPeriksa]
    unit: Sequence[UnitPeriksa]
    skp: Sequence[SkpPeriksa] = ()
    plt: Sequence[PltPeriksa] = ()
    hari_ini: date = date(1970, 1, 1)


@dataclass(frozen=True)
class MasalahDataInduk:
    """One case in the queue: `apa` is wrong, it affects `nama` (`dampak`), `perbaikan` fixes
    it; the dialog of `sasaran` `sasaran_id` is where. `sumber_id` is the record found wrong
    (the pegawai, unit, SKP or assignment), so `id` is stable across reloads."""

    jenis: JenisMasalah
    sumber_id: str
    sasaran: Sasaran
    sasaran_id: str
    nama: str  # whom it affects: a pegawai, or a unit
    nip: str
    unit_nama: str
    apa: str
    dampak: str
    perbaikan: str

    @property
    def id(self) -> str:
        return f"{self.jenis.value}:{self.sumber_id}"


# --- who needs an atasan --------------------------------------------------------------------


def puncak_instansi(pegawai: PegawaiPeriksa, unit: UnitPeriksa | None) -> bool:
    """The head of a mandiri unit or of a unit at the top of the tree: needs no atasan."""
    if pegawai.jenis_jabatan is not JenisJabatan.PIMPINAN or unit is None or not unit.aktif:
        return False
    return unit.mandiri or unit.unor_atasan_id is None


# --- the rules ------------------------------------------------------------------------------


class _Konteks:
    """The data indexed once (5,000 pegawai: dictionaries, not searches per row)."""

    def __init__(self, data: DataInduk) -> None:
        self.data = data
        self.pegawai = {p.id: p for p in data.pegawai}
        self.unit = {u.id: u for u in data.unit}

    def unit_nama(self, unor_id: str) -> str:
        unit = self.unit.get(unor_id)
        return unit.nama if unit is not None else ""

    def atasan_hidup(self, pegawai: PegawaiPeriksa) -> PegawaiPeriksa | None:
        atasan = self.pegawai.get(pegawai.atasan_id or "")
        return atasan if atasan is not None and atasan.aktif else None

    def masalah(
        self,
        jenis: JenisMasalah,
        sumber_id: str,
        pegawai: PegawaiPeriksa,
        apa: str,
        dampak: str,
        perbaikan: str,
    ) -> MasalahDataInduk:
        """A problem fixed in the pegawai's own record."""
        return MasalahDataInduk(
            jenis,
            sumber_id,
            Sasaran.PEGAWAI,
            pegawai.id,
            pegawai.nama,
            pegawai.nip,
            self.unit_nama(pegawai.unor_id),
            apa,
            dampak,
            perbaikan,
        )


def periksa_data_induk(data: DataInduk) -> list[MasalahDataInduk]:
    """Every problem of the instansi's master data, by kind (`JenisMasalah` order), then name."""
    k = _Konteks(data)
    hasil: list[MasalahDataInduk] = []
    for pegawai in data.pegawai:
        if pegawai.aktif:
            hasil.extend(_masalah_pegawai(k, pegawai))
    for unit in data.unit:
        if unit.aktif:
            hasil.extend(_masalah_unit(k, unit))
    hasil.extend(m for skp in data.skp if (m := _masalah_skp(k, skp)) is not None)
    hasil.extend(m for plt in data.plt if (m := _masalah_plt(k, plt)) is not None)
    urutan = list(JenisMasalah)
    hasil.sort(key=lambda m: (urutan.index(m.jenis), m.nama.casefold(), m.sumber_id))
    return hasil


def _masalah_pegawai(k: _Konteks, p: PegawaiPeriksa) -> Iterator[MasalahDataInduk]:
    yield from _masalah_atasan(k, p)
    unit = k.unit.get(p.unor_id)
    if unit is None or not unit.aktif:
        apa = (
            "Unit kerjanya tidak ditemukan di instansi ini."
            if unit is None
            else f"Unit kerjanya, {unit.nama}, sudah dinonaktifkan."
        )
        yield k.masalah(
            JenisMasalah.UNIT_NONAKTIF,
            p.id,
            p,
            apa,
            "SKP dan cetakannya memakai unit yang tidak berlaku, dan ia tidak termasuk pegawai "
            "unit mana pun (rekap, tim kerja, kurva).",
            "Admin: pilih unit organisasi yang aktif pada data pegawai.",
        )
    if p.kelompok_jabatan is KelompokJabatan.JF and (p.jenjang is None or p.tmt_jabatan is None):
        kurang = [n for n, v in (("jenjang", p.jenjang), ("TMT jabatan", p.tmt_jabatan)) if not v]
        yield k.masalah(
            JenisMasalah.JF_TIDAK_LENGKAP,
            p.id,
            p,
            f"Jabatan fungsional tanpa {' dan '.join(kurang)}.",
            "Angka kredit dari predikat kinerjanya tidak dapat dihitung.",
            "Admin: isi jenjang dan TMT jabatan pada data pegawai.",
        )
    salah = kesalahan_nomor_golongan(p)
    if salah is not None:
        yield k.masalah(
            JenisMasalah.GOLONGAN_SALAH,
            p.id,
            p,
            salah,
            "Pangkat/golongan tercetak salah pada SKP dan penilaian, dan data pegawai ini tidak "
            "dapat disimpan sebelum diperbaiki.",
            "Admin: perbaiki NIP atau pilih golongan yang sesuai pada data pegawai.",
        )


def kesalahan_nomor_golongan(p: PegawaiPeriksa) -> str | None:
    """Why the NIP (or NIK) and the golongan of a pegawai do not agree; None when they do."""
    try:
        nomor = periksa_nomor_pegawai(p.nip, boleh_nik=p.kelompok_jabatan is KelompokJabatan.JPT)
        periksa_golongan(nomor, p.golongan)
    except DomainError as error:
        return str(error)
    return None


def _masalah_atasan(k: _Konteks, p: PegawaiPeriksa) -> Iterator[MasalahDataInduk]:
    if p.atasan_id is None:
        if puncak_instansi(p, k.unit.get(p.unor_id)):
            return
        yield k.masalah(
            JenisMasalah.TANPA_ATASAN,
            p.id,
            p,
            "Belum memiliki atasan langsung.",
            "SKP-nya tanpa pejabat penilai: tidak ada yang dapat meninjau, menyetujui dan "
            "menilainya.",
            "Admin: pilih atasan langsung pada data pegawai. Bila ia memimpin unit mandiri, "
            "tandai unitnya mandiri dan jenis jabatannya Pimpinan.",
        )
        return
    atasan = k.pegawai.get(p.atasan_id)
    if atasan is not None and atasan.aktif:
        return
    apa = (
        "Atasan langsungnya tidak ditemukan di instansi ini."
        if atasan is None
        else f"Atasan langsungnya, {atasan.nama}, sudah dinonaktifkan."
    )
    yield k.masalah(
        JenisMasalah.ATASAN_NONAKTIF,
        p.id,
        p,
        apa,
        "SKP-nya tanpa pejabat penilai yang aktif: tidak ada yang dapat meninjau, menyetujui "
        "dan menilainya.",
        "Admin: pilih atasan langsung yang aktif pada data pegawai.",
    )


def _masalah_unit(k: _Konteks, unit: UnitPeriksa) -> Iterator[MasalahDataInduk]:
    for apa_unit, rujukan in (
        ("Unor atasan", unit.unor_atasan_id),
        ("Unor induk", unit.unor_induk_id),
    ):
        if rujukan is None or rujukan == unit.id:
            continue
        lain = k.unit.get(rujukan)
        if lain is not None and lain.aktif:
            continue
        apa = (
            f"{apa_unit}-nya tidak ditemukan di instansi ini."
            if lain is None
            else f"{apa_unit}-nya, {lain.nama}, sudah dinonaktifkan."
        )
        yield MasalahDataInduk(
            JenisMasalah.UNOR_ATASAN_NONAKTIF,
            f"{unit.id}:{apa_unit}",
            Sasaran.UNOR,
            unit.id,
            unit.nama,
            "",
            unit.nama,
            apa,
            "Pohon unit terputus: unit ini tampil sebagai unit teratas, sehingga pimpinannya "
            "dianggap tidak memerlukan atasan, dan rekap per unit induk tidak memuatnya.",
            f"Admin: pilih {apa_unit.lower()} yang aktif pada data unit.",
        )


def _masalah_skp(k: _Konteks, skp: SkpPeriksa) -> MasalahDataInduk | None:
    if skp.status not in (StatusSkp.DRAFT, StatusSkp.PENGAJUAN):
        return None
    pemilik = k.pegawai.get(skp.pegawai_id)
    if pemilik is None or not pemilik.aktif:
        return None
    penilai = k.pegawai.get(skp.pejabat_penilai_id or "")
    if penilai is not None and penilai.aktif:
        return None
    if skp.pejabat_penilai_id is None and puncak_instansi(pemilik, k.unit.get(pemilik.unor_id)):
        return None  # a mandiri head's SKP needs no review
    periode = f"{format_tanggal(skp.periode_awal)} – {format_tanggal(skp.periode_akhir)}"
    apa = (
        f"SKP {periode} ({skp.status.label}) belum memiliki pejabat penilai."
        if penilai is None
        else f"Pejabat penilai SKP {periode} ({skp.status.label}), {penilai.nama}, sudah "
        "dinonaktifkan."
    )
    dampak = (
        "SKP menunggu tinjauan yang tidak akan datang: tidak ada pejabat penilai yang aktif."
        if skp.status is StatusSkp.PENGAJUAN
        else "Aplikasi memperingatkan pegawai bahwa SKP-nya tidak dapat ditinjau; setelah "
        "diajukan tidak ada yang menerimanya."
    )
    return k.masalah(
        JenisMasalah.SKP_TANPA_PENILAI, skp.id, pemilik, apa, dampak, _perbaikan_skp(k, skp)
    )


def _perbaikan_skp(k: _Konteks, skp: SkpPeriksa) -> str:
    pemilik = k.pegawai[skp.pegawai_id]
    atasan = k.atasan_hidup(pemilik)
    langkah = (
        f"Atasan langsungnya kini {atasan.nama}, jadi data induk sudah benar"
        if atasan is not None
        else "Admin: pilih atasan langsung yang aktif pada data pegawai"
    )
    if skp.status is StatusSkp.PENGAJUAN:
        return (
            f"{langkah}; lalu admin mengembalikan SKP ke Draft (Daftar SKP › Semua SKP › Edit "
            f"Status), dan {pemilik.nama} menekan Muat ulang pada SKP-nya lalu mengajukannya lagi."
        )
    return f"{langkah}; lalu {pemilik.nama} menekan Muat ulang pada SKP-nya."


def _masalah_plt(k: _Konteks, plt: PltPeriksa) -> MasalahDataInduk | None:
    """An assignment still running after today whose holder or unit is deactivated (one that
    ends today has done its work: ending it "today" is how the admin fixes it)."""
    if not plt.aktif or plt.periode_akhir <= k.data.hari_ini:
        return None
    pemegang = k.pegawai.get(plt.pegawai_id)
    unit = k.unit.get(plt.unor_id)
    jabatan = " ".join(plt.jabatan.split())
    # "PLH Kepala Bagian …" already names its kind; "Kepala Bagian …" gets it in front
    sudah = jabatan.casefold().startswith(plt.jenis.value.casefold() + " ")
    sebutan = jabatan if sudah else f"{plt.jenis.value} {jabatan}"
    if pemegang is None or not pemegang.aktif:
        siapa = pemegang.nama if pemegang is not None else "pegawai yang tidak ditemukan"
        apa = f"{sebutan} dipegang {siapa}, yang sudah dinonaktifkan."
    elif unit is None or not unit.aktif:
        apa = f"{sebutan} berada di unit yang sudah dinonaktifkan ({k.unit_nama(plt.unor_id)})."
    else:
        return None
    belum_mulai = plt.periode_awal > k.data.hari_ini
    return MasalahDataInduk(
        JenisMasalah.PLT_NONAKTIF,
        plt.id,
        Sasaran.PLT,
        plt.id,
        pemegang.nama if pemegang is not None else "",
        pemegang.nip if pemegang is not None else "",
        k.unit_nama(plt.unor_id),
        apa,
        f"Penugasan masih berlaku sampai {format_tanggal(plt.periode_akhir)}: SKP PLT/PLH dan "
        "penandatangan dokumen masih memakainya.",
        "Admin: hapus penugasan yang belum mulai ini."
        if belum_mulai
        else "Admin: akhiri penugasan hari ini.",
    )

"""Rules of pelaksanaan and penilaian: bukti dukung limits, who gives which feedback, who rates.

Shared by the desktop services, the views (to enable actions early) and the server (to decide).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from urllib.parse import urlsplit

from .enums import SumberFeedback
from .errors import DomainError

# SYNC.md "Attachments": 20 MB default; a constant so the admin setting can replace it later.
BATAS_UKURAN_BERKAS = 20 * 1024 * 1024
MAKS_PANJANG_URL = 2000  # the bukti_dukung.url column
MAKS_PANJANG_NAMA_BERKAS = 255

# The allow-list by extension, written out rather than asked of `mimetypes`: that module reads
# the Windows registry, so the same file would get another type (or none) on another laptop.
_PDF = "application/pdf"
_OOXML = "application/vnd.openxmlformats-officedocument"
_ODF = "application/vnd.oasis.opendocument"
MIME_BUKTI_DUKUNG: Mapping[str, str] = MappingProxyType(
    {
        ".pdf": _PDF,
        ".jpg": "image/jpeg",
        ".jpeg": "image/jpeg",
        ".png": "image/png",
        ".gif": "image/gif",
        ".webp": "image/webp",
        ".doc": "application/msword",
        ".docx": f"{_OOXML}.wordprocessingml.document",
        ".xls": "application/vnd.ms-excel",
        ".xlsx": f"{_OOXML}.spreadsheetml.sheet",
        ".ppt": "application/vnd.ms-powerpoint",
        ".pptx": f"{_OOXML}.presentationml.presentation",
        ".odt": f"{_ODF}.text",
        ".ods": f"{_ODF}.spreadsheet",
        ".odp": f"{_ODF}.presentation",
        ".zip": "application/zip",
    }
)
_HOST = re.compile(r"[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*\.?")
JENIS_BERKAS_DIIZINKAN = "PDF, gambar (JPG, PNG, GIF, WEBP), dokumen Office/OpenDocument, atau ZIP"


def format_ukuran(ukuran: int) -> str:
    """Bytes the Indonesian way: "820 KB", "20 MB", "25,3 MB" (1 MB = 1024 × 1024 bytes)."""
    if ukuran < 1024 * 1024:
        return f"{max(1, round(ukuran / 1024))} KB" if ukuran else "0 KB"
    mb = ukuran / (1024 * 1024)
    teks = f"{mb:.0f}" if mb == int(mb) else f"{mb:.1f}"
    return f"{teks.replace('.', ',')} MB"


def mime_bukti_dukung(nama_berkas: str) -> str:
    """The MIME type of an allowed file, from its name; DomainError for any other file."""
    nama = nama_berkas.strip()
    titik = nama.rfind(".")
    ekstensi = nama[titik:].lower() if titik > 0 else ""
    mime = MIME_BUKTI_DUKUNG.get(ekstensi)
    if mime is None:
        jenis = f"Berkas {ekstensi}" if ekstensi else "Berkas tanpa ekstensi"
        raise DomainError(
            f"{jenis} tidak dapat dijadikan bukti dukung. Gunakan {JENIS_BERKAS_DIIZINKAN}, "
            "atau tambahkan tautan."
        )
    if len(nama) > MAKS_PANJANG_NAMA_BERKAS:
        raise DomainError(
            f"Nama berkas terlalu panjang ({len(nama)} karakter, paling banyak "
            f"{MAKS_PANJANG_NAMA_BERKAS}). Ganti nama berkasnya lalu pilih lagi."
        )
    return mime


def periksa_ukuran_berkas(ukuran: int, batas: int = BATAS_UKURAN_BERKAS) -> None:
    """DomainError for an empty file or one over the limit, naming both sizes."""
    if ukuran <= 0:
        raise DomainError("Berkas kosong (0 byte) tidak dapat dijadikan bukti dukung.")
    if ukuran > batas:
        raise DomainError(
            f"Berkas terlalu besar: {format_ukuran(ukuran)}; batasnya {format_ukuran(batas)}. "
            "Perkecil berkasnya, atau unggah ke penyimpanan daring dan tambahkan tautannya."
        )


def periksa_url_bukti_dukung(url: str) -> str:
    """The link, trimmed, if it is a full http(s) address with a host; DomainError otherwise."""
    teks = url.strip()
    contoh = "Tautan harus alamat web lengkap, misalnya https://drive.google.com/…"
    if not teks:
        raise DomainError(f"Tautan bukti dukung belum diisi. {contoh}")
    if len(teks) > MAKS_PANJANG_URL:
        raise DomainError(
            f"Tautan terlalu panjang ({len(teks)} karakter, paling banyak {MAKS_PANJANG_URL})."
        )
    if any(c.isspace() for c in teks):
        raise DomainError(f"Tautan tidak boleh berisi spasi. {contoh}")
    try:
        bagian = urlsplit(teks)
        host = bagian.hostname
        bagian.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as error:
        raise DomainError(f"Tautan tidak valid. {contoh}") from error
    if bagian.scheme.lower() not in ("http", "https"):
        raise DomainError(f"Tautan harus diawali http:// atau https://. {contoh}")
    # Any host name is fine (intranet servers often have no dot); it must only be a name.
    if not host or not (_HOST.fullmatch(host) or ":" in host):
        raise DomainError(f"Tautan tidak memuat nama situs yang valid. {contoh}")
    return teks


@dataclass(frozen=True)
class RelasiPenilaian:
    """How the acting pegawai stands to the pegawai whose SKP is evaluated (current relations).

    `rekan_kerja` already holds the whole rule: both non-JPT and not pimpinan, in the same unit
    or the same tim kerja (S000 3.1.3).
    """

    pemilik: bool = False
    pejabat_penilai: bool = False
    ketua_tim: bool = False
    rekan_kerja: bool = False


def sumber_feedback(relasi: RelasiPenilaian) -> SumberFeedback | None:
    """The label the acting pegawai's feedback carries, or None if they may give none.

    The strongest relation wins: the PPK who also leads the team gives feedback as atasan.
    """
    if relasi.pemilik:
        return None
    if relasi.pejabat_penilai:
        return SumberFeedback.ATASAN
    if relasi.ketua_tim:
        return SumberFeedback.KETUA_TIM
    if relasi.rekan_kerja:
        return SumberFeedback.REKAN_KERJA
    return None


def boleh_feedback_hasil_kerja(sumber: SumberFeedback) -> bool:
    """Atasan and ketua tim comment on IKI; rekan kerja only on perilaku (S000 3.2.1)."""
    return sumber in (SumberFeedback.ATASAN, SumberFeedback.KETUA_TIM)


def boleh_rating(relasi: RelasiPenilaian) -> bool:
    """Only the PPK rates; ketua tim and rekan kerja give feedback only (domain.md §5)."""
    return relasi.pejabat_penilai and not relasi.pemilik


PESAN_RATING_KETUA_TIM = (
    "Ketua tim hanya dapat memberi feedback; rating diberikan oleh pejabat penilai kinerja."
)
PESAN_RATING_BUKAN_PPK = "Hanya pejabat penilai kinerja pegawai ini yang dapat memberi rating."
PESAN_FEEDBACK_SEBELUM_RATING = (
    "Berikan feedback atas hasil kerja pegawai ini lebih dahulu; rating baru dapat disimpan "
    "setelah pejabat penilai memberi umpan balik (ketentuan instansi)."
)
PESAN_REKAN_HASIL_KERJA = (
    "Rekan kerja hanya dapat memberi feedback atas perilaku kerja, bukan atas hasil kerja."
)

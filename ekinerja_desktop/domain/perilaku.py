"""The seven BerAKHLAK core values and their fixed indicators (S001, domain.md §2)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from .enums import NilaiBerakhlak


@dataclass(frozen=True)
class PerilakuDef:
    """One perilaku kerja: the value, its name as printed and its three indicators."""

    nilai: NilaiBerakhlak
    nama: str
    indikator: tuple[str, str, str]


# Texts copied from the guides; they are printed on every SKP, so do not reword them.
BERAKHLAK: tuple[PerilakuDef, ...] = (
    PerilakuDef(
        NilaiBerakhlak.BERORIENTASI_PELAYANAN,
        "Berorientasi Pelayanan",
        (
            "Memahami dan memenuhi kebutuhan masyarakat",
            "Ramah, cekatan, solutif, dan dapat diandalkan",
            "Melakukan perbaikan tiada henti",
        ),
    ),
    PerilakuDef(
        NilaiBerakhlak.AKUNTABEL,
        "Akuntabel",
        (
            "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan "
            "berintegritas tinggi",
            "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan "
            "efisien",
            "Tidak menyalahgunakan kewenangan jabatan",
        ),
    ),
    PerilakuDef(
        NilaiBerakhlak.KOMPETEN,
        "Kompeten",
        (
            "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
            "Membantu orang lain belajar",
            "Melaksanakan tugas dengan kualitas terbaik",
        ),
    ),
    PerilakuDef(
        NilaiBerakhlak.HARMONIS,
        "Harmonis",
        (
            "Menghargai setiap orang apapun latar belakangnya",
            "Suka menolong orang lain",
            "Membangun lingkungan kerja yang kondusif",
        ),
    ),
    PerilakuDef(
        NilaiBerakhlak.LOYAL,
        "Loyal",
        (
            "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia "
            "Tahun 1945, setia pada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah",
            "Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara",
            "Menjaga rahasia jabatan dan negara",
        ),
    ),
    PerilakuDef(
        NilaiBerakhlak.ADAPTIF,
        "Adaptif",
        (
            "Cepat menyesuaikan diri menghadapi perubahan",
            "Terus berinovasi dan mengembangkan kreativitas",
            "Bertindak proaktif",
        ),
    ),
    PerilakuDef(
        NilaiBerakhlak.KOLABORATIF,
        "Kolaboratif",
        (
            "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
            "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
            "Menggerakkan pemanfaatan berbagai sumberdaya untuk tujuan bersama",
        ),
    ),
)

_PER_NILAI: Mapping[NilaiBerakhlak, PerilakuDef] = MappingProxyType({p.nilai: p for p in BERAKHLAK})


def perilaku(nilai: NilaiBerakhlak) -> PerilakuDef:
    """The definition of one core value."""
    return _PER_NILAI[nilai]

"""The SKP template for drafting in Excel (issue 6, USERS.md pain 9): its declared columns, what
a downloaded template is prefilled with, what a read-back template holds, and the errors an
import reports by sheet, row and column.

Layout (one row per IKI, as the printed SKP): a row with text in "Rencana Hasil Kerja" starts
an RHK; the rows below it with that cell empty are further IKI of the same RHK. The hidden
columns "ID RHK" / "ID IKI" carry the ids of existing rows, so an import updates them in place
instead of creating copies; the cell "ID SKP" in the header block names the SKP the file is
for. The Qt-free reader and writer live in `reports/excel/template_skp.py`; the checks and the
one unit of work of the import in `services/impor_skp.py`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from ekinerja_desktop.domain import JenisSkp, Pendekatan
from ekinerja_desktop.services.queries_skp import RhkRow, SkpHeader

SHEET_HASIL_KERJA = "Hasil Kerja"
SHEET_PILIHAN = "Pilihan"
LABEL_ID_SKP = "ID SKP"
MAKS_LABEL = 240  # a list-validation value Excel still compares whole (its limit is 255)


class KolomTemplate(StrEnum):
    JENIS = "JENIS"
    RHK_PIMPINAN = "RHK_PIMPINAN"
    RHK = "RHK"
    ASPEK = "ASPEK"
    PERSPEKTIF = "PERSPEKTIF"
    IKI = "IKI"
    TARGET_MIN = "TARGET_MIN"
    TARGET_MAX = "TARGET_MAX"
    SATUAN = "SATUAN"
    KLASIFIKASI = "KLASIFIKASI"
    TAUTAN = "TAUTAN"
    PENUGASAN = "PENUGASAN"
    ID_RHK = "ID_RHK"
    ID_IKI = "ID_IKI"


JUDUL_KOLOM: Mapping[KolomTemplate, str] = {
    KolomTemplate.JENIS: "Jenis RHK",
    KolomTemplate.RHK_PIMPINAN: "RHK Pimpinan yang Diintervensi",
    KolomTemplate.RHK: "Rencana Hasil Kerja",
    KolomTemplate.ASPEK: "Aspek",
    KolomTemplate.PERSPEKTIF: "Perspektif",
    KolomTemplate.IKI: "Indikator Kinerja Individu",
    KolomTemplate.TARGET_MIN: "Target Min",
    KolomTemplate.TARGET_MAX: "Target Max",
    KolomTemplate.SATUAN: "Satuan",
    KolomTemplate.KLASIFIKASI: "Klasifikasi",
    KolomTemplate.TAUTAN: "Unit/Tim (RHK Organisasi)",
    KolomTemplate.PENUGASAN: "Penugasan Dari",
    KolomTemplate.ID_RHK: "ID RHK",
    KolomTemplate.ID_IKI: "ID IKI",
}
JUDUL_IKI_KUALITATIF = "IKI dan Target"

# Cells that belong to the RHK (read from the row that starts it), the rest to the IKI.
KOLOM_RHK = frozenset(
    {
        KolomTemplate.JENIS,
        KolomTemplate.RHK_PIMPINAN,
        KolomTemplate.RHK,
        KolomTemplate.KLASIFIKASI,
        KolomTemplate.TAUTAN,
        KolomTemplate.PENUGASAN,
        KolomTemplate.ID_RHK,
    }
)
KOLOM_TERSEMBUNYI = frozenset({KolomTemplate.ID_RHK, KolomTemplate.ID_IKI})


def kolom_template(jenis: JenisSkp, pendekatan: Pendekatan) -> tuple[KolomTemplate, ...]:
    """The columns in the printed SKP's order (domain.md §10): JA/JF "RHK pimpinan, RHK, Aspek,
    IKI, Target"; JPT "RHK, IKI, Target, Perspektif" (a JPT may still name a leader RHK)."""
    k = KolomTemplate
    target = (k.TARGET_MIN, k.TARGET_MAX, k.SATUAN) if pendekatan is Pendekatan.KUANTITATIF else ()
    if jenis is JenisSkp.JPT:
        inti: tuple[KolomTemplate, ...] = (
            k.JENIS,
            k.RHK,
            k.IKI,
            *target,
            k.PERSPEKTIF,
            k.RHK_PIMPINAN,
        )
    else:
        inti = (k.JENIS, k.RHK_PIMPINAN, k.RHK, k.ASPEK, k.IKI, *target)
    return (*inti, k.KLASIFIKASI, k.TAUTAN, k.PENUGASAN, k.ID_RHK, k.ID_IKI)


def judul_kolom(kolom: KolomTemplate, pendekatan: Pendekatan) -> str:
    if kolom is KolomTemplate.IKI and pendekatan is Pendekatan.KUALITATIF:
        return JUDUL_IKI_KUALITATIF
    return JUDUL_KOLOM[kolom]


# --- errors ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class KesalahanImpor:
    """One reason a file cannot be imported, located as precisely as it can be."""

    pesan: str
    sheet: str | None = None
    baris: int | None = None
    kolom: str | None = None  # the column letter, "E"
    judul_kolom: str | None = None

    @property
    def id(self) -> str:  # rows of a table model carry an id
        return f"{self.sheet}|{self.baris}|{self.kolom}|{self.pesan}"

    @property
    def lokasi(self) -> str:
        """ "Sheet 'Hasil Kerja', baris 7, kolom E (Target Min)" (as much as is known)."""
        bagian = []
        if self.sheet is not None:
            bagian.append(f"Sheet '{self.sheet}'")
        if self.baris is not None:
            bagian.append(f"baris {self.baris}")
        if self.kolom is not None:
            judul = f" ({self.judul_kolom})" if self.judul_kolom else ""
            bagian.append(f"kolom {self.kolom}{judul}")
        return ", ".join(bagian)

    def __str__(self) -> str:
        return f"{self.lokasi}: {self.pesan}" if self.lokasi else self.pesan


# --- what a template holds ---------------------------------------------------------------------


@dataclass(frozen=True)
class PilihanTeks:
    """A choice of a list validation: the text in the cell and what it stands for."""

    label: str
    id: str


@dataclass(frozen=True)
class TemplateSkpData:
    """Everything `tulis_template` writes; `label_*` give an existing RHK's cell text."""

    header: SkpHeader
    kolom: tuple[KolomTemplate, ...]
    rhk: tuple[RhkRow, ...]
    rhk_pimpinan: tuple[PilihanTeks, ...]
    tautan: tuple[PilihanTeks, ...]
    label_intervensi: Mapping[str, str]
    label_tautan: Mapping[str, str]
    boleh_impor: bool  # the acting user owns this Draft SKP

    def judul(self, kolom: KolomTemplate) -> str:
        return judul_kolom(kolom, self.header.pendekatan)


@dataclass(frozen=True)
class BarisTemplate:
    """One non-empty data row of a read-back template: its Excel row number and its cells."""

    nomor: int
    nilai: Mapping[KolomTemplate, object]


@dataclass(frozen=True)
class BacaanTemplate:
    """A template as read from a file: the SKP it names, where each column was found, the
    rows, and the errors found in the file's structure (nothing is imported if there are any)."""

    nama_berkas: str
    skp_id: str | None
    huruf: Mapping[KolomTemplate, str]
    judul: Mapping[KolomTemplate, str]
    baris: tuple[BarisTemplate, ...]
    kesalahan: tuple[KesalahanImpor, ...] = ()

    def kesalahan_sel(self, baris: int, kolom: KolomTemplate, pesan: str) -> KesalahanImpor:
        return KesalahanImpor(
            pesan, SHEET_HASIL_KERJA, baris, self.huruf.get(kolom), self.judul.get(kolom)
        )

"""What every printed document shares: fonts, styles, the page with "Halaman x dari y", identity
tables and signature blocks.

Layout rules that answer USERS.md pain 10 (cut-off signatures, clipped columns): every cell is a
wrapping `Paragraph` (long words are split too), tables split between rows and inside a row that
is taller than a page, headers repeat on every page, and a signature block is one unsplittable
row kept together with its heading. Fonts are embedded (DejaVu Sans Condensed, shipped with the
package), so the print looks the same on every machine and covers any Latin name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    LongTable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ekinerja_desktop.domain import NAMA_BULAN, format_tanggal

# Re-exported: the print options live in reports/opsi.py, which the views load without reportlab.
from ekinerja_desktop.reports.opsi import Dibatalkan as Dibatalkan
from ekinerja_desktop.reports.opsi import OpsiCetak as OpsiCetak
from ekinerja_desktop.reports.opsi import TandaTangan as TandaTangan
from ekinerja_desktop.services.dokumen import Orang

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FONT = "EKSans"
FONT_BOLD = "EKSans-Bold"
FONT_ITALIC = "EKSans-Italic"
_FONT_FILES = {
    FONT: "DejaVuSansCondensed.ttf",
    FONT_BOLD: "DejaVuSansCondensed-Bold.ttf",
    FONT_ITALIC: "DejaVuSansCondensed-Oblique.ttf",
}

MARGIN = 14 * mm
MARGIN_BAWAH = 16 * mm  # room for the footer line
LEBAR_POTRET = A4[0] - 2 * MARGIN
LEBAR_LANSKAP = landscape(A4)[0] - 2 * MARGIN
ABU = colors.HexColor("#E4E4E4")
ABU_MUDA = colors.HexColor("#F3F3F3")
ABU_TEKS = colors.HexColor("#555555")
KOSONG = "-"
RUANG_TANDA_TANGAN = 16 * mm
_TANPA_PADDING = (
    # Plain-string cells (even empty ones) are drawn in the table's font: never Helvetica.
    ("FONTNAME", (0, 0), (-1, -1), FONT),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
)


_terdaftar: list[bool] = []


def daftarkan_font() -> None:
    """Register the embedded fonts once per process (reportlab keeps a global registry);
    needed before the first Paragraph is made, so `m()` and `p()` call it."""
    if _terdaftar:
        return
    for nama, berkas in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(nama, str(FONT_DIR / berkas)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
    )
    _terdaftar.append(True)


# --- styles and text -----------------------------------------------------------------------------


def _gaya(nama: str, **kw: Any) -> ParagraphStyle:
    dasar: dict[str, Any] = {
        "fontName": FONT,
        "fontSize": 8,
        "leading": 10,
        "splitLongWords": 1,
        "allowWidows": 0,
        "allowOrphans": 0,
    }
    dasar.update(kw)
    return ParagraphStyle(nama, **dasar)


class Gaya:
    """The paragraph styles of all documents (8 pt in tables, as on the e-Kinerja prints)."""

    sel = _gaya("sel")
    sel_tengah = _gaya("sel_tengah", alignment=TA_CENTER)
    sel_tebal = _gaya("sel_tebal", fontName=FONT_BOLD)
    sel_kecil = _gaya("sel_kecil", fontSize=7, leading=8.6, textColor=ABU_TEKS, spaceBefore=2)
    kepala = _gaya("kepala", fontName=FONT_BOLD, fontSize=7.5, leading=9, alignment=TA_CENTER)
    judul = _gaya("judul", fontName=FONT_BOLD, fontSize=12, leading=15, alignment=TA_CENTER)
    subjudul = _gaya("subjudul", fontName=FONT_BOLD, fontSize=9, leading=12, alignment=TA_CENTER)
    teks = _gaya("teks", fontSize=9, leading=11.5)
    teks_kanan = _gaya("teks_kanan", fontSize=9, leading=11.5, alignment=TA_RIGHT)
    teks_tebal = _gaya("teks_tebal", fontName=FONT_BOLD, fontSize=9, leading=11.5)
    ttd = _gaya("ttd", fontSize=9, leading=11.5, alignment=TA_LEFT)
    ttd_nama = _gaya("ttd_nama", fontName=FONT_BOLD, fontSize=9, leading=11.5)
    anchor = _gaya("anchor", fontSize=9, leading=11.5, textColor=colors.HexColor("#333333"))


def esc(teks: str | None) -> str:
    """User text as paragraph markup: escaped, line breaks kept."""
    bersih = (teks or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    return escape(bersih).replace("\n", "<br/>")


def p(teks: str | None, gaya: ParagraphStyle | None = None, kosong: str = KOSONG) -> Paragraph:
    """A wrapping cell of user text; `kosong` stands in for an empty value."""
    daftarkan_font()
    isi = esc(teks)
    return Paragraph(isi if isi else escape(kosong), gaya or Gaya.sel)


def m(markup: str, gaya: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of markup built by the writer (already escaped)."""
    daftarkan_font()
    return Paragraph(markup, gaya or Gaya.sel)


def daftar_bernomor(item: Sequence[str], gaya: ParagraphStyle | None = None) -> Paragraph:
    if not item:
        return p("", gaya)
    baris = [f"{n}. {esc(t)}" for n, t in enumerate(item, start=1)]
    return m("<br/>".join(baris), gaya)


def daftar_titik(item: Sequence[str], gaya: ParagraphStyle | None = None) -> Paragraph:
    return m("<br/>".join(f"- {esc(t)}" for t in item), gaya)


def teks_periode_penilaian(awal: date, akhir: date) -> str:
    """ "1 JANUARI SD 31 DESEMBER TAHUN 2026" (the heading of every SKP print)."""
    a = f"{awal.day} {NAMA_BULAN[awal.month - 1].upper()}"
    if awal.year != akhir.year:
        a = f"{a} {awal.year}"
    return f"{a} SD {akhir.day} {NAMA_BULAN[akhir.month - 1].upper()} TAHUN {akhir.year}"


# --- tables --------------------------------------------------------------------------------------


def gaya_tabel(*extra: tuple[Any, ...], grid: bool = True) -> TableStyle:
    garis = [("GRID", (0, 0), (-1, -1), 0.5, colors.black)] if grid else []
    return TableStyle(
        [
            *garis,
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            *extra,
        ]
    )


class _TabelBaris(LongTable):  # type: ignore[misc]
    """A table split between rows, and inside a row only where that cannot look wrong: at the
    top of a page (the row is taller than a page), or for the table's start when a good part of
    the page is left. reportlab's own `splitInRow` also splits the continuation of a table into
    the space left at a page end, drawing the repeated header a second time on that page."""

    _ek_lanjutan = False

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        self._calc(availWidth, availHeight)
        hasil: list[Any] = list(self._splitRows(availHeight, doInRowSplit=0))
        if not hasil:
            frame = getattr(self, "_frame", None)
            di_atas = frame is None or getattr(frame, "_atTop", True)
            lega = frame is not None and availHeight >= 0.4 * frame._height
            if not (di_atas or (lega and not self._ek_lanjutan)):
                return []  # the next page has room for the whole row
            hasil = list(self._splitRows(availHeight, doInRowSplit=1))
        for bagian in hasil[1:]:
            bagian._ek_lanjutan = True
        return hasil


def tabel(
    data: list[list[Any]],
    lebar: Sequence[float],
    gaya: TableStyle | None = None,
    ulang: int = 0,
    tinggi: Sequence[float | None] | None = None,
) -> Table:
    """A table that splits between rows, and inside a row taller than a page."""
    t = _TabelBaris(
        data,
        colWidths=list(lebar),
        rowHeights=list(tinggi) if tinggi is not None else None,
        repeatRows=ulang,
        splitByRow=1,
        splitInRow=1,
        hAlign="LEFT",
    )
    t.setStyle(gaya or gaya_tabel())
    return t


def lebar_kolom(total: float, porsi: Sequence[float]) -> list[float]:
    jumlah = sum(porsi)
    return [total * x / jumlah for x in porsi]


def judul(*baris: str) -> list[Flowable]:
    hasil: list[Flowable] = [m(esc(baris[0]), Gaya.judul)]
    hasil.extend(m(esc(b), Gaya.subjudul) for b in baris[1:])
    hasil.append(Spacer(1, 3 * mm))
    return hasil


def baris_instansi(instansi: str, awal: date, akhir: date, lebar: float) -> Table:
    """Instansi on the left, "PERIODE PENILAIAN: …" on the right (S001 heading)."""
    t = Table(
        [
            [
                p(instansi.upper(), Gaya.teks_tebal, kosong=""),
                m(f"PERIODE PENILAIAN: {teks_periode_penilaian(awal, akhir)}", Gaya.teks_kanan),
            ]
        ],
        colWidths=[lebar * 0.5, lebar * 0.5],
        hAlign="LEFT",
    )
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return t


_LABEL_IDENTITAS = ("NAMA", "NIP", "PANGKAT/GOL. RUANG", "JABATAN", "UNIT KERJA")


def _isi_identitas(o: Orang) -> tuple[str, ...]:
    return (o.nama, o.nip, o.pangkat_golongan, o.jabatan, o.unit_kerja)


def tabel_identitas(pegawai: Orang, penilai: Orang, lebar: float) -> Table:
    """The two-sided identity block: NO | PEGAWAI YANG DINILAI | NO | PEJABAT PENILAI KINERJA."""
    data: list[list[Any]] = [
        [
            m("NO", Gaya.kepala),
            m("PEGAWAI YANG DINILAI", Gaya.kepala),
            "",
            m("NO", Gaya.kepala),
            m("PEJABAT PENILAI KINERJA", Gaya.kepala),
            "",
        ]
    ]
    kiri, kanan = _isi_identitas(pegawai), _isi_identitas(penilai)
    for n, label in enumerate(_LABEL_IDENTITAS):
        data.append(
            [
                m(str(n + 1), Gaya.sel_tengah),
                m(label),
                p(kiri[n]),
                m(str(n + 1), Gaya.sel_tengah),
                m(label),
                p(kanan[n]),
            ]
        )
    gaya = gaya_tabel(
        ("SPAN", (1, 0), (2, 0)),
        ("SPAN", (4, 0), (5, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), ABU),
    )
    return tabel(data, lebar_kolom(lebar, (5, 24, 39, 5, 24, 39)), gaya)


def baris_identitas(o: Orang) -> list[list[Any]]:
    """NAMA : …, NIP : …: the rows of one person in the evaluation's form-like table."""
    return [
        [m(label), m(":", Gaya.sel_tengah), p(isi)]
        for label, isi in zip(_LABEL_IDENTITAS, _isi_identitas(o), strict=True)
    ]


# --- signatures ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Penanda:
    """One signature block: the role line, the person, and where/when they sign."""

    peran: str  # "Pegawai yang Dinilai", "6. Pejabat Penilai Kinerja"
    orang: Orang
    tanda_tangan: TandaTangan
    jabatan: bool = False  # print the jabatan line (an acting PLT/PLH signer)


def _sel_tanda_tangan(t: Penanda) -> list[Flowable]:
    tt = t.tanda_tangan
    tempat = ", ".join(x for x in (tt.lokasi.strip(), format_tanggal(tt.tanggal)) if x)
    isi: list[Flowable] = [m(esc(tempat), Gaya.ttd), m(esc(t.peran), Gaya.ttd)]
    if t.jabatan and t.orang.jabatan:
        isi.append(m(esc(t.orang.jabatan), Gaya.ttd))
    # The signing space has one height with or without an anchor, so both blocks line up.
    ruang = Table(
        [[m(esc(tt.anchor.strip()), Gaya.anchor) if tt.anchor.strip() else ""]],
        colWidths=[None],
        rowHeights=[RUANG_TANDA_TANGAN],
    )
    ruang.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *_TANPA_PADDING]))
    isi.append(ruang)
    nama = esc(t.orang.nama) if t.orang.ada else "(" + "." * 40 + ")"
    isi.append(m(f"<u>{nama}</u>", Gaya.ttd_nama))
    nip = t.orang.nip
    isi.append(m(f"NIP {esc(nip)}" if nip else "NIP " + "." * 30, Gaya.ttd))
    return isi


def blok_tanda_tangan(kiri: Penanda, kanan: Penanda, lebar: float) -> KeepTogether:
    """Two signature blocks side by side, never split across pages (one table row)."""
    return KeepTogether(isi_tanda_tangan(kiri, kanan, lebar))


def isi_tanda_tangan(kiri: Penanda, kanan: Penanda, lebar: float) -> list[Flowable]:
    """The flowables of `blok_tanda_tangan`, for a caller's own KeepTogether (reportlab cannot
    nest one KeepTogether in another: the inner one reports an endless height)."""
    t = Table(
        [[_sel_tanda_tangan(kiri), "", _sel_tanda_tangan(kanan)]],
        colWidths=[lebar * 0.44, lebar * 0.12, lebar * 0.44],
        hAlign="LEFT",
    )
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [Spacer(1, 5 * mm), t]


def penanda_pegawai_ppk(
    pegawai: Orang,
    penilai: Orang,
    opsi: OpsiCetak,
    label_pegawai: str = "Pegawai yang Dinilai",
    label_penilai: str = "Pejabat Penilai Kinerja",
) -> tuple[Penanda, Penanda]:
    return (
        Penanda(label_pegawai, pegawai, opsi.pegawai, jabatan=pegawai.pelaksana),
        Penanda(label_penilai, penilai, opsi.pejabat_penilai, jabatan=penilai.pelaksana),
    )


# --- the document --------------------------------------------------------------------------------


@dataclass(frozen=True)
class BagianPdf:
    """One document of a (possibly merged) PDF: its own pages numbered "Halaman x dari y"."""

    story: Sequence[Flowable]
    kaki: str  # the footer's left text: the document and whose it is
    lanskap: bool = False


class _Penanda(Flowable):  # type: ignore[misc]
    """Zero-size marker at the start of a BagianPdf: tells the canvas which document the page
    belongs to, reports progress and lets a cancel stop the build."""

    def __init__(
        self,
        indeks: int,
        kaki: str,
        progres: Callable[[int], None] | None,
        dibatalkan: Callable[[], bool] | None,
    ) -> None:
        super().__init__()
        self.indeks = indeks
        self.kaki = kaki
        self.progres = progres
        self.dibatalkan = dibatalkan
        self.width = self.height = 0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        if self.dibatalkan is not None and self.dibatalkan():
            raise Dibatalkan
        self.canv._ek_bagian = (self.indeks, self.kaki)
        if self.progres is not None:
            self.progres(self.indeks)


class _KanvasBernomor(Canvas):  # type: ignore[misc]
    """Holds every page until the end so each can say "Halaman x dari y" of its own document."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Without this the canvas starts every page in Helvetica, a font nobody embedded.
        kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT
        super().__init__(*args, **kwargs)
        self._ek_bagian: tuple[int, str] = (0, "")
        self._ek_halaman: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._ek_halaman.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        jumlah = Counter(h["_ek_bagian"][0] for h in self._ek_halaman)
        ke: Counter[int] = Counter()
        for halaman in self._ek_halaman:
            self.__dict__.update(halaman)
            indeks, kaki = halaman["_ek_bagian"]
            ke[indeks] += 1
            self._kaki(kaki, ke[indeks], jumlah[indeks])
            Canvas.showPage(self)
        Canvas.save(self)

    def _kaki(self, kaki: str, nomor: int, total: int) -> None:
        lebar, _ = self._pagesize
        self.saveState()
        self.setFont(FONT, 7)
        self.setFillColor(ABU_TEKS)
        self.setStrokeColor(ABU)
        self.line(MARGIN, 11 * mm, lebar - MARGIN, 11 * mm)
        if kaki:
            teks = kaki if len(kaki) <= 120 else kaki[:117] + "..."
            self.drawString(MARGIN, 7.5 * mm, teks)
        self.drawRightString(lebar - MARGIN, 7.5 * mm, f"Halaman {nomor} dari {total}")
        self.restoreState()


def _templat(nama: str, ukuran: tuple[float, float]) -> PageTemplate:
    frame = Frame(
        MARGIN,
        MARGIN_BAWAH,
        ukuran[0] - 2 * MARGIN,
        ukuran[1] - MARGIN - MARGIN_BAWAH,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=f"isi_{nama}",
    )
    return PageTemplate(id=nama, frames=[frame], pagesize=ukuran)


def tulis_pdf(
    bagian: Sequence[BagianPdf],
    tujuan: str | Path | BinaryIO,
    judul_pdf: str,
    progres: Callable[[int], None] | None = None,
    dibatalkan: Callable[[], bool] | None = None,
) -> None:
    """Lay out the documents into one PDF, each starting on a new page with its own numbering.

    `progres(i)` is called when document i starts being drawn; `dibatalkan()` is asked at the
    same moments and raises `Dibatalkan` when it answers True.
    """
    if not bagian:
        raise ValueError("no document to write")
    daftarkan_font()
    target = str(tujuan) if isinstance(tujuan, Path) else tujuan
    templat = [_templat("potret", A4), _templat("lanskap", landscape(A4))]
    if bagian[0].lanskap:
        templat.reverse()
    doc = BaseDocTemplate(
        target,
        pagesize=landscape(A4) if bagian[0].lanskap else A4,
        pageTemplates=templat,
        title=judul_pdf,
        author="e-Kinerja Desktop",
        creator="e-Kinerja Desktop",
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN_BAWAH,
    )
    story: list[Flowable] = []
    for i, b in enumerate(bagian):
        if i > 0:
            story.append(NextPageTemplate("lanskap" if b.lanskap else "potret"))
            story.append(PageBreak())
        story.append(_Penanda(i, b.kaki, progres, dibatalkan))
        story.extend(b.story)
    doc.build(story, canvasmaker=_KanvasBernomor)

"""Reading the PDFs back as a person would: text in reading order, pages, PNGs, word boxes."""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader


def _reader(pdf: bytes | Path) -> PdfReader:
    return PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else str(pdf))


def rapat(teks: str) -> str:
    """Whitespace collapsed: line breaks of wrapped cells become single spaces."""
    return re.sub(r"\s+", " ", teks).strip()


def halaman(pdf: bytes | Path) -> list[str]:
    return [rapat(p.extract_text() or "") for p in _reader(pdf).pages]


def teks(pdf: bytes | Path) -> str:
    return " ".join(halaman(pdf))


def jumlah_halaman(pdf: bytes | Path) -> int:
    return len(_reader(pdf).pages)


def ukuran_halaman(pdf: bytes | Path) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in _reader(pdf).pages]


def assert_urut(isi: str, potongan: list[str]) -> None:
    """Every piece present, each after the one before it."""
    posisi = 0
    for bagian in potongan:
        cari = rapat(bagian)
        ketemu = isi.find(cari, posisi)
        assert ketemu >= 0, f"missing or out of order: {cari!r} (after position {posisi})"
        posisi = ketemu + len(cari)


def font_tidak_tertanam(pdf: bytes | Path) -> set[str]:
    """Fonts a viewer would have to find on the machine (none allowed)."""
    hasil: set[str] = set()
    for page in _reader(pdf).pages:
        fonts = page.get("/Resources", {}).get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            nama = str(font.get("/BaseFont"))
            if font.get("/Subtype") == "/Type0":
                desc = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            else:
                desc = font.get("/FontDescriptor")
            desc = desc.get_object() if desc is not None else None
            if desc is None or not any(
                k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")
            ):
                hasil.add(nama)
    return hasil


def png(pdf: Path, folder: Path, resolusi: int = 30) -> list[Path]:
    """Every page rendered by poppler (as CI does), one PNG each."""
    folder.mkdir(parents=True, exist_ok=True)
    awalan = folder / pdf.stem
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(resolusi), str(pdf), str(awalan)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return sorted(folder.glob(f"{pdf.stem}-*.png"))


@dataclass(frozen=True)
class Kata:
    halaman: int
    x0: float
    y0: float
    x1: float
    y1: float
    lebar_halaman: float
    tinggi_halaman: float
    teks: str


def kata(pdf: Path) -> list[Kata]:
    """Every word with its box (pdftotext -bbox), to find text that leaves the page."""
    keluaran = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, timeout=120
    ).stdout.decode("utf-8")
    hasil: list[Kata] = []
    n, w, h = 0, 0.0, 0.0
    for baris in keluaran.splitlines():
        if m := re.search(r'<page width="([\d.]+)" height="([\d.]+)"', baris):
            n, w, h = n + 1, float(m[1]), float(m[2])
        elif m := re.search(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>',
            baris,
        ):
            x0, y0, x1, y1 = (float(m[i]) for i in range(1, 5))
            hasil.append(Kata(n, x0, y0, x1, y1, w, h, m[5]))
    return hasil


def assert_dalam_halaman(pdf: Path, margin: float = 20.0) -> None:
    """No word crosses the page's printable area (a clipped column would)."""
    luar = [
        k
        for k in kata(pdf)
        if k.x0 < margin or k.x1 > k.lebar_halaman - margin or k.y1 > k.tinggi_halaman - 10
    ]
    assert not luar, f"text outside the printable area: {luar[:5]}"


def assert_png_sesuai(pdf: Path, folder: Path) -> list[Path]:
    gambar = png(pdf, folder)
    assert len(gambar) == jumlah_halaman(pdf)
    assert all(g.stat().st_size > 500 for g in gambar)
    return gambar

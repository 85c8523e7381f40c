"""Writing a document to a file and the checks every printed document must pass."""

from __future__ import annotations

from pathlib import Path

from ekinerja_desktop.reports.pdf.batch import pdf_bytes
from ekinerja_desktop.reports.pdf.common import OpsiCetak
from ekinerja_desktop.services.dokumen_layanan import Dokumen
from tests.dokumen import pdf_util


def tulis(dok: Dokumen, opsi: OpsiCetak, folder: Path, nama: str) -> Path:
    path = folder / f"{nama}.pdf"
    path.write_bytes(pdf_bytes(dok, opsi, nama))
    return path


def periksa_umum(pdf: Path, folder: Path) -> list[str]:
    """Embedded fonts only, every page numbered "Halaman i dari n", every page rendered to a
    PNG by poppler, no word outside the printable area. Returns the pages' text."""
    assert pdf_util.font_tidak_tertanam(pdf) == set()
    halaman = pdf_util.halaman(pdf)
    n = len(halaman)
    for i, isi in enumerate(halaman, start=1):
        assert f"Halaman {i} dari {n}" in isi
    pdf_util.assert_png_sesuai(pdf, folder / "png")
    pdf_util.assert_dalam_halaman(pdf)
    return halaman

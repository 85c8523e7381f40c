"""Writing documents: one to bytes for the preview, or a batch (every Dokumen Evaluasi of a unit
for a period, …) into one merged PDF or one file per pegawai.

Plain Python with a `progres(selesai, total, teks)` callback and a `dibatalkan()` predicate, so
the views run it on a worker thread and a cancel stops it between two documents (or two pages of
the merged layout). Output appears only when complete: the merged PDF is written to a temporary
file beside the target and renamed at the end; single files go to a temporary folder first and
are moved in at the end. A cancel or an error leaves the target as it was.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ekinerja_desktop.errors import UserError
from ekinerja_desktop.reports.pdf.common import BagianPdf, Dibatalkan, OpsiCetak, tulis_pdf
from ekinerja_desktop.reports.pdf.evaluasi import bagian_evaluasi
from ekinerja_desktop.reports.pdf.form_penilaian import bagian_form_penilaian
from ekinerja_desktop.reports.pdf.lampiran import bagian_lampiran
from ekinerja_desktop.reports.pdf.manual_iki import bagian_manual_iki
from ekinerja_desktop.reports.pdf.mph import bagian_mph
from ekinerja_desktop.reports.pdf.rencana_skp import bagian_rencana_skp
from ekinerja_desktop.services.dokumen import LampiranDok, ManualIkiDok, RencanaSkpDok
from ekinerja_desktop.services.dokumen_layanan import (
    Dokumen,
    ItemBatch,
    JenisDokumen,
    muat_dokumen,
)
from ekinerja_desktop.services.dokumen_mph import MphDok
from ekinerja_desktop.services.dokumen_penilaian import (
    CacheDistribusi,
    EvaluasiDok,
    FormPenilaianDok,
)
from ekinerja_desktop.services.uow import UnitOfWork

Progres = Callable[[int, int, str], None]


def bagian(dok: Dokumen, opsi: OpsiCetak) -> BagianPdf:
    """The pages of one document, whatever its kind."""
    if isinstance(dok, RencanaSkpDok):
        return bagian_rencana_skp(dok, opsi)
    if isinstance(dok, LampiranDok):
        return bagian_lampiran(dok, opsi)
    if isinstance(dok, ManualIkiDok):
        return bagian_manual_iki(dok)
    if isinstance(dok, FormPenilaianDok):
        return bagian_form_penilaian(dok, opsi)
    if isinstance(dok, EvaluasiDok):
        return bagian_evaluasi(dok, opsi)
    if isinstance(dok, MphDok):
        return bagian_mph(dok)
    raise TypeError(f"not a printable document: {type(dok).__name__}")


def pdf_bytes(dok: Dokumen, opsi: OpsiCetak, judul_pdf: str) -> bytes:
    buffer = io.BytesIO()
    tulis_pdf([bagian(dok, opsi)], buffer, judul_pdf)
    return buffer.getvalue()


def nama_berkas(jenis: JenisDokumen, nama: str, nip: str = "") -> str:
    """ "Dokumen_Evaluasi_Kinerja_199001012015011003_Ni_Luh_Putu_Dewi_ONeil.pdf": ASCII only, so
    the name survives zip files, e-mail and old Windows shares."""
    polos = unicodedata.normalize("NFKD", f"{jenis.label} {nip} {nama}")
    polos = polos.encode("ascii", "ignore").decode("ascii").replace("'", "")
    polos = re.sub(r"[^A-Za-z0-9]+", "_", polos).strip("_")
    return f"{polos[:120] or 'dokumen'}.pdf"


@dataclass(frozen=True)
class PermintaanBatch:
    jenis: JenisDokumen
    item: Sequence[ItemBatch]
    opsi: OpsiCetak
    tujuan: Path  # the merged PDF, or the folder for one file per pegawai
    gabung: bool


@dataclass(frozen=True)
class HasilBatch:
    berkas: tuple[Path, ...]
    jumlah_dokumen: int
    dibatalkan: bool = False
    gagal: tuple[tuple[str, str], ...] = ()  # (pegawai, message) of documents left out


def cetak_batch(
    uow: UnitOfWork,
    permintaan: PermintaanBatch,
    progres: Progres | None = None,
    dibatalkan: Callable[[], bool] | None = None,
) -> HasilBatch:
    if not permintaan.item:
        raise UserError("Tidak ada dokumen untuk dicetak pada pilihan ini.")
    lapor = progres or (lambda _a, _b, _c: None)
    batal = dibatalkan or (lambda: False)
    try:
        if permintaan.gabung:
            return _gabung(uow, permintaan, lapor, batal)
        return _per_pegawai(uow, permintaan, lapor, batal)
    except Dibatalkan:
        return HasilBatch((), 0, dibatalkan=True)


def _kumpulkan(
    uow: UnitOfWork,
    p: PermintaanBatch,
    lapor: Progres,
    batal: Callable[[], bool],
    total: int,
) -> tuple[list[tuple[ItemBatch, BagianPdf]], list[tuple[str, str]]]:
    """Read every document's data and build its pages (not laid out yet)."""
    cache = CacheDistribusi()
    hasil: list[tuple[ItemBatch, BagianPdf]] = []
    gagal: list[tuple[str, str]] = []
    with uow.read() as session:
        for i, item in enumerate(p.item):
            if batal():
                raise Dibatalkan
            lapor(i, total, f"Menyiapkan {item.pegawai_nama}")
            try:
                dok = muat_dokumen(session, p.jenis, item.target_id, cache)
            except UserError as error:  # e.g. deleted meanwhile: report it, print the rest
                gagal.append((item.pegawai_nama, str(error)))
                continue
            hasil.append((item, bagian(dok, p.opsi)))
    return hasil, gagal


def _gabung(
    uow: UnitOfWork, p: PermintaanBatch, lapor: Progres, batal: Callable[[], bool]
) -> HasilBatch:
    n = len(p.item)
    total = 2 * n  # reading, then laying out
    siap, gagal = _kumpulkan(uow, p, lapor, batal, total)
    if not siap:
        raise UserError("Tidak ada dokumen yang dapat dicetak.")
    p.tujuan.parent.mkdir(parents=True, exist_ok=True)
    fd, sementara = tempfile.mkstemp(
        prefix=f".{p.tujuan.stem}-", suffix=".tmp", dir=p.tujuan.parent
    )
    os.close(fd)
    try:

        def halaman(i: int) -> None:
            lapor(n + i, total, f"Menyusun halaman {siap[i][0].pegawai_nama}")

        tulis_pdf([b for _, b in siap], sementara, p.jenis.label, halaman, batal)
        os.replace(sementara, p.tujuan)
    except BaseException:
        Path(sementara).unlink(missing_ok=True)
        raise
    lapor(total, total, "Selesai")
    return HasilBatch((p.tujuan,), len(siap), gagal=tuple(gagal))


def _per_pegawai(
    uow: UnitOfWork, p: PermintaanBatch, lapor: Progres, batal: Callable[[], bool]
) -> HasilBatch:
    n = len(p.item)
    p.tujuan.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=".ekinerja-cetak-", dir=p.tujuan))
    cache = CacheDistribusi()
    gagal: list[tuple[str, str]] = []
    ditulis: list[str] = []
    try:
        with uow.read() as session:
            for i, item in enumerate(p.item):
                if batal():
                    raise Dibatalkan
                lapor(i, n, f"Menulis {item.pegawai_nama}")
                try:
                    dok = muat_dokumen(session, p.jenis, item.target_id, cache)
                except UserError as error:
                    gagal.append((item.pegawai_nama, str(error)))
                    continue
                nama = _unik(nama_berkas(p.jenis, item.pegawai_nama, item.nip), ditulis)
                tulis_pdf(
                    [bagian(dok, p.opsi)], folder / nama, f"{p.jenis.label} {item.pegawai_nama}"
                )
                ditulis.append(nama)
        hasil = []
        for nama in ditulis:  # only now does anything appear in the target folder
            os.replace(folder / nama, p.tujuan / nama)
            hasil.append(p.tujuan / nama)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    lapor(n, n, "Selesai")
    return HasilBatch(tuple(hasil), len(hasil), gagal=tuple(gagal))


def _unik(nama: str, dipakai: list[str]) -> str:
    if nama not in dipakai:
        return nama
    dasar = nama.removesuffix(".pdf")
    n = 2
    while f"{dasar}_{n}.pdf" in dipakai:
        n += 1
    return f"{dasar}_{n}.pdf"

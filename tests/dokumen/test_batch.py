"""Batches: every document of a unit for a period, merged or one file per pegawai; cancel."""

from __future__ import annotations

from pathlib import Path

import pytest

from ekinerja_desktop.errors import ForbiddenError, UserError
from ekinerja_desktop.reports.pdf.batch import PermintaanBatch, cetak_batch, nama_berkas
from ekinerja_desktop.services.dokumen_layanan import JenisDokumen, LayananDokumen
from ekinerja_desktop.services.queries_rekap import Cakupan, JenisCakupan
from tests.dokumen import pdf_util
from tests.dokumen.conftest import OPSI, Dunia


def _items(demo: Dunia, jenis: JenisDokumen) -> tuple[LayananDokumen, list]:  # type: ignore[type-arg]
    layanan = LayananDokumen(demo.uow("Admin"))
    biro = next(c for c in layanan.cakupan_batch() if c.nama.startswith("Biro Perencanaan"))
    tw1 = layanan.periode_instansi()[0]
    assert tw1.nama == "Periode 1 (TW1)"
    return layanan, layanan.item_batch(biro, tw1.id, jenis)


def test_merged_batch_numbers_every_document_on_its_own(demo: Dunia, tmp_path: Path) -> None:
    layanan, items = _items(demo, JenisDokumen.DOKUMEN_EVALUASI)
    assert len(items) >= 20
    langkah: list[tuple[int, int]] = []
    tujuan = tmp_path / "keluar" / "evaluasi.pdf"
    hasil = cetak_batch(
        layanan.uow,
        PermintaanBatch(JenisDokumen.DOKUMEN_EVALUASI, items, OPSI, tujuan, gabung=True),
        lambda i, n, _t: langkah.append((i, n)),
    )
    assert hasil.berkas == (tujuan,) and hasil.jumlah_dokumen == len(items) and not hasil.gagal
    halaman = pdf_util.halaman(tujuan)
    assert len(halaman) == len(items)  # one page each
    for h, item in zip(halaman, items, strict=True):
        assert "Halaman 1 dari 1" in h
        assert item.pegawai_nama in h
    assert langkah[-1] == (2 * len(items), 2 * len(items))
    assert [i for i, _ in langkah] == sorted(i for i, _ in langkah)
    assert sorted(p.name for p in tujuan.parent.iterdir()) == ["evaluasi.pdf"]  # no temp left
    assert len(pdf_util.png(tujuan, tmp_path / "png", resolusi=10)) == len(items)


def test_one_file_per_pegawai(demo: Dunia, tmp_path: Path) -> None:
    layanan, items = _items(demo, JenisDokumen.FORM_PENILAIAN)
    hasil = cetak_batch(
        layanan.uow,
        PermintaanBatch(JenisDokumen.FORM_PENILAIAN, items[:5], OPSI, tmp_path, gabung=False),
    )
    assert len(hasil.berkas) == 5
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in hasil.berkas)
    for path, item in zip(hasil.berkas, items[:5], strict=True):
        assert path.name.startswith("Form_Penilaian_") and item.nip in path.name
        assert item.pegawai_nama in pdf_util.teks(path)


@pytest.mark.parametrize("gabung", [True, False])
def test_cancel_leaves_nothing(demo: Dunia, tmp_path: Path, gabung: bool) -> None:
    layanan, items = _items(demo, JenisDokumen.DOKUMEN_EVALUASI)
    dilihat: list[int] = []
    tujuan = tmp_path / ("gabung.pdf" if gabung else "folder")
    hasil = cetak_batch(
        layanan.uow,
        PermintaanBatch(JenisDokumen.DOKUMEN_EVALUASI, items, OPSI, tujuan, gabung=gabung),
        lambda i, _n, _t: dilihat.append(i),
        # Cancelled late: in the merged layout, or after several files were written.
        lambda: len(dilihat) > len(items) + 3 if gabung else len(dilihat) > 4,
    )
    assert hasil.dibatalkan and hasil.berkas == ()
    sisa = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert sisa == []


def test_rencana_skp_batch_and_names(demo: Dunia, tmp_path: Path) -> None:
    layanan, items = _items(demo, JenisDokumen.RENCANA_SKP)
    hasil = cetak_batch(
        layanan.uow,
        PermintaanBatch(JenisDokumen.RENCANA_SKP, items[:3], OPSI, tmp_path / "r.pdf", True),
    )
    assert "SASARAN KINERJA PEGAWAI" in pdf_util.teks(hasil.berkas[0])
    nama = nama_berkas(JenisDokumen.DOKUMEN_EVALUASI, "Ni Luh Putu Ayu Déwi O'Neil", "1970")
    assert nama == "Dokumen_Evaluasi_Kinerja_1970_Ni_Luh_Putu_Ayu_Dewi_ONeil.pdf"


def test_a_pegawai_cannot_batch_a_unit(demo: Dunia) -> None:
    layanan = LayananDokumen(demo.uow("Pegawai"))
    assert layanan.cakupan_batch() == []
    admin = LayananDokumen(demo.uow("Admin"))
    unit = admin.cakupan_batch()[0]
    with pytest.raises(ForbiddenError):
        layanan.item_batch(unit, admin.periode_instansi()[0].id, JenisDokumen.FORM_PENILAIAN)
    assert Cakupan(JenisCakupan.UNIT, unit.id, unit.nama) == unit


def test_empty_batch_is_refused(demo: Dunia, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Tidak ada dokumen"):
        cetak_batch(
            demo.uow(),
            PermintaanBatch(JenisDokumen.DOKUMEN_EVALUASI, [], OPSI, tmp_path / "x.pdf", True),
        )

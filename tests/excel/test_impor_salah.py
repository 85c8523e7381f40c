"""Malformed files: each gives its error by sheet, row and column, in Indonesian, every error at
once, and imports nothing (the data and the outbox are exactly as before)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from ekinerja_desktop.domain import PESAN_TERKUNCI
from ekinerja_desktop.errors import ForbiddenError, UserError
from ekinerja_desktop.reports.excel.template_skp import baca_template, tulis_template
from ekinerja_desktop.services.impor_skp import ImporGagal
from tests.excel.conftest import Kantor, ubah
from tests.support import ajukan


def gagal(kantor: Kantor, path: Path) -> list[str]:
    """Import `path` into the staf's Draft SKP; it must fail and write nothing."""
    sebelum = kantor.keadaan()
    layanan = kantor.impor()
    bacaan = baca_template(path, layanan.data_template(kantor.skp_staf))
    with pytest.raises(ImporGagal) as periksa:
        layanan.periksa(kantor.skp_staf, bacaan)
    with pytest.raises(ImporGagal) as impor:
        layanan.impor(kantor.skp_staf, bacaan)
    assert impor.value.kesalahan == periksa.value.kesalahan
    assert "tidak ada yang diubah" in str(impor.value)
    assert kantor.keadaan() == sebelum
    return [str(k) for k in impor.value.kesalahan]


def test_a_wrong_sheet(kantor: Kantor, tmp_path: Path) -> None:
    path = kantor.template(tmp_path)
    wb = openpyxl.load_workbook(path)
    wb["Hasil Kerja"].title = "Lembar1"
    wb.save(path)
    assert gagal(kantor, path) == [
        "sheet 'Hasil Kerja' tidak ada (sheet dalam berkas: 'Lembar1', 'Pilihan'). Gunakan "
        "berkas dari 'Unduh template SKP' dan jangan mengganti nama sheet-nya."
    ]


def test_a_missing_column(kantor: Kantor, tmp_path: Path) -> None:
    path = kantor.template(tmp_path)
    wb = openpyxl.load_workbook(path)
    wb["Hasil Kerja"].delete_cols(6)  # Target Min
    wb.save(path)
    (pesan,) = gagal(kantor, path)
    assert pesan.startswith("Sheet 'Hasil Kerja', baris 10: kolom 'Target Min' tidak ada.")


def test_a_hidden_id_column_deleted_is_named_as_such(kantor: Kantor, tmp_path: Path) -> None:
    path = kantor.template(tmp_path)
    wb = openpyxl.load_workbook(path)
    wb["Hasil Kerja"].delete_cols(12, 2)
    wb.save(path)
    kesalahan = gagal(kantor, path)
    assert [k.split(":")[1].split(" tidak ada")[0] for k in kesalahan] == [
        " kolom 'ID RHK'",
        " kolom 'ID IKI'",
    ]
    assert "(kolom ID memang tersembunyi)" in kesalahan[0]


def test_text_in_a_number(kantor: Kantor, tmp_path: Path) -> None:
    path = ubah(kantor.template(tmp_path), F11="delapan puluh")
    assert gagal(kantor, path) == [
        "Sheet 'Hasil Kerja', baris 11, kolom F (Target Min): 'delapan puluh' bukan angka"
    ]


def test_an_ambiguous_number_and_a_date_in_a_number(kantor: Kantor, tmp_path: Path) -> None:
    path = ubah(kantor.template(tmp_path), F11="2.500", G12=datetime(2026, 3, 1))
    kesalahan = gagal(kantor, path)
    assert kesalahan[0].startswith("Sheet 'Hasil Kerja', baris 11, kolom F (Target Min): Angka")
    assert "ambigu" in kesalahan[0]
    assert kesalahan[1] == (
        "Sheet 'Hasil Kerja', baris 12, kolom G (Target Max): '1 Maret 2026' bukan angka"
    )


def test_an_unknown_aspek(kantor: Kantor, tmp_path: Path) -> None:
    path = ubah(kantor.template(tmp_path), D12="Kecepatan")
    assert gagal(kantor, path) == [
        "Sheet 'Hasil Kerja', baris 12, kolom D (Aspek): 'Kecepatan' bukan aspek yang dikenal "
        "(pilih Kuantitas, Kualitas, Waktu, atau Biaya)."
    ]


def test_an_rhk_of_another_leader(kantor: Kantor, tmp_path: Path) -> None:
    """Rekan leads the team, so only rekan's team RHK may be intervened, not rekan's own."""
    path = ubah(kantor.template(tmp_path), B11="Terkelolanya arsip pribadi rekan")
    (pesan,) = gagal(kantor, path)
    assert pesan.startswith(
        "Sheet 'Hasil Kerja', baris 11, kolom B (RHK Pimpinan yang Diintervensi): "
        "'Terkelolanya arsip pribadi rekan' bukan RHK pimpinan yang dapat Anda intervensi."
    )


def test_a_leader_rhk_typed_out_in_full_is_accepted(kantor: Kantor, tmp_path: Path) -> None:
    path = ubah(kantor.template(tmp_path), B11="meningkatnya  akuntabilitas keuangan biro")
    hasil = kantor.impor().impor(
        kantor.skp_staf, baca_template(path, kantor.impor().data_template(kantor.skp_staf))
    )
    assert hasil.rhk_diubah == 1


@pytest.mark.parametrize(
    ("isi", "nama", "awal"),
    [
        (b"PK\x03\x04 bukan zip sebenarnya", "rusak.xlsx", "berkas 'rusak.xlsx' bukan buku kerja"),
        (b"Nama;NIP\nBudi;1\n", "data.xlsx", "berkas 'data.xlsx' bukan buku kerja Excel"),
        (b"", "kosong.xlsx", "berkas 'kosong.xlsx' kosong (0 byte)"),
        (b"\xd0\xcf\x11\xe0 lama", "lama.xls", "berkas 'lama.xls' berformat Excel lama (.xls)"),
    ],
)
def test_files_that_are_no_workbook(
    kantor: Kantor, tmp_path: Path, isi: bytes, nama: str, awal: str
) -> None:
    path = tmp_path / nama
    path.write_bytes(isi)
    (pesan,) = gagal(kantor, path)
    assert pesan.startswith(awal)


def test_the_template_of_another_skp_or_of_no_skp(kantor: Kantor, tmp_path: Path) -> None:
    path = ubah(kantor.template(tmp_path), C8=kantor.skp_kepala)
    assert gagal(kantor, path) == [
        "Sheet 'Hasil Kerja': berkas ini adalah template untuk SKP lain. Unduh template dari SKP "
        "ini, salin isinya ke sana, lalu impor kembali."
    ]
    path = ubah(path, A8=None, C8=None)
    (pesan,) = gagal(kantor, path)
    assert pesan.startswith("Sheet 'Hasil Kerja': sel 'ID SKP' tidak ditemukan")


def test_every_error_is_listed_at_once_in_row_order(kantor: Kantor, tmp_path: Path) -> None:
    path = ubah(
        kantor.template(tmp_path),
        A11="Utma",
        G12="seratus",
        I14="Pribadi",
        E16="IKI tanpa RHK baru",  # continues the tambahan RHK: fine
        A17="Tambahan",  # repeats the jenis of the RHK it continues: fine
        H13="x" * 81,
    )
    kesalahan = gagal(kantor, path)
    lokasi = [k.split(":")[0] for k in kesalahan]
    assert lokasi == [
        "Sheet 'Hasil Kerja', baris 11, kolom A (Jenis RHK)",
        "Sheet 'Hasil Kerja', baris 12, kolom G (Target Max)",
        "Sheet 'Hasil Kerja', baris 13, kolom H (Satuan)",
        "Sheet 'Hasil Kerja', baris 14, kolom I (Klasifikasi)",
    ]
    assert "'Utma' bukan jenis RHK yang dikenal (pilih Utama, atau Tambahan)" in kesalahan[0]


def test_a_row_without_rhk_text_that_sets_rhk_cells(kantor: Kantor, tmp_path: Path) -> None:
    path = ubah(kantor.template(tmp_path), E15="IKI baru", A15="Utama", I15="Organisasi")
    assert gagal(kantor, path) == [
        "Sheet 'Hasil Kerja', baris 15, kolom A (Jenis RHK): baris ini tidak berisi teks RHK, "
        "sehingga dibaca sebagai IKI dari RHK pada baris 14; isi kolom 'Rencana Hasil Kerja' "
        "untuk memulai RHK baru."
    ]


def test_an_iki_above_every_rhk(kantor: Kantor, tmp_path: Path) -> None:
    path = kantor.template(tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Hasil Kerja"]
    ws.insert_rows(11)
    ws["E11"] = "IKI yatim"
    wb.save(path)
    (pesan,) = gagal(kantor, path)
    assert pesan.startswith(
        "Sheet 'Hasil Kerja', baris 11, kolom C (Rencana Hasil Kerja): baris ini tidak berisi "
        "teks RHK dan tidak berada di bawah RHK mana pun"
    )


def test_only_the_owner_imports_and_only_into_a_draft(kantor: Kantor, tmp_path: Path) -> None:
    path = kantor.template(tmp_path)
    kepala = kantor.impor(kantor.org.kepala)
    bacaan = baca_template(path, kepala.data_template(kantor.skp_staf))
    assert not kepala.data_template(kantor.skp_staf).boleh_impor
    with pytest.raises(ForbiddenError):
        kepala.impor(kantor.skp_staf, bacaan)
    with pytest.raises(ForbiddenError):  # rekan is neither owner, PPK nor admin
        kantor.impor(kantor.org.rekan).data_template(kantor.skp_staf)
    ajukan(kantor.skp(), kantor.skp_staf)
    sebelum = kantor.keadaan()
    with pytest.raises(UserError, match=PESAN_TERKUNCI):
        kantor.impor().impor(kantor.skp_staf, bacaan)
    assert kantor.keadaan() == sebelum
    data = kantor.impor().data_template(kantor.skp_staf)
    assert not data.boleh_impor  # still downloadable, to look at in Excel
    assert tulis_template(tmp_path / "pengajuan.xlsx", data).exists()

"""Pure rules of pelaksanaan and penilaian (domain/penilaian.py)."""

from __future__ import annotations

import pytest

from ekinerja_desktop.domain import DomainError, SumberFeedback
from ekinerja_desktop.domain.penilaian import (
    BATAS_UKURAN_BERKAS,
    RelasiPenilaian,
    boleh_feedback_hasil_kerja,
    boleh_rating,
    format_ukuran,
    mime_bukti_dukung,
    periksa_ukuran_berkas,
    periksa_url_bukti_dukung,
    sumber_feedback,
)


@pytest.mark.parametrize(
    ("ukuran", "teks"),
    [
        (0, "0 KB"),
        (300, "1 KB"),
        (820 * 1024, "820 KB"),
        (20 * 1024 * 1024, "20 MB"),
        (int(25.3 * 1024 * 1024), "25,3 MB"),
    ],
)
def test_format_ukuran(ukuran: int, teks: str) -> None:
    assert format_ukuran(ukuran) == teks


@pytest.mark.parametrize(
    ("nama", "mime"),
    [
        ("laporan.pdf", "application/pdf"),
        ("FOTO.JPG", "image/jpeg"),
        ("rekap.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("notulen.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("bahan.odp", "application/vnd.oasis.opendocument.presentation"),
        ("arsip.zip", "application/zip"),
    ],
)
def test_allowed_types(nama: str, mime: str) -> None:
    assert mime_bukti_dukung(nama) == mime


@pytest.mark.parametrize("nama", ["virus.exe", "README", ".pdf", "data.csv", "a.pdf.lnk"])
def test_other_types_are_refused(nama: str) -> None:
    with pytest.raises(DomainError, match="tidak dapat dijadikan bukti dukung"):
        mime_bukti_dukung(nama)


def test_size_limit_is_20_mb_and_inclusive() -> None:
    assert BATAS_UKURAN_BERKAS == 20 * 1024 * 1024
    periksa_ukuran_berkas(BATAS_UKURAN_BERKAS)
    with pytest.raises(DomainError, match=r"terlalu besar: 20,5 MB; batasnya 20 MB"):
        periksa_ukuran_berkas(BATAS_UKURAN_BERKAS + 512 * 1024)
    with pytest.raises(DomainError, match="kosong"):
        periksa_ukuran_berkas(0)


@pytest.mark.parametrize(
    "url",
    [
        "https://drive.google.com/drive/folders/1yVe",
        "http://arsip/berkas/1",
        "HTTPS://Dropbox.com/s/abc?dl=0",
        "http://10.0.0.5:8080/bukti.pdf",
        "https://[2001:db8::1]/x",
    ],
)
def test_good_links(url: str) -> None:
    assert periksa_url_bukti_dukung(f"  {url} ") == url


@pytest.mark.parametrize(
    "url",
    [
        "",
        "www.example.com",
        "mailto:a@b.c",
        "file:///C:/laporan.pdf",
        "https:///path",
        "http://a b",
    ],
)
def test_bad_links(url: str) -> None:
    with pytest.raises(DomainError):
        periksa_url_bukti_dukung(url)


def test_too_long_link() -> None:
    with pytest.raises(DomainError, match="terlalu panjang"):
        periksa_url_bukti_dukung("https://example.go.id/" + "a" * 2000)


@pytest.mark.parametrize(
    ("relasi", "sumber"),
    [
        (RelasiPenilaian(pemilik=True), None),
        (RelasiPenilaian(), None),
        (
            RelasiPenilaian(pejabat_penilai=True, ketua_tim=True, rekan_kerja=True),
            SumberFeedback.ATASAN,
        ),
        (RelasiPenilaian(ketua_tim=True, rekan_kerja=True), SumberFeedback.KETUA_TIM),
        (RelasiPenilaian(rekan_kerja=True), SumberFeedback.REKAN_KERJA),
    ],
)
def test_feedback_source_follows_the_strongest_relation(
    relasi: RelasiPenilaian, sumber: SumberFeedback | None
) -> None:
    assert sumber_feedback(relasi) is sumber


def test_who_comments_on_hasil_kerja_and_who_rates() -> None:
    assert boleh_feedback_hasil_kerja(SumberFeedback.ATASAN)
    assert boleh_feedback_hasil_kerja(SumberFeedback.KETUA_TIM)
    assert not boleh_feedback_hasil_kerja(SumberFeedback.REKAN_KERJA)
    assert boleh_rating(RelasiPenilaian(pejabat_penilai=True))
    assert not boleh_rating(RelasiPenilaian(ketua_tim=True))
    assert not boleh_rating(RelasiPenilaian(rekan_kerja=True))

"""Rencana SKP in its four formats, from the demo and from adversarial data, read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from ekinerja_desktop.domain import BERAKHLAK, JenisSkp, StatusSkp
from ekinerja_desktop.models import Skp
from ekinerja_desktop.services.dokumen import RencanaSkpDok, rencana_skp
from tests.dokumen import pdf_util
from tests.dokumen.conftest import OPSI, Dunia, DuniaUji
from tests.dokumen.data import ATASAN, KEPALA, PLT, STAF, TANPA, rhk_panjang, teks_rhk
from tests.dokumen.periksa import periksa_umum, tulis

TANDA_TANGAN = [
    "Denpasar, 3 April 2026",
    "Pegawai yang Dinilai",
    "@ttd_pegawai",
    "Jakarta Pusat, 4 April 2026",
    "Pejabat Penilai Kinerja",
]


def _demo_skp(demo: Dunia, jenis: JenisSkp) -> RencanaSkpDok:
    with demo.db.read_session() as s:
        skp_id = s.scalars(
            select(Skp.id)
            .where(Skp.jenis == jenis, Skp.status == StatusSkp.PERSETUJUAN)
            .order_by(Skp.created_at)
        ).all()[1]
        return rencana_skp(s, skp_id)


def _bagian_utama(dok: RencanaSkpDok) -> list[str]:
    """Headings, then every RHK with its IKI and target, in print order."""
    isi = ["A. UTAMA"]
    for r in dok.utama:
        isi.append(r.teks)
        for i in r.iki:
            isi += [i.indikator, i.target]
    isi.append("B. TAMBAHAN")
    for r in dok.tambahan:
        isi.append(r.teks)
    return isi


def _perilaku() -> list[str]:
    hasil = ["PERILAKU KERJA"]
    for p in BERAKHLAK:
        hasil += [p.nama, *p.indikator, "Ekspektasi Khusus Pimpinan:"]
    return hasil


def test_jpt_kuantitatif_demo(demo: Dunia, tmp_path: Path) -> None:
    dok = _demo_skp(demo, JenisSkp.JPT)
    pdf = tulis(dok, OPSI, tmp_path, "jpt")
    halaman = periksa_umum(pdf, tmp_path)
    isi = " ".join(halaman)
    k = dok.kepala
    pdf_util.assert_urut(
        isi,
        [
            "SASARAN KINERJA PEGAWAI",
            "PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI",
            "PENDEKATAN HASIL KERJA KUANTITATIF",
            "KEMENTERIAN PERENCANAAN WILAYAH NUSANTARA",
            "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER TAHUN 2026",
            "PEGAWAI YANG DINILAI",
            "PEJABAT PENILAI KINERJA",
            k.pegawai.nama,
            k.pegawai.nip,
            "Pembina Utama Muda / IV/c",
            "HASIL KERJA",
            "RENCANA HASIL KERJA",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
            "PERSPEKTIF",
            *_bagian_utama(dok),
            *_perilaku(),
            *TANDA_TANGAN,
            k.pejabat_penilai.nama,
            f"NIP {k.pejabat_penilai.nip}",
        ],
    )
    assert "Anggaran" in isi  # the required perspektif is printed
    assert " " in k.pegawai.nip and len(k.pegawai.nip) == 21  # grouped 8-6-1-3


def test_ja_kuantitatif_demo(demo: Dunia, tmp_path: Path) -> None:
    dok = _demo_skp(demo, JenisSkp.JA_JF)
    isi = " ".join(periksa_umum(tulis(dok, OPSI, tmp_path, "ja"), tmp_path))
    kepala = [
        "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI",
        "RENCANA HASIL KERJA",
        "ASPEK",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
    ]
    rhk = ["A. UTAMA"]
    for r in dok.utama:
        rhk += [r.rhk_pimpinan, r.teks, r.iki[0].aspek, r.iki[0].indikator, r.iki[0].target]
    pdf_util.assert_urut(isi, ["PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL", *kepala, *rhk])
    pdf_util.assert_urut(isi, [*_perilaku(), *TANDA_TANGAN])
    assert "Aktif berbagi data dengan bagian lain tanpa diminta" in isi  # ekspektasi khusus


def test_jpt_kualitatif_with_a_1000_character_rhk(uji: DuniaUji, tmp_path: Path) -> None:
    with uji.db.read_session() as s:
        dok = rencana_skp(s, uji.data.skp_jpt_kualitatif)
    isi = " ".join(periksa_umum(tulis(dok, OPSI, tmp_path, "jpt_kual"), tmp_path))
    assert len(rhk_panjang()) >= 990
    pdf_util.assert_urut(
        isi,
        [
            "PENDEKATAN HASIL KERJA KUALITATIF",
            "PEMERINTAH KABUPATEN UJI COBA",
            KEPALA,
            ATASAN,
            "19700101 200003 2 002",
            "Pembina Utama Muda / IV/c",
            "A. UTAMA",
            rhk_panjang(),  # all of it, wrapped but never cut
            "Penugasan dari: Bupati Uji Coba",
            "Ukuran keberhasilan/ Indikator Kinerja Individu, Target, dan Perspektif:",
            "Meningkatnya indeks kepuasan layanan kepegawaian menjadi 'sangat baik' menurut",
            "(Penerima Layanan)",
            "Anggaran dinas dikelola efisien",
            "(Anggaran)",
            "B. TAMBAHAN",
            "Tambahan: menjadi narasumber nasional",
            "Berorientasi Pelayanan",
            "Menjawab keluhan dalam 1×24 jam",
            "Adaptif",
            "Memimpin digitalisasi layanan",
            *TANDA_TANGAN,
            ATASAN,
        ],
    )


def test_ja_kualitatif(uji: DuniaUji, tmp_path: Path) -> None:
    with uji.db.read_session() as s:
        dok = rencana_skp(s, uji.data.skp_ja_kualitatif)
    isi = " ".join(periksa_umum(tulis(dok, OPSI, tmp_path, "ja_kual"), tmp_path))
    pdf_util.assert_urut(
        isi,
        [
            "PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL · PENDEKATAN HASIL KERJA KUALITATIF",
            STAF,  # "&" and "<Uji>" survive the markup
            KEPALA,
            "Penata Tingkat I / III/d",
            "RHK pimpinan yang diintervensi: Anggaran dinas dikelola efisien",
            "Data mutasi pegawai mutakhir setiap bulan",
            "Ukuran keberhasilan/ Indikator Kinerja Individu dan Target:",
            "Data mutasi diperbarui paling lambat tanggal 5 tiap bulan tanpa kesalahan (Waktu)",
            *TANDA_TANGAN,
            KEPALA,
        ],
    )


def test_sixty_rhk_all_printed_in_order_with_headers_repeated(
    uji: DuniaUji, tmp_path: Path
) -> None:
    with uji.db.read_session() as s:
        dok = rencana_skp(s, uji.data.skp_enam_puluh)
    halaman = periksa_umum(tulis(dok, OPSI, tmp_path, "enam_puluh"), tmp_path)
    isi = " ".join(halaman)
    assert len(halaman) >= 4
    urutan = ["A. UTAMA"] + [teks_rhk(n) for n in range(1, 51)]
    urutan += ["B. TAMBAHAN"] + [teks_rhk(n) for n in range(51, 61)]
    pdf_util.assert_urut(isi, urutan)
    assert "Ketepatan waktu laporan 49" in isi and "1 – 61 laporan" in isi
    # The table's header comes back on every page it runs over.
    halaman_tabel = [h for h in halaman if "RHK nomor" in h]
    assert len(halaman_tabel) >= 3
    for h in halaman_tabel:
        assert "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI" in h


def test_empty_optional_fields_print_placeholders(uji: DuniaUji, tmp_path: Path) -> None:
    with uji.db.read_session() as s:
        dok = rencana_skp(s, uji.data.skp_kosong)
    assert not dok.kepala.pejabat_penilai.ada
    isi = " ".join(periksa_umum(tulis(dok, OPSI, tmp_path, "kosong"), tmp_path))
    pdf_util.assert_urut(
        isi,
        [
            TANPA,
            "RHK tanpa IKI",
            "B. TAMBAHAN",
            "Pegawai yang Dinilai",
            "Pejabat Penilai Kinerja",
            "(....",  # a line to write the name by hand
            "NIP ....",
        ],
    )


def test_acting_head_signs_as_ppk_with_the_plt_jabatan(uji: DuniaUji, tmp_path: Path) -> None:
    with uji.db.read_session() as s:
        dok = rencana_skp(s, uji.data.skp_plt)
    assert dok.kepala.pejabat_penilai.nama == PLT
    isi = " ".join(periksa_umum(tulis(dok, OPSI, tmp_path, "plt"), tmp_path))
    pdf_util.assert_urut(
        isi,
        [
            "PERIODE PENILAIAN: 1 FEBRUARI SD 31 DESEMBER TAHUN 2026",
            "PEJABAT PENILAI KINERJA",
            PLT,
            "Plt. Kepala Bidang Pengembangan",
            "Pejabat Penilai Kinerja",
            "Plt. Kepala Bidang Pengembangan",  # under the signature too
            PLT,
            "NIP 19800101 200501 2 005",
        ],
    )


@pytest.mark.parametrize("jumlah", range(10, 23))
def test_signature_block_never_split(uji: DuniaUji, tmp_path: Path, jumlah: int) -> None:
    """Whatever length pushes the signatures to a page end, both blocks stay on one page."""
    with uji.db.read_session() as s:
        penuh = rencana_skp(s, uji.data.skp_enam_puluh)
    dok = RencanaSkpDok(penuh.kepala, penuh.rhk[:jumlah], penuh.perilaku)
    pdf = tulis(dok, OPSI, tmp_path, f"ttd_{jumlah}")
    halaman = pdf_util.halaman(pdf)
    tempat = [
        i for i, h in enumerate(halaman) if "Pejabat Penilai Kinerja" in h.split("PERILAKU")[-1]
    ]
    assert tempat, "signature block missing"
    terakhir = halaman[tempat[-1]]
    pdf_util.assert_urut(
        terakhir,
        ["Denpasar, 3 April 2026", "Pegawai yang Dinilai", "@ttd_pegawai", STAF, "NIP 19850505"],
    )
    pdf_util.assert_urut(terakhir, ["Jakarta Pusat, 4 April 2026", KEPALA, "NIP 19700101"])

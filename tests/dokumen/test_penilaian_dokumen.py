"""Form Penilaian and Dokumen Evaluasi Kinerja Pegawai, read back."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from ekinerja_desktop.domain import JenisSkp, Predikat
from ekinerja_desktop.models import PenilaianPeriode, PeriodePenilaian, Skp
from ekinerja_desktop.services.dokumen_penilaian import dokumen_evaluasi, form_penilaian
from ekinerja_desktop.services.queries_rekap import Cakupan, JenisCakupan, muat_kurva
from tests.dokumen import pdf_util
from tests.dokumen.conftest import OPSI, Dunia, DuniaUji
from tests.dokumen.data import CATATAN, KEPALA, PLT, STAF, TANPA, teks_rhk
from tests.dokumen.periksa import periksa_umum, tulis


def _pp_dinilai(demo: Dunia) -> str:
    with demo.db.read_session() as s:
        ids = s.scalars(
            select(PeriodePenilaian.id)
            .join(PenilaianPeriode, PenilaianPeriode.periode_penilaian_id == PeriodePenilaian.id)
            .join(Skp, Skp.id == PeriodePenilaian.skp_id)
            .where(Skp.jenis == JenisSkp.JA_JF, PenilaianPeriode.predikat.is_not(None))
            .order_by(Skp.created_at)
        ).all()
    return ids[2]


def test_form_penilaian_demo(demo: Dunia, tmp_path: Path) -> None:
    with demo.db.read_session() as s:
        dok = form_penilaian(s, _pp_dinilai(demo))
    assert dok.predikat is not None
    isi = " ".join(periksa_umum(tulis(dok, OPSI, tmp_path, "form"), tmp_path))
    urutan = [
        "PENILAIAN SASARAN KINERJA PEGAWAI",
        "PERIODE: TRIWULAN I",
        "PERIODE PENILAIAN: 1 JANUARI SD 31 MARET TAHUN 2026",
        dok.kepala.pegawai.nama,
        "HASIL KERJA",
        "REALISASI BERDASARKAN BUKTI DUKUNG",
        "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG",
        "A. UTAMA",
    ]
    for r in dok.hasil_kerja:
        urutan += [r.rhk.teks, "Rencana aksi:", *(a.teks for a in r.rencana_aksi)]
        for i in r.iki:
            urutan += [i.iki.indikator, i.iki.target, i.realisasi, "Bukti dukung:"]
            urutan += [b.nama for b in i.bukti_dukung]
            urutan += [u.teks for u in i.umpan_balik]
    assert dok.rating_hasil_kerja is not None and dok.rating_perilaku_kerja is not None
    urutan += [
        f"RATING HASIL KERJA: {dok.rating_hasil_kerja.label}",
        "PERILAKU KERJA",
        "Kolaboratif",
        "Terbuka bekerja sama dengan tim.",
        f"RATING PERILAKU KERJA: {dok.rating_perilaku_kerja.label}",
        f"PREDIKAT KINERJA PEGAWAI: {dok.predikat.label}",
        "Denpasar, 3 April 2026",
        "Pegawai yang Dinilai",
        "Jakarta Pusat, 4 April 2026",
        "Pejabat Penilai Kinerja",
        dok.kepala.pejabat_penilai.nama,
    ]
    pdf_util.assert_urut(isi, urutan)


def test_form_penilaian_adversarial(uji: DuniaUji, tmp_path: Path) -> None:
    with uji.db.read_session() as s:
        dok = form_penilaian(s, uji.data.pp_enam_puluh)
    halaman = periksa_umum(tulis(dok, OPSI, tmp_path, "form_uji"), tmp_path)
    isi = " ".join(halaman)
    pdf_util.assert_urut(
        isi,
        [
            STAF,
            KEPALA,
            teks_rhk(1),
            "Rencana aksi O'Brien 1 (target: 2 dokumen)",
            "Jumlah laporan bagian 01",
            "Tersusun 2 laporan bagian 01",
            "Sumber data: Arsip bidang",
            "Tautan panjang",
            f"Atasan – {KEPALA} (positif): Laporan O'Brien rapi & tepat waktu",
            *(teks_rhk(n) for n in range(2, 61)),
            "RATING HASIL KERJA: Di Atas Ekspektasi",
            "Harmonis",
            f"Rekan Kerja – {PLT} (negatif): Perlu lebih sabar menerima tamu",
            "RATING PERILAKU KERJA: Di Atas Ekspektasi",
            "PREDIKAT KINERJA PEGAWAI: Sangat Baik",
        ],
    )
    # The header of the long table comes back on every page it runs over, once per page.
    for h in halaman:
        assert h.count("REALISASI BERDASARKAN BUKTI DUKUNG") <= 1


def test_form_penilaian_not_rated_yet(uji: DuniaUji, tmp_path: Path) -> None:
    with uji.db.read_session() as s:
        dok = form_penilaian(s, uji.data.pp_kosong)
    isi = " ".join(periksa_umum(tulis(dok, OPSI, tmp_path, "form_kosong"), tmp_path))
    pdf_util.assert_urut(
        isi,
        [
            TANPA,
            "Rencana aksi: -",
            "Belum diisi.",
            "RATING HASIL KERJA: Belum dinilai",
            "RATING PERILAKU KERJA: Belum dinilai",
            "PREDIKAT KINERJA PEGAWAI: Belum dinilai",
        ],
    )


def test_dokumen_evaluasi_demo_one_page(demo: Dunia, tmp_path: Path) -> None:
    pp_id = _pp_dinilai(demo)
    with demo.db.read_session() as s:
        dok = dokumen_evaluasi(s, pp_id)
        pp = s.get(PeriodePenilaian, pp_id)
        assert pp is not None
        kurva = muat_kurva(s, Cakupan(JenisCakupan.UNIT, dok.distribusi.unit_id, ""), pp.periode_id)
    # The printed chart shows the numbers of the Kurva screen.
    assert dict(dok.distribusi.jumlah) == {p: kurva.jumlah.get(p, 0) for p in Predikat}
    assert dok.distribusi.jumlah_pegawai == kurva.jumlah_pegawai
    assert dok.distribusi.ideal == kurva.ideal
    halaman = periksa_umum(tulis(dok, OPSI, tmp_path, "evaluasi"), tmp_path)
    assert len(halaman) == 1
    k = dok.kepala
    d = dok.distribusi
    assert d.capaian is not None and d.ideal is not None and dok.predikat is not None
    assert d.jumlah_pegawai > d.jumlah_dinilai > 0
    pdf_util.assert_urut(
        halaman[0],
        [
            "DOKUMEN EVALUASI KINERJA PEGAWAI",
            "PERIODE : TRIWULAN I",
            "KEMENTERIAN PERENCANAAN WILAYAH NUSANTARA",
            "PERIODE PENILAIAN: 1 JANUARI SD 31 MARET TAHUN 2026",
            "1. PEGAWAI YANG DINILAI",
            k.pegawai.nama,
            k.pegawai.nip,
            "2. PEJABAT PENILAI KINERJA",
            k.pejabat_penilai.nama,
            "3. ATASAN PEJABAT PENILAI KINERJA",
            dok.atasan_pejabat_penilai.nama,
            "4. EVALUASI KINERJA",
            "CAPAIAN KINERJA ORGANISASI : Baik",
            "PREDIKAT KINERJA PEGAWAI : " + dok.predikat.label,
            "POLA DISTRIBUSI PREDIKAT KINERJA PEGAWAI",
            "Kurva ideal (capaian organisasi Baik)",
            f"Distribusi aktual ({d.jumlah_dinilai} pegawai dinilai)",
            "Sangat Kurang",
            "Sangat Baik",
            "Ideal 0 % 10 % 15 % 65 % 10 %",
            f"pegawai dinilai: {d.jumlah_dinilai} dari {d.jumlah_pegawai}",
            f"{d.belum_dinilai} dari {d.jumlah_pegawai} pegawai belum dinilai",
            "5. CATATAN/REKOMENDASI",
            "Denpasar, 3 April 2026",
            "7. Pegawai yang Dinilai",
            "@ttd_pegawai",
            "Jakarta Pusat, 4 April 2026",
            "6. Pejabat Penilai Kinerja",
            k.pejabat_penilai.nama,
        ],
    )


def test_dokumen_evaluasi_adversarial(uji: DuniaUji, tmp_path: Path) -> None:
    with uji.db.read_session() as s:
        dok = dokumen_evaluasi(s, uji.data.pp_enam_puluh)
    halaman = periksa_umum(tulis(dok, OPSI, tmp_path, "evaluasi_uji"), tmp_path)
    pdf_util.assert_urut(
        " ".join(halaman),
        [
            STAF,
            "Penata Tingkat I / III/d",
            KEPALA,
            "3. ATASAN PEJABAT PENILAI KINERJA",
            "Ida Bagus Ngurah Rai-Ångström",
            "CAPAIAN KINERJA ORGANISASI : Istimewa",
            "RATING HASIL KERJA : Di Atas Ekspektasi",
            "PREDIKAT KINERJA PEGAWAI : Sangat Baik",
            "Kurva ideal (capaian organisasi Istimewa)",
            "Ideal 0 % 0 % 10 % 30 % 60 %",
            "5. CATATAN/REKOMENDASI",
            CATATAN,
            "7. Pegawai yang Dinilai",
            STAF,
            "6. Pejabat Penilai Kinerja",
            KEPALA,
        ],
    )


def test_dokumen_evaluasi_without_capaian_or_ratings(uji: DuniaUji, tmp_path: Path) -> None:
    with uji.db.read_session() as s:
        dok = dokumen_evaluasi(s, uji.data.pp_kosong)
    isi = " ".join(periksa_umum(tulis(dok, OPSI, tmp_path, "evaluasi_kosong"), tmp_path))
    pdf_util.assert_urut(
        isi,
        [
            TANPA,
            "2. PEJABAT PENILAI KINERJA",
            "3. ATASAN PEJABAT PENILAI KINERJA",
            "PREDIKAT KINERJA PEGAWAI : Belum dinilai",
            "POLA DISTRIBUSI PREDIKAT KINERJA PEGAWAI",
            "Distribusi aktual (1 pegawai dinilai)",
        ],
    )

import pytest

from ekinerja_desktop.domain import BERAKHLAK, NilaiBerakhlak, perilaku

N = NilaiBerakhlak

# domain.md §2, copied by hand from the S001 list.
TEKS = {
    N.BERORIENTASI_PELAYANAN: (
        "Berorientasi Pelayanan",
        "Memahami dan memenuhi kebutuhan masyarakat",
        "Ramah, cekatan, solutif, dan dapat diandalkan",
        "Melakukan perbaikan tiada henti",
    ),
    N.AKUNTABEL: (
        "Akuntabel",
        "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas "
        "tinggi",
        "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan "
        "efisien",
        "Tidak menyalahgunakan kewenangan jabatan",
    ),
    N.KOMPETEN: (
        "Kompeten",
        "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
        "Membantu orang lain belajar",
        "Melaksanakan tugas dengan kualitas terbaik",
    ),
    N.HARMONIS: (
        "Harmonis",
        "Menghargai setiap orang apapun latar belakangnya",
        "Suka menolong orang lain",
        "Membangun lingkungan kerja yang kondusif",
    ),
    N.LOYAL: (
        "Loyal",
        "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun "
        "1945, setia pada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah",
        "Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara",
        "Menjaga rahasia jabatan dan negara",
    ),
    N.ADAPTIF: (
        "Adaptif",
        "Cepat menyesuaikan diri menghadapi perubahan",
        "Terus berinovasi dan mengembangkan kreativitas",
        "Bertindak proaktif",
    ),
    N.KOLABORATIF: (
        "Kolaboratif",
        "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
        "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
        "Menggerakkan pemanfaatan berbagai sumberdaya untuk tujuan bersama",
    ),
}
INDIKATOR = [(nilai, i, teks[i + 1]) for nilai, teks in TEKS.items() for i in range(3)]


def test_urutan_berakhlak() -> None:
    assert [p.nilai for p in BERAKHLAK] == list(TEKS)
    assert len(INDIKATOR) == 21


@pytest.mark.parametrize("nilai", list(N))
def test_nama(nilai: NilaiBerakhlak) -> None:
    assert perilaku(nilai).nama == TEKS[nilai][0]
    assert nilai.label == TEKS[nilai][0]


@pytest.mark.parametrize(("nilai", "nomor", "teks"), INDIKATOR)
def test_indikator(nilai: NilaiBerakhlak, nomor: int, teks: str) -> None:
    assert perilaku(nilai).indikator[nomor] == teks

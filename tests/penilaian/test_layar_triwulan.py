"""A quarter driven through the real widgets (issue 4 "Done when", points 1–6): the pegawai
adds TW I, rencana aksi, bukti dukung (a link and a file) and realisasi; a colleague gives
peer feedback; the ketua tim gives feedback; the pimpinan gives feedback and ratings to five
subordinates and sees the predikat of the domain matrix."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ekinerja_desktop.domain import (
    NilaiBerakhlak,
    Predikat,
    Rating,
    SumberFeedback,
    predikat_kinerja,
)
from ekinerja_desktop.models import BuktiDukung, Feedback, PenilaianPeriode, PeriodePenilaian
from ekinerja_desktop.services.queries_penilaian import PenilaianDetail
from ekinerja_desktop.services.uow import Aktor
from ekinerja_desktop.views.penilaian.dialogs import (
    BuktiDukungDialog,
    FeedbackDialog,
    RealisasiDialog,
    RencanaAksiDialog,
    TambahPeriodeDialog,
)
from ekinerja_desktop.views.penilaian.feedback_rekan import FeedbackRekanPage
from ekinerja_desktop.views.penilaian.models import BarisRencanaAksi
from ekinerja_desktop.views.penilaian.penilaian_bawahan import PenilaianBawahanPage
from ekinerja_desktop.views.penilaian.penilaian_page import PenilaianPage
from ekinerja_desktop.views.penilaian.rating import RatingPanel
from ekinerja_desktop.views.penilaian.tabel import TabelBaris
from tests.penilaian.dunia import Dunia
from tests.penilaian.layar import (
    Layar,
    dialog_terbuka,
    isi_teks,
    klik,
    pilih,
    semua_baris,
    simpan,
    terpilih,
)

BAWAH, SESUAI, ATAS = (
    Rating.DIBAWAH_EKSPEKTASI,
    Rating.SESUAI_EKSPEKTASI,
    Rating.DIATAS_EKSPEKTASI,
)
# One pair per subordinate, covering every predikat of the S002 matrix.
RATING_LIMA = [
    (ATAS, ATAS, Predikat.SANGAT_BAIK),
    (SESUAI, SESUAI, Predikat.BAIK),
    (BAWAH, ATAS, Predikat.BUTUH_PERBAIKAN),
    (ATAS, BAWAH, Predikat.KURANG),
    (BAWAH, BAWAH, Predikat.SANGAT_KURANG),
]


def halaman_pegawai(qtbot: QtBot, layar: Layar, aktor: Aktor) -> PenilaianPage:
    layar.uow.aktor = aktor
    page = PenilaianPage(layar.uow, layar.bridge, layar.layanan)
    qtbot.addWidget(page)
    page.resize(1230, 680)
    page.show()
    page.set_aktor(aktor)
    return page


def pegawai_mengisi_triwulan(
    qtbot: QtBot, layar: Layar, dunia: Dunia, tmp_path: Path
) -> tuple[PenilaianPage, str]:
    uji = dunia.skp[dunia.staf.pegawai_id]
    page = halaman_pegawai(qtbot, layar, dunia.staf)
    assert page.skp_combo.currentData() == uji.id
    assert "Belum ada periode penilaian" in page.kosong.text()

    # Tambah Periode Penilaian: TW I
    klik(qtbot, page.tombol_periode)
    dialog = dialog_terbuka(qtbot, page)
    assert isinstance(dialog, TambahPeriodeDialog)
    assert dialog.daftar.count() == 5  # four quarters and the final
    dialog.daftar.setCurrentRow(0)
    simpan(qtbot, dialog)
    qtbot.waitUntil(lambda: page.periode.model_baris.rowCount() == 1)
    [periode] = page.periode.model_baris.rows()
    assert periode.nama == "Periode 1 (TW1)" and periode.terbuka
    assert "dapat diisi sampai batas pengisian 5 April 2026" in page.status_periode.text()

    # Rencana aksi for both RHK, the second with its own satuan
    page.tabs.setCurrentIndex(0)
    panel = page.rencana_aksi
    assert "2 RHK belum memiliki rencana aksi" in panel.peringatan.text()
    for rhk_id, teks, target, satuan in (
        (uji.rhk_ids[0], "Menyusun laporan kinerja TW I", "1", "laporan"),
        (uji.rhk_ids[1], "Memverifikasi SPJ Januari-Maret", "120", "SPJ"),
    ):
        pilih(qtbot, panel.tabel, f"rhk:{rhk_id}")
        klik(qtbot, panel.tombol_tambah)
        ra = dialog_terbuka(qtbot, panel)
        assert isinstance(ra, RencanaAksiDialog)
        isi_teks(qtbot, ra.teks, teks)
        isi_teks(qtbot, ra.target, target)
        isi_teks(qtbot, ra.satuan, satuan)
        simpan(qtbot, ra)
        qtbot.waitUntil(partial(_ada_rencana_aksi, panel.tabel, teks))
    qtbot.waitUntil(lambda: "Setiap RHK sudah memiliki rencana aksi" in panel.peringatan.text())
    assert [(b.teks, b.target, b.satuan) for b in semua_baris(panel.tabel)] == [
        ("Menyusun laporan kinerja TW I", "1", "laporan"),
        ("Memverifikasi SPJ Januari-Maret", "120", "SPJ"),
    ]

    # Realisasi and bukti dukung on the first IKI
    page.tabs.setCurrentIndex(1)
    hk = page.hasil_kerja
    pilih(qtbot, hk.iki, uji.iki_ids[0])
    klik(qtbot, hk.tombol_realisasi)
    real = dialog_terbuka(qtbot, hk)
    assert isinstance(real, RealisasiDialog)
    isi_teks(qtbot, real.realisasi, "1 laporan kinerja TW I selesai")
    isi_teks(qtbot, real.sumber_data, "Aplikasi e-Kinerja")
    simpan(qtbot, real)
    qtbot.waitUntil(lambda: terpilih(hk.iki).realisasi == "1 laporan kinerja TW I selesai")

    klik(qtbot, hk.tombol_bukti)
    bukti = dialog_terbuka(qtbot, hk)
    assert isinstance(bukti, BuktiDukungDialog)
    isi_teks(qtbot, bukti.nama, "Laporan kinerja TW I")
    isi_teks(qtbot, bukti.url, "drive.google.com/laporan-tw1")
    simpan(qtbot, bukti, tertutup=False)  # refused: the dialog stays, with what was typed
    assert "diawali http" in bukti.pesan.text() and bukti.isVisible()
    assert bukti.nama.text() == "Laporan kinerja TW I"
    bukti.url.clear()
    isi_teks(qtbot, bukti.url, "https://drive.google.com/laporan-tw1")
    simpan(qtbot, bukti)

    foto = tmp_path / "Foto rapat TW I.jpg"
    foto.write_bytes(b"\xff\xd8\xff\xe0 foto rapat")
    qtbot.waitUntil(lambda: hk.dialog is None)
    klik(qtbot, hk.tombol_bukti)
    berkas = dialog_terbuka(qtbot, hk)
    assert isinstance(berkas, BuktiDukungDialog)
    isi_teks(qtbot, berkas.nama, "Dokumentasi rapat")
    berkas.set_berkas(foto)  # what "Pilih Berkas…" does after the file dialog
    simpan(qtbot, berkas)
    qtbot.waitUntil(lambda: hk.bukti.model_baris.rowCount() == 2)
    link, file_row = hk.bukti.model_baris.rows()
    assert (link.nama, link.url, link.is_berkas) == (
        "Laporan kinerja TW I",
        "https://drive.google.com/laporan-tw1",
        False,
    )
    assert (file_row.nama, file_row.nama_berkas, file_row.mime, file_row.upload_state) == (
        "Dokumentasi rapat",
        "Foto rapat TW I.jpg",
        "image/jpeg",
        "pending",
    )
    assert hk.bukti.model_baris.row_texts(1)[3] == "Menunggu sinkronisasi"

    # Opening: the link as is, the file as a copy under its own name
    dibuka: list[QUrl] = []

    def buka_url(url: QUrl) -> bool:
        dibuka.append(url)
        return True

    hk.buka_url = buka_url
    pilih(qtbot, hk.bukti, link.id)
    klik(qtbot, hk.tombol_buka)
    pilih(qtbot, hk.bukti, file_row.id)
    klik(qtbot, hk.tombol_buka)
    assert dibuka[0].toString() == "https://drive.google.com/laporan-tw1"
    assert dibuka[1].isLocalFile()
    assert Path(dibuka[1].toLocalFile()).name == "Foto rapat TW I.jpg"
    assert Path(dibuka[1].toLocalFile()).read_bytes() == foto.read_bytes()
    return page, periode.id


def rekan_memberi_feedback(qtbot: QtBot, layar: Layar, dunia: Dunia) -> None:
    layar.uow.aktor = dunia.rekan
    page = FeedbackRekanPage(layar.uow, layar.bridge, layar.layanan)
    qtbot.addWidget(page)
    page.resize(1230, 680)
    page.show()
    page.set_aktor(dunia.rekan)
    assert page.tersedia
    assert page.pilih_periode(dunia.periode["TW1"])
    nama = [r.nama for r in semua_baris(page.daftar)]
    assert "Staf Uji" in nama and "Kepala Bagian Uji" not in nama
    pilih(qtbot, page.daftar, dunia.skp[dunia.staf.pegawai_id].id)
    perilaku = page.perilaku
    assert not hasattr(page, "hasil_kerja")  # a colleague comments on perilaku only
    pilih(qtbot, perilaku.perilaku, NilaiBerakhlak.KOLABORATIF.value)
    klik(qtbot, perilaku.tombol_feedback)
    dialog = dialog_terbuka(qtbot, perilaku)
    assert isinstance(dialog, FeedbackDialog)
    assert dialog.label_sebagai.text() == "Rekan Kerja"
    isi_teks(qtbot, dialog.teks, "Aktif berbagi data dengan tim lain")
    simpan(qtbot, dialog)
    qtbot.waitUntil(lambda: perilaku.feedback.model_baris.rowCount() == 1)
    [f] = perilaku.feedback.model_baris.rows()
    assert (f.sumber, f.teks) == (SumberFeedback.REKAN_KERJA, "Aktif berbagi data dengan tim lain")
    qtbot.waitUntil(lambda: terpilih(page.daftar).jumlah_feedback_saya == 1)


def ketua_memberi_feedback(qtbot: QtBot, layar: Layar, dunia: Dunia) -> None:
    layar.uow.aktor = dunia.ketua
    page = PenilaianBawahanPage(layar.uow, layar.bridge, layar.layanan)
    qtbot.addWidget(page)
    page.resize(1230, 680)
    page.show()
    page.set_aktor(dunia.ketua)
    assert page.pilih_periode(dunia.periode["TW1"])
    assert sorted(r.nama for r in semua_baris(page.daftar)) == ["Anggota Tim Lain", "Staf Uji"]
    uji = dunia.skp[dunia.staf.pegawai_id]
    pilih(qtbot, page.daftar, uji.id)
    hk = page.hasil_kerja
    assert not hk.tombol_realisasi.isVisible() and not hk.tombol_bukti.isVisible()
    pilih(qtbot, hk.iki, uji.iki_ids[0])
    klik(qtbot, hk.tombol_feedback)
    dialog = dialog_terbuka(qtbot, hk)
    assert isinstance(dialog, FeedbackDialog)
    isi_teks(qtbot, dialog.teks, "Data pendukung lengkap")
    simpan(qtbot, dialog)
    qtbot.waitUntil(lambda: hk.feedback.model_baris.rowCount() == 1)
    # the ketua may not rate: no save button, the reason is shown
    page.tabs.setCurrentIndex(2)
    assert not page.rating.tombol_simpan.isVisible()
    assert not page.rating.hasil.isEnabled()
    assert "ketua tim" in page.rating.catatan.text()


def pilih_rating(qtbot: QtBot, panel: RatingPanel, hasil: Rating, perilaku: Rating) -> None:
    panel.hasil.setCurrentIndex(panel.hasil.findData(hasil.value))
    panel.perilaku.setCurrentIndex(panel.perilaku.findData(perilaku.value))


def pimpinan_menilai_lima(qtbot: QtBot, layar: Layar, dunia: Dunia) -> PenilaianBawahanPage:
    # The other four add TW I to their SKP themselves (shown above through the page).
    for aktor in dunia.bawahan[1:] + dunia.bawahan[:1]:
        if aktor is dunia.staf:
            continue
        layar.uow.aktor = aktor
        layar.layanan.tambah_periode_penilaian(dunia.skp[aktor.pegawai_id].id, dunia.periode["TW1"])
    layar.uow.aktor = dunia.kepala
    page = PenilaianBawahanPage(layar.uow, layar.bridge, layar.layanan)
    qtbot.addWidget(page)
    page.resize(1230, 680)
    page.show()
    page.set_aktor(dunia.kepala)
    assert page.tersedia
    assert page.pilih_periode(dunia.periode["TW1"])
    assert page.jumlah.text() == "5 belum dinilai dari 7"

    staf = dunia.skp[dunia.staf.pegawai_id]
    pilih(qtbot, page.daftar, staf.id)
    # everything the pegawai filled, with every feedback labelled by source
    hk = page.hasil_kerja
    pilih(qtbot, hk.iki, staf.iki_ids[0])
    iki = terpilih(hk.iki)
    assert iki.realisasi == "1 laporan kinerja TW I selesai" and len(iki.bukti_dukung) == 2
    feedback = hk.feedback.model_baris
    assert [feedback.row_texts(i)[0] for i in range(feedback.rowCount())] == [
        "Ketua Tim — Ketua Tim Uji"
    ]
    kolaboratif = next(p for p in _detail(page).perilaku if p.nilai is NilaiBerakhlak.KOLABORATIF)
    assert [(f.sumber, f.dari_nama) for f in kolaboratif.feedback] == [
        (SumberFeedback.REKAN_KERJA, "Rekan Uji")
    ]

    # no rating before the PPK's own feedback on hasil kerja
    page.tabs.setCurrentIndex(2)
    assert "Berikan feedback atas hasil kerja" in page.rating.catatan.text()
    pilih_rating(qtbot, page.rating, SESUAI, SESUAI)
    klik(qtbot, page.rating.tombol_simpan)
    assert "Berikan feedback atas hasil kerja" in page.pesan.text()
    assert page.pesan.kind == "error"
    with layar.uow.read() as s:
        assert s.scalars(select(PenilaianPeriode)).all() == []

    for aktor, (hasil, perilaku, predikat) in zip(dunia.bawahan, RATING_LIMA, strict=True):
        uji = dunia.skp[aktor.pegawai_id]
        pilih(qtbot, page.daftar, uji.id)
        assert terpilih(page.daftar).predikat is None
        page.tabs.setCurrentIndex(0)
        pilih(qtbot, hk.iki, uji.iki_ids[1])
        klik(qtbot, hk.tombol_feedback)
        dialog = dialog_terbuka(qtbot, hk)
        assert isinstance(dialog, FeedbackDialog)
        isi_teks(qtbot, dialog.teks, f"Umpan balik untuk {aktor.nama}")
        if hasil is BAWAH:
            dialog.negatif.setChecked(True)
        simpan(qtbot, dialog)
        qtbot.waitUntil(lambda: hk.dialog is None)

        page.tabs.setCurrentIndex(1)
        pilih(qtbot, page.perilaku.perilaku, NilaiBerakhlak.AKUNTABEL.value)
        klik(qtbot, page.perilaku.tombol_feedback)
        dialog = dialog_terbuka(qtbot, page.perilaku)
        isi_teks(qtbot, dialog.teks, "Disiplin dan cermat")  # type: ignore[attr-defined]
        simpan(qtbot, dialog)
        qtbot.waitUntil(lambda: page.perilaku.dialog is None)

        page.tabs.setCurrentIndex(2)
        qtbot.waitUntil(lambda: page.rating.catatan.text() == "")
        pilih_rating(qtbot, page.rating, hasil, perilaku)
        # the predikat of the matrix, at once, before saving
        assert (
            page.rating.predikat.text() == predikat.label == predikat_kinerja(hasil, perilaku).label
        )
        assert page.rating.keterangan.text() == "Belum disimpan."
        klik(qtbot, page.rating.tombol_simpan)
        qtbot.waitUntil(_predikat_sampai(page, uji.id, predikat))
        assert page.pesan.text() == ""
    assert page.jumlah.text() == "0 belum dinilai dari 7"
    return page


def _detail(page: PenilaianPage | PenilaianBawahanPage) -> PenilaianDetail:
    assert page.detail is not None
    return page.detail


def _ada_rencana_aksi(tabel: TabelBaris[BarisRencanaAksi], teks: str) -> bool:
    return any(b.teks == teks for b in semua_baris(tabel))


def _predikat_sampai(
    page: PenilaianBawahanPage, skp_id: str, predikat: Predikat
) -> Callable[[], bool]:
    return lambda: _predikat_di_daftar(page, skp_id) is predikat


def _predikat_di_daftar(page: PenilaianBawahanPage, skp_id: str) -> Predikat | None:
    row = next((r for r in semua_baris(page.daftar) if r.id == skp_id), None)
    return row.predikat if row else None


def test_a_quarter_through_the_widgets(
    qtbot: QtBot, layar: Layar, dunia: Dunia, tmp_path: Path
) -> None:
    pegawai_page, pp_id = pegawai_mengisi_triwulan(qtbot, layar, dunia, tmp_path)
    rekan_memberi_feedback(qtbot, layar, dunia)
    ketua_memberi_feedback(qtbot, layar, dunia)
    pimpinan_menilai_lima(qtbot, layar, dunia)

    with layar.uow.read() as s:
        penilaian = {
            p.periode_penilaian_id: p.predikat for p in s.scalars(select(PenilaianPeriode))
        }
        pp_of = {
            skp_id: pp
            for skp_id, pp in s.execute(select(PeriodePenilaian.skp_id, PeriodePenilaian.id))
        }
        sumber = sorted(f.sumber.value for f in s.scalars(select(Feedback)))
        assert len(s.scalars(select(BuktiDukung)).all()) == 2
    for aktor, (_h, _p, predikat) in zip(dunia.bawahan, RATING_LIMA, strict=True):
        assert penilaian[pp_of[dunia.skp[aktor.pegawai_id].id]] is predikat
    assert sumber.count("REKAN_KERJA") == 1 and sumber.count("KETUA_TIM") == 1
    assert sumber.count("ATASAN") == 10

    # the pegawai now sees the rating, and the peer feedback without the peer's name
    layar.uow.aktor = dunia.staf
    pegawai_page.refresh()
    qtbot.waitUntil(lambda: terpilih(pegawai_page.periode).predikat is Predikat.BAIK)
    assert pegawai_page.rating.predikat.text() == "Baik"
    assert not pegawai_page.rating.tombol_simpan.isVisible()
    kolaboratif = next(
        p for p in _detail(pegawai_page).perilaku if p.nilai is NilaiBerakhlak.KOLABORATIF
    )
    assert [(f.sumber, f.dari_nama) for f in kolaboratif.feedback] == [
        (SumberFeedback.REKAN_KERJA, "")
    ]
    assert pp_id == pp_of[dunia.skp[dunia.staf.pegawai_id].id]

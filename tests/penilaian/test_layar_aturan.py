"""Refusals and states on the penilaian screens: deadlines, file limit, not-approved SKP,
roles, deletes, filters, the navigation of the main window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from ekinerja_desktop.db import Database
from ekinerja_desktop.domain import JenisJabatan, NilaiBerakhlak, SifatFeedback, StatusSkp
from ekinerja_desktop.models import (
    Blob,
    BuktiDukung,
    Feedback,
    Pegawai,
    PeriodeDibukaUlang,
    RencanaAksi,
    Skp,
)
from ekinerja_desktop.services.uow import Aktor
from ekinerja_desktop.views.penilaian.dialogs import (
    BuktiDukungDialog,
    RealisasiDialog,
    RencanaAksiDialog,
)
from ekinerja_desktop.views.penilaian.feedback_rekan import FeedbackRekanPage
from ekinerja_desktop.views.penilaian.penilaian_bawahan import PenilaianBawahanPage
from ekinerja_desktop.views.penilaian.penilaian_page import TAB_RENCANA_AKSI, PenilaianPage
from tests.penilaian.conftest import Jam
from tests.penilaian.dunia import SESUDAH_BATAS_TW1, TAHUN, Dunia
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


def buka_halaman(qtbot: QtBot, layar: Layar, aktor: Aktor) -> PenilaianPage:
    layar.uow.aktor = aktor
    page = PenilaianPage(layar.uow, layar.bridge, layar.layanan)
    qtbot.addWidget(page)
    page.resize(1024 - 136, 680)
    page.show()
    page.set_aktor(aktor)
    return page


def staf_dengan_tw1(qtbot: QtBot, layar: Layar, dunia: Dunia) -> tuple[PenilaianPage, str]:
    layar.uow.aktor = dunia.staf
    pp_id = layar.layanan.tambah_periode_penilaian(
        dunia.skp[dunia.staf.pegawai_id].id, dunia.periode["TW1"]
    )
    return buka_halaman(qtbot, layar, dunia.staf), pp_id


def test_edit_after_the_deadline_is_refused_and_the_input_kept(
    qtbot: QtBot, layar: Layar, dunia: Dunia, jam: Jam
) -> None:
    page, _pp = staf_dengan_tw1(qtbot, layar, dunia)
    page.tabs.setCurrentIndex(1)
    hk = page.hasil_kerja
    klik(qtbot, hk.tombol_realisasi)
    dialog = dialog_terbuka(qtbot, hk)
    assert isinstance(dialog, RealisasiDialog)
    isi_teks(qtbot, dialog.realisasi, "4 laporan")
    jam.now = SESUDAH_BATAS_TW1  # midnight passed while typing
    simpan(qtbot, dialog, tertutup=False)
    assert "Batas pengisian periode Periode 1 (TW1) (5 April 2026) telah lewat" in (
        dialog.pesan.text()
    )
    assert dialog.isVisible() and dialog.realisasi.toPlainText() == "4 laporan"
    dialog.reject()

    page.refresh()  # the page now shows the period closed and offers no edits
    assert "telah lewat" in page.status_periode.text()
    assert page.status_periode.kind == "warning"
    assert not hk.tombol_realisasi.isEnabled() and not hk.tombol_bukti.isEnabled()
    assert page.periode.model_baris.row_texts(0)[3] == "Ditutup"
    page.tabs.setCurrentIndex(TAB_RENCANA_AKSI)
    assert not page.rencana_aksi.tombol_tambah.isEnabled()


def test_admin_reopening_opens_the_period_again(
    qtbot: QtBot, layar: Layar, dunia: Dunia, jam: Jam, db: Database
) -> None:
    jam.now = SESUDAH_BATAS_TW1
    page, _pp = staf_dengan_tw1(qtbot, layar, dunia)
    assert not page.hasil_kerja.tombol_realisasi.isEnabled()
    with db.write_session() as s, s.begin():
        s.add(
            PeriodeDibukaUlang(
                periode_id=dunia.periode["TW1"], unor_id=dunia.unor_id, sampai=date(TAHUN, 4, 15)
            )
        )
    page.refresh()
    assert "dibuka ulang oleh admin sampai 15 April 2026" in page.status_periode.text()
    assert page.periode.model_baris.row_texts(0)[3] == "Dibuka ulang s.d. 15 April 2026"
    assert page.hasil_kerja.tombol_realisasi.isEnabled()


def test_file_over_the_limit_is_refused_in_the_dialog_and_nothing_is_stored(
    qtbot: QtBot, layar: Layar, dunia: Dunia, tmp_path: Path
) -> None:
    page, _pp = staf_dengan_tw1(qtbot, layar, dunia)
    page.tabs.setCurrentIndex(1)
    besar = tmp_path / "pindaian.pdf"
    with besar.open("wb") as f:
        f.truncate(25 * 1024 * 1024)
    klik(qtbot, page.hasil_kerja.tombol_bukti)
    dialog = dialog_terbuka(qtbot, page.hasil_kerja)
    assert isinstance(dialog, BuktiDukungDialog)
    isi_teks(qtbot, dialog.nama, "Pindaian SK")
    dialog.set_berkas(besar)
    simpan(qtbot, dialog, tertutup=False)
    assert "Berkas terlalu besar: 25 MB; batasnya 20 MB" in dialog.pesan.text()
    assert dialog.isVisible() and dialog.nama.text() == "Pindaian SK"
    blobs = layar.layanan.blobs.folder
    assert not blobs.exists() or list(blobs.iterdir()) == []
    with layar.uow.read() as s:
        assert s.scalar(select(func.count()).select_from(Blob)) == 0
        assert s.scalar(select(func.count()).select_from(BuktiDukung)) == 0
    # without a file chosen, the dialog says so
    dialog.berkas.clear()
    simpan(qtbot, dialog, tertutup=False)
    assert "Pilih berkas bukti dukung" in dialog.pesan.text()


def test_not_approved_skp_shows_why_and_offers_no_period(
    qtbot: QtBot, layar: Layar, dunia: Dunia, db: Database
) -> None:
    with db.write_session() as s, s.begin():
        skp = s.get(Skp, dunia.skp[dunia.staf.pegawai_id].id)
        assert skp is not None
        skp.status = StatusSkp.PENGAJUAN
    page = buka_halaman(qtbot, layar, dunia.staf)
    assert "berstatus Pengajuan" in page.kosong.text()
    assert not page.tombol_periode.isEnabled()


def test_final_period_has_no_rencana_aksi_tab(qtbot: QtBot, layar: Layar, dunia: Dunia) -> None:
    layar.uow.aktor = dunia.staf
    final = layar.layanan.tambah_periode_penilaian(
        dunia.skp[dunia.staf.pegawai_id].id, dunia.periode["FINAL"]
    )
    page = buka_halaman(qtbot, layar, dunia.staf)
    assert page.periode.selected_id() == final
    assert not page.tabs.isTabEnabled(TAB_RENCANA_AKSI)
    assert page.tabs.currentIndex() != TAB_RENCANA_AKSI
    assert page.rencana_aksi.peringatan.text() == ""


def test_edit_and_delete_rencana_aksi(qtbot: QtBot, layar: Layar, dunia: Dunia) -> None:
    page, pp = staf_dengan_tw1(qtbot, layar, dunia)
    uji = dunia.skp[dunia.staf.pegawai_id]
    ra = layar.layanan.tambah_rencana_aksi(pp, uji.rhk_ids[0], "Draf laporan", "1", "draf")
    panel = page.rencana_aksi
    pilih(qtbot, panel.tabel, ra)
    klik(qtbot, panel.tombol_ubah)
    dialog = dialog_terbuka(qtbot, panel)
    assert isinstance(dialog, RencanaAksiDialog)
    assert dialog.teks.toPlainText() == "Draf laporan" and dialog.satuan.text() == "draf"
    dialog.teks.clear()
    simpan(qtbot, dialog, tertutup=False)
    assert "Rencana aksi belum diisi" in dialog.pesan.text()
    isi_teks(qtbot, dialog.teks, "Laporan final")
    simpan(qtbot, dialog)
    qtbot.waitUntil(lambda: terpilih(panel.tabel).teks == "Laporan final")
    ditanya: list[str] = []

    def tolak(_w: object, teks: str) -> bool:
        ditanya.append(teks)
        return False

    panel.konfirmasi = tolak
    klik(qtbot, panel.tombol_hapus)
    assert ditanya == ["Hapus rencana aksi \u201cLaporan final\u201d?"]
    panel.konfirmasi = lambda _w, _teks: True
    klik(qtbot, panel.tombol_hapus)
    qtbot.waitUntil(lambda: panel.tabel.selected_id() == f"rhk:{uji.rhk_ids[0]}")
    with layar.uow.read() as s:
        assert s.get(RencanaAksi, ra).deleted_at is not None  # type: ignore[union-attr]


def test_delete_bukti_dukung_and_withdraw_feedback(
    qtbot: QtBot, layar: Layar, dunia: Dunia
) -> None:
    layar.uow.aktor = dunia.staf
    uji = dunia.skp[dunia.staf.pegawai_id]
    pp = layar.layanan.tambah_periode_penilaian(uji.id, dunia.periode["TW1"])
    bukti = layar.layanan.tambah_bukti_dukung_link(pp, uji.iki_ids[0], "A", "https://a.go.id/x")
    page = buka_halaman(qtbot, layar, dunia.staf)
    page.tabs.setCurrentIndex(1)
    hk = page.hasil_kerja
    pilih(qtbot, hk.bukti, bukti)
    hk.konfirmasi = lambda _w, _t: True
    klik(qtbot, hk.tombol_hapus_bukti)
    qtbot.waitUntil(lambda: hk.bukti.model_baris.rowCount() == 0)

    layar.uow.aktor = dunia.kepala
    fb = layar.layanan.tambah_feedback(pp, SifatFeedback.POSITIF, "Baik", iki_id=uji.iki_ids[0])
    bawahan = PenilaianBawahanPage(layar.uow, layar.bridge, layar.layanan)
    qtbot.addWidget(bawahan)
    bawahan.show()
    bawahan.set_aktor(dunia.kepala)
    assert bawahan.pilih_periode(dunia.periode["TW1"])
    pilih(qtbot, bawahan.daftar, uji.id)
    hk2 = bawahan.hasil_kerja
    pilih(qtbot, hk2.iki, uji.iki_ids[0])
    pilih(qtbot, hk2.feedback, fb)
    hk2.konfirmasi = lambda _w, _t: True
    klik(qtbot, hk2.tombol_hapus_feedback)
    qtbot.waitUntil(lambda: hk2.feedback.model_baris.rowCount() == 0)
    with layar.uow.read() as s:
        assert s.get(Feedback, fb).deleted_at is not None  # type: ignore[union-attr]


def test_bawahan_without_the_period_and_the_search(
    qtbot: QtBot, layar: Layar, dunia: Dunia
) -> None:
    layar.uow.aktor = dunia.kepala
    page = PenilaianBawahanPage(layar.uow, layar.bridge, layar.layanan)
    qtbot.addWidget(page)
    page.show()
    page.set_aktor(dunia.kepala)
    assert page.pilih_periode(dunia.periode["TW1"])
    uji = dunia.skp[dunia.staf.pegawai_id]
    pilih(qtbot, page.daftar, uji.id)
    baris = page.daftar.model_baris.row_of_id(uji.id)
    assert baris is not None
    assert page.daftar.model_baris.row_texts(baris)[0] == "Periode belum ditambahkan"
    assert "Staf Uji belum menambahkan periode ini" in page.kosong_kanan.text()
    assert page.stack_kanan.currentIndex() == 1
    qtbot.keyClicks(page.cari, "pranata")
    assert page.daftar.proxy.rowCount() == 1
    qtbot.keyClicks(page.cari, "x")
    assert page.daftar.proxy.rowCount() == 0


def test_feedback_rekan_is_not_for_a_pimpinan(qtbot: QtBot, layar: Layar, dunia: Dunia) -> None:
    layar.uow.aktor = dunia.kepala
    page = FeedbackRekanPage(layar.uow, layar.bridge, layar.layanan)
    qtbot.addWidget(page)
    page.show()
    page.set_aktor(dunia.kepala)
    assert not page.tersedia
    assert "selain JPT/pimpinan" in page.kosong.text()


def test_a_rekan_cannot_pick_hasil_kerja_and_sees_only_own_peer_feedback(
    qtbot: QtBot, layar: Layar, dunia: Dunia, db: Database
) -> None:
    layar.uow.aktor = dunia.staf
    uji = dunia.skp[dunia.staf.pegawai_id]
    pp = layar.layanan.tambah_periode_penilaian(uji.id, dunia.periode["TW1"])
    layar.uow.aktor = dunia.lain_unit
    layar.layanan.tambah_feedback(pp, SifatFeedback.POSITIF, "Dari tim", nilai=NilaiBerakhlak.LOYAL)
    layar.uow.aktor = dunia.rekan
    page = FeedbackRekanPage(layar.uow, layar.bridge, layar.layanan)
    qtbot.addWidget(page)
    page.show()
    page.set_aktor(dunia.rekan)
    assert page.pilih_periode(dunia.periode["TW1"])
    pilih(qtbot, page.daftar, uji.id)
    pilih(qtbot, page.perilaku.perilaku, NilaiBerakhlak.LOYAL.value)
    assert page.perilaku.feedback.model_baris.rowCount() == 0  # another peer's is not shown
    assert page.detail is not None and page.detail.iki == ()
    # when the colleague becomes a pimpinan, the page stops offering them
    with db.write_session() as s, s.begin():
        pegawai = s.get(Pegawai, dunia.staf.pegawai_id)
        assert pegawai is not None
        pegawai.jenis_jabatan = JenisJabatan.PIMPINAN
    page.refresh()
    assert uji.id not in [r.id for r in semua_baris(page.daftar)]


def test_main_window_shows_the_pages_each_role_uses(
    qtbot: QtBot, layar: Layar, dunia: Dunia, tmp_path: Path
) -> None:
    from ekinerja_desktop.views.main_window import AppInfo, MainWindow

    window = MainWindow(
        layar.uow, layar.bridge, demo=False, info=AppInfo(version="uji", data_dir=tmp_path)
    )
    qtbot.addWidget(window)

    def terlihat() -> list[str]:
        nav = window.nav
        return [nav.item(i).text() for i in range(nav.count()) if not nav.isRowHidden(i)]

    window.act_as(dunia.staf.pegawai_id)
    assert {"Penilaian", "Feedback Rekan Kerja"} <= set(terlihat())
    assert "Penilaian Bawahan" not in terlihat()
    window.act_as(dunia.kepala.pegawai_id)
    assert {"Penilaian", "Penilaian Bawahan"} <= set(terlihat())
    assert "Feedback Rekan Kerja" not in terlihat()
    window.act_as(dunia.ketua.pegawai_id)
    assert {"Penilaian", "Penilaian Bawahan", "Feedback Rekan Kerja"} <= set(terlihat())

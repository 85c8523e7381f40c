"""The cascade of the guide (S000 2.1–2.6), driven through the main window's widgets: the JPT
drafts a kuantitatif SKP with three IKI (one Anggaran) and submits; the JPT's atasan writes an
ekspektasi and approves; an anggota drafts an SKP intervening a leader RHK, submits, is sent back
with a catatan, fixes, resubmits and is approved. Also the "Tambah SKP" dialog on its own."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from ekinerja_desktop.domain import (
    Aspek,
    JenisLampiran,
    JenisPlt,
    Pendekatan,
    Perspektif,
    StatusSkp,
)
from ekinerja_desktop.models import PltPlh
from ekinerja_desktop.services.uow import Aktor
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.main_window import MainWindow
from ekinerja_desktop.views.skp.daftar_skp import DaftarSkpPage
from ekinerja_desktop.views.skp.dialog_iki import IkiDialog
from ekinerja_desktop.views.skp.dialog_rhk import RhkDialog
from ekinerja_desktop.views.skp.dialog_status import EditStatusDialog
from ekinerja_desktop.views.skp.dialog_tambah_skp import TambahSkpDialog
from ekinerja_desktop.views.skp.hasil_kerja_model import Kolom
from ekinerja_desktop.views.skp.skp_editor import TAB_PERILAKU, SkpEditorPage
from tests.skp.conftest import Kantor
from tests.skp.gui import dialog, enter_di_sel, ketik, ok, tekan, tunggu, uow_untuk


@pytest.fixture
def window(qtbot: QtBot, kantor: Kantor) -> Iterator[MainWindow]:
    uow = uow_untuk(kantor, kantor.org.kepala)
    bridge = ChangeBridge(uow)
    win = MainWindow(uow, bridge, demo=False)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    bridge.detach()


def sebagai(qtbot: QtBot, win: MainWindow, aktor: Aktor) -> None:
    assert win.act_as(aktor.pegawai_id)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=3000)


def tambah_skp(qtbot: QtBot, win: MainWindow, pendekatan: Pendekatan) -> SkpEditorPage:
    daftar = win.pages[0]
    tekan(qtbot, daftar.findChild(QLineEdit) or daftar, "Ctrl+N")
    dlg = dialog(qtbot, win.skp_editor, TambahSkpDialog)
    dlg.pendekatan.setCurrentIndex(dlg.pendekatan.findData(pendekatan.value))
    ok(qtbot, dlg)
    page = win.skp_editor.current_editor()
    assert page is not None and page.data is not None
    return page


def rhk_baru(qtbot: QtBot, page: SkpEditorPage, teks: str, cari: str | None = None) -> None:
    tekan(qtbot, page.hasil.tree, "Ctrl+R")
    dlg = dialog(qtbot, page, RhkDialog)
    if cari is not None:
        ketik(qtbot, dlg.cari, cari)
        assert dlg.pimpinan_proxy.rowCount() == 2
        dlg.pimpinan.setCurrentIndex(dlg.pimpinan_proxy.index(1, 0))
    ketik(qtbot, dlg.teks, teks)
    ok(qtbot, dlg)
    tunggu(qtbot, page)


def iki_baru(
    qtbot: QtBot, page: SkpEditorPage, indikator: str, target: tuple[str, str, str], pilihan: str
) -> None:
    tekan(qtbot, page.hasil.tree, "Ctrl+I")
    dlg = dialog(qtbot, page, IkiDialog)
    ketik(qtbot, dlg.indikator, indikator)
    for field, value in zip((dlg.target_min, dlg.target_max, dlg.satuan), target, strict=True):
        ketik(qtbot, field, value)
    combo = dlg.perspektif if dlg.perspektif.isVisibleTo(dlg) else dlg.aspek
    combo.setCurrentIndex(combo.findData(pilihan))
    ok(qtbot, dlg)
    tunggu(qtbot, page)


def ajukan(qtbot: QtBot, page: SkpEditorPage) -> None:
    qtbot.mouseClick(page.tombol_ajukan, Qt.MouseButton.LeftButton)
    ok(qtbot, dialog(qtbot, page, QMessageBox))
    tunggu(qtbot, page)


def buka_bawahan(qtbot: QtBot, win: MainWindow, nama: str) -> SkpEditorPage:
    """Daftar SKP → "SKP Bawahan" → the row of `nama` → Enter."""
    win.nav.setCurrentRow(0)
    daftar = win.pages[0]
    assert isinstance(daftar, DaftarSkpPage)
    daftar.tabs.setCurrentIndex(1)
    table = daftar.bawahan.table
    rows = [table.model().index(r, 0) for r in range(table.model().rowCount())]
    [index] = [i for i in rows if i.data() == nama]
    table.setCurrentIndex(index)
    tekan(qtbot, table, "Return")
    page = win.skp_editor.current_editor()
    assert page is not None and page.data is not None
    return page


def edit_status(
    qtbot: QtBot, page: SkpEditorPage, ke: StatusSkp, catatan: str | None = None
) -> None:
    qtbot.mouseClick(page.tombol_status, Qt.MouseButton.LeftButton)
    dlg = dialog(qtbot, page, EditStatusDialog)
    dlg.status.setCurrentIndex(dlg.status.findData(ke.value))
    if catatan is not None:
        assert not dlg.tombol.button(dlg.tombol.StandardButton.Ok).isEnabled()  # required
        ketik(qtbot, dlg.catatan, catatan)
    ok(qtbot, dlg)
    tunggu(qtbot, page)


def test_cascade_jpt_atasan_and_anggota(qtbot: QtBot, kantor: Kantor, window: MainWindow) -> None:
    org = kantor.org
    # 1. The JPT drafts a kuantitatif SKP with three IKI, one Anggaran, and submits.
    sebagai(qtbot, window, org.kepala)
    jpt = tambah_skp(qtbot, window, Pendekatan.KUANTITATIF)
    assert jpt.pegawai.nilai[0].text() == "Kepala Uji"
    assert jpt.penilai.nilai[0].text() == "Sekjen Uji"
    assert jpt.penilai.nilai[2].text() == "Pembina Utama / IV/e"
    rhk_baru(qtbot, jpt, "Meningkatnya kualitas perencanaan biro")
    iki_baru(qtbot, jpt, "Persentase dokumen tepat waktu", ("90", "100", "%"),
             Perspektif.PROSES_BISNIS.value)  # fmt: skip
    iki_baru(qtbot, jpt, "Indeks kepuasan unit kerja", ("3,5", "4", "indeks"),
             Perspektif.PENERIMA_LAYANAN.value)  # fmt: skip
    rhk_baru(qtbot, jpt, "Meningkatnya akuntabilitas keuangan biro")
    iki_baru(qtbot, jpt, "Persentase realisasi anggaran", ("95", "100", "%"),
             Perspektif.ANGGARAN.value)  # fmt: skip
    daftar = jpt.lampiran_daftar(JenisLampiran.DUKUNGAN_SUMBER_DAYA)
    ketik(qtbot, daftar.baru, "Dukungan anggaran")
    qtbot.keyClick(daftar.baru, Qt.Key.Key_Return)
    tunggu(qtbot, jpt)
    assert jpt.data is not None and [len(r.iki) for r in jpt.data.rhk] == [2, 1]
    assert jpt.data.temuan == ()
    ajukan(qtbot, jpt)
    assert jpt.data.header.status is StatusSkp.PENGAJUAN
    jpt_rhk = jpt.data.rhk[1].id

    # 2. The JPT's atasan writes an ekspektasi khusus and approves.
    sebagai(qtbot, window, kantor.sekjen_aktor)
    review = buka_bawahan(qtbot, window, "Kepala Uji")
    assert review.hanya_baca.isVisible() and not review.hasil.model.editable
    review.tabs.setCurrentIndex(TAB_PERILAKU)
    table = review.perilaku.table
    table.setCurrentIndex(review.perilaku.model.index(0, 2))
    tekan(qtbot, table, "F2")
    editor = table.findChild(QLineEdit)
    assert editor is not None
    qtbot.keyClicks(editor, "Tanggap terhadap keluhan unit kerja")
    enter_di_sel(qtbot, review, table, editor)
    edit_status(qtbot, review, StatusSkp.PERSETUJUAN)
    assert review.data is not None and review.data.header.status is StatusSkp.PERSETUJUAN
    assert review.data.perilaku[0].ekspektasi == "Tanggap terhadap keluhan unit kerja"

    # 3. An anggota drafts an SKP intervening the JPT's RHK and submits.
    sebagai(qtbot, window, org.staf)
    anggota = tambah_skp(qtbot, window, Pendekatan.KUANTITATIF)
    rhk_baru(qtbot, anggota, "Tersusunnya laporan keuangan bulanan", cari="akuntabilitas")
    assert anggota.data is not None and anggota.data.rhk[0].rhk_diintervensi_id == jpt_rhk
    assert anggota.hasil.model.index_of_id(anggota.data.rhk[0].id, 1).data() == (
        "Meningkatnya akuntabilitas keuangan biro"
    )
    iki_baru(qtbot, anggota, "Jumlah laporan", ("12", "", "laporan"), Aspek.KUANTITAS.value)
    ajukan(qtbot, anggota)
    assert anggota.data.header.status is StatusSkp.PENGAJUAN

    # 4. The PPK sends it back with a required catatan.
    sebagai(qtbot, window, org.kepala)
    review = buka_bawahan(qtbot, window, "Staf Uji")
    assert review.data is not None and review.data.hak.transisi == (
        StatusSkp.PERSETUJUAN,
        StatusSkp.DRAFT,
    )
    edit_status(qtbot, review, StatusSkp.DRAFT, "Target perlu kualitas, bukan hanya jumlah")

    # 5. The pegawai sees the catatan, fixes and resubmits.
    sebagai(qtbot, window, org.staf)
    window.nav.setCurrentRow(0)
    daftar_page = window.pages[0]
    assert isinstance(daftar_page, DaftarSkpPage)
    table = daftar_page.milik.table
    table.setCurrentIndex(table.model().index(0, 0))
    tekan(qtbot, table, "Return")
    anggota = window.skp_editor.current_editor()  # type: ignore[assignment]
    assert anggota is not None and anggota.catatan.isVisible()
    assert "Target perlu kualitas" in anggota.catatan.text()
    rhk_id = anggota.data.rhk[0].id  # type: ignore[union-attr]
    anggota.hasil.select_id(rhk_id)
    iki_baru(qtbot, anggota, "Persentase laporan tanpa koreksi", ("90", "100", "%"),
             Aspek.KUALITAS.value)  # fmt: skip
    ajukan(qtbot, anggota)
    assert not anggota.catatan.isVisible()

    # 6. The PPK approves; the history shows every step.
    sebagai(qtbot, window, org.kepala)
    review = buka_bawahan(qtbot, window, "Staf Uji")
    edit_status(qtbot, review, StatusSkp.PERSETUJUAN)
    assert review.data is not None
    assert [(r.oleh_nama, r.dari, r.ke, r.catatan) for r in review.data.riwayat] == [
        ("Staf Uji", StatusSkp.DRAFT, StatusSkp.PENGAJUAN, ""),
        ("Kepala Uji", StatusSkp.PENGAJUAN, StatusSkp.DRAFT,
         "Target perlu kualitas, bukan hanya jumlah"),
        ("Staf Uji", StatusSkp.DRAFT, StatusSkp.PENGAJUAN, ""),
        ("Kepala Uji", StatusSkp.PENGAJUAN, StatusSkp.PERSETUJUAN, ""),
    ]  # fmt: skip
    assert review.riwayat.model.rowCount() == 4
    assert [len(r.iki) for r in review.data.rhk] == [2]
    model = review.hasil.model
    index = model.index_of_id(review.data.rhk[0].iki[1].id, model.kolom.index(Kolom.ASPEK))
    assert index.data() == "Kualitas"


def test_tambah_skp_dialog_refuses_inline_and_offers_plt_only_when_held(
    qtbot: QtBot, kantor: Kantor, window: MainWindow
) -> None:
    sebagai(qtbot, window, kantor.org.staf)
    window.skp_editor.tambah_skp()
    dlg = dialog(qtbot, window.skp_editor, TambahSkpDialog)
    assert dlg.unor.text() == "Biro Uji" and "Kepala Uji" in dlg.atasan.text()
    assert dlg.plt.isHidden()
    assert dlg.awal.date() == QDate(2026, 1, 1) and dlg.akhir.date() == QDate(2026, 12, 31)
    assert dlg.awal.text() == "1 Januari 2026"  # Indonesian whatever the system locale is
    dlg.akhir.setDate(QDate(2025, 12, 31))
    ok(qtbot, dlg)
    assert dlg.isVisible() and "tidak boleh sebelum periode awal" in dlg.pesan.text()
    dlg.akhir.setDate(QDate(2026, 12, 31))
    assert dlg.pesan.text() == ""
    ok(qtbot, dlg)
    qtbot.waitUntil(lambda: window.skp_editor.current_editor() is not None)
    window.skp_editor.tambah_skp()
    dlg = dialog(qtbot, window.skp_editor, TambahSkpDialog)
    dlg.awal.setDate(QDate(2026, 7, 1))
    ok(qtbot, dlg)
    assert "bertumpuk" in dlg.pesan.text() and dlg.skp_id is None
    dlg.reject()

    with kantor.db.write_session() as s, s.begin():
        s.add(
            PltPlh(
                pegawai_id=kantor.org.staf.pegawai_id, unor_id=kantor.org.unor_id,
                jabatan="PLT Kepala Bagian Uji", jenis=JenisPlt.PLT,
                periode_awal=date(2026, 3, 1), periode_akhir=date(2026, 8, 31),
            )
        )  # fmt: skip
    window.skp_editor.tambah_skp()
    dlg = dialog(qtbot, window.skp_editor, TambahSkpDialog)
    assert not dlg.plt.isHidden()
    tekan(qtbot, dlg.plt, "Space")
    assert dlg.awal.date() == QDate(2026, 3, 1) and "PLT Kepala Bagian Uji" in dlg.unor.text()
    ok(qtbot, dlg)  # a PLT SKP does not overlap the definitive one
    qtbot.waitUntil(lambda: dlg.skp_id is not None)
    page = window.skp_editor.current_editor()
    assert page is not None and page.data is not None
    assert page.data.header.plt_plh_jabatan == "PLT Kepala Bagian Uji"
    assert "PLT Kepala Bagian Uji" in page.keterangan.text()


def test_editors_close_and_the_menu_follows_the_page(
    qtbot: QtBot, kantor: Kantor, window: MainWindow
) -> None:
    sebagai(qtbot, window, kantor.org.staf)
    page = tambah_skp(qtbot, window, Pendekatan.KUALITATIF)
    skp_id = page.skp_id
    host = window.skp_editor
    host._isi_menu()
    texts = [a.text() for a in host.menu.actions()]
    assert "Tambah &RHK…" in texts and "&Tutup SKP" in texts
    assert window.nav.currentItem().text() == "SKP 2026"
    tekan(qtbot, page.hasil.tree, "Ctrl+W")
    assert host.current_editor() is None and window.nav.currentRow() == 0
    host._isi_menu()
    assert [a.text() for a in host.menu.actions()] == ["&Tambah SKP…"]
    host.buka(skp_id)
    assert host.current_editor() is not None
    window.act_as(kantor.org.kepala.pegawai_id)  # another user: the editors close
    assert host.editors == {} and window.stack.count() == len(window.pages)


def test_tambah_skp_button_on_daftar_skp_opens_the_new_skp(
    qtbot: QtBot, kantor: Kantor, window: MainWindow
) -> None:
    sebagai(qtbot, window, kantor.org.staf)
    daftar = window.pages[0]
    assert window.skp_editor.dialog is None
    qtbot.mouseClick(daftar.tombol_tambah, Qt.MouseButton.LeftButton)
    dlg = dialog(qtbot, window.skp_editor, TambahSkpDialog)
    ok(qtbot, dlg)
    qtbot.waitUntil(lambda: dlg.skp_id is not None)
    page = window.skp_editor.current_editor()
    assert page is not None and page.data is not None and page.data.header.id == dlg.skp_id
    qtbot.waitUntil(lambda: daftar.milik.model.rowCount() == 1)


def test_editor_menu_offers_cetak_and_excel_for_a_draft(
    qtbot: QtBot, kantor: Kantor, window: MainWindow
) -> None:
    sebagai(qtbot, window, kantor.org.staf)
    page = tambah_skp(qtbot, window, Pendekatan.KUANTITATIF)
    actions = [a for a in page.menu_actions() if a is not None]
    assert page.act_cetak in actions and page.act_template in actions and page.act_impor in actions
    assert page.act_cetak.isEnabled() and page.act_template.isEnabled()
    assert page.act_impor.isEnabled()
    sebagai(qtbot, window, kantor.org.rekan)  # another user: the editor closes
    assert window.skp_editor.current_editor() is None

"""Every kind of edit in the SKP editor, done through the widgets, undone with Ctrl+Z and redone
with Ctrl+Shift+Z / Ctrl+Y: RHK and IKI (add, edit inline and by dialog, delete, reorder),
lampiran, manual indikator, and the PPK's ekspektasi khusus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from ekinerja_desktop.domain import (
    Aspek,
    JenisLampiran,
    JenisRhk,
    NilaiBerakhlak,
    Pendekatan,
    PeriodePelaporan,
    StatusSkp,
)
from ekinerja_desktop.views.skp.dialog_iki import IkiDialog
from ekinerja_desktop.views.skp.dialog_rhk import RhkDialog
from ekinerja_desktop.views.skp.hasil_kerja_model import Kolom
from ekinerja_desktop.views.skp.skp_editor import TAB_LAMPIRAN, TAB_MANUAL, SkpEditorPage
from tests.skp.conftest import AKHIR, AWAL, Kantor, skp_jpt_lengkap
from tests.skp.gui import buka_editor, dialog, enter_di_sel, ketik, ok, tekan, tunggu
from tests.support import lengkapi_skp


def struktur(page: SkpEditorPage) -> list[tuple[str, str, list[str]]]:
    assert page.data is not None
    return [(r.jenis.value, r.teks, [i.indikator for i in r.iki]) for r in page.data.rhk]


def urungkan(qtbot: QtBot, page: SkpEditorPage) -> None:
    tekan(qtbot, page.hasil.tree, "Ctrl+Z")
    tunggu(qtbot, page)


def ulangi(qtbot: QtBot, page: SkpEditorPage, key: str = "Ctrl+Shift+Z") -> None:
    tekan(qtbot, page.hasil.tree, key)
    tunggu(qtbot, page)


def test_rhk_and_iki_edits_undo_and_redo(qtbot: QtBot, kantor: Kantor) -> None:
    _, [leader, _] = skp_jpt_lengkap(kantor.kepala)
    skp_id = kantor.staf.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    page = buka_editor(qtbot, kantor, kantor.org.staf, skp_id)
    tree = page.hasil.tree

    # add an RHK: Ctrl+R, choose the leader's RHK from the searchable list, type, save
    tekan(qtbot, tree, "Ctrl+R")
    rhk_dialog = dialog(qtbot, page, RhkDialog)
    ketik(qtbot, rhk_dialog.cari, "akuntabilitas")
    assert rhk_dialog.pimpinan_proxy.rowCount() == 2  # "(tidak)" and the match
    rhk_dialog.pimpinan.setCurrentIndex(rhk_dialog.pimpinan_proxy.index(1, 0))
    ketik(qtbot, rhk_dialog.teks, "Tersusunnya laporan keuangan")
    ok(qtbot, rhk_dialog)
    tunggu(qtbot, page)
    assert struktur(page) == [("UTAMA", "Tersusunnya laporan keuangan", [])]
    assert page.data is not None and page.data.rhk[0].rhk_diintervensi_id != leader
    assert page.hasil.current_rhk() is not None  # the new RHK is selected

    # add an IKI: Ctrl+I on the selected RHK
    tekan(qtbot, tree, "Ctrl+I")
    iki_dialog = dialog(qtbot, page, IkiDialog)
    ketik(qtbot, iki_dialog.indikator, "Jumlah laporan")
    ketik(qtbot, iki_dialog.target_min, "12")
    ketik(qtbot, iki_dialog.satuan, "laporan")
    iki_dialog.aspek.setCurrentIndex(iki_dialog.aspek.findData(Aspek.KUANTITAS.value))
    ok(qtbot, iki_dialog)
    tunggu(qtbot, page)
    assert struktur(page) == [("UTAMA", "Tersusunnya laporan keuangan", ["Jumlah laporan"])]
    iki = page.data.rhk[0].iki[0]
    assert (iki.target_min, iki.target_max, iki.satuan) == ("12", "12", "laporan")

    # edit the target inline (F2 on the cell), then the aspek through its combo
    page.hasil.select_id(iki.id, page.hasil.model.kolom.index(Kolom.TARGET))
    tekan(qtbot, tree, "F2")
    editor = tree.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "10-12 laporan")
    enter_di_sel(qtbot, page, tree, editor)
    iki = page.data.rhk[0].iki[0]
    assert (iki.target_min, iki.target_max) == ("10", "12")
    page.hasil.select_id(iki.id, page.hasil.model.kolom.index(Kolom.ASPEK))
    tekan(qtbot, tree, "F2")
    combo = tree.findChild(QComboBox)
    assert combo is not None
    combo.hidePopup()
    combo.setCurrentIndex(combo.findData(Aspek.WAKTU.value))
    enter_di_sel(qtbot, page, tree, combo)
    assert page.data.rhk[0].iki[0].aspek is Aspek.WAKTU

    urungkan(qtbot, page)
    assert page.data.rhk[0].iki[0].aspek is Aspek.KUANTITAS
    urungkan(qtbot, page)
    assert page.data.rhk[0].iki[0].target_min == "12"
    ulangi(qtbot, page, "Ctrl+Y")
    assert page.data.rhk[0].iki[0].target_min == "10"
    ulangi(qtbot, page)
    assert page.data.rhk[0].iki[0].aspek is Aspek.WAKTU

    # undo the IKI and the RHK, then redo both: the same records come back
    ids = (page.data.rhk[0].id, page.data.rhk[0].iki[0].id)
    urungkan(qtbot, page)
    urungkan(qtbot, page)
    urungkan(qtbot, page)
    urungkan(qtbot, page)
    assert struktur(page) == []
    for _ in range(4):
        ulangi(qtbot, page)
    assert (page.data.rhk[0].id, page.data.rhk[0].iki[0].id) == ids
    assert page.data.rhk[0].iki[0].aspek is Aspek.WAKTU


def test_delete_with_confirmation_and_undo_restores(qtbot: QtBot, kantor: Kantor) -> None:
    kepala = kantor.kepala
    skp_id, [r1, _] = skp_jpt_lengkap(kepala)
    page = buka_editor(qtbot, kantor, kantor.org.kepala, skp_id)
    before = struktur(page)
    page.hasil.select_id(r1)
    tekan(qtbot, page.hasil.tree, "Del")
    box = dialog(qtbot, page, QMessageBox)
    assert "beserta 2 IKI" in box.text()
    box.button(QMessageBox.StandardButton.No).click()  # "Batal": nothing happens
    tunggu(qtbot, page)
    assert struktur(page) == before
    page.hasil.select_id(r1)
    page.act_hapus.trigger()
    ok(qtbot, dialog(qtbot, page, QMessageBox))
    tunggu(qtbot, page)
    assert struktur(page) == before[1:]
    urungkan(qtbot, page)
    assert struktur(page) == before
    # an IKI alone
    iki_id = page.data.rhk[1].iki[0].id  # type: ignore[union-attr]
    page.hasil.select_id(iki_id)
    page.act_hapus.trigger()
    ok(qtbot, dialog(qtbot, page, QMessageBox))
    tunggu(qtbot, page)
    assert struktur(page)[1][2] == []
    urungkan(qtbot, page)
    assert struktur(page) == before
    ulangi(qtbot, page)
    assert struktur(page)[1][2] == []


def test_reorder_by_keyboard_and_drop_with_undo(qtbot: QtBot, kantor: Kantor) -> None:
    skp_id, [r1, r2] = skp_jpt_lengkap(kantor.kepala)
    page = buka_editor(qtbot, kantor, kantor.org.kepala, skp_id)
    page.hasil.select_id(r1)
    tekan(qtbot, page.hasil.tree, "Alt+Down")
    tunggu(qtbot, page)
    assert [r.id for r in page.data.rhk] == [r2, r1]  # type: ignore[union-attr]
    assert page.hasil.current_rhk().id == r1  # type: ignore[union-attr]
    # drag r1 into Tambahan (the drop the view makes on release)
    model = page.hasil.model
    data = model.mimeData([model.index_of_id(r1)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.group_index(JenisRhk.TAMBAHAN))
    tunggu(qtbot, page)
    assert [(r.id, r.jenis) for r in page.data.rhk] == [  # type: ignore[union-attr]
        (r2, JenisRhk.UTAMA),
        (r1, JenisRhk.TAMBAHAN),
    ]
    # IKI order inside the first RHK, by keyboard
    first_iki = page.data.rhk[1].iki[0]  # type: ignore[union-attr]
    page.hasil.select_id(first_iki.id)
    tekan(qtbot, page.hasil.tree, "Alt+Down")
    tunggu(qtbot, page)
    assert page.data.rhk[1].iki[1].id == first_iki.id  # type: ignore[union-attr]
    urungkan(qtbot, page)
    urungkan(qtbot, page)
    urungkan(qtbot, page)
    assert [r.id for r in page.data.rhk] == [r1, r2]  # type: ignore[union-attr]
    assert page.data.rhk[0].iki[0].id == first_iki.id  # type: ignore[union-attr]
    ulangi(qtbot, page)
    assert [r.id for r in page.data.rhk] == [r2, r1]  # type: ignore[union-attr]


def test_rhk_dialog_edit_and_undo(qtbot: QtBot, kantor: Kantor) -> None:
    skp_id, [r1, _] = skp_jpt_lengkap(kantor.kepala)
    page = buka_editor(qtbot, kantor, kantor.org.kepala, skp_id)
    page.hasil.select_id(r1)
    tekan(qtbot, page.hasil.tree, "Return")
    rhk_dialog = dialog(qtbot, page, RhkDialog)
    assert rhk_dialog.pimpinan.isHidden()  # a JPT SKP does not show the intervention list
    rhk_dialog.teks.setPlainText("Meningkatnya kualitas perencanaan dan penganggaran")
    rhk_dialog.jenis.setCurrentIndex(rhk_dialog.jenis.findData(JenisRhk.TAMBAHAN.value))
    ok(qtbot, rhk_dialog)
    tunggu(qtbot, page)
    assert struktur(page)[-1][:2] == (
        "TAMBAHAN",
        "Meningkatnya kualitas perencanaan dan penganggaran",
    )
    urungkan(qtbot, page)
    assert struktur(page)[0][:2] == ("UTAMA", "Meningkatnya kualitas perencanaan biro")


def test_lampiran_edits_undo_and_redo(qtbot: QtBot, kantor: Kantor) -> None:
    skp_id = kantor.staf.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    page = buka_editor(qtbot, kantor, kantor.org.staf, skp_id)
    page.tabs.setCurrentIndex(TAB_LAMPIRAN)
    daftar = page.lampiran_daftar(JenisLampiran.DUKUNGAN_SUMBER_DAYA)
    for teks in ("Laptop", "Anggaran kegiatan"):
        ketik(qtbot, daftar.baru, teks)
        qtbot.keyClick(daftar.baru, Qt.Key.Key_Return)
        tunggu(qtbot, page)
    assert [r.teks for r in daftar.model.rows] == ["Laptop", "Anggaran kegiatan"]
    assert daftar.model.index(0).data() == "1. Laptop"
    daftar.list.setCurrentIndex(daftar.model.index(0))
    daftar.list.setFocus()
    tekan(qtbot, daftar.list, "Alt+Down")
    tunggu(qtbot, page)
    assert [r.teks for r in daftar.model.rows] == ["Anggaran kegiatan", "Laptop"]
    assert daftar.model.setData(daftar.model.index(1), "Laptop dan akses aplikasi")
    tunggu(qtbot, page)
    daftar.list.setCurrentIndex(daftar.model.index(0))
    tekan(qtbot, daftar.list, "Del")
    tunggu(qtbot, page)
    assert [r.teks for r in daftar.model.rows] == ["Laptop dan akses aplikasi"]
    stack = page.penyunting.stack
    assert [stack.text(i) for i in range(stack.count())] == [
        "Tambah butir lampiran",
        "Tambah butir lampiran",
        "Pindahkan butir lampiran",
        "Ubah butir lampiran",
        "Hapus butir lampiran",
    ]
    expected = [
        ["Anggaran kegiatan", "Laptop"],
        ["Anggaran kegiatan", "Laptop dan akses aplikasi"],
    ]
    page.act_undo.trigger()
    tunggu(qtbot, page)
    assert [r.teks for r in daftar.model.rows] == expected[1]
    page.act_undo.trigger()
    tunggu(qtbot, page)
    assert [r.teks for r in daftar.model.rows] == expected[0]
    page.act_undo.trigger()
    tunggu(qtbot, page)
    assert [r.teks for r in daftar.model.rows] == ["Laptop", "Anggaran kegiatan"]
    page.act_undo.trigger()
    page.act_undo.trigger()
    tunggu(qtbot, page)
    assert daftar.model.rows == []
    for _ in range(5):
        page.act_redo.trigger()
    tunggu(qtbot, page)
    assert [r.teks for r in daftar.model.rows] == ["Laptop dan akses aplikasi"]


def test_manual_iki_saved_on_leaving_and_undone(qtbot: QtBot, kantor: Kantor) -> None:
    skp_id, _ = skp_jpt_lengkap(kantor.kepala)
    page = buka_editor(qtbot, kantor, kantor.org.kepala, skp_id)
    assert page.tabs.isTabVisible(TAB_MANUAL)
    page.tabs.setCurrentIndex(TAB_MANUAL)
    manual = page.manual
    assert manual.satuan.text() == "%"  # taken from the IKI
    ketik(qtbot, manual.tujuan, "Mengukur ketepatan waktu perencanaan")
    manual.periode.setCurrentIndex(manual.periode.findData(PeriodePelaporan.TRIWULANAN.value))
    manual.list.setCurrentIndex(manual.model.index(1, 0))  # moving on saves what was typed
    tunggu(qtbot, page)
    assert page.data is not None and page.data.manual[0].ada
    assert page.data.manual[0].tujuan == "Mengukur ketepatan waktu perencanaan"
    assert page.data.manual[0].periode_pelaporan is PeriodePelaporan.TRIWULANAN
    assert manual.indikator.text() == page.data.manual[1].indikator
    urungkan(qtbot, page)
    assert page.data.manual[0].tujuan == "" and page.data.manual[0].periode_pelaporan is None
    ulangi(qtbot, page)
    assert page.data.manual[0].tujuan == "Mengukur ketepatan waktu perencanaan"


def test_ekspektasi_by_the_ppk_undo_and_redo(qtbot: QtBot, kantor: Kantor) -> None:
    skp_id = kantor.staf.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    page = buka_editor(qtbot, kantor, kantor.org.kepala, skp_id)
    model = page.perilaku.model
    assert model.editable and not page.hasil.model.editable
    index = model.index(6, 2)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    page.tabs.setCurrentIndex(1)
    page.perilaku.table.setCurrentIndex(index)
    page.perilaku.table.setFocus()
    tekan(qtbot, page.perilaku.table, "F2")
    editor = page.perilaku.table.findChild(QLineEdit)
    assert editor is not None
    qtbot.keyClicks(editor, "Aktif berbagi data")
    enter_di_sel(qtbot, page, page.perilaku.table, editor)
    [row] = [p for p in model.rows if p.nilai is NilaiBerakhlak.KOLABORATIF]
    assert row.ekspektasi == "Aktif berbagi data"
    tekan(qtbot, page.perilaku.table, "Ctrl+Z")
    tunggu(qtbot, page)
    assert model.rows[6].ekspektasi == ""
    tekan(qtbot, page.perilaku.table, "Ctrl+Y")
    tunggu(qtbot, page)
    assert model.rows[6].ekspektasi == "Aktif berbagi data"


def test_a_refused_undo_is_dropped_and_explained(qtbot: QtBot, kantor: Kantor) -> None:
    staf = kantor.staf
    skp_id = staf.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    rhk_id = staf.tambah_rhk(skp_id, "RHK")
    page = buka_editor(qtbot, kantor, kantor.org.staf, skp_id)
    index = page.hasil.model.index_of_id(rhk_id, page.hasil.model.kolom.index(Kolom.RHK))
    assert page.hasil.model.setData(index, "RHK diubah")
    tunggu(qtbot, page)
    lengkapi_skp(staf, skp_id)  # from another window: completed, submitted, so locked
    staf.ubah_status(skp_id, StatusSkp.PENGAJUAN)
    page.penyunting.stack.undo()
    assert page.galat.isVisible() and "tidak bisa melakukan perubahan" in page.galat.text()
    assert page.penyunting.stack.count() == 0

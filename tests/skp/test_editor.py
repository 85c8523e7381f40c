"""The SKP editor on real widgets: validation findings, a kualitatif SKP, read-only for others
and after submission, refreshing in place, keyboard and accessibility."""

from __future__ import annotations

from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ekinerja_desktop.domain import (
    MAKS_PANJANG_IKI,
    MAKS_PANJANG_RHK,
    PESAN_TERKUNCI,
    Aspek,
    JenisRhk,
    Pendekatan,
    Perspektif,
    StatusSkp,
)
from ekinerja_desktop.views.skp.dialog_iki import IkiDialog
from ekinerja_desktop.views.skp.dialog_rhk import RhkDialog
from ekinerja_desktop.views.skp.hasil_kerja_model import Kolom
from ekinerja_desktop.views.skp.panel_validasi import KUNING, MERAH
from ekinerja_desktop.views.skp.skp_editor import TAB_HASIL, TAB_LAMPIRAN, SkpEditorPage
from tests.skp.conftest import AKHIR, AWAL, Kantor, skp_ja_lengkap, skp_jpt_lengkap
from tests.skp.gui import buka_editor, dialog, ketik, ok, tekan, tunggu


def temuan_di_panel(page: SkpEditorPage) -> list[tuple[str, str]]:
    panel = page.hasil.validasi.list
    items = [panel.item(i) for i in range(panel.count())]
    return [("ERROR" if i.background().color() == MERAH else "PERINGATAN", i.text()) for i in items]


def test_every_rule_is_listed_at_once_and_each_leads_to_its_row(
    qtbot: QtBot, kantor: Kantor
) -> None:
    kepala = kantor.kepala
    skp_id = kepala.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    kosong = kepala.tambah_rhk(skp_id, "   ")
    panjang = kepala.tambah_rhk(skp_id, "x" * (MAKS_PANJANG_RHK + 1), jenis=JenisRhk.TAMBAHAN)
    kepala.tambah_iki(kosong, "", target_min="sepuluh", target_max="5", satuan="")
    salah = kepala.tambah_iki(
        kosong, "y" * (MAKS_PANJANG_IKI + 1), target_min="100", target_max="90", satuan="%",
        perspektif=Perspektif.PROSES_BISNIS,
    )  # fmt: skip
    page = buka_editor(qtbot, kantor, kantor.org.kepala, skp_id)
    assert page.hasil.validasi.isVisible()
    found = temuan_di_panel(page)
    assert found == [
        ("ERROR", "SKP JPT harus memiliki paling sedikit satu IKI dengan perspektif Anggaran."),
        ("ERROR", "RHK ke-1 belum diisi."),
        ("ERROR", "IKI ke-1 pada RHK ke-1: indikator belum diisi."),
        ("ERROR", "IKI ke-1 pada RHK ke-1: perspektif belum dipilih."),
        ("ERROR", "IKI ke-1 pada RHK ke-1: target minimum: 'sepuluh' bukan angka."),
        ("ERROR", "IKI ke-1 pada RHK ke-1: satuan target belum diisi."),
        (
            "ERROR",
            f"IKI ke-2 pada RHK ke-1: teks IKI terlalu panjang: {MAKS_PANJANG_IKI + 1} "
            f"karakter (maksimal {MAKS_PANJANG_IKI}).",
        ),
        (
            "ERROR",
            "IKI ke-2 pada RHK ke-1: target minimum (100) lebih besar dari target maksimum (90).",
        ),
        (
            "ERROR",
            f"RHK ke-2 terlalu panjang: {MAKS_PANJANG_RHK + 1} karakter "
            f"(maksimal {MAKS_PANJANG_RHK}).",
        ),
        ("ERROR", "RHK ke-2 belum memiliki IKI."),
    ]
    assert "10 kesalahan" in page.hasil.validasi.ringkasan.text()
    # a click on a finding selects its row in the tree
    panel = page.hasil.validasi.list
    item = next(
        panel.item(i) for i in range(panel.count()) if "lebih besar" in panel.item(i).text()
    )
    _klik(qtbot, panel, item)
    assert page.hasil.current_iki() is not None and page.hasil.current_iki().id == salah  # type: ignore[union-attr]
    item = next(
        panel.item(i) for i in range(panel.count()) if "RHK ke-2 belum" in panel.item(i).text()
    )
    _klik(qtbot, panel, item)
    assert page.hasil.current_rhk().id == panjang  # type: ignore[union-attr]
    assert page.hasil.current_iki() is None
    # "Ajukan SKP" refuses and points at the list; nothing is submitted
    qtbot.mouseClick(page.tombol_ajukan, Qt.MouseButton.LeftButton)
    assert page.galat.isVisible() and "10 kesalahan" in page.galat.text()
    assert page.dialog is None
    assert page.data is not None and page.data.header.status is StatusSkp.DRAFT


def _klik(qtbot: QtBot, panel: QWidget, item: QListWidgetItem) -> None:
    rect = panel.visualItemRect(item)  # type: ignore[attr-defined]
    panel.scrollToItem(item)  # type: ignore[attr-defined]
    rect = panel.visualItemRect(item)  # type: ignore[attr-defined]
    qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # type: ignore[attr-defined]


def test_intervention_warns_without_leader_rhk_and_blocks_with_them(
    qtbot: QtBot, kantor: Kantor
) -> None:
    staf = kantor.staf
    skp_id = staf.buat_skp(AWAL, AKHIR, Pendekatan.KUANTITATIF)
    rhk_id = staf.tambah_rhk(skp_id, "Tersusunnya laporan")
    staf.tambah_iki(
        rhk_id, "Jumlah laporan", target_min="4", target_max="4", satuan="laporan",
        aspek=Aspek.KUANTITAS,
    )  # fmt: skip
    page = buka_editor(qtbot, kantor, kantor.org.staf, skp_id)
    assert temuan_di_panel(page) == [
        (
            "PERINGATAN",
            "RHK ke-1 belum mengintervensi RHK pimpinan karena pimpinan belum memiliki RHK.",
        )
    ]
    assert page.hasil.validasi.list.item(0).background().color() == KUNING
    assert "Siap diajukan" in page.hasil.validasi.ringkasan.text()
    skp_jpt_lengkap(kantor.kepala)  # the leader drafts: the warning becomes an error
    page.periksa()
    assert temuan_di_panel(page) == [("ERROR", "RHK ke-1 belum mengintervensi RHK pimpinan.")]


def test_missing_aspek_is_an_error_of_ja_jf(qtbot: QtBot, kantor: Kantor) -> None:
    _, [leader, _] = skp_jpt_lengkap(kantor.kepala)
    skp_id, _, iki_id = skp_ja_lengkap(kantor.staf, leader)
    kantor.staf.ubah_iki(iki_id, aspek=None)
    page = buka_editor(qtbot, kantor, kantor.org.staf, skp_id)
    assert temuan_di_panel(page) == [("ERROR", "IKI ke-1 pada RHK ke-1: aspek belum dipilih.")]


def test_kualitatif_skp_has_one_narrative(qtbot: QtBot, kantor: Kantor) -> None:
    _, [leader, _] = skp_jpt_lengkap(kantor.kepala)
    staf = kantor.staf
    skp_id = staf.buat_skp(AWAL, AKHIR, Pendekatan.KUALITATIF)
    rhk_id = staf.tambah_rhk(skp_id, "Tersusunnya kajian kebijakan", rhk_diintervensi_id=leader)
    page = buka_editor(qtbot, kantor, kantor.org.staf, skp_id)
    assert page.hasil.model.kolom == (Kolom.NOMOR, Kolom.INTERVENSI, Kolom.RHK, Kolom.NARASI)
    page.hasil.select_id(rhk_id)
    tekan(qtbot, page.hasil.tree, "Ctrl+I")
    iki_dialog = dialog(qtbot, page, IkiDialog)
    assert iki_dialog.target_min.isHidden() and iki_dialog.aspek.isHidden()
    ketik(qtbot, iki_dialog.indikator, "Kajian diterima pimpinan tanpa revisi besar pada Juni")
    ok(qtbot, iki_dialog)
    tunggu(qtbot, page)
    [iki] = page.data.rhk[0].iki  # type: ignore[union-attr]
    assert (iki.target_min, iki.aspek) == (None, None)
    index = page.hasil.model.index_of_id(iki.id, 3)
    assert index.data() == "Kajian diterima pimpinan tanpa revisi besar pada Juni"
    assert temuan_di_panel(page) == []
    assert "semua pemeriksaan terpenuhi" in page.hasil.validasi.ringkasan.text()


def test_read_only_for_someone_else_with_the_reason(qtbot: QtBot, kantor: Kantor) -> None:
    _, [leader, _] = skp_jpt_lengkap(kantor.kepala)
    skp_id, rhk_id, _ = skp_ja_lengkap(kantor.staf, leader)
    page = buka_editor(qtbot, kantor, kantor.org.rekan, skp_id)
    assert page.hanya_baca.isVisible() and "milik Staf Uji" in page.hanya_baca.text()
    for action in (
        page.act_tambah_rhk, page.act_tambah_iki, page.act_hapus, page.act_naik,
        page.act_ajukan, page.act_status,
    ):  # fmt: skip
        assert not action.isEnabled()
    assert not page.tombol_ajukan.isVisible() and not page.tombol_status.isVisible()
    model = page.hasil.model
    index = model.index_of_id(rhk_id, model.kolom.index(Kolom.RHK))
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(index) & Qt.ItemFlag.ItemIsDragEnabled
    assert not model.setData(index, "ubah")
    assert not page.hasil.tree.dragEnabled() and not page.hasil.validasi.isVisible()
    assert not page.perilaku.model.editable
    page.tabs.setCurrentIndex(TAB_LAMPIRAN)
    assert all(d.baru.isHidden() for d in page.lampiran.daftar.values())
    tekan(qtbot, page.hasil.tree, "Ctrl+R")
    assert page.dialog is None
    # Enter on an RHK still opens it, to read: nothing to save
    page.tabs.setCurrentIndex(TAB_HASIL)
    page.hasil.select_id(rhk_id)
    tekan(qtbot, page.hasil.tree, "Return")
    lihat = dialog(qtbot, page, RhkDialog)
    assert lihat.teks.isReadOnly() and not lihat.jenis.isEnabled()
    assert lihat.tombol.button(QDialogButtonBox.StandardButton.Ok).isHidden()
    lihat.reject()


def test_locked_after_submission_then_reopened_with_the_catatan(
    qtbot: QtBot, kantor: Kantor
) -> None:
    _, [leader, _] = skp_jpt_lengkap(kantor.kepala)
    skp_id, rhk_id, _ = skp_ja_lengkap(kantor.staf, leader)
    page = buka_editor(qtbot, kantor, kantor.org.staf, skp_id)
    qtbot.mouseClick(page.tombol_ajukan, Qt.MouseButton.LeftButton)
    box = dialog(qtbot, page, QMessageBox)
    assert box.text() == "Apakah Anda yakin ingin mengajukan SKP ini?"
    assert "Anda tidak bisa melakukan perubahan sampai SKP selesai ditinjau" in (
        box.informativeText()
    )
    ok(qtbot, box)
    tunggu(qtbot, page)
    assert page.data is not None and page.data.header.status is StatusSkp.PENGAJUAN
    assert page.status.text() == "PENGAJUAN"
    assert page.hanya_baca.text() == f"{PESAN_TERKUNCI}."
    assert not page.hasil.model.editable and page.penyunting.stack.count() == 0
    kantor.kepala.ubah_status(skp_id, StatusSkp.DRAFT, "Perjelas satuan target")
    page.refresh()  # another person's change reaches this laptop (here: one more read)
    assert page.catatan.isVisible() and "Perjelas satuan target" in page.catatan.text()
    assert "Kepala Uji" in page.catatan.text()
    assert page.hasil.model.editable and not page.hanya_baca.isVisible()
    rows = page.riwayat.model.rows()
    assert [(r.dari, r.ke) for r in rows] == [
        (StatusSkp.DRAFT, StatusSkp.PENGAJUAN),
        (StatusSkp.PENGAJUAN, StatusSkp.DRAFT),
    ]
    assert page.riwayat.model.index(1, 4).data() == "Perjelas satuan target"
    assert rhk_id


def test_refresh_in_place_keeps_selection(qtbot: QtBot, kantor: Kantor) -> None:
    skp_id, [r1, r2] = skp_jpt_lengkap(kantor.kepala)
    page = buka_editor(qtbot, kantor, kantor.org.kepala, skp_id)
    page.hasil.select_id(r2)
    kept = QPersistentModelIndex(page.hasil.tree.currentIndex())
    resets: list[bool] = []
    page.hasil.model.modelReset.connect(lambda: resets.append(True))
    # an edit from elsewhere in the app (same unit of work: its ChangeSet reaches the page)
    page.layanan.ubah_rhk(r1, teks="RHK pertama, diubah di jendela lain")
    page.layanan.tambah_rhk(skp_id, "RHK baru dari jendela lain", jenis=JenisRhk.TAMBAHAN)
    tunggu(qtbot, page)
    assert resets == []
    assert kept.isValid() and page.hasil.current_rhk().id == r2  # type: ignore[union-attr]
    assert page.hasil.model.index_of_id(r1, 1).data() == "RHK pertama, diubah di jendela lain"
    assert page.tabs.tabText(TAB_HASIL) == "Hasil Kerja (3 RHK)"


def test_keyboard_menu_and_accessible_names(qtbot: QtBot, kantor: Kantor) -> None:
    skp_id, _ = skp_jpt_lengkap(kantor.kepala)
    page = buka_editor(qtbot, kantor, kantor.org.kepala, skp_id)
    shortcuts = {
        a.text().replace("&", ""): a.shortcut().toString()
        for a in page.menu_actions()
        if a is not None
    }
    assert shortcuts["Tambah RHK…"] == "Ctrl+R"
    assert shortcuts["Tambah IKI…"] == "Ctrl+I"
    assert shortcuts["Hapus…"] == "Del"
    assert shortcuts["Pindah ke atas"] == "Alt+Up"
    assert shortcuts["Periksa kelengkapan"] == "F7"
    assert shortcuts["Ajukan SKP…"] == "Ctrl+Shift+A"
    assert shortcuts["Tutup SKP"] == "Ctrl+W"
    assert [s.toString() for s in page.act_redo.shortcuts()] == ["Ctrl+Shift+Z", "Ctrl+Y"]
    assert page.act_undo.shortcut().toString() == "Ctrl+Z"
    tekan(qtbot, page.hasil.tree, "Ctrl+3")
    assert page.tabs.currentIndex() == TAB_LAMPIRAN
    for widget in (
        page.hasil.tree, page.hasil.validasi.list, page.perilaku.table, page.riwayat.table,
        page.status, *page.lampiran.daftar.values(),
    ):  # fmt: skip
        assert widget.accessibleName() or widget.title()  # type: ignore[attr-defined]
    for button in page.findChildren(QAbstractButton):
        if button.objectName().startswith("qt_"):  # Qt's own (a table's corner button)
            continue
        assert button.text() or button.toolTip() or button.accessibleName()

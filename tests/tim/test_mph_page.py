"""The Matriks Peran Hasil page driven with qtbot: the grid shows each role in its cell;
"Tambah RHK" from a cell, "Buat SKP", "Tambah Pegawai", filtering and refresh."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ekinerja_desktop.db import Database
from ekinerja_desktop.domain import StatusSkp
from ekinerja_desktop.services.uow import Aktor, ChangeSet, UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.mph.mph_page import MphPage
from ekinerja_desktop.views.tim.dialogs import BuatSkpDialog, PilihPegawaiDialog, RhkPeranDialog
from tests.support import ajukan
from tests.tim.conftest import TimSiap, skp


@pytest.fixture
def page(qtbot: QtBot, db: Database) -> Iterator[MphPage]:
    uow = UnitOfWork(db)
    bridge = ChangeBridge(uow)
    widget = MphPage(uow, bridge)
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    bridge.detach()


def act_as(page: MphPage, aktor: Aktor) -> None:
    page.uow.aktor = aktor
    page.set_aktor(aktor)


def cell(page: MphPage, pegawai_id: str, column: int) -> str:
    row = page.model.row_of_id(pegawai_id)
    assert row is not None, pegawai_id
    return str(page.proxy.mapFromSource(page.model.index(row, column)).data())


def ok(qtbot: QtBot, dialog: object) -> None:
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]


def test_jpt_sees_the_cascade_in_the_right_cells(page: MphPage, siap: TimSiap) -> None:
    org = siap.c.org
    act_as(page, org.jpt)
    assert page.tersedia
    assert page.pilihan.currentText() == "Unit kerja: Biro Uji"
    assert page.pilihan.count() == 2  # the unit and the team
    assert page.stack.currentWidget() is page.grid
    ketua = "• Tersedianya data kinerja biro yang mutakhir"
    assert cell(page, org.ketua.pegawai_id, 0) == ketua
    assert cell(page, org.ketua.pegawai_id, 1) == ketua  # same group, drawn spanned
    assert cell(page, org.ketua.pegawai_id, 2) == ""
    assert cell(page, org.anggota.pegawai_id, 0) == "↳ Terkumpulnya data capaian triwulanan"
    assert page.ringkasan.text().startswith("4 pegawai · 2 dengan peran · 2 tanpa peran")
    assert "Kepala Uji" in page.subheading.text()
    # The team matrix: the ketua's team RHK against the anggota, read only for the JPT.
    assert page.pilih(siap.tim_id)
    assert [b.id for b in page.model.mph.baris] == [org.anggota.pegawai_id]  # type: ignore[union-attr]
    assert cell(page, org.anggota.pegawai_id, 0) == "• Terkumpulnya data capaian triwulanan"
    page.pilih_sel(org.anggota.pegawai_id, 0)
    assert not page.act_tambah_rhk.isEnabled() and not page.act_tambah_pegawai.isEnabled()


def test_tambah_rhk_from_a_cell(qtbot: QtBot, page: MphPage, siap: TimSiap) -> None:
    org = siap.c.org
    act_as(page, org.jpt)
    assert page.pilih_sel(org.bukan_jpt.pegawai_id, 2)  # RHK 2's only IKI column
    assert page.act_tambah_rhk.isEnabled() and not page.act_buat_skp.isEnabled()
    qtbot.keyClick(page.grid, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, RhkPeranDialog)
    assert dialog.diintervensi.currentData() == siap.c.rhk_jpt_2  # prefilled from the column
    assert dialog.klasifikasi.isEnabled()
    qtbot.keyClicks(dialog.teks, "Tersedianya bahan evaluasi SAKIP")
    ok(qtbot, dialog)
    assert page.dialog is None
    assert cell(page, org.bukan_jpt.pegawai_id, 2) == "• Tersedianya bahan evaluasi SAKIP"
    assert page.grid.currentIndex().column() == 2  # the cell stays current after the reload
    assert "RHK ditambahkan" in page.pesan.text()


def test_buat_skp_for_a_pegawai_without_one(qtbot: QtBot, page: MphPage, siap: TimSiap) -> None:
    org = siap.c.org
    act_as(page, org.jpt)
    page.pilih_sel(org.tanpa_skp.pegawai_id, 0)
    assert page.act_buat_skp.isEnabled() and not page.act_tambah_rhk.isEnabled()
    page.act_buat_skp.trigger()
    dialog = page.dialog
    assert isinstance(dialog, BuatSkpDialog)
    ok(qtbot, dialog)
    row = page.model.row_of_id(org.tanpa_skp.pegawai_id)
    assert row is not None and page.model.baris(row).status is StatusSkp.DRAFT
    assert page.act_tambah_rhk.isEnabled() and not page.act_buat_skp.isEnabled()


def test_tambah_pegawai_from_another_unit(qtbot: QtBot, page: MphPage, siap: TimSiap) -> None:
    org = siap.c.org
    act_as(page, org.jpt)
    assert page.model.row_of_id(org.luar.pegawai_id) is None
    page.act_tambah_pegawai.trigger()
    dialog = page.dialog
    assert isinstance(dialog, PilihPegawaiDialog)
    assert {k.nama for k in dialog.kandidat.values()} == {"Luar Uji"}  # not already a row
    dialog.cari.setText("luar")
    qtbot.mouseClick(dialog.tombol_cari, Qt.MouseButton.LeftButton)
    ok(qtbot, dialog)
    rhk = page.dialog
    assert isinstance(rhk, RhkPeranDialog) and "Luar Uji" in rhk.windowTitle()
    rhk.diintervensi.setCurrentIndex(rhk.diintervensi.findData(siap.c.rhk_jpt_2))
    qtbot.keyClicks(rhk.teks, "Dukungan data lintas biro")
    ok(qtbot, rhk)
    assert cell(page, org.luar.pegawai_id, 2) == "• Dukungan data lintas biro"
    row = page.model.row_of_id(org.luar.pegawai_id)
    assert row is not None and page.model.baris(row).lintas_unit


def test_ketua_adds_an_anggota_from_the_team_matrix(
    qtbot: QtBot, page: MphPage, siap: TimSiap
) -> None:
    org = siap.c.org
    act_as(page, org.ketua)
    assert page.pilihan_aktif().tim_id == siap.tim_id  # type: ignore[union-attr]
    page.act_tambah_pegawai.trigger()
    dialog = page.dialog
    assert isinstance(dialog, PilihPegawaiDialog)
    dialog.cari.setText("pelaksana")
    qtbot.mouseClick(dialog.tombol_cari, Qt.MouseButton.LeftButton)
    ok(qtbot, dialog)
    assert page.model.row_of_id(org.bukan_jpt.pegawai_id) is not None
    assert cell(page, org.bukan_jpt.pegawai_id, 0) == ""
    page.pilih_sel(org.bukan_jpt.pegawai_id, 0)
    page.act_tambah_rhk.trigger()
    rhk = page.dialog
    assert isinstance(rhk, RhkPeranDialog) and not rhk.klasifikasi.isEnabled()
    qtbot.keyClicks(rhk.teks, "Tervalidasinya data kinerja")
    ok(qtbot, rhk)
    assert cell(page, org.bukan_jpt.pegawai_id, 0) == "• Tervalidasinya data kinerja"


def test_refusal_in_the_dialog_keeps_the_text(qtbot: QtBot, page: MphPage, siap: TimSiap) -> None:
    org = siap.c.org
    act_as(page, org.jpt)
    ajukan(skp(page.uow.db, org.bukan_jpt), siap.c.bukan_jpt_skp)
    page.sinkronisasi()
    page.pilih_sel(org.bukan_jpt.pegawai_id, 0)
    page.act_tambah_rhk.trigger()
    dialog = page.dialog
    assert isinstance(dialog, RhkPeranDialog)
    qtbot.keyClicks(dialog.teks, "RHK yang tidak boleh hilang")
    ok(qtbot, dialog)
    assert dialog.isVisible() and "berstatus Draft" in dialog.pesan.text()
    assert dialog.teks.toPlainText() == "RHK yang tidak boleh hilang"
    dialog.reject()


def test_filter_and_tanpa_peran(qtbot: QtBot, page: MphPage, siap: TimSiap) -> None:
    act_as(page, siap.c.org.jpt)
    qtbot.keyClick(page.grid, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "rekan")
    assert page.proxy.rowCount() == 1
    assert "1 ditampilkan" in page.ringkasan.text()
    page.search.clear()
    page.tanpa_peran.setChecked(True)
    assert page.proxy.rowCount() == 2


def test_changes_from_elsewhere_reload_the_matrix(
    qtbot: QtBot, page: MphPage, siap: TimSiap
) -> None:
    org = siap.c.org
    act_as(page, org.jpt)
    rhk = skp(page.uow.db, org.bukan_jpt).tambah_rhk(
        siap.c.bukan_jpt_skp, "Data baru dari sinkronisasi", rhk_diintervensi_id=siap.c.rhk_jpt_1
    )
    assert cell(page, org.bukan_jpt.pegawai_id, 0) == ""
    page.uow.notify(ChangeSet(frozenset({("rhk", rhk)})))
    qtbot.waitUntil(lambda: cell(page, org.bukan_jpt.pegawai_id, 0) != "")
    assert cell(page, org.bukan_jpt.pegawai_id, 0) == "• Data baru dari sinkronisasi"


def test_nobody_and_no_matrix(page: MphPage, siap: TimSiap) -> None:
    act_as(page, siap.c.org.luar)
    assert not page.tersedia
    assert page.stack.currentWidget() is page.kosong
    assert "Belum ada matriks" in page.kosong.text()
    page.uow.aktor = None
    page.set_aktor(None)
    assert page.kosong.text() == "Belum ada pengguna."

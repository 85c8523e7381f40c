"""The Tim Kerja page driven as its users do: the JPT creates a team, generates its SKP
organisasi and sets the ketua; the ketua adds an anggota and an RHK to the anggota's SKP."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ekinerja_desktop.db import Database
from ekinerja_desktop.domain import KlasifikasiRhk
from ekinerja_desktop.services.uow import Aktor, ChangeSet, UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.mph.mph_page import MphPage
from ekinerja_desktop.views.tim.dialogs import PilihPegawaiDialog, RhkPeranDialog, TimDialog
from ekinerja_desktop.views.tim.tim_models import (
    AnggotaTableModel,
    RhkKetuaTableModel,
    TimTableModel,
)
from ekinerja_desktop.views.tim.tim_page import TimKerjaPage
from tests.tim.conftest import TAHUN, Cascade, TimSiap, skp, tim


@pytest.fixture
def uow(db: Database) -> UnitOfWork:
    return UnitOfWork(db)


@pytest.fixture
def page(qtbot: QtBot, uow: UnitOfWork) -> Iterator[TimKerjaPage]:
    bridge = ChangeBridge(uow)
    widget = TimKerjaPage(uow, bridge)
    qtbot.addWidget(widget)
    widget.resize(900, 640)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    bridge.detach()


def act_as(page: TimKerjaPage, aktor: Aktor) -> None:
    page.uow.aktor = aktor
    page.set_aktor(aktor)


def ok(qtbot: QtBot, dialog: object) -> None:
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]


def pilih_pegawai(qtbot: QtBot, dialog: object, teks: str) -> None:
    assert isinstance(dialog, PilihPegawaiDialog)
    # setText, not typed keys: typing opens the completer popup, which the offscreen platform
    # cannot raise (a Qt warning that fails the test); "Cari Pegawai" does the same lookup.
    dialog.cari.setText(teks)
    qtbot.mouseClick(dialog.tombol_cari, Qt.MouseButton.LeftButton)
    assert dialog.terpilih is not None, dialog.pesan.text()
    ok(qtbot, dialog)


def test_jpt_then_ketua_through_the_page(
    qtbot: QtBot, db: Database, page: TimKerjaPage, cascade: Cascade
) -> None:
    org = cascade.org
    act_as(page, org.jpt)
    assert page.tersedia and page.act_tambah_tim.isEnabled()
    assert page.tim_model.rowCount() == 0
    # Tambah Tim Kerja
    page.act_tambah_tim.trigger()
    dialog = page.dialog
    assert isinstance(dialog, TimDialog) and dialog.isVisible()
    assert not dialog.ok.isEnabled()  # no name yet
    qtbot.keyClicks(dialog.nama, "Tim Data Kinerja")
    ok(qtbot, dialog)
    assert page.dialog is None
    [baris] = page.tim_model.rows()
    assert (baris.nama, baris.ketua_id, baris.skp_organisasi_dibuat) == (
        "Tim Data Kinerja",
        None,
        False,
    )
    index = page.tim_proxy.index(0, TimTableModel.KOLOM_KETUA)
    assert index.data() == "Ketua Tim belum diatur"
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    # Generate SKP Organisasi, then the ketua can be set.
    assert page.act_generate.isEnabled() and not page.act_ketua.isEnabled()
    page.act_generate.trigger()
    assert page.pesan.kind == "info"
    assert not page.act_generate.isEnabled() and page.act_ketua.isEnabled()
    page.act_ketua.trigger()
    pilih_pegawai(qtbot, page.dialog, "staf")
    assert page.tim_terpilih().ketua_nama == "Staf Uji"  # type: ignore[union-attr]
    assert "Staf Uji menjadi ketua" in page.pesan.text()
    tim_id = page.tim_terpilih().id  # type: ignore[union-attr]
    assert not page.act_tambah_anggota.isEnabled()  # the JPT is not the ketua

    # The ketua drafts the team's RHK in their SKP (the SKP editor's job), then uses the page.
    skp(db, org.ketua).tambah_rhk(
        cascade.ketua_skp,
        "Tersedianya data kinerja biro",
        klasifikasi=KlasifikasiRhk.ORGANISASI,
        tim_kerja_id=tim_id,
        rhk_diintervensi_id=cascade.rhk_jpt_1,
    )
    act_as(page, org.ketua)
    assert page.tersedia and not page.act_tambah_tim.isEnabled()
    assert page.rhk_model.rowCount() == 1
    page.act_tambah_anggota.trigger()
    pilih_pegawai(qtbot, page.dialog, "rekan")
    assert [a.nama for a in page.anggota_model.rows()] == ["Rekan Uji"]
    assert page.anggota_terpilih().nama == "Rekan Uji"  # type: ignore[union-attr]
    assert page.act_tambah_rhk.isEnabled()
    page.act_tambah_rhk.trigger()
    dialog = page.dialog
    assert isinstance(dialog, RhkPeranDialog)
    assert dialog.diintervensi.currentText() == "Tersedianya data kinerja biro"
    assert not dialog.klasifikasi.isEnabled()  # tied to the team
    qtbot.keyClicks(dialog.teks, "Terkumpulnya data capaian")
    qtbot.keyClicks(dialog.indikator, "Jumlah laporan")
    ok(qtbot, dialog)
    assert page.dialog is None
    [anggota] = page.anggota_model.rows()
    assert anggota.jumlah_rhk_tim == 1
    assert "RHK ditambahkan ke SKP Rekan Uji" in page.pesan.text()

    # The JPT's matrix now shows each of them in the right cell.
    act_as(page, org.jpt)
    grid = MphPage(page.uow, ChangeBridge(page.uow))
    qtbot.addWidget(grid)
    grid.set_aktor(org.jpt)
    model = grid.model
    ketua_row, anggota_row = (model.row_of_id(a.pegawai_id) for a in (org.ketua, org.anggota))
    assert ketua_row is not None and anggota_row is not None
    assert model.index(ketua_row, 0).data() == "• Tersedianya data kinerja biro"  # RHK 1
    assert model.index(ketua_row, 2).data() == ""  # RHK 2: no role
    assert model.index(anggota_row, 0).data() == "↳ Terkumpulnya data capaian"
    assert grid.pilih(tim_id)
    assert grid.model.index(0, 0).data() == "• Terkumpulnya data capaian"


def test_a_refusal_keeps_the_dialog_and_what_was_typed(
    qtbot: QtBot, page: TimKerjaPage, cascade: Cascade
) -> None:
    tim(page.uow.db, cascade.org.jpt).buat_tim(cascade.org.biro_id, "Tim Data", TAHUN)
    act_as(page, cascade.org.jpt)
    page.act_tambah_tim.trigger()
    dialog = page.dialog
    assert isinstance(dialog, TimDialog)
    qtbot.keyClicks(dialog.nama, "tim data")
    ok(qtbot, dialog)
    assert dialog.isVisible() and page.dialog is dialog
    assert "sudah ada" in dialog.pesan.text() and dialog.pesan.kind == "error"
    assert dialog.nama.text() == "tim data"
    dialog.reject()
    assert page.dialog is None


def test_ketua_removes_an_anggota_after_confirming(
    qtbot: QtBot, page: TimKerjaPage, siap: TimSiap
) -> None:
    act_as(page, siap.c.org.ketua)
    assert page.pilih_anggota(siap.c.org.anggota.pegawai_id)
    page.act_hapus_anggota.trigger()
    box = page.dialog
    assert isinstance(box, QMessageBox) and "Rekan Uji" in box.text()
    [ya] = [b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.YesRole]
    qtbot.mouseClick(ya, Qt.MouseButton.LeftButton)
    assert page.anggota_model.rowCount() == 0
    assert "dikeluarkan" in page.pesan.text()


def test_hapus_tim_refused_shows_why(qtbot: QtBot, page: TimKerjaPage, siap: TimSiap) -> None:
    act_as(page, siap.c.org.jpt)
    page.act_hapus_tim.trigger()
    box = page.dialog
    assert isinstance(box, QMessageBox)
    [ya] = [b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.YesRole]
    qtbot.mouseClick(ya, Qt.MouseButton.LeftButton)
    assert page.pesan.kind == "error" and "masih dipakai" in page.pesan.text()
    assert page.tim_model.rowCount() == 1


def test_anggota_sees_the_team_read_only(page: TimKerjaPage, siap: TimSiap) -> None:
    act_as(page, siap.c.org.anggota)
    assert page.tersedia
    assert [r.nama for r in page.tim_model.rows()] == ["Tim Data Kinerja"]
    for act in (
        page.act_tambah_tim,
        page.act_generate,
        page.act_ketua,
        page.act_hapus_tim,
        page.act_tambah_anggota,
        page.act_hapus_anggota,
        page.act_tambah_rhk,
    ):
        assert not act.isEnabled(), act.text()
    assert page.rhk_model.rowCount() == 1  # what the anggota intervenes
    act_as(page, siap.c.org.luar)
    assert not page.tersedia


def test_a_commit_elsewhere_refreshes_the_page(
    qtbot: QtBot, page: TimKerjaPage, siap: TimSiap
) -> None:
    """Changes pulled by sync (or made on another screen) arrive as a ChangeSet."""
    act_as(page, siap.c.org.jpt)
    assert page.tim_model.row_at(0).jumlah_anggota == 1
    anggota_id = tim(page.uow.db, siap.c.org.ketua).tambah_anggota(
        siap.tim_id, siap.c.org.luar.pegawai_id
    )
    page.uow.notify(ChangeSet(frozenset({("anggota_tim", anggota_id)})))
    qtbot.waitUntil(lambda: page.tim_model.row_at(0).jumlah_anggota == 2)
    page.uow.notify(ChangeSet(frozenset({("periode", "x")})))  # unrelated: no reload
    assert not page._refresh_timer.isActive()


def test_ctrl_f_goes_to_the_search_box(qtbot: QtBot, page: TimKerjaPage, siap: TimSiap) -> None:
    act_as(page, siap.c.org.jpt)
    page.tim_view.setFocus()
    qtbot.keyClick(page.tim_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "tidak ada")
    assert page.tim_proxy.rowCount() == 0


def test_tim_models_pass_the_model_tester(qtmodeltester, db: Database, siap: TimSiap) -> None:  # type: ignore[no-untyped-def]
    layanan = tim(db, siap.c.org.jpt)
    for model, rows in (
        (TimTableModel(), layanan.daftar_tim(TAHUN)),
        (AnggotaTableModel(), layanan.anggota(siap.tim_id)),
        (RhkKetuaTableModel(), layanan.rhk_ketua(siap.tim_id)),
    ):
        model.set_rows(rows)  # type: ignore[attr-defined]
        assert model.rowCount() == 1
        qtmodeltester.check(model)
    model = TimTableModel()
    model.set_rows(layanan.daftar_tim(TAHUN))
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert texts == [
        "Tim Data Kinerja",
        "Biro Uji",
        "Staf Uji",
        "1",
        "1",
        "Sudah",
        "JPT/Pimpinan",
    ]

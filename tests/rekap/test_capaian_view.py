"""The Capaian Organisasi page on real widgets: set, finalise, cancel; the statistics line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ekinerja_desktop.db import Database
from ekinerja_desktop.domain import CapaianOrganisasi, StatusCapaian
from ekinerja_desktop.models import CapaianOrganisasiUnor
from ekinerja_desktop.services.queries_capaian import daftar_capaian
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.capaian.capaian_page import CapaianModel, CapaianPage
from ekinerja_desktop.views.common.bridge import ChangeBridge
from tests.rekap.conftest import bertindak
from tests.rekap.data import ATAS, BAWAH, SESUAI, Unit, buat_unit

URL = "https://drive.example.go.id/capaian/biro-uji"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def unit(db: Database) -> Unit:
    ratings = [(ATAS, ATAS), (SESUAI, SESUAI), (SESUAI, SESUAI), (SESUAI, ATAS)]
    return buat_unit(db, [*ratings, (BAWAH, SESUAI), (SESUAI, BAWAH), None])


@pytest.fixture
def page(qtbot: QtBot, uow: UnitOfWork, bridge: ChangeBridge, unit: Unit) -> CapaianPage:
    page = CapaianPage(uow, bridge)
    qtbot.addWidget(page)
    page.resize(900, 560)
    page.show()
    qtbot.waitExposed(page)
    bertindak(uow, page, unit.admin)
    assert page.select_unit(unit.biro_id)
    return page


def _record(db: Database) -> CapaianOrganisasiUnor:
    with db.read_session() as s:
        return s.query(CapaianOrganisasiUnor).one()


def _ya(qtbot: QtBot, page: CapaianPage) -> None:
    box = page.konfirmasi
    assert box is not None and box.isVisible()
    [ya] = [b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.YesRole]
    qtbot.mouseClick(ya, LEFT)


def test_admin_sets_finalises_and_cancels(
    qtbot: QtBot, db: Database, page: CapaianPage, unit: Unit
) -> None:
    # the statistics line of S003 2.5, before anything is set
    expected = (
        "Pegawai dinilai: 6 / 8, Sangat Baik: 1, Baik: 3, Butuh Perbaikan: 1, Kurang: 1, "
        "Sangat Kurang: 0"
    )
    assert expected in page.statistik_label.text()
    assert not page.final_button.isEnabled()

    qtbot.mouseClick(page.tetapkan_button, LEFT)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.capaian_combo.setCurrentIndex(dialog.capaian_combo.findData("ISTIMEWA"))
    dialog.url_edit.setText("bukan tautan")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, LEFT)
    assert dialog.isVisible() and dialog.pesan.kind == "error"  # stays open, input kept
    with db.read_session() as s:
        assert s.query(CapaianOrganisasiUnor).count() == 0
    dialog.url_edit.setText(URL)
    qtbot.mouseClick(ok, LEFT)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: getattr(page.selected(), "capaian", None) is not None)
    row = page.selected()
    assert row is not None and row.id == unit.biro_id
    assert (row.capaian, row.status, row.bukti_dukung_url) == (
        CapaianOrganisasi.ISTIMEWA,
        StatusCapaian.BELUM_FINAL,
        URL,
    )
    assert page.model.row_texts(page.model.row_of_id(unit.biro_id) or 0)[1:3] == (
        "Istimewa",
        "Belum Final",
    )

    qtbot.mouseClick(page.final_button, LEFT)
    assert "2 dari 8 pegawai belum dinilai" in (page.konfirmasi.text() if page.konfirmasi else "")
    _ya(qtbot, page)
    qtbot.waitUntil(lambda: _record(db).status is StatusCapaian.FINAL)
    qtbot.waitUntil(lambda: page.batal_button.isEnabled())
    assert not page.final_button.isEnabled() and not page.hapus_button.isEnabled()

    qtbot.mouseClick(page.batal_button, LEFT)
    qtbot.waitUntil(lambda: _record(db).status is StatusCapaian.BELUM_FINAL)
    assert page.pesan.text() == "Finalisasi dibatalkan."


def test_a_final_capaian_opens_with_its_value_locked(
    qtbot: QtBot, db: Database, page: CapaianPage, unit: Unit
) -> None:
    page.layanan.tetapkan(unit.biro_id, unit.tw1, CapaianOrganisasi.BAIK, None)
    page.layanan.finalkan(_record(db).id)
    qtbot.waitUntil(lambda: page.batal_button.isEnabled())
    qtbot.mouseClick(page.tetapkan_button, LEFT)
    assert page.dialog is not None and not page.dialog.capaian_combo.isEnabled()
    page.dialog.url_edit.setText(URL)
    page.dialog.simpan()
    assert _record(db).bukti_dukung_url == URL


def test_a_pimpinan_only_reads(
    qtbot: QtBot, db: Database, page: CapaianPage, unit: Unit, uow: UnitOfWork
) -> None:
    bertindak(uow, page, unit.kepala)
    assert page.tersedia
    assert [page.model.row_at(r).id for r in range(page.model.rowCount())] == [unit.biro_id]
    for button in (page.tetapkan_button, page.final_button, page.batal_button, page.hapus_button):
        assert button.isHidden()
    page.tetapkan()
    assert page.dialog is None
    bertindak(uow, page, unit.staf[0])
    assert not page.tersedia


def test_model_passes_the_model_tester(
    qtmodeltester: ModelTester, db: Database, unit: Unit
) -> None:
    model = CapaianModel()
    with db.read_session() as s:
        model.set_rows(daftar_capaian(s, unit.admin.pegawai_id, True, unit.tw1))
    assert model.rowCount() == 2
    qtmodeltester.check(model, force_py=True)

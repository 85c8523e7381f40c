"""The Keberatan page on real widgets: one keberatan through its whole course, a late one."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ekinerja_desktop.db import Database
from ekinerja_desktop.domain import Predikat, Rating, StatusKeberatan
from ekinerja_desktop.models import Keberatan, PenilaianPeriode
from ekinerja_desktop.services.keberatan import LayananKeberatan
from ekinerja_desktop.services.queries_keberatan import daftar_keberatan
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.keberatan.keberatan_dialog import (
    AjukanKeberatanDialog,
    KeputusanDialog,
    PenjelasanDialog,
)
from ekinerja_desktop.views.keberatan.keberatan_page import KeberatanModel, KeberatanPage
from tests.rekap.conftest import Jam, bertindak
from tests.rekap.data import ATAS, DINILAI_PADA, SESUAI, buat_unit

LEFT = Qt.MouseButton.LeftButton
DISPLAY = Qt.ItemDataRole.DisplayRole


def _ok(qtbot: QtBot, dialog: object) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[attr-defined]
    qtbot.mouseClick(button, LEFT)


def _keberatan(db: Database) -> Keberatan:
    with db.read_session() as s:
        return s.query(Keberatan).one()


def _nilai(page: KeberatanPage) -> list[list[str]]:
    m = page.detail.nilai_model
    return [[str(m.index(r, c).data(DISPLAY)) for c in range(4)] for r in range(m.rowCount())]


def test_one_keberatan_runs_its_full_course(
    qtbot: QtBot, db: Database, uow: UnitOfWork, bridge: ChangeBridge, jam: Jam
) -> None:
    unit = buat_unit(db, [(SESUAI, SESUAI), (SESUAI, ATAS)])
    page = KeberatanPage(uow, bridge)
    qtbot.addWidget(page)
    page.resize(900, 640)
    page.show()
    qtbot.waitExposed(page)
    jam.sekarang = DINILAI_PADA + timedelta(days=5)

    # 1. the pegawai files it, with a reason and the ratings asked for
    bertindak(uow, page, unit.staf[0])
    assert page.tersedia and page.ajukan_button.isVisible() and page.model.rowCount() == 0
    qtbot.mouseClick(page.ajukan_button, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, AjukanKeberatanDialog) and dialog.isVisible()
    assert "batas pengajuan 17 April 2026" in dialog.info.text()
    _ok(qtbot, dialog)  # no reason yet: refused in place
    assert dialog.isVisible() and "Alasan keberatan wajib diisi" in dialog.pesan.text()
    qtbot.keyClicks(dialog.alasan, "Target triwulan terlampaui 120 %.")
    dialog.hasil.setCurrentIndex(dialog.hasil.findData(Rating.DIATAS_EKSPEKTASI.value))
    dialog.perilaku.setCurrentIndex(dialog.perilaku.findData(Rating.DIATAS_EKSPEKTASI.value))
    assert "Sangat Baik" in dialog.preview.text()
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert page.model.rowCount() == 1 and not page.ajukan_button.isEnabled()
    assert page.detail.labels["status"].text() == "<b>Diajukan</b>"
    assert _nilai(page)[0] == [
        "Sebelum keberatan",
        "Sesuai Ekspektasi",
        "Sesuai Ekspektasi",
        "Baik",
    ]
    assert _nilai(page)[1][3] == "Sangat Baik"
    assert page.jelaskan_button.isHidden() and page.putuskan_button.isHidden()

    # 2. the pejabat penilai writes the penjelasan
    jam.sekarang += timedelta(hours=3)
    bertindak(uow, page, unit.kabag)
    assert page.jelaskan_button.isVisible() and page.putuskan_button.isHidden()
    qtbot.mouseClick(page.jelaskan_button, LEFT)
    assert isinstance(page.dialog, PenjelasanDialog)
    qtbot.keyClicks(page.dialog.penjelasan, "Bukti dukung lengkap; setuju ditinjau.")
    _ok(qtbot, page.dialog)
    qtbot.waitUntil(lambda: page.detail.labels["status"].text() == "<b>Dijelaskan</b>")
    assert _keberatan(db).dibuka_atasan_pada is None

    # 3. the atasan PPK opens it (the time is recorded) and grants new ratings
    jam.sekarang += timedelta(hours=1)
    page.hide()  # loaded behind another page: not "opened" yet
    bertindak(uow, page, unit.kepala)
    assert page.putuskan_button.isVisibleTo(page)
    assert _keberatan(db).dibuka_atasan_pada is None
    jam.sekarang += timedelta(minutes=2)
    dibuka = jam.sekarang
    page.show()
    qtbot.waitUntil(lambda: _keberatan(db).dibuka_atasan_pada == dibuka)
    assert page.putuskan_button.isVisible() and page.putuskan_button.isEnabled()
    jam.sekarang += timedelta(minutes=4)
    qtbot.mouseClick(page.putuskan_button, LEFT)
    dialog_k = page.dialog
    assert isinstance(dialog_k, KeputusanDialog) and dialog_k.setujui.isChecked()
    dialog_k.perilaku.setCurrentIndex(dialog_k.perilaku.findData(Rating.SESUAI_EKSPEKTASI.value))
    assert "Baik" in dialog_k.preview.text()
    qtbot.keyClicks(dialog_k.rekomendasi, "Baiklah, hasil kerja di atas ekspektasi.")
    _ok(qtbot, dialog_k)
    qtbot.waitUntil(lambda: page.detail.labels["status"].text() == "<b>Disetujui</b>")
    k = _keberatan(db)
    assert k.status is StatusKeberatan.DISETUJUI and k.diputuskan_pada == jam.sekarang
    assert _nilai(page)[2] == [
        "Sesudah keberatan",
        "Di Atas Ekspektasi",
        "Sesuai Ekspektasi",
        "Baik",
    ]
    with db.read_session() as s:
        p = s.get(PenilaianPeriode, unit.penilaian_ids[0])
        assert p is not None and (p.rating_hasil_kerja, p.predikat) == (ATAS, Predikat.BAIK)
    assert not page.putuskan_button.isEnabled()  # the decision is final
    assert "pukul" in page.detail.labels["diputuskan"].text()


def test_a_late_keberatan_can_only_be_refused(
    qtbot: QtBot, db: Database, uow: UnitOfWork, bridge: ChangeBridge, jam: Jam
) -> None:
    unit = buat_unit(db, [(SESUAI, SESUAI)])
    page = KeberatanPage(uow, bridge)
    qtbot.addWidget(page)
    page.show()
    jam.sekarang = datetime(2026, 5, 2, 9, 0)  # a month after the predikat
    bertindak(uow, page, unit.staf[0])
    page.ajukan()
    dialog = page.dialog
    assert isinstance(dialog, AjukanKeberatanDialog)
    assert "tercatat Terlambat" in dialog.info.text()
    qtbot.keyClicks(dialog.alasan, "Baru sempat mengajukan.")
    dialog.hasil.setCurrentIndex(dialog.hasil.findData(Rating.DIATAS_EKSPEKTASI.value))
    _ok(qtbot, dialog)
    assert page.detail.labels["status"].text() == "<b>Terlambat</b>"
    bertindak(uow, page, unit.kepala)
    page.putuskan()
    dialog_k = page.dialog
    assert isinstance(dialog_k, KeputusanDialog)
    assert not dialog_k.setujui.isEnabled() and dialog_k.tolak.isChecked()
    assert not dialog_k.hasil.isEnabled()
    qtbot.keyClicks(dialog_k.rekomendasi, "Melewati batas 14 hari.")
    _ok(qtbot, dialog_k)
    qtbot.waitUntil(lambda: _keberatan(db).status is StatusKeberatan.DITOLAK)
    with db.read_session() as s:
        p = s.get(PenilaianPeriode, unit.penilaian_ids[0])
        assert p is not None and p.predikat is Predikat.BAIK


def test_models_pass_the_model_tester(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    db: Database,
    uow: UnitOfWork,
    bridge: ChangeBridge,
) -> None:
    unit = buat_unit(db, [(SESUAI, SESUAI)])
    uow.aktor = unit.staf[0]
    assert unit.penilaian_ids[0] is not None
    LayananKeberatan(uow).ajukan(unit.penilaian_ids[0], "Alasan.", ATAS, ATAS)
    model = KeberatanModel()
    with db.read_session() as s:
        model.set_rows(daftar_keberatan(s, unit.admin.pegawai_id, True))
    assert model.rowCount() == 1
    qtmodeltester.check(model, force_py=True)
    page = KeberatanPage(uow, bridge)
    qtbot.addWidget(page)
    page.set_aktor(unit.staf[0])
    assert page.detail.nilai_model.rowCount() == 3
    qtmodeltester.check(page.detail.nilai_model, force_py=True)

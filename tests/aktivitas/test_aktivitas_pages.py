"""The aktivitas harian pages on real widgets: the pegawai adds (after an inline error), edits,
deletes, undoes and redoes; the atasan validates with the keyboard, all shown at once, and
cancels a validation. Every model passes qtmodeltester."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, time

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from ekinerja_desktop.db import Database
from ekinerja_desktop.services.aktivitas import LayananAktivitas
from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from ekinerja_desktop.views.aktivitas.aktivitas_page import AktivitasHarianPage
from ekinerja_desktop.views.aktivitas.common import AktivitasModel, AktivitasProxy
from ekinerja_desktop.views.aktivitas.dialog import AktivitasDialog
from ekinerja_desktop.views.aktivitas.validasi_page import ValidasiAktivitasPage
from ekinerja_desktop.views.common.bridge import ChangeBridge
from tests.aktivitas.conftest import Data, Jam, isian, outbox


@pytest.fixture
def uow(db: Database, jam: Jam, data: Data) -> UnitOfWork:
    """The one unit of work the page and the bridge share (as in the app)."""
    return UnitOfWork(db, clock=jam)


@pytest.fixture
def bridge(uow: UnitOfWork) -> Iterator[ChangeBridge]:
    b = ChangeBridge(uow)
    yield b
    b.detach()


def _as(uow: UnitOfWork, page: AktivitasHarianPage | ValidasiAktivitasPage, aktor: Aktor) -> None:
    uow.aktor = aktor  # what MainWindow.act_as does
    page.set_aktor(aktor)


@pytest.fixture
def halaman(qtbot: QtBot, uow: UnitOfWork, bridge: ChangeBridge, data: Data) -> AktivitasHarianPage:
    page = AktivitasHarianPage(uow, bridge)
    qtbot.addWidget(page)
    page.resize(820, 640)
    page.show()
    _as(uow, page, data.org.staf)
    return page


@pytest.fixture
def validasi(
    qtbot: QtBot,
    uow: UnitOfWork,
    bridge: ChangeBridge,
    data: Data,
    sebagai: Callable[[Aktor], LayananAktivitas],
) -> ValidasiAktivitasPage:
    staf, rekan = sebagai(data.org.staf), sebagai(data.org.rekan)
    for hari in (2, 3, 4):
        staf.tambah(isian(data, hari=hari, uraian=f"Pekerjaan tanggal {hari}"))
    rekan.tambah(isian(data, hari=5, rhk_id=data.rhk_rekan, uraian="Melayani permintaan data"))
    staf.tambah(isian(data, tanggal=date(2026, 10, 30)))  # another month
    page = ValidasiAktivitasPage(uow, bridge)
    qtbot.addWidget(page)
    page.resize(820, 640)
    page.show()
    _as(uow, page, data.org.kepala)
    return page


def _dialog(page: AktivitasHarianPage) -> AktivitasDialog:
    assert page.dialog is not None and page.dialog.isVisible()
    return page.dialog


def _klik(box: QMessageBox | None, teks: str) -> None:
    assert box is not None and box.isVisible()
    [button] = [b for b in box.buttons() if b.text() == teks]
    assert isinstance(button, QAbstractButton)
    button.click()


def _shown(page: AktivitasHarianPage | ValidasiAktivitasPage) -> list[str]:
    return [r.uraian for r in page.proxy.rows_shown()]


def test_add_through_the_dialog_shows_an_inline_error_first(
    qtbot: QtBot, halaman: AktivitasHarianPage, db: Database
) -> None:
    assert halaman.tersedia and halaman.model.rowCount() == 0
    assert "Belum ada aktivitas pada November 2026" in halaman.rekap_label.text()
    qtbot.mouseClick(halaman.tambah_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(halaman)
    assert dialog.tanggal() == date(2026, 11, 23)  # today (the injected clock)
    assert dialog.rhk_combo.count() == 2 and dialog.skp_label.text().startswith("SKP 1 Januari")
    qtbot.keyClicks(dialog.bukti_edit, "drive.example.go.id/notulen")
    qtbot.mouseClick(dialog.simpan_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()  # refused: what was typed stays
    assert dialog.kesalahan_tampil() == {
        "uraian": "Uraian aktivitas belum diisi.",
        "bukti_url": dialog.galat["bukti_url"].text(),
    }
    assert dialog.galat["bukti_url"].text().startswith("Tautan harus diawali http")
    assert dialog.bukti_edit.text() == "drive.example.go.id/notulen" and outbox(db) == []

    qtbot.keyClicks(dialog.uraian_edit, "Menyusun notulen rapat koordinasi")
    dialog.bukti_edit.setText("https://drive.example.go.id/notulen")
    dialog.rencana_combo.setCurrentIndex(1)  # the TW IV rencana aksi of the first RHK
    qtbot.mouseClick(dialog.simpan_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    [row] = halaman.model.rows()
    assert (row.uraian, row.jam_mulai, row.rencana_aksi_teks) == (
        "Menyusun notulen rapat koordinasi",
        time(8, 0),
        "Rencana aksi TW IV",
    )
    assert halaman.terpilih() == row
    assert halaman.rekap_label.text().startswith("November 2026: 1 aktivitas · 1 jam · 0%")
    assert [op for op, _, _ in outbox(db)] == ["aktivitas_harian.create"]

    halaman.tambah()  # the next entry starts when the day's last one ended
    dialog = _dialog(halaman)
    assert (dialog.mulai_edit.time().hour(), dialog.selesai_edit.time().hour()) == (9, 10)
    dialog.mulai_edit.setTime(dialog.mulai_edit.time().addSecs(-1800))
    qtbot.keyClicks(dialog.uraian_edit, "Rapat")
    dialog.simpan()
    assert "bertumpuk" in dialog.kesalahan_tampil()["jam"] and dialog.isVisible()
    dialog.reject()


def test_edit_delete_undo_and_redo(
    qtbot: QtBot,
    halaman: AktivitasHarianPage,
    data: Data,
    sebagai: Callable[[Aktor], LayananAktivitas],
) -> None:
    staf = sebagai(data.org.staf)
    pertama = staf.tambah(isian(data, hari=19, uraian="Menyusun laporan"))
    staf.tambah(isian(data, hari=20, uraian="Rapat koordinasi"))
    halaman.refresh()
    assert _shown(halaman) == ["Menyusun laporan", "Rapat koordinasi"]

    assert halaman.pilih(pertama)
    qtbot.keyClick(halaman.table, Qt.Key.Key_Return)  # Enter edits the selected entry
    dialog = _dialog(halaman)
    assert dialog.uraian_edit.toPlainText() == "Menyusun laporan"
    dialog.uraian_edit.setPlainText("Menyusun laporan bulanan")
    dialog.selesai_edit.setTime(dialog.selesai_edit.time().addSecs(3600))
    qtbot.mouseClick(dialog.simpan_button, Qt.MouseButton.LeftButton)
    assert _shown(halaman) == ["Menyusun laporan bulanan", "Rapat koordinasi"]
    assert halaman.model.rows()[0].menit == 120

    halaman.undo_action.trigger()
    assert _shown(halaman) == ["Menyusun laporan", "Rapat koordinasi"]
    halaman.redo_action.trigger()
    assert _shown(halaman) == ["Menyusun laporan bulanan", "Rapat koordinasi"]

    assert halaman.pilih(pertama)
    qtbot.keyClick(halaman.table, Qt.Key.Key_Delete)  # asks first
    assert _shown(halaman) == ["Menyusun laporan bulanan", "Rapat koordinasi"]
    _klik(halaman.konfirmasi, "Hapus")
    assert _shown(halaman) == ["Rapat koordinasi"]
    assert "Urungkan" in halaman.pesan.text()
    assert halaman.undo_action.text() == "Urungkan Hapus aktivitas"
    halaman.undo_action.trigger()
    assert _shown(halaman) == ["Menyusun laporan bulanan", "Rapat koordinasi"]
    for _ in range(3):  # back to before the edit: undo the edit too
        if halaman.undo_action.isEnabled():
            halaman.undo_action.trigger()
    assert _shown(halaman) == ["Menyusun laporan", "Rapat koordinasi"]


def test_undo_of_an_add_deletes_it_and_redo_restores_the_same_entry(
    halaman: AktivitasHarianPage, db: Database
) -> None:
    halaman.tambah()
    dialog = _dialog(halaman)
    dialog.uraian_edit.setPlainText("Mengolah data")
    dialog.simpan()
    [row] = halaman.model.rows()
    halaman.undo_action.trigger()
    assert halaman.model.rowCount() == 0
    halaman.redo_action.trigger()
    assert [r.id for r in halaman.model.rows()] == [row.id]
    assert [op for op, _, _ in outbox(db)] == [
        "aktivitas_harian.create",
        "aktivitas_harian.delete",
        "aktivitas_harian.restore",
    ]


def test_a_validated_entry_is_locked_on_the_page(
    halaman: AktivitasHarianPage,
    data: Data,
    sebagai: Callable[[Aktor], LayananAktivitas],
) -> None:
    aktivitas_id = sebagai(data.org.staf).tambah(isian(data))
    sebagai(data.org.kepala).validasi(aktivitas_id)
    halaman.refresh()
    assert halaman.pilih(aktivitas_id)
    assert not halaman.ubah_button.isEnabled() and not halaman.hapus_button.isEnabled()
    halaman.ubah()
    assert halaman.dialog is None and "terkunci" in halaman.pesan.text()
    status = halaman.proxy.index(0, 6).data()
    assert status == "Divalidasi oleh Kepala Uji"
    assert "1 jam · 100% jam divalidasi (1 dari 1 aktivitas)" in halaman.rekap_label.text()


def test_rows_are_grouped_by_day_and_filtered(
    halaman: AktivitasHarianPage,
    data: Data,
    sebagai: Callable[[Aktor], LayananAktivitas],
) -> None:
    staf = sebagai(data.org.staf)
    a = staf.tambah(isian(data, hari=19, mulai=8, selesai=9, uraian="Rapat pagi"))
    staf.tambah(isian(data, hari=19, mulai=13, selesai=14, uraian="Menyusun notulen"))
    staf.tambah(isian(data, hari=20, uraian="Mengarsipkan dokumen"))
    sebagai(data.org.kepala).validasi(a)
    halaman.refresh()
    tanggal = [halaman.proxy.index(r, 0).data() for r in range(3)]
    assert tanggal == ["Kamis, 19 November", "", "Jumat, 20 November"]
    assert halaman.proxy.index(1, 0).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Kamis, 19 November"
    )
    assert halaman.proxy.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == (
        "Kamis, 19 November 2026: 2 aktivitas, 2 jam"
    )
    shade = [halaman.proxy.index(r, 2).data(Qt.ItemDataRole.BackgroundRole) for r in range(3)]
    assert shade[0] == shade[1] != shade[2]

    halaman.status_combo.setCurrentIndex(1)  # Belum divalidasi
    assert _shown(halaman) == ["Menyusun notulen", "Mengarsipkan dokumen"]
    assert halaman.proxy.index(0, 0).data() == "Kamis, 19 November"  # first shown of its day
    halaman.status_combo.setCurrentIndex(0)
    halaman.cari_edit.setText("notulen")
    assert _shown(halaman) == ["Menyusun notulen"]

    halaman.cari_edit.clear()
    halaman.pemilih.geser(-1)  # October: nothing
    assert halaman.model.rowCount() == 0 and "Oktober 2026" in halaman.rekap_label.text()


def test_validate_with_the_keyboard(
    qtbot: QtBot, validasi: ValidasiAktivitasPage, db: Database, data: Data
) -> None:
    assert validasi.tersedia
    combo = [validasi.pegawai_combo.itemText(i) for i in range(validasi.pegawai_combo.count())]
    assert combo == [
        "Semua bawahan (5 menunggu)",
        "Rekan Uji (1 menunggu)",
        "Staf Uji (4 menunggu)",
    ]
    assert _shown(validasi) == [
        "Melayani permintaan data",
        "Pekerjaan tanggal 2",
        "Pekerjaan tanggal 3",
        "Pekerjaan tanggal 4",
    ]
    assert "Masih ada 1 aktivitas menunggu di bulan lain." in validasi.ringkasan.text()
    validasi.table.setCurrentIndex(validasi.proxy.index(1, 0))
    validasi.table.setFocus()
    qtbot.keyClick(validasi.table, Qt.Key.Key_Space)
    assert _shown(validasi) == [
        "Melayani permintaan data",
        "Pekerjaan tanggal 3",
        "Pekerjaan tanggal 4",
    ]
    assert validasi.table.currentIndex().row() == 1  # the next one, ready for the next key
    qtbot.keyClick(validasi.table, Qt.Key.Key_Return)
    assert _shown(validasi) == ["Melayani permintaan data", "Pekerjaan tanggal 4"]
    updates = [e for e in outbox(db) if e[0] == "aktivitas_harian.update"]
    assert len(updates) == 2 and all(
        e[2]["divalidasi_oleh_id"] == data.org.kepala.pegawai_id for e in updates
    )
    assert validasi.pegawai_combo.itemText(2) == "Staf Uji (2 menunggu)"

    validasi.pegawai_combo.setCurrentIndex(1)  # only the rekan
    assert _shown(validasi) == ["Melayani permintaan data"]


def test_several_selected_rows_are_validated_together(
    qtbot: QtBot, validasi: ValidasiAktivitasPage
) -> None:
    selection = validasi.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    validasi.table.setCurrentIndex(validasi.proxy.index(0, 0))
    selection.select(validasi.proxy.index(2, 0), flags)
    assert [r.uraian for r in validasi.terpilih()] == [
        "Melayani permintaan data",
        "Pekerjaan tanggal 3",
    ]
    qtbot.mouseClick(validasi.validasi_button, Qt.MouseButton.LeftButton)
    assert _shown(validasi) == ["Pekerjaan tanggal 2", "Pekerjaan tanggal 4"]
    assert validasi.pesan.text() == "2 aktivitas divalidasi."


def test_validasi_semua_in_one_transaction_then_batal_validasi(
    validasi: ValidasiAktivitasPage, db: Database
) -> None:
    validasi.cari_edit.setText("tanggal")  # only what is shown is validated
    assert len(_shown(validasi)) == 3
    commits: list[object] = []

    def committed(session: object) -> None:
        commits.append(session)

    event.listen(db.write_session, "after_commit", committed)
    try:
        validasi.semua_button.click()
        _klik(validasi.konfirmasi, "Validasi Semua")
    finally:
        event.remove(db.write_session, "after_commit", committed)
    assert len(commits) == 1
    validasi.cari_edit.clear()
    assert _shown(validasi) == ["Melayani permintaan data"]
    assert validasi.pesan.text() == "3 aktivitas divalidasi."

    validasi.semua_check.setChecked(True)  # validated ones shown too, to cancel one
    assert len(_shown(validasi)) == 4
    row = next(i for i, r in enumerate(validasi.proxy.rows_shown()) if r.divalidasi)
    validasi.table.setCurrentIndex(validasi.proxy.index(row, 0))
    assert validasi.batal_button.isEnabled() and not validasi.validasi_button.isEnabled()
    validasi.batal_button.click()
    assert sum(1 for r in validasi.proxy.rows_shown() if r.divalidasi) == 2
    assert outbox(db)[-1][2] == {"divalidasi_oleh_id": None, "divalidasi_pada": None}


def test_the_pages_follow_the_acting_user(
    uow: UnitOfWork,
    halaman: AktivitasHarianPage,
    validasi: ValidasiAktivitasPage,
    data: Data,
) -> None:
    assert halaman.tersedia and validasi.tersedia  # staf, and kepala on validasi
    _as(uow, halaman, data.org.kepala)  # no SKP of their own
    assert not halaman.tersedia
    _as(uow, validasi, data.org.staf)  # evaluates nobody
    assert not validasi.tersedia and validasi.model.rowCount() == 0


@pytest.mark.parametrize("dengan_pegawai", [False, True])
def test_models_pass_the_model_tester(
    qtmodeltester: object,
    dengan_pegawai: bool,
    data: Data,
    sebagai: Callable[[Aktor], LayananAktivitas],
) -> None:
    staf = sebagai(data.org.staf)
    for hari, mulai in ((19, 8), (19, 10), (20, 8)):
        staf.tambah(isian(data, hari=hari, mulai=mulai, selesai=mulai + 1))
    model = AktivitasModel(dengan_pegawai)
    model.set_rows(staf.daftar_bulan(data.org.staf.pegawai_id, 2026, 11))
    proxy = AktivitasProxy(model, kelompokkan=not dengan_pegawai)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]
    assert model.columnCount() == 7 + dengan_pegawai
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header[-7:] == ["Tanggal", "Jam", "Durasi", "RHK", "Uraian", "Bukti", "Status"]
    first = [model.index(0, c).data() for c in range(model.columnCount())][-7:]
    assert first[1:4] == ["08.00–09.00", "1 jam", "Tersusunnya rencana anggaran"]


def test_usable_at_1024_by_768_and_named_for_screen_readers(
    halaman: AktivitasHarianPage, validasi: ValidasiAktivitasPage
) -> None:
    # The main window's navigation takes about 200 px of the 1024.
    for page in (halaman, validasi):
        assert page.minimumSizeHint().width() <= 1024 - 220, page
        for widget in page.findChildren(QWidget):
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(page):
                named = widget.accessibleName() or getattr(widget, "text", lambda: "")()
                assert named or widget.objectName() == "qt_scrollarea_viewport", widget

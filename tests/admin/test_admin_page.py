"""The Admin Instansi page on real widgets and the demo instansi: each tab adds, edits and
deletes through its dialogs, shows refusals inline, filters; every model passes the tester."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QTableView,
    QTreeView,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ekinerja_desktop.domain import CapaianOrganisasi, JenisPeriode, Predikat
from ekinerja_desktop.models import Pegawai, PeriodeDibukaUlang, PltPlh, Unor
from ekinerja_desktop.services.admin import LayananAdmin
from ekinerja_desktop.services.admin_periode import LayananPeriodeAdmin
from ekinerja_desktop.services.queries import pengguna
from ekinerja_desktop.services.queries_views import aktor_dari
from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from ekinerja_desktop.views.admin.admin_page import AdminPage
from ekinerja_desktop.views.admin.common import DialogIsian, TabAdmin
from ekinerja_desktop.views.admin.kurva_tab import KurvaDialog, KurvaIdealModel
from ekinerja_desktop.views.admin.pegawai_dialog import PegawaiDialog
from ekinerja_desktop.views.admin.pegawai_tab import PegawaiModel
from ekinerja_desktop.views.admin.periode_dialog import BukaUlangDialog, PeriodeDialog
from ekinerja_desktop.views.admin.periode_tab import DibukaUlangModel, PeriodeAdminModel
from ekinerja_desktop.views.admin.plt_dialog import AkhiriPltDialog, PltDialog
from ekinerja_desktop.views.admin.plt_tab import PltModel
from ekinerja_desktop.views.admin.unor_dialog import PindahUnorDialog, UnorDialog
from ekinerja_desktop.views.admin.unor_model import UnorProxy, UnorTreeModel
from ekinerja_desktop.views.common.bridge import ChangeBridge
from tests.admin.conftest import Demo, Jam, outbox

LEFT = Qt.MouseButton.LeftButton
HARI_INI = date(2026, 4, 10)


def _aktor(demo: Demo, peran: str) -> Aktor:
    with demo.db.read_session() as s:
        row = pengguna(s, demo.info.pengguna[peran])
        assert row is not None
        return aktor_dari(row)


@pytest.fixture
def uow_demo(demo: Demo, jam: Jam) -> UnitOfWork:
    return UnitOfWork(demo.db, clock=jam)


@pytest.fixture
def page(qtbot: QtBot, demo: Demo, uow_demo: UnitOfWork) -> Iterator[AdminPage]:
    bridge = ChangeBridge(uow_demo)
    page = AdminPage(uow_demo, bridge)
    qtbot.addWidget(page)
    page.resize(824, 640)  # the page's room in the main window at 1024×768
    page.show()
    qtbot.waitExposed(page)
    admin = _aktor(demo, "Admin")
    uow_demo.aktor = admin
    page.set_aktor(admin)
    page.tabs.setCurrentWidget(page.unor_tab)  # the first tab is Masalah Data Induk
    qtbot.waitUntil(lambda: page.unor_tab.model.rowCount() > 0)
    yield page
    bridge.detach()


def _tab(qtbot: QtBot, page: AdminPage, tab: TabAdmin, loaded: object) -> None:
    page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: bool(loaded()))  # type: ignore[operator]


def _dialog(tab: TabAdmin, kind: type[DialogIsian]) -> DialogIsian:
    dialog = tab.dialog
    assert isinstance(dialog, kind) and dialog.isVisible()
    return dialog


def _salah(dialog: DialogIsian) -> dict[str, str]:
    return {k: label.text() for k, label in dialog.salah.items() if label.isVisible()}


def _ya(qtbot: QtBot, tab: TabAdmin) -> str:
    box = tab.konfirmasi
    assert box is not None and box.isVisible()
    assert box.defaultButton() is box.escapeButton()  # Enter and Esc both keep the data
    [ya] = [b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.DestructiveRole]
    text = box.text()
    qtbot.mouseClick(ya, LEFT)
    return text


# --- the page -----------------------------------------------------------------------------------


def test_only_the_admin_has_the_page(qtbot: QtBot, page: AdminPage, demo: Demo) -> None:
    assert page.tersedia and page.tabs.isEnabled() and page.title() == "Admin Instansi"
    page.set_aktor(_aktor(demo, "Pimpinan"))
    assert not page.tersedia and not page.tabs.isEnabled()
    page.set_aktor(None)
    assert not page.tersedia


# --- models -------------------------------------------------------------------------------------


def test_every_model_passes_the_model_tester(
    qtmodeltester: ModelTester, uow_demo: UnitOfWork, demo: Demo
) -> None:
    uow_demo.aktor = _aktor(demo, "Admin")
    admin, periode = LayananAdmin(uow_demo), LayananPeriodeAdmin(uow_demo)
    tree = UnorTreeModel()
    tree.set_units(admin.daftar_unor())
    qtmodeltester.check(tree)
    proxy = UnorProxy(tree)
    proxy.setFilterFixedString("keuangan")
    qtmodeltester.check(proxy)
    tw = periode.daftar_periode(2026)
    for model, rows in (
        (PegawaiModel(), admin.daftar_pegawai()),
        (PltModel(HARI_INI), admin.daftar_plt()),
        (PeriodeAdminModel(HARI_INI), tw),
        (DibukaUlangModel(HARI_INI), periode.daftar_dibuka_ulang(tw[0].id)),
        (KurvaIdealModel(), periode.daftar_kurva_ideal()),
    ):
        model.set_rows(rows)  # type: ignore[attr-defined]
        assert model.rowCount() == len(rows) > 0
        qtmodeltester.check(model)


def test_the_tree_places_each_unit_under_its_atasan(uow_demo: UnitOfWork, demo: Demo) -> None:
    uow_demo.aktor = _aktor(demo, "Admin")
    tree = UnorTreeModel()
    tree.set_units(LayananAdmin(uow_demo).daftar_unor())
    [setjen] = [tree.index(r, 0) for r in range(tree.rowCount())]
    assert setjen.data() == "Sekretariat Jenderal" and tree.index(0, 3).data() == "Ya"
    biro = tree.index(0, 0, setjen)
    assert biro.data() == "Biro Perencanaan dan Keuangan" and tree.parent(biro) == setjen
    bagian = [tree.index(r, 0, biro).data() for r in range(tree.rowCount(biro))]
    assert sorted(bagian) == ["Bagian Evaluasi dan Pelaporan", "Bagian Keuangan",
                              "Bagian Perencanaan"]  # fmt: skip
    assert tree.index(0, 5, biro).data() == "13"  # its pegawai
    assert tree.parent(setjen) == QModelIndex() and tree.rowCount(tree.index(0, 1)) == 0


def test_a_cycle_in_stored_data_does_not_hide_units(uow_demo: UnitOfWork, demo: Demo) -> None:
    from dataclasses import replace

    uow_demo.aktor = _aktor(demo, "Admin")
    units = LayananAdmin(uow_demo).daftar_unor()
    a, b = units[0], units[1]
    rusak = [replace(a, unor_atasan_id=b.id), replace(b, unor_atasan_id=a.id), *units[2:]]
    tree = UnorTreeModel()
    tree.set_units(rusak)
    seen: list[str] = []

    def walk(parent: QModelIndex) -> None:
        for r in range(tree.rowCount(parent)):
            index = tree.index(r, 0, parent)
            seen.append(str(index.data()))
            walk(index)

    walk(QModelIndex())
    assert sorted(seen) == sorted(u.nama for u in units)


# --- Unit Organisasi ----------------------------------------------------------------------------


def test_unit_add_rename_move_and_deactivate(qtbot: QtBot, page: AdminPage, demo: Demo) -> None:
    tab = page.unor_tab
    assert tab.pilih(_unor_id(demo, "Bagian Keuangan"))
    qtbot.mouseClick(tab.tambah_button, LEFT)
    dialog = _dialog(tab, UnorDialog)
    assert isinstance(dialog, UnorDialog)
    assert dialog.atasan.currentText().startswith("Bagian Keuangan")  # under the selected unit
    qtbot.mouseClick(dialog.ok, LEFT)
    assert _salah(dialog) == {"nama": "Nama unit belum diisi."} and dialog.isVisible()
    qtbot.keyClicks(dialog.nama, "Subbagian Gaji")
    assert _salah(dialog) == {}
    qtbot.mouseClick(dialog.ok, LEFT)
    qtbot.waitUntil(lambda: (u := tab.terpilih()) is not None and u.nama == "Subbagian Gaji")
    assert "Unit Subbagian Gaji ditambahkan." in tab.pesan.text()

    tab.ubah()  # F2
    dialog = _dialog(tab, UnorDialog)
    assert isinstance(dialog, UnorDialog)
    dialog.nama.setText("Subbagian Gaji dan Tunjangan")
    qtbot.mouseClick(dialog.ok, LEFT)
    qtbot.waitUntil(lambda: (u := tab.terpilih()) is not None and "Tunjangan" in u.nama)

    biro = _unor_id(demo, "Biro Perencanaan dan Keuangan")
    assert tab.pilih(biro)
    qtbot.mouseClick(tab.pindah_button, LEFT)
    pindah = _dialog(tab, PindahUnorDialog)
    assert isinstance(pindah, PindahUnorDialog)
    pilihan = [pindah.atasan.itemText(i) for i in range(pindah.atasan.count())]
    assert pilihan[0] == "(tingkat teratas)" and not any("Subbagian" in p for p in pilihan)
    pindah.reject()

    sub = _unor_id(demo, "Subbagian Gaji dan Tunjangan")
    assert tab.pilih(sub)
    qtbot.mouseClick(tab.hapus_button, LEFT)
    assert "Nonaktifkan unit “Subbagian Gaji dan Tunjangan”?" in _ya(qtbot, tab)
    qtbot.waitUntil(lambda: not tab.pilih(sub))
    assert [op for op, _, _ in outbox(demo.db)] == ["unor.create", "unor.update", "unor.delete"]


def test_deactivating_a_unit_with_pegawai_is_refused_in_place(
    qtbot: QtBot, page: AdminPage, demo: Demo
) -> None:
    tab = page.unor_tab
    assert tab.pilih(_unor_id(demo, "Bagian Keuangan"))
    tab.nonaktifkan()  # Delete
    _ya(qtbot, tab)
    assert tab.pesan.kind == "error"
    assert tab.pesan.text() == (
        "Unit “Bagian Keuangan” tidak dapat dinonaktifkan: masih ada 13 pegawai dan 1 PLT/PLH "
        "aktif. Pindahkan atau akhiri terlebih dahulu."
    )
    assert outbox(demo.db) == []


def test_unit_search_keeps_the_units_above(qtbot: QtBot, page: AdminPage) -> None:
    tab = page.unor_tab
    qtbot.keyClicks(tab.cari, "keuangan")
    proxy = tab.proxy
    [setjen] = [proxy.index(r, 0) for r in range(proxy.rowCount())]
    biro = proxy.index(0, 0, setjen)
    assert biro.data() == "Biro Perencanaan dan Keuangan"
    assert [proxy.index(r, 0, biro).data() for r in range(proxy.rowCount(biro))] == [
        "Bagian Keuangan"
    ]


def _unor_id(demo: Demo, nama: str) -> str:
    with demo.db.read_session() as s:
        return s.scalars(select(Unor.id).where(Unor.nama == nama, Unor.deleted_at.is_(None))).one()


# --- Pegawai ------------------------------------------------------------------------------------


def _pegawai_tab_ready(qtbot: QtBot, page: AdminPage) -> None:
    _tab(qtbot, page, page.pegawai_tab, lambda: page.pegawai_tab.model.rowCount())


def test_pegawai_filter_by_words_and_by_nip_digits(qtbot: QtBot, page: AdminPage) -> None:
    _pegawai_tab_ready(qtbot, page)
    tab = page.pegawai_tab
    total = tab.model.rowCount()
    assert tab.jumlah.text() == f"{total} pegawai"
    qtbot.keyClicks(tab.cari, "kepala bagian")
    assert tab.proxy.rowCount() == 3
    assert tab.jumlah.text() == f"3 dari {total} pegawai"
    nip = tab.model.row_at(0).nip
    tab.cari.setText(nip[:14])  # as typed, without the spaces of the grouped NIP
    assert tab.proxy.rowCount() >= 1
    shown = [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]
    assert f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}" in shown


def test_pegawai_table_sorts_by_column(qtbot: QtBot, page: AdminPage) -> None:
    _pegawai_tab_ready(qtbot, page)
    tab = page.pegawai_tab
    tab.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    nips = [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]
    assert nips == sorted(nips, reverse=True)


def test_add_pegawai_with_inline_nip_error_then_saved(
    qtbot: QtBot, page: AdminPage, demo: Demo
) -> None:
    _pegawai_tab_ready(qtbot, page)
    tab = page.pegawai_tab
    qtbot.mouseClick(tab.tambah_button, LEFT)
    dialog = _dialog(tab, PegawaiDialog)
    assert isinstance(dialog, PegawaiDialog)
    qtbot.keyClicks(dialog.nip, "1992031520190320")
    dialog.nip.editingFinished.emit()  # leaving the field
    assert _salah(dialog) == {"nip": "NIP harus 18 digit, tertulis 16."}
    assert dialog.nip.accessibleDescription() == "NIP harus 18 digit, tertulis 16."
    qtbot.keyClicks(dialog.nip, "01")
    assert _salah(dialog) == {}
    qtbot.mouseClick(dialog.ok, LEFT)  # the rest is checked on Simpan
    assert set(_salah(dialog)) == {"nama", "jabatan"}
    dialog.nama.setText("Sari Wulandari")
    dialog.jabatan.setText("Pranata Komputer Ahli Pertama")
    dialog.kelompok.setCurrentIndex(dialog.kelompok.findData("JF"))
    assert dialog.jenjang.isEnabled()
    dialog.jenjang.setCurrentIndex(dialog.jenjang.findData("AHLI_PERTAMA"))
    dialog.golongan.setCurrentIndex(dialog.golongan.findData("IX"))
    assert _salah(dialog)["golongan"].startswith("Golongan IX adalah golongan PPPK")
    dialog.golongan.setCurrentIndex(dialog.golongan.findData("III/a"))
    dialog.atasan.cari.setText("Kepala Bagian Keuangan")
    dialog.atasan.tabel.setCurrentIndex(dialog.atasan.proxy.index(0, 0))
    kepala = dialog.atasan.pegawai_id()
    assert kepala is not None
    qtbot.mouseClick(dialog.ok, LEFT)
    qtbot.waitUntil(lambda: (p := tab.terpilih()) is not None and p.nama == "Sari Wulandari")
    with demo.db.read_session() as s:
        p = s.scalars(select(Pegawai).where(Pegawai.nip == "199203152019032001")).one()
        assert (p.golongan, p.atasan_id, p.jenjang) == ("III/a", kepala, "AHLI_PERTAMA")


def test_atasan_below_the_pegawai_is_refused_inline(
    qtbot: QtBot, page: AdminPage, demo: Demo
) -> None:
    _pegawai_tab_ready(qtbot, page)
    tab = page.pegawai_tab
    kepala = demo.info.pengguna["Pimpinan"]  # Kepala Biro: the staf are below them
    tab.cari.setText(_nama(demo, kepala))
    tab.table.setCurrentIndex(tab.proxy.index(0, 0))
    tab.ubah()
    dialog = _dialog(tab, PegawaiDialog)
    assert isinstance(dialog, PegawaiDialog)
    staf = demo.info.pengguna["Pegawai"]
    dialog.atasan.pilih(staf)
    pesan = _salah(dialog)["atasan_id"]
    assert pesan.startswith(f"{_nama(demo, staf)} tidak dapat menjadi atasan langsung")
    qtbot.mouseClick(dialog.ok, LEFT)
    assert dialog.isVisible() and outbox(demo.db) == []
    qtbot.mouseClick(dialog.atasan.kosong_tombol, LEFT)  # no atasan: fine
    assert "atasan_id" not in _salah(dialog)
    dialog.reject()


def test_deactivate_pegawai_after_confirmation(qtbot: QtBot, page: AdminPage, demo: Demo) -> None:
    _pegawai_tab_ready(qtbot, page)
    tab = page.pegawai_tab
    staf = demo.info.pengguna["Pegawai"]
    tab.cari.setText(_nama(demo, staf))
    tab.table.setCurrentIndex(tab.proxy.index(0, 0))
    total = tab.model.rowCount()
    qtbot.mouseClick(tab.hapus_button, LEFT)
    assert "SKP dan penilaiannya tetap tersimpan" in _ya(qtbot, tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == total - 1)
    assert outbox(demo.db)[-1][:2] == ("pegawai.delete", staf)


def _nama(demo: Demo, pegawai_id: str) -> str:
    with demo.db.read_session() as s:
        p = s.get(Pegawai, pegawai_id)
        assert p is not None
        return p.nama


# --- PLT / PLH ----------------------------------------------------------------------------------


def test_plt_overlap_inline_then_add_end_and_delete(
    qtbot: QtBot, page: AdminPage, demo: Demo
) -> None:
    tab = page.plt_tab
    _tab(qtbot, page, tab, lambda: tab.model.rowCount())
    [ada] = tab.model.rows()
    assert tab.proxy.index(0, 6).data() == "Aktif"  # 1 March – 31 August, the clock: 10 April
    qtbot.mouseClick(tab.tambah_button, LEFT)
    dialog = _dialog(tab, PltDialog)
    assert isinstance(dialog, PltDialog)
    dialog.pegawai.pilih(demo.info.pengguna["Ketua Tim"])
    dialog.unor.pilih(ada.unor_id)
    dialog.jabatan.setText(ada.jabatan.lower())
    dialog.awal.setDate(QDate(2026, 8, 1))
    dialog.akhir.setDate(QDate(2026, 7, 1))
    assert _salah(dialog)["periode_akhir"].startswith("Periode akhir (1 Juli 2026) tidak boleh")
    dialog.akhir.setDate(QDate(2026, 9, 30))
    assert "sudah dipegang PLT oleh" in _salah(dialog)["periode_awal"]
    qtbot.mouseClick(dialog.ok, LEFT)
    assert dialog.isVisible()
    dialog.awal.setDate(QDate(2026, 9, 1))
    assert _salah(dialog) == {}
    qtbot.mouseClick(dialog.ok, LEFT)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)

    assert tab.terpilih() is not None and tab.terpilih().periode_awal == date(2026, 9, 1)  # type: ignore[union-attr]
    tab.table.setCurrentIndex(
        tab.proxy.mapFromSource(tab.model.index(tab.model.row_of_id(ada.id) or 0, 0))
    )
    qtbot.mouseClick(tab.akhiri_button, LEFT)
    akhiri = _dialog(tab, AkhiriPltDialog)
    assert isinstance(akhiri, AkhiriPltDialog)
    akhiri.tanggal.setDate(QDate(2026, 12, 31))
    qtbot.mouseClick(akhiri.ok, LEFT)
    assert _salah(akhiri)["periode_akhir"].startswith("Penugasan ini sudah berakhir 31 Agustus")
    akhiri.tanggal.setDate(QDate(2026, 4, 9))
    qtbot.mouseClick(akhiri.ok, LEFT)
    qtbot.waitUntil(lambda: (r := tab.terpilih()) is not None and not r.aktif)

    tab.hapus()
    _ya(qtbot, tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    with demo.db.read_session() as s:
        assert s.get(PltPlh, ada.id).deleted_at is not None  # type: ignore[union-attr]
    assert [op for op, _, _ in outbox(demo.db)] == [
        "plt_plh.create",
        "plt_plh.update",
        "plt_plh.delete",
    ]


# --- Periode ------------------------------------------------------------------------------------


def _periode_ready(qtbot: QtBot, page: AdminPage) -> None:
    _tab(qtbot, page, page.periode_tab, lambda: page.periode_tab.model.rowCount())


def test_periods_of_a_new_year_and_a_batas_edit(qtbot: QtBot, page: AdminPage) -> None:
    _periode_ready(qtbot, page)
    tab = page.periode_tab
    assert [tab.tahun.itemText(i) for i in range(tab.tahun.count())] == ["2027", "2026"]
    assert tab.tahun.currentText() == "2026" and not tab.buat_button.isEnabled()
    tab.tahun.setCurrentIndex(tab.tahun.findData(2027))
    assert tab.model.rowCount() == 0 and tab.buat_button.isEnabled()
    qtbot.mouseClick(tab.buat_button, LEFT)
    dialog = tab.dialog
    assert dialog is not None
    dialog.pola.setCurrentIndex(dialog.pola.findData("BULANAN"))  # type: ignore[attr-defined]
    assert "Periode 13 (FINAL)" in dialog.pratinjau.text()  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.ok, LEFT)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: tab.model.rowCount() == 13)
    assert tab.pola_label.text() == "Pola instansi: Bulanan"

    tab.ubah()
    edit = _dialog(tab, PeriodeDialog)
    assert isinstance(edit, PeriodeDialog) and not edit.jenis.isEnabled()
    edit.batas.setDate(QDate(2027, 1, 30))
    assert _salah(edit) == {
        "batas_pengisian": "Batas pengisian (30 Januari 2027) tidak boleh sebelum periode "
        "berakhir (31 Januari 2027)."
    }
    edit.batas.setDate(QDate(2027, 2, 10))
    qtbot.mouseClick(edit.ok, LEFT)
    qtbot.waitUntil(lambda: (p := tab.terpilih()) is not None and p.batas_pengisian.day == 10)


def test_reopen_a_period_past_its_batas_and_close_it(
    qtbot: QtBot, page: AdminPage, demo: Demo
) -> None:
    _periode_ready(qtbot, page)
    tab = page.periode_tab
    tab.table.setCurrentIndex(tab.proxy.index(1, 0))  # TW2: batas 5 July, not passed
    assert not tab.buka_button.isEnabled()
    tab.table.setCurrentIndex(tab.proxy.index(0, 0))  # TW1: batas 5 April, passed
    assert tab.proxy.index(0, 6).data() == "Dibuka ulang s.d. 31 Desember 2026"  # the demo's
    assert tab.dibuka_model.rowCount() == 1 and tab.tutup_button.isEnabled()
    assert tab.dibuka_model.headerData(2, Qt.Orientation.Horizontal) == "Alasan"
    assert tab.dibuka_proxy.index(0, 2).data() == "Perpanjangan pengisian TW I untuk demo"
    qtbot.mouseClick(tab.buka_button, LEFT)
    dialog = _dialog(tab, BukaUlangDialog)
    assert isinstance(dialog, BukaUlangDialog)
    bagian = _unor_id(demo, "Bagian Keuangan")
    dialog.unor.pilih(bagian)
    dialog.sampai.setDate(QDate(2026, 4, 9))
    assert _salah(dialog)["sampai"].startswith("Tanggal dibuka sampai (9 April 2026)")
    dialog.sampai.setDate(QDate(2026, 4, 30))
    assert "alasan" not in _salah(dialog)  # not scolded before Simpan is tried
    dialog.alasan.setText("   ")
    qtbot.mouseClick(dialog.ok, LEFT)
    assert _salah(dialog) == {"alasan": "Alasan pembukaan ulang wajib diisi."}
    assert dialog.isVisible() and outbox(demo.db) == []  # nothing written, nothing lost
    assert dialog.alasan.maxLength() == 500
    dialog.alasan.setText("Gangguan jaringan saat batas pengisian")
    assert _salah(dialog) == {}
    qtbot.mouseClick(dialog.ok, LEFT)
    qtbot.waitUntil(lambda: tab.dibuka_model.rowCount() == 2)
    with demo.db.read_session() as s:
        baru = s.scalars(
            select(PeriodeDibukaUlang).where(PeriodeDibukaUlang.unor_id == bagian)
        ).one()
        assert baru.sampai == date(2026, 4, 30)
        assert baru.alasan == "Gangguan jaringan saat batas pengisian"

    row = tab.dibuka_model.row_of_id(baru.id)
    assert row is not None
    tab.dibuka_table.setCurrentIndex(tab.dibuka_proxy.mapFromSource(tab.dibuka_model.index(row, 0)))
    qtbot.mouseClick(tab.tutup_button, LEFT)
    assert "Bagian Keuangan" in _ya(qtbot, tab)
    qtbot.waitUntil(
        lambda: any(r.id == baru.id and not r.berlaku(HARI_INI) for r in tab.dibuka_model.rows())
    )
    assert [op for op, _, _ in outbox(demo.db)] == [
        "periode_dibuka_ulang.create",
        "periode_dibuka_ulang.update",
    ]


# --- Kurva ideal --------------------------------------------------------------------------------


def test_ideal_curve_edit_with_inline_total_and_warnings(
    qtbot: QtBot, page: AdminPage, demo: Demo
) -> None:
    tab = page.kurva_tab
    _tab(qtbot, page, tab, lambda: tab.model.rowCount())
    baik = tab.model.row_of_id(CapaianOrganisasi.BAIK.value)
    assert baik is not None
    tab.table.setCurrentIndex(tab.proxy.mapFromSource(tab.model.index(baik, 0)))
    assert not tab.bawaan_button.isEnabled()
    tab.ubah()
    dialog = _dialog(tab, KurvaDialog)
    assert isinstance(dialog, KurvaDialog)
    dialog.kotak[Predikat.BAIK].setValue(75)
    assert dialog.jumlah.text() == "110 %"
    assert "jumlah seluruh nilai harus 1 (100 %), tertulis 110 %" in _salah(dialog)["porsi"]
    dialog.kotak[Predikat.BUTUH_PERBAIKAN].setValue(5)
    dialog.kotak[Predikat.SANGAT_BAIK].setValue(10)
    dialog.kotak[Predikat.KURANG].setValue(10)
    assert _salah(dialog) == {} and dialog.jumlah.text() == "100 %"
    assert "Baik paling banyak 70 %, aktual 75 %" in dialog.peringatan.text()
    qtbot.mouseClick(dialog.ok, LEFT)
    qtbot.waitUntil(lambda: (r := tab.terpilih()) is not None and r.override_id is not None)
    assert tab.proxy.index(baik, 2).data() == "75 %"
    assert "1 batasan SE 3/2023 tidak terpenuhi" in tab.pesan.text()

    qtbot.mouseClick(tab.bawaan_button, LEFT)
    _ya(qtbot, tab)
    qtbot.waitUntil(lambda: (r := tab.terpilih()) is not None and r.override_id is None)
    assert [op for op, _, _ in outbox(demo.db)] == ["kurva_ideal.create", "kurva_ideal.delete"]


def test_the_period_dialog_of_a_new_period_names_no_missing_name_until_saved(
    qtbot: QtBot, page: AdminPage
) -> None:
    _periode_ready(qtbot, page)
    tab = page.periode_tab
    qtbot.mouseClick(tab.tambah_button, LEFT)
    dialog = _dialog(tab, PeriodeDialog)
    assert isinstance(dialog, PeriodeDialog)
    dialog.akhir.setDate(QDate(2026, 2, 28))
    assert set(_salah(dialog)) == {"batas_pengisian"}  # still 5 February
    dialog.batas.setDate(QDate(2026, 3, 5))
    assert _salah(dialog) == {
        "awal": "Tanggalnya bertumpuk dengan Periode 1 (TW1) (1 Januari 2026 s.d. 31 Maret 2026); "
        "periode periodik tidak boleh berbagi hari."
    }
    dialog.jenis.setCurrentIndex(dialog.jenis.findData(JenisPeriode.FINAL.value))
    dialog.periksa()
    assert set(_salah(dialog)) == {"jenis"}
    qtbot.mouseClick(dialog.ok, LEFT)
    assert set(_salah(dialog)) == {"nama"}
    dialog.reject()


# --- keyboard and accessible names --------------------------------------------------------------


def test_keyboard_shortcuts_open_the_dialogs(qtbot: QtBot, page: AdminPage) -> None:
    _pegawai_tab_ready(qtbot, page)
    tab = page.pegawai_tab
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(tab, PegawaiDialog)
    assert dialog.windowTitle() == "Tambah Pegawai"
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    assert _dialog(tab, PegawaiDialog).windowTitle() == "Ubah Pegawai"
    tab.dialog.reject()  # type: ignore[union-attr]
    qtbot.keyClick(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.cari.hasFocus()


INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QCheckBox, QTableView, QTreeView)


def test_every_input_has_an_accessible_name(qtbot: QtBot, page: AdminPage) -> None:
    tabs = (page.unor_tab, page.pegawai_tab, page.plt_tab, page.periode_tab, page.kurva_tab)
    dialogs = []
    for tab, open_dialog in zip(
        tabs, (lambda: page.unor_tab.ubah(), lambda: page.pegawai_tab.ubah(),
               lambda: page.plt_tab.ubah(), lambda: page.periode_tab.buka_ulang(),
               lambda: page.kurva_tab.ubah()),
        strict=True,
    ):  # fmt: skip
        _tab(qtbot, page, tab, lambda t=tab: t.terpilih())  # type: ignore[misc]
        open_dialog()
        assert tab.dialog is not None
        dialogs.append(tab.dialog)
    checked = 0
    for widget in (*tabs, *dialogs):
        inputs = [
            w
            for w in widget.findChildren(QWidget)
            if isinstance(w, INPUTS) and w.isVisibleTo(widget)
            and not isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox))
        ]  # fmt: skip
        checked += len(inputs)
        assert [type(w).__name__ for w in inputs if not w.accessibleName()] == [], widget
    assert checked > 30
    for dialog in dialogs:
        dialog.reject()


def test_a_used_period_is_not_deleted_and_says_why(
    qtbot: QtBot, page: AdminPage, demo: Demo
) -> None:
    _periode_ready(qtbot, page)
    tab = page.periode_tab
    tab.table.setCurrentIndex(tab.proxy.index(0, 0))
    assert not tab.hapus_button.isEnabled()
    tab.hapus()  # the Delete key
    assert tab.konfirmasi is None and tab.pesan.kind == "error"
    assert tab.pesan.text().startswith("Periode 1 (TW1) 2026 tidak dapat dihapus: masih dipakai")
    assert outbox(demo.db) == []

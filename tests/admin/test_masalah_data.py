"""Masalah Data Induk: the admin's queue of wrong master data, through the services (cases made
by the admin services, or written as a pull from the server writes another admin's change),
and on the real tab of the Admin Instansi page: filter, count in the title, "Perbaiki…" opens
the dialog of the record concerned, and the fixed case leaves the queue."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import event, update

from ekinerja_desktop.db import Database
from ekinerja_desktop.domain import (
    JenisJabatan,
    JenisMasalah,
    JenisPlt,
    Jenjang,
    KelompokJabatan,
    MasalahDataInduk,
    Pendekatan,
    Sasaran,
    buat_nip,
)
from ekinerja_desktop.models import Pegawai, PltPlh, Unor, utcnow
from ekinerja_desktop.models.base import SyncedMixin
from ekinerja_desktop.services.admin import DataPegawai, DataPlt, DataUnor, LayananAdmin
from ekinerja_desktop.services.masalah_data import LayananMasalahData
from ekinerja_desktop.services.queries import pengguna
from ekinerja_desktop.services.queries_admin import PegawaiRow
from ekinerja_desktop.services.queries_views import aktor_dari
from ekinerja_desktop.services.skp import LayananSkp
from ekinerja_desktop.services.uow import Aktor, ChangeSet, UnitOfWork
from ekinerja_desktop.views.admin.admin_page import AdminPage
from ekinerja_desktop.views.admin.masalah_tab import MasalahModel
from ekinerja_desktop.views.admin.pegawai_dialog import PegawaiDialog
from ekinerja_desktop.views.admin.plt_dialog import AkhiriPltDialog
from ekinerja_desktop.views.admin.unor_dialog import UnorDialog
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.rekap.common import PesanLabel
from tests.admin.conftest import Demo, Jam
from tests.support import Org

HARI_INI = date(2026, 4, 10)


def nip(urut: int) -> str:
    return buat_nip(date(1990, 2, 2), date(2015, 3, 1), "L", urut)


def data_dari(row: PegawaiRow, **ubah: Any) -> DataPegawai:
    """The dialog's fields of a listed pegawai, some changed."""
    isian: dict[str, Any] = {
        "nip": row.nip,
        "nama": row.nama,
        "jabatan": row.jabatan,
        "unor_id": row.unor_id,
        "jenis_jabatan": row.jenis_jabatan,
        "kelompok_jabatan": row.kelompok_jabatan,
        "golongan": row.golongan,
        "jenjang": row.jenjang,
        "tmt_jabatan": row.tmt_jabatan,
        "atasan_id": row.atasan_id,
    }
    return DataPegawai(**{**isian, **ubah})


def dari_server(db: Database, model: type[SyncedMixin], id_: str, **kolom: Any) -> None:
    """Write a record as a pull writes another admin's change (accepted by the server, no
    outbox here): how master data these services refuse reaches this computer."""
    with db.write_session() as s, s.begin():
        obj = s.get(model, id_)
        assert obj is not None
        for nama, nilai in kolom.items():
            setattr(obj, nama, nilai)


def nonaktif() -> dict[str, Any]:
    return {"deleted_at": utcnow()}


def jenis(masalah: list[MasalahDataInduk]) -> list[tuple[JenisMasalah, str]]:
    return [(m.jenis, m.nama) for m in masalah]


@pytest.fixture
def masalah(sebagai: Callable[[Aktor], UnitOfWork], org: Org) -> LayananMasalahData:
    return LayananMasalahData(sebagai(org.admin))


def baris(admin: LayananAdmin, nama: str) -> PegawaiRow:
    return next(p for p in admin.daftar_pegawai() if p.nama == nama)


# --- the services -------------------------------------------------------------------------------


def test_a_pegawai_added_without_atasan_through_to_the_skp_reloaded(
    admin: LayananAdmin,
    masalah: LayananMasalahData,
    sebagai: Callable[[Aktor], UnitOfWork],
    org: Org,
) -> None:
    # the test instansi's JF has no jenjang: the only problem before anything is done
    assert jenis(masalah.daftar_masalah()) == [(JenisMasalah.JF_TIDAK_LENGKAP, "Staf Uji")]
    baru = admin.tambah_pegawai(DataPegawai(nip(1), "Pegawai Baru", "Analis", org.unor_id))
    [tanpa] = [m for m in masalah.daftar_masalah() if m.jenis is JenisMasalah.TANPA_ATASAN]
    assert (tanpa.sasaran, tanpa.sasaran_id, tanpa.unit_nama) == (Sasaran.PEGAWAI, baru, "Biro Uji")

    # drafting is never blocked: the new pegawai's SKP has no pejabat penilai
    skp = LayananSkp(sebagai(Aktor(baru, nip(1), "Pegawai Baru", False)))
    skp_id = skp.buat_skp(date(2026, 1, 1), date(2026, 12, 31), Pendekatan.KUANTITATIF)
    assert jenis(masalah.daftar_masalah()) == [
        (JenisMasalah.TANPA_ATASAN, "Pegawai Baru"),
        (JenisMasalah.SKP_TANPA_PENILAI, "Pegawai Baru"),
        (JenisMasalah.JF_TIDAK_LENGKAP, "Staf Uji"),
    ]

    admin.ubah_pegawai(
        baru, data_dari(baris(admin, "Pegawai Baru"), atasan_id=org.kepala.pegawai_id)
    )
    [sisa] = [m for m in masalah.daftar_masalah() if m.jenis is JenisMasalah.SKP_TANPA_PENILAI]
    # the master data is right now: the pegawai must reload the SKP, says the queue
    assert sisa.perbaikan.startswith("Atasan langsungnya kini Kepala Uji")
    assert "Pegawai Baru menekan Muat ulang" in sisa.perbaikan
    skp.muat_ulang_snapshot(skp_id)

    staf = baris(admin, "Staf Uji")
    admin.ubah_pegawai(staf.id, data_dari(staf, jenjang=Jenjang.AHLI_MUDA))
    assert masalah.daftar_masalah() == []


def test_cases_pulled_from_the_server(
    db: Database, admin: LayananAdmin, masalah: LayananMasalahData, org: Org, jam: Jam
) -> None:
    staf = baris(admin, "Staf Uji")
    admin.ubah_pegawai(staf.id, data_dari(staf, jenjang=Jenjang.AHLI_MUDA))
    bagian = admin.tambah_unor(DataUnor("Bagian Uji", unor_atasan_id=org.unor_id))
    kabag = admin.tambah_pegawai(
        DataPegawai(
            nip(2),
            "Kabag Uji",
            "Kepala Bagian",
            bagian,
            JenisJabatan.PIMPINAN,
            atasan_id=org.kepala.pegawai_id,
        )
    )
    anggota = admin.tambah_pegawai(
        DataPegawai(nip(3), "Anggota Uji", "Analis", bagian, atasan_id=kabag)
    )
    plt = admin.tambah_plt(
        DataPlt(
            kabag, org.unor_id, "PLH Kepala Biro", JenisPlt.PLH, HARI_INI, HARI_INI + timedelta(30)
        )
    )
    assert masalah.daftar_masalah() == []

    # another admin, offline, deactivated the kabag and the bagian; the server took both
    dari_server(db, Pegawai, kabag, **nonaktif())
    dari_server(db, Unor, bagian, **nonaktif())
    dari_server(db, Pegawai, staf.id, golongan="IX")
    found = masalah.daftar_masalah()
    assert jenis(found) == [
        (JenisMasalah.ATASAN_NONAKTIF, "Anggota Uji"),
        (JenisMasalah.UNIT_NONAKTIF, "Anggota Uji"),
        (JenisMasalah.PLT_NONAKTIF, "Kabag Uji"),
        (JenisMasalah.GOLONGAN_SALAH, "Staf Uji"),
    ]
    assert "Kabag Uji, sudah dinonaktifkan" in found[0].apa
    assert "Bagian Uji, sudah dinonaktifkan" in found[1].apa
    assert found[2].sasaran is Sasaran.PLT and found[2].sasaran_id == plt
    assert "golongan PPPK" in found[3].apa

    # the fixes, through the services the dialogs call
    anggota_row = baris(admin, "Anggota Uji")
    admin.ubah_pegawai(
        anggota, data_dari(anggota_row, unor_id=org.unor_id, atasan_id=org.kepala.pegawai_id)
    )
    admin.akhiri_plt(plt, HARI_INI)
    admin.ubah_pegawai(staf.id, data_dari(baris(admin, "Staf Uji"), golongan="III/c"))
    assert masalah.daftar_masalah() == []


def test_a_handful_of_queries_whatever_the_size(
    db: Database, admin: LayananAdmin, masalah: LayananMasalahData, org: Org
) -> None:
    statements: list[str] = []

    def hitung(*args: Any) -> None:
        if str(args[2]).lstrip().upper().startswith("SELECT"):
            statements.append(str(args[2]))

    def jumlah_query() -> int:
        statements.clear()
        masalah.daftar_masalah()
        return len(statements)

    event.listen(db.engine, "before_cursor_execute", hitung)
    try:
        sedikit = jumlah_query()
        for urut in range(10, 40):
            admin.tambah_pegawai(DataPegawai(nip(urut), f"Pegawai {urut}", "Analis", org.unor_id))
        assert len(masalah.daftar_masalah()) == 31
        assert jumlah_query() == sedikit == 5  # the admin's instansi, then four reads
    finally:
        event.remove(db.engine, "before_cursor_execute", hitung)


def test_a_pegawai_whose_unit_is_missing_is_listed_for_the_admin(
    db: Database, admin: LayananAdmin, masalah: LayananMasalahData
) -> None:
    staf = baris(admin, "Staf Uji")
    with db.engine.connect() as conn:  # a unit outside this computer's data, as a pull
        raw = conn.connection.driver_connection  # writes it: foreign keys off
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                conn.execute(update(Pegawai).where(Pegawai.id == staf.id).values(unor_id="x"))
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
    assert baris(admin, "Staf Uji").unor_nama == ""  # still in the Pegawai tab, to be fixed
    hilang = [m for m in masalah.daftar_masalah() if m.jenis is JenisMasalah.UNIT_NONAKTIF]
    assert [m.sasaran_id for m in hilang] == [staf.id]
    assert "tidak ditemukan" in hilang[0].apa


# --- the tab ----------------------------------------------------------------------------------


def _aktor(demo: Demo, peran: str) -> Aktor:
    with demo.db.read_session() as s:
        row = pengguna(s, demo.info.pengguna[peran])
        assert row is not None
        return aktor_dari(row)


@pytest.fixture
def uow_demo(demo: Demo, jam: Jam) -> UnitOfWork:
    return UnitOfWork(demo.db, aktor=_aktor(demo, "Admin"), clock=jam)


@pytest.fixture
def halaman(qtbot: QtBot, demo: Demo, uow_demo: UnitOfWork) -> Iterator[AdminPage]:
    bridge = ChangeBridge(uow_demo)
    page = AdminPage(uow_demo, bridge)
    qtbot.addWidget(page)
    page.resize(824, 640)  # the page's room in the main window at 1024×768
    page.show()
    qtbot.waitExposed(page)
    yield page
    bridge.detach()


def _kasus_demo(uow: UnitOfWork) -> dict[str, str]:
    """Three cases made by the admin services on the demo: a pegawai without atasan, a JF
    without TMT jabatan, and an acting post whose holder is then deactivated by a pull."""
    admin = LayananAdmin(uow)
    unit = next(u for u in admin.daftar_unor() if u.nama == "Bagian Perencanaan")
    tanpa = admin.tambah_pegawai(DataPegawai(nip(7), "Ayu Tanpa Atasan", "Analis", unit.id))
    jf = admin.tambah_pegawai(
        DataPegawai(
            nip(8),
            "Bima Fungsional",
            "Perencana",
            unit.id,
            kelompok_jabatan=KelompokJabatan.JF,
            jenjang=Jenjang.AHLI_PERTAMA,
            atasan_id=tanpa,
        )
    )
    plt = admin.tambah_plt(
        DataPlt(
            jf,
            unit.id,
            "PLH Kepala Bagian Perencanaan",
            JenisPlt.PLH,
            HARI_INI,
            HARI_INI + timedelta(9),
        )
    )
    return {"tanpa": tanpa, "jf": jf, "plt": plt}


def test_the_tab_lists_filters_and_fixes(
    qtbot: QtBot, halaman: AdminPage, demo: Demo, uow_demo: UnitOfWork
) -> None:
    kasus = _kasus_demo(uow_demo)
    halaman.set_aktor(uow_demo.aktor)
    tab = halaman.masalah_tab
    assert halaman.tabs.currentWidget() is tab  # the first tab: the queue
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    assert halaman.tabs.tabText(0) == "&1 Masalah Data Induk (2)"
    ModelTester(qtbot).check(tab.model, force_py=True)
    texts = [tab.model.row_texts(r) for r in range(tab.model.rowCount())]
    assert texts[0][:2] == ("Tanpa atasan langsung", "Ayu Tanpa Atasan")
    assert texts[0][3:] == ("Bagian Perencanaan", "Belum memiliki atasan langsung.")
    assert texts[1][:2] == ("JF belum lengkap", "Bima Fungsional")
    assert tab.jumlah.text() == "2 masalah"
    assert "Perbaikan:" in tab.rincian.text() and "pilih atasan langsung" in tab.rincian.text()

    tab.jenis.setCurrentIndex(tab.jenis.findData(JenisMasalah.JF_TIDAK_LENGKAP.value))
    assert tab.proxy.rowCount() == 1 and tab.jumlah.text() == "1 dari 2 masalah"
    assert tab.jenis.currentText() == "JF belum lengkap (1)"
    tab.jenis.setCurrentIndex(0)
    qtbot.keyClicks(tab.cari, "bima")
    assert tab.proxy.rowCount() == 1
    tab.cari.clear()

    # Enter on the first case: the Pegawai dialog, the problem above, the atasan focused
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.proxy.index(0, 0))
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    dialog = tab.dialog
    assert isinstance(dialog, PegawaiDialog) and dialog.isVisible()
    keterangan = dialog.findChild(PesanLabel, "keterangan_masalah")
    assert keterangan is not None and "Belum memiliki atasan langsung." in keterangan.text()
    assert dialog.focusWidget() is not None and dialog.atasan.isAncestorOf(dialog.focusWidget())
    kabag = next(
        p
        for p in LayananAdmin(uow_demo).daftar_pegawai()
        if p.jabatan == "Kepala Bagian Perencanaan"
    )
    dialog.atasan.pilih(kabag.id)
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert halaman.tabs.tabText(0) == "&1 Masalah Data Induk (1)"
    assert tab.terpilih() is not None and tab.terpilih().nama == "Bima Fungsional"  # type: ignore[union-attr]

    # a pull deactivates the JF (after the atasan was fixed): the acting post stays active
    dari_server(demo.db, Pegawai, kasus["jf"], **nonaktif())
    uow_demo.notify(ChangeSet(frozenset({("pegawai", kasus["jf"])})))
    qtbot.waitUntil(lambda: [r.jenis for r in tab.model.rows()] == [JenisMasalah.PLT_NONAKTIF])
    tab.table.setCurrentIndex(tab.proxy.index(0, 0))
    sel = tab.table.visualRect(tab.proxy.index(0, 1)).center()
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=sel)
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=sel)
    akhiri = tab.dialog
    assert isinstance(akhiri, AkhiriPltDialog)
    with qtbot.waitSignal(akhiri.finished):
        qtbot.mouseClick(akhiri.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert halaman.tabs.tabText(0) == "&1 Masalah Data Induk (0)"
    assert "Tidak ada masalah data induk" in tab.rincian.text()
    assert not tab.perbaiki_button.isEnabled()
    with demo.db.read_session() as s:
        plt = s.get(PltPlh, kasus["plt"])
        assert plt is not None and plt.periode_akhir == HARI_INI


def test_a_unit_under_a_deactivated_unit_opens_the_unit_dialog(
    qtbot: QtBot, halaman: AdminPage, demo: Demo, uow_demo: UnitOfWork
) -> None:
    admin = LayananAdmin(uow_demo)
    atas = admin.tambah_unor(DataUnor("Subbagian Lama"))
    bawah = admin.tambah_unor(DataUnor("Urusan Arsip", unor_atasan_id=atas))
    dari_server(demo.db, Unor, atas, **nonaktif())
    halaman.set_aktor(uow_demo.aktor)
    tab = halaman.masalah_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    [row] = tab.model.rows()
    assert (row.jenis, row.sasaran, row.sasaran_id) == (
        JenisMasalah.UNOR_ATASAN_NONAKTIF,
        Sasaran.UNOR,
        bawah,
    )
    tab.table.setCurrentIndex(tab.proxy.index(0, 0))
    qtbot.mouseClick(tab.perbaiki_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, UnorDialog) and dialog.windowTitle() == "Ubah Unit Organisasi"
    assert dialog.atasan.unor_id() is None  # the deactivated unit is no choice
    with qtbot.waitSignal(dialog.finished):  # at the top of the tree, as the admin decides
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)


def test_the_model_has_a_header_per_column(qtbot: QtBot) -> None:
    model = MasalahModel()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Jenis masalah", "Berdampak pada", "NIP", "Unit", "Yang salah"]
    assert model.rowCount(QModelIndex()) == 0

"""The MPH grid's model, proxy, header data and drawing helpers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from pytestqt.qtbot import QtBot

from ekinerja_desktop.db import Database
from ekinerja_desktop.services.mph import Mph, PilihanMph
from ekinerja_desktop.views.common.table_model import ID_ROLE, SORT_ROLE
from ekinerja_desktop.views.mph.mph_grid import (
    BARIS_MAKS,
    BARIS_MIN,
    PAD,
    MphGridView,
    Pembungkus,
    bagi_baris,
    tinggi_baris,
)
from ekinerja_desktop.views.mph.mph_model import (
    BARIS_ROLE,
    GRUP_ROLE,
    PERAN_ROLE,
    MphFilterProxy,
    MphTableModel,
    teks_peran,
)
from tests.tim.conftest import TAHUN, TimSiap, mph

UNIT = PilihanMph("unit", "Unit kerja", None)


def matriks(db: Database, siap: TimSiap) -> Mph:
    m = mph(db, siap.c.org.jpt).muat(UNIT, TAHUN)
    assert m is not None
    return m


def test_model_passes_the_model_tester(qtmodeltester, db: Database, siap: TimSiap) -> None:  # type: ignore[no-untyped-def]
    model = MphTableModel()
    qtmodeltester.check(model)
    model.set_mph(matriks(db, siap))
    qtmodeltester.check(model)
    proxy = MphFilterProxy(model)
    qtmodeltester.check(proxy)
    model.set_mph(None)
    qtmodeltester.check(model)


def test_cells_cell_by_cell(db: Database, siap: TimSiap) -> None:
    m = matriks(db, siap)
    model = MphTableModel()
    model.set_mph(m)
    assert model.columnCount() == len(m.kolom) + 1 == 4
    assert model.rowCount() == len(m.baris)
    for row, baris in enumerate(m.baris):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            peran = baris.di_luar if column == 3 else baris.peran[m.kolom[column].grup]
            assert index.data(PERAN_ROLE) == peran
            assert index.data() == teks_peran(peran)
            assert index.data(ID_ROLE) == baris.id
            assert index.data(BARIS_ROLE) is baris
    ketua = model.row_of_id(siap.c.org.ketua.pegawai_id)
    anggota = model.row_of_id(siap.c.org.anggota.pegawai_id)
    assert ketua is not None and anggota is not None
    teks_ketua = "Tersedianya data kinerja biro yang mutakhir"
    # Both IKI columns of RHK 1 hold the ketua's RHK (they are drawn as one spanned cell).
    assert model.index(ketua, 0).data() == model.index(ketua, 1).data() == f"• {teks_ketua}"
    assert model.index(ketua, 2).data() == ""
    assert model.index(anggota, 0).data() == "↳ Terkumpulnya data capaian triwulanan"
    assert "melalui: " + teks_ketua in model.index(anggota, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(ketua, 2).data(Qt.ItemDataRole.ToolTipRole) == "Tidak ada peran"
    tanpa = model.row_of_id(siap.c.org.tanpa_skp.pegawai_id)
    assert tanpa is not None
    assert "belum ada SKP" in model.index(tanpa, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(tanpa, 3).data(SORT_ROLE) == 2
    assert model.index(ketua, 0).data(SORT_ROLE) == 1


def test_headers(db: Database, siap: TimSiap) -> None:
    m = matriks(db, siap)
    model = MphTableModel()
    model.set_mph(m)
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(0, horizontal) == "1.1 Persentase realisasi anggaran"
    grup = model.headerData(1, horizontal, GRUP_ROLE)
    assert (grup.awal, grup.jumlah) == (0, 2)
    assert grup.judul == "RHK 1 · Meningkatnya kualitas perencanaan biro"
    assert model.headerData(3, horizontal) == "Tanpa peran / RHK di luar matriks"
    assert model.headerData(3, horizontal, GRUP_ROLE) is None
    tooltip = model.headerData(2, horizontal, Qt.ItemDataRole.ToolTipRole)
    assert (
        tooltip
        == "RHK 2 (Utama): Meningkatnya akuntabilitas kinerja biro\nIKI 2.1: Nilai SAKIP biro"
    )
    vertical = Qt.Orientation.Vertical
    assert model.headerData(0, vertical) == m.baris[0].nama
    ketua = model.row_of_id(siap.c.org.ketua.pegawai_id)
    tooltip_ketua = model.headerData(ketua, vertical, Qt.ItemDataRole.ToolTipRole)
    assert "NIP 19850505 201001 2 002" in tooltip_ketua and "Draft" in tooltip_ketua
    tanpa = model.row_of_id(siap.c.org.tanpa_skp.pegawai_id)
    assert "Belum ada SKP" in model.headerData(tanpa, vertical, Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(99, vertical) is None and model.headerData(99, horizontal) is None


def test_proxy_filters_and_maps_the_vertical_header(db: Database, siap: TimSiap) -> None:
    model = MphTableModel()
    model.set_mph(matriks(db, siap))
    proxy = MphFilterProxy(model)
    proxy.set_text("rekan")
    assert proxy.rowCount() == 1 and proxy.filtered
    assert proxy.headerData(0, Qt.Orientation.Vertical) == "Rekan Uji"
    proxy.set_text("")
    proxy.set_hanya_tanpa_peran(True)
    assert {proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())} == {
        siap.c.org.tanpa_skp.pegawai_id,
        siap.c.org.bukan_jpt.pegawai_id,
    }
    proxy.set_hanya_tanpa_peran(False)
    proxy.sort(0, Qt.SortOrder.DescendingOrder)  # most roles in column 1.1 first
    assert proxy.index(0, 0).data(SORT_ROLE) == 1
    assert proxy.headerData(0, Qt.Orientation.Vertical) in {"Staf Uji", "Rekan Uji"}


def test_grid_spans_groups_and_sizes_rows_once(qtbot: QtBot, db: Database, siap: TimSiap) -> None:
    model = MphTableModel()
    proxy = MphFilterProxy(model)
    grid = MphGridView(model, proxy)
    qtbot.addWidget(grid)
    model.set_mph(matriks(db, siap))
    grid.sesuaikan()
    for row in range(proxy.rowCount()):
        assert (grid.columnSpan(row, 0), grid.columnSpan(row, 2)) == (2, 1)
    proxy.set_text("rekan")  # fewer rows: spans follow
    assert proxy.rowCount() == 1 and grid.columnSpan(0, 0) == 2
    spacing = grid.delegate.metrics.lineSpacing()
    assert grid.verticalHeader().defaultSectionSize() == tinggi_baris(spacing, 1)
    assert grid.horizontalHeader().sectionSize(3) == 200


def test_row_height_and_line_sharing() -> None:
    assert tinggi_baris(10, 0) == BARIS_MIN * 10 + 2 * PAD
    assert tinggi_baris(10, 99) == BARIS_MAKS * 10 + 2 * PAD
    assert bagi_baris(0, 5) == []
    assert bagi_baris(2, 5) == [3, 2]
    assert bagi_baris(5, 5) == [1, 1, 1, 1, 1]


def test_wrap_fills_lines_and_elides_the_last(qapp) -> None:  # type: ignore[no-untyped-def]
    metrics = QFontMetrics(QFont())
    wrap = Pembungkus(metrics)
    width = metrics.horizontalAdvance("Tersusunnya bahan rencana")
    lines = wrap.wrap(
        "Tersusunnya bahan rencana kerja unit yang berkualitas dan tepat waktu", width, 2
    )
    assert len(lines) == 2
    assert lines[0] == "Tersusunnya bahan rencana"
    assert lines[1].endswith("…")
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    assert wrap.wrap("pendek", width, 3) == ("pendek",)
    assert wrap.wrap("pendek", width, 3) is wrap.wrap("pendek", width, 3)  # cached
    assert wrap.wrap("", width, 2) == ()

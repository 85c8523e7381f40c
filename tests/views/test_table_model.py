"""The base table model: declared columns over frozen rows, one reset, in-place row updates."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ekinerja_desktop.domain import StatusSkp
from ekinerja_desktop.views.common.table_model import (
    ALIGN_RIGHT,
    ID_ROLE,
    SORT_ROLE,
    Column,
    RowTableModel,
    display_text,
    raw_sort_key,
)

DISPLAY = Qt.ItemDataRole.DisplayRole


@dataclass(frozen=True)
class Baris:
    id: str
    nama: str
    tanggal: date
    jumlah: int
    status: StatusSkp
    aktif: bool
    catatan: str | None = None


COLUMNS: tuple[Column[Baris], ...] = (
    Column("Nama", lambda b: b.nama, tooltip=True),
    Column("Tanggal", lambda b: b.tanggal),
    Column("Jumlah", lambda b: b.jumlah, ALIGN_RIGHT),
    Column("Status", lambda b: b.status, sort_key=lambda b: list(StatusSkp).index(b.status)),
    Column("Aktif", lambda b: b.aktif),
    Column("Catatan", lambda b: b.catatan, tooltip=lambda b: f"catatan {b.id}"),
)

ROWS = (
    Baris("a", "Budi", date(2023, 4, 4), 12, StatusSkp.PERSETUJUAN, True),
    Baris("b", "ayu", date(2024, 12, 25), 3, StatusSkp.DRAFT, False, "cek"),
    Baris("c", "Citra", date(2022, 1, 31), 7, StatusSkp.PENGAJUAN, True),
)


def model_with_rows() -> RowTableModel[Baris]:
    model: RowTableModel[Baris] = RowTableModel(COLUMNS)
    model.set_rows(ROWS)
    return model


def test_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model: RowTableModel[Baris] = RowTableModel(COLUMNS)
    qtmodeltester.check(model)
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    model.update_row(replace(ROWS[0], nama="Budi Santoso"))
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_cells_headers_and_roles() -> None:
    model = model_with_rows()
    assert model.rowCount() == 3
    assert model.columnCount() == len(COLUMNS)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Nama",
        "Tanggal",
        "Jumlah",
        "Status",
        "Aktif",
        "Catatan",
    ]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    cells = [[model.index(r, c).data(DISPLAY) for c in range(6)] for r in range(3)]
    assert cells == [
        ["Budi", "4 April 2023", "12", "Persetujuan", "Ya", ""],
        ["ayu", "25 Desember 2024", "3", "Draft", "Tidak", "cek"],
        ["Citra", "31 Januari 2022", "7", "Pengajuan", "Ya", ""],
    ]
    first = model.index(0, 0)
    assert first.data(ID_ROLE) == "a"
    assert first.data(Qt.ItemDataRole.ToolTipRole) == "Budi"
    assert model.index(1, 5).data(Qt.ItemDataRole.ToolTipRole) == "catatan b"
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole) == ALIGN_RIGHT
    assert model.data(QModelIndex()) is None
    assert model.flags(first) & Qt.ItemFlag.ItemIsSelectable


def test_sort_role_gives_raw_keys() -> None:
    model = model_with_rows()
    assert model.index(1, 0).data(SORT_ROLE) == "ayu"  # case-folded text
    assert model.index(0, 1).data(SORT_ROLE) == "2023-04-04"  # ISO date, not "4 April 2023"
    assert model.index(0, 2).data(SORT_ROLE) == 12  # the number itself
    assert [model.index(r, 3).data(SORT_ROLE) for r in range(3)] == [2, 0, 1]  # declared key
    assert model.index(1, 4).data(SORT_ROLE) == 0


def test_update_row_changes_one_row_in_place(qtbot: QtBot) -> None:
    model = model_with_rows()
    assert (model.index(1, 0).data(SORT_ROLE), model.index(1, 2).data(SORT_ROLE)) == ("ayu", 3)
    changed = replace(ROWS[1], nama="Ayu Lestari", jumlah=4)
    with (
        qtbot.assertNotEmitted(model.modelReset),
        qtbot.waitSignal(model.dataChanged) as blocker,
    ):
        assert model.update_row(changed)
    top_left, bottom_right, roles = blocker.args
    assert (top_left.row(), top_left.column()) == (1, 0)
    assert (bottom_right.row(), bottom_right.column()) == (1, len(COLUMNS) - 1)
    assert Qt.ItemDataRole.DisplayRole in roles and SORT_ROLE in roles
    assert model.index(1, 0).data(DISPLAY) == "Ayu Lestari"
    assert model.index(1, 2).data(DISPLAY) == "4"
    assert model.index(1, 0).data(SORT_ROLE) == "ayu lestari"  # not the key cached before
    assert model.index(1, 2).data(SORT_ROLE) == 4
    assert not model.update_row(replace(ROWS[0], id="tidak-ada"))


def test_set_rows_is_one_reset(qtbot: QtBot) -> None:
    model = model_with_rows()
    assert model.index(0, 0).data(SORT_ROLE) == "budi"
    with qtbot.waitSignal(model.modelReset):
        model.set_rows([replace(ROWS[0], nama="Zaenal")])
    assert model.index(0, 0).data(SORT_ROLE) == "zaenal"  # no key kept from the old rows
    model.set_rows(ROWS[:1])
    assert model.rowCount() == 1
    assert model.row_of_id("a") == 0
    assert model.row_of_id("b") is None
    assert model.rows() == ROWS[:1]


def test_display_text_and_sort_key_of_values() -> None:
    assert display_text(None) == ""
    assert display_text(2.5) == "2,5"
    assert display_text(datetime(2023, 4, 4, 9, 5)) == "4 April 2023 09.05"
    assert raw_sort_key(None) == ""
    assert raw_sort_key(True) == 1
    assert raw_sort_key(StatusSkp.DRAFT) == "draft"

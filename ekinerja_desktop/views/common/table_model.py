"""A read-only table model driven by declared columns over frozen dataclass rows.

Shape after Vorta's `event_log_table_model.py`: the columns are declared once (translated
header, accessor, alignment, raw sort key); rows are frozen dataclasses from the services'
queries, never ORM objects; `set_rows()` is the one reset entry point and `update_row()`
changes one row in place. Sorting and filtering belong to a `QSortFilterProxyModel` on top,
sorting on `SORT_ROLE` (the raw key, e.g. an ISO date), not on the displayed text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ekinerja_desktop.domain.enums import LabeledEnum
from ekinerja_desktop.domain.tanggal import format_tanggal

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALIGN_CENTER = Qt.AlignmentFlag.AlignCenter

SortKey = str | int | float
AnyIndex = QModelIndex | QPersistentModelIndex


class HasId(Protocol):
    @property
    def id(self) -> str: ...


R = TypeVar("R", bound=HasId)


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its (already translated) header, what it shows and how it sorts.

    `value` may return text, a number, a date, a labelled enum, a bool or None; the model
    formats it (dates the Indonesian way, "4 April 2023"). `sort_key` defaults to a raw key
    derived from `value` (ISO date, case-folded text, the number itself).
    """

    header: str
    value: Callable[[R], object]
    align: Qt.AlignmentFlag = ALIGN_LEFT
    sort_key: Callable[[R], SortKey] | None = None
    # True: the full text as a tooltip; or a function giving the tooltip
    tooltip: bool | Callable[[R], str] = False
    elastic: bool = False  # may be narrowed (text elided) so that every column stays in view


translate = QCoreApplication.translate  # a literal context, so pyside6-lupdate finds it


def display_text(value: object) -> str:
    """The text a cell shows for a value."""
    if value is None:
        return ""
    if isinstance(value, bool):
        if value:
            return translate("RowTableModel", "Ya")
        return translate("RowTableModel", "Tidak")
    if isinstance(value, LabeledEnum):
        return value.label
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return f"{format_tanggal(value.date())} {value:%H.%M}"
    if isinstance(value, date):
        return format_tanggal(value)
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    return str(value)


def raw_sort_key(value: object) -> SortKey:
    """A key Qt can compare: numbers stay numbers, dates become ISO text, text is case-folded."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return display_text(value).casefold()


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Rows of type R (frozen dataclasses with an `id`) under declared columns."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: tuple[Column[R], ...] = tuple(columns)
        self._rows: list[R] = []
        self._row_of_id: dict[str, int] = {}
        self._texts: dict[int, tuple[str, ...]] = {}  # display texts, computed on first use
        # Sort keys, computed on first use: a proxy sorting 5,000 rows asks for each one about
        # a dozen times.
        self._sort_keys: dict[tuple[int, int], SortKey] = {}

    # --- the entry points -------------------------------------------------------------------

    def set_rows(self, rows: Iterable[R]) -> None:
        """Replace every row (the one reset of this model)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._row_of_id = {row.id: i for i, row in enumerate(self._rows)}
        self._texts.clear()
        self._sort_keys.clear()
        self.endResetModel()

    def update_row(self, row: R) -> bool:
        """Replace the row with the same id in place; returns False if it is not shown."""
        i = self._row_of_id.get(row.id)
        if i is None:
            return False
        self._rows[i] = row
        self._texts.pop(i, None)
        for column in range(len(self._columns)):
            self._sort_keys.pop((i, column), None)
        self.dataChanged.emit(
            self.index(i, 0),
            self.index(i, len(self._columns) - 1),
            [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE],
        )
        return True

    # --- access -----------------------------------------------------------------------------

    @property
    def columns(self) -> tuple[Column[R], ...]:
        return self._columns

    def rows(self) -> tuple[R, ...]:
        return tuple(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def row_of_id(self, id_: str) -> int | None:
        return self._row_of_id.get(id_)

    def row_texts(self, row: int) -> tuple[str, ...]:
        """The display text of every column of a row (cached; filters read it too)."""
        texts = self._texts.get(row)
        if texts is None:
            item = self._rows[row]
            texts = tuple(display_text(column.value(item)) for column in self._columns)
            self._texts[row] = texts
        return texts

    # --- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.row_texts(index.row())[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if callable(column.tooltip):
                return column.tooltip(self._rows[index.row()])
            return self.row_texts(index.row())[index.column()] if column.tooltip else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role == ID_ROLE:
            return self._rows[index.row()].id
        if role == SORT_ROLE:
            return self.sort_key(index.row(), index.column())
        return None

    def sort_key(self, row: int, column: int) -> SortKey:
        place = (row, column)
        key = self._sort_keys.get(place)
        if key is None:
            item, declared = self._rows[row], self._columns[column]
            if declared.sort_key is not None:
                key = declared.sort_key(item)
            else:
                key = raw_sort_key(declared.value(item))
            self._sort_keys[place] = key
        return key

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

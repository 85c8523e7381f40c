"""A table view over a RowTableModel through a sorting proxy, keeping the selection by id."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QTableView, QWidget

from ekinerja_desktop.views.common.table_model import ID_ROLE, SORT_ROLE, HasId, RowTableModel
from ekinerja_desktop.views.penilaian.common import siapkan_tabel

R = TypeVar("R", bound=HasId)


class TabelBaris(QTableView, Generic[R]):
    """`pilihan_berubah` carries the selected row's id ("" when none)."""

    pilihan_berubah = Signal(str)

    def __init__(
        self,
        model: RowTableModel[R],
        name: str,
        accessible: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model_baris = model
        model.setParent(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setModel(self.proxy)
        siapkan_tabel(self, name)
        self.setAccessibleName(accessible)
        self.selectionModel().currentRowChanged.connect(self._current_changed)

    def set_rows(self, rows: Iterable[R], pilih: str | None = None) -> None:
        """Show `rows`; select `pilih`, else the previous selection, else the first row."""
        previous = pilih or self.selected_id()
        blocked = self.selectionModel().blockSignals(True)
        self.model_baris.set_rows(rows)
        self.selectionModel().blockSignals(blocked)
        if previous is None or not self.select_id(previous):
            self.select_row(0)
        self.pilihan_berubah.emit(self.selected_id() or "")

    def selected_id(self) -> str | None:
        index = self.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def selected(self) -> R | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        return self.model_baris.row_at(self.proxy.mapToSource(index).row())

    def select_id(self, id_: str) -> bool:
        row = self.model_baris.row_of_id(id_)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model_baris.index(row, 0))
        if not index.isValid():
            return False
        self.setCurrentIndex(index)
        return True

    def select_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        if index.isValid():
            self.setCurrentIndex(index)
        else:
            self.selectionModel().clearCurrentIndex()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.pilihan_berubah.emit(str(current.data(ID_ROLE)) if current.isValid() else "")

"""Perilaku Kerja of an SKP: the seven BerAKHLAK values with their three indicators, and the
ekspektasi khusus pimpinan beside each, written by the pejabat penilai only (S000 Gambar 15,
45)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import NilaiBerakhlak
from ekinerja_desktop.services.queries_skp import PerilakuRow
from ekinerja_desktop.views.skp.delegates import TeksDelegate, WrapDelegate

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
KOLOM_EKSPEKTASI = 2

# (nilai, teks lama, teks baru) → accepted
EkspektasiHandler = Callable[[NilaiBerakhlak, str, str], bool]


class PerilakuModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PerilakuRow] = []
        self.editable = False
        self.handler: EkspektasiHandler | None = None

    def set_rows(self, rows: Sequence[PerilakuRow]) -> None:
        """Always the same seven values: changed ekspektasi are updated in place."""
        if [r.id for r in rows] != [r.id for r in self.rows]:
            self.beginResetModel()
            self.rows = list(rows)
            self.endResetModel()
            return
        for i, row in enumerate(rows):
            if row != self.rows[i]:
                self.rows[i] = row
                index = self.index(i, KOLOM_EKSPEKTASI)
                self.dataChanged.emit(index, index)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("No."), self.tr("Perilaku kerja"), self.tr("Ekspektasi khusus pimpinan"))[
            section
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(row.nomor)
            if column == 1:
                indikator = "\n".join(f"{i}. {teks}" for i, teks in enumerate(row.indikator, 1))
                return f"{row.nama}\n{indikator}"
            return row.ekspektasi or (self.tr("(belum ada)") if not self.editable else "")
        if role == Qt.ItemDataRole.EditRole and column == KOLOM_EKSPEKTASI:
            return row.ekspektasi
        if role == Qt.ItemDataRole.ToolTipRole and column == KOLOM_EKSPEKTASI and self.editable:
            return self.tr("Klik dua kali atau tekan F2 untuk menulis ekspektasi khusus.")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() == KOLOM_EKSPEKTASI:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.editable or self.handler is None:
            return False
        if not index.isValid() or index.column() != KOLOM_EKSPEKTASI:
            return False
        row = self.rows[index.row()]
        baru = str(value or "").strip()
        if baru == row.ekspektasi:
            return False
        return self.handler(row.nilai, row.ekspektasi, baru)


class PerilakuPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PerilakuModel(self)
        self.keterangan = QLabel()
        self.keterangan.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("tabel_perilaku")
        self.table.setAccessibleName(self.tr("Perilaku kerja dan ekspektasi khusus pimpinan"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(WrapDelegate(self.table))
        self.table.setItemDelegateForColumn(KOLOM_EKSPEKTASI, TeksDelegate(self.table))
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.model.modelReset.connect(self.table.resizeRowsToContents)
        self.model.dataChanged.connect(lambda *_: self.table.resizeRowsToContents())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.keterangan)
        layout.addWidget(self.table, 1)

    def set_rows(self, rows: Sequence[PerilakuRow], editable: bool, catatan: str) -> None:
        self.model.editable = editable
        self.model.set_rows(rows)
        self.keterangan.setText(catatan)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()

"""The unit tree as a Qt item model: each unit under its unor atasan, one column per field.

Nodes are numbered; an index carries its node's number as its internal id (no Python object
behind a raw pointer). `set_units()` is the one reset; a `QSortFilterProxyModel` with recursive
filtering on top finds a unit by name and keeps the units above it in view.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ekinerja_desktop.services.queries_admin import UnorRow
from ekinerja_desktop.views.common.table_model import (
    ALIGN_LEFT,
    ALIGN_RIGHT,
    ID_ROLE,
    SORT_ROLE,
    display_text,
    raw_sort_key,
)

AnyIndex = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate
ROOT = 0  # the invisible root's node number


@dataclass
class _Node:
    unit: UnorRow | None
    parent: int
    children: list[int] = field(default_factory=list)
    row: int = 0  # its row under its parent


@dataclass(frozen=True)
class KolomUnor:
    header: str
    value: Callable[[UnorRow], object]
    align: Qt.AlignmentFlag = ALIGN_LEFT


def kolom_unor() -> tuple[KolomUnor, ...]:
    return (
        KolomUnor(translate("UnorModel", "Nama unit"), lambda u: u.nama),
        KolomUnor(translate("UnorModel", "Jenis / eselon"), lambda u: u.jenis),
        KolomUnor(translate("UnorModel", "Unor induk"), lambda u: u.induk_nama),
        KolomUnor(translate("UnorModel", "Mandiri"), lambda u: u.mandiri),
        KolomUnor(translate("UnorModel", "Kota"), lambda u: u.kota),
        KolomUnor(translate("UnorModel", "Pegawai"), lambda u: u.jumlah_pegawai, ALIGN_RIGHT),
    )


class UnorTreeModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kolom = kolom_unor()
        self._nodes: list[_Node] = [_Node(None, ROOT)]
        self._node_of_id: dict[str, int] = {}

    def set_units(self, units: Sequence[UnorRow]) -> None:
        """Replace the tree; a unit whose unor atasan is not shown hangs at the top."""
        self.beginResetModel()
        self._nodes = [_Node(None, ROOT)]
        self._node_of_id = {}
        for u in units:
            self._node_of_id[u.id] = len(self._nodes)
            self._nodes.append(_Node(u, ROOT))
        for number, node in enumerate(self._nodes[1:], start=1):
            assert node.unit is not None
            node.parent = self._node_of_id.get(node.unit.unor_atasan_id or "", ROOT)
            if node.parent == number:  # bad data: a unit above itself hangs at the top
                node.parent = ROOT
        self._putus_siklus()
        for number, node in enumerate(self._nodes[1:], start=1):
            parent = self._nodes[node.parent]
            node.row = len(parent.children)
            parent.children.append(number)
        self.endResetModel()

    def _putus_siklus(self) -> None:
        """A cycle in the stored tree (bad data from elsewhere) would hide its units from the
        root: the first unit found on one hangs at the top instead."""
        for start in range(1, len(self._nodes)):
            seen: set[int] = set()
            current = start
            while current != ROOT and current not in seen:
                seen.add(current)
                current = self._nodes[current].parent
            if current != ROOT:
                self._nodes[current].parent = ROOT

    # --- access -----------------------------------------------------------------------------

    def unit(self, index: AnyIndex) -> UnorRow | None:
        if not index.isValid():
            return None
        return self._nodes[int(index.internalId())].unit

    def index_of(self, unor_id: str) -> QModelIndex:
        number = self._node_of_id.get(unor_id)
        if number is None:
            return QModelIndex()
        return self.createIndex(self._nodes[number].row, 0, number)

    def units(self) -> list[UnorRow]:
        return [n.unit for n in self._nodes[1:] if n.unit is not None]

    # --- QAbstractItemModel -------------------------------------------------------------------

    def _number(self, index: AnyIndex) -> int:
        return int(index.internalId()) if index.isValid() else ROOT

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = self._nodes[self._number(parent)].children
        if not (0 <= row < len(children) and 0 <= column < len(self._kolom)):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid():
            return QModelIndex()
        parent = self._nodes[int(child.internalId())].parent
        if parent == ROOT:
            return QModelIndex()
        return self.createIndex(self._nodes[parent].row, 0, parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._nodes[self._number(parent)].children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self._kolom)

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        unit = self.unit(index)
        if unit is None:
            return None
        kolom = self._kolom[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(kolom.value(unit))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return translate(
                "UnorModel", "{nama}: {pegawai} pegawai, {anak} unit di bawahnya"
            ).format(nama=unit.nama, pegawai=unit.jumlah_pegawai, anak=unit.jumlah_anak)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return kolom.align
        if role == ID_ROLE:
            return unit.id
        if role == SORT_ROLE:
            return raw_sort_key(kolom.value(unit))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._kolom)
        ):
            return self._kolom[section].header
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class UnorProxy(QSortFilterProxyModel):
    """Sorted by name among siblings; a search keeps the matching units and those above them."""

    def __init__(self, model: UnorTreeModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(0)
        self.setDynamicSortFilter(True)

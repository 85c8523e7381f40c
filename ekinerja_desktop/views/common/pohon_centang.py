"""A read-only tree with check boxes, for choosing what to copy ("Salin dari SKP sebelumnya",
"Salin rencana aksi dari periode sebelumnya").

Three kinds of nodes: a group (its box only sums up its children: Utama, Tambahan), a chosen
record with children (an RHK with its IKI: it can be chosen with only some of them, shown
partly checked), and a leaf. Checking a node checks everything below it and the records above
it; unchecking clears everything below. Rows are built once from frozen service rows
(`Simpul`); the model never calls a service.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(eq=False)
class Simpul:
    """One row: its texts per column, and whether (and how) it can be chosen."""

    id: str
    texts: tuple[str, ...]
    jenis: str = "daun"  # "grup" (sums up its children), "rekaman" (a chosen record), "daun"
    bisa_dicentang: bool = True
    dicentang: bool = True
    redup: bool = False  # shown greyed and italic (nothing to copy, a note)
    tebal: bool = False
    tooltip: str = ""
    anak: list[Simpul] = field(default_factory=list)
    induk: Simpul | None = field(default=None, repr=False)

    def baris(self) -> int:
        saudara = self.induk.anak if self.induk is not None else []
        return saudara.index(self) if self.induk is not None else 0


class PohonCentangModel(QAbstractItemModel):
    pilihan_berubah = Signal()

    def __init__(self, judul: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.judul = tuple(judul)
        self._akar = Simpul("", ())

    # --- rows ------------------------------------------------------------------------------

    def set_simpul(self, simpul: Sequence[Simpul]) -> None:
        self.beginResetModel()
        self._akar = Simpul("", (), anak=list(simpul))
        for node in self._semua(self._akar):
            for child in node.anak:
                child.induk = node
        self.endResetModel()
        self.pilihan_berubah.emit()

    def simpul_atas(self) -> list[Simpul]:
        return list(self._akar.anak)

    def _semua(self, node: Simpul) -> Iterator[Simpul]:
        yield node
        for child in node.anak:
            yield from self._semua(child)

    def semua_simpul(self) -> Iterator[Simpul]:
        for child in self._akar.anak:
            yield from self._semua(child)

    def dicentang(self, jenis: str) -> list[Simpul]:
        """The chosen nodes of one kind, in tree order."""
        return [
            n for n in self.semua_simpul() if n.jenis == jenis and n.bisa_dicentang and n.dicentang
        ]

    def simpul(self, index: AnyIndex) -> Simpul | None:
        if not index.isValid():
            return None
        node = index.internalPointer()
        return node if isinstance(node, Simpul) else None

    def index_simpul(self, node: Simpul, column: int = 0) -> QModelIndex:
        if node.induk is None:
            return QModelIndex()
        return self.createIndex(node.baris(), column, node)

    # --- checking --------------------------------------------------------------------------

    def keadaan(self, node: Simpul) -> Qt.CheckState:
        """What a node's box shows."""
        anak = [c for c in node.anak if c.bisa_dicentang]
        if node.jenis == "grup":
            states = {self.keadaan(c) for c in anak}
            if not states or states == {Qt.CheckState.Unchecked}:
                return Qt.CheckState.Unchecked
            return Qt.CheckState.Checked if states == {Qt.CheckState.Checked} else _SEBAGIAN
        if not node.dicentang:
            return Qt.CheckState.Unchecked
        if all(self.keadaan(c) is Qt.CheckState.Checked for c in anak):
            return Qt.CheckState.Checked
        return _SEBAGIAN

    def centang(self, node: Simpul, pilih: bool) -> None:
        """Check or clear a node and everything below; checking also chooses the records
        above it (an IKI is copied only with its RHK)."""
        for n in self._semua(node):
            if n.bisa_dicentang:
                n.dicentang = pilih
        naik = node.induk
        while naik is not None and naik is not self._akar:
            if pilih and naik.bisa_dicentang:
                naik.dicentang = True
            naik = naik.induk
        self._kabarkan()

    def centang_semua(self, pilih: bool) -> None:
        for node in self.semua_simpul():
            if node.bisa_dicentang:
                node.dicentang = pilih
        self._kabarkan()

    def _kabarkan(self) -> None:
        # A change can show in any ancestor's or descendant's box: repaint column 0 of all rows
        # (a dialog-sized tree, a few hundred rows at most).
        for node in [self._akar, *self.semua_simpul()]:
            if node.anak:
                first = self.index(0, 0, self.index_simpul(node))
                last = self.index(len(node.anak) - 1, 0, self.index_simpul(node))
                self.dataChanged.emit(first, last, [Qt.ItemDataRole.CheckStateRole])
        self.pilihan_berubah.emit()

    # --- QAbstractItemModel ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        induk = self.simpul(parent) if parent.isValid() else self._akar
        if induk is None or not (0 <= row < len(induk.anak)) or not (0 <= column < len(self.judul)):
            return QModelIndex()
        return self.createIndex(row, column, induk.anak[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self.simpul(index)
        if node is None or node.induk is None or node.induk is self._akar:
            return QModelIndex()
        return self.createIndex(node.induk.baris(), 0, node.induk)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self.simpul(parent) if parent.isValid() else self._akar
        return len(node.anak) if node is not None else 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self.judul)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation is Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.judul)
        ):
            return self.judul[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        node = self.simpul(index)
        if node is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and node.bisa_dicentang:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.simpul(index)
        if node is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return node.texts[column] if column < len(node.texts) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.tooltip or (node.texts[column] if column < len(node.texts) else "")
        if role == Qt.ItemDataRole.CheckStateRole and column == 0 and node.bisa_dicentang:
            return self.keadaan(node)
        if role == Qt.ItemDataRole.FontRole and (node.tebal or node.redup):
            return _font(tebal=node.tebal)
        if role == Qt.ItemDataRole.ForegroundRole and node.redup:
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == ID_ROLE:
            return node.id
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self.simpul(index)
        if node is None or role != Qt.ItemDataRole.CheckStateRole or not node.bisa_dicentang:
            return False
        state = Qt.CheckState(value) if isinstance(value, int) else value
        self.centang(node, state is not Qt.CheckState.Unchecked)
        return True


_SEBAGIAN = Qt.CheckState.PartiallyChecked
_FONTS: dict[bool, QFont] = {}


def _font(tebal: bool) -> QFont:
    """Bold, or italic: made once, after the QApplication exists (data() runs per cell)."""
    font = _FONTS.get(tebal)
    if font is None:
        font = _FONTS[tebal] = QFont()
        font.setBold(tebal)
        font.setItalic(not tebal)
    return font

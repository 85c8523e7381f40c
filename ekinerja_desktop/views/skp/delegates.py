"""Inline editors of the Hasil Kerja tree: a choice list for aspek and perspektif, and a text
editor that keeps long RHK and IKI texts readable while typing."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QWidget,
)

from ekinerja_desktop.domain import LabeledEnum

translate = QCoreApplication.translate

AnyIndex = QModelIndex | QPersistentModelIndex


class WrapDelegate(QStyledItemDelegate):
    """Cells whose text wraps to the column's width, and whose row grows to fit it (a tree
    view does not give the delegate the column width, so it is taken from the header)."""

    PADDING = 8

    def __init__(self, view: QAbstractItemView, parent: QObject | None = None) -> None:
        super().__init__(parent or view)
        self.view = view

    def _width(self, index: AnyIndex) -> int:
        view = self.view
        if isinstance(view, QTreeView):
            if view.isFirstColumnSpanned(index.row(), index.parent()):
                return view.viewport().width()
            width = view.header().sectionSize(index.column())
            if index.column() == 0:
                depth, parent = 0, index.parent()
                while parent.isValid():
                    depth, parent = depth + 1, parent.parent()
                width -= depth * view.indentation()
            return width
        if isinstance(view, QTableView):
            return view.horizontalHeader().sectionSize(index.column())
        return view.viewport().width()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        base = super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        if not text:
            return base
        width = self._width(index) - self.PADDING
        if not opt.icon.isNull():
            width -= opt.decorationSize.width() + 4
        metrics = QFontMetrics(opt.font)
        rect = metrics.boundingRect(
            QRect(0, 0, max(width, 20), 100_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(base.width(), max(base.height(), rect.height() + 6))


class PilihanDelegate(WrapDelegate):
    """A combo box of one labelled enum (aspek, perspektif), with "belum dipilih" first."""

    def __init__(self, pilihan: type[LabeledEnum], view: QAbstractItemView) -> None:
        super().__init__(view)
        self.pilihan = pilihan

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(
            str(index.model().headerData(index.column(), Qt.Orientation.Horizontal))
        )
        combo.addItem(translate("HasilKerja", "(belum dipilih)"), "")
        for member in self.pilihan:
            combo.addItem(member.label, member.value)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        found = editor.findData(value.value if isinstance(value, Enum) else "")
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        value = editor.currentData()
        current = index.data(Qt.ItemDataRole.EditRole)
        if (value or None) != (current.value if isinstance(current, Enum) else None):
            model.setData(index, value or None, Qt.ItemDataRole.EditRole)


class TeksDelegate(WrapDelegate):
    """One-line editing of a long text; only a real change reaches the model (and the undo
    stack), so opening and leaving a cell records nothing."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.setAccessibleName(
            str(index.model().headerData(index.column(), Qt.Orientation.Horizontal))
        )
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QLineEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setText("" if value is None else str(value))
        editor.setCursorPosition(0)
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QLineEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        if editor.text().strip() != ("" if value is None else str(value)).strip():
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        # A wrapped cell is tall; the editor is one line at its top, as wide as the column.
        rect = option.rect
        height = max(editor.sizeHint().height(), 0)
        editor.setGeometry(rect.x(), rect.y(), rect.width(), min(rect.height(), height + 4))

"""The Hasil Kerja tab: the tree of RHK and IKI with its tool buttons, and below it the
findings before "Ajukan SKP". Columns fit the window (1024×768 included) and texts wrap."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStyledItemDelegate,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import Aspek, JenisRhk, JenisSkp, Pendekatan, Perspektif, Temuan
from ekinerja_desktop.services.queries_skp import IkiRow, RhkRow
from ekinerja_desktop.views.skp.delegates import PilihanDelegate, TeksDelegate, WrapDelegate
from ekinerja_desktop.views.skp.hasil_kerja_model import HasilKerjaModel, Kolom
from ekinerja_desktop.views.skp.panel_validasi import ValidasiPanel

AnyIndex = QModelIndex | QPersistentModelIndex
# Fixed widths of the short columns; text columns share what is left.
LEBAR = {Kolom.NOMOR: 64, Kolom.ASPEK: 104, Kolom.PERSPEKTIF: 136, Kolom.TARGET: 112}
LEBAR_TEKS_MIN = 150


class HasilKerjaTree(QTreeView):
    """A QTreeView that notes its first paint (the editor's open-time benchmark)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.painted = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted = True


class HasilKerjaPanel(QWidget):
    def __init__(self, actions: Sequence[QAction | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HasilKerjaModel(parent=self)
        self.tree = HasilKerjaTree()
        self.tree.setObjectName("tree_hasil_kerja")
        self.tree.setAccessibleName(self.tr("Hasil kerja: RHK dan IKI"))
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(WrapDelegate(self.tree))
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setIndentation(14)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setRootIsDecorated(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionsMovable(False)
        self.tree.viewport().installEventFilter(self)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self.tree.doItemsLayout)

        self.model.rowsInserted.connect(self._expand_inserted)
        self.model.modelReset.connect(self._after_reset)

        bar = QHBoxLayout()
        bar.setSpacing(2)
        for action in actions:
            if action is None:
                bar.addSpacing(10)
                continue
            button = QToolButton()
            button.setDefaultAction(action)
            # Arrows speak for themselves; their names stay in the tooltip and the menu, so
            # the bar fits a 1024×768 screen.
            ikon_saja = bool(action.property("ikon_saja"))
            button.setToolButtonStyle(
                Qt.ToolButtonStyle.ToolButtonIconOnly
                if ikon_saja
                else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            )
            if ikon_saja:
                button.setAccessibleName(action.text().replace("&", ""))
            button.setAutoRaise(True)
            bar.addWidget(button)
        bar.addStretch(1)
        self.petunjuk = QLabel(
            self.tr(
                "Enter: ubah lewat dialog · F2: ubah di sel · seret atau Alt+↑/↓ untuk memindah"
            )
        )
        self.petunjuk.setObjectName("panduan")

        self.validasi = ValidasiPanel()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.validasi)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([420, 110])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.petunjuk)
        self._delegates: list[QStyledItemDelegate] = []
        self._format: tuple[JenisSkp, Pendekatan] | None = None

    # --- format and rows -----------------------------------------------------------------------

    def set_format(self, jenis: JenisSkp, pendekatan: Pendekatan) -> None:
        if self._format == (jenis, pendekatan):
            return
        self._format = (jenis, pendekatan)
        self.model.set_format(jenis, pendekatan)
        for old in self._delegates:
            old.deleteLater()
        self._delegates = []
        for column, kolom in enumerate(self.model.kolom):
            delegate: QStyledItemDelegate
            if kolom is Kolom.ASPEK:
                delegate = PilihanDelegate(Aspek, self.tree)
            elif kolom is Kolom.PERSPEKTIF:
                delegate = PilihanDelegate(Perspektif, self.tree)
            elif kolom in (Kolom.RHK, Kolom.IKI, Kolom.NARASI, Kolom.TARGET):
                delegate = TeksDelegate(self.tree)
            else:
                continue
            self.tree.setItemDelegateForColumn(column, delegate)
            self._delegates.append(delegate)
        self.fit_columns()

    def set_rows(
        self, rows: Sequence[RhkRow], temuan: Sequence[Temuan], editable: bool, periksa: bool
    ) -> None:
        self.model.set_editable(editable)
        self.tree.setDragEnabled(editable)
        self.tree.setAcceptDrops(editable)
        self.model.set_rows(rows, temuan)
        self._span_groups()
        self.validasi.set_temuan(temuan)
        self.validasi.setVisible(periksa)

    def _span_groups(self) -> None:
        for jenis in JenisRhk:
            index = self.model.group_index(jenis)
            self.tree.setFirstColumnSpanned(index.row(), QModelIndex(), True)

    def _after_reset(self) -> None:
        self._span_groups()
        self.tree.expandAll()

    def _expand_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if self.model.kind_of(parent) == "grup" or not parent.isValid():
            for row in range(first, last + 1):
                self.tree.expand(self.model.index(row, 0, parent))
        if not parent.isValid():
            self._span_groups()

    # --- selection -----------------------------------------------------------------------------

    def current_rhk(self) -> RhkRow | None:
        return self.model.rhk_of(self.tree.currentIndex())

    def current_iki(self) -> IkiRow | None:
        return self.model.iki_of(self.tree.currentIndex())

    def select_id(self, id_: str, column: int = 0) -> bool:
        index = self.model.index_of_id(id_, column)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    # --- column widths -------------------------------------------------------------------------

    def fit_columns(self) -> None:
        """Short columns at fixed widths, text columns sharing the rest of the viewport."""
        kolom = self.model.kolom
        width = self.tree.viewport().width()
        fixed = sum(LEBAR.get(k, 0) for k in kolom)
        texts = [k for k in kolom if k not in LEBAR]
        share = max(LEBAR_TEKS_MIN, (width - fixed) // max(1, len(texts)))
        header = self.tree.header()
        for column, k in enumerate(kolom):
            header.resizeSection(column, LEBAR.get(k, share))
        self._relayout.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

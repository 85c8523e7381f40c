"""What the rekap, kurva, capaian and keberatan pages share: the page base (refresh from change
sets, coalesced, deferred while hidden), the cakupan + periode chooser, the in-place message
line, and fitting table columns into a 1024-pixel-wide window."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from ekinerja_desktop.domain import Rating
from ekinerja_desktop.services.queries_rekap import Cakupan, JenisCakupan, PeriodeRow
from ekinerja_desktop.services.uow import Aktor, ChangeSet, UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.common.page import Page
from ekinerja_desktop.views.common.table_model import SORT_ROLE, RowTableModel

R = TypeVar("R")

# Text columns give way down to this width (elided, full text in the tooltip) at 1024×768.
MIN_TEXT_WIDTH = 80
MAX_TEXT_WIDTH = 240
PADDING = 14

STYLE_PESAN = {
    "error": "QLabel { background: #fde8e8; color: #7f1d1d; border: 1px solid #f5b5b5;"
    " border-radius: 3px; padding: 6px 8px; }",
    "info": "QLabel { background: #e8f1fd; color: #1e3a5f; border: 1px solid #b5cdf5;"
    " border-radius: 3px; padding: 6px 8px; }",
    "warning": "QLabel { background: #fff7e0; color: #6b4a00; border: 1px solid #f0d48a;"
    " border-radius: 3px; padding: 6px 8px; }",
}


def label_cakupan(cakupan: Cakupan, aktor: Aktor | None) -> str:
    if cakupan.jenis is JenisCakupan.UNIT:
        return QCoreApplication.translate("Rekap", "Unit kerja: {nama}").format(nama=cakupan.nama)
    if aktor is not None and cakupan.id == aktor.pegawai_id:
        return QCoreApplication.translate("Rekap", "Bawahan langsung saya")
    return QCoreApplication.translate("Rekap", "Bawahan langsung {nama}").format(nama=cakupan.nama)


def label_periode(p: PeriodeRow) -> str:
    """ "Periode 1 (TW1) 2026"."""
    return f"{p.nama} {p.tahun}"


def label_rating(rating: Rating | None) -> str:
    return rating.label if rating is not None else "–"


class PesanLabel(QLabel):
    """The message line of a page or dialog (refusals, hints); hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pesan")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Pesan"))
        self.kind = ""
        self.hide()

    def tampilkan(self, text: str, kind: str = "info") -> None:
        self.kind = kind if text else ""
        self.setText(text)
        self.setStyleSheet(STYLE_PESAN.get(kind, ""))
        self.setVisible(bool(text))

    def kosongkan(self) -> None:
        self.tampilkan("")


class HalamanPenilaian(Page):
    """A page that reloads when records of the WATCHED tables change, here or by sync: one
    reload per burst of commits, and none while hidden (it reloads when shown again)."""

    WATCHED: frozenset[str] = frozenset()

    def __init__(self, uow: UnitOfWork, bridge: ChangeBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.uow = uow
        self.aktor: Aktor | None = None
        # Whether the acting user has a use for the page; the main window's navigation hides
        # it otherwise (set on every set_aktor / refresh).
        self.tersedia = False
        self._stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        bridge.sig_changes_applied.connect(self._on_changes)

    def judul_halaman(self) -> QLabel:
        heading = QLabel(self.title())
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        heading.setFont(font)
        heading.setAccessibleName(self.title())
        return heading

    def _on_changes(self, changes: ChangeSet) -> None:
        if not changes.kinds() & self.WATCHED:
            return
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._timer.start()


class PemilihCakupanPeriode(QWidget):
    """The "Cakupan" and "Periode" choosers above the rekap and the kurva."""

    berubah = Signal()

    def __init__(self, dengan_cakupan: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cakupan_combo = QComboBox()
        self.cakupan_combo.setAccessibleName(self.tr("Cakupan pegawai"))
        self.cakupan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.periode_combo = QComboBox()
        self.periode_combo.setAccessibleName(self.tr("Periode penilaian"))
        self.periode_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        cakupan_label = QLabel(self.tr("C&akupan:"))
        cakupan_label.setBuddy(self.cakupan_combo)
        periode_label = QLabel(self.tr("&Periode:"))
        periode_label.setBuddy(self.periode_combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(cakupan_label)
        layout.addWidget(self.cakupan_combo)
        layout.addSpacing(12)
        layout.addWidget(periode_label)
        layout.addWidget(self.periode_combo)
        layout.addStretch(1)
        cakupan_label.setVisible(dengan_cakupan)
        self.cakupan_combo.setVisible(dengan_cakupan)
        self._cakupan: list[Cakupan] = []
        self._periode: list[PeriodeRow] = []
        self._muat = False
        self.cakupan_combo.currentIndexChanged.connect(self._changed)
        self.periode_combo.currentIndexChanged.connect(self._changed)

    def isi(
        self,
        cakupan: Sequence[Cakupan],
        periode: Sequence[PeriodeRow],
        periode_awal: str | None,
        aktor: Aktor | None,
    ) -> None:
        """Fill both lists, keeping the current choices when they are still offered."""
        lama_cakupan = self.cakupan()
        lama_periode = self.periode_id() or periode_awal
        self._muat = True
        try:
            self._cakupan, self._periode = list(cakupan), list(periode)
            self.cakupan_combo.clear()
            for c in self._cakupan:
                self.cakupan_combo.addItem(label_cakupan(c, aktor))
            self.periode_combo.clear()
            for p in self._periode:
                self.periode_combo.addItem(label_periode(p), p.id)
            if lama_cakupan in self._cakupan:
                self.cakupan_combo.setCurrentIndex(self._cakupan.index(lama_cakupan))
            i = self.periode_combo.findData(lama_periode)
            self.periode_combo.setCurrentIndex(max(i, 0) if self._periode else -1)
        finally:
            self._muat = False

    def cakupan(self) -> Cakupan | None:
        i = self.cakupan_combo.currentIndex()
        return self._cakupan[i] if 0 <= i < len(self._cakupan) else None

    def periode(self) -> PeriodeRow | None:
        i = self.periode_combo.currentIndex()
        return self._periode[i] if 0 <= i < len(self._periode) else None

    def periode_id(self) -> str | None:
        p = self.periode()
        return p.id if p else None

    def pilih_cakupan(self, jenis: JenisCakupan, id_: str) -> bool:
        for i, c in enumerate(self._cakupan):
            if c.jenis is jenis and c.id == id_:
                self.cakupan_combo.setCurrentIndex(i)
                return True
        return False

    def pilih_periode(self, periode_id: str) -> bool:
        i = self.periode_combo.findData(periode_id)
        if i >= 0:
            self.periode_combo.setCurrentIndex(i)
        return i >= 0

    def _changed(self, _index: int) -> None:
        if not self._muat:
            self.berubah.emit()


def siapkan_tabel(table: QTableView, nama: str) -> None:
    """Row selection, read-only, keyboard friendly, sortable, compact rows."""
    table.setObjectName(nama)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(QFontMetrics(table.font()).height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setSortIndicatorClearable(True)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)


class PenyesuaiKolom(QObject):
    """Fits a table's columns (`pas_kolom`) whenever its viewport is resized, until the user
    drags a column border; `reset()` (new rows for another user or scope) fits again."""

    def __init__(self, table: QTableView, elastis: Sequence[int]) -> None:
        super().__init__(table)
        self.table = table
        self.elastis = tuple(elastis)
        self.user_sized = False
        self._fitting = False
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._on_resized)

    def reset(self) -> None:
        self.user_sized = False
        self.pas()

    def pas(self) -> None:
        if self.user_sized:
            return
        self._fitting = True
        try:
            pas_kolom(self.table, self.elastis)
        finally:
            self._fitting = False

    def _on_resized(self, section: int, _old: int, _new: int) -> None:
        last = self.table.horizontalHeader().count() - 1
        if not self._fitting and section != last:
            self.user_sized = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only the type is looked at first: while the table is being destroyed its viewport
        # still sends events, and the table must not be touched then.
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self.pas()
        return False


def pas_kolom(table: QTableView, elastis: Sequence[int]) -> None:
    """Fit columns to their content; when the table is too narrow, the `elastis` (text) columns
    give way in proportion, down to MIN_TEXT_WIDTH, so every column stays in view."""
    model = table.model()
    if model is None or model.columnCount() == 0:
        return
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    widths = []
    for c in range(model.columnCount()):
        title = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        content = table.sizeHintForColumn(c) + PADDING
        title_width = max((metrics.horizontalAdvance(t) for t in title.splitlines()), default=0)
        width = max(content, title_width + 2 * PADDING)
        widths.append(min(width, MAX_TEXT_WIDTH) if c in elastis else width)
    available = table.viewport().width()
    scrollbar = table.verticalScrollBar()
    rows_height = model.rowCount() * table.verticalHeader().defaultSectionSize()
    if not scrollbar.isVisible() and rows_height > table.viewport().height():
        available -= scrollbar.sizeHint().width()  # it appears once the rows are laid out
    excess = sum(widths) - available
    room = sum(max(0, widths[c] - MIN_TEXT_WIDTH) for c in elastis)
    if excess > 0 and room > 0:
        share = min(1.0, excess / room)
        for c in elastis:
            widths[c] -= math.ceil(max(0, widths[c] - MIN_TEXT_WIDTH) * share)
    for c, width in enumerate(widths):
        header.resizeSection(c, width)


class SaringProxy(QSortFilterProxyModel, Generic[R]):
    """Sorts on the raw key; keeps the rows meeting the condition (if any) whose text holds every
    word typed, in any order and case ("ahli baik" finds the Ahli … rated Baik)."""

    def __init__(self, model: RowTableModel[Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._words: tuple[str, ...] = ()
        self._syarat: Callable[[R], bool] | None = None
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    @property
    def filtered(self) -> bool:
        return bool(self._words) or self._syarat is not None

    def set_text(self, text: str) -> None:
        words = tuple(text.casefold().split())
        if words != self._words:
            self._ubah(lambda: setattr(self, "_words", words))

    def set_syarat(self, syarat: Callable[[R], bool] | None) -> None:
        self._ubah(lambda: setattr(self, "_syarat", syarat))

    def _ubah(self, ubah: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10
            self.beginFilterChange()
            ubah()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            ubah()
            self.invalidateFilter()

    def rows_shown(self) -> list[R]:
        """The rows in the order and selection the table shows (what an export writes)."""
        return [
            self._model.row_at(self.mapToSource(self.index(i, 0)).row())
            for i in range(self.rowCount())
        ]

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self._syarat is not None and not self._syarat(self._model.row_at(source_row)):
            return False
        if not self._words:
            return True
        haystack = " ".join(self._model.row_texts(source_row)).casefold()
        return all(word in haystack for word in self._words)

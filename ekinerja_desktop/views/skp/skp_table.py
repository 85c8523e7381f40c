"""A list of SKPs: the model (declared columns), its filter proxy, and the panel around them."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain.enums import StatusSkp
from ekinerja_desktop.domain.tanggal import format_tanggal, nama_bulan
from ekinerja_desktop.services.queries import SkpRow
from ekinerja_desktop.views.common.table_model import (
    ALIGN_CENTER,
    ALIGN_RIGHT,
    ID_ROLE,
    SORT_ROLE,
    Column,
    RowTableModel,
)

translate = QCoreApplication.translate  # literal contexts below, so pyside6-lupdate finds them
STATUS_ORDER = {status: i for i, status in enumerate(StatusSkp)}
# Text columns (names, units, jabatan) are at most this wide, and give way down to the minimum
# when the window is narrow (1024×768): elided, with the full text in a tooltip.
MAX_TEXT_COLUMN_WIDTH = 260
MIN_TEXT_COLUMN_WIDTH = 80
CELL_PADDING = 10  # px added to a fitted column, so texts do not touch the grid lines


def format_periode(row: SkpRow) -> str:
    """The period as 1 Jan – 31 Des 2026: short Indonesian month names keep every column in
    view on a 1024×768 screen; the tooltip has the dates in full (`periode_lengkap`)."""
    awal, akhir = row.periode_awal, row.periode_akhir
    mulai = f"{awal.day} {nama_bulan(awal.month)[:3]}"
    if awal.year != akhir.year:
        mulai = f"{mulai} {awal.year}"
    return f"{mulai} – {akhir.day} {nama_bulan(akhir.month)[:3]} {akhir.year}"


def periode_lengkap(row: SkpRow) -> str:
    """The period with full dates: 1 Januari 2026 – 31 Desember 2026."""
    return f"{format_tanggal(row.periode_awal)} – {format_tanggal(row.periode_akhir)}"


def skp_columns(with_pegawai: bool) -> tuple[Column[SkpRow], ...]:
    """The columns of an SKP list; lists of other people's SKPs start with who (the NIP is in
    the tooltip and found by the search box, leaving the width to the other columns)."""
    pegawai: tuple[Column[SkpRow], ...] = (
        Column(
            translate("SkpTable", "Pegawai"),
            lambda r: r.pegawai_nama,
            sort_key=lambda r: r.pegawai_nama.casefold(),
            tooltip=lambda r: f"{r.pegawai_nama}\nNIP {r.nip}",
            elastic=True,
        ),
    )
    belum = translate("SkpTable", "Belum ditentukan")
    common: tuple[Column[SkpRow], ...] = (
        Column(
            translate("SkpTable", "Periode"),
            format_periode,
            sort_key=lambda r: f"{r.periode_awal.isoformat()}/{r.periode_akhir.isoformat()}",
            tooltip=periode_lengkap,
        ),
        Column(translate("SkpTable", "Tahun"), lambda r: r.tahun, ALIGN_RIGHT),
        Column(translate("SkpTable", "Pendekatan"), lambda r: r.pendekatan),
        Column(
            translate("SkpTable", "Status"),
            lambda r: r.status,
            sort_key=lambda r: STATUS_ORDER[r.status],
        ),
        Column(
            translate("SkpTable", "Unit kerja"), lambda r: r.unor_nama, tooltip=True, elastic=True
        ),
        Column(translate("SkpTable", "Jabatan"), lambda r: r.jabatan, tooltip=True, elastic=True),
        Column(
            translate("SkpTable", "PLT/PLH"),
            lambda r: translate("SkpTable", "Ya") if r.is_plt_plh else "",
            ALIGN_CENTER,
            sort_key=lambda r: int(r.is_plt_plh),
        ),
        Column(
            translate("SkpTable", "Pejabat penilai"),
            lambda r: r.pejabat_penilai_nama or belum,
            tooltip=True,
            elastic=True,
        ),
    )
    return pegawai + common if with_pegawai else common


class SkpTableModel(RowTableModel[SkpRow]):
    def __init__(self, with_pegawai: bool, parent: QObject | None = None) -> None:
        super().__init__(skp_columns(with_pegawai), parent)


class SkpFilterProxy(QSortFilterProxyModel):
    """Sorts on the raw key; keeps rows with the chosen status whose text has every word typed.

    The words are looked up in every column's text plus the pegawai's name and NIP and the
    period's full month names, in any order and case ("ahli 2026" finds the SKPs of 2026 of
    every "Ahli …").
    """

    def __init__(self, model: SkpTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._words: tuple[str, ...] = ()
        self._status: StatusSkp | None = None
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)

    @property
    def filtered(self) -> bool:
        return bool(self._words) or self._status is not None

    def set_text(self, text: str) -> None:
        words = tuple(text.casefold().split())
        if words != self._words:
            self._change_filter(words, self._status)

    def set_status(self, status: StatusSkp | None) -> None:
        if status is not self._status:
            self._change_filter(self._words, status)

    def _change_filter(self, words: tuple[str, ...], status: StatusSkp | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10
            self.beginFilterChange()
            self._words, self._status = words, status
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._words, self._status = words, status
            self.invalidateFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        row = self._model.row_at(source_row)
        if self._status is not None and row.status is not self._status:
            return False
        if not self._words:
            return True
        texts = self._model.row_texts(source_row)
        haystack = " ".join((*texts, row.pegawai_nama, row.nip, periode_lengkap(row))).casefold()
        return all(word in haystack for word in self._words)


class SkpListPanel(QWidget):
    """Search box, status filter, count, and the table — or a sentence when there is nothing."""

    def __init__(
        self, name: str, with_pegawai: bool, empty_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.empty_text = empty_text
        self.model = SkpTableModel(with_pegawai, self)
        self.proxy = SkpFilterProxy(self.model, self)
        self._natural_widths: list[int] = []  # measured from the rows; [] = measure next time
        self._user_sized = False  # the user dragged a column: stop fitting until the next user
        self._fitting = False

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Cari SKP"))
        self.search.textChanged.connect(self._on_search)
        search_label = QLabel(self.tr("&Cari:"))
        search_label.setBuddy(self.search)

        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Semua"), None)
        for status in StatusSkp:
            self.status_combo.addItem(status.label, status.value)
        self.status_combo.setAccessibleName(self.tr("Saring menurut status"))
        self.status_combo.currentIndexChanged.connect(self._on_status)
        status_label = QLabel(self.tr("&Status:"))
        status_label.setBuddy(self.status_combo)

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Jumlah SKP"))

        bar = QHBoxLayout()
        bar.addWidget(search_label)
        bar.addWidget(self.search, 1)
        bar.addSpacing(8)
        bar.addWidget(status_label)
        bar.addWidget(self.status_combo)
        bar.addSpacing(8)
        bar.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setObjectName(f"table_{name}")
        self.table.setAccessibleName(name)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        self.table.verticalHeader().hide()
        row_height = QFontMetrics(self.table.font()).height() + 10
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(200)  # size columns from the first rows, not all
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the query's order at first
        header.sectionResized.connect(self._on_section_resized)
        self.table.setSortingEnabled(True)
        self.table.viewport().installEventFilter(self)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("empty_state")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clear_button = QPushButton(self.tr("&Hapus pencarian dan filter"))
        self.clear_button.clicked.connect(self.clear_filters)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self.proxy.rowsInserted.connect(self._update_state)
        self.proxy.rowsRemoved.connect(self._update_state)
        self.proxy.modelReset.connect(self._update_state)
        self.proxy.layoutChanged.connect(self._update_state)
        self._update_state()

    # --- rows -------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[SkpRow], autosize: bool = False) -> None:
        """Show these rows, keeping the selected SKP selected if it is still there.

        `autosize`: another user's rows; fit the columns to them again.
        """
        selected = self.selected_id()
        if autosize:
            self._natural_widths = []
            self._user_sized = False
        self.model.set_rows(rows)
        if rows and not self._natural_widths:
            self._natural_widths = self._measure()
            self.fit_columns()
        if selected is not None:
            self.select_id(selected)

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def select_id(self, id_: str) -> bool:
        row = self.model.row_of_id(id_)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        return True

    def _measure(self) -> list[int]:
        """Each column's width for its content (from the first rows) and header."""
        # The header text itself, not sectionSizeHint(): that keeps room for a sort arrow in
        # every column, which costs a whole column at 1024×768.
        metrics = self.table.horizontalHeader().fontMetrics()
        widths = []
        for section, column in enumerate(self.model.columns):
            title = metrics.horizontalAdvance(column.header) + 2 * CELL_PADDING
            content = max(self.table.sizeHintForColumn(section) + CELL_PADDING, title)
            width = content
            if column.elastic:
                width = min(width, MAX_TEXT_COLUMN_WIDTH)
            widths.append(width)
        return widths

    def fit_columns(self) -> None:
        """Measured widths; when they do not fit the table, the text columns give way (down to
        MIN_TEXT_COLUMN_WIDTH, in proportion to their width), so every column stays in view."""
        if not self._natural_widths or self._user_sized:
            return
        widths = list(self._natural_widths)
        excess = sum(widths) - self.table.viewport().width()
        elastic = [i for i, c in enumerate(self.model.columns) if c.elastic]
        room = sum(max(0, widths[i] - MIN_TEXT_COLUMN_WIDTH) for i in elastic)
        if excess > 0 and room > 0:
            share = min(1.0, excess / room)
            for i in elastic:
                widths[i] -= math.ceil(max(0, widths[i] - MIN_TEXT_COLUMN_WIDTH) * share)
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            for section, width in enumerate(widths):
                header.resizeSection(section, width)
        finally:
            self._fitting = False

    def _on_section_resized(self, section: int, _old: int, _new: int) -> None:
        # The stretched last column follows the window; any other change is the user's.
        if not self._fitting and section != self.model.columnCount() - 1:
            self._user_sized = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    # --- filters ----------------------------------------------------------------------------

    def clear_filters(self) -> None:
        self.search.clear()
        self.status_combo.setCurrentIndex(0)
        self.search.setFocus()

    def _on_search(self, text: str) -> None:
        self.proxy.set_text(text)

    def _on_status(self, _index: int) -> None:
        value = self.status_combo.currentData()
        self.proxy.set_status(StatusSkp(value) if value else None)

    def _update_state(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if self.proxy.filtered:
            text = self.tr("{shown} dari %n SKP", "", total).format(shown=shown)
        else:
            text = self.tr("%n SKP", "", total)
        self.count_label.setText(text)
        if shown:
            self.stack.setCurrentIndex(0)
            return
        if total:
            self.empty_label.setText(
                self.tr("Tidak ada SKP yang cocok dengan pencarian atau filter status.")
            )
            self.clear_button.show()
        else:
            self.empty_label.setText(self.empty_text)
            self.clear_button.hide()
        self.stack.setCurrentIndex(1)

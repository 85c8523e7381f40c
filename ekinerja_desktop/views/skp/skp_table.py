"""A list of SKPs: the model (declared columns), its filter proxy, and the panel around them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
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
from ekinerja_desktop.domain.tanggal import format_tanggal
from ekinerja_desktop.services.queries import SkpRow
from ekinerja_desktop.views.common.table_model import (
    ALIGN_CENTER,
    ALIGN_RIGHT,
    ID_ROLE,
    SORT_ROLE,
    Column,
    RowTableModel,
)

CONTEXT = "SkpTable"
STATUS_ORDER = {status: i for i, status in enumerate(StatusSkp)}
MAX_TEXT_COLUMN_WIDTH = 260  # px; longer unit and jabatan names are elided, full in the tooltip


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def format_periode(row: SkpRow) -> str:
    return f"{format_tanggal(row.periode_awal)} – {format_tanggal(row.periode_akhir)}"


def skp_columns(with_pegawai: bool) -> tuple[Column[SkpRow], ...]:
    """The columns of an SKP list; lists of other people's SKPs start with who and their NIP."""
    pegawai: tuple[Column[SkpRow], ...] = (
        Column(_tr("Pegawai"), lambda r: r.pegawai_nama, tooltip=True),
        Column(_tr("NIP"), lambda r: r.nip),
    )
    belum = _tr("Belum ditentukan")
    common: tuple[Column[SkpRow], ...] = (
        Column(
            _tr("Periode"),
            format_periode,
            sort_key=lambda r: f"{r.periode_awal.isoformat()}/{r.periode_akhir.isoformat()}",
        ),
        Column(_tr("Tahun"), lambda r: r.tahun, ALIGN_RIGHT),
        Column(_tr("Pendekatan"), lambda r: r.pendekatan),
        Column(_tr("Status"), lambda r: r.status, sort_key=lambda r: STATUS_ORDER[r.status]),
        Column(_tr("Unit kerja"), lambda r: r.unor_nama, tooltip=True),
        Column(_tr("Jabatan"), lambda r: r.jabatan, tooltip=True),
        Column(
            _tr("PLT/PLH"),
            lambda r: _tr("Ya") if r.is_plt_plh else "",
            ALIGN_CENTER,
            sort_key=lambda r: int(r.is_plt_plh),
        ),
        Column(
            _tr("Pejabat penilai"),
            lambda r: r.pejabat_penilai_nama or belum,
            tooltip=True,
        ),
    )
    return pegawai + common if with_pegawai else common


class SkpTableModel(RowTableModel[SkpRow]):
    def __init__(self, with_pegawai: bool, parent: QObject | None = None) -> None:
        super().__init__(skp_columns(with_pegawai), parent)


class SkpFilterProxy(QSortFilterProxyModel):
    """Sorts on the raw key; keeps rows with the chosen status whose text has every word typed.

    The words are looked up in every column's text plus the pegawai's name and NIP, in any
    order and case ("ahli 2026" finds the SKPs of 2026 of every "Ahli …").
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
        haystack = " ".join((*texts, row.pegawai_nama, row.nip)).casefold()
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
        self._autosize = True

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
        self.table.setSortingEnabled(True)

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
        """Show these rows, keeping the selected SKP selected if it is still there."""
        selected = self.selected_id()
        self._autosize = self._autosize or autosize
        self.model.set_rows(rows)
        if rows and self._autosize:
            self._autosize = False
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

    def fit_columns(self) -> None:
        """Columns as wide as their content, long names capped (elided, full text in a tip)."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for section, column in enumerate(self.model.columns):
            if column.tooltip and header.sectionSize(section) > MAX_TEXT_COLUMN_WIDTH:
                header.resizeSection(section, MAX_TEXT_COLUMN_WIDTH)

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
            self.count_label.setText(
                self.tr("{shown} dari {total} SKP").format(shown=shown, total=total)
            )
        else:
            self.count_label.setText(self.tr("{total} SKP").format(total=total))
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

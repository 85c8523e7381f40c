"""The Konflik list: conflicts and refusals with both values, the reason, and two choices.

"Pakai punya saya" re-applies the user's value as a new operation on the current version;
"pakai versi server" keeps the server's. Both are recorded on the server at the next round,
so every device of the user shows the same list.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.errors import UserError
from ekinerja_desktop.services.sync_queries import IssueRow, daftar_issue
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.sync.conflicts import (
    bisa_pakai_punya_saya,
    pakai_punya_saya,
    pakai_versi_server,
)
from ekinerja_desktop.views.common.table_model import SORT_ROLE, Column, RowTableModel
from ekinerja_desktop.views.sync.labels import (
    entity_label,
    kind_label,
    op_label,
    resolution_label,
)

translate = QCoreApplication.translate


def nilai_teks(value: Any) -> str:
    """A field value for people: text as is, nothing as "—", the rest as compact JSON."""
    if value is None or value == "":
        return "—"
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return translate("Konflik", "Ya") if value else translate("Konflik", "Tidak")
    return json.dumps(value, ensure_ascii=False)


def issue_columns() -> tuple[Column[IssueRow], ...]:
    return (
        Column(translate("Konflik", "Jenis"), lambda r: kind_label(r.kind)),
        Column(translate("Konflik", "Perubahan"), lambda r: op_label(r.op)),
        Column(translate("Konflik", "Alasan"), lambda r: r.message or r.reason, tooltip=True),
        Column(
            translate("Konflik", "Waktu"),
            lambda r: r.created_at,
            sort_key=lambda r: r.created_at.isoformat(),
        ),
        Column(
            translate("Konflik", "Keputusan"),
            lambda r: resolution_label(r.resolution, r.resolution_sent),
        ),
    )


@dataclass(frozen=True)
class FieldRow:
    id: str  # the field name
    mine: str
    server: str


def field_rows(issue: IssueRow) -> list[FieldRow]:
    """Both values of every field the issue concerns (server values may be missing)."""
    mine = {k: v for k, v in issue.local_value.items() if not k.startswith("_")}
    server = {k: v for k, v in issue.server_value.items() if not k.startswith("_")}
    names = list(mine) + [k for k in server if k not in mine]
    return [FieldRow(k, nilai_teks(mine.get(k)), nilai_teks(server.get(k))) for k in names]


def field_columns() -> tuple[Column[FieldRow], ...]:
    return (
        Column(translate("Konflik", "Kolom"), lambda r: r.id),
        Column(translate("Konflik", "Nilai saya"), lambda r: r.mine, tooltip=True),
        Column(translate("Konflik", "Nilai di server"), lambda r: r.server, tooltip=True),
    )


class KonflikPanel(QWidget):
    """The list, the two values of the selected issue, and the two choices."""

    resolved = Signal(str)  # issue id, after a resolution was saved locally

    def __init__(
        self,
        uow: UnitOfWork,
        on_resolved: Callable[[], None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("konflik_panel")
        self.uow = uow
        self._on_resolved = on_resolved
        self.model = RowTableModel(issue_columns(), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("konflik_table")
        self.table.setAccessibleName(self.tr("Daftar konflik dan penolakan"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.selectionModel().selectionChanged.connect(self._selected)

        self.terbuka_saja = QCheckBox(self.tr("Hanya yang perlu keputusan"))
        self.terbuka_saja.setChecked(True)
        self.terbuka_saja.toggled.connect(self.refresh)

        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields = RowTableModel(field_columns(), self)
        self.field_table = QTableView()
        self.field_table.setObjectName("konflik_fields")
        self.field_table.setAccessibleName(self.tr("Nilai saya dan nilai di server"))
        self.field_table.setModel(self.fields)
        self.field_table.verticalHeader().hide()
        self.field_table.setWordWrap(True)
        header = self.field_table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.mine_button = QPushButton(self.tr("Pakai punya &saya"))
        self.mine_button.setObjectName("pakai_punya_saya")
        self.mine_button.setToolTip(
            self.tr("Kirim ulang nilai Anda sebagai perubahan baru atas versi terkini di server.")
        )
        self.mine_button.clicked.connect(self.use_mine)
        self.server_button = QPushButton(self.tr("Pakai versi ser&ver"))
        self.server_button.setObjectName("pakai_versi_server")
        self.server_button.setToolTip(
            self.tr("Biarkan nilai di server; nilai Anda tetap tercatat di riwayat.")
        )
        self.server_button.clicked.connect(self.use_server)
        self.error = QLabel()
        self.error.setObjectName("konflik_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.field_table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.mine_button)
        buttons.addWidget(self.server_button)
        detail_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.terbuka_saja)
        top_layout.addWidget(self.table, 1)
        splitter.addWidget(top)
        splitter.addWidget(detail)
        splitter.setSizes([240, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.mine_button.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.current: IssueRow | None = None
        self._show_detail(None)

    # --- data ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        keep = self.current.id if self.current is not None else None
        with self.uow.read() as session:
            rows = daftar_issue(session, terbuka_saja=self.terbuka_saja.isChecked())
        self.model.set_rows(rows)
        for column in (0, 1, 3, 4):
            self.table.resizeColumnToContents(column)
        if not self.select(keep) and rows:
            self.table.selectRow(0)
        elif not rows:
            self._show_detail(None)

    def select(self, issue_id: str | None) -> bool:
        row = self.model.row_of_id(issue_id) if issue_id else None
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        return True

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self._show_detail(None)
            return
        source = self.proxy.mapToSource(rows[0])
        self._show_detail(self.model.row_at(source.row()))

    def _show_detail(self, issue: IssueRow | None) -> None:
        self.current = issue
        self.error.hide()
        if issue is None:
            self.detail_title.setText(self.tr("Tidak ada konflik yang dipilih."))
            self.fields.set_rows([])
            self.mine_button.setEnabled(False)
            self.server_button.setEnabled(False)
            return
        title = self.tr("{jenis}: {perubahan} pada {data}. {alasan}").format(
            jenis=kind_label(issue.kind),
            perubahan=op_label(issue.op),
            data=entity_label(issue.entity),
            alasan=issue.message or issue.reason,
        )
        self.detail_title.setText(title)
        self.fields.set_rows(field_rows(issue))
        self.field_table.resizeRowsToContents()
        terbuka = issue.resolution is None
        self.mine_button.setEnabled(
            bisa_pakai_punya_saya(issue.kind, issue.op, issue.reason, issue.resolution)
        )
        self.server_button.setEnabled(terbuka)
        self.server_button.setText(
            self.tr("Pakai versi ser&ver") if issue.kind == "conflict" else self.tr("&Tutup")
        )

    # --- choices ------------------------------------------------------------------------------

    def use_mine(self) -> None:
        self._resolve(pakai_punya_saya)

    def use_server(self) -> None:
        self._resolve(pakai_versi_server)

    def _resolve(self, action: Callable[[UnitOfWork, str], object]) -> None:
        issue = self.current
        if issue is None:
            return
        try:
            action(self.uow, issue.id)
        except UserError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.refresh()
        self.resolved.emit(issue.id)
        self._on_resolved()

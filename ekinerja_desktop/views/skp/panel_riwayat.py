"""The status history of an SKP: who, when, from, to, catatan (domain.md §3)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from ekinerja_desktop.domain import format_tanggal
from ekinerja_desktop.services.queries_skp import RiwayatRow
from ekinerja_desktop.views.common.table_model import Column, RowTableModel

translate = QCoreApplication.translate


def waktu_lokal(waktu: datetime) -> str:
    """Stored times are UTC; people read their own clock."""
    lokal = waktu.replace(tzinfo=UTC).astimezone()
    return f"{format_tanggal(lokal.date())} {lokal:%H.%M}"


def kolom_riwayat() -> tuple[Column[RiwayatRow], ...]:
    return (
        Column(
            translate("RiwayatSkp", "Waktu"),
            lambda r: waktu_lokal(r.waktu),
            sort_key=lambda r: r.waktu.isoformat(),
        ),
        Column(translate("RiwayatSkp", "Oleh"), lambda r: r.oleh_nama),
        Column(translate("RiwayatSkp", "Dari"), lambda r: r.dari),
        Column(translate("RiwayatSkp", "Ke"), lambda r: r.ke),
        Column(translate("RiwayatSkp", "Catatan"), lambda r: r.catatan, tooltip=True),
    )


class RiwayatPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: RowTableModel[RiwayatRow] = RowTableModel(kolom_riwayat(), self)
        self.table = QTableView()
        self.table.setObjectName("tabel_riwayat")
        self.table.setAccessibleName(self.tr("Riwayat status SKP"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.table)

    def set_rows(self, rows: Sequence[RiwayatRow]) -> None:
        if tuple(rows) != self.model.rows():
            self.model.set_rows(rows)

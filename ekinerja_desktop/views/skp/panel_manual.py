"""Manual Indikator Kinerja per IKI of a JPT SKP (S001 "Menyusun manual IKU"): the IKI on the
left, its sheet on the right. What is typed is saved when the user saves, moves to another IKI
or leaves the tab, so nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QHideEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import KualitasTingkatKendali, LabeledEnum, PeriodePelaporan
from ekinerja_desktop.services.queries_skp import ManualIkiRow

ID_ROLE = Qt.ItemDataRole.UserRole

# (iki id, previous fields, new fields) → accepted
SimpanManual = Callable[[str, dict[str, Any], dict[str, Any]], bool]


def _combo(pilihan: type[LabeledEnum], kosong: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(kosong, "")
    for member in pilihan:
        combo.addItem(member.label, member.value)
    return combo


def _teks(height: int = 54) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def fields_dari(row: ManualIkiRow) -> dict[str, Any]:
    return {
        "tujuan": row.tujuan,
        "definisi": row.definisi,
        "formula": row.formula or None,
        "satuan": row.satuan or None,
        "kualitas_tingkat_kendali": row.kualitas_tingkat_kendali,
        "sumber_data": row.sumber_data,
        "periode_pelaporan": row.periode_pelaporan,
    }


class ManualPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ManualIkiRow] = []
        self.editable = False
        self.simpan: SimpanManual | None = None
        self._current: str | None = None
        self._loading = False

        self.model = QStandardItemModel(self)
        self.list = QListView()
        self.list.setObjectName("daftar_manual_iki")
        self.list.setAccessibleName(self.tr("Indikator kinerja individu"))
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.selectionModel().currentChanged.connect(self._pindah)

        self.rhk = QLabel()
        self.rhk.setWordWrap(True)
        self.indikator = QLabel()
        self.indikator.setWordWrap(True)
        self.tujuan = _teks()
        self.definisi = _teks()
        self.formula = _teks()
        self.satuan = QLineEdit()
        self.kendali = _combo(KualitasTingkatKendali, self.tr("(pilih)"))
        self.sumber = _teks(44)
        self.periode = _combo(PeriodePelaporan, self.tr("(pilih)"))
        self.status = QLabel()
        self.tombol = QPushButton(self.tr("&Simpan manual"))
        self.tombol.setToolTip(self.tr("Simpan manual indikator ini (Ctrl+S)"))
        self.tombol.setShortcut("Ctrl+S")
        self.tombol.clicked.connect(self.simpan_sekarang)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = (
            (self.tr("Rencana hasil kerja:"), self.rhk, None),
            (self.tr("Indikator kinerja:"), self.indikator, None),
            (self.tr("&Tujuan:"), self.tujuan, self.tr("Tujuan")),
            (self.tr("&Definisi:"), self.definisi, self.tr("Definisi")),
            (self.tr("&Formula:"), self.formula, self.tr("Formula")),
            (self.tr("Sat&uan pengukuran:"), self.satuan, self.tr("Satuan pengukuran")),
            (self.tr("&Kualitas dan tingkat kendali:"), self.kendali,
             self.tr("Kualitas dan tingkat kendali")),
            (self.tr("Sumber &data:"), self.sumber, self.tr("Sumber data")),
            (self.tr("&Periode pelaporan:"), self.periode, self.tr("Periode pelaporan")),
        )  # fmt: skip
        for label, widget, name in rows:
            form.addRow(label, widget)
            if name:
                widget.setAccessibleName(name)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.tombol)
        sheet = QWidget()
        sheet_layout = QVBoxLayout(sheet)
        sheet_layout.addLayout(form)
        sheet_layout.addLayout(bar)
        sheet_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(sheet)
        self.kosong = QLabel(self.tr("Belum ada IKI. Tambahkan IKI pada tab Hasil Kerja."))
        self.kosong.setAlignment(Qt.AlignmentFlag.AlignCenter)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([260, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.kosong)
        layout.addWidget(splitter, 1)
        self.splitter = splitter

    # --- rows ----------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[ManualIkiRow], editable: bool) -> None:
        self.simpan_sekarang()  # what was typed goes in before the rows change
        self.rows = list(rows)
        self.editable = editable
        current = self._current
        self._loading = True
        try:
            self.model.clear()
            for row in rows:
                mark = "✓ " if row.ada else ""
                item = QStandardItem(f"{mark}{row.nomor} {row.indikator}")
                item.setData(row.id, ID_ROLE)
                item.setToolTip(row.rhk_teks)
                self.model.appendRow(item)
        finally:
            self._loading = False
        self.kosong.setVisible(not rows)
        self.splitter.setVisible(bool(rows))
        ids = [r.id for r in rows]
        target = ids.index(current) if current in ids else 0
        if rows:
            self.list.setCurrentIndex(self.model.index(target, 0))
            self._tampilkan(rows[target])
        for widget in (self.tujuan, self.definisi, self.formula, self.sumber):
            widget.setReadOnly(not editable)
        for field in (self.satuan,):
            field.setReadOnly(not editable)
        self.kendali.setEnabled(editable)
        self.periode.setEnabled(editable)
        self.tombol.setVisible(editable)

    def _row(self, iki_id: str | None) -> ManualIkiRow | None:
        return next((r for r in self.rows if r.id == iki_id), None)

    def _pindah(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._loading or not current.isValid():
            return
        self.simpan_sekarang()
        row = self._row(str(current.data(ID_ROLE)))
        if row is not None:
            self._tampilkan(row)

    def _tampilkan(self, row: ManualIkiRow) -> None:
        self._current = row.id
        self.rhk.setText(row.rhk_teks)
        self.indikator.setText(row.indikator)
        self.tujuan.setPlainText(row.tujuan)
        self.definisi.setPlainText(row.definisi)
        self.formula.setPlainText(row.formula)
        self.satuan.setText(row.satuan)
        self.sumber.setPlainText(row.sumber_data)
        value = row.kualitas_tingkat_kendali.value if row.kualitas_tingkat_kendali else ""
        self.kendali.setCurrentIndex(max(self.kendali.findData(value), 0))
        value = row.periode_pelaporan.value if row.periode_pelaporan else ""
        self.periode.setCurrentIndex(max(self.periode.findData(value), 0))
        self.status.setText(self.tr("Tersimpan.") if row.ada else self.tr("Belum diisi."))

    # --- saving --------------------------------------------------------------------------------

    def fields(self) -> dict[str, Any]:
        kendali, periode = self.kendali.currentData(), self.periode.currentData()
        return {
            "tujuan": self.tujuan.toPlainText().strip(),
            "definisi": self.definisi.toPlainText().strip(),
            "formula": self.formula.toPlainText().strip() or None,
            "satuan": self.satuan.text().strip() or None,
            "kualitas_tingkat_kendali": KualitasTingkatKendali(kendali) if kendali else None,
            "sumber_data": self.sumber.toPlainText().strip(),
            "periode_pelaporan": PeriodePelaporan(periode) if periode else None,
        }

    def simpan_sekarang(self) -> bool:
        """Save the shown sheet if it differs from what is stored; True when it was saved."""
        row = self._row(self._current)
        if row is None or not self.editable or self.simpan is None:
            return False
        lama, baru = fields_dari(row), self.fields()
        if baru == lama:  # for a new sheet: the blanks, satuan taken from the IKI
            return False
        if not row.ada:  # undo empties the sheet again
            lama = {key: "" if isinstance(value, str) else None for key, value in lama.items()}
            lama.update(formula=None, satuan=None)
        return self.simpan(row.id, lama, baru)

    def hideEvent(self, event: QHideEvent) -> None:
        self.simpan_sekarang()
        super().hideEvent(event)

"""Lampiran SKP: three numbered lists, Dukungan Sumber Daya, Skema Pertanggungjawaban and
Konsekuensi (S000 Gambar 16, 37), each edited in place, added to from a line at its foot,
reordered with Alt+↑/↓."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import JenisLampiran
from ekinerja_desktop.services.queries_skp import LampiranRow
from ekinerja_desktop.views.skp.delegates import TeksDelegate

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole

PANDUAN = {
    JenisLampiran.DUKUNGAN_SUMBER_DAYA: QT_TRANSLATE_NOOP(
        "DaftarLampiran",
        "Sumber daya yang dibutuhkan untuk memenuhi ekspektasi: SDM, anggaran, peralatan, "
        "pendampingan pimpinan, sarana dan prasarana.",
    ),
    JenisLampiran.SKEMA_PERTANGGUNGJAWABAN: QT_TRANSLATE_NOOP(
        "DaftarLampiran",
        "Kesepakatan data atau bukti dukung dan waktu pelaporan perkembangan hasil kerja.",
    ),
    JenisLampiran.KONSEKUENSI: QT_TRANSLATE_NOOP(
        "DaftarLampiran",
        "Konsekuensi bila memenuhi ekspektasi (penghargaan, penugasan baru) dan bila tidak "
        "(teguran, pengalihan penugasan).",
    ),
}


class LampiranModel(QAbstractListModel):
    """One numbered list; edits go to `ubah` (id, old text, new text)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[LampiranRow] = []
        self.editable = False
        self.ubah: Callable[[str, str, str], bool] | None = None

    def set_rows(self, rows: Sequence[LampiranRow]) -> None:
        if [r.id for r in rows] == [r.id for r in self.rows]:
            for i, row in enumerate(rows):
                if row != self.rows[i]:
                    self.rows[i] = row
                    self.dataChanged.emit(self.index(i), self.index(i))
            return
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.nomor}. {row.teks}"
        if role == Qt.ItemDataRole.EditRole:
            return row.teks
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.teks
        if role == ID_ROLE:
            return row.id
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.ubah is None:
            return False
        row = self.rows[index.row()]
        baru = str(value or "").strip()
        if not baru or baru == row.teks:
            return False
        return self.ubah(row.id, row.teks, baru)


class DaftarLampiran(QGroupBox):
    """One of the three lists with its own add line and buttons."""

    def __init__(self, jenis: JenisLampiran, parent: QWidget | None = None) -> None:
        super().__init__(jenis.label.upper(), parent)
        self.jenis = jenis
        self.setObjectName(f"lampiran_{jenis.value.lower()}")
        self.model = LampiranModel(self)
        self.list = QListView()
        self.list.setObjectName(f"daftar_{jenis.value.lower()}")
        self.list.setAccessibleName(jenis.label)
        self.list.setModel(self.model)
        self.list.setItemDelegate(TeksDelegate(self.list))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.model.modelReset.connect(self._fit_height)
        self.model.dataChanged.connect(lambda *_: self._fit_height())
        self.baru = QLineEdit()
        self.baru.setObjectName(f"baru_{jenis.value.lower()}")
        self.baru.setPlaceholderText(self.tr("Tulis butir baru lalu tekan Enter"))
        self.baru.setAccessibleName(self.tr("Butir baru {jenis}").format(jenis=jenis.label))
        self.tambah = QPushButton(self.tr("Tambah"))
        self.hapus = QPushButton(self.tr("Hapus"))
        self.naik = QPushButton(self.tr("Naik"))
        self.turun = QPushButton(self.tr("Turun"))
        self.tambah.setToolTip(self.tr("Tambah butir (Enter di kotak isian)"))
        self.hapus.setToolTip(self.tr("Hapus butir terpilih (Delete)"))
        self.naik.setToolTip(self.tr("Pindahkan ke atas (Alt+↑)"))
        self.turun.setToolTip(self.tr("Pindahkan ke bawah (Alt+↓)"))
        panduan = QLabel(self.tr(str(PANDUAN[jenis])))
        panduan.setWordWrap(True)
        panduan.setObjectName("panduan")
        bar = QHBoxLayout()
        bar.addWidget(self.baru, 1)
        for button in (self.tambah, self.hapus, self.naik, self.turun):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(panduan)
        layout.addWidget(self.list)
        layout.addLayout(bar)

        for key, slot in (
            (QKeySequence(QKeySequence.StandardKey.Delete), self.hapus.click),
            (QKeySequence("Alt+Up"), self.naik.click),
            (QKeySequence("Alt+Down"), self.turun.click),
        ):
            action = QAction(self.list)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.list.addAction(action)
        self.baru.returnPressed.connect(self.tambah.click)

    def _fit_height(self) -> None:
        """As tall as its items (two lines at least, ten at most: then it scrolls)."""
        rows = sum(
            max(self.list.sizeHintForRow(i), 1) for i in range(min(self.model.rowCount(), 10))
        )
        line = self.list.fontMetrics().height() + 6
        frame = 2 * self.list.frameWidth() + 4
        self.list.setFixedHeight(
            max(rows + line if self.model.editable else rows, 2 * line) + frame
        )

    def selected_id(self) -> str | None:
        index = self.list.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def select_id(self, id_: str) -> None:
        for row, item in enumerate(self.model.rows):
            if item.id == id_:
                self.list.setCurrentIndex(self.model.index(row))

    def set_editable(self, editable: bool) -> None:
        self.model.editable = editable
        for widget in (self.baru, self.tambah, self.hapus, self.naik, self.turun):
            widget.setVisible(editable)


class LampiranPanel(QScrollArea):
    """The three lists; the editor connects their buttons to its undo commands."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.daftar = {jenis: DaftarLampiran(jenis) for jenis in JenisLampiran}
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 6, 0, 0)
        for daftar in self.daftar.values():
            layout.addWidget(daftar)
        layout.addStretch(1)
        self.setWidget(inner)

    def set_rows(self, rows: Sequence[LampiranRow], editable: bool) -> None:
        for jenis, daftar in self.daftar.items():
            daftar.set_editable(editable)
            daftar.model.set_rows([r for r in rows if r.jenis is jenis])
            daftar._fit_height()

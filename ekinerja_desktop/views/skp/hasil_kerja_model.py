"""The Hasil Kerja table of an SKP as a tree model: Utama / Tambahan → RHK → IKI.

Columns follow the printed SKP format (S001): JPT "RHK, IKI, Target, Perspektif"; JA/JF
"RHK pimpinan yang diintervensi, RHK, Aspek, IKI, Target"; kualitatif one narrative column for
the IKI and its target. Rows come from the services as frozen rows; `set_rows` brings the tree
to the new rows in place (inserts, removals, moves, changed cells), so the selection and the
scroll position survive every refresh. Edits and drops are not applied here: they are handed
to the editor (`edit_requested`, `order_requested`), which runs them through the services and
its undo stack; the tree then follows the ChangeSet like any other change.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Literal

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from ekinerja_desktop.domain import (
    Aspek,
    JenisRhk,
    JenisSkp,
    Pendekatan,
    Perspektif,
    Temuan,
)
from ekinerja_desktop.services.queries_skp import IkiRow, RhkRow

AnyIndex = QModelIndex | QPersistentModelIndex
Jenis = Literal["grup", "rhk", "iki"]

ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
MIME = "application/x-ekinerja-hasil-kerja"
translate = QCoreApplication.translate  # literal contexts, so pyside6-lupdate finds them


class Kolom(Enum):
    NOMOR = "nomor"
    INTERVENSI = "intervensi"
    RHK = "rhk"
    ASPEK = "aspek"
    IKI = "iki"
    TARGET = "target"
    PERSPEKTIF = "perspektif"
    NARASI = "narasi"  # kualitatif: the IKI and its target as one narrative


def kolom_untuk(jenis: JenisSkp, pendekatan: Pendekatan) -> tuple[Kolom, ...]:
    kualitatif = pendekatan is Pendekatan.KUALITATIF
    if jenis is JenisSkp.JPT:
        if kualitatif:
            return (Kolom.NOMOR, Kolom.RHK, Kolom.NARASI, Kolom.PERSPEKTIF)
        return (Kolom.NOMOR, Kolom.RHK, Kolom.IKI, Kolom.TARGET, Kolom.PERSPEKTIF)
    if kualitatif:
        return (Kolom.NOMOR, Kolom.INTERVENSI, Kolom.RHK, Kolom.NARASI)
    return (Kolom.NOMOR, Kolom.INTERVENSI, Kolom.RHK, Kolom.ASPEK, Kolom.IKI, Kolom.TARGET)


def judul_kolom(kolom: Kolom) -> str:
    return {
        Kolom.NOMOR: translate("HasilKerja", "No."),
        Kolom.INTERVENSI: translate("HasilKerja", "RHK pimpinan yang diintervensi"),
        Kolom.RHK: translate("HasilKerja", "Rencana hasil kerja"),
        Kolom.ASPEK: translate("HasilKerja", "Aspek"),
        Kolom.IKI: translate("HasilKerja", "Indikator kinerja individu"),
        Kolom.TARGET: translate("HasilKerja", "Target"),
        Kolom.PERSPEKTIF: translate("HasilKerja", "Perspektif"),
        Kolom.NARASI: translate("HasilKerja", "Indikator kinerja individu dan target"),
    }[kolom]


# Cells edited inline (RHK rows / IKI rows); the others open the dialog.
KOLOM_EDIT_RHK = frozenset({Kolom.RHK})
KOLOM_EDIT_IKI = frozenset({Kolom.IKI, Kolom.NARASI, Kolom.TARGET, Kolom.ASPEK, Kolom.PERSPEKTIF})


_ANGKA = r"[+-]?\d[\d.,]*"
_RENTANG = re.compile(
    rf"^\s*(?P<lo>{_ANGKA})\s*(?:-|–|—|s\.?\s?d\.?|s/d|sampai)\s*(?P<hi>{_ANGKA})\s*(?P<satuan>.*?)\s*$",
    re.IGNORECASE,
)

_TUNGGAL = re.compile(rf"^\s*(?P<nilai>{_ANGKA})\s*(?P<satuan>.*?)\s*$")


def pisah_target(teks: str) -> tuple[str | None, str | None, str | None]:
    """A target as typed in its cell, "80-90 %", "80 – 90 persen", "4 laporan", into (min, max,
    satuan). Text that is no number is kept whole as the target, so validation can name it."""
    teks = teks.strip()
    if not teks:
        return None, None, None
    rentang = _RENTANG.match(teks)
    if rentang:
        return rentang["lo"], rentang["hi"], rentang["satuan"] or None
    tunggal = _TUNGGAL.match(teks)
    if tunggal:
        return tunggal["nilai"], tunggal["nilai"], tunggal["satuan"] or None
    return teks, teks, None


ALIGN_TOP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


@dataclass(frozen=True)
class _Gaya:
    """Fonts and brushes the tree returns, made once (data() runs for every painted cell)."""

    miring: QFont
    tebal: QFont
    placeholder: QBrush
    latar_grup: QBrush
    ikon_error: QIcon
    ikon_peringatan: QIcon


_GAYA: list[_Gaya] = []


def _gaya() -> _Gaya:
    if not _GAYA:
        miring, tebal = QFont(), QFont()
        miring.setItalic(True)
        tebal.setBold(True)
        palette = QApplication.palette()
        _GAYA.append(
            _Gaya(
                miring,
                tebal,
                palette.brush(QPalette.ColorRole.PlaceholderText),
                QBrush(palette.color(QPalette.ColorRole.AlternateBase)),
                QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
                QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            )
        )
    return _GAYA[0]


# (kind, column, editable) → item flags: data() and flags() run for every painted cell.
_FLAGS: dict[tuple[str, Kolom, bool], Qt.ItemFlag] = {}


def format_target(iki: IkiRow) -> str:
    """ "90–100 %", "4 laporan": one number when min and max agree."""
    lo, hi = (iki.target_min or "").strip(), (iki.target_max or "").strip()
    angka = lo if not hi or lo == hi else (hi if not lo else f"{lo}–{hi}")
    return f"{angka} {iki.satuan or ''}".strip()


def format_rhk(rhk: RhkRow) -> str:
    """The RHK as printed: text, then who assigned it."""
    if rhk.penugasan_dari:
        return translate("HasilKerja", "{teks} (Penugasan dari {dari})").format(
            teks=rhk.teks, dari=rhk.penugasan_dari
        )
    return rhk.teks


@dataclass(eq=False)
class _Node:
    key: int
    kind: Jenis
    id: str
    parent: _Node | None
    grup: JenisRhk | None = None
    rhk: RhkRow | None = None
    iki: IkiRow | None = None
    children: list[_Node] = field(default_factory=list)
    texts: tuple[str, ...] | None = None  # the display text per column, computed on first use

    def row(self) -> int:
        return 0 if self.parent is None else self.parent.children.index(self)


# (kind, id, fields) → accepted; ({jenis|rhk id: [ids]} before, after) for drops and moves
EditHandler = Callable[[Jenis, str, dict[str, Any]], bool]
OrderHandler = Callable[[Jenis, dict[Any, list[str]], dict[Any, list[str]]], bool]


class HasilKerjaModel(QAbstractItemModel):
    def __init__(
        self,
        jenis: JenisSkp = JenisSkp.JA_JF,
        pendekatan: Pendekatan = Pendekatan.KUANTITATIF,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._keys = itertools.count(1)
        self._nodes: dict[int, _Node] = {}
        self._root = _Node(0, "grup", "", None)
        self.kolom: tuple[Kolom, ...] = kolom_untuk(jenis, pendekatan)
        self.editable = False
        self.edit_handler: EditHandler | None = None
        self.order_handler: OrderHandler | None = None
        self._temuan: dict[str, Literal["ERROR", "PERINGATAN"]] = {}
        for grup in JenisRhk:
            node = self._new("grup", grup.value, self._root)
            node.grup = grup
            self._root.children.append(node)

    # --- building ----------------------------------------------------------------------------

    def _new(self, kind: Jenis, id_: str, parent: _Node) -> _Node:
        node = _Node(next(self._keys), kind, id_, parent)
        self._nodes[node.key] = node
        return node

    def _forget(self, node: _Node) -> None:
        for child in node.children:
            self._forget(child)
        self._nodes.pop(node.key, None)

    def set_format(self, jenis: JenisSkp, pendekatan: Pendekatan) -> None:
        kolom = kolom_untuk(jenis, pendekatan)
        if kolom != self.kolom:
            self.beginResetModel()
            self.kolom = kolom
            for node in self._nodes.values():
                node.texts = None
            self.endResetModel()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable

    def set_rows(self, rows: Sequence[RhkRow], temuan: Iterable[Temuan] = ()) -> None:
        """Bring the tree to these rows in place (the one refresh entry point)."""
        self._set_temuan(temuan)
        for grup_node in self._root.children:
            wanted = [r for r in rows if r.jenis is grup_node.grup]
            jumlah = len(grup_node.children)
            self._sync(grup_node, [(r.id, r) for r in wanted], self._fill_rhk, self._isi_anak)
            if jumlah != len(grup_node.children):  # "A. UTAMA (n RHK)"
                index = self._index_of(grup_node)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
            for rhk_node in grup_node.children:
                assert rhk_node.rhk is not None
                self._sync(rhk_node, [(i.id, i) for i in rhk_node.rhk.iki], self._fill_iki)

    def _fill_rhk(self, node: _Node, row: object) -> bool:
        assert isinstance(row, RhkRow)
        changed = node.rhk != row
        node.kind, node.rhk = "rhk", row
        if changed:
            node.texts = None
        return changed

    def _fill_iki(self, node: _Node, row: object) -> bool:
        assert isinstance(row, IkiRow)
        changed = node.iki != row
        node.kind, node.iki = "iki", row
        if changed:
            node.texts = None
        return changed

    def _isi_anak(self, node: _Node) -> None:
        """The IKI of an RHK node being inserted: built with it, in the same insert."""
        assert node.rhk is not None
        for iki in node.rhk.iki:
            child = self._new("iki", iki.id, node)
            self._fill_iki(child, iki)
            node.children.append(child)

    def _sync(
        self,
        parent: _Node,
        wanted: list[tuple[str, object]],
        fill: Callable[[_Node, object], bool],
        isi_anak: Callable[[_Node], None] | None = None,
    ) -> None:
        parent_index = self._index_of(parent)
        ids = [id_ for id_, _ in wanted]
        keep = set(ids)
        for row in range(len(parent.children) - 1, -1, -1):  # removals, bottom up
            if parent.children[row].id not in keep:
                self.beginRemoveRows(parent_index, row, row)
                self._forget(parent.children.pop(row))
                self.endRemoveRows()
        present = {c.id for c in parent.children}
        row = 0
        while row < len(wanted):
            id_, data = wanted[row]
            if id_ not in present:  # a run of new rows: one insert (the first load is one)
                end = row
                while end + 1 < len(wanted) and wanted[end + 1][0] not in present:
                    end += 1
                self.beginInsertRows(parent_index, row, end)
                for position in range(row, end + 1):
                    node = self._new("rhk", wanted[position][0], parent)
                    fill(node, wanted[position][1])
                    if isi_anak is not None:
                        isi_anak(node)
                    parent.children.insert(position, node)
                self.endInsertRows()
                row = end + 1
                continue
            current = next(i for i, c in enumerate(parent.children) if c.id == id_)
            if current != row:  # a move within the same parent
                self.beginMoveRows(parent_index, current, current, parent_index, row)
                parent.children.insert(row, parent.children.pop(current))
                self.endMoveRows()
            if fill(parent.children[row], data):
                self.dataChanged.emit(
                    self.index(row, 0, parent_index),
                    self.index(row, len(self.kolom) - 1, parent_index),
                )
            row += 1

    def _set_temuan(self, temuan: Iterable[Temuan]) -> None:
        found: dict[str, Literal["ERROR", "PERINGATAN"]] = {}
        for t in temuan:
            target = t.iki_id or t.rhk_id
            if target and found.get(target) != "ERROR":
                found[target] = t.tingkat
        if found == self._temuan:
            return
        changed = set(found) ^ set(self._temuan) | {
            k for k in found if self._temuan.get(k) != found[k]
        }
        self._temuan = found
        for node in self._nodes.values():
            if node.id in changed and node.kind != "grup":
                index = self._index_of(node)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    # --- lookups -------------------------------------------------------------------------------

    def _node(self, index: AnyIndex) -> _Node:
        if not index.isValid():
            return self._root
        return self._nodes[index.internalId()]

    def _index_of(self, node: _Node, column: int = 0) -> QModelIndex:
        if node is self._root or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row(), column, node.key)

    def index_of_id(self, id_: str, column: int = 0) -> QModelIndex:
        for node in self._nodes.values():
            if node.id == id_ and node.kind != "grup":
                return self._index_of(node, column)
        return QModelIndex()

    def group_index(self, jenis: JenisRhk) -> QModelIndex:
        node = next(n for n in self._root.children if n.grup is jenis)
        return self._index_of(node)

    def kind_of(self, index: AnyIndex) -> Jenis | None:
        return None if not index.isValid() else self._node(index).kind

    def rhk_of(self, index: AnyIndex) -> RhkRow | None:
        node = self._node(index)
        if node.kind == "iki" and node.parent is not None:
            node = node.parent
        return node.rhk if node.kind == "rhk" else None

    def iki_of(self, index: AnyIndex) -> IkiRow | None:
        node = self._node(index)
        return node.iki if node.kind == "iki" else None

    def kolom_of(self, index: AnyIndex) -> Kolom:
        return self.kolom[index.column()]

    def urutan_rhk(self) -> dict[JenisRhk, list[str]]:
        return {g.grup: [c.id for c in g.children] for g in self._root.children if g.grup}

    def urutan_iki(self, rhk_ids: Iterable[str]) -> dict[str, list[str]]:
        order: dict[str, list[str]] = {}
        for rhk_id in rhk_ids:
            node = self._node(self.index_of_id(rhk_id))
            order[rhk_id] = [c.id for c in node.children]
        return order

    def is_empty(self) -> bool:
        return not any(g.children for g in self._root.children)

    # --- QAbstractItemModel ---------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if not (0 <= row < len(node.children) and 0 <= column < len(self.kolom)):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row].key)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._node(index)
        return self._index_of(node.parent) if node.parent is not None else QModelIndex()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self.kolom)

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.kolom):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return judul_kolom(self.kolom[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        kolom = self.kolom[index.column()]
        if role == ID_ROLE:
            return node.id
        if role == KIND_ROLE:
            return node.kind
        if node.kind == "grup":
            return self._data_grup(node, kolom, role)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts(node)[column] or self._placeholder(node, kolom)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node, kolom, self._texts(node)[column])
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(node, kolom)
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if self._texts(node)[column] else _gaya().placeholder
        if role == Qt.ItemDataRole.FontRole:
            kosong = not self._texts(node)[column] and self._placeholder(node, kolom)
            return _gaya().miring if kosong else None
        if role == Qt.ItemDataRole.DecorationRole and kolom is Kolom.NOMOR:
            return self._icon(node)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_TOP
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{judul_kolom(kolom)}: {self._texts(node)[column]}"
        return None

    def _texts(self, node: _Node) -> tuple[str, ...]:
        if node.texts is None:
            node.texts = tuple(self._text(node, k) for k in self.kolom)
        return node.texts

    def _data_grup(self, node: _Node, kolom: Kolom, role: int) -> Any:
        if kolom is not Kolom.NOMOR:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            jumlah = len(node.children)
            if node.grup is JenisRhk.UTAMA:
                return translate("HasilKerja", "A. UTAMA ({n} RHK)").format(n=jumlah)
            return translate("HasilKerja", "B. TAMBAHAN ({n} RHK)").format(n=jumlah)
        if role == Qt.ItemDataRole.FontRole:
            return _gaya().tebal
        if role == Qt.ItemDataRole.BackgroundRole:
            return _gaya().latar_grup
        return None

    def _icon(self, node: _Node) -> object:
        tingkat = self._temuan.get(node.id)
        if tingkat is None:
            return None
        return _gaya().ikon_error if tingkat == "ERROR" else _gaya().ikon_peringatan

    @staticmethod
    def _text(node: _Node, kolom: Kolom) -> str:
        rhk, iki = node.rhk, node.iki
        if rhk is not None:
            return {
                Kolom.NOMOR: str(rhk.nomor),
                Kolom.INTERVENSI: rhk.rhk_diintervensi_teks,
                Kolom.RHK: format_rhk(rhk) if rhk.teks else "",
            }.get(kolom, "")
        assert iki is not None
        return {
            Kolom.NOMOR: iki.nomor,
            Kolom.IKI: iki.indikator,
            Kolom.NARASI: iki.indikator,
            Kolom.TARGET: format_target(iki),
            Kolom.ASPEK: iki.aspek.label if iki.aspek else "",
            Kolom.PERSPEKTIF: iki.perspektif.label if iki.perspektif else "",
        }.get(kolom, "")

    @staticmethod
    def _placeholder(node: _Node, kolom: Kolom) -> str:
        if node.kind == "rhk" and kolom is Kolom.RHK:
            return translate("HasilKerja", "(RHK belum diisi)")
        if node.kind == "rhk" and kolom is Kolom.INTERVENSI:
            return translate("HasilKerja", "(belum mengintervensi)")
        if node.kind == "iki" and kolom in (Kolom.IKI, Kolom.NARASI):
            return translate("HasilKerja", "(IKI belum diisi)")
        if node.kind == "iki" and kolom in (Kolom.TARGET, Kolom.ASPEK, Kolom.PERSPEKTIF):
            return (
                translate("HasilKerja", "(pilih)")
                if kolom is not Kolom.TARGET
                else translate("HasilKerja", "(isi target)")
            )
        return ""

    def _tooltip(self, node: _Node, kolom: Kolom, text: str) -> str | None:
        rhk = node.rhk
        if rhk is not None and kolom is Kolom.RHK:
            extra = [rhk.klasifikasi.label]
            if rhk.tautan_nama:
                extra.append(rhk.tautan_nama)
            return f"{text}\n({', '.join(extra)})"
        return text or None

    @staticmethod
    def _edit_value(node: _Node, kolom: Kolom) -> Any:
        rhk, iki = node.rhk, node.iki
        if rhk is not None:
            return rhk.teks if kolom is Kolom.RHK else None
        assert iki is not None
        if kolom in (Kolom.IKI, Kolom.NARASI):
            return iki.indikator
        if kolom is Kolom.TARGET:
            return format_target(iki)
        if kolom is Kolom.ASPEK:
            return iki.aspek
        if kolom is Kolom.PERSPEKTIF:
            return iki.perspektif
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.editable else Qt.ItemFlag.NoItemFlags
        node = self._node(index)
        key = (node.kind, self.kolom[index.column()], self.editable)
        flags = _FLAGS.get(key)
        if flags is None:
            flags = _FLAGS[key] = self._flags(*key)
        return flags

    @staticmethod
    def _flags(kind: Jenis, kolom: Kolom, editable: bool) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if kind == "iki":
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        if not editable:
            return flags
        if kind != "grup":
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        flags |= Qt.ItemFlag.ItemIsDropEnabled
        cells = KOLOM_EDIT_RHK if kind == "rhk" else KOLOM_EDIT_IKI
        if kind != "grup" and kolom in cells:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.editable:
            return False
        node = self._node(index)
        kolom = self.kolom[index.column()]
        fields = self._fields(node, kolom, value)
        if not fields or self.edit_handler is None:
            return False
        return self.edit_handler(node.kind, node.id, fields)

    @staticmethod
    def _fields(node: _Node, kolom: Kolom, value: Any) -> dict[str, Any]:
        if node.kind == "rhk" and kolom is Kolom.RHK:
            return {"teks": str(value).strip()}
        if node.kind != "iki":
            return {}
        if kolom in (Kolom.IKI, Kolom.NARASI):
            return {"indikator": str(value).strip()}
        if kolom is Kolom.TARGET:
            lo, hi, satuan = pisah_target(str(value))
            return {"target_min": lo, "target_max": hi, "satuan": satuan}
        if kolom is Kolom.ASPEK:
            return {"aspek": Aspek(value) if value else None}
        if kolom is Kolom.PERSPEKTIF:
            return {"perspektif": Perspektif(value) if value else None}
        return {}

    # --- drag and drop: computes the new order, hands it to the editor ------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        nodes = [self._node(i) for i in indexes if i.isValid()]
        first = next((n for n in nodes if n.kind != "grup"), None)
        if first is not None:
            data.setData(MIME, QByteArray(f"{first.kind}:{first.id}".encode()))
        return data

    @staticmethod
    def _decode(data: QMimeData) -> tuple[str, str] | None:
        if not data.hasFormat(MIME):
            return None
        kind, _, id_ = bytes(data.data(MIME).data()).decode().partition(":")
        return (kind, id_) if kind in ("rhk", "iki") and id_ else None

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        return self._drop_plan(data, row, parent) is not None

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        plan = self._drop_plan(data, row, parent)
        if plan is None or self.order_handler is None:
            return False
        kind, before, after = plan
        self.order_handler(kind, before, after)
        # False: the view must not remove the dragged rows itself; the tree follows the
        # ChangeSet of the reorder like any other change.
        return False

    def _drop_plan(
        self, data: QMimeData, row: int, parent: AnyIndex
    ) -> tuple[Jenis, dict[Any, list[str]], dict[Any, list[str]]] | None:
        decoded = self._decode(data)
        if decoded is None or not self.editable:
            return None
        kind, id_ = decoded
        target = self._node(parent)
        if kind == "rhk":
            if target.kind == "rhk" and row == -1:  # on an RHK: take its place
                assert target.parent is not None
                target, row = target.parent, target.row()
            if target.kind != "grup" or target is self._root:
                return None
            return self._plan_rhk(id_, target, row)
        if target.kind == "iki" and row == -1:  # on an IKI: take its place
            assert target.parent is not None
            target, row = target.parent, target.row()
        if target.kind != "rhk":
            return None
        return self._plan_iki(id_, target, row)

    def _plan_rhk(
        self, id_: str, grup: _Node, row: int
    ) -> tuple[Jenis, dict[Any, list[str]], dict[Any, list[str]]] | None:
        before = self.urutan_rhk()
        source = next((j for j, ids in before.items() if id_ in ids), None)
        if source is None or grup.grup is None:
            return None
        after = {j: list(ids) for j, ids in before.items()}
        position = len(after[grup.grup]) if row < 0 else row
        old = after[source].index(id_)
        after[source].remove(id_)
        if source is grup.grup and old < position:
            position -= 1
        after[grup.grup].insert(position, id_)
        return ("rhk", before, after) if after != before else None

    def _plan_iki(
        self, id_: str, rhk: _Node, row: int
    ) -> tuple[Jenis, dict[Any, list[str]], dict[Any, list[str]]] | None:
        source = next((n for n in self._nodes.values() if n.kind == "iki" and n.id == id_), None)
        if source is None or source.parent is None:
            return None
        asal = source.parent
        before = self.urutan_iki([asal.id] if asal is rhk else [asal.id, rhk.id])
        after = {k: list(v) for k, v in before.items()}
        position = len(after[rhk.id]) if row < 0 else row
        old = after[asal.id].index(id_)
        after[asal.id].remove(id_)
        if asal is rhk and old < position:
            position -= 1
        after[rhk.id].insert(position, id_)
        return ("iki", before, after) if after != before else None

    def plan_geser(
        self, index: AnyIndex, arah: int
    ) -> tuple[Jenis, dict[Any, list[str]], dict[Any, list[str]]] | None:
        """Keyboard reorder (Alt+↑/↓): the same plan a drop one place up or down makes."""
        node = self._node(index)
        if node.kind == "grup" or node.parent is None or not self.editable:
            return None
        row = node.row() + arah
        if not 0 <= row < len(node.parent.children):
            return None
        target_row = row + 1 if arah > 0 else row  # drop positions count the moved row
        data = self.mimeData([self._index_of(node)])
        return self._drop_plan(data, target_row, self._index_of(node.parent))

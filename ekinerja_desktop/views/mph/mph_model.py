"""The MPH grid's model: one row per pegawai, one column per leader IKI, plus "Tanpa peran".

Rows and cells come ready from `services.mph` (frozen rows, no query here). A pegawai's RHK
intervene a leader *RHK*, so the cells of the IKI columns of one RHK hold the same roles; the
view draws them as one cell spanning the group (`MphGridView`). Sorting and filtering belong to
`MphFilterProxy`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ekinerja_desktop.services.mph import BarisMph, Mph, PeranRhk
from ekinerja_desktop.views.common.table_model import ID_ROLE, SORT_ROLE
from ekinerja_desktop.views.tim.common import teks_nip

PERAN_ROLE = Qt.ItemDataRole.UserRole + 2  # tuple[PeranRhk, ...] of the cell
BARIS_ROLE = Qt.ItemDataRole.UserRole + 3  # the BarisMph of the row (vertical header too)
GRUP_ROLE = Qt.ItemDataRole.UserRole + 4  # horizontal header: GrupHeader | None

AnyIndex = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


@dataclass(frozen=True)
class GrupHeader:
    """What the two-level header draws above a column: its RHK group."""

    judul: str
    awal: int
    jumlah: int


def teks_peran(peran: tuple[PeranRhk, ...]) -> str:
    """The cell as plain text (copy, accessibility, filters): one RHK per line."""
    lines = []
    for p in peran:
        if p.langsung:
            lines.append(f"• {p.teks}")
        else:
            lines.append(f"↳ {p.teks}")
    return "\n".join(lines)


class MphTableModel(QAbstractTableModel):
    """Read-only; `set_mph()` is the one reset."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mph: Mph | None = None
        self._baris: tuple[BarisMph, ...] = ()
        self._row_of_id: dict[str, int] = {}

    # --- entry points -----------------------------------------------------------------------

    def set_mph(self, mph: Mph | None) -> None:
        self.beginResetModel()
        self.mph = mph
        self._baris = mph.baris if mph else ()
        self._row_of_id = {b.id: i for i, b in enumerate(self._baris)}
        self.endResetModel()

    def baris(self, row: int) -> BarisMph:
        return self._baris[row]

    def row_of_id(self, pegawai_id: str) -> int | None:
        return self._row_of_id.get(pegawai_id)

    @property
    def kolom_tanpa_peran(self) -> int:
        """The last column: roles outside the matrix, and the "tidak ada peran" mark."""
        return len(self.mph.kolom) if self.mph else 0

    def peran(self, row: int, column: int) -> tuple[PeranRhk, ...]:
        baris = self._baris[row]
        if self.mph is None or column >= len(self.mph.kolom):
            return baris.di_luar
        return baris.peran[self.mph.kolom[column].grup]

    def jumlah_baris_maks(self) -> int:
        """The most RHK in any one cell: the grid sizes its uniform rows from it, once."""
        terbanyak = 0
        for baris in self._baris:
            for peran in (*baris.peran, baris.di_luar):
                terbanyak = max(terbanyak, len(peran))
        return terbanyak

    # --- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._baris)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.mph is None:
            return 0
        return len(self.mph.kolom) + 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._baris):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return teks_peran(self.peran(row, column))
        if role == PERAN_ROLE:
            return self.peran(row, column)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._tooltip(row, column)
        if role == ID_ROLE:
            return self._baris[row].id
        if role == BARIS_ROLE:
            return self._baris[row]
        if role == SORT_ROLE:
            peran = self.peran(row, column)
            if column == self.kolom_tanpa_peran:
                return (2 if self._baris[row].tanpa_peran else 0) + min(len(peran), 1)
            return len(peran)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Vertical:
            return self._header_baris(section, role)
        if self.mph is None or not 0 <= section <= len(self.mph.kolom):
            return None
        if section == len(self.mph.kolom):
            judul = translate("MphTableModel", "Tanpa peran / RHK di luar matriks")
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return judul
            return None
        kolom = self.mph.kolom[section]
        grup = self.mph.grup[kolom.grup]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{kolom.nomor} {kolom.teks}"
        if role == GRUP_ROLE:
            judul = translate("MphTableModel", "RHK {nomor} · {teks}").format(
                nomor=grup.nomor, teks=grup.teks
            )
            return GrupHeader(judul, grup.kolom_awal, grup.jumlah_kolom)
        if role == Qt.ItemDataRole.ToolTipRole:
            rhk = translate("MphTableModel", "RHK {nomor} ({jenis}): {teks}").format(
                nomor=grup.nomor, jenis=grup.jenis.label, teks=grup.teks
            )
            if kolom.iki_id is None:
                return rhk
            iki = translate("MphTableModel", "IKI {nomor}: {teks}").format(
                nomor=kolom.nomor, teks=kolom.teks
            )
            return f"{rhk}\n{iki}"
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # --- texts --------------------------------------------------------------------------------

    def _header_baris(self, section: int, role: int) -> object:
        if not 0 <= section < len(self._baris):
            return None
        baris = self._baris[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return baris.nama
        if role == BARIS_ROLE:
            return baris
        if role == Qt.ItemDataRole.ToolTipRole:
            status = (
                baris.status.label
                if baris.status
                else translate("MphTableModel", "Belum ada SKP tahun ini")
            )
            lines = [
                baris.nama,
                translate("MphTableModel", "NIP {nip}").format(nip=teks_nip(baris.nip)),
                baris.jabatan,
                baris.unor_nama,
                translate("MphTableModel", "SKP: {status}").format(status=status),
            ]
            if baris.lintas_unit:
                lines.append(translate("MphTableModel", "Dari unit kerja lain"))
            return "\n".join(lines)
        return None

    def _tooltip(self, row: int, column: int) -> str:
        peran = self.peran(row, column)
        baris = self._baris[row]
        if column == self.kolom_tanpa_peran:
            head = []
            if baris.tanpa_peran:
                head.append(self._alasan_tanpa_peran(baris))
            if peran:
                head.append(
                    translate("MphTableModel", "RHK yang tidak mengintervensi matriks ini:")
                )
            return "\n".join([*head, *(f"• {p.teks}" for p in peran)])
        if not peran:
            return translate("MphTableModel", "Tidak ada peran")
        lines = []
        for p in peran:
            if p.langsung:
                lines.append(f"• {p.teks}")
            else:
                lines.append(
                    translate("MphTableModel", "↳ {teks}\n    melalui: {melalui} ({oleh})").format(
                        teks=p.teks, melalui=p.melalui, oleh=p.melalui_pemilik
                    )
                )
        return "\n".join(lines)

    @staticmethod
    def _alasan_tanpa_peran(baris: BarisMph) -> str:
        if baris.skp_id is None:
            return translate("MphTableModel", "Tidak ada peran: belum ada SKP tahun ini.")
        return translate(
            "MphTableModel", "Tidak ada peran: belum ada RHK yang mengintervensi matriks ini."
        )


class MphFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose name, NIP, jabatan or unit has every word typed; optionally only the
    pegawai without a role. Sorts on the number of roles in a column."""

    def __init__(self, model: MphTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._words: tuple[str, ...] = ()
        self._hanya_tanpa_peran = False
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)  # the model only changes by reset

    @property
    def filtered(self) -> bool:
        return bool(self._words) or self._hanya_tanpa_peran

    def set_text(self, text: str) -> None:
        words = tuple(text.casefold().split())
        if words != self._words:
            self._change(words, self._hanya_tanpa_peran)

    def set_hanya_tanpa_peran(self, value: bool) -> None:
        if value != self._hanya_tanpa_peran:
            self._change(self._words, value)

    def _change(self, words: tuple[str, ...], hanya: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10
            self.beginFilterChange()
            self._words, self._hanya_tanpa_peran = words, hanya
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._words, self._hanya_tanpa_peran = words, hanya
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        baris = self._model.baris(source_row)
        if self._hanya_tanpa_peran and not baris.tanpa_peran:
            return False
        if not self._words:
            return True
        haystack = f"{baris.nama} {baris.nip} {baris.jabatan} {baris.unor_nama}".casefold()
        return all(word in haystack for word in self._words)

"""Pieces the Admin Instansi tabs share: the search proxy, the tab base (reload when its tables
change, here or by sync), the dialog with inline field errors, the non-blocking confirmation,
and the choosers of a unit and of a pegawai."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain import DomainError, format_nip
from ekinerja_desktop.errors import UserError
from ekinerja_desktop.services.admin import IsianSalah
from ekinerja_desktop.services.queries_admin import PegawaiRow, UnorRow
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.common.table_model import SORT_ROLE, Column, HasId, RowTableModel
from ekinerja_desktop.views.rekap.common import PenyesuaiKolom, PesanLabel, siapkan_tabel

R = TypeVar("R", bound=HasId)
translate = QCoreApplication.translate
# Month names and decimal commas in Indonesian whatever the Windows locale is (USERS.md: no
# locale-dependent dates), as the SKP dialogs show them.
LOCALE_ID = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
FORMAT_TANGGAL = "d MMMM yyyy"
STYLE_SALAH = "QLabel { color: #9b1c1c; }"


def teks_nip(nip: str) -> str:
    """The grouped NIP ("19660801 198803 1 001"); a NIK or bad master data as stored."""
    try:
        return format_nip(nip)
    except DomainError:
        return nip


# --- search ---------------------------------------------------------------------------------


class ProxyCari(QSortFilterProxyModel):
    """Sorts on the raw key; keeps the rows whose text holds every word typed, in any order and
    case. A NIP is found as typed, grouped or not ("19920315201903" finds "19920315 201903…")."""

    def __init__(
        self,
        model: RowTableModel[Any],
        ekstra: Callable[[Any], str] = lambda _row: "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._ekstra = ekstra
        self._words: tuple[str, ...] = ()
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        words = tuple(text.casefold().split())
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words:
            return True
        row = self._model.row_at(source_row)
        haystack = " ".join((*self._model.row_texts(source_row), self._ekstra(row))).casefold()
        return all(word in haystack for word in self._words)


def kotak_cari(placeholder: str, nama: str, proxy: ProxyCari) -> QLineEdit:
    cari = QLineEdit()
    cari.setObjectName(nama)
    cari.setPlaceholderText(placeholder)
    cari.setAccessibleName(placeholder)
    cari.setClearButtonEnabled(True)
    cari.textChanged.connect(proxy.set_text)
    return cari


#: Column widths are fitted to this many rows, not to all 5,000 pegawai of a large instansi.
BARIS_UKUR_KOLOM = 200


def tabel(nama: str, nama_aksesibel: str, proxy: QSortFilterProxyModel) -> QTableView:
    view = QTableView()
    siapkan_tabel(view, nama)
    view.setAccessibleName(nama_aksesibel)
    view.setModel(proxy)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setResizeContentsPrecision(BARIS_UKUR_KOLOM)
    return view


class ModelBaris(RowTableModel[R]):
    """A RowTableModel that remembers each cell's sort key: sorting 5,000 rows asks for
    tens of thousands of them, each formatted anew otherwise."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(columns, parent)
        self._kunci: dict[tuple[int, int], object] = {}

    def set_rows(self, rows: Iterable[R]) -> None:
        self._kunci = {}
        super().set_rows(rows)

    def update_row(self, row: R) -> bool:
        self._kunci = {}
        return super().update_row(row)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != SORT_ROLE or not index.isValid():
            return super().data(index, role)
        kunci = (index.row(), index.column())
        if kunci not in self._kunci:
            self._kunci[kunci] = super().data(index, role)
        return self._kunci[kunci]


def pintasan(
    parent: QWidget,
    kunci: QKeySequence | QKeySequence.StandardKey | str,
    aksi: Callable[[], object],
) -> QShortcut:
    """A shortcut active while the keyboard is anywhere in `parent` (its tab)."""
    shortcut = QShortcut(QKeySequence(kunci), parent)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(aksi)
    return shortcut


# --- the tab base ---------------------------------------------------------------------------


class TabAdmin(QWidget):
    """One tab of the Admin Instansi page: loads through its services, shows what happened on
    its message line, and reloads when the page tells it its tables changed."""

    WATCHED: frozenset[str] = frozenset()
    status_message = Signal(str)

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow = uow
        self.pesan = PesanLabel()
        self.konfirmasi: QMessageBox | None = None
        self.dialog: QDialog | None = None
        #: The record to select after the next load (one just added or changed): the page
        #: reloads the tab from the change set of the write, as after a sync.
        self.pilih_nanti: str | None = None

    def muat(self) -> None:
        raise NotImplementedError

    def focus_search(self) -> bool:
        return False

    def berhasil(self, teks: str, pilih: str | None = None) -> None:
        """After a save: say so, and select the record once the tab has reloaded."""
        self.pilih_nanti = pilih
        self.pesan.tampilkan(teks, "info")
        self.status_message.emit(teks)

    def jalankan(self, aksi: Callable[[], object], berhasil: str) -> bool:
        """Run a service call; a refusal is shown on the message line, never lost."""
        try:
            aksi()
        except UserError as error:
            self.pesan.tampilkan(str(error), "error")
            return False
        self.berhasil(berhasil)
        return True

    def tanya(self, judul: str, teks: str, ya: str, lanjut: Callable[[], object]) -> None:
        """A window-modal question (no nested event loop); `lanjut` runs on the `ya` button.
        The safe answer (Batal) is the default: Enter never destroys."""
        box = QMessageBox(QMessageBox.Icon.Warning, judul, teks, parent=self)
        tombol_ya = box.addButton(ya, QMessageBox.ButtonRole.DestructiveRole)
        batal = box.addButton(translate("TabAdmin", "Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(batal)
        box.setEscapeButton(batal)

        def clicked(button: QAbstractButton) -> None:
            if button is tombol_ya:
                lanjut()

        box.buttonClicked.connect(clicked)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.konfirmasi = box
        box.open()

    def buka(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


def baris_terpilih(
    view: QTableView, proxy: QSortFilterProxyModel, model: RowTableModel[Any]
) -> Any:
    index = view.currentIndex()
    if not index.isValid():
        return None
    return model.row_at(proxy.mapToSource(index).row())


def pilih_id(
    view: QTableView, proxy: QSortFilterProxyModel, model: RowTableModel[Any], id_: str | None
) -> None:
    row = model.row_of_id(id_) if id_ else None
    if row is None:
        if proxy.rowCount() and not view.currentIndex().isValid():
            view.setCurrentIndex(proxy.index(0, 0))
        return
    view.setCurrentIndex(proxy.mapFromSource(model.index(row, 0)))


# --- dialogs with inline errors -------------------------------------------------------------


class DialogIsian(QDialog):
    """A form whose OK saves through a callback; each field has its own error line under it,
    a refusal that concerns no field goes to the message line at the top. It closes only once
    the save succeeded, so nothing typed is ever lost (USERS.md)."""

    def __init__(self, judul: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(judul)
        self.setMinimumWidth(520)
        self.pesan = PesanLabel()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.salah: dict[str, QLabel] = {}
        self._isian: dict[str, QWidget] = {}
        #: Simpan was pressed once: from then on every error shows, not only those of the
        #: field being edited (a half-filled form is not scolded for what comes next).
        self.dicoba = False
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("DialogIsian", "&Simpan"))
        batal = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        batal.setText(translate("DialogIsian", "&Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pesan)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def baris(self, label: str, kolom: str, widget: QWidget) -> QLabel:
        """A field with its buddy label (mnemonic) and its error line."""
        judul = QLabel(label)
        judul.setBuddy(widget)
        kotak = QWidget()
        susun = QVBoxLayout(kotak)
        susun.setContentsMargins(0, 0, 0, 0)
        susun.setSpacing(2)
        susun.addWidget(widget)
        salah = QLabel()
        salah.setObjectName(f"salah_{kolom}")
        salah.setWordWrap(True)
        salah.setStyleSheet(STYLE_SALAH)
        salah.hide()
        susun.addWidget(salah)
        self.salah[kolom] = salah
        self._isian[kolom] = widget
        self.form.addRow(judul, kotak)
        return salah

    def tampilkan_kesalahan(self, kesalahan: dict[str, str]) -> None:
        for kolom, label in self.salah.items():
            teks = kesalahan.get(kolom, "")
            label.setText(teks)
            label.setVisible(bool(teks))
            self._isian[kolom].setAccessibleDescription(teks)
        lain = [p for k, p in kesalahan.items() if k not in self.salah]
        self.pesan.tampilkan("\n".join(lain), "error") if lain else self.pesan.kosongkan()

    def kesalahan(self) -> dict[str, str]:
        """What is wrong with the fields as they are (checked as the user types)."""
        return {}

    def periksa(self) -> bool:
        kesalahan = self.kesalahan()
        self.tampilkan_kesalahan(kesalahan)
        return not kesalahan

    def simpan(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        self.dicoba = True
        if not self.periksa():
            return
        try:
            self.simpan()
        except IsianSalah as error:
            self.tampilkan_kesalahan({error.kolom: str(error)})
            return
        except UserError as error:
            self.pesan.tampilkan(str(error), "error")
            return
        super().accept()


# --- choosers -------------------------------------------------------------------------------


def urutan_pohon(units: Iterable[UnorRow]) -> list[tuple[UnorRow, int]]:
    """The units in tree order (each after its unor atasan), with their depth."""
    units = list(units)
    anak: dict[str | None, list[UnorRow]] = {}
    for u in units:
        anak.setdefault(u.unor_atasan_id, []).append(u)
    hasil: list[tuple[UnorRow, int]] = []

    def turun(atasan: str | None, depth: int) -> None:
        for u in sorted(anak.get(atasan, []), key=lambda x: x.nama.casefold()):
            hasil.append((u, depth))
            turun(u.id, depth + 1)

    turun(None, 0)
    return hasil


class PemilihUnor(QComboBox):
    """A unit, found by typing any part of its name; each shows its unor atasan, since unit
    names repeat across the tree ("Bagian Umum (Biro Wilayah 1)")."""

    def __init__(self, kosong: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kosong = kosong
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        completer = self.completer()
        assert completer is not None  # an editable combo box has one
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def isi(self, units: Sequence[UnorRow], kecuali: frozenset[str] = frozenset()) -> None:
        nama = {u.id: u.nama for u in units}
        self.clear()
        if self.kosong is not None:
            self.addItem(self.kosong, None)
        for u, depth in urutan_pohon(units):
            if u.id in kecuali:
                continue
            atasan = nama.get(u.unor_atasan_id or "")
            self.addItem(f"{u.nama} ({atasan})" if atasan else u.nama, u.id)
            self.setItemData(self.count() - 1, "  " * depth + u.nama, Qt.ItemDataRole.ToolTipRole)

    def unor_id(self) -> str | None:
        i = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        data = self.itemData(i) if i >= 0 else None
        return str(data) if data else None

    def pilih(self, unor_id: str | None) -> None:
        i = self.findData(unor_id) if unor_id else (0 if self.kosong is not None else -1)
        self.setCurrentIndex(max(i, 0) if self.count() else -1)


class PemilihPegawai(QWidget):
    """A pegawai from a searchable list (name, NIP as typed or grouped, jabatan, unit), with
    an optional "nobody" choice (no atasan)."""

    berubah = Signal()

    def __init__(self, nama: str, kosong: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.model: ModelBaris[PegawaiRow] = ModelBaris(
            (
                Column(translate("PemilihPegawai", "Nama"), lambda r: r.nama),
                Column(translate("PemilihPegawai", "NIP"), lambda r: teks_nip(r.nip)),
                Column(translate("PemilihPegawai", "Jabatan"), lambda r: r.jabatan, tooltip=True),
                Column(translate("PemilihPegawai", "Unit"), lambda r: r.unor_nama, tooltip=True),
            ),
            self,
        )
        self.proxy = ProxyCari(self.model, lambda r: r.nip, self)
        self.cari = kotak_cari(
            translate("PemilihPegawai", "Cari nama, NIP, jabatan atau unit…"),
            f"cari_{nama}",
            self.proxy,
        )
        self.tabel = tabel(f"tabel_{nama}", nama, self.proxy)
        self.tabel.setSortingEnabled(False)
        self.tabel.setMinimumHeight(150)
        self.kolom = PenyesuaiKolom(self.tabel, (0, 2, 3))
        self.tabel.selectionModel().currentRowChanged.connect(lambda *_: self._dipilih())
        self.kosong_tombol: QPushButton | None = None
        self.terpilih_label = QLabel()
        self.terpilih_label.setObjectName(f"terpilih_{nama}")
        self.terpilih_label.setWordWrap(True)
        self.terpilih: PegawaiRow | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.cari)
        layout.addWidget(self.tabel)
        if kosong is not None:
            self.kosong_tombol = QPushButton(kosong)
            self.kosong_tombol.clicked.connect(lambda: self.pilih(None))
            layout.addWidget(self.kosong_tombol, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.terpilih_label)
        self.setFocusProxy(self.cari)
        self.cari.returnPressed.connect(self._pilih_pertama)
        self._tampilkan()

    def isi(self, rows: Sequence[PegawaiRow], kecuali: str | None = None) -> None:
        self.model.set_rows([r for r in rows if r.id != kecuali])
        self.proxy.sort(0)
        self.kolom.reset()

    def pilih(self, pegawai_id: str | None) -> None:
        row = self.model.row_of_id(pegawai_id) if pegawai_id else None
        if row is None:
            self.tabel.clearSelection()
            self.tabel.setCurrentIndex(QModelIndex())
            self.terpilih = None
            self._tampilkan()
            self.berubah.emit()
            return
        self.tabel.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
        self.tabel.scrollTo(
            self.tabel.currentIndex(), QAbstractItemView.ScrollHint.PositionAtCenter
        )

    def pegawai_id(self) -> str | None:
        return self.terpilih.id if self.terpilih else None

    def _pilih_pertama(self) -> None:
        if self.proxy.rowCount():
            self.tabel.setCurrentIndex(self.proxy.index(0, 0))
            self.tabel.setFocus()

    def _dipilih(self) -> None:
        index = self.tabel.currentIndex()
        self.terpilih = (
            self.model.row_at(self.proxy.mapToSource(index).row()) if index.isValid() else None
        )
        self._tampilkan()
        self.berubah.emit()

    def _tampilkan(self) -> None:
        p = self.terpilih
        if p is None:
            self.terpilih_label.setText(translate("PemilihPegawai", "Terpilih: (tidak ada)"))
        else:
            self.terpilih_label.setText(
                translate("PemilihPegawai", "Terpilih: {nama} — {nip}").format(
                    nama=p.nama, nip=teks_nip(p.nip)
                )
            )
        self.terpilih_label.setAccessibleName(self.terpilih_label.text())

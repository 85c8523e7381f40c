"""Pieces the Admin Instansi tabs share: the search proxy, the tab bases (reload when its tables
change, here or by sync; a list with its search box, buttons and keys; the non-blocking
confirmation), and the dialog with inline field errors and its fields. The choosers of a unit
and of a pegawai are in `pemilih.py`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
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
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
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
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.common.table_model import SORT_ROLE, Column, HasId, RowTableModel
from ekinerja_desktop.views.rekap.common import PesanLabel, siapkan_tabel

R = TypeVar("R", bound=HasId)
Aksi = Callable[[], object]
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


# --- tables, buttons and keys ---------------------------------------------------------------

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


def kolom_panjang(judul: str, nilai: Callable[[R], object]) -> Column[R]:
    """A column of long text (names, jabatan, units): it gives way when the table is narrow,
    and its tooltip shows the whole text."""
    return Column(judul, nilai, tooltip=True, elastic=True)


def kolom_nip(judul: str, nip: Callable[[R], str]) -> Column[R]:
    """The NIP grouped as it is printed, sorted by its digits."""
    return Column(judul, lambda r: teks_nip(nip(r)), sort_key=nip)


def pintasan(
    parent: QWidget, kunci: QKeySequence | QKeySequence.StandardKey | str, aksi: Aksi
) -> QShortcut:
    """A shortcut active while the keyboard is anywhere in `parent` (its tab)."""
    shortcut = QShortcut(QKeySequence(kunci), parent)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(aksi)
    return shortcut


def tombol(teks: str, aksi: Aksi, keterangan: str = "") -> QPushButton:
    """A button running `aksi`; its tooltip (`keterangan`) names the shortcut, if there is one."""
    button = QPushButton(teks)
    if keterangan:
        button.setToolTip(keterangan)
    button.clicked.connect(aksi)
    return button


def baris_tombol(kiri: Sequence[QWidget], kanan: Sequence[QWidget]) -> QHBoxLayout:
    """The buttons under a list: the everyday ones at the left, the rarer or destructive ones
    apart at the right, out of reach of a slip of the mouse."""
    baris = QHBoxLayout()
    for button in kiri:
        baris.addWidget(button)
    baris.addStretch(1)
    for button in kanan:
        baris.addWidget(button)
    return baris


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

    def tanya(self, judul: str, teks: str, ya: str, aksi: Aksi, berhasil: str) -> None:
        """A window-modal question (no nested event loop); the `ya` button runs `aksi` as
        `jalankan` does. The safe answer (Batal) is the default: Enter never destroys."""
        box = QMessageBox(QMessageBox.Icon.Warning, judul, teks, parent=self)
        tombol_ya = box.addButton(ya, QMessageBox.ButtonRole.DestructiveRole)
        batal = box.addButton(translate("TabAdmin", "Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(batal)
        box.setEscapeButton(batal)

        def clicked(button: QAbstractButton) -> None:
            if button is tombol_ya:
                self.jalankan(aksi, berhasil)

        box.buttonClicked.connect(clicked)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.konfirmasi = box
        box.open()

    def buka(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


class TabDaftar(TabAdmin, Generic[R]):
    """A tab around one list of records, laid out alike on every tab: what stands above the
    list (its search box…), the message line, the list, the buttons under it; the same keys
    everywhere. `muat` reloads the rows and selects again what was selected, so a save or a
    sync never loses the user's place.

    A subclass builds its parts and hands them to `susun`; it fetches the rows (`isi_daftar`),
    reads and sets the selection (`terpilih`, `pilih`), and enables its buttons (`_tombol`)."""

    _daftar: QAbstractItemView
    _cari: QLineEdit | None = None

    def susun(
        self,
        atas: QWidget | QLayout,
        daftar: QAbstractItemView,
        tombol: QLayout | None,
        *,
        hapus: Aksi,
        tambah: Aksi | None = None,
        cari: QLineEdit | None = None,
        isi: QWidget | None = None,
    ) -> None:
        """Lay the tab out and wire its list: choosing a row updates the buttons, a double click
        edits. `isi` takes the list's place under the message line when the list shares it
        with more (the Periode tab's splitter, with the reopenings below)."""
        self._daftar, self._cari = daftar, cari
        daftar.selectionModel().currentRowChanged.connect(lambda *_: self._dipilih())
        daftar.doubleClicked.connect(lambda _i: self.ubah())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        if isinstance(atas, QLayout):
            layout.addLayout(atas)
        else:
            layout.addWidget(atas)
        layout.addWidget(self.pesan)
        layout.addWidget(isi if isi is not None else daftar, 1)
        if tombol is not None:
            layout.addLayout(tombol)
        self._pasang_pintasan(tambah, hapus, cari)
        self._tombol()

    def _pasang_pintasan(self, tambah: Aksi | None, hapus: Aksi, cari: QLineEdit | None) -> None:
        """The keys of every tab: Ctrl+N adds, F2 edits, Delete removes, Ctrl+F searches."""
        if tambah is not None:
            pintasan(self, QKeySequence.StandardKey.New, tambah)
        pintasan(self, "F2", self.ubah)
        pintasan(self, QKeySequence.StandardKey.Delete, hapus)
        if cari is not None:
            pintasan(self, QKeySequence.StandardKey.Find, cari.setFocus)

    def muat(self) -> None:
        self.muat_daftar()

    def muat_daftar(self) -> None:
        """Reload the rows and select the record just saved (`pilih_nanti`), else the one
        selected before, else the first row."""
        lama = self.terpilih()
        self.isi_daftar()
        tujuan = self.pilih_nanti or (lama.id if lama else None)
        self.pilih_nanti = None
        if not (tujuan and self.pilih(tujuan)):
            self._pilih_pertama()
        self._dipilih()

    def _pilih_pertama(self) -> None:
        baris = self._daftar.model()
        if baris.rowCount() and not self._daftar.currentIndex().isValid():
            self._daftar.setCurrentIndex(baris.index(0, 0))

    def focus_search(self) -> bool:
        if self._cari is None:
            return False
        self._cari.setFocus()
        return True

    def _dipilih(self) -> None:
        """After the selection changed, or the rows were reloaded."""
        self._tombol()

    # --- what each tab gives --------------------------------------------------------------

    def isi_daftar(self) -> None:
        """Fetch the rows through the services and show them."""
        raise NotImplementedError

    def terpilih(self) -> R | None:
        raise NotImplementedError

    def pilih(self, id_: str) -> bool:
        """Select the record `id_`; False when it is not in the list (any more)."""
        raise NotImplementedError

    def ubah(self) -> None:
        """Edit the selected record (F2, double click)."""
        raise NotImplementedError

    def _tombol(self) -> None:
        """Enable the buttons that apply to the selected record."""
        raise NotImplementedError


class TabTabel(TabDaftar[R]):
    """A TabDaftar whose list is a table: the frozen rows of `model`, searched and sorted by
    `proxy`, shown in `table`."""

    model: RowTableModel[R]
    proxy: QSortFilterProxyModel
    table: QTableView

    def terpilih(self) -> R | None:
        row: R | None = baris_terpilih(self.table, self.proxy, self.model)
        return row

    def pilih(self, id_: str) -> bool:
        row = self.model.row_of_id(id_)
        if row is None:
            return False
        self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
        return True


def baris_terpilih(
    view: QTableView, proxy: QSortFilterProxyModel, model: RowTableModel[Any]
) -> Any:
    index = view.currentIndex()
    if not index.isValid():
        return None
    return model.row_at(proxy.mapToSource(index).row())


# --- dialogs with inline errors -------------------------------------------------------------


class DialogIsian(QDialog):
    """A form whose OK saves through a callback; each field has its own error line under it,
    a refusal that concerns no field goes to the message line at the top. It closes only once
    the save succeeded, so nothing typed is ever lost (USERS.md)."""

    def __init__(
        self, judul: str, nama: str, parent: QWidget | None = None, lebar: int = 520
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(judul)
        self.setObjectName(nama)
        self.setMinimumWidth(lebar)
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

    def catatan(self, teks: str = "") -> QLabel:
        """A note across the form: what the fields mean, or what saving will do."""
        label = QLabel(teks)
        label.setWordWrap(True)
        self.form.addRow(label)
        return label

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


# --- fields: each named for screen readers --------------------------------------------------


def kotak_teks(nilai: str, nama: str, maks: int | None = None, contoh: str = "") -> QLineEdit:
    """A one-line field; `maks` is the service's limit (no more can be typed), `contoh` the
    example shown while it is empty."""
    edit = QLineEdit(nilai)
    if maks is not None:
        edit.setMaxLength(maks)
    edit.setAccessibleName(nama)
    if contoh:
        edit.setPlaceholderText(contoh)
    return edit


def kotak_pilihan(nama: str, pilihan: Iterable[tuple[str, object]], terpilih: object) -> QComboBox:
    """A drop-down of (text, value) choices, on the value `terpilih` (else on the first)."""
    combo = QComboBox()
    combo.setAccessibleName(nama)
    for teks, nilai in pilihan:
        combo.addItem(teks, nilai)
    combo.setCurrentIndex(max(0, combo.findData(terpilih)))
    return combo


def qdate(nilai: date) -> QDate:
    return QDate(nilai.year, nilai.month, nilai.day)


def kotak_tanggal(nilai: date, nama: str) -> QDateEdit:
    edit = QDateEdit(qdate(nilai))
    edit.setLocale(LOCALE_ID)
    edit.setDisplayFormat(FORMAT_TANGGAL)
    edit.setCalendarPopup(True)
    edit.setAccessibleName(nama)
    return edit


def tanggal(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def kotak_centang(teks: str, nama: str, nilai: bool) -> QCheckBox:
    kotak = QCheckBox(teks)
    kotak.setChecked(nilai)
    kotak.setAccessibleName(nama)
    return kotak

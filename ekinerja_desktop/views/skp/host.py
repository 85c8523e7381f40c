"""Opens SKP editor pages in the main window: one page per SKP, reached from Daftar SKP (double
click or Enter on a row, in "SKP Saya" as in "SKP Bawahan"), listed in the left navigation
while open, closed with Ctrl+W. Also owns the window's "SKP" menu (the current editor's
actions with their shortcuts, and "Tambah SKP…") and the "Tambah SKP" dialog.

The main window creates one host after its pages; nothing else needs to know about it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QModelIndex, QObject, QSize, Qt, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMenuBar,
    QStackedWidget,
    QStatusBar,
    QTableView,
    QWidget,
)

from ekinerja_desktop.services.skp import LayananSkp
from ekinerja_desktop.services.uow import UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.common.page import Page
from ekinerja_desktop.views.skp.daftar_skp import DaftarSkpPage

if TYPE_CHECKING:  # the editor (with its print and Excel actions) loads with the first SKP
    from ekinerja_desktop.views.skp.dialog_tambah_skp import TambahSkpDialog
    from ekinerja_desktop.views.skp.skp_editor import SkpEditorPage

NAV_ITEM_HEIGHT = 34


class JendelaUtama(Protocol):
    """What the host uses of the main window."""

    pages: list[Page]
    nav: QListWidget
    stack: QStackedWidget
    aktor_changed: SignalInstance

    def menuBar(self) -> QMenuBar: ...

    def statusBar(self) -> QStatusBar: ...


class SkpEditorHost(QObject):
    def __init__(
        self,
        window: JendelaUtama,
        uow: UnitOfWork,
        bridge: ChangeBridge,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.uow = uow
        self.bridge = bridge
        self.layanan = LayananSkp(uow)
        self.editors: dict[str, SkpEditorPage] = {}
        self.dialog: TambahSkpDialog | None = None

        self.act_tambah = QAction(self.tr("&Tambah SKP…"), self._widget())
        self.act_tambah.setShortcut(QKeySequence("Ctrl+N"))
        self.act_tambah.triggered.connect(self.tambah_skp)
        self._widget().addAction(self.act_tambah)
        self.menu = QMenu(self.tr("&SKP"), self._widget())
        self.menu.setObjectName("menu_skp")
        self.menu.aboutToShow.connect(self._isi_menu)
        bar = window.menuBar()
        menus = bar.actions()
        if menus:  # before "Bantuan", the last menu
            bar.insertMenu(menus[-1], self.menu)
        else:
            bar.addMenu(self.menu)
        self._isi_menu()
        window.aktor_changed.connect(lambda _aktor: self.tutup_semua())
        self._sambung_daftar()

    def _widget(self) -> QWidget:
        assert isinstance(self.window, QWidget)
        return self.window

    def _sambung_daftar(self) -> None:
        """Daftar SKP's tables ("SKP Saya", "SKP Bawahan", "Semua SKP") open the SKP of a row
        on double click or Enter; their rows carry the SKP id in UserRole."""
        for page in self.window.pages:
            if isinstance(page, DaftarSkpPage):
                page.tambah_diminta.connect(self.tambah_skp)
                for table in page.findChildren(QTableView):
                    table.activated.connect(self._buka_baris)

    def _buka_baris(self, index: QModelIndex) -> None:
        skp_id = index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None
        if skp_id:
            self.buka(str(skp_id))

    # --- the menu ----------------------------------------------------------------------------

    def _isi_menu(self) -> None:
        self.menu.clear()
        self.menu.addAction(self.act_tambah)
        page = self.current_editor()
        if page is None:
            return
        self.menu.addSeparator()
        for action in page.menu_actions():
            if action is None:
                self.menu.addSeparator()
            else:
                self.menu.addAction(action)

    def current_editor(self) -> SkpEditorPage | None:
        page = self.window.stack.currentWidget()
        return next((e for e in self.editors.values() if e is page), None)

    # --- pages -------------------------------------------------------------------------------

    def buka(self, skp_id: str) -> SkpEditorPage:
        """The editor of this SKP, opened (or brought forward) and shown."""
        page = self.editors.get(skp_id)
        if page is None:
            from ekinerja_desktop.views.skp.skp_editor import SkpEditorPage

            page = SkpEditorPage(self.layanan, self.bridge, skp_id)
            self.editors[skp_id] = page
            self.window.pages.append(page)
            item = QListWidgetItem(page.icon(), page.title())
            item.setToolTip(page.tooltip())
            item.setSizeHint(QSize(self.window.nav.width() - 8, NAV_ITEM_HEIGHT))
            self.window.nav.addItem(item)
            self.window.stack.addWidget(page)
            page.status_message.connect(self._pesan)
            page.tutup_diminta.connect(lambda p=page: self.tutup(p))
        row = self.window.pages.index(page)
        self.window.nav.setCurrentRow(row)
        self.window.stack.setCurrentIndex(row)
        page.hasil.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        return page

    def tutup(self, page: SkpEditorPage) -> None:
        if page not in self.window.pages:
            return
        page.manual.simpan_sekarang()
        row = self.window.pages.index(page)
        self.window.nav.setCurrentRow(0)
        self.window.pages.pop(row)
        self.window.nav.takeItem(row)
        self.window.stack.removeWidget(page)
        self.editors.pop(page.skp_id, None)
        page.deleteLater()

    def tutup_semua(self) -> None:
        for page in list(self.editors.values()):
            self.tutup(page)

    def _pesan(self, text: str) -> None:
        if text:
            self.window.statusBar().showMessage(text, 5000)

    # --- Tambah SKP -------------------------------------------------------------------------

    def tambah_skp(self) -> TambahSkpDialog | None:
        from ekinerja_desktop.views.skp.dialog_tambah_skp import TambahSkpDialog

        info = self.layanan.info_tambah_skp()
        if info is None:
            self._pesan(self.tr("Pilih pengguna terlebih dahulu."))
            return None
        dialog = TambahSkpDialog(
            self.layanan, info, self.uow.today(), dibuat=self.buka, parent=self._widget()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None))
        dialog.open()
        return dialog

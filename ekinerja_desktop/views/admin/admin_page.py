"""Admin Instansi (S003 "Menu Administrator"): one page of the navigation, for the admin only,
with a tab per kind of master data: Unit Organisasi, Pegawai, PLT/PLH, Periode, Kurva Ideal,
and first the queue of what is wrong in them (Masalah Data Induk, USERS.md pain 6).

A tab loads when first shown and reloads from the change sets of the unit of work (a save
here, or rows pulled by sync): once per burst of commits, and only while it is shown; a tab
whose tables changed while hidden reloads when shown again.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import QLabel, QStyle, QTabWidget, QVBoxLayout, QWidget

from ekinerja_desktop.services.uow import Aktor, ChangeSet, UnitOfWork
from ekinerja_desktop.views.admin.common import TabAdmin
from ekinerja_desktop.views.admin.kurva_tab import KurvaTab
from ekinerja_desktop.views.admin.masalah_tab import MasalahTab
from ekinerja_desktop.views.admin.pegawai_tab import PegawaiTab
from ekinerja_desktop.views.admin.periode_tab import PeriodeTab
from ekinerja_desktop.views.admin.plt_tab import PltTab
from ekinerja_desktop.views.admin.unor_tab import UnorTab
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.common.page import Page

IKON = QStyle.StandardPixmap.SP_ComputerIcon


class AdminPage(Page):
    def __init__(self, uow: UnitOfWork, bridge: ChangeBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page_admin")
        self.uow = uow
        self.aktor: Aktor | None = None
        self.tersedia = False
        self.masalah_tab = MasalahTab(uow)
        self.unor_tab = UnorTab(uow)
        self.pegawai_tab = PegawaiTab(uow)
        self.plt_tab = PltTab(uow)
        self.periode_tab = PeriodeTab(uow)
        self.kurva_tab = KurvaTab(uow)
        tab_judul = (
            (self.masalah_tab, self.tr("&1 Masalah Data Induk")),
            (self.unor_tab, self.tr("&2 Unit Organisasi")),
            (self.pegawai_tab, self.tr("&3 Pegawai")),
            (self.plt_tab, self.tr("&4 PLT/PLH")),
            (self.periode_tab, self.tr("&5 Periode")),
            (self.kurva_tab, self.tr("&6 Kurva Ideal")),
        )
        self.tab_list: tuple[TabAdmin, ...] = tuple(tab for tab, _judul in tab_judul)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tab_admin")
        self.tabs.setAccessibleName(self.tr("Data induk instansi"))
        self.tabs.setDocumentMode(True)
        for tab, judul in tab_judul:
            self.tabs.addTab(tab, judul)
            tab.status_message.connect(self.status_message)
        self.masalah_tab.jumlah_berubah.connect(self._judul_masalah)
        self._basi: set[TabAdmin] = set(self.tab_list)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._muat_tab)
        self.tabs.currentChanged.connect(lambda _i: self._timer.start())
        bridge.sig_changes_applied.connect(self._on_changes)

        heading = QLabel(self.title())
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        heading.setFont(font)
        self.keterangan = QLabel()
        self.keterangan.setObjectName("keterangan_admin")
        self.keterangan.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addWidget(heading)
        layout.addWidget(self.keterangan)
        layout.addWidget(self.tabs, 1)

    # --- Page -------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Admin Instansi")

    def icon(self) -> QIcon:
        return self.style().standardIcon(IKON)

    def set_aktor(self, aktor: Aktor | None) -> None:
        self.aktor = aktor
        self.tersedia = aktor is not None and aktor.is_admin
        self.keterangan.setText(
            self.tr(
                "Data induk berlaku untuk seluruh instansi. Setiap perubahan disimpan di "
                "komputer ini lalu dikirim ke server saat sinkronisasi."
            )
            if self.tersedia
            else self.tr("Halaman ini hanya untuk admin instansi.")
        )
        self.tabs.setEnabled(self.tersedia)
        self.refresh()

    def refresh(self) -> None:
        self._basi = set(self.tab_list)
        self._timer.start()

    def focus_search(self) -> bool:
        tab = self.tabs.currentWidget()
        return isinstance(tab, TabAdmin) and tab.focus_search()

    def tab_aktif(self) -> TabAdmin:
        tab = self.tabs.currentWidget()
        assert isinstance(tab, TabAdmin)
        return tab

    def _judul_masalah(self, jumlah: int) -> None:
        self.tabs.setTabText(
            self.tabs.indexOf(self.masalah_tab),
            self.tr("&1 Masalah Data Induk ({n})").format(n=jumlah),
        )

    # --- reloading --------------------------------------------------------------------------

    def _on_changes(self, changes: ChangeSet) -> None:
        kinds = changes.kinds()
        for tab in self.tab_list:
            if kinds & tab.WATCHED:
                self._basi.add(tab)
        if self._basi and self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._timer.start()

    def _muat_tab(self) -> None:
        tab = self.tab_aktif()
        if not self.tersedia or tab not in self._basi:
            return
        self._basi.discard(tab)
        tab.muat()

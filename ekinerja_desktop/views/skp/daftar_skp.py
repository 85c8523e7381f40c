"""The Daftar SKP page: the acting user's SKPs; a Pimpinan's subordinates'; all for an admin."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.services.queries_views import DaftarSkpAktor, daftar_skp_aktor
from ekinerja_desktop.services.uow import Aktor, ChangeSet, UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.common.page import Page
from ekinerja_desktop.views.skp.skp_table import SkpListPanel

# Changes to these records can change what the page shows.
WATCHED = frozenset({"skp", "pegawai", "unor"})


class DaftarSkpPage(Page):
    # The SKP editor host answers this with its "Tambah SKP" dialog.
    tambah_diminta = Signal()

    def __init__(self, uow: UnitOfWork, bridge: ChangeBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page_daftar_skp")
        self.uow = uow
        self._stale = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)  # several commits in a row → one reload
        self._refresh_timer.timeout.connect(self.refresh)
        bridge.sig_changes_applied.connect(self._on_changes)

        self.heading = QLabel(self.title())
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.subheading = QLabel()
        self.subheading.setObjectName("subheading")
        self.subheading.setWordWrap(True)
        self.subheading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.milik = SkpListPanel(
            self.tr("SKP saya"),
            with_pegawai=False,
            empty_text=self.tr(
                "Belum ada SKP. SKP Anda akan tampil di sini setelah dibuat di aplikasi ini "
                "atau diunduh dari server saat sinkronisasi."
            ),
        )
        self.bawahan = SkpListPanel(
            self.tr("SKP bawahan"),
            with_pegawai=True,
            empty_text=self.tr(
                "Belum ada SKP bawahan. SKP pegawai yang Anda nilai sebagai pejabat penilai "
                "akan tampil di sini setelah mereka membuatnya."
            ),
        )
        self.semua = SkpListPanel(
            self.tr("Semua SKP"),
            with_pegawai=True,
            empty_text=self.tr("Belum ada SKP di instansi ini."),
        )
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for panel in (self.milik, self.bawahan, self.semua):
            self.tabs.addTab(panel, "")
        self.tabs.setTabVisible(1, False)
        self.tabs.setTabVisible(2, False)

        self.no_user = QLabel(
            self.tr(
                "Belum ada pengguna di komputer ini. Masuk dengan akun e-Kinerja Anda untuk "
                "mengunduh data, atau jalankan aplikasi dengan --demo untuk mencoba dengan "
                "instansi contoh."
            )
        )
        self.no_user.setObjectName("empty_state")
        self.no_user.setWordWrap(True)
        self.no_user.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.tombol_tambah = QPushButton(self.tr("Tambah SKP…"))
        self.tombol_tambah.setObjectName("tombol_tambah_skp")
        self.tombol_tambah.setAccessibleName(self.tr("Tambah SKP"))
        self.tombol_tambah.setToolTip(self.tr("Buat SKP baru (Ctrl+N)"))
        self.tombol_tambah.clicked.connect(self.tambah_diminta)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading)
        heading_row.addStretch(1)
        heading_row.addWidget(self.tombol_tambah)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addLayout(heading_row)
        layout.addWidget(self.subheading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.no_user, 1)

        find = QAction(self.tr("Cari"), self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self.focus_search)
        self.addAction(find)

        self.aktor: Aktor | None = None
        self.data: DaftarSkpAktor | None = None
        self._show(None)

    # --- Page -------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Daftar SKP")

    def icon(self) -> QIcon:
        return self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)

    def set_aktor(self, aktor: Aktor | None) -> None:
        self.aktor = aktor
        for panel in (self.milik, self.bawahan, self.semua):
            panel.clear_filters()
        self.tabs.setCurrentIndex(0)
        self.refresh(autosize=True)

    def refresh(self, autosize: bool = False) -> None:
        self._stale = False
        if self.aktor is None:
            self._show(None)
            return
        with self.uow.read() as session:
            data = daftar_skp_aktor(session, self.aktor.pegawai_id, self.aktor.is_admin)
        self._show(data, autosize)

    def focus_search(self) -> bool:
        panel = self.tabs.currentWidget()
        if not isinstance(panel, SkpListPanel) or not self.tabs.isVisible():
            return False
        panel.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        panel.search.selectAll()
        return True

    # --- showing ------------------------------------------------------------------------------

    def _show(self, data: DaftarSkpAktor | None, autosize: bool = False) -> None:
        self.data = data
        self.tabs.setVisible(data is not None)
        self.no_user.setVisible(data is None)
        if data is None:
            self.subheading.setText("")
            self.status_message.emit("")
            return
        user = data.pengguna
        if user is not None:
            self.subheading.setText(f"{user.nama} · {user.jabatan} · {user.unor_nama}")
        self.milik.set_rows(data.milik, autosize)
        self.tabs.setTabText(0, self.tr("SKP Saya ({n})").format(n=len(data.milik)))
        self.tabs.setTabVisible(1, data.bawahan is not None)
        self.bawahan.set_rows(data.bawahan or (), autosize)
        self.tabs.setTabText(1, self.tr("SKP Bawahan ({n})").format(n=len(data.bawahan or ())))
        self.tabs.setTabVisible(2, data.semua is not None)
        self.semua.set_rows(data.semua or (), autosize)
        self.tabs.setTabText(2, self.tr("Semua SKP ({n})").format(n=len(data.semua or ())))

    # --- changes from anywhere (this screen, another screen, sync) ----------------------------

    def _on_changes(self, changes: ChangeSet) -> None:
        if not changes.kinds() & WATCHED:
            return
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._refresh_timer.start()

"""The main window: left navigation over the pages, menus, status bar, the demo user switch."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from ekinerja_desktop.domain import format_nip
from ekinerja_desktop.services.queries import PenggunaRow, pengguna
from ekinerja_desktop.services.queries_views import aktor_dari
from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.common.page import Page
from ekinerja_desktop.views.demo_switcher import DemoSwitcher
from ekinerja_desktop.views.navigasi import HalamanTertunda, daftar_halaman
from ekinerja_desktop.views.skp.host import SkpEditorHost

MINIMUM_SIZE = QSize(960, 640)  # fits a 1024×768 screen with a taskbar
PREFERRED_SIZE = QSize(1280, 800)
NAV_MIN_WIDTH = 136
NAV_MAX_WIDTH = 200  # longer page titles are elided, the full title is in the tooltip
NAV_PADDING = 40  # icon-text gap, item margins, frame and spacing around a title


@dataclass(frozen=True)
class AppInfo:
    """What the About box tells: version and where this installation keeps its files."""

    version: str
    data_dir: Path | None = None
    log_path: Path | None = None
    instansi_nama: str = ""


class MainWindow(QMainWindow):
    aktor_changed = Signal(object)  # Aktor | None
    bahasa_dipilih = Signal(str)  # "id" | "en", takes effect at the next start

    def __init__(
        self,
        uow: UnitOfWork,
        bridge: ChangeBridge,
        *,
        demo: bool,
        pengguna_demo: Sequence[PenggunaRow] = (),
        info: AppInfo | None = None,
        bahasa: str = "id",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.uow = uow
        self.demo = demo
        self.info = info or AppInfo(version="")
        self.bahasa = bahasa
        self.setMinimumSize(MINIMUM_SIZE)
        title = self.tr("e-Kinerja Desktop")
        if self.info.instansi_nama:
            title = f"{title} — {self.info.instansi_nama}"
        if demo:
            title = self.tr("{title} (mode demo)").format(title=title)
        self.setWindowTitle(title)

        self.aktor: Aktor | None = None
        # A row per page; a page is built when its row is first selected (`page_at`), until
        # then a stand-in holds its place in `pages` and in the stack.
        self.pages: list[Page] = []
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigasi halaman"))
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        for entri in daftar_halaman(uow, bridge, self.info.data_dir):
            tertunda = HalamanTertunda(entri, uow)
            self._add_nav_item(tertunda)
            self.stack.addWidget(tertunda)
            self.pages.append(tertunda)
        self.nav.currentRowChanged.connect(self._tampilkan)
        self.nav.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.user_label = QLabel()
        self.user_label.setObjectName("status_user")
        self.user_label.setAccessibleName(self.tr("Pengguna yang sedang bertindak"))
        self.statusBar().addPermanentWidget(self.user_label)

        self.switcher: DemoSwitcher | None = None
        if demo:
            self.switcher = DemoSwitcher(pengguna_demo)
            self.switcher.pengguna_dipilih.connect(self.act_as)
            toolbar = QToolBar(self.tr("Mode demo"))
            toolbar.setObjectName("demo_toolbar")
            toolbar.setMovable(False)
            toolbar.setFloatable(False)
            toolbar.addWidget(self.switcher)
            self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self._build_menus()
        self.skp_editor = SkpEditorHost(self, uow, bridge)  # SKP editor pages, the SKP menu

    # --- menus ------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        berkas = self.menuBar().addMenu(self.tr("&Berkas"))
        keluar = QAction(self.tr("&Keluar"), self)
        keluar.setShortcut(QKeySequence("Ctrl+Q"))
        keluar.setMenuRole(QAction.MenuRole.QuitRole)
        keluar.triggered.connect(self.close)
        berkas.addAction(keluar)
        # Features add their Berkas actions above Keluar (views/cadangan/wiring.py).
        self.menu_berkas, self.aksi_keluar = berkas, keluar

        tampilan = self.menuBar().addMenu(self.tr("&Tampilan"))
        muat_ulang = QAction(self.tr("&Muat ulang"), self)
        muat_ulang.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        muat_ulang.triggered.connect(self.refresh_current)
        tampilan.addAction(muat_ulang)
        tampilan.addSeparator()
        bahasa = tampilan.addMenu(self.tr("&Bahasa"))
        group = QActionGroup(self)
        for code, name in (("id", "Bahasa Indonesia"), ("en", "English")):
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == self.bahasa)
            action.setData(code)
            group.addAction(action)
            bahasa.addAction(action)
        group.triggered.connect(self._choose_bahasa)

        bantuan = self.menuBar().addMenu(self.tr("B&antuan"))
        tentang = QAction(self.tr("&Tentang e-Kinerja Desktop"), self)
        tentang.setMenuRole(QAction.MenuRole.AboutRole)
        tentang.triggered.connect(self.show_about)
        bantuan.addAction(tentang)

    def _choose_bahasa(self, action: QAction) -> None:
        code = str(action.data())
        if code == self.bahasa:
            return
        self.bahasa = code
        self.bahasa_dipilih.emit(code)
        QMessageBox.information(
            self,
            self.tr("Bahasa"),
            self.tr("Bahasa tampilan akan berganti setelah aplikasi dibuka kembali."),
        )

    def show_about(self) -> None:
        info = self.info
        lines = [
            self.tr("<b>e-Kinerja Desktop</b> {version}").format(version=info.version),
            self.tr(
                "Menyusun dan menilai SKP (Sasaran Kinerja Pegawai) di komputer ini, "
                "dengan atau tanpa internet."
            ),
        ]
        if info.data_dir is not None:
            lines.append(self.tr("Folder data: {path}").format(path=info.data_dir))
        if info.log_path is not None:
            lines.append(self.tr("Catatan (log): {path}").format(path=info.log_path))
        QMessageBox.about(self, self.tr("Tentang e-Kinerja Desktop"), "<br><br>".join(lines))

    # --- the acting user ---------------------------------------------------------------------

    def act_as(self, pegawai_id: str | None) -> bool:
        """Act as this pegawai (None: nobody); every page reloads for them."""
        row: PenggunaRow | None = None
        if pegawai_id is not None:
            with self.uow.read() as session:
                row = pengguna(session, pegawai_id)
        aktor = aktor_dari(row) if row is not None else None
        self.uow.aktor = aktor
        self.aktor = aktor
        if self.switcher is not None and row is not None:
            self.switcher.select(row.id)
        if row is None:
            self.user_label.setText(self.tr("Belum ada pengguna"))
        else:
            self.user_label.setText(
                self.tr("Pengguna: {nama} ({peran}) · NIP {nip}").format(
                    nama=row.nama, peran=row.peran, nip=_nip_terbaca(row.nip)
                )
            )
        for page in self.pages:
            page.set_aktor(aktor)
        self._sembunyikan_halaman_tak_terpakai()
        self.aktor_changed.emit(aktor)
        return row is not None

    # --- pages --------------------------------------------------------------------------------

    def _sembunyikan_halaman_tak_terpakai(self) -> None:
        """Pages with `tersedia` False (e.g. Penilaian Bawahan for someone who evaluates
        nobody) leave the navigation for this user."""
        for row, page in enumerate(self.pages):
            self.nav.setRowHidden(row, not getattr(page, "tersedia", True))
        if self.nav.isRowHidden(self.nav.currentRow()):
            self.nav.setCurrentRow(0)

    def _add_nav_item(self, page: Page) -> None:
        item = QListWidgetItem(page.icon(), page.title())
        item.setToolTip(page.title())
        self.nav.addItem(item)
        self._fit_nav()

    def _fit_nav(self) -> None:
        """The navigation as wide as its longest title, within NAV_MIN/MAX_WIDTH."""
        metrics = self.nav.fontMetrics()
        items = [self.nav.item(row) for row in range(self.nav.count())]
        longest = max((metrics.horizontalAdvance(item.text()) for item in items), default=0)
        content = longest + self.nav.iconSize().width() + NAV_PADDING
        width = min(NAV_MAX_WIDTH, max(NAV_MIN_WIDTH, content))
        self.nav.setFixedWidth(width)
        for item in items:
            item.setSizeHint(QSize(width - 8, 34))

    def _tampilkan(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.page_at(row)
        self.stack.setCurrentIndex(row)

    def page_at(self, row: int) -> Page:
        """The page of this navigation row, built now (for the acting user) if it was not."""
        page = self.pages[row]
        if not isinstance(page, HalamanTertunda):
            return page
        built = page.bangun()
        built.status_message.connect(self._page_message)
        self.pages[row] = built
        self.stack.insertWidget(row, built)  # the same index: rows and stack stay aligned
        self.stack.removeWidget(page)
        page.deleteLater()
        built.set_aktor(self.aktor)
        return built

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def add_page(self, page: Page) -> None:
        """A page added after construction (the Sinkronisasi page, wired by the app)."""
        self._add_nav_item(page)
        self.stack.addWidget(page)
        self.pages.append(page)
        page.status_message.connect(self._page_message)
        page.set_aktor(self.aktor)

    def show_page(self, page: Page) -> None:
        if page in self.pages:
            self.nav.setCurrentRow(self.pages.index(page))

    def refresh_current(self) -> None:
        self.current_page().refresh()
        self.statusBar().showMessage(self.tr("Data dimuat ulang."), 3000)

    def _page_message(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text, 5000)
        else:
            self.statusBar().clearMessage()

    # --- geometry ---------------------------------------------------------------------------

    def geometry_b64(self) -> str:
        return bytes(self.saveGeometry().toBase64().data()).decode("ascii")

    def show_restored(self, geometry_b64: str | None) -> None:
        """Show at the saved place and size, or sized to the screen the first time."""
        text = (geometry_b64 or "").encode("ascii", "ignore")
        saved = QByteArray.fromBase64(QByteArray(text))
        if geometry_b64 and self.restoreGeometry(saved):
            self.show()
            return
        screen = self.screen().availableGeometry()
        small = screen.width() < PREFERRED_SIZE.width() or screen.height() < PREFERRED_SIZE.height()
        size = screen.size() if small else PREFERRED_SIZE
        self.resize(size.expandedTo(MINIMUM_SIZE))
        self.move(
            screen.x() + (screen.width() - self.width()) // 2,
            screen.y() + (screen.height() - self.height()) // 2,
        )
        if small:  # 1366×768 and 1024×768 laptops: use the whole screen
            self.showMaximized()
        else:
            self.show()


def _nip_terbaca(nip: str) -> str:
    """The NIP grouped as printed ("19660801 198803 1 001"); a NIK or odd value as it is."""
    try:
        return format_nip(nip)
    except ValueError:
        return nip

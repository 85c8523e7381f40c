"""Sync in the app: the service and its bridge, the status-bar indicator, the Sinkronisasi page,
the sign-in dialog, the connection (proxy) setting, and (for the demo) a local server. `app.py`
calls `SyncWiring` only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from ekinerja_desktop.db import Database
from ekinerja_desktop.secrets import TokenStore
from ekinerja_desktop.services.queries import pengguna
from ekinerja_desktop.services.sync_queries import ringkasan_sync
from ekinerja_desktop.services.uow import ChangeSet, UnitOfWork
from ekinerja_desktop.settings import ProxySetting, Settings
from ekinerja_desktop.sync.scheduler import SyncStatus
from ekinerja_desktop.sync.service import Akun, SyncService
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.common.sync_bridge import SyncBridge
from ekinerja_desktop.views.main_window import MainWindow
from ekinerja_desktop.views.sync.indicator import SyncIndicator
from ekinerja_desktop.views.sync.koneksi import PengaturanKoneksi
from ekinerja_desktop.views.sync.laptop_demo import LaptopDemo, masuk_dari_lingkungan
from ekinerja_desktop.views.sync.sign_in import SignInDialog
from ekinerja_desktop.views.sync.sync_page import SinkronisasiPage

if TYPE_CHECKING:  # the demo's local server only with --with-local-server
    from ekinerja_desktop.sync.local_server import LocalServer

log = logging.getLogger(__name__)

DEMO_PERAN = "Pegawai"


class SyncWiring:
    def __init__(
        self,
        db: Database,
        uow: UnitOfWork,
        changes: ChangeBridge,
        *,
        server_url: str | None = None,
        local_server_dir: Path | None = None,
        app_version: str = "dev",
        tokens: TokenStore | None = None,
        settings: Settings | None = None,
        simpan_settings: Callable[[], object] = lambda: None,
    ) -> None:
        self.uow = uow
        self.changes = changes
        self.local_server: LocalServer | None = None
        if local_server_dir is not None:
            from ekinerja_desktop.sync.local_server import start_local_server

            self.local_server = start_local_server(local_server_dir)
            server_url = self.local_server.url
        self.tokens = tokens or TokenStore()
        # The proxy choice lives in the app's settings (saved by the app), its password in
        # the keyring; the service is handed the result, now and when it changes.
        self.koneksi = PengaturanKoneksi(
            settings or Settings(), simpan_settings, self.tokens, self._proxy_berubah
        )
        self.service = SyncService(
            db, uow, self.tokens, app_version=app_version, proxy=self.koneksi.proxy()
        )
        self.bridge = SyncBridge(self.service)
        self.bridge.watch_network()
        last = self.service.last_user()
        self.server_url = server_url or (last.server_url if last else None)
        self.window: MainWindow | None = None
        self.page: SinkronisasiPage | None = None
        self.indicator: SyncIndicator | None = None
        self.dialog: SignInDialog | None = None
        self.laptop: LaptopDemo | None = None
        if local_server_dir is not None:
            self.laptop = LaptopDemo(local_server_dir.parent)
        self._ringkasan_timer = QTimer()
        self._ringkasan_timer.setSingleShot(True)
        self._ringkasan_timer.setInterval(200)
        self._ringkasan_timer.timeout.connect(self.refresh_indicator)

    def attach(self, window: MainWindow) -> None:
        self.window = window
        self.page = SinkronisasiPage(self.uow, self.changes, self.bridge)
        window.add_page(self.page)
        self.page.sign_in_requested.connect(self.ask_sign_in)
        self.page.koneksi_requested.connect(lambda: self.buka_koneksi(self.page))
        self.indicator = SyncIndicator()
        window.statusBar().insertPermanentWidget(0, self.indicator)
        self.indicator.activated.connect(lambda: self._show_page())
        if self.local_server is not None and window.switcher is not None:
            # With a server, another demo role is another laptop (see laptop_demo.py).
            window.switcher.pengguna_dipilih.disconnect(window.act_as)
            window.switcher.pengguna_dipilih.connect(self.pilih_pengguna_demo)
        self.bridge.sig_state_changed.connect(self._status)
        self.bridge.sig_signed_in.connect(self._signed_in)
        self.bridge.sig_changes_applied.connect(self._pulled)
        self.changes.sig_changes_applied.connect(lambda _c: self._ringkasan_timer.start())
        self.refresh_indicator()

    def start(self) -> None:
        """Continue as the last user (offline too), or sign the demo user in, or ask."""
        window = self.window
        last = self.service.last_user()
        if last is not None and window is not None and window.aktor is None and last.pegawai_id:
            window.act_as(last.pegawai_id)  # their local data opens without any network
        masuk = masuk_dari_lingkungan()
        if masuk is not None and self.server_url and self.bridge.resume() is None:
            self.bridge.sign_in(self.server_url, *masuk)  # a demo laptop opened by another
            return
        if self.local_server is not None:
            akun = self.local_server.account(DEMO_PERAN)
            if akun is not None and self.bridge.resume() is None:
                self.bridge.sign_in(self.local_server.url, akun.nip, akun.password)
            return
        if self.bridge.resume() is None and self.server_url:
            self.ask_sign_in()

    def pilih_pengguna_demo(self, pegawai_id: str) -> None:
        """The demo switcher with a local server: the signed-in user acts here; another role
        opens as its own laptop, and the switcher goes back to who acts here."""
        window, server, laptop = self.window, self.local_server, self.laptop
        if window is None or server is None or laptop is None:
            return
        with self.uow.read() as session:
            baris = pengguna(session, pegawai_id)
        akun_ini = self.bridge.akun
        akun = next((a for a in server.accounts if baris and a.nip == baris.nip), None)
        if akun is None or (akun_ini is not None and akun_ini.nip == akun.nip):
            window.act_as(pegawai_id)
            return
        if window.aktor is not None and window.switcher is not None:
            window.switcher.select(window.aktor.pegawai_id)
        if laptop.buka(akun, server.url):
            pesan = window.tr(
                "Laptop demo %1 dibuka di jendela baru; perubahan tersinkron lewat server lokal."
            ).replace("%1", akun.peran)
        else:
            pesan = QCoreApplication.translate(
                "LaptopDemo", "Laptop demo %1 sudah terbuka."
            ).replace("%1", akun.peran)
        window.statusBar().showMessage(pesan, 8000)

    def ask_sign_in(self) -> None:
        if self.window is None:
            return
        if self.dialog is not None:
            self.dialog.raise_()
            return
        self.dialog = SignInDialog(
            self.bridge,
            self.server_url or "",
            last=self.service.last_user(),
            keyring_message=self.tokens.pesan,
            parent=self.window,
        )
        self.dialog.finished.connect(self._dialog_closed)
        dialog = self.dialog
        dialog.koneksi_requested.connect(
            lambda: self.buka_koneksi(dialog, dialog.server.text().strip())
        )
        self.dialog.open()

    def buka_koneksi(self, parent: QWidget | None, server_url: str | None = None) -> None:
        """Pengaturan koneksi, over `parent`; tested against the server being signed in to."""
        akun = self.bridge.akun
        url = server_url or (akun.server_url if akun else None) or self.server_url or ""
        self.koneksi.buka(parent, url)

    def _proxy_berubah(self, proxy: ProxySetting) -> None:
        self.service.set_proxy(proxy)
        self.service.sync_now()  # at once, so the user sees whether the new way works

    def _dialog_closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def refresh_indicator(self) -> None:
        if self.indicator is None:
            return
        akun = self.bridge.akun
        with self.uow.read() as session:
            ringkasan = ringkasan_sync(session, akun.nip if akun else None)
        self.indicator.set_ringkasan(ringkasan, signed_in=akun is not None)

    def _status(self, status: SyncStatus) -> None:
        if self.indicator is not None:
            self.indicator.set_status(status)
        self._ringkasan_timer.start()

    def _signed_in(self, akun: Akun) -> None:
        self.server_url = akun.server_url
        window = self.window
        if window is not None and akun.pegawai_id and (window.aktor is None or not window.demo):
            window.act_as(akun.pegawai_id)
        self.refresh_indicator()

    def _pulled(self, _changes: ChangeSet) -> None:
        # The first sync of a new installation brings the user's own record: act as them.
        akun = self.bridge.akun
        window = self.window
        if window is not None and window.aktor is None and akun is not None and akun.pegawai_id:
            window.act_as(akun.pegawai_id)
        self._ringkasan_timer.start()

    def _show_page(self) -> None:
        if self.window is not None and self.page is not None:
            self.window.show_page(self.page)

    def close(self) -> None:
        self._ringkasan_timer.stop()
        self.bridge.detach()
        if self.laptop is not None:
            self.laptop.close()
        if self.local_server is not None:
            self.local_server.stop()
            self.local_server = None

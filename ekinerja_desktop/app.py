"""The composition root: builds everything in order and wires it together; no logic of its own.

paths → logging → Qt message routing and crash hook → settings → translator → database
(backup + migrations) → demo data → unit of work and change bridge → main window.

`Composition` keeps what it built with the way to undo it, so tests build and close the very
same app many times in one process, with no globals to patch.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ekinerja_desktop.db import Database, cadangan_harian, open_database
from ekinerja_desktop.demo import DemoInfo, buat_demo, demo_info
from ekinerja_desktop.errors import UserError
from ekinerja_desktop.logging_setup import setup_logging
from ekinerja_desktop.paths import Paths
from ekinerja_desktop.services.cadangan import HasilPemulihan, LayananCadangan
from ekinerja_desktop.services.queries import PenggunaRow
from ekinerja_desktop.services.queries_views import (
    ada_pegawai,
    daftar_pengguna_dari,
    pengguna_per_peran,
)
from ekinerja_desktop.services.uow import Aktor, UnitOfWork
from ekinerja_desktop.settings import Settings
from ekinerja_desktop.views.cadangan.wiring import CadanganWiring, jalankan_pemulihan
from ekinerja_desktop.views.common.bridge import ChangeBridge
from ekinerja_desktop.views.common.crash_dialog import CrashReporter
from ekinerja_desktop.views.common.qt_messages import install_qt_message_handler
from ekinerja_desktop.views.common.translations import install_translators
from ekinerja_desktop.views.main_window import AppInfo, MainWindow
from ekinerja_desktop.views.sync.wiring import SyncWiring

log = logging.getLogger(__name__)

APP_NAME = "ekinerja-desktop"
DEMO_PERAN = ("Pegawai", "Ketua Tim", "Pimpinan", "Admin")  # the switcher's order
DEMO_AKTOR_AWAL = "Pegawai"
SHOWN_TIMEOUT_MS = 60_000


@dataclass(frozen=True)
class Options:
    """The command line, parsed (`__main__.py`)."""

    demo: bool = False
    data_dir: Path | None = None
    lang: str | None = None  # None: the saved choice
    screenshot: Path | None = None
    quit_after_show: bool = False
    server: str | None = None  # the sync server's URL (else the last signed-in user's)
    with_local_server: bool = False  # start a demo server on loopback and sign in to it
    started_at: float | None = None  # time.perf_counter() as early as __main__ could take it


def app_version() -> str:
    try:
        return metadata.version(APP_NAME)
    except metadata.PackageNotFoundError:
        return "dev"


def application() -> QApplication:
    """The running QApplication (tests own one), or a new one. Qt's own command-line options
    are not passed on: argparse owns the command line."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    qapp = QApplication(sys.argv[:1])
    qapp.setApplicationName(APP_NAME)
    qapp.setApplicationVersion(app_version())
    return qapp


#: How long after start the day's automatic backup begins.
CADANGAN_HARIAN_SETELAH_MS = 15_000


class Composition:
    """Everything the app is made of, built in `start()` then `open()`, undone by `close()`."""

    def __init__(self, options: Options, qapp: QApplication) -> None:
        self.options = options
        self.qapp = qapp
        self._undo = ExitStack()
        self.paths = Paths(options.data_dir) if options.data_dir else Paths.default()
        self.log_path: Path | None = None
        self.settings = Settings()
        self.bahasa = "id"
        self.reporter: CrashReporter | None = None
        self.db: Database | None = None
        self.uow: UnitOfWork | None = None
        self.bridge: ChangeBridge | None = None
        self.demo: DemoInfo | None = None
        self.window: MainWindow | None = None
        self.sync: SyncWiring | None = None
        self._shown_reported = False
        self.cadangan: CadanganWiring | None = None
        self.pulihkan_dari: Path | None = None  # asked by Pulihkan: restore, then start again
        self.hasil_pemulihan: HasilPemulihan | UserError | None = None

    # --- building ---------------------------------------------------------------------------

    def start(self) -> None:
        """What even an error message at start needs: folders, log, hooks, language."""
        self.paths.ensure()
        self.log_path = setup_logging(self.paths.logs)
        self._undo.callback(_remove_log_handler, self.log_path)
        log.info("e-Kinerja Desktop %s starting, data in %s", app_version(), self.paths.root)
        self._undo.callback(install_qt_message_handler())
        self.reporter = CrashReporter(self.log_path)
        self.reporter.install()
        self._undo.callback(self.reporter.uninstall)
        self.settings = Settings.load(self.paths.settings)
        self.bahasa = self.options.lang or self.settings.bahasa
        cache = self.paths.root / "translations"
        for translator in install_translators(self.qapp, self.bahasa, cache):
            self._undo.callback(self.qapp.removeTranslator, translator)

    def open(self) -> MainWindow:
        """The database (backed up and migrated), the demo if asked, services, the window."""
        db = self.db = open_database(self.paths.database, self.paths.backups)
        self._undo.callback(db.dispose)
        uow = self.uow = UnitOfWork(db)
        self.demo = self._demo(db, uow)
        bridge = self.bridge = ChangeBridge(uow)
        self._undo.callback(bridge.detach)
        pengguna_demo = self._pengguna_demo(uow)
        window = self.window = MainWindow(
            uow,
            bridge,
            demo=self.demo is not None,
            pengguna_demo=pengguna_demo,
            info=AppInfo(
                version=app_version(),
                data_dir=self.paths.root,
                log_path=self.log_path,
                instansi_nama=self.demo.instansi_nama if self.demo else "",
            ),
            bahasa=self.bahasa,
        )
        self._undo.callback(self._close_window, window)
        window.aktor_changed.connect(self._remember_aktor)
        window.bahasa_dipilih.connect(self._remember_bahasa)
        window.act_as(self._aktor_awal(pengguna_demo))
        local = self.paths.root / "server-lokal" if self.options.with_local_server else None
        sync = self.sync = SyncWiring(
            db,
            uow,
            bridge,
            server_url=self.options.server,
            local_server_dir=local,
            app_version=app_version(),
            settings=self.settings,  # the proxy choice (Pengaturan koneksi)
            simpan_settings=lambda: self.settings.save(self.paths.settings),
        )
        self._undo.callback(sync.close)
        sync.attach(window)
        sync.start()
        cadangan = self.cadangan = CadanganWiring(self._layanan_cadangan(), self.minta_pulihkan)
        cadangan.attach(window, sync.page)
        if self.hasil_pemulihan is not None:
            cadangan.umumkan(self.hasil_pemulihan)
        # The day's automatic backup, once the window is up: on a slow disk it would compete
        # with the first paint. The timer dies with the window.
        QTimer.singleShot(CADANGAN_HARIAN_SETELAH_MS, window, self.mulai_cadangan_harian)
        return window

    def mulai_cadangan_harian(self) -> threading.Thread:
        """Back up on a worker thread (the SQLite backup API reads while the user works);
        closing the app waits for it, so a backup is never left half written."""
        thread = threading.Thread(target=self._cadangan_harian, name="cadangan-harian")
        thread.start()
        self._undo.callback(thread.join)
        return thread

    def _cadangan_harian(self) -> None:
        try:
            dibuat = cadangan_harian(self.paths.database, self.paths.backups)
        except Exception:  # a full disk must not take the app down; the log says why
            log.exception("the daily backup failed")
            return
        if dibuat is not None:
            log.info("daily backup: %s", dibuat)

    def _demo(self, db: Database, uow: UnitOfWork) -> DemoInfo | None:
        """The demo instansi: seeded into an empty database with --demo. A database that holds
        the demo always runs as a demo, so demo data is never mistaken for real data."""
        info = demo_info(db)
        if info is not None or not self.options.demo:
            return info
        with uow.read() as session:
            kosong = not ada_pegawai(session)
        if kosong:
            log.info("seeding the demo instansi")
            return buat_demo(db)
        log.warning("--demo on a database with real data: acting as its first users by role")
        with uow.read() as session:
            pengguna = pengguna_per_peran(session, DEMO_PERAN)
        return DemoInfo(instansi_nama="", pengguna=pengguna)

    def _pengguna_demo(self, uow: UnitOfWork) -> list[PenggunaRow]:
        if self.demo is None:
            return []
        ids = [self.demo.pengguna[p] for p in DEMO_PERAN if p in self.demo.pengguna]
        with uow.read() as session:
            return daftar_pengguna_dari(session, ids)

    def _aktor_awal(self, pengguna_demo: list[PenggunaRow]) -> str | None:
        """Last session's user if still valid; in the demo, else the demo Pegawai."""
        last = self.settings.pegawai_aktif_id
        if self.demo is None:
            return last
        ids = {row.id for row in pengguna_demo}
        if last in ids:
            return last
        return self.demo.pengguna.get(DEMO_AKTOR_AWAL)

    # --- restoring a backup ------------------------------------------------------------------

    def _layanan_cadangan(self) -> LayananCadangan:
        return LayananCadangan(self.paths, app_version())

    def minta_pulihkan(self, sumber: Path) -> None:
        """The Pulihkan dialog's ask: quit the event loop; `run` closes this composition (no
        connection to the database left) and starts a new one that restores first."""
        self.pulihkan_dari = sumber
        self.qapp.exit(0)

    def pulihkan(self, sumber: Path) -> None:
        """Between `start` and `open`: replace the database with the backup `sumber`."""
        self.hasil_pemulihan = jalankan_pemulihan(self._layanan_cadangan(), sumber)

    # --- remembering ------------------------------------------------------------------------

    def _remember_aktor(self, aktor: Aktor | None) -> None:
        if aktor is not None:
            self.settings.pegawai_aktif_id = aktor.pegawai_id
            self.settings.save(self.paths.settings)

    def _remember_bahasa(self, bahasa: str) -> None:
        self.settings.bahasa = bahasa
        self.settings.save(self.paths.settings)

    def _close_window(self, window: MainWindow) -> None:
        self.settings.geometri_jendela = window.geometry_b64()
        self.settings.save(self.paths.settings)
        window.close()
        window.deleteLater()
        self.window = None

    # --- running ----------------------------------------------------------------------------

    def show(self) -> None:
        window = self.window
        assert window is not None
        if self.options.quit_after_show or self.options.screenshot:
            FirstPaintWatcher(window, self._shown)  # owned by the window
            # Should no paint ever come (a minimised start), still report and quit.
            QTimer.singleShot(SHOWN_TIMEOUT_MS, self._shown)
        window.show_restored(self.settings.geometri_jendela)

    def _shown(self) -> None:
        if self._shown_reported:
            return
        self._shown_reported = True
        code = 0
        if self.options.screenshot is not None and self.window is not None:
            code = 0 if save_screenshot(self.window, self.options.screenshot) else 1
        if self.options.quit_after_show:
            print(f"shown_ms={elapsed_ms(self.options.started_at)}", flush=True)
        self.qapp.exit(code)

    def close(self) -> None:
        log.info("closing")
        self._undo.close()


class FirstPaintWatcher(QObject):
    """Calls back once, on the event-loop turn after the window's first paint."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._callback = callback
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._call)
        return False

    def _call(self) -> None:
        self._callback()


def _remove_log_handler(log_path: Path) -> None:
    """Undo `setup_logging` (tests build many apps in one process)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.FileHandler) and handler.baseFilename == os.path.abspath(
            log_path
        ):
            root.removeHandler(handler)
            handler.close()


def save_screenshot(window: QWidget, path: Path) -> bool:
    path.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(path))
    if ok:
        log.info("screenshot saved: %s (%dx%d)", path, window.width(), window.height())
    else:
        log.error("screenshot not saved: %s", path)
    return ok


def elapsed_ms(started_at: float | None) -> int:
    """Milliseconds since the process started: from the OS where it tells (Linux), else since
    `started_at` (which misses the interpreter's own start-up)."""
    since_main = time.perf_counter() - started_at if started_at is not None else None
    age = _process_age_s()
    if age is not None and (since_main is None or since_main <= age < since_main + 10):
        return round(age * 1000)
    return round((since_main or 0.0) * 1000)


def _process_age_s() -> float | None:
    try:
        stat = Path("/proc/self/stat").read_text()
        start_ticks = int(stat.rsplit(")", 1)[1].split()[19])  # field 22: starttime
        return time.clock_gettime(time.CLOCK_BOOTTIME) - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def show_start_error(message: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QApplication.translate("App", "e-Kinerja Desktop tidak dapat dibuka"),
        message,
        QMessageBox.StandardButton.Ok,
    )
    box.setObjectName("start_error")
    box.exec()


def run(options: Options) -> int:
    """Start the app; returns the process exit code. Pulihkan (restore a backup) ends the event
    loop; the app is then closed, and started again in this process on the restored data."""
    qapp = application()
    pulihkan_dari: Path | None = None
    while True:
        composition = Composition(options, qapp)
        try:
            code = _run_once(composition, pulihkan_dari)
        finally:
            composition.close()
        pulihkan_dari = composition.pulihkan_dari
        if pulihkan_dari is None or code != 0:
            return code


def _run_once(composition: Composition, pulihkan_dari: Path | None) -> int:
    composition.start()
    try:
        if pulihkan_dari is not None:
            composition.pulihkan(pulihkan_dari)
        composition.open()
    except UserError as error:  # e.g. a database written by a newer release
        log.error("cannot open: %s", error)
        show_start_error(str(error))
        return 1
    except Exception as error:
        # A bug before the window exists: log it and show the crash dialog, then stop.
        assert composition.reporter is not None
        composition.reporter.handle(type(error), error, error.__traceback__)
        if composition.reporter.dialog is not None:
            composition.reporter.dialog.exec()
        return 1
    composition.show()
    return composition.qapp.exec()

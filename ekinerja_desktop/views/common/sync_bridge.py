"""The sync service's callbacks (worker thread) re-emitted as Qt signals (GUI thread).

The engine and scheduler are plain Python running on one worker thread; this bridge lives on
the GUI thread, so each emit from the worker is queued to the receivers' thread (Qt's
AutoConnection). Sign-in talks to the network, so it too runs off the GUI thread.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QNetworkInformation

from ekinerja_desktop.errors import TransientError, UserError
from ekinerja_desktop.services.uow import ChangeSet
from ekinerja_desktop.sync.scheduler import SyncStatus
from ekinerja_desktop.sync.service import Akun, SyncService

log = logging.getLogger(__name__)


class SyncBridge(QObject):
    sig_state_changed = Signal(object)  # SyncStatus
    sig_progress = Signal(int, int, str)  # done, total, stage
    sig_changes_applied = Signal(object)  # ChangeSet
    sig_failed = Signal(str)  # the last error, for people
    sig_signed_in = Signal(object)  # Akun
    sig_sign_in_failed = Signal(str)

    def __init__(self, service: SyncService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        service.on_status = self._status
        service.on_changes = self._changes
        service.on_error = self._error
        self._sign_in_thread: threading.Thread | None = None
        self._reachability = QNetworkInformation.Reachability.Unknown

    @property
    def akun(self) -> Akun | None:
        return self.service.akun

    @property
    def status(self) -> SyncStatus:
        return self.service.status

    def sync_now(self) -> bool:
        return self.service.sync_now()

    def resume(self) -> Akun | None:
        akun = self.service.resume()
        if akun is not None:
            self.sig_signed_in.emit(akun)
        return akun

    def sign_in(self, server_url: str, nip: str, password: str) -> None:
        """Sign in on a helper thread; answers with sig_signed_in or sig_sign_in_failed."""

        def work() -> None:
            try:
                akun = self.service.sign_in(server_url, nip, password)
            except (UserError, TransientError) as error:
                self.sig_sign_in_failed.emit(str(error))
            except Exception as error:  # a bug: logged, and the user still gets an answer
                log.exception("sign-in failed")
                self.sig_sign_in_failed.emit(
                    f"Gagal masuk karena kesalahan tak terduga ({type(error).__name__})."
                )
            else:
                self.sig_signed_in.emit(akun)

        self._sign_in_thread = threading.Thread(target=work, name="sync-sign-in", daemon=True)
        self._sign_in_thread.start()

    def watch_network(self) -> bool:
        """Sync as soon as the OS reports the link back (Wi-Fi joined, cable plugged, modem
        up). False where the platform has no reachability backend: the timer still runs."""
        if not QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability):
            log.info("no network reachability backend; sync relies on its timer")
            return False
        info = QNetworkInformation.instance()
        if info is None:
            return False
        self._reachability = info.reachability()
        info.reachabilityChanged.connect(self.reachability_changed)
        return True

    def reachability_changed(self, reachability: QNetworkInformation.Reachability) -> None:
        """Offline (or only a local link) → online: a round at once."""
        was, self._reachability = self._reachability, reachability
        if reachability is QNetworkInformation.Reachability.Online and was is not reachability:
            log.info("network back online; syncing now")
            self.service.network_returned()

    def detach(self) -> None:
        """Stop the engine and forget the callbacks (app close)."""
        self.service.on_status = lambda _s: None
        self.service.on_changes = lambda _c: None
        self.service.on_error = lambda _e: None
        self.service.close()

    # --- from the worker thread ----------------------------------------------------------------

    def _status(self, status: SyncStatus) -> None:
        self.sig_state_changed.emit(status)
        if status.progress is not None:
            p = status.progress
            self.sig_progress.emit(p.done, p.total, p.stage)

    def _changes(self, changes: ChangeSet) -> None:
        self.sig_changes_applied.emit(changes)

    def _error(self, error: BaseException) -> None:
        self.sig_failed.emit(str(error) or type(error).__name__)

"""Change sets from the unit of work, re-emitted as a Qt signal screens connect to.

A commit may happen on a worker thread (sync, slow operations); the signal is delivered to
each receiver in its own thread, so screens always refresh on the GUI thread. Qt drops the
connection of a screen that is deleted, so screens never have to unsubscribe.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ekinerja_desktop.services.uow import ChangeSet, UnitOfWork


class ChangeBridge(QObject):
    sig_changes_applied = Signal(object)  # ChangeSet

    def __init__(self, uow: UnitOfWork, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._uow: UnitOfWork | None = uow
        uow.subscribe(self._on_changes)

    def _on_changes(self, changes: ChangeSet) -> None:
        self.sig_changes_applied.emit(changes)

    def detach(self) -> None:
        if self._uow is not None:
            self._uow.unsubscribe(self._on_changes)
            self._uow = None

"""The undo mechanism the editors share: a `QUndoCommand` whose do and undo call a service.

An edit runs through the service first and is pushed only when the service accepted it, so a
refused edit never sits on the stack (the stack's first `redo()` after the push is therefore a
no-op). When the service refuses a later undo or redo (the record was locked or deleted
meanwhile), the command is dropped from the stack and the reason handed to `on_error`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ekinerja_desktop.domain import DomainError


class PerintahLayanan(QUndoCommand):
    """One change. Subclasses give `maju` (do) and `mundur` (undo); `pertama` is the first do,
    which may differ (a create returns the new id; its redo is a restore)."""

    def __init__(self, teks: str) -> None:
        super().__init__(teks)
        self._sudah = True  # pushed after the first do: the stack's first redo() is a no-op
        self.on_error: Callable[[str], None] = lambda _pesan: None

    def pertama(self) -> None:
        self.maju()

    def maju(self) -> None:
        raise NotImplementedError

    def mundur(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._sudah:
            self._sudah = False
            return
        self._coba(self.maju)

    def undo(self) -> None:
        self._coba(self.mundur)

    def _coba(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except DomainError as error:
            self.setObsolete(True)
            self.on_error(str(error))

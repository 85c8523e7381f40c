"""What the main window needs from a page of its left navigation."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from ekinerja_desktop.services.uow import Aktor


class Page(QWidget):
    """A screen of the main window. Subclasses load through services, never queries of their own."""

    status_message = Signal(str)  # a short line for the status bar

    def title(self) -> str:
        raise NotImplementedError

    def icon(self) -> QIcon:
        return QIcon()

    def set_aktor(self, aktor: Aktor | None) -> None:
        """The acting user changed (sign-in, demo switcher): reload for them."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload from the database (View → Muat ulang)."""
        raise NotImplementedError

    def focus_search(self) -> bool:
        """Put the keyboard in the page's search box, if it has one."""
        return False

"""Qt's own messages (warnings about layouts, fonts, plugins…) into the app's log file."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

MessageHandler = Callable[[QtMsgType, QMessageLogContext, str], None]


def install_qt_message_handler() -> Callable[[], None]:
    """Route Qt messages to `logging` (logger "qt" or "qt.<category>"); returns the undo.

    A handler installed before (pytest-qt's, in tests) still receives every message.
    """
    previous: MessageHandler | None = None

    def handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        category = context.category
        name = "qt" if not category or category == "default" else f"qt.{category}"
        where = f" ({context.file}:{context.line})" if context.file else ""
        logging.getLogger(name).log(LEVELS.get(mode, logging.WARNING), "%s%s", message, where)
        if previous is not None:
            previous(mode, context, message)

    previous = qInstallMessageHandler(handler)

    def restore() -> None:
        qInstallMessageHandler(previous)

    return restore

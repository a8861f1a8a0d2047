"""A visitor never sees a traceback: log it, say something calm, go home.

Python exceptions raised in Qt callbacks reach ``sys.excepthook``; those in
worker threads reach ``threading.excepthook``. Both log the full traceback and
ask the window (on the UI thread) to show its calm message and wipe the visit.
"""

from __future__ import annotations

import logging
import sys
import threading

from kiosk_app.ui.qt import QtCore

log = logging.getLogger("kiosk_app.crash")


class ErrorRelay(QtCore.QObject):
    """Brings an error report from any thread to the window, once at a time."""

    report = QtCore.Signal()

    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self._busy = False
        self.count = 0
        self.report.connect(self._show, QtCore.Qt.ConnectionType.QueuedConnection)

    def handle(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.count += 1
        log.error("unexpected error; returning home", exc_info=(exc_type, exc, tb))
        self.report.emit()

    def _show(self) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            self._window.show_error()
        except Exception:  # noqa: BLE001 - the error screen itself failed; log, stay up
            log.exception("error screen failed")
        finally:
            self._busy = False


def install_excepthook(window) -> ErrorRelay:
    """Route uncaught exceptions of this process to ``window``; returns the relay."""
    relay = ErrorRelay(window)
    sys.excepthook = relay.handle
    threading.excepthook = lambda args: relay.handle(args.exc_type, args.exc_value, args.exc_traceback)
    return relay

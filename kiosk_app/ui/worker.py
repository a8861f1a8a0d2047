"""One piece of slow work (render, print, store) on a thread of its own, reported back to the UI.

The screens must never wait on a printer, a PDF renderer or a disk: a task
runs :meth:`Worker.work` on a daemon thread, keeps what it returns in
``outcome`` and then emits ``finished``. The signal carries no Python object
across threads; the UI reads ``outcome`` from the task once the queued signal
arrives. An exception in the work becomes the outcome :meth:`Worker.failed`
makes of it, with the traceback in the log: the visitor sees a calm message.
"""

from __future__ import annotations

import logging
import threading

from kiosk_app.ui.qt import QtCore, Signal

log = logging.getLogger(__name__)


class Worker(QtCore.QObject):
    """Base of the kiosk's background tasks; subclasses implement :meth:`work` and :meth:`failed`."""

    finished = Signal()

    def __init__(self, name: str):
        super().__init__()
        self.outcome = None
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    def work(self):
        """The task's work, on the worker thread; returns the outcome."""
        raise NotImplementedError

    def failed(self, exc: Exception):
        """The outcome when :meth:`work` raised ``exc`` (already logged with its traceback)."""
        raise NotImplementedError

    def _run(self) -> None:
        try:
            self.outcome = self.work()
        except Exception as exc:  # noqa: BLE001 - reported calmly, logged in full
            log.exception("%s failed", self._thread.name)
            self.outcome = self.failed(exc)
        self.finished.emit()

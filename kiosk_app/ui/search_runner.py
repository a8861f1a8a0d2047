"""Searches off the UI thread, newest request first.

One worker thread owns the search backend (it opens it, so the index and the
word segmenter load in the background after the first frame). Requests wait
in two one-place slots, one for searches and one for suggestions: a newer
keystroke simply replaces the older request that has not started, and every
answer carries the serial of its request so the screen drops answers to
anything but its latest question. That is what cancelling means here; a
search already running is short (milliseconds) and its answer is discarded.
"""

from __future__ import annotations

import logging
import threading
from typing import Callable

from kiosk_app.ui.qt import QtCore, Signal
from kiosk_app.ui.search_service import ResultPage, SearchRequest

log = logging.getLogger(__name__)


class SearchRunner(QtCore.QObject):
    """Runs searches and suggestions in a worker thread; answers arrive as signals.

    Args:
        backend_factory: opens the backend (called in the worker thread).
    """

    results = Signal(int, object)        # serial, ResultPage
    suggestions = Signal(int, str, object)  # serial, prefix, list[str]
    failed = Signal(int, str)            # serial, message for the log
    ready = Signal(str)                  # backend name, once opened

    def __init__(self, backend_factory: Callable[[], object], parent=None):
        super().__init__(parent)
        self._factory = backend_factory
        self._cond = threading.Condition()
        self._search: tuple[int, SearchRequest] | None = None
        self._suggest: tuple[int, str] | None = None
        self._serial = 0
        self._stopping = False
        self._thread: threading.Thread | None = None
        self.backend_name = ""

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="kiosk-search", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def reopen(self, backend_factory: Callable[[], object]) -> None:
        """Search another backend from now on (a newly synced library).

        Stops the worker, drops requests not yet started, and starts a new
        worker that opens the backend in its own thread. The runner object stays
        the same, so the screens' signal connections survive.
        """
        self.stop()
        with self._cond:
            self._factory = backend_factory
            self._stopping = False
        self.backend_name = ""
        self.cancel()
        self.start()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _next_serial(self) -> int:
        self._serial += 1
        return self._serial

    def search(self, request: SearchRequest) -> int:
        """Queue ``request`` in place of any search not yet started; returns its serial."""
        with self._cond:
            serial = self._next_serial()
            self._search = (serial, request)
            self._cond.notify_all()
        return serial

    def suggest(self, prefix: str) -> int:
        with self._cond:
            serial = self._next_serial()
            self._suggest = (serial, prefix)
            self._cond.notify_all()
        return serial

    def cancel(self) -> None:
        """Forget every request not yet started (a visit ended)."""
        with self._cond:
            self._search = None
            self._suggest = None
            self._serial += 1

    # -- worker thread --------------------------------------------------------------

    def _run(self) -> None:
        backend = None
        try:
            backend = self._factory()
            self.backend_name = getattr(backend, "name", "")
            self.ready.emit(self.backend_name)
        except Exception:  # noqa: BLE001 - logged; requests then fail calmly
            log.exception("search backend could not be opened")
        try:
            while True:
                with self._cond:
                    while not self._stopping and self._search is None and self._suggest is None:
                        self._cond.wait()
                    if self._stopping:
                        return
                    if self._search is not None:
                        job, self._search = ("search", *self._search), None
                    else:
                        job, self._suggest = ("suggest", *self._suggest), None
                self._do(backend, job)
        finally:
            if backend is not None:
                backend.close()

    def _do(self, backend, job) -> None:
        kind, serial, arg = job
        if backend is None:
            self.failed.emit(serial, "search backend unavailable")
            return
        try:
            if kind == "search":
                page: ResultPage = backend.search(arg)
                self.results.emit(serial, page)
            else:
                self.suggestions.emit(serial, arg, backend.suggest(arg, 6))
        except Exception as exc:  # noqa: BLE001 - a bad query must not take the kiosk down
            log.exception("search request %r failed", arg)
            self.failed.emit(serial, f"{type(exc).__name__}: {exc}")

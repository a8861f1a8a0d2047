"""Reopening a newly synced library between visitors, without restarting the kiosk.

The sync client installs a new library version beside the open one and
switches the data directory's ``current`` symlink (:mod:`sync.state`). The
open version stays readable, so the kiosk carries on with it and looks for a
switch only when nobody is using the screen: when a visit ends (idle reset)
and on a timer while the home screen sits untouched. The look is one
``readlink``, so the timer can run often.

A visitor never sees the library change under them: during a visit the check
answers "not now", and the switch is applied when the visit ends.

The watcher also repairs a search index the open library cannot use (built by
an older release, or left out of step with the store by a crash): the kiosk
searches titles meanwhile, the index is rebuilt beside the old one on a
worker thread (minutes for a large library), and search switches to it
between visitors.
"""

from __future__ import annotations

import logging
from pathlib import Path

from kiosk_app.core.libdir import ensure_index
from kiosk_app.core.store import LibraryStore, StoreError
from kiosk_app.ui.qt import QtCore, Qt, Signal
from kiosk_app.ui.search_runner import SearchRunner
from kiosk_app.ui.search_service import open_backend
from kiosk_app.ui.worker import Worker
from sync.state import newer_current

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 30_000
QUIET_SECONDS = 10.0
REPAIR_DELAY_MS = 5_000


def restart_search(runner: SearchRunner, library_dir: Path, region: str) -> None:
    """Make ``runner`` search ``library_dir``: stop its worker, then start one on the new backend.

    The same runner object stays in the context, so the screens' connections
    to its signals survive. Requests not yet started are dropped (none are
    pending between visitors); the new backend opens in the worker thread.
    """
    runner.reopen(lambda: open_backend(library_dir, region))


class IndexRepair(Worker):
    """Rebuilds one library's search index if it does not open or match its store; outcome: rebuilt."""

    def __init__(self, library_dir: Path):
        super().__init__("kiosk-index-repair")
        self.library_dir = Path(library_dir)
        self.outcome = False

    def work(self) -> bool:
        rebuilt = ensure_index(self.library_dir)
        if rebuilt:
            log.info("search index of %s rebuilt", self.library_dir)
        return rebuilt

    def failed(self, exc: Exception) -> bool:
        log.error("search index of %s not rebuilt; searching titles only", self.library_dir)
        return False


class LibraryWatcher(QtCore.QObject):
    """Watches the data directory's ``current`` pointer and reopens the library between visitors.

    Args:
        window: the :class:`~kiosk_app.ui.main_window.MainWindow`; its context
            gives the data directory, the open library and the search runner.
        interval_ms: how often the home screen looks for a switch.
        quiet_seconds: how long the home screen must have been untouched first.
    """

    reopened = Signal(str)   # the new library directory

    def __init__(self, window, *, interval_ms: int = CHECK_INTERVAL_MS,
                 quiet_seconds: float = QUIET_SECONDS):
        super().__init__(window)
        self.window = window
        self.quiet_seconds = quiet_seconds
        self._refused: Path | None = None
        self.repair: IndexRepair | None = None
        self._index_ready: Path | None = None     # rebuilt index, search to switch to between visitors
        self.repair_timer = QtCore.QTimer(self)       # after the first frame, not competing with it
        self.repair_timer.setSingleShot(True)
        self.repair_timer.setInterval(REPAIR_DELAY_MS)
        self.repair_timer.timeout.connect(self.repair_index)
        self.timer = QtCore.QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        window.visit_ended.connect(self._visit_ended)

    def start(self) -> None:
        self.timer.start()
        self.repair_timer.start()

    def repair_index(self) -> None:
        """Check (and if needed rebuild) the open library's index on a worker thread."""
        if self.repair is not None or self.window.ctx.library_dir is None:
            return
        self.repair = IndexRepair(self.window.ctx.library_dir)
        self.repair.finished.connect(self._repaired, Qt.ConnectionType.QueuedConnection)
        self.repair.start()

    def _repaired(self) -> None:
        task, self.repair = self.repair, None
        if task is None:
            return
        if task.outcome and task.library_dir == Path(self.window.ctx.library_dir):
            self._index_ready = task.library_dir
            self.check()
        elif task.library_dir != Path(self.window.ctx.library_dir):
            self.repair_index()          # the library changed meanwhile: look at the new one

    def stop(self) -> None:
        self.timer.stop()
        self.repair_timer.stop()

    def between_visitors(self, *, just_ended: bool = False) -> bool:
        """True when no visitor is using the kiosk: home, no visit under way, untouched for a while.

        Args:
            just_ended: a visit was wiped this instant, so the quiet time is not required.
        """
        w = self.window
        return (w.current_page == "home" and not w.visit.started and not w.visit.admin
                and (just_ended or w.idle.idle_seconds() >= self.quiet_seconds))

    def _visit_ended(self) -> None:
        self.check(just_ended=True)

    def check(self, *, just_ended: bool = False) -> bool:
        """Reopen the library when sync switched ``current`` and no visitor is here.

        Args:
            just_ended: called as a visit ends (the idle reset).

        Returns:
            True when a new library is now open.
        """
        ctx = self.window.ctx
        if not self.between_visitors(just_ended=just_ended):
            return False
        if self._index_ready is not None and self._index_ready == Path(ctx.library_dir):
            self._index_ready = None
            if isinstance(ctx.runner, SearchRunner):
                restart_search(ctx.runner, Path(ctx.library_dir), ctx.settings.region)
                log.info("search switched to the rebuilt index between visitors")
        if ctx.data_dir is None:
            return False
        new = newer_current(ctx.data_dir, ctx.library_dir)
        if new is None or new == self._refused:
            return False
        return self.reopen(new)

    def reopen(self, library_dir: Path) -> bool:
        """Open ``library_dir``, swap it in, close the old store; keep the old one if it fails.

        Returns:
            True when the new library is open; False (logged) when it could not
            be opened, in which case the kiosk keeps showing the old one and does
            not try that directory again until ``current`` moves.
        """
        ctx = self.window.ctx
        try:
            store = LibraryStore.open(library_dir)
        except StoreError as exc:
            log.error("synced library %s not opened, keeping %s: %s", library_dir, ctx.library_dir, exc)
            self._refused = Path(library_dir)
            return False
        self._refused = None
        old_dir = ctx.library_dir
        old = ctx.replace_library(library_dir, store)
        if isinstance(ctx.runner, SearchRunner):
            restart_search(ctx.runner, Path(library_dir), ctx.settings.region)
        self.window.library_replaced()
        self._index_ready = None
        self.repair_index()
        old.close()
        log.info("library switched from %s to %s (version %s) between visitors",
                 old_dir, library_dir, store.meta().get("version"))
        self.reopened.emit(str(library_dir))
        return True

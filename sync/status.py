"""The sync status file the admin screen reads: progress, version, last fault.

One small JSON file in the data directory, replaced atomically, so a reader
never sees half of it. Progress writes are throttled; state changes and
faults are written at once. Every fault also becomes one log line.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import logging
import logging.handlers
import time
from pathlib import Path
from typing import Callable

from kiosk_app.core.fsutil import atomic_write_json, read_json

STATUS_FILE = "sync-status.json"
log = logging.getLogger("sync")


LOG_FILE = "sync.log"


@contextlib.contextmanager
def log_to_data_dir(data_dir: Path):
    """Send the ``sync`` loggers to ``data_dir/sync.log`` for the duration (once per file)."""
    path = (Path(data_dir) / LOG_FILE).resolve()
    if any(getattr(h, "baseFilename", None) == str(path) for h in log.handlers):
        yield
        return
    try:
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3,
                                                       encoding="utf-8")
    except OSError:
        yield
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    handler.setLevel(logging.INFO)
    if log.level == logging.NOTSET or log.level > logging.INFO:
        log.setLevel(logging.INFO)
    log.addHandler(handler)
    try:
        yield
    finally:
        log.removeHandler(handler)
        handler.close()


def read_status(data_dir: str | Path) -> dict:
    """The last status written, or an empty dict before the first sync."""
    data = read_json(Path(data_dir) / STATUS_FILE, {})
    return data if isinstance(data, dict) else {}


def _now_iso(clock: Callable[[], float]) -> str:
    return _dt.datetime.fromtimestamp(clock(), _dt.timezone.utc).astimezone().isoformat(timespec="seconds")


class StatusWriter:
    """Keeps ``sync-status.json`` up to date during one sync.

    Args:
        data_dir: the kiosk data directory.
        clock: seconds since the epoch (injected for tests).
        min_interval: seconds between two progress writes.
    """

    def __init__(self, data_dir: Path, *, clock: Callable[[], float] = time.time,
                 min_interval: float = 0.5):
        self.path = Path(data_dir) / STATUS_FILE
        self.clock = clock
        self.min_interval = min_interval
        self.data = read_status(data_dir)
        self._last_write = 0.0

    def now(self) -> str:
        return _now_iso(self.clock)

    def update(self, **fields) -> None:
        """Merge ``fields`` into the status and write it now."""
        self.data.update(fields)
        self._write()

    def state(self, state: str, message: str = "") -> None:
        """Enter a step (checking, downloading, applying, switching, idle) and log it."""
        self.data.update(state=state, message=message, state_since=self.now())
        if message:
            log.info("%s: %s", state, message)
        self._write()

    def progress(self, *, bytes_done: int | None = None, bytes_total: int | None = None,
                 records_done: int | None = None, records_total: int | None = None,
                 force: bool = False) -> None:
        """Record download/apply progress; written at most every ``min_interval`` seconds."""
        prog = dict(self.data.get("progress") or {})
        for key, value in (("bytes_done", bytes_done), ("bytes_total", bytes_total),
                           ("records_done", records_done), ("records_total", records_total)):
            if value is not None:
                prog[key] = value
        self.data["progress"] = prog
        if force or self.clock() - self._last_write >= self.min_interval:
            self._write()

    def fault(self, kind: str, message: str) -> None:
        """Record a failed sync: one clear line in the status and in the log."""
        line = f"{kind}: {message}"
        log.error("sync failed: %s", line)
        self.data.update(state="error", message=line, state_since=self.now(),
                         last_error={"kind": kind, "message": message, "at": self.now()},
                         last_attempt=self.now())
        self._write()

    def success(self, *, version: int, built_at: str, library_id: str, message: str) -> None:
        log.info("synced: %s", message)
        self.data.update(state="idle", message=message, state_since=self.now(), version=version,
                         version_built_at=built_at, library_id=library_id,
                         last_success=self.now(), last_attempt=self.now(), last_error=None)
        self._write()

    def _write(self) -> None:
        try:
            atomic_write_json(self.path, self.data)
            self._last_write = self.clock()
        except OSError as exc:
            # A full disk must not turn a status update into a second failure.
            log.warning("cannot write %s: %s", self.path, exc)

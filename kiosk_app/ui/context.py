"""Everything the screens need from outside, passed in once.

The kiosk's I/O — library store, search, settings file, usage log, clocks,
speech, printer, network state, sync state, the intake desk for applications and the
way out to the desktop — arrives here as constructor arguments with real
defaults, so tests hand in fakes (a fixed clock, the mock speech engine, a
recording printer) and production passes the real thing.
"""

from __future__ import annotations

import datetime as _dt
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from kiosk_app.core import settings as settings_mod
from kiosk_app.core.settings import Settings
from kiosk_app.core.store import LibraryStore
from kiosk_app.core.usage import UsageLog

log = logging.getLogger(__name__)


def _now() -> _dt.datetime:
    return _dt.datetime.now().astimezone()


def default_route_up() -> bool | None:
    """Whether the machine has a default network route (Linux); None when unknown."""
    try:
        with open("/proc/net/route", encoding="ascii") as fh:
            next(fh, None)
            return any(line.split()[1] == "00000000" for line in fh if len(line.split()) > 1)
    except OSError:
        return None


@dataclass
class KioskContext:
    """The kiosk's dependencies.

    Attributes:
        library_dir: the library directory (store + index).
        store: the library, opened read-only, used on the UI thread.
        settings: current settings; replaced through :meth:`save_settings`.
        settings_path: where settings are saved; None keeps them in memory.
        data_dir: the kiosk's data directory (settings, usage, sync's ``current``
            pointer and status); taken from ``settings_path`` when not given.
        usage: anonymous usage events.
        runner: the search runner (a :class:`~kiosk_app.ui.search_runner.SearchRunner`).
        clock: wall-clock time (dates of consultations, "today" for usage).
        monotonic: seconds for idle timing; tests advance a fake one.
        speech_engine: QtTextToSpeech engine name; None for the platform's default;
            "" disables read-aloud.
        printer: a :class:`~kiosk_app.ui.printing.Printer`.
        online: returns whether the network is up (None: unknown).
        sync_status: returns the sync client's last state as a dict, or None.
        intake: the kiosk's intake desk (a
            :class:`~kiosk_app.core.intake.service.KioskIntake`: applications,
            opinions, status lookup); None when it could not be opened.
        exit_to_desktop: leaves the kiosk (admin only).
    """

    library_dir: Path
    store: LibraryStore
    settings: Settings
    usage: UsageLog
    runner: object
    printer: object
    settings_path: Path | None = None
    clock: Callable[[], _dt.datetime] = _now
    monotonic: Callable[[], float] = time.monotonic
    speech_engine: str | None = None
    online: Callable[[], bool | None] = default_route_up
    sync_status: Callable[[], dict | None] = lambda: None
    exit_to_desktop: Callable[[], None] | None = None
    settings_listeners: list[Callable[[Settings], None]] = field(default_factory=list)
    data_dir: Path | None = None
    intake: object | None = None

    def __post_init__(self) -> None:
        if self.data_dir is None and self.settings_path is not None:
            self.data_dir = Path(self.settings_path).parent

    def calendar(self):
        """The official working-day calendar, with the library's holiday tables (they change with a sync)."""
        from kiosk_app.core.workdays import WorkdayCalendar

        return WorkdayCalendar(self.store.calendar_years())

    def today(self) -> _dt.date:
        return self.clock().date()

    def library_date(self) -> str:
        """Date the library was built, YYYY-MM-DD (empty when unknown)."""
        built = self.store.meta().get("built_at") or ""
        return built[:10]

    def replace_library(self, library_dir: Path, store: LibraryStore) -> LibraryStore:
        """Make ``store`` (opened from ``library_dir``) the library the screens read.

        Returns:
            The store it replaces; the caller closes it once nothing reads it.
        """
        old = self.store
        self.library_dir = Path(library_dir)
        self.store = store
        return old

    def save_settings(self, new: Settings) -> None:
        """Adopt ``new`` settings, write them to the file, and tell the listeners.

        Raises:
            OSError: the settings file could not be written (the old file stays).
        """
        if self.settings_path is not None:
            settings_mod.save(new, self.settings_path)
        self.settings = new
        for listener in list(self.settings_listeners):
            listener(new)

"""Assembling and running the kiosk: application, context, window, guards.

``run`` is what ``python -m kiosk_app`` ends in: it opens the library and the
kiosk's data, shows the window (fullscreen and frameless unless windowed),
starts search in the background after the first frame, and keeps a visitor
inside the application.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from kiosk_app.core import settings as settings_mod
from kiosk_app.core import sd_notify
from kiosk_app.core.store import LibraryStore
from kiosk_app.core.usage import USAGE_FILE, UsageLog
from kiosk_app.ui.context import KioskContext
from kiosk_app.ui.excepthook import install_excepthook
from kiosk_app.ui.guard import KioskGuard
from kiosk_app.ui.i18n import Translations
from kiosk_app.ui.main_window import MainWindow
from kiosk_app.ui.printing import default_printer
from kiosk_app.ui.qt import QtCore, QtGui, QtWidgets, Qt
from kiosk_app.ui.search_runner import SearchRunner
from kiosk_app.ui.search_service import open_backend
from kiosk_app.ui.theme import FONT_FAMILY

log = logging.getLogger(__name__)


def process_age_ms() -> float | None:
    """Milliseconds since this process started (Linux), for the first-frame figure."""
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            start_ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        return (uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000
    except (OSError, ValueError, IndexError):
        return None


def application(argv: list[str] | None = None) -> QtWidgets.QApplication:
    """The QApplication, with the bundled Chinese font as the default face."""
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(argv or [sys.argv[0]])
    app.setApplicationName("disclosure-kiosk")
    app.setStyle("Fusion")
    load_font()
    font = QtGui.QFont(FONT_FAMILY)
    font.setPixelSize(26)
    font.setHintingPreference(QtGui.QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    app.setDoubleClickInterval(250)
    return app


def load_font() -> None:
    """Register the bundled WenQuanYi Micro Hei so the look does not depend on the system."""
    from kiosk_app.paths import resource

    if FONT_FAMILY in QtGui.QFontDatabase.families():
        return
    try:
        path = resource("fonts", "wqy-microhei.ttc")
    except FileNotFoundError:
        log.error("bundled font missing; falling back to the system's fonts")
        return
    if QtGui.QFontDatabase.addApplicationFont(str(path)) < 0:
        log.error("bundled font %s could not be loaded", path)


def build_context(library_dir: Path, data_dir: Path, **overrides) -> KioskContext:
    """Open the library and the kiosk's own files.

    Raises:
        kiosk_app.core.store.StoreError: the library cannot be opened.
        kiosk_app.core.settings.SettingsError: the settings file is invalid.
    """
    store = LibraryStore.open(library_dir)
    settings_path = Path(data_dir) / settings_mod.SETTINGS_FILE
    settings = overrides.pop("settings", None) or settings_mod.load(settings_path)
    usage = overrides.pop("usage", None) or UsageLog(Path(data_dir) / USAGE_FILE)
    region = settings.region
    runner = overrides.pop("runner", None) or SearchRunner(lambda: open_backend(library_dir, region))
    printer = overrides.pop("printer", None) or default_printer(settings.printer_name)
    intake = overrides.pop("intake", None)
    ctx = KioskContext(library_dir=Path(library_dir), store=store, settings=settings, usage=usage,
                       runner=runner, printer=printer, settings_path=settings_path, **overrides)
    ctx.intake = intake if intake is not None else open_intake(ctx, Path(data_dir))
    return ctx


def open_intake(ctx: KioskContext, data_dir: Path):
    """The kiosk's intake desk, or None (the kiosk then explains where else to apply)."""
    from kiosk_app.core.intake.service import IntakeError, KioskIntake

    try:
        intake = KioskIntake.open(data_dir, hall_name=ctx.settings.hall_name, calendar=ctx.calendar,
                                  clock=ctx.clock)
    except IntakeError as exc:
        log.error("on-site applications are off: %s", exc)
        return None
    ctx.settings_listeners.append(lambda new: setattr(intake, "hall_name", new.hall_name))
    return intake


def create_window(ctx: KioskContext, app: QtWidgets.QApplication, *, language: str | None = None,
                  elder: bool = False) -> MainWindow:
    window = MainWindow(ctx, app, Translations(app))
    window.set_language(language or ctx.settings.language)
    window.set_elder(elder)
    return window


def run(library_dir: Path, data_dir: Path, *, windowed: bool = False, language: str | None = None,
        elder: bool = False, size: tuple[int, int] | None = None) -> int:
    """Run the kiosk until staff exit it from the admin screen; returns the exit code."""
    app = application()
    ctx = build_context(library_dir, data_dir)
    window = create_window(ctx, app, language=language, elder=elder)
    ctx.exit_to_desktop = lambda: _exit(window, app)
    guard = KioskGuard(app, allow_escape=windowed)
    app.installEventFilter(guard)
    install_excepthook(window)
    _report_first_frame(window, ctx)
    if windowed:
        window.resize(*(size or (1920, 1080)))
        window.show()
    else:
        window.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        # A kiosk session often runs without a window manager, which is what honours the
        # fullscreen state; cover the screen explicitly as well.
        window.setGeometry(app.primaryScreen().geometry())
        window.showFullScreen()
        app.setOverrideCursor(Qt.CursorShape.BlankCursor)
    window.windowHandle().requestActivate()
    code = app.exec()
    ctx.runner.stop()
    from kiosk_app.ui.screenshot import dispose

    dispose(window)
    ctx.usage.close()
    if ctx.intake is not None:
        ctx.intake.close()
    ctx.store.close()
    return code


def _exit(window: MainWindow, app: QtWidgets.QApplication) -> None:
    log.info("kiosk exited to the desktop from the admin screen")
    window.allow_close = True
    window.close()
    app.quit()


def _report_first_frame(window: MainWindow, ctx: KioskContext) -> None:
    """Log the first frame's time since launch, then start search and idle watching."""

    class FirstPaint(QtCore.QObject):
        def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
            if event.type() == QtCore.QEvent.Type.Paint:
                obj.removeEventFilter(self)
                age = process_age_ms()
                log.info("first frame %s ms after launch", f"{age:.0f}" if age is not None else "?")
                QtCore.QTimer.singleShot(0, window.start)
                QtCore.QTimer.singleShot(0, ctx.runner.start)
                _start_watchdog(window)
            return False

    window._first_paint = FirstPaint(window)  # kept alive with the window
    window.installEventFilter(window._first_paint)



def _start_watchdog(window: MainWindow) -> None:
    """Tell systemd the kiosk is up, then ping its watchdog from the UI thread.

    The timer runs on the event loop, so a hung UI stops the pings and systemd
    restarts the kiosk. Outside systemd (no NOTIFY_SOCKET) nothing is sent.
    """
    sd_notify.notify_ready("first frame shown")
    dog = sd_notify.Watchdog()
    if not dog.enabled:
        return
    timer = QtCore.QTimer(window)
    timer.setInterval(int(dog.interval * 1000))
    timer.timeout.connect(dog.ping)
    timer.start()
    dog.ping()
    # Qt holds a bound method's owner weakly: keep both alive with the window.
    window._watchdog_timer = timer
    window._watchdog = dog

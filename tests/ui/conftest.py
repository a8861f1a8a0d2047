"""The real kiosk window over a temp copy of the sample library, with injected clocks and devices."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from kiosk_app.core.settings import Settings
from kiosk_app.core.usage import UsageLog

HERE = Path(__file__).resolve().parent

# The offscreen platform's default screen is 800×600. The kiosk window is 1920×1080 (or 1080×1920),
# and Qt hit-tests global positions against the screen (a kinetic list replays a tap there), so
# tests get one 1920×1920 screen that holds both orientations.
if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={HERE / 'offscreen-screen.json'}"

# Messages of the platform, not of the kiosk: QtMultimedia (loaded by QtTextToSpeech) probing for
# PipeWire, and the offscreen plugin lacking size hints. Every other Qt warning fails a test.
PLATFORM_NOISE = ("pipewire", "propagateSizeHints")


def pytest_collection_modifyitems(items):
    for item in items:
        if HERE in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(*PLATFORM_NOISE))


NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))


class FakeClock:
    """Monotonic seconds that move only when a test says so."""

    def __init__(self, start: float = 1000.0):
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(scope="session")
def sample_library(tmp_path_factory) -> Path:
    """The bundled sample, built once per session into a temp directory (a copy, never the user's)."""
    from kiosk_app.core.sample import ensure_sample_library, sample_source

    try:
        sample_source()
    except FileNotFoundError:
        pytest.skip("the bundled sample library is not there yet")
    built = ensure_sample_library(tmp_path_factory.mktemp("kiosk-data"))
    copy = tmp_path_factory.mktemp("library") / "lib"
    shutil.copytree(built, copy)
    return copy


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def make_kiosk(qtbot, library: Path, data: Path, clock: FakeClock, *, settings: Settings | None = None,
               size=(1920, 1080), speech_engine: str = "mock", printer=None):
    from kiosk_app.ui.app import application, build_context, create_window
    from kiosk_app.ui.printing import DirectoryPrinter

    app = application()
    settings = settings or Settings({"speech_voice": "Anne"})
    usage = UsageLog(data / "usage.sqlite", clock=lambda: NOW)
    ctx = build_context(library, data, settings=settings, usage=usage,
                        printer=printer or DirectoryPrinter(data / "spool"),
                        clock=lambda: NOW, monotonic=clock, speech_engine=speech_engine)
    ctx.runner.start()
    window = create_window(ctx, app)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: ctx.runner.backend_name != "", timeout=20000)
    return window


@pytest.fixture
def kiosk(qtbot, sample_library, tmp_path, clock):
    window = make_kiosk(qtbot, sample_library, tmp_path, clock)
    yield window
    shutdown(window)


def shutdown(window) -> None:
    """Close and delete the window before its library, as the kiosk does on exit."""
    from kiosk_app.ui.qt import QtCore, QtWidgets

    ctx = window.ctx
    window.stop()
    ctx.runner.stop()
    window.allow_close = True
    window.close()
    window.deleteLater()
    QtWidgets.QApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
    ctx.usage.close()
    ctx.store.close()

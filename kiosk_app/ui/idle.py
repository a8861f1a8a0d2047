"""Idle detection: a countdown before the visit is wiped, and the attract loop at home.

Any touch, key or input-method event anywhere in the application counts as
activity. Time comes from an injected monotonic clock and the check runs on a
timer tick, so tests advance a fake clock and call :meth:`IdleWatcher.tick`
instead of waiting.
"""

from __future__ import annotations

from typing import Callable

from kiosk_app.ui.qt import QtCore, Signal

_ACTIVITY = {
    QtCore.QEvent.Type.MouseButtonPress, QtCore.QEvent.Type.MouseButtonRelease,
    QtCore.QEvent.Type.TouchBegin, QtCore.QEvent.Type.TouchUpdate, QtCore.QEvent.Type.KeyPress,
    QtCore.QEvent.Type.Wheel, QtCore.QEvent.Type.InputMethod,
}


class IdleWatcher(QtCore.QObject):
    """Signals ``countdown(seconds_left)`` near the limit, ``timed_out`` at it, ``resumed`` on touch.

    Args:
        clock: monotonic seconds.
        timeout: seconds without activity before the visit ends.
        countdown: seconds of visible countdown before that.
        attract_after: seconds without activity at home before the attract loop.
        at_home: tells whether the home screen is showing (for the attract loop).
    """

    countdown = Signal(int)
    timed_out = Signal()
    resumed = Signal()
    attract = Signal()

    def __init__(self, clock: Callable[[], float], timeout: int, countdown: int, attract_after: int,
                 at_home: Callable[[], bool], parent=None, tick_ms: int = 250):
        super().__init__(parent)
        self._clock = clock
        self._at_home = at_home
        self.configure(timeout, countdown, attract_after)
        self._last = clock()
        self._counting = False
        self._attracting = False
        self._timer = QtCore.QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)

    def configure(self, timeout: int, countdown: int, attract_after: int) -> None:
        self.timeout = max(5, int(timeout))
        self.countdown_seconds = max(1, min(int(countdown), self.timeout - 1))
        self.attract_after = max(5, int(attract_after))

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def counting_down(self) -> bool:
        return self._counting

    def idle_seconds(self) -> float:
        return self._clock() - self._last

    def poke(self) -> None:
        """Activity: restart the idle time; end a countdown or attract loop in progress."""
        self._last = self._clock()
        if self._counting or self._attracting:
            self._counting = self._attracting = False
            self.resumed.emit()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() in _ACTIVITY:
            self.poke()
        return False

    def tick(self) -> None:
        idle = self.idle_seconds()
        if self._at_home():
            if self._counting:
                self._counting = False
                self.resumed.emit()
            if not self._attracting and idle >= self.attract_after:
                self._attracting = True
                self.attract.emit()
            return
        if idle >= self.timeout:
            self._counting = False
            self._last = self._clock()
            self.timed_out.emit()
        elif idle >= self.timeout - self.countdown_seconds:
            self._counting = True
            self.countdown.emit(int(self.timeout - idle + 0.999))

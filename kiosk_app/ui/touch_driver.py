"""Driving the real kiosk window the way a finger does: taps, and the Qt Virtual Keyboard's keys.

For the smoke test of a build (:mod:`kiosk_app.ui.smoke`) and the tests that
type on the real on-screen keyboard: events are sent to the widgets and to
the keyboard's QML key items, so the keyboard's own touch handling, the pinyin
engine and the commit into the focused field all run. The keyboard only
exists when ``QT_IM_MODULE=qtvirtualkeyboard`` was set before the
application started.
"""

from __future__ import annotations

import time
from typing import Callable

UI_TIMEOUT = 20.0


class StepFailed(Exception):
    """A smoke-test step found the build wanting; the message is the one line shown."""


def wait_until(predicate: Callable[[], bool], timeout: float) -> bool:
    """Run the Qt event loop until ``predicate`` holds or ``timeout`` seconds pass."""
    from kiosk_app.ui.qt import QtCore

    end = time.monotonic() + timeout
    loop = QtCore.QEventLoop()
    while True:
        if predicate():
            return True
        if time.monotonic() >= end:
            return False
        QtCore.QTimer.singleShot(20, loop.quit)
        loop.exec()


class VirtualKeyboard:
    """The Qt Virtual Keyboard's panel, driven with taps the way a visitor's finger does.

    The panel is QML in a window of its own (``QtVirtualKeyboard::InputView``);
    keys are found by their ``text`` property and tapped with mouse press and
    release events at their centre, so the keyboard's own touch handling, the
    pinyin engine and the commit into the focused widget all run.
    """

    VIEW_CLASS = "QtVirtualKeyboard::InputView"

    def __init__(self, window, field, what: str = "search field"):
        self.window = window
        self.field = field
        self.what = what                # named in the message when the keyboard does not open
        self.view = None
        self.panel = None
        self.layout_name = ""

    def open(self) -> None:
        from PySide6 import QtQuick  # noqa: F401 - the keyboard is QML: its windows need the QtQuick wrappers
        from kiosk_app.ui.qt import QtGui

        self.field.setFocus()
        im = QtGui.QGuiApplication.inputMethod()
        # The platform input context creates its view when an input field first takes focus.
        if not wait_until(lambda: keyboard_view() is not None, UI_TIMEOUT):
            raise StepFailed("the input context is not the Qt Virtual Keyboard (no InputView window after "
                             f"focusing a field; QT_IM_MODULE={os.environ.get('QT_IM_MODULE')!r}, "
                             "is platforminputcontexts/libqtvirtualkeyboardplugin bundled?)")
        self.view = keyboard_view()
        if QtGui.QGuiApplication.platformName() == "offscreen":
            # The offscreen platform activates every window it shows, ignoring
            # WindowDoesNotAcceptFocus; the panel would take the focus from the
            # field and hide at once. On a real display this does not happen.
            # A tool-tip type is the one kind offscreen leaves inactive.
            from kiosk_app.ui.qt import Qt

            flags = self.view.flags() & ~Qt.WindowType.WindowType_Mask
            self.view.setFlags(flags | Qt.WindowType.ToolTip)
        self.window.windowHandle().requestActivate()
        wait_until(lambda: self.field.hasFocus(), 2)
        tap_widget(self.field)                     # a visitor taps the field: the panel opens
        if not wait_until(im.isVisible, 5):
            im.show()
        if not wait_until(lambda: im.isVisible() and self.view.isVisible(), UI_TIMEOUT):
            raise StepFailed(f"tapping the {self.what} did not open the virtual keyboard")
        self.panel = self.view.rootObject()
        if self.panel is None or not wait_until(lambda: self.panel.property("active") is True, UI_TIMEOUT):
            raise StepFailed("the keyboard window opened but its InputPanel is not active")
        if not wait_until(lambda: bool(self.keys()), UI_TIMEOUT):
            raise StepFailed("the keyboard panel has no keys (layouts plugin missing?)")
        # The panel slides in; a tap during the slide lands where a key no longer is.
        if not wait_still(lambda: (im.isAnimating(), im.keyboardRectangle(), self.panel.property("y"))):
            raise StepFailed("the keyboard panel kept moving")
        self.layout_name = im.locale().name()

    def keys(self) -> dict[str, object]:
        found: dict[str, object] = {}
        for item in quick_items(self.panel):
            mo = item.metaObject()
            if (mo.className().startswith("Key_") and mo.indexOfProperty("text") >= 0
                    and item.isVisible() and item.property("text")):
                found.setdefault(item.property("text"), item)
        return found

    def candidate_list(self):
        for item in quick_items(self.panel):
            if item.objectName() == "wordCandidateView":
                return item
        raise StepFailed("the keyboard has no word candidate list")

    def candidates(self) -> list[str]:
        from kiosk_app.ui.qt import Qt

        model = self.candidate_list().property("model")
        if model is None:
            return []
        return [model.data(model.index(i, 0), Qt.ItemDataRole.DisplayRole)
                for i in range(min(model.rowCount(), 10))]

    def type_pinyin(self, letters: str, word: str) -> list[str]:
        """Tap the keys of ``letters``, then wait for the pinyin engine to offer ``word``; the candidates."""
        self.type_keys(letters)
        wait_until(lambda: word in self.candidates(), UI_TIMEOUT)
        return self.candidates()

    def type_keys(self, text: str) -> None:
        """Tap the key of each character of ``text`` on the layout shown (letters, or the digit layouts).

        Raises:
            StepFailed: the layout shown has no key for a character.
        """
        keys = self.keys()
        for char in text:
            if char not in keys:
                raise StepFailed(f"the keyboard layout {self.layout_name} has no key {char!r}")
            self.tap(keys[char])

    def tap_candidate(self, word: str) -> None:
        """Tap ``word`` in the candidate list above the keys (it must be on screen, as for a finger).

        Raises:
            StepFailed: no candidate shown reads ``word``.
        """
        view = self.candidate_list()
        left, width = view.property("contentX") or 0.0, view.width()
        for item in view.property("contentItem").childItems():
            if not (item.metaObject().className().startswith("SelectionListItem") and item.isVisible()):
                continue
            texts = [t.property("text") for t in quick_items(item) if t.metaObject().indexOfProperty("text") >= 0]
            if word in texts and left <= item.x() and item.x() + item.width() <= left + width:
                self.tap(item)
                return
        raise StepFailed(f"the candidate list does not show {word!r} (it offers {self.candidates()!r})")

    def tap_special(self, kind: str) -> None:
        """Tap a key without text by its QML type: ``EnterKey``, ``HideKeyboardKey``, ``BackspaceKey`` ...

        Raises:
            StepFailed: the layout shown has no such key.
        """
        for item in quick_items(self.panel):
            if item.metaObject().className().startswith(kind + "_") and item.isVisible():
                self.tap(item)
                return
        raise StepFailed(f"the keyboard layout {self.layout_name} has no {kind}")

    def tap_first_candidate(self) -> str:
        expected = self.candidates()[0]
        view = self.candidate_list()
        shown = [c for c in view.property("contentItem").childItems()
                 if c.metaObject().className().startswith("SelectionListItem") and c.isVisible()]
        if not shown:
            raise StepFailed("the candidate list shows no candidates")
        self.tap(min(shown, key=lambda c: c.x()))
        return expected

    def tap(self, item) -> None:
        from kiosk_app.ui.qt import QtCore

        centre = item.mapToScene(QtCore.QPointF(item.width() / 2, item.height() / 2))
        send_tap(self.view, centre, self.view.mapToGlobal(centre))
        wait_until(lambda: False, 0.03)


def release_keyboard() -> None:
    """Hide the keyboard and delete its QML panel while the application still exists.

    Left to interpreter shutdown, the panel's image cache outlives the
    QGuiApplication and Qt aborts ("Must construct a QGuiApplication before a
    QPixmap"), turning a passed run into exit status 134.
    """
    from kiosk_app.ui.qt import QtGui

    im = QtGui.QGuiApplication.inputMethod()
    im.hide()
    view = keyboard_view()
    if view is not None and view.rootObject() is not None:
        view.rootObject().deleteLater()
    wait_until(lambda: False, 0.1)


def wait_still(state: Callable[[], tuple], still_for: float = 0.3) -> bool:
    """Wait until ``state()`` (whose first item is "animating") stays the same for ``still_for`` seconds."""
    end = time.monotonic() + UI_TIMEOUT
    last, since = None, time.monotonic()
    while time.monotonic() < end:
        now = state()
        if now != last or now[0]:
            last, since = now, time.monotonic()
        elif time.monotonic() - since >= still_for:
            return True
        wait_until(lambda: False, 0.05)
    return False


def hide_keyboard() -> None:
    from kiosk_app.ui.qt import QtGui

    QtGui.QGuiApplication.inputMethod().hide()
    view = keyboard_view()
    wait_until(lambda: view is None or not view.isVisible(), UI_TIMEOUT)


def keyboard_view():
    from kiosk_app.ui.qt import QtGui

    for win in QtGui.QGuiApplication.topLevelWindows():
        if win.metaObject().className() == VirtualKeyboard.VIEW_CLASS and hasattr(win, "rootObject"):
            return win
    return None


def quick_items(root):
    stack = [root]
    while stack:
        item = stack.pop()
        yield item
        stack.extend(item.childItems())


def send_tap(target, pos, global_pos) -> None:
    from kiosk_app.ui.qt import QtCore, QtGui, QtWidgets, Qt

    for kind, buttons in ((QtCore.QEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton),
                          (QtCore.QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton)):
        event = QtGui.QMouseEvent(kind, pos, pos, global_pos, Qt.MouseButton.LeftButton, buttons,
                                  Qt.KeyboardModifier.NoModifier)
        QtWidgets.QApplication.sendEvent(target, event)
        wait_until(lambda: False, 0.02)


def tap_widget(widget) -> None:
    from kiosk_app.ui.qt import QtCore

    pos = QtCore.QPointF(widget.rect().center())
    send_tap(widget, pos, QtCore.QPointF(widget.mapToGlobal(widget.rect().center())))

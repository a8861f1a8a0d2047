"""Touching the kiosk the way a person does: find a real widget, tap it."""

from __future__ import annotations

from kiosk_app.ui.qt import QtCore, QtGui, QtWidgets, Qt


def find(window, cls, name: str):
    widget = window.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name!r} on screen"
    return widget


def tap(qtbot, widget) -> None:
    """Press and release on the middle of ``widget`` (it must be visible)."""
    QtWidgets.QApplication.processEvents()   # widgets added to a shown layout appear on the next pass
    assert widget.isVisible(), f"{widget.objectName() or widget} is not visible"
    assert widget.isEnabled(), f"{widget.objectName() or widget} is disabled"
    scroll_into_view(widget)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def scroll_into_view(widget) -> None:
    """Scroll every enclosing scroll area so ``widget`` is on screen (as a finger would first)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QtWidgets.QScrollArea):
            parent.ensureWidgetVisible(widget, 10, 10)
        parent = parent.parentWidget()
    QtWidgets.QApplication.processEvents()


def tap_button(qtbot, window, name: str) -> None:
    tap(qtbot, find(window, QtWidgets.QAbstractButton, name))


def tap_row(qtbot, view: QtWidgets.QListView, row: int) -> None:
    index = view.model().index(row, 0)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def type_text(qtbot, field: QtWidgets.QLineEdit, text: str) -> None:
    """Type ``text`` as committed input (what the pinyin keyboard sends for Chinese)."""
    field.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClick(field, ch)
        else:
            QtWidgets.QApplication.sendEvent(field, commit_event(ch))


def commit_event(text: str) -> QtGui.QInputMethodEvent:
    """The event an input method sends when the visitor picks a candidate."""
    event = QtGui.QInputMethodEvent()
    event.setCommitString(text)
    return event


def visible_buttons(window, text: str):
    return [b for b in window.findChildren(QtWidgets.QPushButton) if b.isVisible() and text in b.text()]


def wait_page(qtbot, window, name: str) -> None:
    qtbot.waitUntil(lambda: window.current_page == name, timeout=5000)


def point(widget) -> QtCore.QPoint:
    return widget.rect().center()

"""A box that places widgets left to right and wraps to the next line (chips, suggestions).

It is a widget that positions its children itself rather than a Python
QLayout subclass: PySide6 6.12 corrupts the reference count of ``None`` when a
Python ``QLayout.itemAt`` returns None past the last item (which Qt asks for
on every layout pass), and the interpreter aborts after a few thousand passes.
"""

from __future__ import annotations

from kiosk_app.ui.qt import QtCore, QtWidgets


class FlowBox(QtWidgets.QWidget):
    """Wrapping rows of child widgets; its height follows its width."""

    def __init__(self, parent=None, spacing: int = 12):
        super().__init__(parent)
        self._items: list[QtWidgets.QWidget] = []
        self._spacing = spacing
        policy = QtWidgets.QSizePolicy(QtWidgets.QSizePolicy.Policy.Preferred,
                                       QtWidgets.QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add_widget(self, widget: QtWidgets.QWidget) -> None:
        widget.setParent(self)
        self._items.append(widget)
        widget.show()
        self._changed()

    def remove_widget(self, widget: QtWidgets.QWidget) -> None:
        if widget in self._items:
            self._items.remove(widget)
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
            self._changed()

    def clear(self) -> None:
        for widget in list(self._items):
            self.remove_widget(widget)

    def widgets(self) -> list[QtWidgets.QWidget]:
        return list(self._items)

    def set_spacing(self, spacing: int) -> None:
        self._spacing = spacing
        self._changed()

    def _changed(self) -> None:
        self.updateGeometry()
        self._place(self.width(), move=True)

    def updateGeometry(self) -> None:  # noqa: N802 - Qt API
        """Children's texts changed: place them again as well."""
        super().updateGeometry()
        self._place(self.width(), move=True)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._place(width, move=False)

    def sizeHint(self) -> QtCore.QSize:  # noqa: N802 - Qt API
        width = max(self.width(), 400)
        return QtCore.QSize(width, self._place(width, move=False))

    def minimumSizeHint(self) -> QtCore.QSize:  # noqa: N802 - Qt API
        widest = max((w.sizeHint().width() for w in self._visible()), default=0)
        return QtCore.QSize(min(widest, 200), self._place(max(self.width(), 1), move=False))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._place(event.size().width(), move=True)
        super().resizeEvent(event)

    def _visible(self):
        return [w for w in self._items if not w.isHidden()]

    def _place(self, width: int, *, move: bool) -> int:
        x = y = line = 0
        width = max(1, width)
        for widget in self._visible():
            hint = widget.sizeHint()
            w = min(hint.width(), width)
            if x and x + w > width:
                x, y, line = 0, y + line + self._spacing, 0
            if move:
                widget.setGeometry(x, y, w, hint.height())
            x += w + self._spacing
            line = max(line, hint.height())
        return y + line

"""Small building blocks shared by the screens: buttons, labels, cards, layouts.

Buttons take no keyboard focus, so tapping one never takes the text cursor
(and the on-screen keyboard) away from the field being typed in.
"""

from __future__ import annotations

from kiosk_app.ui.qt import QtCore, QtWidgets, Qt


def button(text: str = "", *, primary: bool = False, chip: bool = False, tab: bool = False,
           row: bool = False, checkable: bool = False, name: str = "") -> QtWidgets.QPushButton:
    """A touch button; ``primary`` fills it with the accent colour, ``chip`` makes a pill."""
    btn = QtWidgets.QPushButton(text)
    btn.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    btn.setCheckable(checkable or chip or tab)
    if primary:
        btn.setProperty("primary", True)
    if chip:
        btn.setProperty("chip", True)
    if tab:
        btn.setProperty("tab", True)
    if row:
        btn.setProperty("row", True)
    if name:
        btn.setObjectName(name)
    btn.setAutoDefault(False)
    return btn


def label(text: str = "", *, role: str = "", wrap: bool = True, name: str = "",
          selectable: bool = False) -> QtWidgets.QLabel:
    """A label; ``role`` picks a style (title, display, muted, section)."""
    lab = QtWidgets.QLabel(text)
    lab.setWordWrap(wrap)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        lab.setProperty("role", role)
    if name:
        lab.setObjectName(name)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return lab


def rich_label(html: str = "", *, role: str = "", name: str = "") -> QtWidgets.QLabel:
    """A wrapping label for rich text (paragraphs with line spacing)."""
    lab = label("", role=role, name=name)
    lab.setTextFormat(Qt.TextFormat.RichText)
    lab.setText(html)
    return lab


def card(parent: QtWidgets.QWidget | None = None, *, margins: int = 24,
         spacing: int = 12) -> tuple[QtWidgets.QFrame, QtWidgets.QVBoxLayout]:
    """A white card with a border; returns the frame and its vertical layout."""
    frame = QtWidgets.QFrame(parent)
    frame.setProperty("card", True)
    lay = QtWidgets.QVBoxLayout(frame)
    lay.setContentsMargins(margins, margins, margins, margins)
    lay.setSpacing(spacing)
    return frame, lay


def clear_layout(layout: QtWidgets.QLayout) -> None:
    """Remove and delete every item of ``layout`` (widgets and nested layouts)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())
            item.layout().deleteLater()


def scroll_area(content: QtWidgets.QWidget) -> QtWidgets.QScrollArea:
    """A frameless, kinetic vertical scroll area around ``content``."""
    from kiosk_app.ui.widgets.touch import make_kinetic

    area = QtWidgets.QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
    area.setWidget(content)
    make_kinetic(area)
    return area


def html_escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def paragraph_html(text: str, line_height: int) -> str:
    """Plain text as HTML paragraphs with the given line spacing (percent)."""
    paras = [p for p in text.split("\n") if p.strip()]
    return "".join(f'<p style="line-height:{line_height}%; margin:0 0 6px 0">{html_escape(p)}</p>'
                   for p in paras)


class HSpacer(QtWidgets.QWidget):
    """An expanding horizontal gap."""

    def __init__(self):
        super().__init__()
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Preferred)
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_TransparentForMouseEvents)


class LayoutButton(QtWidgets.QPushButton):
    """A button whose content is a layout of labels; its height follows the wrapped text."""

    def __init__(self):
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Minimum)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return self.layout() is not None

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return max(self.minimumHeight(), self.layout().totalHeightForWidth(width))

    def sizeHint(self):  # noqa: N802 - Qt API
        return self.layout().totalSizeHint() if self.layout() else super().sizeHint()

    def minimumSizeHint(self):  # noqa: N802 - Qt API
        return self.layout().totalMinimumSize() if self.layout() else super().minimumSizeHint()


class WrapButton(LayoutButton):
    """A full-width row button whose text wraps instead of being cut (long titles, elder mode)."""

    def __init__(self, text: str, *, checkable: bool = False, indent: int = 0):
        super().__init__()
        self.setProperty("row", True)
        self.setCheckable(checkable)
        lay = QtWidgets.QHBoxLayout(self)
        lay.setContentsMargins(indent, 0, 0, 0)
        self.text_label = QtWidgets.QLabel(text)
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.text_label.setStyleSheet("background: transparent; border: none; padding: 10px 0;")
        lay.addWidget(self.text_label)
        self.setAccessibleName(text)

    def text(self) -> str:  # the label holds the text, not the button
        return self.text_label.text()


def wrap_button(text: str, *, checkable: bool = False, indent: int = 0) -> WrapButton:
    return WrapButton(text, checkable=checkable, indent=indent)

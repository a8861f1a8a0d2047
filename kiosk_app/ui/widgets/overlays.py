"""Full-window layers over the screens: the idle countdown and calm messages.

An overlay is a child of the main window that covers it (the window keeps
its geometry in step on resize), dims what is below and holds one centred card. It takes every touch while shown, so nothing
beneath can be pressed by accident.
"""

from __future__ import annotations

from kiosk_app.ui.qt import QtWidgets, Qt, Signal, translate
from kiosk_app.ui.widgets.controls import button, label


class Overlay(QtWidgets.QWidget):
    """A dimmed layer with a centred card; shown over the whole parent."""

    def __init__(self, parent: QtWidgets.QWidget):
        super().__init__(parent)
        self.setObjectName("Overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QtWidgets.QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card = QtWidgets.QFrame()
        self.card.setObjectName("OverlayCard")
        self.card.setMaximumWidth(1000)
        self.card.setMinimumWidth(760)
        self.body = QtWidgets.QVBoxLayout(self.card)
        self.body.setContentsMargins(56, 48, 56, 48)
        self.body.setSpacing(28)
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignCenter)
        self.hide()

    def open(self) -> None:
        self.setGeometry(self.parent().rect())
        self.show()
        self.raise_()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        event.accept()


class CountdownOverlay(Overlay):
    """"还有 N 秒返回首页" with a big number and a button to carry on."""

    keep_going = Signal()

    def __init__(self, parent):
        super().__init__(parent)
        self.number = label("", role="display", wrap=False, name="CountdownNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = label("", role="title")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = label("", role="muted")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = button("", primary=True, name="KeepGoing")
        self.button.clicked.connect(self.keep_going)
        for w in (self.number, self.message, self.hint, self.button):
            self.body.addWidget(w)
        self._seconds = 0
        self.retranslate()

    def set_seconds(self, seconds: int) -> None:
        self._seconds = seconds
        self.number.setText(str(seconds))
        self.retranslate()

    def retranslate(self) -> None:
        self.message.setText(translate("Countdown", "还在使用吗？"))
        self.hint.setText(translate("Countdown", "{0} 秒后返回首页，本次查询和浏览的内容将全部清除。")
                          .format(self._seconds))
        self.button.setText(translate("Countdown", "继续使用"))


class MessageOverlay(Overlay):
    """A calm message with one button; ``closed`` fires when it is dismissed."""

    closed = Signal()

    def __init__(self, parent):
        super().__init__(parent)
        self.title = label("", role="title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = label("")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = button("", primary=True, name="MessageOk")
        self.button.clicked.connect(self.dismiss)
        for w in (self.title, self.text, self.button):
            self.body.addWidget(w)

    def show_message(self, title: str, text: str, button_text: str = "") -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.button.setText(button_text or translate("Message", "知道了"))
        self.open()

    def dismiss(self) -> None:
        if self.isVisible():
            self.hide()
            self.closed.emit()


class BusyOverlay(Overlay):
    """"正在打印…" while a job runs; no button (it closes itself)."""

    def __init__(self, parent):
        super().__init__(parent)
        self.text = label("", role="title")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.addWidget(self.text)

    def show_text(self, text: str) -> None:
        self.text.setText(text)
        self.open()

"""The opinion screen's other steps: check what will be sent, the confirmation, and a polite refusal."""

from __future__ import annotations

from kiosk_app.ui.qt import QtWidgets, Qt
from kiosk_app.ui.widgets.controls import card, clear_layout, label


def centred(outer: QtWidgets.QVBoxLayout, frame: QtWidgets.QFrame) -> None:
    """Place ``frame`` in the upper middle of ``outer``, as wide as it may be (wrapped text keeps its height)."""
    row = QtWidgets.QHBoxLayout()
    row.addStretch(1)
    row.addWidget(frame, 20)
    row.addStretch(1)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)


class ReviewView(QtWidgets.QWidget):
    """"请核对": every value that will be sent, as typed, before the visitor confirms."""

    def __init__(self):
        super().__init__()
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.heading = label("", role="title", name="ReviewHeading")
        self.intro = label("", role="muted")
        self.frame, fl = card()
        self.grid = QtWidgets.QGridLayout()
        fl.addLayout(self.grid)
        self.error = label("", name="SubmitError")
        self.error.hide()
        for w in (self.heading, self.intro, self.frame, self.error):
            lay.addWidget(w)
        lay.addStretch(1)
        self.lay = lay
        self.values: dict[str, QtWidgets.QLabel] = {}

    def show_rows(self, rows: list[tuple[str, str, str]]) -> None:
        """``rows`` of (key, caption, value); a key names the value label (``Review_<key>``)."""
        clear_layout(self.grid)
        self.values = {}
        for i, (key, caption, value) in enumerate(rows):
            k = label(caption, role="muted", wrap=False)
            v = label(value, name=f"Review_{key}")
            v.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            self.grid.addWidget(k, i, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(v, i, 1)
            self.values[key] = v
        self.grid.setColumnStretch(1, 1)
        self.set_error("")

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def apply_theme(self, theme) -> None:
        self.lay.setSpacing(theme.px(18))
        self.grid.setHorizontalSpacing(theme.px(28))
        self.grid.setVerticalSpacing(theme.px(14))
        self.error.setStyleSheet(f"color: {theme.palette.danger}; font-weight: bold;")


class DoneView(QtWidgets.QWidget):
    """The confirmation: thanks, the tracking code in large type, and where to look it up."""

    def __init__(self):
        super().__init__()
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.frame, lay = card()
        self.frame.setMaximumWidth(1100)
        self.title = label("", role="title", name="DoneTitle")
        self.thanks = label("", name="DoneThanks")
        self.code_caption = label("", role="muted")
        self.code = label("", role="display", wrap=False, name="DoneCode")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.hint = label("", name="DoneHint")
        for w in (self.title, self.thanks, self.code_caption, self.code, self.hint):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lay.addWidget(w)
        self.lay = lay
        centred(outer, self.frame)

    def show_code(self, title: str, thanks: str, caption: str, code: str, hint: str) -> None:
        self.title.setText(title)
        self.thanks.setText(thanks)
        self.code_caption.setText(caption)
        self.code.setText(code)
        self.hint.setText(hint)

    def apply_theme(self, theme) -> None:
        m = theme.px(48)
        self.lay.setContentsMargins(m, m, m, m)
        self.lay.setSpacing(theme.px(20))
        self.code.setStyleSheet(f"font-size: {theme.px(64)}px; letter-spacing: {theme.px(4)}px;")


class RefusedView(QtWidgets.QWidget):
    """Why no opinion can be taken now (the consultation is closed or not open yet)."""

    def __init__(self):
        super().__init__()
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.frame, lay = card()
        self.frame.setMaximumWidth(1100)
        self.title = label("", role="title", name="RefusedTitle")
        self.text = label("", name="RefusedText")
        for w in (self.title, self.text):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lay.addWidget(w)
        self.lay = lay
        centred(outer, self.frame)

    def show_text(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.text.setText(text)

    def apply_theme(self, theme) -> None:
        m = theme.px(48)
        self.lay.setContentsMargins(m, m, m, m)
        self.lay.setSpacing(theme.px(20))

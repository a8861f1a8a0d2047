"""The attract loop: while nobody uses the kiosk, the latest policies rotate; a touch starts."""

from __future__ import annotations

from kiosk_app.ui.qt import QtCore, QtWidgets, Qt, Signal
from kiosk_app.ui.widgets import icons
from kiosk_app.ui.widgets.controls import label
from kiosk_app.ui.widgets.doc_row import meta_line

ROTATE_MS = 7000
ITEMS = 8


class AttractOverlay(QtWidgets.QWidget):
    """Covers the window; any touch hides it (and does nothing else)."""

    dismissed = Signal()

    def __init__(self, parent: QtWidgets.QWidget, ctx):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("Attract")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(96, 80, 96, 80)
        lay.setSpacing(36)
        self.hall = label("", name="AttractHall")
        self.hall.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hall.setStyleSheet("font-size: 52px; font-weight: bold;")
        self.tagline = label("", name="AttractTagline")
        self.tagline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tagline.setStyleSheet("font-size: 30px;")
        self.card = QtWidgets.QFrame()
        self.card.setObjectName("AttractCard")
        card_lay = QtWidgets.QVBoxLayout(self.card)
        card_lay.setContentsMargins(56, 40, 56, 40)
        card_lay.setSpacing(18)
        self.kicker = label("", name="AttractKicker")
        self.kicker.setStyleSheet("font-size: 26px;")
        self.doc_title = label("", name="AttractDocTitle")
        self.doc_title.setStyleSheet("font-size: 40px; font-weight: bold;")
        self.doc_meta = label("", name="AttractDocMeta")
        self.doc_meta.setStyleSheet("font-size: 26px;")
        self.dots = label("", name="AttractDots")
        self.dots.setStyleSheet("font-size: 26px;")
        for w in (self.kicker, self.doc_title, self.doc_meta, self.dots):
            card_lay.addWidget(w)
        self.touch_icon = QtWidgets.QLabel()
        self.touch_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.touch_icon.setPixmap(icons.pixmap("touch", "#ffffff", 120, 1.4))
        self.start_hint = label("", name="AttractStart")
        self.start_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_hint.setStyleSheet("font-size: 44px; font-weight: bold;")
        lay.addStretch(1)
        lay.addWidget(self.hall)
        lay.addWidget(self.tagline)
        lay.addSpacing(24)
        lay.addWidget(self.card)
        lay.addStretch(1)
        lay.addWidget(self.touch_icon)
        lay.addWidget(self.start_hint)
        lay.addStretch(1)
        self._docs: list[dict] = []
        self._index = 0
        self._timer = QtCore.QTimer(self)
        self._timer.setInterval(ROTATE_MS)
        self._timer.timeout.connect(self.advance)
        self.hide()

    def start(self) -> None:
        self._docs = self.ctx.store.latest_documents(ITEMS)
        self._index = 0
        self.setGeometry(self.parent().rect())
        self._render()
        self.show()
        self.raise_()
        self._timer.start()

    def advance(self) -> None:
        if self._docs:
            self._index = (self._index + 1) % len(self._docs)
        self._render()

    def _render(self) -> None:
        self.hall.setText(self.ctx.settings.hall_name)
        self.tagline.setText(self.tr("政策文件 · 政策解读 · 办事指南 · 依申请公开"))
        self.start_hint.setText(self.tr("请触摸屏幕开始"))
        self.kicker.setText(self.tr("最新发布"))
        self.card.setVisible(bool(self._docs))
        if self._docs:
            doc = self._docs[self._index]
            self.doc_title.setText(doc["title"])
            self.doc_meta.setText(meta_line(doc))
            self.dots.setText(" ".join("●" if i == self._index else "○" for i in range(len(self._docs))))

    def current_title(self) -> str:
        return self.doc_title.text()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        event.accept()
        self._timer.stop()
        self.hide()
        self.dismissed.emit()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QtCore.QEvent.Type.LanguageChange and self.isVisible():
            self._render()
        super().changeEvent(event)

"""The bar at the top: back and home, the screen's title, elder mode and language.

The title area doubles as the hidden way in for staff: tapping it five times
within four seconds asks for the admin PIN. Nothing on screen hints at it.
"""

from __future__ import annotations

from typing import Callable

from kiosk_app.ui.qt import QtCore, QtWidgets, Qt, Signal, translate
from kiosk_app.ui.theme import Theme
from kiosk_app.ui.widgets import icons
from kiosk_app.ui.widgets.controls import button, label

ADMIN_TAPS = 5
ADMIN_WINDOW = 4.0


class TapArea(QtWidgets.QLabel):
    """A label that counts quick taps (the admin gesture)."""

    gesture = Signal()

    def __init__(self, clock: Callable[[], float]):
        super().__init__()
        self._clock = clock
        self._taps: list[float] = []

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        now = self._clock()
        self._taps = [t for t in self._taps if now - t <= ADMIN_WINDOW] + [now]
        if len(self._taps) >= ADMIN_TAPS:
            self._taps.clear()
            self.gesture.emit()
        event.accept()


class Header(QtWidgets.QWidget):
    back_clicked = Signal()
    home_clicked = Signal()
    elder_toggled = Signal(bool)
    language_clicked = Signal()
    admin_gesture = Signal()

    def __init__(self, clock: Callable[[], float], theme: Theme):
        super().__init__()
        self.setObjectName("Header")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._theme = theme
        lay = QtWidgets.QHBoxLayout(self)
        self._layout = lay
        self.back = button("", name="BackButton")
        self.back.clicked.connect(self.back_clicked)
        self.home = button("", name="HomeButton")
        self.home.clicked.connect(self.home_clicked)
        self.title = TapArea(clock)
        self.title.setObjectName("HallName")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.gesture.connect(self.admin_gesture)
        self.title.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding,
                                 QtWidgets.QSizePolicy.Policy.Preferred)
        self.title.setMinimumWidth(10)
        self.elder = button("", checkable=True, name="ElderToggle")
        self.elder.toggled.connect(self.elder_toggled)
        self.language = button("", name="LanguageToggle")
        self.language.clicked.connect(self.language_clicked)
        for w in (self.back, self.home):
            lay.addWidget(w)
        lay.addWidget(self.title, 1)
        lay.addWidget(self.elder)
        lay.addWidget(self.language)
        self.apply_theme(theme)
        self.retranslate()

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._layout.setContentsMargins(theme.px(24), theme.px(12), theme.px(24), theme.px(12))
        self._layout.setSpacing(theme.px(16))
        size = QtCore.QSize(theme.px(34), theme.px(34))
        for btn, name in ((self.back, "back"), (self.home, "home")):
            btn.setIcon(icons.icon(name, "#ffffff", size.width() * 2))
            btn.setIconSize(size)

    def set_title(self, text: str, *, at_home: bool) -> None:
        self.title.setText(text)
        self.back.setVisible(not at_home)
        self.home.setVisible(not at_home)

    def retranslate(self) -> None:
        self.back.setText(translate("Header", "返回"))
        self.home.setText(translate("Header", "首页"))
        self.elder.setText(translate("Header", "长辈模式"))
        # The language button names the other language in that language.
        self.language.setText(translate("Header", "English"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class Footer(QtWidgets.QWidget):
    """The data date, the online/offline mark (a word and a shape), and where to get help."""

    def __init__(self, theme: Theme):
        super().__init__()
        self.setObjectName("Footer")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        lay = QtWidgets.QHBoxLayout(self)
        self._layout = lay
        self.updated = label("", wrap=False, name="DataDate")
        self.network = label("", wrap=False, name="NetworkMark")
        self.help = label("", wrap=False, name="HelpHint")
        self.help.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        lay.addWidget(self.updated)
        lay.addSpacing(32)
        lay.addWidget(self.network)
        lay.addStretch(1)
        lay.addWidget(self.help)
        self._date = ""
        self._online: bool | None = None
        self.apply_theme(theme)
        self.retranslate()

    def apply_theme(self, theme: Theme) -> None:
        self._layout.setContentsMargins(theme.px(32), theme.px(8), theme.px(32), theme.px(8))

    def set_state(self, library_date: str, online: bool | None) -> None:
        self._date, self._online = library_date, online
        self.retranslate()

    def retranslate(self) -> None:
        self.updated.setText(translate("Footer", "数据更新于 {0}").format(self._date or "—"))
        if self._online:
            self.network.setText("● " + translate("Footer", "在线"))
        else:
            self.network.setText("○ " + translate("Footer", "离线（本机资料可正常查阅）"))
        self.help.setText(translate("Footer", "需要帮助请联系大厅工作人员"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

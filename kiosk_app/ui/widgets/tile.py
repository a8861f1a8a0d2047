"""A big home-screen tile: icon, title and one line saying what is behind it.

The tile paints itself (a QAbstractButton, not a QPushButton with labels in
it), so its size comes from its own text and is never squeezed by the general
button style; the title wraps onto a second line when a language needs it.
"""

from __future__ import annotations

from kiosk_app.ui.qt import QtCore, QtGui, QtWidgets, Qt
from kiosk_app.ui.theme import FONT_FAMILY, Theme
from kiosk_app.ui.widgets import icons

_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


class Tile(QtWidgets.QAbstractButton):
    """One tile; ``clicked`` on tap."""

    def __init__(self, icon_name: str, name: str):
        super().__init__()
        self.setObjectName(name)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Expanding)
        self._icon_name = icon_name
        self._expected_width = 0
        self._heading = ""
        self._sub = ""
        self.apply_theme(Theme())

    def set_texts(self, heading: str, sub: str) -> None:
        self._heading, self._sub = heading, sub
        self.setAccessibleName(heading)
        self.setAccessibleDescription(sub)
        self._fix_minimum()
        self.updateGeometry()
        self.update()

    def text_heading(self) -> str:
        return self._heading

    def text_sub(self) -> str:
        return self._sub

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._pad = theme.px(24)
        self._icon_side = theme.px(56)
        self._icon = icons.pixmap(self._icon_name, theme.palette.accent, self._icon_side * 2, 1.9)
        self._heading_font = QtGui.QFont(FONT_FAMILY)
        self._heading_font.setPixelSize(theme.title)
        self._heading_font.setBold(True)
        self._sub_font = QtGui.QFont(FONT_FAMILY)
        self._sub_font.setPixelSize(theme.small)
        self._fix_minimum()
        self.updateGeometry()
        self.update()

    def set_expected_width(self, width: int) -> None:
        """The width the home screen will give the tile (its minimum height follows from it)."""
        if width != self._expected_width:
            self._expected_width = width
            self._fix_minimum()

    def _fix_minimum(self) -> None:
        # Enough height for the text at the width the tile will get, so no layout can squeeze
        # the title off the tile; a title word wider than the tile gets a smaller face.
        width = self._expected_width or self._theme.px(260)
        self._fit_heading(width - 2 * self._pad)
        self.setMinimumHeight(self._needed_height(width))

    def _fit_heading(self, inner: int) -> None:
        size = self._theme.title
        longest = max(self._heading.split() or [""], key=len)
        while size > self._theme.title * 0.7:
            self._heading_font.setPixelSize(size)
            if QtGui.QFontMetrics(self._heading_font).horizontalAdvance(longest) <= inner:
                break
            size -= 1

    def _text_heights(self, width: int) -> tuple[int, int]:
        inner = max(1, width - 2 * self._pad)
        hf = QtGui.QFontMetrics(self._heading_font)
        sf = QtGui.QFontMetrics(self._sub_font)
        h = hf.boundingRect(QtCore.QRect(0, 0, inner, 10_000), _FLAGS, self._heading or "国").height()
        s = sf.boundingRect(QtCore.QRect(0, 0, inner, 10_000), _FLAGS, self._sub or "国").height()
        return h, s

    def _needed_height(self, width: int) -> int:
        h, s = self._text_heights(width)
        return self._pad + self._icon_side + self._theme.px(12) + h + self._theme.px(6) + s + self._pad + \
            self._theme.px(6)

    def sizeHint(self) -> QtCore.QSize:  # noqa: N802 - Qt API
        # Never below the minimum: a layout with word-wrapped labels sizes rows by their hints.
        return QtCore.QSize(self._theme.px(300), self.minimumHeight())

    def minimumSizeHint(self) -> QtCore.QSize:  # noqa: N802 - Qt API
        return QtCore.QSize(self._theme.px(200), self.minimumHeight())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        t = self._theme
        p = t.palette
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        rect = QtCore.QRectF(self.rect()).adjusted(1, 1, -1, -1)
        radius = t.px(16)
        bar = t.px(6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QtGui.QColor(p.accent))
        painter.drawRoundedRect(rect, radius, radius)
        face = rect.adjusted(0, 0, 0, -bar)
        painter.setBrush(QtGui.QColor(p.accent_soft if self.isDown() else p.surface))
        painter.setPen(QtGui.QPen(QtGui.QColor(p.border), max(2, t.border)))
        painter.drawRoundedRect(face, radius, radius)
        x, y = self._pad, self._pad
        painter.drawPixmap(QtCore.QRect(x, y, self._icon_side, self._icon_side), self._icon)
        h, s = self._text_heights(self.width())
        inner = self.width() - 2 * self._pad
        head_top = y + self._icon_side + t.px(16)
        painter.setPen(QtGui.QColor(p.text))
        painter.setFont(self._heading_font)
        painter.drawText(QtCore.QRect(x, head_top, inner, h), _FLAGS, self._heading)
        painter.setPen(QtGui.QColor(p.muted))
        painter.setFont(self._sub_font)
        painter.drawText(QtCore.QRect(x, head_top + h + t.px(6), inner, s), _FLAGS, self._sub)
        painter.end()

"""Status badges: a word plus a shape, so no meaning rests on colour alone.

Validity (现行有效 / 已修订 / 已废止 / 失效 / 尚未生效), consultation status
(征集中 / 未开始 / 已结束) and 免申即享 each get a pill with an outline, an
icon of its own shape and the word. The same painter draws the badge in a
widget, in a result row (delegate) and as an image inside reader HTML.
"""

from __future__ import annotations

import math

from kiosk_app.ui.qt import QtCore, QtGui, QtWidgets, Qt, translate
from kiosk_app.ui.theme import FONT_FAMILY, Theme

# kind → (palette colour name, icon shape)
_STYLE = {
    "现行有效": ("ok", "check"),
    "尚未生效": ("info", "clock"),
    "已修订": ("warn", "triangle"),
    "已废止": ("danger", "cross"),
    "失效": ("neutral", "slash"),
    "open": ("ok", "dot"),
    "upcoming": ("info", "clock"),
    "closed": ("neutral", "square"),
    "no_application": ("accent", "star"),
    "interpretation": ("accent", "page"),
}


def badge_text(kind: str) -> str:
    """The translated word of a badge kind."""
    words = {
        "现行有效": translate("Badge", "现行有效"),
        "尚未生效": translate("Badge", "尚未生效"),
        "已修订": translate("Badge", "已修订"),
        "已废止": translate("Badge", "已废止"),
        "失效": translate("Badge", "失效"),
        "open": translate("Badge", "征集中"),
        "upcoming": translate("Badge", "未开始"),
        "closed": translate("Badge", "已结束"),
        "no_application": translate("Badge", "免申即享"),
        "interpretation": translate("Badge", "有解读"),
    }
    return words.get(kind, kind)


def badge_color(kind: str, theme: Theme) -> QtGui.QColor:
    name, _ = _STYLE.get(kind, ("neutral", "dot"))
    return QtGui.QColor(getattr(theme.palette, name))


def badge_font(theme: Theme, px: int | None = None) -> QtGui.QFont:
    font = QtGui.QFont(FONT_FAMILY)
    font.setPixelSize(px or theme.small)
    font.setBold(True)
    return font


def badge_size(kind: str, theme: Theme, font: QtGui.QFont) -> QtCore.QSize:
    fm = QtGui.QFontMetrics(font)
    h = int(fm.height() * 1.5)
    icon = int(fm.height() * 0.95)
    w = h // 2 + icon + fm.horizontalAdvance(" ") + fm.horizontalAdvance(badge_text(kind)) + h // 2
    return QtCore.QSize(w, h)


def paint_badge(painter: QtGui.QPainter, top_left: QtCore.QPointF, kind: str, theme: Theme,
                font: QtGui.QFont) -> QtCore.QSize:
    """Draw the badge with its top-left corner at ``top_left``; returns its size."""
    size = badge_size(kind, theme, font)
    color = badge_color(kind, theme)
    rect = QtCore.QRectF(top_left, QtCore.QSizeF(size))
    painter.save()
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    fill = QtGui.QColor(color)
    fill.setAlpha(28)
    painter.setBrush(fill)
    painter.setPen(QtGui.QPen(color, max(2.0, theme.border * 1.0)))
    radius = rect.height() / 2
    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), radius, radius)
    fm = QtGui.QFontMetrics(font)
    icon = fm.height() * 0.95
    icon_rect = QtCore.QRectF(rect.left() + rect.height() / 2, rect.center().y() - icon / 2, icon, icon)
    _paint_icon(painter, icon_rect, _STYLE.get(kind, ("neutral", "dot"))[1], color)
    painter.setFont(font)
    painter.setPen(color.darker(115) if not theme.elder else color)
    text_rect = QtCore.QRectF(icon_rect.right() + fm.horizontalAdvance(" "), rect.top(),
                              rect.width(), rect.height())
    painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                     badge_text(kind))
    painter.restore()
    return size


def _paint_icon(p: QtGui.QPainter, r: QtCore.QRectF, shape: str, color: QtGui.QColor) -> None:
    pen = QtGui.QPen(color, max(2.0, r.width() / 9), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                     Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    c = r.center()
    w = r.width()
    inner = r.adjusted(w * 0.08, w * 0.08, -w * 0.08, -w * 0.08)
    if shape == "check":
        p.setBrush(color)
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(inner)
        p.setPen(QtGui.QPen(QtGui.QColor("white"), pen.widthF(), Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        path = QtGui.QPainterPath(QtCore.QPointF(r.left() + w * 0.28, c.y()))
        path.lineTo(r.left() + w * 0.45, r.top() + w * 0.68)
        path.lineTo(r.left() + w * 0.74, r.top() + w * 0.34)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
    elif shape == "cross":
        p.drawEllipse(inner)
        d = w * 0.2
        p.drawLine(QtCore.QPointF(c.x() - d, c.y() - d), QtCore.QPointF(c.x() + d, c.y() + d))
        p.drawLine(QtCore.QPointF(c.x() + d, c.y() - d), QtCore.QPointF(c.x() - d, c.y() + d))
    elif shape == "slash":
        p.drawEllipse(inner)
        d = w * 0.3
        p.drawLine(QtCore.QPointF(c.x() - d, c.y() + d), QtCore.QPointF(c.x() + d, c.y() - d))
    elif shape == "triangle":
        path = QtGui.QPainterPath(QtCore.QPointF(c.x(), inner.top()))
        path.lineTo(inner.right(), inner.bottom())
        path.lineTo(inner.left(), inner.bottom())
        path.closeSubpath()
        p.drawPath(path)
        p.drawLine(QtCore.QPointF(c.x(), inner.top() + w * 0.32), QtCore.QPointF(c.x(), inner.top() + w * 0.56))
        p.drawPoint(QtCore.QPointF(c.x(), inner.top() + w * 0.72))
    elif shape == "clock":
        p.drawEllipse(inner)
        p.drawLine(c, QtCore.QPointF(c.x(), c.y() - w * 0.25))
        p.drawLine(c, QtCore.QPointF(c.x() + w * 0.2, c.y()))
    elif shape == "square":
        p.setBrush(color)
        p.drawRect(inner.adjusted(w * 0.12, w * 0.12, -w * 0.12, -w * 0.12))
    elif shape == "star":
        p.setBrush(color)
        path = QtGui.QPainterPath()
        for i in range(10):
            rad = (w / 2 if i % 2 == 0 else w / 4.6)
            ang = -math.pi / 2 + i * math.pi / 5
            pt = QtCore.QPointF(c.x() + rad * math.cos(ang), c.y() + rad * math.sin(ang))
            path.moveTo(pt) if i == 0 else path.lineTo(pt)
        path.closeSubpath()
        p.drawPath(path)
    elif shape == "page":
        body = inner.adjusted(w * 0.1, 0, -w * 0.1, 0)
        p.drawRoundedRect(body, 2, 2)
        for k in (0.35, 0.55, 0.75):
            y = inner.top() + inner.height() * k
            p.drawLine(QtCore.QPointF(body.left() + w * 0.15, y), QtCore.QPointF(body.right() - w * 0.15, y))
    else:  # dot
        p.drawEllipse(inner)
        p.setBrush(color)
        p.drawEllipse(c, w * 0.2, w * 0.2)


def badge_image(kind: str, theme: Theme, px: int | None = None) -> QtGui.QImage:
    """The badge as an image (for QTextDocument resources in reader HTML)."""
    font = badge_font(theme, px)
    size = badge_size(kind, theme, font)
    image = QtGui.QImage(size, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(image)
    paint_badge(painter, QtCore.QPointF(0, 0), kind, theme, font)
    painter.end()
    return image


class Badge(QtWidgets.QWidget):
    """A badge as a widget; ``set_kind`` changes it, ``set_theme`` resizes it."""

    def __init__(self, kind: str = "现行有效", theme: Theme | None = None, parent=None):
        super().__init__(parent)
        self._kind = kind
        self._theme = theme or Theme()
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Fixed, QtWidgets.QSizePolicy.Policy.Fixed)
        self.setAccessibleName(badge_text(kind))

    @property
    def kind(self) -> str:
        return self._kind

    def text(self) -> str:
        return badge_text(self._kind)

    def set_kind(self, kind: str) -> None:
        self._kind = kind
        self.setAccessibleName(badge_text(kind))
        self.updateGeometry()
        self.update()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QtCore.QSize:  # noqa: N802 - Qt API
        return badge_size(self._kind, self._theme, badge_font(self._theme))

    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QtGui.QPainter(self)
        paint_badge(painter, QtCore.QPointF(0, 0), self._kind, self._theme, badge_font(self._theme))
        painter.end()

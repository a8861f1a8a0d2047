"""The revision history of a document as a vertical timeline, newest text first.

Each version is one row you can tap: its date on a rail with a dot, its title,
its validity badge, and a "正在阅读" mark on the one open now. The
promulgation and amendment lines of the text follow as the 沿革 list.
"""

from __future__ import annotations

from kiosk_app.ui.qt import QtCore, QtGui, QtWidgets, Qt, Signal, translate
from kiosk_app.ui.theme import Theme
from kiosk_app.ui.widgets.badge import Badge
from kiosk_app.ui.widgets.controls import LayoutButton, clear_layout, label


class TimelineRow(LayoutButton):
    """One version; paints the rail and dot on its left."""

    def __init__(self, version: dict, theme: Theme, *, current: bool, first: bool, last: bool):
        super().__init__()
        self.doc_id = version["id"]
        self.current = current
        self._theme = theme
        self._first, self._last = first, last
        self.setStyleSheet("QPushButton { border: none; background: transparent; text-align: left; }")
        rail = theme.px(90)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(rail, theme.px(14), theme.px(16), theme.px(14))
        lay.setSpacing(theme.px(6))
        date = version.get("version_date") or version.get("published_date") or ""
        self.date = label(date or translate("Timeline", "日期不详"), role="section")
        self.title = label(version["title"])
        row = QtWidgets.QHBoxLayout()
        row.setSpacing(theme.px(12))
        self.badge = Badge(version.get("validity") or "现行有效", theme)
        row.addWidget(self.badge)
        self.mark = label(("▶ " + translate("Timeline", "正在阅读")) if current else
                          translate("Timeline", "点击查看此版本"), role="muted", wrap=False)
        row.addWidget(self.mark)
        row.addStretch(1)
        lay.addWidget(self.date)
        lay.addWidget(self.title)
        lay.addLayout(row)
        for w in (self.date, self.title, self.badge, self.mark):
            w.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setMinimumHeight(theme.target)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        t = self._theme
        p = QtGui.QPainter(self)
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        x = t.px(44)
        dot_y = self.date.geometry().center().y()
        color = QtGui.QColor(t.palette.accent)
        p.setPen(QtGui.QPen(QtGui.QColor(t.palette.border if not t.elder else t.palette.text), t.px(4)))
        top = 0 if not self._first else dot_y
        bottom = self.height() if not self._last else dot_y
        p.drawLine(QtCore.QPointF(x, top), QtCore.QPointF(x, bottom))
        r = t.px(16 if self.current else 12)
        p.setPen(QtGui.QPen(color, t.px(4)))
        p.setBrush(color if self.current else QtGui.QColor(t.palette.surface))
        p.drawEllipse(QtCore.QPointF(x, dot_y), r, r)
        if self.current:
            p.setPen(QtGui.QPen(color, t.px(3)))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QtCore.QRectF(self.rect()).adjusted(t.px(76), 2, -2, -2), t.px(10), t.px(10))
        p.end()


class Timeline(QtWidgets.QWidget):
    """Versions (newest first) and history lines; ``opened(id)`` when a version is tapped."""

    opened = Signal(str)

    def __init__(self):
        super().__init__()
        self._layout = QtWidgets.QVBoxLayout(self)
        self._layout.setSpacing(0)
        self.rows: list[TimelineRow] = []

    def show_versions(self, versions: list[dict], current_id: str, history: list[str], theme: Theme) -> None:
        clear_layout(self._layout)
        self.rows = []
        self._layout.setContentsMargins(theme.px(8), theme.px(8), theme.px(8), theme.px(8))
        newest_first = list(reversed(versions))
        heading = label(translate("Timeline", "历次版本（共 {0} 个）").format(len(versions)), role="title")
        self._layout.addWidget(heading)
        self._layout.addSpacing(theme.px(12))
        for i, v in enumerate(newest_first):
            row = TimelineRow(v, theme, current=v["id"] == current_id, first=i == 0,
                              last=i == len(newest_first) - 1)
            row.clicked.connect(lambda _=False, d=v["id"]: self.opened.emit(d))
            self._layout.addWidget(row)
            self.rows.append(row)
        if history:
            self._layout.addSpacing(theme.px(24))
            self._layout.addWidget(label(translate("Timeline", "制定与修订沿革"), role="title"))
            for line in history:
                item = label("· " + line)
                item.setStyleSheet(f"padding: {theme.px(6)}px 0;")
                self._layout.addWidget(item)
        self._layout.addStretch(1)

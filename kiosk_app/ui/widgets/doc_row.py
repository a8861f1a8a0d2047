"""A tappable document line: title, issuer and date, and its validity badge.

Used wherever a short list of documents appears (home, catalogue, policy
matching, related documents). Long lists of search results use the model/view
results list instead.
"""

from __future__ import annotations

from kiosk_app.ui.qt import QtWidgets, Qt, Signal
from kiosk_app.ui.theme import Theme
from kiosk_app.ui.widgets.badge import Badge
from kiosk_app.ui.widgets.controls import LayoutButton


def meta_line(summary: dict) -> str:
    parts = [summary.get("issuer") or "", summary.get("doc_number") or "",
             summary.get("published_date") or summary.get("date") or ""]
    return "  ·  ".join(p for p in parts if p)


class DocRow(LayoutButton):
    """One document as a full-width button; ``opened(id)`` on tap."""

    opened = Signal(str)

    def __init__(self, summary: dict, theme: Theme, *, extra: str = "", badges: tuple[str, ...] = (),
                 compact: bool = False):
        super().__init__()
        self.doc_id = summary["id"]
        self.setProperty("row", True)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(theme.px(22), theme.px(14), theme.px(22), theme.px(14))
        lay.setSpacing(theme.px(6))
        self.title = QtWidgets.QLabel(summary.get("title", ""))
        self.title.setWordWrap(True)
        self.title.setStyleSheet(f"font-weight: bold; font-size: {theme.body}px;")
        top = QtWidgets.QHBoxLayout()
        top.setSpacing(theme.px(12))
        top.addWidget(self.title, 1)
        lay.addLayout(top)
        bottom = QtWidgets.QHBoxLayout()
        bottom.setSpacing(theme.px(12))
        self.badges = []
        for kind in (summary.get("validity") or "",) + tuple(badges):
            if kind:
                b = Badge(kind, theme)
                self.badges.append(b)
                bottom.addWidget(b)
        self.meta = QtWidgets.QLabel(meta_line(summary))
        self.meta.setProperty("role", "muted")
        self.meta.setWordWrap(True)
        bottom.addWidget(self.meta, 1)
        lay.addLayout(bottom)
        self.extra = None
        if extra and not compact:
            self.extra = QtWidgets.QLabel(extra)
            self.extra.setWordWrap(True)
            self.extra.setTextFormat(Qt.TextFormat.PlainText)
            lay.addWidget(self.extra)
        for w in (self.title, self.meta, self.extra, *self.badges):
            if w is not None:
                w.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAccessibleName(summary.get("title", ""))
        self.clicked.connect(lambda: self.opened.emit(self.doc_id))

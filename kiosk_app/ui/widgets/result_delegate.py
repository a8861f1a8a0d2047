"""Painting one search result: title, validity badge with issuer · 文号 · date, and the snippet.

Rows have one height (the list can then lay out 1,000 rows at once). The
query's words are marked in bold on a tinted ground, so the marking does not
rest on colour alone. Rich text is laid out once per row and kept in a small
cache, so scrolling repaints without re-parsing.
"""

from __future__ import annotations

from collections import OrderedDict

from kiosk_app.ui.models.results_model import HIT_ROLE
from kiosk_app.ui.qt import QtCore, QtGui, QtWidgets, Qt
from kiosk_app.ui.search_service import ResultHit
from kiosk_app.ui.theme import FONT_FAMILY, Theme
from kiosk_app.ui.widgets.badge import badge_font, paint_badge
from kiosk_app.ui.widgets.controls import html_escape


def marked_html(text: str, spans, mark_bg: str) -> str:
    out, pos = [], 0
    for start, end in spans:
        if start < pos or end > len(text):
            continue
        out.append(html_escape(text[pos:start]))
        out.append(f'<span style="background:{mark_bg}; font-weight:bold;">{html_escape(text[start:end])}</span>')
        pos = end
    out.append(html_escape(text[pos:]))
    return "".join(out)


class ResultDelegate(QtWidgets.QStyledItemDelegate):
    """Paints :class:`ResultHit` rows as cards."""

    def __init__(self, theme: Theme, parent=None):
        super().__init__(parent)
        self._cache: OrderedDict = OrderedDict()
        self.set_theme(theme)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._cache.clear()
        self.title_font = QtGui.QFont(FONT_FAMILY)
        self.title_font.setPixelSize(theme.px(28))
        self.title_font.setBold(True)
        self.meta_font = QtGui.QFont(FONT_FAMILY)
        self.meta_font.setPixelSize(theme.small)
        self.snippet_font = QtGui.QFont(FONT_FAMILY)
        self.snippet_font.setPixelSize(theme.small)
        self.badge_font = badge_font(theme)

    def sizeHint(self, option, index) -> QtCore.QSize:  # noqa: N802 - Qt API
        return QtCore.QSize(option.rect.width(), self.theme.result_row)

    def _doc(self, key, html: str, font: QtGui.QFont, width: int) -> QtGui.QTextDocument:
        cached = self._cache.get((key, width))
        if cached is not None:
            self._cache.move_to_end((key, width))
            return cached
        doc = QtGui.QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(font)
        doc.setDefaultStyleSheet(f"body {{ color: {self.theme.palette.text}; }}")
        doc.setHtml(f"<body>{html}</body>")
        doc.setTextWidth(width)
        self._cache[(key, width)] = doc
        if len(self._cache) > 120:
            self._cache.popitem(last=False)
        return doc

    def paint(self, painter: QtGui.QPainter, option, index) -> None:
        hit: ResultHit | None = index.data(HIT_ROLE)
        if hit is None:
            return
        t = self.theme
        p = t.palette
        painter.save()
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        card = QtCore.QRectF(option.rect).adjusted(2, t.px(6), -2, -t.px(6))
        painter.setPen(QtGui.QPen(QtGui.QColor(p.border), max(1, t.border)))
        painter.setBrush(QtGui.QColor(p.surface))
        painter.drawRoundedRect(card, t.px(12), t.px(12))
        pad = t.px(24)
        x = card.left() + pad
        width = int(card.width() - 2 * pad)
        y = card.top() + t.px(16)

        # Title: one line, elided, words marked.
        fm = QtGui.QFontMetrics(self.title_font)
        title = fm.elidedText(hit.title, Qt.TextElideMode.ElideRight, width)
        spans = [s for s in hit.title_marks if s[1] <= len(title) - (1 if title != hit.title else 0)]
        doc = self._doc(("t", hit.id, title), marked_html(title, spans, p.mark_bg), self.title_font, width)
        painter.translate(x, y)
        doc.drawContents(painter, QtCore.QRectF(0, 0, width, fm.height() * 1.3))
        painter.translate(-x, -y)
        y += fm.height() * 1.3 + t.px(8)

        # Badge and metadata line.
        size = paint_badge(painter, QtCore.QPointF(x, y), hit.validity or "现行有效", t, self.badge_font)
        meta = "  ·  ".join(v for v in (hit.issuer, hit.doc_number, hit.date) if v)
        mfm = QtGui.QFontMetrics(self.meta_font)
        mx = x + size.width() + t.px(14)
        painter.setFont(self.meta_font)
        painter.setPen(QtGui.QColor(p.muted))
        painter.drawText(QtCore.QRectF(mx, y, card.right() - pad - mx, size.height()),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         mfm.elidedText(meta, Qt.TextElideMode.ElideRight, int(card.right() - pad - mx)))
        y += size.height() + t.px(10)

        # Snippet: at most two lines.
        if hit.snippet:
            sfm = QtGui.QFontMetrics(self.snippet_font)
            line = sfm.lineSpacing() * 1.35
            html = f'<p style="line-height:135%; margin:0">…{marked_html(hit.snippet, hit.snippet_marks, p.mark_bg)}…</p>'
            sdoc = self._doc(("s", hit.id), html, self.snippet_font, width)
            painter.translate(x, y)
            painter.setPen(QtGui.QColor(p.muted))
            sdoc.drawContents(painter, QtCore.QRectF(0, 0, width, min(line * 2 + 2, card.bottom() - y - t.px(8))))
            painter.translate(-x, -y)
        painter.restore()

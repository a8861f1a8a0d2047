"""Page furniture: the hall's name on top, "第 x 页 / 共 y 页" and dates at the bottom.

"共 y 页" is only known when the last page is laid out. Rather than laying the
document out twice, :func:`numbered_canvas` keeps each finished page open and
draws the furniture on all of them when the document is saved.
"""

from __future__ import annotations

import io
from typing import Callable

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from kiosk_app.core.pdf.context import PrintContext
from kiosk_app.core.pdf.fonts import FONT, printable
from kiosk_app.core.pdf.styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, MUTED, PAGE_A4, RULE

Decorate = Callable[[Canvas, int, int], None]


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with "…" so that it fits ``width`` points on one line."""
    text = printable(text)
    if stringWidth(text, font, size) <= width:
        return text
    ell = "…"
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid] + ell, font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo] + ell


def numbered_canvas(decorate: Decorate) -> type[Canvas]:
    """A Canvas class that calls ``decorate(canvas, page, total)`` on every page at save time."""

    class _NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            # With a built-in initial font every page would name Helvetica, a
            # font that is not embedded; the kiosk face is embedded on use.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []

        def showPage(self):
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                decorate(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return _NumberedCanvas


def a4_furniture(context: PrintContext, running_title: str, *, page_numbers: bool = True) -> Decorate:
    """Header (hall name, running title) and footer (print time, page x of y, data date)."""
    width, height = PAGE_A4
    left, right = MARGIN_X, width - MARGIN_X
    head_y = height - MARGIN_TOP + 6 * 2.2
    foot_y = MARGIN_BOTTOM - 13

    def decorate(canv: Canvas, page: int, total: int) -> None:
        canv.saveState()
        canv.setFillColor(MUTED)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        size = 8.5
        canv.setFont(FONT, size)
        hall = fit_text(context.hall_name, FONT, size, (right - left) * 0.45)
        canv.drawString(left, head_y, hall)
        if running_title:
            room = right - left - stringWidth(hall, FONT, size) - 24
            canv.drawRightString(right, head_y, fit_text(running_title, FONT, size, room))
        canv.line(left, head_y - 4, right, head_y - 4)
        canv.line(left, foot_y + 11, right, foot_y + 11)
        canv.drawString(left, foot_y, f"打印时间：{context.printed_at_text}")
        if page_numbers:
            canv.drawCentredString(width / 2, foot_y, f"第 {page} 页 / 共 {total} 页")
        canv.drawRightString(right, foot_y, f"数据更新于 {context.library_date_text}")
        canv.restoreState()

    return decorate


def build_a4(story: list, decorate: Decorate, *, title: str, author: str = "",
             subject: str = "") -> bytes:
    """Lay ``story`` out on A4 pages with furniture and return the PDF bytes."""
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf, pagesize=PAGE_A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=title, author=author, subject=subject, creator="政务公开自助终端",
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="a4", frames=[frame])])
    doc.build(story, canvasmaker=numbered_canvas(decorate))
    return buf.getvalue()


def a4_frame_size() -> tuple[float, float]:
    """Width and height of the text frame on an A4 page."""
    width, height = PAGE_A4
    return width - 2 * MARGIN_X, height - MARGIN_TOP - MARGIN_BOTTOM

"""Paragraph styles, colours and page geometry of printed output.

Sizes follow what reads well on paper for older readers: body text 11 pt with
generous leading on A4, nothing below 8 pt even on the 80 mm receipt. Every
style wraps Chinese text (``wordWrap='CJK'``), which routes line breaking
through :class:`~kiosk_app.core.pdf.paragraph.KioskParagraph`.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import TableStyle

from kiosk_app.core.pdf.fonts import FONT, FONT_BOLD, register_fonts

PAGE_A4 = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm

INK = colors.HexColor("#111111")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#999999")
ALERT = colors.HexColor("#9b1c1c")       # repealed / amended notices (always with words)
ALERT_BG = colors.HexColor("#fdf2f2")
LABEL_BG = colors.HexColor("#eeeeee")
BULLET = "● "     # leads a key point; the "point" style hangs its lines after it


def _style(name: str, size: float, leading: float | None = None, *, bold: bool = False,
           align: int = TA_LEFT, color=INK, indent_chars: float = 0, before: float = 0,
           after: float = 0, keep_next: bool = False, left: float = 0,
           hang: bool = False) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=FONT_BOLD if bold else FONT,
        fontSize=size,
        leading=leading or round(size * 1.6, 1),
        alignment=align,
        textColor=color,
        # A hanging paragraph starts its first line at the margin (the bullet)
        # and aligns the following lines under the text.
        firstLineIndent=-left if hang else indent_chars * size,
        leftIndent=left,
        spaceBefore=before,
        spaceAfter=after,
        keepWithNext=keep_next,
        wordWrap="CJK",
        allowOrphans=0,
        allowWidows=0,
    )


@lru_cache(maxsize=None)
def document_styles() -> dict[str, ParagraphStyle]:
    """Styles of the full document and the guide (built once, after the font is registered)."""
    register_fonts()   # the bullet's width is measured in the kiosk face
    return {
        "title": _style("title", 19, 28, bold=True, align=TA_CENTER, after=8),
        "subtitle": _style("subtitle", 10.5, 15, align=TA_CENTER, color=MUTED, after=4),
        "meta_label": _style("meta_label", 9.5, 13, bold=True),
        "meta_value": _style("meta_value", 9.5, 13),
        "notice_head": _style("notice_head", 14, 20, bold=True, color=ALERT),
        "notice": _style("notice", 10.5, 16, color=ALERT, align=TA_JUSTIFY),
        "history": _style("history", 9, 13, color=MUTED, after=1, align=TA_JUSTIFY),
        "part": _style("part", 16, 24, bold=True, align=TA_CENTER, before=14, after=8,
                       keep_next=True),
        "chapter": _style("chapter", 14, 21, bold=True, align=TA_CENTER, before=12,
                          after=6, keep_next=True),
        "section": _style("section", 12.5, 19, bold=True, align=TA_CENTER, before=8,
                          after=4, keep_next=True),
        "h1": _style("h1", 12.5, 20, bold=True, indent_chars=2, before=8, after=2,
                     keep_next=True),
        "h2": _style("h2", 11.5, 19, bold=True, indent_chars=2, before=4, after=1,
                     keep_next=True),
        "h3": _style("h3", 11, 18, bold=True, indent_chars=2, before=2, keep_next=True),
        "body": _style("body", 11, 19, indent_chars=2, after=3, align=TA_JUSTIFY),
        "section_title": _style("section_title", 14, 21, bold=True, before=10, after=6,
                                keep_next=True),
        "interp_title": _style("interp_title", 13, 20, bold=True, align=TA_CENTER, before=6,
                               after=2, keep_next=True),
        "qa_q": _style("qa_q", 11, 18, bold=True, before=5, keep_next=True),
        "qa_a": _style("qa_a", 11, 19, indent_chars=2, after=3, align=TA_JUSTIFY),
        "point": _style("point", 10.5, 17, left=stringWidth(BULLET, FONT, 10.5), hang=True,
                        after=3, align=TA_JUSTIFY),
        "small": _style("small", 9, 13, color=MUTED),
        "small_center": _style("small_center", 8.5, 12, color=MUTED, align=TA_CENTER),
        "table_head": _style("table_head", 9.5, 13, bold=True, align=TA_CENTER),
        "table_cell": _style("table_cell", 9.5, 13),
        "more": _style("more", 10.5, 16, bold=True, align=TA_CENTER, before=2),
    }


@lru_cache(maxsize=None)
def receipt_styles(roll: bool) -> dict[str, ParagraphStyle]:
    """Styles of the receipt; ``roll`` is the 80 mm thermal roll, otherwise A4."""
    k = 1.0 if roll else 1.35
    return {
        "hall": _style("r_hall", 9 * k, 12 * k, align=TA_CENTER, color=MUTED),
        "title": _style("r_title", 13 * k, 18 * k, bold=True, align=TA_CENTER, before=2, after=4),
        "code_label": _style("r_code_label", 8.5 * k, 11 * k, align=TA_CENTER, color=MUTED),
        "code": _style("r_code", 17 * k, 22 * k, bold=True, align=TA_CENTER, after=2),
        "label": _style("r_label", 9 * k, 13 * k, bold=True),
        "value": _style("r_value", 9 * k, 13 * k),
        "note": _style("r_note", 8 * k, 11.5 * k, color=MUTED),
        "foot": _style("r_foot", 8 * k, 11 * k, align=TA_CENTER, color=MUTED),
    }


def table_style(*commands) -> TableStyle:
    """A TableStyle whose cell font is the kiosk face.

    Tables set a font for every cell even when the cells hold paragraphs; left
    at reportlab's default that names Helvetica, a font the PDF does not embed.
    """
    return TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9), *commands])

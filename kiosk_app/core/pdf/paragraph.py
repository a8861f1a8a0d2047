"""reportlab's Paragraph, taught the kinsoku rule and synthetic bold.

:class:`KioskParagraph` replaces reportlab's CJK line breaking with
:func:`kiosk_app.core.pdf.kinsoku.break_lines` (see that module for why) and
draws text in :data:`~kiosk_app.core.pdf.fonts.FONT_BOLD` with the
fill-then-stroke render mode, since the embedded face has no bold weight.
Every paragraph the kiosk prints is a ``KioskParagraph`` with
``wordWrap='CJK'``; use :func:`para` to make one from plain text.

The subclass reuses reportlab's line objects (``FragLine`` via
``makeCJKParaLine``), so drawing, splitting across pages and table cells work
as for any paragraph. It relies on reportlab internals that have been stable
since 3.x; the tests render real paragraphs to catch a change.
"""

from __future__ import annotations

import math
from xml.sax.saxutils import escape

from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import isBytes
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus.paragraph import (
    ParaLines,
    Paragraph,
    _handleBulletWidth,
    cjkU,
    makeCJKParaLine,
)

from kiosk_app.core.pdf import kinsoku
from kiosk_app.core.pdf.fonts import BOLD_STROKE, FONT_BOLD, printable

# Width of each (font, size, char); glyph widths never change, and a 20-page
# document measures the same few thousand characters over and over.
_widths: dict[tuple[str, float], dict[str, float]] = {}
# Largest extra space between two glyphs of a justified line, in ems.
_MAX_GAP_EM = 0.25


def _char_width(char: str, font: str, size: float) -> float:
    table = _widths.get((font, size))
    if table is None:
        table = _widths[(font, size)] = {}
    w = table.get(char)
    if w is None:
        w = table[char] = stringWidth(char, font, size)
    return w


class _Glyph(cjkU):
    """One character with its frag and a cached width (reportlab's cjkU measures every time)."""

    def __new__(cls, value: str, frag, width: float):
        self = str.__new__(cls, value)
        self._frag = frag
        self._width = width
        return self


def _glyphs(frags) -> list[_Glyph]:
    out: list[_Glyph] = []
    for f in frags:
        text = f.text
        if isBytes(text):
            text = text.decode("utf8")
        cb = getattr(f, "cbDefn", None)
        if cb is not None:
            out.append(_Glyph(text, f, getattr(cb, "width", 0)))
        elif text:
            font, size = f.fontName, f.fontSize
            out.extend(_Glyph(c, f, _char_width(c, font, size)) for c in text)
        else:
            out.append(_Glyph("", f, 0.0))
    return out


def kinsoku_frag_split(frags, max_widths, calc_bounds: bool) -> ParaLines:
    """Break styled fragments into lines with :func:`kinsoku.break_lines`.

    Forced breaks (``<br/>``) cut the text into runs broken separately; the
    list of line widths continues across runs.
    """
    glyphs = _glyphs(frags)
    lines = []
    run_start = 0
    for i, g in enumerate(glyphs + [None]):
        forced = g is not None and hasattr(g.frag, "lineBreak")
        if g is not None and not forced:
            continue
        run = glyphs[run_start:i + 1 if forced else i]
        _break_run(run, max_widths, lines, calc_bounds, ends_with_break=forced)
        run_start = i + 1
    return ParaLines(kind=1, lines=lines)


def _break_run(run, max_widths, lines, calc_bounds, ends_with_break: bool) -> None:
    if not run:
        return
    chars = [str(g) for g in run]
    widths = [g.width for g in run]
    offset_widths = list(max_widths[len(lines):]) or [max_widths[-1]]
    spans = kinsoku.break_lines(chars, widths, offset_widths)
    for k, (start, end) in enumerate(spans):
        max_w = offset_widths[min(k, len(offset_widths) - 1)]
        visible = end
        while visible > start and chars[visible - 1] == " ":
            visible -= 1
        used = sum(widths[start:visible])
        last = k == len(spans) - 1
        line = makeCJKParaLine(run[start:end], max_w, used, max_w - used,
                               ends_with_break and last, calc_bounds)
        line.wordCount = _gap_count(visible - start, max_w - used, line.fontSize)
        lines.append(line)


def _gap_count(glyphs: int, extra: float, font_size: float) -> int:
    """The ``wordCount`` that makes reportlab spread ``extra`` over the gaps between glyphs.

    reportlab justifies by dividing the spare width by ``wordCount - 1`` and
    passing it to ``setWordSpace``, which :class:`_BoldTextObject` turns into
    character spacing. Chinese has no spaces, so every glyph gap counts; the
    spacing is capped at a quarter em, so a line left short by a long Latin
    word stays a little ragged rather than letter-spaced.
    """
    if glyphs <= 1:
        return 1
    if extra <= 0:
        return glyphs
    return max(glyphs, math.ceil(extra / (_MAX_GAP_EM * font_size)) + 1)


def _split_lines_to_frags(bl_para, start, stop):
    # reportlab's _split_blParaHard glues lines with an ASCII space, which in
    # Chinese text becomes a visible gap when the rest is re-wrapped.
    return [w for line in bl_para.lines[start:stop] for w in line.words]


class _BoldTextObject(PDFTextObject):
    """A text object that strokes glyphs of the synthetic bold font and justifies by character spacing."""

    def _embolden(self, font: str, size: float) -> None:
        if font == FONT_BOLD:
            self.setTextRenderMode(2)
            self._code.append(f"{fp_str(size * BOLD_STROKE)} w")
        else:
            self.setTextRenderMode(0)

    def _setFont(self, psfontname, size):
        super()._setFont(psfontname, size)
        self._embolden(psfontname, size)

    def setFont(self, psfontname, size, leading=None):
        super().setFont(psfontname, size, leading)
        self._embolden(psfontname, size)

    def setWordSpace(self, wordSpace):
        # Justified and overfull lines: reportlab spreads the slack over word
        # spaces; Chinese has none, so spread it between characters instead.
        self.setCharSpace(wordSpace)

    def setFillColor(self, aColor, alpha=None):
        # The stroke of synthetic bold must have the colour of the fill.
        super().setFillColor(aColor, alpha)
        super().setStrokeColor(aColor, alpha)


class KioskParagraph(Paragraph):
    """A Paragraph with kinsoku line breaking and synthetic bold.

    Its style must have ``wordWrap='CJK'`` (all styles in
    :mod:`kiosk_app.core.pdf.styles` do); other wrap modes behave as in reportlab.
    """

    def breakLinesCJK(self, maxWidths):
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        style = self.style
        self.height = 0
        _handleBulletWidth(self.bulletText, style, maxWidths)
        if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
            return self.blPara
        if not self.frags:
            return ParaLines(kind=0, fontSize=style.fontSize, fontName=style.fontName,
                             textColor=style.textColor, lines=[], ascent=style.fontSize,
                             descent=-0.2 * style.fontSize)
        auto_leading = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        return kinsoku_frag_split(self.frags, maxWidths, auto_leading not in ("", "off"))

    def _get_split_blParaFunc(self):
        if self.style.wordWrap == "CJK":
            return _split_lines_to_frags
        return super()._get_split_blParaFunc()

    def beginText(self, x, y):
        return _BoldTextObject(self.canv, x, y)


def para(text: str, style: ParagraphStyle, *, bold_prefix: str = "") -> KioskParagraph:
    """A paragraph of plain text, optionally led by a bold label.

    The text is escaped (it is data, not markup) and passed through
    :func:`~kiosk_app.core.pdf.fonts.printable`.

    Args:
        text: the text.
        style: a style from :mod:`kiosk_app.core.pdf.styles`.
        bold_prefix: a label printed bold before the text, e.g. "第三条".
    """
    body = escape(printable(text))
    if bold_prefix:
        body = f"<b>{escape(printable(bold_prefix))}</b>{body}"
    return KioskParagraph(body, style)

"""The one typeface of printed output: WenQuanYi Micro Hei, embedded as a subset.

reportlab's built-in CID fonts (``STSong-Light``) are not embedded, so a PDF
that uses them shows empty boxes on a machine without Chinese fonts; the kiosk
therefore ships a TrueType font in ``resources/fonts`` and embeds the glyphs it
uses. WenQuanYi Micro Hei covers Latin, digits and CJK in one face, so mixed
text needs no font switching. Noto CJK would not do: reportlab cannot read its
CFF outlines.

The face has no bold weight. ``FONT_BOLD`` is the same face registered under a
second name; :mod:`kiosk_app.core.pdf.paragraph` draws text in that font with
the fill-then-stroke render mode (synthetic bold), the way PDF viewers
embolden a missing weight.
"""

from __future__ import annotations

import copy
import threading
import unicodedata
from weakref import WeakKeyDictionary

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kiosk_app.paths import resource

FONT = "KioskSans"
FONT_BOLD = "KioskSans-Bold"
FONT_FILE = ("fonts", "wqy-microhei.ttc")
# Stroke width of synthetic bold, as a fraction of the font size.
BOLD_STROKE = 0.035

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the kiosk font family with reportlab once per process.

    Safe to call before every render: after the first call it returns at once.
    Loading the 5 MB collection takes about 0.1 s, so it is not done on import.

    Raises:
        FileNotFoundError: the font file is missing from ``resources/fonts``
            (a packaging mistake).
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        path = resource(*FONT_FILE)
        # A .ttc holds several faces; index 0 is the proportional Micro Hei.
        regular = TTFont(FONT, str(path), subfontIndex=0)
        # The bold name shares the parsed face. reportlab maps a second name
        # for a registered face onto the first font object, so both names
        # write one embedded subset; the fresh state keeps them apart should
        # a later reportlab register the copy on its own.
        bold = copy.copy(regular)
        bold.fontName = FONT_BOLD
        bold.state = WeakKeyDictionary()
        pdfmetrics.registerFont(regular)
        pdfmetrics.registerFont(bold)
        # Paragraph markup <b>/<i> resolves through these mappings.
        addMapping(FONT, 0, 0, FONT)
        addMapping(FONT, 1, 0, FONT_BOLD)
        addMapping(FONT, 0, 1, FONT)
        addMapping(FONT, 1, 1, FONT_BOLD)
        addMapping(FONT_BOLD, 0, 0, FONT_BOLD)
        addMapping(FONT_BOLD, 1, 0, FONT_BOLD)
        addMapping(FONT_BOLD, 0, 1, FONT_BOLD)
        addMapping(FONT_BOLD, 1, 1, FONT_BOLD)
        _registered = True


MISSING_GLYPH = "〓"   # the typesetter's mark for a character the font lacks (缺字)
_cmap: dict | None = None


def printable(text: str) -> str:
    """``text`` with characters the face cannot draw replaced by 〓, control characters dropped.

    A missing glyph would otherwise print as nothing at all in most viewers and
    silently lose a character (the corpus has a few rare names and
    private-use code points); 〓 shows the reader that something is there.
    """
    global _cmap
    if _cmap is None:
        register_fonts()
        _cmap = pdfmetrics.getFont(FONT).face.charToGlyph
    cmap = _cmap
    if all(ord(c) in cmap for c in text):
        return text
    out = []
    for c in text:
        if ord(c) in cmap or c in "\n\t ":
            out.append(c)
        elif unicodedata.category(c) != "Cc":
            out.append(MISSING_GLYPH)
    return "".join(out)


def has_glyph(char: str) -> bool:
    """Whether the embedded face can draw ``char`` (otherwise it prints as a box)."""
    register_fonts()
    face = pdfmetrics.getFont(FONT).face
    return ord(char) in face.charToGlyph

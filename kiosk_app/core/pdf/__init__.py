"""Printed output as PDF: full documents, one-page guides, application receipts.

Qt-free: renderers take records as plain dicts and return PDF bytes (and can
write them to a path), so the UI can hand the bytes to the print queue and
the CLI can save them. Chinese text is set in an embedded TrueType face with
kinsoku line breaking; see :mod:`.fonts` and :mod:`.kinsoku`.

    from kiosk_app.core.pdf import PrintContext, render_document
    ctx = PrintContext(hall_name="历下区政务服务中心", library_date="2026-11-20")
    pdf = render_document(doc, ctx, interpretations)
"""

from kiosk_app.core.pdf.context import PrintContext
from kiosk_app.core.pdf.document import render_document
from kiosk_app.core.pdf.guide import render_guide
from kiosk_app.core.pdf.output import write_atomic
from kiosk_app.core.pdf.receipt import PAPERS, ReceiptContent, render_receipt

__all__ = [
    "PAPERS",
    "PrintContext",
    "ReceiptContent",
    "render_document",
    "render_guide",
    "render_receipt",
    "write_atomic",
]

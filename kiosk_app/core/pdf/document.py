"""The full printed document: title, metadata, validity notice, body, interpretations.

Page 1 starts with the title, then (for a document not in force) the boxed
notice, so nobody takes a repealed text home believing it current, then the
metadata block with a QR code to the online original. Every page carries the
hall's name, "第 x 页 / 共 y 页", the print time and the date of the data.
"""

from __future__ import annotations

from typing import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from kiosk_app.core.pdf.body import (
    attachments_table,
    block_flowables,
    history_flowables,
    interpretation_flowables,
    interpretations_heading,
    metadata_with_qr,
    validity_notice,
)
from kiosk_app.core.pdf.context import PrintContext
from kiosk_app.core.pdf.fonts import register_fonts
from kiosk_app.core.pdf.output import PathLike, deliver
from kiosk_app.core.pdf.page import a4_frame_size, a4_furniture, build_a4
from kiosk_app.core.pdf.paragraph import para
from kiosk_app.core.pdf.styles import document_styles


def document_story(document: dict, context: PrintContext,
                   interpretations: Sequence[dict] = ()) -> list:
    """The flowables of a full document (exposed for measuring and tests)."""
    st = document_styles()
    width, _ = a4_frame_size()
    story: list = [para(document["title"], st["title"])]
    notice = validity_notice(document, context, width)
    if notice is not None:
        story += [notice, Spacer(1, 4 * mm)]
    story.append(metadata_with_qr(document, width))
    history = history_flowables(document)
    if history:
        story += [Spacer(1, 2 * mm), *history]
    story.append(Spacer(1, 5 * mm))
    body = block_flowables(document.get("body") or [])
    if not body:
        body = [para("（本文件正文未收录，请扫码查看原文。）", st["body"])]
    story += body
    story += attachments_table(document.get("attachments") or [], width)
    if interpretations:
        story += interpretations_heading(width)
    for interp in interpretations:
        story += interpretation_flowables(interp)
    return story


def render_document(document: dict, context: PrintContext,
                    interpretations: Sequence[dict] = (), *, out: PathLike | None = None) -> bytes:
    """Render a document record (and the interpretations passed) as an A4 PDF.

    Args:
        document: a ``document`` record (see :mod:`kiosk_app.core.records`).
        context: hall name, library date, print time, replacement title.
        interpretations: ``interpretation`` records to append after the body;
            pass none to print the document alone.
        out: also write the PDF to this path (atomically).

    Returns:
        The PDF bytes.

    Raises:
        KeyError: the record has no ``title``.
        OSError: ``out`` could not be written.
    """
    register_fonts()
    story = document_story(document, context, interpretations)
    data = build_a4(story, a4_furniture(context, document["title"]),
                    title=document["title"], author=document.get("issuer") or "",
                    subject=document.get("doc_number") or "")
    return deliver(data, out)

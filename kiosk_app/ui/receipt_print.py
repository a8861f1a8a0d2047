"""Printing an application receipt: one path for the first print and a staff reprint.

Asks the printer first (a receipt that cannot print is shown on screen or
listed for reprint instead), renders the receipt on the paper the settings
name, spools it, and never raises: the caller needs an outcome, not an
exception, because the application is already stored whatever happens here.
Runs on a worker thread; nothing personal is logged.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from kiosk_app.core.pdf.receipt import ReceiptContent, render_receipt
from kiosk_app.ui.printing import READY

log = logging.getLogger(__name__)

RECEIPT_TITLE = "政府信息公开申请回执"


@dataclass(frozen=True)
class ReceiptPrint:
    """How a receipt print ended.

    Attributes:
        outcome: ``ok``, ``unavailable`` (``printer_state`` says why) or ``failed``.
        printer_state: the printer's state when asked (see :mod:`kiosk_app.ui.printing`).
    """

    outcome: str
    printer_state: str


def print_receipt(printer, content: ReceiptContent, paper: str) -> ReceiptPrint:
    """Render ``content`` on ``paper`` (``roll80`` or ``a4``) and send it to ``printer``."""
    try:
        state = printer.state()
    except Exception:  # noqa: BLE001 - a printer that cannot say is not ready
        log.exception("printer state unknown")
        state = "none"
    if state != READY:
        log.warning("receipt not printed: printer %r is %s", getattr(printer, "name", ""), state)
        return ReceiptPrint("unavailable", state)
    try:
        printer.print_pdf(render_receipt(content, paper), RECEIPT_TITLE)
    except Exception as exc:  # noqa: BLE001 - PrintError, OSError, a rendering bug
        log.error("receipt not printed: %s: %s", type(exc).__name__, exc)
        return ReceiptPrint("failed", state)
    log.info("receipt printed")
    return ReceiptPrint("ok", state)

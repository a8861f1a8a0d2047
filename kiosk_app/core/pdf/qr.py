"""QR codes to the online original, with reportlab's own QR code (reportlab.graphics.barcode.qr).

A printed policy or receipt carries a QR code so a reader can open the full,
current text (or the status of an application) on a phone. Error correction
is level M: paper gets folded and thermal print fades.
"""

from __future__ import annotations

import logging
from urllib.parse import quote

from reportlab.graphics.barcode.qr import QrCode, QrCodeWidget

log = logging.getLogger(__name__)

# Characters a URL may carry as they are; everything else is percent-encoded,
# so Chinese path segments become plain ASCII that every phone scanner reads.
_URL_SAFE = ":/?#[]@!$&'()*+,;=%~-._"
# Beyond this the code gets too dense to scan from a printed 25 mm square.
MAX_QR_CHARS = 600


def qr_payload(url: str) -> str:
    """The text to encode for ``url``: stripped and percent-encoded to ASCII."""
    return quote(url.strip(), safe=_URL_SAFE)


def qr_flowable(url: str, size: float) -> QrCode | None:
    """A square QR code of ``url``, ``size`` points wide including its quiet zone.

    reportlab's QrCode flowable draws the modules straight onto the canvas;
    the QrCodeWidget inside a Drawing gives the same code but builds a shape
    per dark run and took a third of a 20-page render for a long address.

    Returns None when there is nothing to encode or the address is too long to
    scan reliably from paper (logged; the printout then simply has no code).
    """
    payload = qr_payload(url) if url else ""
    if not payload:
        return None
    if len(payload) > MAX_QR_CHARS:
        log.warning("QR code left out: address of %d characters is too long to scan", len(payload))
        return None
    return QrCode(payload, width=size, height=size, qrBorder=4, qrLevel="M")


def qr_module_count(url: str) -> int:
    """Modules per side of the code for ``url`` (for checking it stays scannable)."""
    widget = QrCodeWidget(qr_payload(url), barLevel="M")
    widget.qr.make()
    return widget.qr.getModuleCount()

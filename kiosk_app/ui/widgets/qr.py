"""A QR code to the online original, drawn from reportlab's QR matrix.

The matrix comes from reportlab (no Qt, the same encoder and address encoding
as the printout), so screen and paper carry the same data; this widget only
paints the modules.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.graphics.barcode.qr import QrCodeWidget

from kiosk_app.core.pdf.qr import MAX_QR_CHARS, qr_payload
from kiosk_app.ui.qt import QtCore, QtGui, QtWidgets, Qt

QUIET = 4
FIXED_MASK = 0


@lru_cache(maxsize=128)
def qr_matrix(url: str) -> tuple[tuple[bool, ...], ...] | None:
    """Dark modules of the code for ``url`` (level M), or None when empty or too long to scan.

    The printout lets reportlab try all eight mask patterns for the most
    scannable one (about 0.15 s in pure Python); a screen code is read from a
    bright display at arm's length, so one fixed mask (a valid QR code of the
    same data) keeps opening a document quick. Results are cached by address.
    """
    payload = qr_payload(url) if url else ""
    if not payload or len(payload) > MAX_QR_CHARS:
        return None
    code = QrCodeWidget(payload, barLevel="M").qr
    if code.version is None:
        code.version = code.calculate_version()
    code.makeImpl(False, FIXED_MASK)
    n = code.getModuleCount()
    return tuple(tuple(bool(code.isDark(r, c)) for c in range(n)) for r in range(n))


class QrCode(QtWidgets.QWidget):
    """Square QR code; hides itself when there is no address to encode."""

    def __init__(self, parent=None, side: int = 220):
        super().__init__(parent)
        self._matrix: tuple[tuple[bool, ...], ...] | None = None
        self._url = ""
        self.setFixedSize(side, side)

    @property
    def url(self) -> str:
        return self._url

    def set_side(self, side: int) -> None:
        self.setFixedSize(side, side)

    def set_url(self, url: str) -> None:
        self._url = url or ""
        self._matrix = qr_matrix(self._url)
        self.setVisible(self._matrix is not None)
        self.update()

    def has_code(self) -> bool:
        return self._matrix is not None

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QtGui.QPainter(self)
        painter.fillRect(self.rect(), QtGui.QColor("white"))
        if not self._matrix:
            painter.end()
            return
        n = len(self._matrix) + 2 * QUIET
        cell = min(self.width(), self.height()) / n
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QtGui.QColor("black"))
        for r, row in enumerate(self._matrix):
            for c, dark in enumerate(row):
                if dark:
                    painter.drawRect(QtCore.QRectF((c + QUIET) * cell, (r + QUIET) * cell,
                                                   cell + 0.5, cell + 0.5))
        painter.end()

"""The one place the kiosk imports Qt.

Every UI module takes Qt from here (``from kiosk_app.ui.qt import QtWidgets, Qt``),
so a change of binding or a module that is missing on some build is dealt with
once. Importing it also works around a reference-count defect of PySide6 6.12
on Python 3.11 (see :mod:`kiosk_app.ui.refcount_guard`). QtTextToSpeech lives
in PySide6-Addons, QtPdf in PySide6-Pdf, and QtSvg may be left out of a
trimmed build; all three are optional and ``None`` when absent.
"""

from __future__ import annotations

from kiosk_app.ui import refcount_guard

refcount_guard.install()

from PySide6 import QtCore, QtGui, QtWidgets  # noqa: E402,F401
from PySide6.QtCore import Qt, Signal, Slot  # noqa: E402,F401

try:
    from PySide6 import QtSvg  # noqa: F401
except ImportError:  # pragma: no cover - trimmed build
    QtSvg = None

try:
    from PySide6 import QtPrintSupport  # noqa: F401
except ImportError:  # pragma: no cover - trimmed build
    QtPrintSupport = None


def text_to_speech():
    """The QtTextToSpeech module, or None when the build has no Addons.

    Imported on demand: loading it pulls in QtMultimedia, which a kiosk
    without read-aloud should not pay for at start.
    """
    try:
        from PySide6 import QtTextToSpeech
    except ImportError:
        return None
    return QtTextToSpeech


def pdf():
    """The QtPdf module (page images for the print preview), or None when the build has none.

    Imported on demand, at the first print: a kiosk that never prints does not
    load the PDF engine, and a build without PySide6-Pdf still prints, only
    without the picture of page 1.
    """
    try:
        from PySide6 import QtPdf
    except ImportError:
        return None
    return QtPdf


def translate(context: str, text: str) -> str:
    """Translate ``text`` in ``context`` (for shared widgets; pages use ``self.tr``)."""
    return QtCore.QCoreApplication.translate(context, text)

"""Line icons drawn from small inline SVG paths (24×24 grid, round strokes).

Inline paths keep the build free of icon files and let an icon take the
colour of its place (white on the accent header, accent on a white tile).
"""

from __future__ import annotations

from kiosk_app.ui.qt import QtCore, QtGui, QtSvg, Qt

_PATHS = {
    "search": '<circle cx="10.5" cy="10.5" r="6.5"/><path d="M15.5 15.5 21 21"/>',
    "interpretation": '<path d="M4 4h16v12H10l-5 4v-4H4z"/><path d="M8 8.5h8M8 12h5"/>',
    "catalogue": '<path d="M3 5.5h6l2 2.5h10v11.5H3z"/><path d="M7 13h10M7 16.5h6"/>',
    "guide": '<rect x="5" y="4" width="14" height="17" rx="2"/><path d="M9 3h6v3H9z"/>'
             '<path d="M8.5 11l1.5 1.5 3-3M8.5 16.5h7"/>',
    "faq": '<circle cx="12" cy="12" r="9"/><path d="M9.5 9.5a2.5 2.5 0 1 1 3.6 2.2c-.7.4-1.1 1-1.1 1.8v.5"/>'
           '<path d="M12 17.3v.2"/>',
    "consultation": '<path d="M3 10v4h3.5L14 18.5v-13L6.5 10z"/><path d="M17.5 9a4 4 0 0 1 0 6M19.5 6.5a7.5 7.5 0 0 1 0 11"/>',
    "enterprise": '<rect x="3" y="7" width="18" height="13" rx="2"/><path d="M9 7V4.5h6V7M3 12.5h18M12 11v3"/>',
    "apply": '<path d="M6 3h9l4 4v14H6z"/><path d="M15 3v4h4M9 12h7M9 16h5"/>',
    "home": '<path d="M3 11.5 12 4l9 7.5"/><path d="M5.5 10v10h13V10M10 20v-5.5h4V20"/>',
    "back": '<path d="M15 4.5 7.5 12l7.5 7.5"/>',
    "print": '<path d="M7 8V3.5h10V8"/><rect x="3" y="8" width="18" height="9" rx="2"/>'
             '<path d="M7 14h10v6.5H7z"/>',
    "speak": '<path d="M4 9.5v5h3.5L12 18.5v-13L7.5 9.5z"/><path d="M15.5 9a4 4 0 0 1 0 6M18 6.5a7.5 7.5 0 0 1 0 11"/>',
    "stop": '<rect x="6" y="6" width="12" height="12" rx="2"/>',
    "toc": '<path d="M8 6h13M8 12h13M8 18h13"/><path d="M3.5 6h.5M3.5 12h.5M3.5 18h.5"/>',
    "latest": '<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3.5 2"/>',
    "chevron": '<path d="M9 4.5 16.5 12 9 19.5"/>',
    "lock": '<rect x="5" y="10.5" width="14" height="10" rx="2"/><path d="M8 10.5V7.5a4 4 0 0 1 8 0v3"/>',
    "touch": '<path d="M9 11V5.5a1.5 1.5 0 0 1 3 0V11"/><path d="M12 10V9a1.5 1.5 0 0 1 3 0v2"/>'
             '<path d="M15 10.5a1.5 1.5 0 0 1 3 0V15a6 6 0 0 1-6 6h-1a6 6 0 0 1-5-2.7l-2.3-3.6a1.5 1.5 0 0 1 2.4-1.8L9 15"/>',
}


def svg(name: str, color: str, stroke: float = 1.8) -> bytes:
    body = _PATHS[name]
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="{color}" '
            f'stroke-width="{stroke}" stroke-linecap="round" stroke-linejoin="round">{body}</svg>').encode()


def pixmap(name: str, color: str, size: int, stroke: float = 1.8) -> QtGui.QPixmap:
    """The icon ``name`` in ``color`` as a square pixmap of ``size`` px."""
    pm = QtGui.QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    if QtSvg is None:
        return pm
    renderer = QtSvg.QSvgRenderer(QtCore.QByteArray(svg(name, color, stroke)))
    painter = QtGui.QPainter(pm)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QtCore.QRectF(0, 0, size, size))
    painter.end()
    return pm


def icon(name: str, color: str, size: int = 48) -> QtGui.QIcon:
    return QtGui.QIcon(pixmap(name, color, size))


def names() -> tuple[str, ...]:
    return tuple(_PATHS)

"""Keeping a visitor inside the kiosk: no context menus, no close keys, no drag and drop.

Installed on the application, so it sees every event of every window,
including the on-screen keyboard's.
"""

from __future__ import annotations

from kiosk_app.ui.qt import QtCore, Qt

_K = Qt.Key
_M = Qt.KeyboardModifier
# (key, required modifier) pairs that would close or leave a window.
_BLOCKED = {
    (_K.Key_F4, _M.AltModifier), (_K.Key_Q, _M.ControlModifier), (_K.Key_W, _M.ControlModifier),
    (_K.Key_Tab, _M.AltModifier), (_K.Key_Escape, _M.NoModifier), (_K.Key_F11, _M.NoModifier),
    (_K.Key_Print, _M.NoModifier), (_K.Key_Menu, _M.NoModifier),
}


class KioskGuard(QtCore.QObject):
    """Swallows what could take a visitor out of the application.

    Args:
        allow_escape: let Escape through (a windowed development run).
    """

    def __init__(self, parent=None, *, allow_escape: bool = False):
        super().__init__(parent)
        self._allow_escape = allow_escape
        self.blocked = 0

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind in (QtCore.QEvent.Type.ContextMenu, QtCore.QEvent.Type.DragEnter,
                    QtCore.QEvent.Type.Drop, QtCore.QEvent.Type.WhatsThis):
            self.blocked += 1
            return True
        if kind in (QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.ShortcutOverride):
            key = Qt.Key(event.key())
            mods = event.modifiers() & (_M.AltModifier | _M.ControlModifier | _M.MetaModifier)
            if key == _K.Key_Escape and self._allow_escape:
                return False
            if (key, _M(mods) if mods else _M.NoModifier) in _BLOCKED or mods & _M.MetaModifier:
                self.blocked += 1
                return True
        return False

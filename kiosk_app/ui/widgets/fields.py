"""Text fields for numbers people type on the kiosk: phone, identity card, article number.

Each field asks the on-screen keyboard for the right layout through input-method
hints (Qt Virtual Keyboard shows its digit pad for digits-only and dialable
fields), limits what can be typed, and has no context menu. The on-site
application form uses the phone and identity fields.
"""

from __future__ import annotations

from kiosk_app.ui.qt import QtCore, QtGui, QtWidgets, Qt

_H = Qt.InputMethodHint


def _field(name: str, hints, pattern: str, max_len: int) -> QtWidgets.QLineEdit:
    field = QtWidgets.QLineEdit()
    field.setObjectName(name)
    field.setInputMethodHints(hints | _H.ImhNoPredictiveText | _H.ImhSensitiveData)
    field.setValidator(QtGui.QRegularExpressionValidator(QtCore.QRegularExpression(pattern), field))
    field.setMaxLength(max_len)
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    return field


def phone_field(name: str = "PhoneField") -> QtWidgets.QLineEdit:
    """11-digit mobile number: the keyboard's dial pad."""
    return _field(name, _H.ImhDialableCharactersOnly, r"1\d{0,10}", 11)


def id_number_field(name: str = "IdNumberField") -> QtWidgets.QLineEdit:
    """18-character resident identity number (digits, last may be X): the keyboard's number layout."""
    return _field(name, _H.ImhPreferNumbers | _H.ImhPreferUppercase, r"\d{0,17}[\dXx]?", 18)


def digits_field(name: str, max_len: int) -> QtWidgets.QLineEdit:
    """Plain digits (an article number, a year): the keyboard's digit pad."""
    return _field(name, _H.ImhDigitsOnly, rf"\d{{0,{max_len}}}", max_len)

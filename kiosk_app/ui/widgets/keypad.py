"""A big numeric keypad drawn in the window (the PIN never goes through the on-screen keyboard)."""

from __future__ import annotations

from kiosk_app.ui.qt import QtWidgets, Signal, translate
from kiosk_app.ui.widgets.controls import button


class Keypad(QtWidgets.QWidget):
    """Digits 0–9, delete and confirm; emits ``digit``, ``erase`` and ``confirm``."""

    digit = Signal(str)
    erase = Signal()
    confirm = Signal()

    def __init__(self):
        super().__init__()
        grid = QtWidgets.QGridLayout(self)
        grid.setSpacing(16)
        self.keys: dict[str, QtWidgets.QPushButton] = {}
        for i, d in enumerate("123456789"):
            self._add(grid, d, i // 3, i % 3)
        self.erase_key = button("", name="KeyErase")
        self.erase_key.setProperty("key", True)
        self.erase_key.clicked.connect(self.erase)
        grid.addWidget(self.erase_key, 3, 0)
        self._add(grid, "0", 3, 1)
        self.ok_key = button("", primary=True, name="KeyOk")
        self.ok_key.setProperty("key", True)
        self.ok_key.clicked.connect(self.confirm)
        grid.addWidget(self.ok_key, 3, 2)
        self.retranslate()

    def _add(self, grid, d: str, row: int, col: int) -> None:
        b = button(d, name=f"Key{d}")
        b.setProperty("key", True)
        b.clicked.connect(lambda _=False, v=d: self.digit.emit(v))
        grid.addWidget(b, row, col)
        self.keys[d] = b

    def retranslate(self) -> None:
        self.erase_key.setText(translate("Keypad", "删除"))
        self.ok_key.setText(translate("Keypad", "确定"))

"""The layer shown when a document cannot be printed now: why, in plain words, and its QR code.

A visitor who came for a paper copy should still leave with the document: the
code opens the online original on a phone. The layer covers the window like
the other overlays and closes with its one button. It serves both kinds of
"no": the printer is not ready (:meth:`PrintNotice.show_state`) and a print
limit was reached (:meth:`PrintNotice.show_refusal`).
"""

from __future__ import annotations

from kiosk_app.core.settings import QT_TRANSLATE_NOOP
from kiosk_app.ui.qt import QtCore, Qt, Signal, translate
from kiosk_app.ui.widgets.controls import button, label
from kiosk_app.ui.widgets.overlays import Overlay
from kiosk_app.ui.widgets.qr import QrCode

# Printer state (see kiosk_app.ui.printing) → the title a visitor reads.
_TITLES = {
    "none": QT_TRANSLATE_NOOP("PrintNotice", "本机暂未连接打印机"),
    "missing": QT_TRANSLATE_NOOP("PrintNotice", "找不到本机的打印机"),
    "stopped": QT_TRANSLATE_NOOP("PrintNotice", "打印机暂停使用"),
    "rejecting": QT_TRANSLATE_NOOP("PrintNotice", "打印机暂不接受打印"),
}


class WindowLayer(Overlay):
    """An overlay that keeps covering its window when the window is resized or turned.

    The main window resizes the layers it owns itself; the printing layers
    belong to the reader and follow the window by watching its resize events.
    """

    def __init__(self, parent):
        super().__init__(parent)
        parent.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.parent() and event.type() == QtCore.QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.parent().rect())
            self.window_resized()
        return False

    def window_resized(self) -> None:
        """The window changed size while the layer is shown (a hook for layouts that depend on it)."""


class PrintNotice(WindowLayer):
    """"打印机暂停使用" with the document's QR code and a 知道了 button."""

    closed = Signal()

    def __init__(self, parent, qr_side: int = 320):
        super().__init__(parent)
        self.title = label("", role="title", name="PrintNoticeTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = label("", name="PrintNoticeText")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr = QrCode(side=qr_side)
        self.qr.setObjectName("PrintNoticeQr")
        self.button = button("", primary=True, name="PrintNoticeOk")
        self.button.clicked.connect(self.dismiss)
        self.body.addWidget(self.title)
        self.body.addWidget(self.text)
        self.body.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        self.body.addWidget(self.button)

    def show_state(self, state: str, url: str) -> None:
        """Explain printer ``state`` and show the code for ``url`` (the text adapts when there is none)."""
        self.title.setText(translate("PrintNotice", _TITLES.get(state, "打印机暂时不可用")))
        self.qr.set_url(url)
        if self.qr.has_code():
            text = translate("PrintNotice", "现在无法打印。请用手机扫描下方二维码查看和保存原文，"
                                            "或联系大厅工作人员。")
        else:
            text = translate("PrintNotice", "现在无法打印。请联系大厅工作人员获取纸质材料。")
        self._open(text)

    def show_refusal(self, title: str, reason: str, url: str) -> None:
        """A print limit was reached: ``title`` and ``reason`` say which; the code for ``url`` follows."""
        self.title.setText(title)
        self.qr.set_url(url)
        if self.qr.has_code():
            tail = translate("PrintNotice", "请用手机扫描下方二维码查看和保存原文，或联系大厅工作人员。")
        else:
            tail = translate("PrintNotice", "需要纸质材料，请联系大厅工作人员。")
        self._open(f"{reason}\n{tail}")

    def _open(self, text: str) -> None:
        self.text.setText(text)
        self.button.setText(translate("PrintNotice", "知道了"))
        self.open()

    def dismiss(self) -> None:
        if self.isVisible():
            self.hide()
            self.closed.emit()

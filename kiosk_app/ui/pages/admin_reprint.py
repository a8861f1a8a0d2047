"""The admin screen's 未打印的回执: receipts of applications stored but never printed, with 补打.

A crash, a power cut or a printer fault between storing an application and
the end of its receipt's print leaves the applicant without proof of the date
of receipt, for an application the kiosk holds and will deliver. The intake
keeps each receipt (encrypted) until it is printed
(:meth:`KioskIntake.unprinted_receipts`); staff see the tracking codes and
times here, and print one again when the applicant comes back or calls. The
copy says 补打 in its footer. Nothing personal is listed: the receipt itself
shows the masked name, as the original would have.
"""

from __future__ import annotations

import dataclasses
import logging
import threading

from kiosk_app.core.intake.tracking import format_code
from kiosk_app.ui.qt import QtCore, QtWidgets, Qt, Signal
from kiosk_app.ui.receipt_print import print_receipt
from kiosk_app.ui.widgets.controls import button, clear_layout, label

log = logging.getLogger(__name__)

class ReceiptPrintTask(QtCore.QObject):
    """Prints one stored receipt off the UI thread; ``finished`` when ``outcome`` is set.

    ``outcome`` is ``ok``, ``unavailable:<printer state>`` or ``failed``.
    """

    finished = Signal()

    def __init__(self, printer, content, paper: str):
        super().__init__()
        self._printer = printer
        self._content = content
        self._paper = paper
        self.outcome = ""
        self._thread = threading.Thread(target=self._run, name="kiosk-receipt-print", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    def _run(self) -> None:
        done = print_receipt(self._printer, self._content, self._paper)
        self.outcome = f"unavailable:{done.printer_state}" if done.outcome == "unavailable" else done.outcome
        self.finished.emit()


class ReprintSection(QtWidgets.QFrame):
    """The list of unprinted receipts with a 补打 button each; the page wires the buttons."""

    reprint = Signal(str)

    def __init__(self, theme):
        super().__init__()
        self.setProperty("card", True)
        self.setObjectName("ReprintSection")
        lay = QtWidgets.QVBoxLayout(self)
        m = theme.px(24)
        lay.setContentsMargins(m, m, m, m)
        lay.setSpacing(theme.px(8))
        self.title = label("", role="section")
        self.intro = label("", role="muted")
        self.rows = QtWidgets.QGridLayout()
        self.rows.setHorizontalSpacing(theme.px(24))
        self.rows.setVerticalSpacing(theme.px(8))
        self.empty = label("", name="ReprintEmpty")
        for item in (self.title, self.intro, self.rows, self.empty):
            (lay.addLayout if isinstance(item, QtWidgets.QLayout) else lay.addWidget)(item)
        self.buttons: dict[str, QtWidgets.QPushButton] = {}

    def show_list(self, unprinted) -> None:
        """Fill from :meth:`KioskIntake.unprinted_receipts` (oldest first)."""
        self.title.setText(self.tr("未打印的回执"))
        self.intro.setText(self.tr("以下申请已保存，但回执没有打印出来（如打印中断或机器重启）。"
                                   "申请人凭查询码询问时，可在此补打；补打的回执会标注“补打”。"))
        clear_layout(self.rows)
        self.buttons = {}
        for i, item in enumerate(unprinted):
            code = format_code(item.tracking_code)
            when = item.received_at.strftime("%Y-%m-%d %H:%M")
            code_label = label(code, wrap=False, name=f"ReprintCode_{i}")
            code_label.setStyleSheet("font-weight: bold;")
            self.rows.addWidget(code_label, i, 0, Qt.AlignmentFlag.AlignVCenter)
            self.rows.addWidget(label(self.tr("提交于 {0}").format(when), role="muted", wrap=False), i, 1,
                                Qt.AlignmentFlag.AlignVCenter)
            b = button(self.tr("补打"), primary=True, name=f"Reprint_{item.tracking_code}")
            b.clicked.connect(lambda _=False, key=item.idempotency_key: self.reprint.emit(key))
            self.rows.addWidget(b, i, 2)
            self.buttons[item.idempotency_key] = b
        self.rows.setColumnStretch(1, 1)
        self.empty.setText(self.tr("没有未打印的回执。"))
        self.empty.setVisible(not unprinted)


class Reprinter(QtCore.QObject):
    """Prints a stored receipt again for the admin page and marks it printed when the printer took it."""

    done = Signal(str)        # outcome of ReceiptPrintTask

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.task: ReceiptPrintTask | None = None
        self._key = ""

    @property
    def busy(self) -> bool:
        return self.task is not None

    def start(self, key: str) -> bool:
        """Begin printing ``key``'s receipt; False when it is gone or another print runs."""
        intake = self.ctx.intake
        if intake is None or self.task is not None:
            return False
        from kiosk_app.core.intake.service import ReceiptGone

        try:
            content = intake.receipt_for(key)
        except (ReceiptGone, ValueError) as exc:
            log.error("no receipt to reprint: %s", exc)
            return False
        content = dataclasses.replace(content, printed_at=self.ctx.clock(), reprint=True)
        self._key = key
        self.task = ReceiptPrintTask(self.ctx.printer, content, self.ctx.settings.receipt_paper)
        self.task.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self.task.start()
        return True

    def _finished(self) -> None:
        task, self.task = self.task, None
        if task is None:
            return
        if task.outcome == "ok":
            self.ctx.intake.receipt_printed(self._key)
            log.info("receipt reprinted from the admin screen")
        self.done.emit(task.outcome)

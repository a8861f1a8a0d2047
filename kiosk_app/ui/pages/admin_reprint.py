"""The admin screen's 未打印的回执: receipts of applications stored but never printed, with 补打.

A crash, a power cut or a printer fault between storing an application and
the end of its receipt's print leaves the applicant without proof of the date
of receipt, for an application the kiosk holds and will deliver. The intake
keeps each receipt (encrypted) until it is printed
(:meth:`KioskIntake.unprinted_receipts`); staff see the tracking codes and
times here, and print one again when the applicant comes back or calls. The
copy says 补打 in its footer. Nothing personal is listed: the receipt itself
shows the masked name, as the original would have.

When no one will come for it (the applicant photographed the code on the
screen and left), staff discard it with 删除 after confirming: the stored
receipt is deleted, the application itself stays and is delivered as usual
(:meth:`KioskIntake.discard_receipt`).
"""

from __future__ import annotations

import dataclasses
import logging
import sqlite3

from kiosk_app.core.intake.tracking import format_code
from kiosk_app.ui.qt import QtCore, QtWidgets, Qt, Signal
from kiosk_app.ui.receipt_print import print_receipt
from kiosk_app.ui.worker import Worker
from kiosk_app.ui.widgets.controls import button, clear_layout, label
from kiosk_app.ui.widgets.overlays import Overlay

log = logging.getLogger(__name__)


class ReceiptPrintTask(Worker):
    """Prints one stored receipt off the UI thread.

    ``outcome`` is ``ok``, ``unavailable:<printer state>`` or ``failed``.
    """

    def __init__(self, printer, content, paper: str):
        super().__init__("kiosk-receipt-print")
        self._printer = printer
        self._content = content
        self._paper = paper
        self.outcome = ""

    def work(self) -> str:
        done = print_receipt(self._printer, self._content, self._paper)
        return f"unavailable:{done.printer_state}" if done.outcome == "unavailable" else done.outcome

    def failed(self, exc: Exception) -> str:
        return "failed"


class ReprintSection(QtWidgets.QFrame):
    """The list of unprinted receipts with a 补打 button each; the page wires the buttons."""

    reprint = Signal(str)
    discard = Signal(str, str)      # idempotency key, tracking code as shown

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
        self.discard_buttons: dict[str, QtWidgets.QPushButton] = {}

    def show_list(self, unprinted) -> None:
        """Fill from :meth:`KioskIntake.unprinted_receipts` (oldest first)."""
        self.title.setText(self.tr("未打印的回执"))
        self.intro.setText(self.tr("以下申请已保存，但回执没有打印出来（如打印中断或机器重启）。"
                                   "申请人凭查询码询问时，可在此补打；补打的回执会标注“补打”。"
                                   "确定不再需要的（如申请人已拍下查询码离开），可以删除，申请本身不受影响。"))
        clear_layout(self.rows)
        self.buttons = {}
        self.discard_buttons = {}
        for i, item in enumerate(unprinted):
            code = format_code(item.tracking_code)
            when = item.received_at.strftime("%Y-%m-%d %H:%M")
            # Code above its time, so a row fits a portrait screen in elder mode.
            cell = QtWidgets.QWidget()
            stack = QtWidgets.QVBoxLayout(cell)
            stack.setContentsMargins(0, 0, 0, 0)
            stack.setSpacing(0)
            code_label = label(code, wrap=False, name=f"ReprintCode_{i}")
            code_label.setStyleSheet("font-weight: bold;")
            stack.addWidget(code_label)
            stack.addWidget(label(self.tr("提交于 {0}").format(when), role="muted"))
            self.rows.addWidget(cell, i, 0, Qt.AlignmentFlag.AlignVCenter)
            b = button(self.tr("补打"), primary=True, name=f"Reprint_{item.tracking_code}")
            b.clicked.connect(lambda _=False, key=item.idempotency_key: self.reprint.emit(key))
            self.rows.addWidget(b, i, 1)
            self.buttons[item.idempotency_key] = b
            d = button(self.tr("删除"), name=f"Discard_{item.tracking_code}")
            d.clicked.connect(lambda _=False, key=item.idempotency_key, c=code: self.discard.emit(key, c))
            self.rows.addWidget(d, i, 2)
            self.discard_buttons[item.idempotency_key] = d
        self.rows.setColumnStretch(0, 1)
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


class DiscardConfirm(Overlay):
    """"删除这张回执？" with the tracking code, 删除回执 and 取消: nothing is deleted without a second tap."""

    confirmed = Signal(str)        # idempotency key

    def __init__(self, parent):
        super().__init__(parent)
        self.key = ""
        self.title = label("", role="title", name="DiscardTitle")
        self.text = label("", name="DiscardText")
        row = QtWidgets.QHBoxLayout()
        self.cancel = button("", name="DiscardCancel")
        self.cancel.clicked.connect(self.dismiss)
        self.ok = button("", primary=True, name="DiscardOk")
        self.ok.clicked.connect(self._ok)
        for b in (self.cancel, self.ok):
            b.setMinimumWidth(220)
        row.addWidget(self.cancel)
        row.addStretch(1)
        row.addWidget(self.ok)
        for item in (self.title, self.text, row):
            (self.body.addLayout if isinstance(item, QtWidgets.QLayout) else self.body.addWidget)(item)

    def ask(self, key: str, code: str) -> None:
        self.key = key
        self.title.setText(self.tr("删除这张未打印的回执？"))
        self.text.setText(self.tr("查询码 {0}。删除后不能再补打这张回执。申请本身已经保存，"
                                  "仍会照常送交受理机关，不受影响。").format(code))
        self.cancel.setText(self.tr("取消"))
        self.ok.setText(self.tr("删除回执"))
        self.open()

    def dismiss(self) -> None:
        self.key = ""
        self.hide()

    def _ok(self) -> None:
        key = self.key
        self.dismiss()
        if key:
            self.confirmed.emit(key)


class Discarder(QtCore.QObject):
    """Discards a stored, unprinted receipt for the admin page, after staff confirm it.

    ``done`` reports ``ok``, ``gone`` (printed or discarded meanwhile) or ``failed``.
    """

    done = Signal(str)

    def __init__(self, ctx, shell, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.confirm = DiscardConfirm(shell)
        self.confirm.confirmed.connect(self.discard)
        shell.visit_ended.connect(self.confirm.dismiss)     # staff walked away: ask nothing of the next visitor
        self.destroyed.connect(self.confirm.deleteLater)    # the admin page is made again with a new library

    def ask(self, key: str, code: str) -> None:
        self.confirm.ask(key, code)

    def discard(self, key: str) -> None:
        intake = self.ctx.intake
        if intake is None:
            self.done.emit("failed")
            return
        try:
            deleted = intake.discard_receipt(key)
        except (sqlite3.Error, OSError) as exc:
            log.error("unprinted receipt not discarded: %s", exc)
            self.done.emit("failed")
            return
        self.done.emit("ok" if deleted else "gone")

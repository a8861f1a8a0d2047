"""工作人员代为填写: a member of staff fills in the form for someone who cannot (art. 29 para. 2).

Switching it on asks for the staff member's 工号 and the kiosk's admin PIN,
checked exactly as the admin entrance checks it (``Settings.check_pin``,
PBKDF2) and sharing its lockout: wrong PINs here count towards the same
limit, so the switch is no side door for guessing. The PIN goes through the
in-window keypad, never the on-screen keyboard. The 工号 is recorded with the
application (``ApplicationForm.assisted`` / ``staff_id``), shown on the review
page and printed on the receipt.
"""

from __future__ import annotations

import logging

from kiosk_app.core.intake.form import assisted_fields
from kiosk_app.ui.qt import QtWidgets, Qt, Signal
from kiosk_app.ui.widgets.controls import button, label
from kiosk_app.ui.widgets.form_field import TextField, line_editor
from kiosk_app.ui.widgets.keypad import Keypad
from kiosk_app.ui.widgets.overlays import Overlay

log = logging.getLogger(__name__)
MAX_DIGITS = 12
_H = Qt.InputMethodHint


class StaffOverlay(Overlay):
    """工号 and PIN; ``accepted(staff_id)`` when both are right, ``cancelled`` otherwise."""

    accepted = Signal(str)
    cancelled = Signal()

    def __init__(self, shell, ctx):
        super().__init__(shell)
        self.shell = shell
        self.ctx = ctx
        self.entered = ""
        self.title = label("", role="title", name="StaffTitle")
        self.text = label("")
        self.staff = TextField("staff_id", line_editor(
            "Field_staff_id", hints=_H.ImhPreferNumbers | _H.ImhPreferUppercase,
            pattern=r"[A-Za-z0-9_.\-]{0,32}", max_len=32))
        self.pin_caption = label("")
        self.dots = label("—", role="display", wrap=False, name="StaffPinDots")
        self.status = label("", name="StaffPinStatus")
        self.status.hide()
        self.keypad = Keypad()
        self.keypad.digit.connect(self.press)
        self.keypad.erase.connect(self.erase)
        self.keypad.confirm.connect(self.confirm)
        self.cancel_button = button("", name="StaffCancel")
        self.cancel_button.clicked.connect(self.cancel)
        left = QtWidgets.QVBoxLayout()
        for w in (self.title, self.text, self.staff, self.pin_caption, self.dots, self.status):
            left.addWidget(w)
        left.addStretch(1)
        left.addWidget(self.cancel_button)
        self.left = left
        self.row = QtWidgets.QBoxLayout(QtWidgets.QBoxLayout.Direction.LeftToRight)
        self.row.addLayout(left, 1)
        self.row.addWidget(self.keypad)
        self.body.addLayout(self.row)
        self.retranslate()

    # -- showing ---------------------------------------------------------------------------

    def start(self, theme, portrait: bool) -> None:
        """Open empty, laid out for the orientation (keypad beside the fields in landscape)."""
        self.entered = ""
        self.staff.clear()
        self.staff.set_text("")
        self._status("")
        self._dots()
        self.apply_theme(theme, portrait)
        self.retranslate()
        self.open()
        self.staff.focus()

    def apply_theme(self, theme, portrait: bool) -> None:
        self.row.setDirection(QtWidgets.QBoxLayout.Direction.TopToBottom if portrait
                              else QtWidgets.QBoxLayout.Direction.LeftToRight)
        self.row.setSpacing(theme.px(40))
        self.left.setSpacing(theme.px(16))
        self.card.setMaximumWidth(theme.px(1000) if portrait else theme.px(1500))
        self.staff.apply_theme(theme)
        self.status.setStyleSheet(f"color: {theme.palette.danger}; font-weight: bold;")

    def retranslate(self) -> None:
        self.title.setText(self.tr("工作人员代为填写"))
        self.text.setText(self.tr("申请人书写确有困难的，可由工作人员代为填写。请工作人员输入工号和管理 PIN，"
                                  "工号将记录在申请中。"))
        self.staff.set_caption(self.tr("工作人员工号"), required=True)
        self.staff.set_language(self.shell.translations.language)
        self.pin_caption.setText(self.tr("管理 PIN（用右侧数字键输入）"))
        self.cancel_button.setText(self.tr("取消"))
        self.keypad.retranslate()

    # -- keys --------------------------------------------------------------------------------

    def press(self, digit: str) -> None:
        if len(self.entered) < MAX_DIGITS:
            self.entered += digit
        self._dots()

    def erase(self) -> None:
        self.entered = self.entered[:-1]
        self._dots()

    def _dots(self) -> None:
        self.dots.setText("●" * len(self.entered) if self.entered else "—")

    def _status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def cancel(self) -> None:
        self.entered = ""
        self.staff.clear()
        self.hide()
        self.cancelled.emit()

    def confirm(self) -> None:
        """Check the 工号 (the core's rule) and the PIN (the admin check, its lockout shared)."""
        errors: list = []
        staff_id = assisted_fields(True, self.staff.text(), errors)["staff_id"]
        self.staff.set_error(errors[0] if errors else None)
        if errors:
            return
        gate = self.shell.page("pin")        # holds the admin PIN's failures and lockout
        s = self.ctx.settings
        if gate.is_locked():
            minutes = int((gate.locked_until - self.ctx.monotonic()) // 60) + 1
            self._status(self.tr("错误次数过多，已锁定，请 {0} 分钟后再试").format(minutes))
            return
        pin, self.entered = self.entered, ""
        self._dots()
        if pin and s.check_pin(pin):
            gate.failures = 0
            log.info("application form: staff-assisted filling switched on")
            self.hide()
            self.staff.clear()
            self.accepted.emit(staff_id)
            return
        gate.failures += 1
        log.warning("wrong PIN for staff-assisted filling (%d in a row)", gate.failures)
        if gate.failures >= s.admin_lockout_attempts:
            gate.locked_until = self.ctx.monotonic() + 60 * s.admin_lockout_minutes
            gate.failures = 0
            log.warning("admin PIN locked for %d minutes", s.admin_lockout_minutes)
            self._status(self.tr("错误次数过多，已锁定，请 {0} 分钟后再试").format(s.admin_lockout_minutes))
            return
        self._status(self.tr("PIN 不正确，还可以再试 {0} 次").format(s.admin_lockout_attempts - gate.failures))

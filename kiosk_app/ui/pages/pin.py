"""The staff PIN: checked on a keypad, with a lockout after repeated failures.

Failures and the lockout outlive a visit (ending a visit does not reset them),
so trying PINs and waiting for the idle reset gains nothing. The page also
takes a new PIN (twice) when staff change it from the admin screen.
"""

from __future__ import annotations

import logging

from kiosk_app.core.settings import hash_pin
from kiosk_app.ui.pages.base import Page
from kiosk_app.ui.qt import QtWidgets, Qt
from kiosk_app.ui.widgets import icons
from kiosk_app.ui.widgets.controls import label
from kiosk_app.ui.widgets.keypad import Keypad

log = logging.getLogger(__name__)
MAX_DIGITS = 12


class PinPage(Page):
    name = "pin"

    def __init__(self, ctx, shell):
        super().__init__(ctx, shell)
        self.entered = ""
        self.failures = 0
        self.locked_until = 0.0
        self.mode = "check"       # check | new | confirm
        self._new_pin = ""
        outer = QtWidgets.QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        outer.setContentsMargins(40, 40, 40, 40)
        outer.setSpacing(24)
        self.icon = QtWidgets.QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt = label("", role="title", name="PinPrompt")
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots = label("", role="display", wrap=False, name="PinDots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = label("", name="PinStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keypad = Keypad()
        self.keypad.setMaximumWidth(900)
        self.keypad.digit.connect(self.press)
        self.keypad.erase.connect(self.erase)
        self.keypad.confirm.connect(self.submit)
        for w in (self.icon, self.prompt, self.dots, self.status):
            outer.addWidget(w)
        outer.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self.apply_theme(self.theme)
        self.retranslate()

    def page_title(self) -> str:
        return self.tr("管理员验证")

    def enter(self, mode: str = "check", **_params) -> None:
        self.mode = mode if mode in ("check", "new") else "check"
        self.entered = ""
        self._new_pin = ""
        self.status.setText("")
        self.retranslate()

    # -- keys ---------------------------------------------------------------------------

    def press(self, digit: str) -> None:
        if self.is_locked() or len(self.entered) >= MAX_DIGITS:
            self.retranslate()
            return
        self.entered += digit
        self._show_dots()

    def erase(self) -> None:
        self.entered = self.entered[:-1]
        self._show_dots()

    def _show_dots(self) -> None:
        self.dots.setText("●" * len(self.entered) if self.entered else "—")
        self.status.setVisible(bool(self.status.text()))

    def is_locked(self) -> bool:
        return self.ctx.monotonic() < self.locked_until

    def submit(self) -> None:
        if self.mode == "check":
            self._check()
        else:
            self._take_new()

    def _check(self) -> None:
        s = self.ctx.settings
        if self.is_locked():
            self.retranslate()
            return
        pin, self.entered = self.entered, ""
        self._show_dots()
        if s.check_pin(pin):
            self.failures = 0
            self.shell.visit.admin = True
            log.info("admin screen unlocked")
            self.shell.open("admin")
            return
        self.failures += 1
        log.warning("wrong admin PIN (%d in a row)", self.failures)
        if self.failures >= s.admin_lockout_attempts:
            self.locked_until = self.ctx.monotonic() + 60 * s.admin_lockout_minutes
            self.failures = 0
            log.warning("admin PIN locked for %d minutes", s.admin_lockout_minutes)
        self.status.setText(self.tr("PIN 不正确，还可以再试 {0} 次").format(
            s.admin_lockout_attempts - self.failures) if not self.is_locked() else "")
        self.retranslate()

    def _take_new(self) -> None:
        pin, self.entered = self.entered, ""
        self._show_dots()
        if not (4 <= len(pin) <= MAX_DIGITS):
            self.status.setText(self.tr("PIN 需要 4 到 12 位数字"))
            return
        if self.mode == "new":
            self._new_pin, self.mode = pin, "confirm"
            self.status.setText("")
        elif pin != self._new_pin:
            self.mode, self._new_pin = "new", ""
            self.status.setText(self.tr("两次输入不一致，请重新设置"))
        else:
            self.ctx.save_settings(self.ctx.settings.changed(admin_pin_hash=hash_pin(pin)))
            log.info("admin PIN changed")
            self.shell.back()
            self.shell.message.show_message(self.tr("管理 PIN 已修改"), "")
            return
        self.retranslate()

    # -- hooks ----------------------------------------------------------------------------

    def reset(self) -> None:
        self.entered = ""
        self.mode = "check"
        self._new_pin = ""
        self.status.setText("")
        self._show_dots()

    def retranslate(self) -> None:
        prompts = {"check": self.tr("请输入管理 PIN"), "new": self.tr("请输入新的管理 PIN（4–12 位数字）"),
                   "confirm": self.tr("请再输入一次新的管理 PIN")}
        self.prompt.setText(prompts[self.mode])
        if self.mode == "check" and self.is_locked():
            minutes = int((self.locked_until - self.ctx.monotonic()) // 60) + 1
            self.status.setText(self.tr("错误次数过多，管理入口已锁定，请 {0} 分钟后再试").format(minutes))
        self.keypad.retranslate()
        self._show_dots()

    def apply_theme(self, theme) -> None:
        super().apply_theme(theme)
        self.icon.setPixmap(icons.pixmap("lock", theme.palette.accent, theme.px(80)))
        self.status.setStyleSheet(f"color: {theme.palette.danger}; font-weight: bold;")

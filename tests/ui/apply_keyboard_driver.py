"""A citizen's application typed on the Qt Virtual Keyboard, in a process of its own.

Run by ``tests/ui/test_apply_keyboard.py``: the keyboard is the input context
only when ``QT_IM_MODULE=qtvirtualkeyboard`` is set before the QApplication
exists, which pytest's shared application cannot do. The script opens the real
kiosk window on a provisioned data directory, goes home → 依申请公开 → 开始填写申请,
and types every text with taps on the keyboard's own keys (the smoke test's
:class:`~kiosk_app.ui.touch_driver.VirtualKeyboard`): the name and the information
title by pinyin and candidates, the ID number and the phone on the digit
layouts those fields ask for. Buttons and fields are tapped with QTest's
window-system events, so focus moves the way a finger moves it.

For every field it records the keyboard's keys, the text the field holds and
where the field sits against the keyboard's rectangle, then submits and prints
one JSON line ``RESULT {...}``; the test decides. Expected trouble ends with a
line ``FAIL reason`` and exit status 1.

Usage: ``python -m tests.ui.apply_keyboard_driver LIBRARY DATA WIDTHxHEIGHT``
(``QT_QPA_PLATFORM`` and ``QT_IM_MODULE`` set by the caller).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

# Tapped on the keyboard: (pinyin, candidate) in order. 王小明; 老旧小区改造.
NAME = (("wang", "王"), ("xiao", "小"), ("ming", "明"))
TITLE = (("laojiu", "老旧"), ("xiaoqu", "小区"), ("gaizao", "改造"))
ID_NUMBER = "370102198001011237"        # fictitious, with the right check digit; digits only
PHONE = "13912345678"


def main(argv: list[str]) -> int:
    from kiosk_app.ui.qt import QtCore

    library, data, size = Path(argv[0]), Path(argv[1]), tuple(int(v) for v in argv[2].split("x"))
    # The pinyin layout follows the locale (the hall's session sets LANG=zh_CN.UTF-8).
    QtCore.QLocale.setDefault(QtCore.QLocale("zh_CN"))
    from kiosk_app.ui.touch_driver import StepFailed, release_keyboard

    run = Run(library, data, size)
    try:
        result = run.visit()
    except StepFailed as exc:
        print(f"FAIL {exc}", flush=True)
        return 1
    finally:
        release_keyboard()
        run.close()
    print("RESULT " + json.dumps(result, ensure_ascii=False), flush=True)
    return 0


class Run:
    """The kiosk window and a visitor's fingers."""

    def __init__(self, library: Path, data: Path, size: tuple[int, int]):
        from kiosk_app.core.usage import UsageLog
        from kiosk_app.ui.app import application, build_context, create_window
        from kiosk_app.ui.printing import DirectoryPrinter

        self.app = application()
        self.usage = UsageLog(data / "usage.sqlite")
        self.ctx = build_context(library, data, usage=self.usage, printer=DirectoryPrinter(data / "spool"))
        self.ctx.settings_path = None
        self.window = create_window(self.ctx, self.app, language="zh_CN")
        self.window.resize(*size)
        self.window.move(0, 0)
        self.window.show()
        self.keyboard = None
        self.fields: dict[str, dict] = {}

    # -- fingers ----------------------------------------------------------------------------------

    def tap(self, widget) -> None:
        """A tap through the window system (QTest), so focus follows it as it follows a finger."""
        from PySide6.QtTest import QTest

        from kiosk_app.ui.qt import Qt, QtWidgets
        from kiosk_app.ui.touch_driver import StepFailed, wait_until

        scroll_into_view(widget)
        if not widget.isVisible() or not widget.isEnabled():
            raise StepFailed(f"{widget.objectName()} is not there to tap")
        centre = widget.mapTo(self.window, widget.rect().center())
        under = self.window.childAt(centre)
        if under is not widget and not widget.isAncestorOf(under):
            raise StepFailed(f"{widget.objectName()} is covered by {under and under.objectName()!r}")
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())
        QtWidgets.QApplication.processEvents()
        wait_until(lambda: False, 0.1)

    def button(self, name: str) -> None:
        from kiosk_app.ui.qt import QtWidgets
        from kiosk_app.ui.touch_driver import StepFailed

        widget = self.window.findChild(QtWidgets.QAbstractButton, name)
        if widget is None:
            raise StepFailed(f"no button {name}")
        self.tap(widget)

    def editor(self, field: str):
        from kiosk_app.ui.qt import QtWidgets

        return self.window.findChild(QtWidgets.QWidget, f"Field_{field}")

    def page(self):
        return self.window.page("apply-form")

    def step(self, expected: str) -> None:
        from kiosk_app.ui.touch_driver import StepFailed, wait_until

        self.button("NextStep")
        if not wait_until(lambda: self.page().current == expected, 5):
            errors = {b.field: b.error_text() for b in self.page().step(self.page().current).fields.values()
                      if b.error_text()}
            raise StepFailed(f"下一步 stayed on {self.page().current}, not {expected}: {errors}")

    # -- the keyboard ----------------------------------------------------------------------------------

    def open_keyboard(self, field: str) -> None:
        """Tap a field while the keyboard is down: it opens (the first time, the driver finds its window)."""
        from kiosk_app.ui.qt import QtGui
        from kiosk_app.ui.touch_driver import StepFailed, VirtualKeyboard, wait_until

        editor = self.editor(field)
        im = QtGui.QGuiApplication.inputMethod()
        if self.keyboard is None:
            self.tap(editor)
            self.keyboard = VirtualKeyboard(self.window, editor, what=f"{field} field")
            self.keyboard.open()
        else:
            self.tap(editor)
            if not wait_until(lambda: editor.hasFocus() and im.isVisible(), 5):
                raise StepFailed(f"tapping the {field} field did not open the keyboard")
            self.settle()

    def settle(self) -> None:
        """Wait for the panel to stop sliding and the screens to make room above it."""
        from kiosk_app.ui.qt import QtGui
        from kiosk_app.ui.touch_driver import wait_still, wait_until

        im = QtGui.QGuiApplication.inputMethod()
        wait_still(lambda: (im.isAnimating(), im.keyboardRectangle(), self.keyboard.panel.property("y")))
        wait_until(lambda: False, 0.3)

    def pinyin(self, field: str, syllables) -> None:
        """Type each pinyin syllable and tap its candidate."""
        from kiosk_app.ui.touch_driver import StepFailed, wait_until

        editor = self.editor(field)
        for letters, word in syllables:
            before = editor.text()
            self.keyboard.type_pinyin(letters, word)
            self.keyboard.tap_candidate(word)
            if not wait_until(lambda: editor.text() == before + word, 5):
                raise StepFailed(f"{letters} + {word} left {editor.text()!r} in the {field} field")

    def digits(self, field: str, text: str) -> None:
        from kiosk_app.ui.touch_driver import StepFailed, wait_until

        editor = self.editor(field)
        self.keyboard.type_keys(text)
        if not wait_until(lambda: editor.text() == text, 5):
            raise StepFailed(f"tapping {text} left {editor.text()!r} in the {field} field")

    def record(self, field: str) -> None:
        """What the visitor sees of the field while typing: the keys, and the field against the keyboard."""
        from kiosk_app.ui.qt import QtCore, QtGui

        editor = self.editor(field)
        im = QtGui.QGuiApplication.inputMethod()
        kb = im.keyboardRectangle()
        top_left = editor.mapToGlobal(QtCore.QPoint(0, 0))
        visible = editor.visibleRegion().boundingRect()
        self.fields[field] = {
            "text": editor.text(),
            "focus": editor.hasFocus(),
            "keyboard_visible": im.isVisible(),
            "keys": sorted(self.keyboard.keys()),
            "field": [top_left.x(), top_left.y(), editor.width(), editor.height()],
            "field_visible": [visible.width(), visible.height()],
            "keyboard": [kb.x(), kb.y(), kb.width(), kb.height()],
            "window": [self.window.width(), self.window.height()],
        }

    # -- the visit --------------------------------------------------------------------------------------

    def visit(self) -> dict:
        from kiosk_app.ui.qt import QtGui
        from kiosk_app.ui.touch_driver import StepFailed, wait_until

        handle = self.window.windowHandle()
        handle.requestActivate()
        if not wait_until(lambda: self.window.isActiveWindow(), 10):
            raise StepFailed("the kiosk window did not become active")
        self.button("TileApply")
        self.button("StartApplication")
        if not wait_until(lambda: self.window.current_page == "apply-form", 5):
            raise StepFailed(f"开始填写申请 opened {self.window.current_page}")
        self.button("Choice_applicant_type_citizen")
        self.step("applicant")

        self.open_keyboard("name")
        self.pinyin("name", NAME)
        self.record("name")
        # The keyboard's Enter moves on to the next field of the step, as on a phone.
        self.keyboard.tap_special("EnterKey")
        if not wait_until(lambda: self.editor("id_number").hasFocus(), 5):
            raise StepFailed("Enter after the name did not move to the ID number")
        self.settle()
        self.digits("id_number", ID_NUMBER)
        self.record("id_number")
        self.keyboard.tap_special("EnterKey")         # the step's last field: the keyboard goes away
        im = QtGui.QGuiApplication.inputMethod()
        if not wait_until(lambda: not im.isVisible(), 5):
            raise StepFailed("Enter after the ID number left the keyboard open")
        self.step("request")

        self.open_keyboard("info_title")
        self.pinyin("info_title", TITLE)
        self.record("info_title")
        self.step("delivery")
        self.step("contact")
        self.open_keyboard("phone")
        self.digits("phone", PHONE)
        self.record("phone")
        self.step("consent")
        self.button("ConsentToggle")
        self.step("review")
        review = dict(self.page().step("review").values)

        self.button("SubmitApplication")
        if not wait_until(lambda: self.page().submit_task() is None and self.page().current == "done", 30):
            raise StepFailed(f"提交申请 did not reach the receipt (on {self.page().current})")
        return {"fields": self.fields, "review": review, "tracking_code": self.page().step("done").tracking_text(),
                "printed": [p.name for p in self.ctx.printer.jobs]}

    def close(self) -> None:
        from kiosk_app.ui.touch_driver import wait_until

        self.ctx.runner.stop()
        self.window.allow_close = True
        self.window.close()
        if self.ctx.intake is not None:
            self.ctx.intake.close()
        self.usage.close()
        wait_until(lambda: False, 0.1)


def scroll_into_view(widget) -> None:
    """Scroll every enclosing scroll area so ``widget`` shows (a finger first scrolls to what it taps)."""
    from kiosk_app.ui.qt import QtWidgets

    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QtWidgets.QScrollArea):
            parent.ensureWidgetVisible(widget, 10, 10)
        parent = parent.parentWidget()
    QtWidgets.QApplication.processEvents()


if __name__ == "__main__":
    code = main(sys.argv[1:])
    sys.stdout.flush()
    # Qt Virtual Keyboard aborts in its own teardown (see kiosk_app.__main__._leave): leave at once.
    os._exit(code)

"""Staff access: hidden gesture, PIN with lockout, today's figures, settings saved to the file."""

from __future__ import annotations

import json

from kiosk_app.core import settings as settings_mod
from kiosk_app.core.settings import DEFAULT_PIN
from kiosk_app.ui.qt import QtWidgets
from tests.ui.helpers import find, tap, tap_button, type_text, wait_page


def enter_pin(qtbot, window, pin: str) -> None:
    for digit in pin:
        tap_button(qtbot, window, f"Key{digit}")
    tap_button(qtbot, window, "KeyOk")


def open_pin_by_gesture(qtbot, window) -> None:
    for _ in range(5):
        tap(qtbot, window.header.title)
    wait_page(qtbot, window, "pin")


def test_gesture_pin_lockout_and_admin(qtbot, kiosk, clock):
    window = kiosk
    # Four taps are not enough; five within the window are.
    for _ in range(4):
        tap(qtbot, window.header.title)
    assert window.current_page == "home"
    clock.advance(10)
    open_pin_by_gesture(qtbot, window)

    attempts = window.ctx.settings.admin_lockout_attempts
    for _ in range(attempts):
        enter_pin(qtbot, window, "0000")
    assert window.current_page == "pin"
    status = find(window, QtWidgets.QLabel, "PinStatus")
    assert "锁定" in status.text()
    # While locked, even the right PIN is refused.
    enter_pin(qtbot, window, DEFAULT_PIN)
    assert window.current_page == "pin" and not window.visit.admin
    # The lockout survives the end of a visit.
    window.end_visit()
    open_pin_by_gesture(qtbot, window)
    enter_pin(qtbot, window, DEFAULT_PIN)
    assert window.current_page == "pin"

    clock.advance(60 * window.ctx.settings.admin_lockout_minutes + 1)
    enter_pin(qtbot, window, DEFAULT_PIN)
    wait_page(qtbot, window, "admin")
    assert window.visit.admin


def test_admin_is_unreachable_without_pin(qtbot, kiosk):
    window = kiosk
    window.open("admin")
    assert window.current_page == "pin"


def test_admin_shows_todays_figures_and_saves_settings(qtbot, kiosk, clock):
    window = kiosk
    tap_button(qtbot, window, "TileSearch")
    search = window.page("search")
    type_text(qtbot, search.field, "比特币挖矿")
    qtbot.waitUntil(lambda: search.zero_panel.isVisible(), timeout=10000)
    tap_button(qtbot, window, "SearchButton")
    tap_button(qtbot, window, "HomeButton")

    open_pin_by_gesture(qtbot, window)
    enter_pin(qtbot, window, DEFAULT_PIN)
    wait_page(qtbot, window, "admin")
    admin = window.page("admin")
    assert admin.figure_labels["访问人次"].text() == "1"
    assert admin.figure_labels["查询次数"].text() == "1"
    assert admin.figure_labels["无结果查询"].text() == "1"
    assert "比特币挖矿" in admin.figure_labels["查不到的内容"].text()
    assert "出厂 PIN" in admin.figure_labels["安全提示"].text()

    before = window.ctx.settings.idle_timeout
    tap_button(qtbot, window, "Plus_idle_timeout")
    hall = find(window, QtWidgets.QLineEdit, "Field_hall_name")
    hall.clear()
    type_text(qtbot, hall, "泉城路街道便民服务中心")
    tap_button(qtbot, window, "Choice_language_en")
    tap_button(qtbot, window, "SaveSettings")
    assert window.message.isVisible()
    saved = json.loads(window.ctx.settings_path.read_text(encoding="utf-8"))
    assert saved["idle_timeout"] == before + 30
    assert saved["hall_name"] == "泉城路街道便民服务中心"
    assert saved["language"] == "en"
    assert settings_mod.load(window.ctx.settings_path) == window.ctx.settings
    assert window.idle.timeout == before + 30
    tap_button(qtbot, window, "MessageOk")

    # Leaving admin ends the visit: home, in the new default language, with the new name.
    tap_button(qtbot, window, "LeaveAdmin")
    wait_page(qtbot, window, "home")
    assert window.translations.language == "en"
    assert window.header.title.text() == "泉城路街道便民服务中心"
    assert not window.visit.admin


def test_change_pin(qtbot, kiosk):
    window = kiosk
    window.open("pin")
    enter_pin(qtbot, window, DEFAULT_PIN)
    wait_page(qtbot, window, "admin")
    tap_button(qtbot, window, "ChangePin")
    wait_page(qtbot, window, "pin")
    enter_pin(qtbot, window, "97531")
    enter_pin(qtbot, window, "97532")
    assert "不一致" in find(window, QtWidgets.QLabel, "PinStatus").text()
    enter_pin(qtbot, window, "97531")
    enter_pin(qtbot, window, "97531")
    wait_page(qtbot, window, "admin")
    assert window.ctx.settings.check_pin("97531")
    assert not window.ctx.settings.check_pin(DEFAULT_PIN)
    assert "97531" not in window.ctx.settings_path.read_text(encoding="utf-8")

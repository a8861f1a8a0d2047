"""Nothing a visitor does leaves the app, and an unexpected error never shows a traceback."""

from __future__ import annotations

import logging
import subprocess
import sys

from kiosk_app.ui.excepthook import ErrorRelay
from kiosk_app.ui.guard import KioskGuard
from kiosk_app.ui.qt import QtCore, QtGui, QtWidgets, Qt
from tests.ui.helpers import tap_button, type_text


def test_guard_swallows_context_menus_and_close_keys(qtbot, kiosk):
    window = kiosk
    app = QtWidgets.QApplication.instance()
    guard = KioskGuard(app)
    app.installEventFilter(guard)
    try:
        search = window.open("search")
        menu = QtGui.QContextMenuEvent(QtGui.QContextMenuEvent.Reason.Mouse, QtCore.QPoint(5, 5),
                                       search.field.mapToGlobal(QtCore.QPoint(5, 5)))
        QtWidgets.QApplication.sendEvent(search.field, menu)
        assert guard.blocked == 1
        assert QtWidgets.QApplication.activePopupWidget() is None
        qtbot.keyClick(search.field, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
        assert guard.blocked > 1 and window.isVisible()
        window.close()
        assert window.isVisible(), "a visitor cannot close the kiosk"
        qtbot.keyClick(search.field, Qt.Key.Key_A)
        assert search.field.text() == "a", "ordinary typing passes"
    finally:
        app.removeEventFilter(guard)


def test_unexpected_error_shows_a_calm_message_and_goes_home(qtbot, kiosk, caplog):
    window = kiosk
    relay = ErrorRelay(window)
    search = window.open("search")
    type_text(qtbot, search.field, "劳动")
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError:
        with caplog.at_level(logging.ERROR, logger="kiosk_app.crash"):
            relay.handle(*sys.exc_info())
    qtbot.waitUntil(lambda: window.message.isVisible())
    assert window.current_page == "home"
    assert search.field.text() == ""
    assert window.message.title.text() == "抱歉，刚才的操作没有完成"
    shown = " ".join(w.text() for w in window.findChildren(QtWidgets.QLabel) if w.isVisible())
    assert "Traceback" not in shown and "ZeroDivisionError" not in shown
    assert "ZeroDivisionError: boom" in caplog.text
    tap_button(qtbot, window, "MessageOk")
    assert not window.message.isVisible()


def test_missing_document_is_a_calm_message(qtbot, kiosk):
    window = kiosk
    window.open("reader", doc_id="no-such-document")
    assert window.message.isVisible()
    assert window.message.title.text() == "没有找到这份文件"


def test_screenshot_command(sample_library, tmp_path):
    out = tmp_path / "home.png"
    env = {"QT_QPA_PLATFORM": "offscreen", "KIOSK_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin",
           "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "kiosk_app", "--screenshot", str(out), "--page", "search",
                           "--size", "1080x1920", "--library", str(sample_library)],
                          capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    image = QtGui.QImage(str(out))
    assert (image.width(), image.height()) == (1080, 1920)
    unknown = subprocess.run([sys.executable, "-m", "kiosk_app", "--screenshot", str(out), "--page", "nope",
                              "--library", str(sample_library)], capture_output=True, text=True, timeout=120,
                             env=env)
    assert unknown.returncode == 2
    assert "unknown page" in unknown.stderr


def test_number_fields_ask_for_the_digit_keyboard(qtbot):
    from kiosk_app.ui.widgets.fields import digits_field, id_number_field, phone_field

    phone, ident, digits = phone_field(), id_number_field(), digits_field("N", 4)
    for field in (phone, ident, digits):
        qtbot.addWidget(field)
    assert phone.inputMethodHints() & Qt.InputMethodHint.ImhDialableCharactersOnly
    assert digits.inputMethodHints() & Qt.InputMethodHint.ImhDigitsOnly
    assert ident.inputMethodHints() & Qt.InputMethodHint.ImhPreferNumbers
    qtbot.keyClicks(phone, "1381234567899")
    assert phone.text() == "13812345678"
    qtbot.keyClicks(ident, "37010219900307451X")
    assert ident.text() == "37010219900307451X"
    qtbot.keyClicks(digits, "12a3")
    assert digits.text() == "123"

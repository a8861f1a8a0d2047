"""Idle behaviour: a visible countdown, then back home with the whole visit wiped; the attract loop."""

from __future__ import annotations

from kiosk_app.ui.qt import QtWidgets
from tests.ui.helpers import find, tap, tap_button, tap_row, type_text, wait_page


def _busy_visit(qtbot, window):
    """Leave traces everywhere: a query with filters, an open document, a scroll, elder mode, English."""
    tap_button(qtbot, window, "TileSearch")
    search = window.page("search")
    type_text(qtbot, search.field, "劳动")
    qtbot.waitUntil(lambda: search.model.rowCount() > 3, timeout=10000)
    tap(qtbot, search.filter_panel.chip("validity", "现行有效"))
    qtbot.waitUntil(lambda: search._shown is not None and search._shown.request.filters != (), timeout=10000)
    search.list.verticalScrollBar().setValue(200)
    tap_row(qtbot, search.list, 0)
    wait_page(qtbot, window, "reader")
    reader = window.page("reader")
    tap_button(qtbot, window, "FontLarger")
    reader.body_view.verticalScrollBar().setValue(300)
    tap_button(qtbot, window, "ElderToggle")
    tap_button(qtbot, window, "LanguageToggle")
    assert window.theme.elder and window.translations.language == "en"
    return search, reader


def test_idle_countdown_then_everything_is_wiped(qtbot, kiosk, clock):
    window = kiosk
    search, reader = _busy_visit(qtbot, window)
    timeout = window.ctx.settings.idle_timeout
    countdown = window.ctx.settings.idle_countdown

    clock.advance(timeout - countdown - 1)
    window.idle.tick()
    assert not window.countdown.isVisible()
    clock.advance(2)
    window.idle.tick()
    assert window.countdown.isVisible()
    number = find(window, QtWidgets.QLabel, "CountdownNumber")
    assert int(number.text()) == countdown - 1

    clock.advance(countdown)
    window.idle.tick()
    assert window.current_page == "home"
    assert not window.countdown.isVisible()
    # Every trace of the visit is gone.
    assert search.field.text() == ""
    assert search.model.rowCount() == 0
    assert search.filters == {}
    assert search.list.verticalScrollBar().value() == 0
    assert reader.doc is None and reader.body_view.toPlainText() == ""
    assert reader.font_step == 1
    assert not window.theme.elder and not window.header.elder.isChecked()
    assert window.translations.language == "zh_CN"
    assert window._history == []
    assert window.visit.prints == 0 and not window.visit.recorded_queries
    # The header is Chinese again.
    assert find(window, QtWidgets.QPushButton, "LanguageToggle").text() == "English"


def test_touch_during_countdown_keeps_the_visit(qtbot, kiosk, clock):
    window = kiosk
    window.start()
    tap_button(qtbot, window, "TileGuides")
    clock.advance(window.ctx.settings.idle_timeout - 3)
    window.idle.tick()
    assert window.countdown.isVisible()
    tap_button(qtbot, window, "KeepGoing")
    assert not window.countdown.isVisible()
    clock.advance(window.ctx.settings.idle_timeout - window.ctx.settings.idle_countdown - 1)
    window.idle.tick()
    assert window.current_page == "guides"
    assert not window.countdown.isVisible()


def test_attract_loop_at_home_and_touch_starts(qtbot, kiosk, clock):
    window = kiosk
    window.start()
    clock.advance(window.ctx.settings.attract_after + 1)
    window.idle.tick()
    assert window.attract.isVisible()
    first = window.attract.current_title()
    assert first
    window.attract.advance()
    assert window.attract.current_title() != first
    tap(qtbot, window.attract)
    assert not window.attract.isVisible()
    assert window.current_page == "home"

"""Elder mode, English at run time, the pseudo-locale, and portrait: sizes change, nothing is clipped."""

from __future__ import annotations

import pytest

from kiosk_app.ui.qt import QtWidgets, Qt
from tests.ui.conftest import make_kiosk, shutdown
from tests.ui.helpers import find, tap_button, type_text

PAGES = ("home", "search", "catalogue", "guides", "faq", "consultations", "policy-match", "apply",
         "interpretations", "pin")


def clipped(window) -> list[str]:
    """Visible, non-wrapping labels and buttons whose text needs more width than they have."""
    out = []
    for w in window.findChildren(QtWidgets.QWidget):
        if not w.isVisible() or w.width() <= 0:
            continue
        if isinstance(w, QtWidgets.QPushButton) and w.text() and not w.layout():
            # The size hint holds text, icon and style-sheet padding.
            if w.sizeHint().width() > w.width() + 1:
                out.append(f"button {w.objectName() or ''}: {w.text()!r}")
        elif isinstance(w, QtWidgets.QLabel) and w.text() and not w.wordWrap() \
                and w.textFormat() != Qt.TextFormat.RichText and w.pixmap().isNull():
            if w.fontMetrics().horizontalAdvance(w.text()) > w.contentsRect().width() + 1:
                out.append(f"label {w.objectName() or ''}: {w.text()!r}")
    return out


def show_every_page(qtbot, window):
    problems = {}
    for name in PAGES:
        window.open(name)
        qtbot.wait(10)
        found = clipped(window)
        if found:
            problems[name] = found
    return problems


def test_elder_mode_makes_everything_larger(qtbot, kiosk):
    window = kiosk
    search = window.open("search")
    type_text(qtbot, search.field, "劳动")
    qtbot.waitUntil(lambda: search.model.rowCount() > 0, timeout=10000)
    field_font = search.field.font().pixelSize()
    row = search.list.visualRect(search.model.index(0, 0)).height()
    tile_min = window.page("home").tiles["TileSearch"].minimumSizeHint().height()

    tap_button(qtbot, window, "ElderToggle")
    assert window.theme.elder
    assert search.field.font().pixelSize() > field_font
    assert search.list.visualRect(search.model.index(0, 0)).height() > row
    assert window.page("home").tiles["TileSearch"].minimumSizeHint().height() > tile_min
    assert window.theme.line_height >= 130
    # High contrast: black text on white.
    assert window.theme.palette.text == "#000000" and window.theme.palette.window == "#ffffff"
    reader = window.open("reader", doc_id=search.model.hit(0).id)
    assert reader.body_font_px() >= 34
    assert "line-height:160%" in reader.body_view.toHtml().replace(" ", "")
    tap_button(qtbot, window, "ElderToggle")
    assert not window.theme.elder


def test_every_touch_target_is_large(qtbot, kiosk):
    window = kiosk
    small = []
    for name in PAGES:
        window.open(name)
        for b in window.findChildren(QtWidgets.QPushButton):
            if b.isVisible() and b.height() < 60:
                small.append(f"{name}: {b.objectName() or b.text()} {b.height()}px")
    assert small == []


def test_english_at_run_time_and_back(qtbot, kiosk):
    window = kiosk
    home = window.page("home")
    assert home.tiles["TileSearch"].text_heading() == "政策查询"
    tap_button(qtbot, window, "LanguageToggle")
    assert window.translations.language == "en"
    assert home.tiles["TileSearch"].text_heading() == "Search policies"
    assert find(window, QtWidgets.QPushButton, "LanguageToggle").text() == "中文"
    assert "Data updated" in find(window, QtWidgets.QLabel, "DataDate").text()
    search = window.open("search")
    assert search.go_button.text() == "Search"
    assert show_every_page(qtbot, window) == {}
    tap_button(qtbot, window, "HomeButton")
    tap_button(qtbot, window, "LanguageToggle")
    assert home.tiles["TileSearch"].text_heading() == "政策查询"


def test_chinese_standard_and_elder_fit(qtbot, kiosk):
    window = kiosk
    assert show_every_page(qtbot, window) == {}
    window.set_elder(True)
    assert show_every_page(qtbot, window) == {}


@pytest.mark.parametrize("size", [(1080, 1920)])
def test_portrait_fits(qtbot, sample_library, tmp_path, clock, size):
    window = make_kiosk(qtbot, sample_library, tmp_path, clock, size=size)
    try:
        assert window.portrait
        assert show_every_page(qtbot, window) == {}
        window.set_language("en")
        assert show_every_page(qtbot, window) == {}
    finally:
        shutdown(window)


def test_pseudo_locale_stretches_every_string(qtbot, kiosk):
    window = kiosk
    window.set_language("pseudo")
    heading = window.page("home").tiles["TileSearch"].text_heading()
    assert heading.startswith("[") and heading.endswith("]") and "~" in heading
    window.set_language("zh_CN")

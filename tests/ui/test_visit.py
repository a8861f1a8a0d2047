"""A whole visit, tapped through the real window: home → type → filter → open → interpretation → revision → home."""

from __future__ import annotations

from kiosk_app.ui.qt import QtWidgets
from tests.ui.helpers import find, tap, tap_button, tap_row, type_text, wait_page

POLICY = "保障中小企业款项支付条例"


def test_full_visit(qtbot, kiosk):
    window = kiosk
    assert window.current_page == "home"
    tap_button(qtbot, window, "TileSearch")
    wait_page(qtbot, window, "search")
    search = window.page("search")

    type_text(qtbot, search.field, "中小企业款项")
    qtbot.waitUntil(lambda: search.model.rowCount() > 0, timeout=10000)
    assert search.count_label.text().startswith("共找到")
    titles = [search.model.hit(r).title for r in range(search.model.rowCount())]
    assert POLICY in titles

    chip = search.filter_panel.chip("validity", "现行有效")
    assert chip is not None and chip.isVisible()
    tap(qtbot, chip)
    qtbot.waitUntil(lambda: search.filters.get("validity") == {"现行有效"}
                    and search._shown is not None and search._shown.request.filters != (), timeout=10000)
    shown = [search.model.hit(r) for r in range(search.model.rowCount())]
    assert shown and all(h.validity == "现行有效" for h in shown)
    qtbot.waitUntil(lambda: search.filter_panel.chip("validity", "现行有效").text().startswith("✓"))

    row = next(r for r in range(search.model.rowCount()) if search.model.hit(r).title == POLICY)
    tap_row(qtbot, search.list, row)
    wait_page(qtbot, window, "reader")
    reader = window.page("reader")
    assert reader.doc["title"] == POLICY
    assert POLICY in reader.body_view.toPlainText()
    assert "发布机构" in reader.body_view.toPlainText()

    tap_button(qtbot, window, "Tab_interpretations")
    assert reader.current_tab() == "interpretations"
    interp_text = reader.interp_view.toPlainText()
    assert reader.interpretations and reader.interpretations[0]["title"] in interp_text

    tap_button(qtbot, window, "Tab_history")
    assert reader.current_tab() == "history"
    rows = reader.timeline.rows
    assert len(rows) == 2 and rows[0].current and not rows[1].current
    older = rows[1].doc_id
    tap(qtbot, rows[1])
    qtbot.waitUntil(lambda: reader.doc is not None and reader.doc["id"] == older)
    assert reader.banner.isVisible()
    assert find(window, QtWidgets.QPushButton, "OpenCurrentVersion").isVisible()

    tap_button(qtbot, window, "BackButton")
    qtbot.waitUntil(lambda: reader.doc["title"] == POLICY and reader.doc["id"] != older)
    tap_button(qtbot, window, "HomeButton")
    wait_page(qtbot, window, "home")

    figures = window.ctx.usage.figures()
    assert figures.visits == 1
    assert figures.opens == 2
    assert figures.queries == 1

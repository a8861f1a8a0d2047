"""Browsing without typing: the three-level catalogue, guides, FAQ, consultations, policy matching, interpretations."""

from __future__ import annotations

from kiosk_app.ui.qt import QtWidgets
from tests.ui.helpers import find, tap, tap_button, wait_page


def test_catalogue_three_levels_and_drill_down(qtbot, kiosk):
    window = kiosk
    tap_button(qtbot, window, "TileCatalogue")
    page = window.page("catalogue")
    assert page.level == "市" and page.doc_rows, "a section with documents is open at once"
    tap_button(qtbot, window, "Level_区县")
    assert page.level == "区县"
    district = page.node_buttons[0]
    tap(qtbot, district)
    assert page.path and page.up.isVisible()
    assert "›" in page.crumb.text()
    leaf = next(b for b in page.node_buttons if "(" in b.text())
    tap(qtbot, leaf)
    assert leaf.isChecked() and page.doc_rows
    title = page.doc_rows[0].title.text()
    tap(qtbot, page.doc_rows[0])
    wait_page(qtbot, window, "reader")
    assert window.page("reader").doc["title"] == title
    tap_button(qtbot, window, "BackButton")
    wait_page(qtbot, window, "catalogue")
    assert page.level == "区县" and page.path, "the catalogue keeps its place on the way back"
    tap_button(qtbot, window, "CatalogueUp")
    assert not page.path
    tap_button(qtbot, window, "Level_街道")
    assert page.node_buttons


def test_service_guide_details(qtbot, kiosk):
    window = kiosk
    tap_button(qtbot, window, "TileGuides")
    page = window.page("guides")
    tap(qtbot, page.buttons[0])
    text = page.detail.toPlainText()
    guide = page.guides[0]
    for part in ("办理时限", "办理地点", "办公时间", "咨询电话", "申请材料", "办理流程"):
        assert part in text
    assert guide["materials"][0]["name"] in text
    assert guide["phone"] in text


def test_faq_topics_and_answers(qtbot, kiosk):
    window = kiosk
    tap_button(qtbot, window, "TileFaq")
    page = window.page("faq")
    total = len(page.items)
    topic = next(t for t in page.topic_buttons if t)
    tap(qtbot, page.topic_buttons[topic])
    assert 0 < len(page.items) < total
    item = page.items[0]
    assert not item.details.isVisible()
    tap(qtbot, item.question)
    assert item.details.isVisible()
    assert item.faq["answer"][:10] in item.answer.text()


def test_consultations_show_status_and_dates(qtbot, kiosk):
    window = kiosk
    tap_button(qtbot, window, "TileConsultations")
    page = window.page("consultations")
    statuses = [c["status"] for c in page.items]
    assert statuses == sorted(statuses, key=["open", "upcoming", "closed"].index)
    dates = [w.text() for w in window.findChildren(QtWidgets.QLabel, "ConsultationDates")]
    assert any("还剩" in d for d in dates) and any("天后开始" in d for d in dates)
    tap(qtbot, visible(window, "查看全文和反馈方式")[0])
    assert page.stack.currentIndex() == 1
    assert page.items[0]["title"] in page.view.toPlainText()
    tap_button(qtbot, window, "BackToList")
    assert page.stack.currentIndex() == 0


def test_policy_match_narrows(qtbot, kiosk):
    window = kiosk
    tap_button(qtbot, window, "TilePolicyMatch")
    page = window.page("policy-match")
    everything = len(page.rows)
    tap(qtbot, page.chips[("enterprise_size", "个体工商户")])
    assert page.choice["enterprise_size"] == "个体工商户"
    narrowed = len(page.rows)
    assert 0 < narrowed <= everything
    assert page.chips[("enterprise_size", "个体工商户")].text().startswith("✓")
    assert find(window, QtWidgets.QLabel, "MatchCount").text() == f"适用政策 {narrowed} 项"
    first = page.matches()[0]
    if first["no_application"]:
        assert [b.kind for b in page.rows[0].badges][-1] == "no_application"


def test_interpretations_open_on_their_tab(qtbot, kiosk):
    window = kiosk
    tap_button(qtbot, window, "TileInterpretations")
    page = window.page("interpretations")
    tap(qtbot, page.rows[0])
    wait_page(qtbot, window, "reader")
    assert window.page("reader").current_tab() == "interpretations"


def visible(window, text):
    return [b for b in window.findChildren(QtWidgets.QPushButton) if b.isVisible() and b.text() == text]

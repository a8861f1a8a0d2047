"""申请查询 through the real window: a code submitted here, the office's update, unknown, malformed, rate limit."""

from __future__ import annotations

import json

from stdnum.cn import ric

from kiosk_app.core.intake.form import ApplicationForm
from kiosk_app.core.intake.service import LookupLimiter
from kiosk_app.core.intake.tracking import check_char, format_code
from kiosk_app.ui.qt import QtWidgets
from tests.ui.conftest import NOW
from tests.ui.helpers import find, tap_button, type_text, wait_page
from tests.ui.test_look import clipped

BODY = "37010219580615242"
ID = BODY + ric.calc_check_digit(BODY + "0")


def unknown_code(prefix: str = "DEV", body: str = "23456789") -> str:
    return prefix + body + check_char(prefix + body)


def look_up(qtbot, window, text: str) -> None:
    field = find(window, QtWidgets.QLineEdit, "StatusCode")
    tap_button(qtbot, window, "StatusClear")
    type_text(qtbot, field, text)
    tap_button(qtbot, window, "StatusLookup")


def shown(window, name: str) -> str:
    """The text of the label called ``name`` if it is on screen, else ""."""
    QtWidgets.QApplication.processEvents()     # rows added to a shown layout appear on the next pass
    label = window.findChild(QtWidgets.QLabel, name)
    return label.text() if label is not None and label.isVisible() else ""


def test_a_code_submitted_here_then_the_offices_update(qtbot, kiosk):
    window = kiosk
    intake = window.ctx.intake
    app = ApplicationForm(name="王秀英", id_number=ID, phone="13905318888", info_title="老旧小区改造计划",
                          consent=True).validate(today=NOW.date())
    sub, _ = intake.submit_application(intake.new_key(), app)

    tap_button(qtbot, window, "HomeStatus")
    wait_page(qtbot, window, "status")
    assert window.header.title.text() == "申请查询"
    # Typed as people do: lower case, hyphens where the receipt has them.
    look_up(qtbot, window, format_code(sub.tracking_code).lower())
    assert find(window, QtWidgets.QLineEdit, "StatusCode").text() == format_code(sub.tracking_code)
    assert shown(window, "StatusError") == ""
    assert shown(window, "Status_code") == format_code(sub.tracking_code)
    assert shown(window, "Status_kind") == "政府信息公开申请"
    assert shown(window, "Status_received") == "2026年11月23日 10:00"
    assert shown(window, "Status_current") == "已提交，等待转交受理机关"
    assert shown(window, "Status_due") == "2026年12月21日前（含当日）答复"
    assert "联网后将自动转交" in shown(window, "StatusMessage")
    assert shown(window, "History_0") == "在自助终端提交"
    page_text = " ".join(w.text() for w in window.page("status").findChildren(QtWidgets.QLabel) if w.isVisible())
    assert "王" not in page_text and ID not in page_text and "13905318888" not in page_text

    # Sync leaves the office's news beside the kiosk's data.
    intake.outbox.mark_delivered([sub.idempotency_key])
    (window.ctx.data_dir / "application-status.json").write_text(json.dumps({
        sub.idempotency_key: {"status": "correction_requested", "note": "请补充所需信息的年份",
                              "at": "2026-11-25T15:20:00+08:00"},
    }), encoding="utf-8")
    tap_button(qtbot, window, "StatusLookup")
    assert shown(window, "Status_current") == "需要补正申请内容"
    assert shown(window, "History_1") == "需要补正申请内容：请补充所需信息的年份"
    assert "补正" in shown(window, "StatusMessage")
    assert shown(window, "Status_due") == ""      # the period restarts on the corrected application

    window.end_visit()
    page = window.page("status")
    assert page.field.text() == "" and not page.result.isVisibleTo(page)


def test_an_estimated_reply_date_says_so(qtbot, kiosk):
    window = kiosk
    intake = window.ctx.intake
    import datetime as dt

    intake._clock = lambda: dt.datetime(2026, 12, 21, 9, 0, tzinfo=NOW.tzinfo)
    intake.outbox._clock = intake._clock
    app = ApplicationForm(name="王秀英", id_number=ID, phone="13905318888", info_title="某文件",
                          consent=True).validate(today=NOW.date())
    sub, _ = intake.submit_application(intake.new_key(), app)
    window.open("status", code=sub.tracking_code)
    due = shown(window, "Status_due")
    assert due.startswith("预计2027年") and "以受理机关通知为准" in due


def test_unknown_and_malformed_codes(qtbot, kiosk):
    window = kiosk
    tap_button(qtbot, window, "HomeStatus")
    wait_page(qtbot, window, "status")
    look_up(qtbot, window, unknown_code())
    assert find(window, QtWidgets.QFrame, "StatusNotFound").isVisible()
    assert "本机只能查询在本终端提交的" in shown(window, "NotFoundText")
    assert "政府门户网站" in shown(window, "NotFoundText")
    assert not find(window, QtWidgets.QFrame, "StatusResult").isVisible()

    cases = {
        "K7M9-QXR4-TPW": "查询码应为12位（不含短横线），您输入了11位",
        "K7M9-QXR4-TPO0": "查询码中没有数字0、1和字母O、I、L，请对照回执核对",
        unknown_code()[:-1] + ("2" if unknown_code()[-1] != "2" else "3"): "查询码有误，请对照回执逐位核对",
        "": "请输入查询码",
    }
    for text, message in cases.items():
        look_up(qtbot, window, text)
        assert shown(window, "StatusError") == message, text
        assert not find(window, QtWidgets.QFrame, "StatusNotFound").isVisible()


def test_repeated_unknown_codes_pause_the_lookup(qtbot, kiosk, clock):
    window = kiosk
    window.ctx.intake.limiter = LookupLimiter(max_failures=3, window_s=300, monotonic=clock)
    window.open("status")
    for i in range(3):
        look_up(qtbot, window, unknown_code(body=f"2345678{i + 2}"))
        assert find(window, QtWidgets.QFrame, "StatusNotFound").isVisible()
    look_up(qtbot, window, unknown_code())
    assert shown(window, "StatusError") == "查询失败次数较多，请 5 分钟后再试。"
    clock.advance(200)
    look_up(qtbot, window, unknown_code())
    assert shown(window, "StatusError") == "查询失败次数较多，请 2 分钟后再试。"
    clock.advance(101)
    look_up(qtbot, window, unknown_code())
    assert shown(window, "StatusError") == "" and find(window, QtWidgets.QFrame, "StatusNotFound").isVisible()


def test_the_opinions_code_can_be_looked_up_and_the_page_fits(qtbot, kiosk):
    window = kiosk
    tap_button(qtbot, window, "HomeSuggestion")
    type_text(qtbot, find(window, QtWidgets.QPlainTextEdit, "OpinionText"), "建议增加老年人专用座椅")
    tap_button(qtbot, window, "OpinionNext")
    tap_button(qtbot, window, "OpinionSubmit")
    code = find(window, QtWidgets.QLabel, "DoneCode").text()
    tap_button(qtbot, window, "OpinionHome")
    tap_button(qtbot, window, "HomeStatus")
    look_up(qtbot, window, code)
    assert shown(window, "Status_kind") == "意见建议"
    assert shown(window, "Status_due") == ""                   # no statutory reply date for suggestions
    assert clipped(window) == []
    window.set_elder(True)
    qtbot.wait(20)
    assert clipped(window) == []
    assert all(b.height() >= 60 for b in window.findChildren(QtWidgets.QPushButton) if b.isVisible())

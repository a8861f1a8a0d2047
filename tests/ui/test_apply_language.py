"""The intake screens in English: the core's messages for visitors, translated review rows, the Chinese notice."""

from __future__ import annotations

import json

import pytest

from kiosk_app.core.intake.labels import CONTEXT
from kiosk_app.ui.qt import QtCore, QtWidgets
from tests.ui.helpers import find, tap, tap_button, type_text, wait_page
from tests.ui.test_apply_flow import (PERSON_ID, apply_kiosk, citizen_until_review, field, fill,  # noqa: F401
                                      next_step, open_form, shown_errors, submit_and_wait)

# Names the core marks for translation (context "Application") and their English, as kiosk_en.ts has them.
ENGLISH = {"申请人类型": "Applicant type", "公民": "Citizen", "姓名": "Name", "证件类型": "Document type",
           "居民身份证": "Resident identity card", "获取方式": "How to receive it", "纸质": "Paper",
           "邮寄": "Post", "证件号码": "Document number"}


class CoreNames(QtCore.QTranslator):
    """The English of the core's marked names while the kiosk is in English (until kiosk_en.qm has them)."""

    def __init__(self, window):
        super().__init__()
        self.window = window

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D102 - Qt API
        if context != CONTEXT or self.window.translations.language != "en":
            return None                  # a null string: Qt asks the next translator
        return ENGLISH.get(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False


@pytest.fixture
def core_names(apply_kiosk):
    app = QtWidgets.QApplication.instance()
    translator = CoreNames(apply_kiosk)
    app.installTranslator(translator)
    yield translator
    app.removeTranslator(translator)


def switch(qtbot, window, language: str) -> None:
    tap_button(qtbot, window, "LanguageToggle")
    assert window.translations.language == language


def test_field_messages_follow_the_language(qtbot, apply_kiosk):
    window = apply_kiosk
    page = open_form(qtbot, window)
    next_step(qtbot, window, page, "applicant")
    switch(qtbot, window, "en")
    tap_button(qtbot, window, "NextStep")
    assert page.current == "applicant"
    assert shown_errors(window) == {"name": "！Please fill in your name.",
                                    "id_number": "！Please fill in your ID card number."}

    # Shown messages follow a switch back to Chinese, and the correction, at once.
    switch(qtbot, window, "zh_CN")
    assert shown_errors(window) == {"name": "！请填写姓名", "id_number": "！请填写身份证号码"}
    switch(qtbot, window, "en")
    fill(qtbot, window, name="王小二", id_number=PERSON_ID[:17])
    assert shown_errors(window) == {"id_number": "！The ID card number has 18 characters; you typed 17."}
    type_text(qtbot, field(window, "id_number"), "0" if PERSON_ID[-1] != "0" else "1")
    tap_button(qtbot, window, "NextStep")
    assert shown_errors(window) == {
        "id_number": "！The last character of the ID card number (the check digit) does not match. "
                     "Please check the number."}


def test_staff_number_message_in_english(qtbot, apply_kiosk):
    window = apply_kiosk
    page = open_form(qtbot, window)
    switch(qtbot, window, "en")
    tap_button(qtbot, window, "AssistedToggle")
    overlay = page.staff_overlay()
    tap(qtbot, overlay.keypad.ok_key)
    assert find(overlay, QtWidgets.QLabel, "Error_staff_id").text() == "！Please fill in the staff number."


def test_review_rows_are_translated_and_the_notice_says_it_is_chinese(qtbot, apply_kiosk, core_names):
    window = apply_kiosk
    page = citizen_until_review(qtbot, window)
    review = page.step("review")
    assert review.values["获取方式"] == "纸质·邮寄"
    switch(qtbot, window, "en")
    assert review.values["申请人类型"] == "Citizen" and review.values["证件类型"] == "Resident identity card"
    assert review.values["获取方式"] == "Paper · Post"
    assert review.values["姓名"] == "张三明"                    # what was typed stays as typed
    QtWidgets.QApplication.processEvents()          # the cards made again show on the next pass
    labels = {w.text() for w in review.findChildren(QtWidgets.QLabel) if w.isVisible()}
    assert {"Applicant type", "Name", "Document type", "How to receive it"} <= labels
    assert not {"申请人类型", "证件类型", "获取方式"} & labels

    # The legal notice stays in Chinese (its version is its wording); a line above says so.
    tap_button(qtbot, window, "BackButton")
    assert page.current == "consent"
    note = find(window, QtWidgets.QLabel, "ConsentNoticeLanguage")
    assert note.isVisible() and note.text()
    assert "个人信息" in find(window, QtWidgets.QLabel, "ConsentNotice").text()
    switch(qtbot, window, "zh_CN")
    assert not note.isVisible()


def test_opinion_and_lookup_messages_in_english(qtbot, apply_kiosk):
    window = apply_kiosk
    switch(qtbot, window, "en")
    window.open("opinion")
    wait_page(qtbot, window, "opinion")
    assert find(window, QtWidgets.QLabel, "OpinionNoticeLanguage").isVisible()
    tap_button(qtbot, window, "OpinionNext")
    assert find(window, QtWidgets.QLabel, "TextError").text() == "Please fill in your opinion."
    switch(qtbot, window, "zh_CN")
    assert find(window, QtWidgets.QLabel, "TextError").text() == "请填写意见内容"
    assert not find(window, QtWidgets.QLabel, "OpinionNoticeLanguage").isVisible()

    window.open("status")
    wait_page(qtbot, window, "status")
    type_text(qtbot, find(window, QtWidgets.QLineEdit, "StatusCode"), "K7M9")
    tap_button(qtbot, window, "StatusLookup")
    error = find(window, QtWidgets.QLabel, "StatusError")
    assert error.text() == "查询码应为12位（不含短横线），您输入了4位"
    switch(qtbot, window, "en")
    assert error.text() == "A tracking code has 12 characters, not counting hyphens; you typed 4."


# The status lookup's names (context "IntakeStatus") and the page's own new sentences, in English.
STATUS_ENGLISH = {
    ("IntakeStatus", "政府信息公开申请"): "Application for government information",
    ("IntakeStatus", "已提交，等待转交受理机关"): "Submitted; waiting to be passed to the office",
    ("IntakeStatus", "需要补正申请内容"): "The application needs to be completed",
    ("IntakeStatus", "在自助终端提交"): "Submitted at the kiosk",
    ("IntakeStatus", "申请已保存在本终端，联网后将自动转交受理机关。"):
        "Your application is saved on this kiosk and will be passed to the office automatically once the kiosk "
        "is online.",
    ("IntakeStatus", "请按受理机关的补正通知补充申请内容；答复期限自收到补正后的申请之日起重新计算。"):
        "Please complete your application as the office's notice asks.",
    ("StatusPage", "{0}：{1}"): "{0}: {1}",
    ("StatusPage", "{0}前（含当日）答复"): "Reply by {0} (inclusive)",
}


class StatusNames(QtCore.QTranslator):
    """The English of the lookup's names while the kiosk is in English (until kiosk_en.qm has them)."""

    def __init__(self, window):
        super().__init__()
        self.window = window

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D102 - Qt API
        if self.window.translations.language != "en":
            return None
        return STATUS_ENGLISH.get((context, source_text))

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False


@pytest.fixture
def status_names(apply_kiosk):
    app = QtWidgets.QApplication.instance()
    translator = StatusNames(apply_kiosk)
    app.installTranslator(translator)
    yield translator
    app.removeTranslator(translator)


def visible_text(window, name: str) -> str:
    QtWidgets.QApplication.processEvents()     # rows made again appear on the next pass
    label = window.findChild(QtWidgets.QLabel, name)
    return label.text() if label is not None and label.isVisible() else ""


def test_a_status_shown_in_english_with_english_dates_and_the_offices_note_as_written(
        qtbot, apply_kiosk, status_names):
    window = apply_kiosk
    page = citizen_until_review(qtbot, window)
    submit_and_wait(qtbot, window, page)
    code = page.step("done").tracking_text()
    window.open("status", code=code)
    wait_page(qtbot, window, "status")
    assert visible_text(window, "Status_received") == "2026年11月23日 10:00"

    # Switching while the result is shown renders it again, in English.
    switch(qtbot, window, "en")
    assert visible_text(window, "Status_code") == code
    assert visible_text(window, "Status_kind") == "Application for government information"
    assert visible_text(window, "Status_received") == "23 Nov 2026, 10:00"
    assert visible_text(window, "Status_current") == "Submitted; waiting to be passed to the office"
    assert visible_text(window, "Status_due") == "Reply by 21 Dec 2026 (inclusive)"
    assert visible_text(window, "StatusMessage").startswith("Your application is saved on this kiosk")
    assert visible_text(window, "History_0") == "Submitted at the kiosk"
    status_page = window.page("status")
    shown = " ".join(w.text() for w in status_page.findChildren(QtWidgets.QLabel) if w.isVisible())
    assert "年" not in shown and "提交" not in shown

    # The office asks for a correction; its note is shown as the office wrote it.
    intake = window.ctx.intake
    key = intake.outbox.pending_items()[0].idempotency_key
    intake.outbox.mark_delivered([key])
    (window.ctx.data_dir / "application-status.json").write_text(json.dumps({
        key: {"status": "correction_requested", "note": "请补充所需信息的年份", "at": "2026-11-25T00:38:00+08:00"},
    }), encoding="utf-8")
    tap_button(qtbot, window, "StatusLookup")
    assert visible_text(window, "Status_current") == "The application needs to be completed"
    assert visible_text(window, "History_1") == "The application needs to be completed: 请补充所需信息的年份"
    assert visible_text(window, "StatusMessage").startswith(
        "Please complete your application as the office's notice asks.")
    assert visible_text(window, "Status_due") == ""
    history_times = [w.text() for w in status_page.findChildren(QtWidgets.QLabel)
                     if w.isVisible() and w.text().endswith(("10:00", "00:38"))]
    assert history_times == ["23 Nov 2026, 10:00", "23 Nov 2026, 10:00", "25 Nov 2026, 00:38"]

    switch(qtbot, window, "zh_CN")
    assert visible_text(window, "Status_received") == "2026年11月23日 10:00"
    assert visible_text(window, "History_1") == "需要补正申请内容：请补充所需信息的年份"


def test_the_done_screen_writes_its_dates_in_the_interface_language(qtbot, apply_kiosk):
    window = apply_kiosk
    page = citizen_until_review(qtbot, window)
    switch(qtbot, window, "en")
    submit_and_wait(qtbot, window, page)
    assert page.current == "done"
    dates = find(window, QtWidgets.QLabel, "DoneDates").text()
    assert "23 Nov 2026, 10:00" in dates and "21 Dec 2026" in dates
    assert "年" not in dates and "受理时间" not in dates
    switch(qtbot, window, "zh_CN")
    assert find(window, QtWidgets.QLabel, "DoneDates").text() == (
        "受理时间：2026年11月23日 10:00\n答复期限：2026年12月21日前（自受理之日起20个工作日）")

"""The intake screens in English: the core's messages for visitors, translated review rows, the Chinese notice."""

from __future__ import annotations

import pytest

from kiosk_app.core.intake.labels import CONTEXT
from kiosk_app.ui.qt import QtCore, QtWidgets
from tests.ui.helpers import find, tap, tap_button, type_text, wait_page
from tests.ui.test_apply_flow import (PERSON_ID, apply_kiosk, citizen_until_review, field, fill,  # noqa: F401
                                      next_step, open_form, shown_errors)

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

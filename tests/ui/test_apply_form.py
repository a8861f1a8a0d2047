"""The application form's screens: messages beside the fields, published documents, staff mode, wiping."""

from __future__ import annotations

from kiosk_app.ui.qt import QtCore, QtWidgets
from tests.ui.conftest import make_kiosk
from tests.ui.helpers import find, tap, tap_button, type_text, wait_page
from tests.ui.test_apply_flow import (PERSON_ID, apply_kiosk, at_office, citizen_until_review, close,  # noqa: F401
                                      field, fill, next_step, open_form, provision, receipt_text, shown_errors,
                                      submit_and_wait)
from tests.ui.test_look import clipped

PUBLISHED = "保障中小企业款项支付条例"


def test_wrong_id_number_shows_its_message_and_blocks(qtbot, apply_kiosk):
    window = apply_kiosk
    page = open_form(qtbot, window)
    next_step(qtbot, window, page, "applicant")
    tap_button(qtbot, window, "NextStep")
    assert page.current == "applicant"
    assert shown_errors(window) == {"name": "！请填写姓名", "id_number": "！请填写身份证号码"}

    wrong = PERSON_ID[:-1] + ("0" if PERSON_ID[-1] != "0" else "1")
    fill(qtbot, window, name="王小二", id_number=wrong)
    assert "name" not in shown_errors(window)          # corrected: its message goes at once
    tap_button(qtbot, window, "NextStep")
    assert page.current == "applicant"
    assert shown_errors(window) == {"id_number": "！身份证号码最后一位校验码不正确，请核对"}
    assert QtWidgets.QApplication.focusWidget() is field(window, "id_number")

    number = field(window, "id_number")
    number.clear()
    type_text(qtbot, number, PERSON_ID[:17])
    assert shown_errors(window) == {"id_number": "！身份证号码应为18位，您输入了17位"}
    type_text(qtbot, number, PERSON_ID[17])
    assert shown_errors(window) == {}
    next_step(qtbot, window, page, "request")

    # Back a step and forward again: nothing typed is lost.
    tap_button(qtbot, window, "PrevStep")
    assert page.current == "applicant"
    assert field(window, "name").text() == "王小二" and field(window, "id_number").text() == PERSON_ID
    next_step(qtbot, window, page, "request")


def test_other_documents_change_what_the_number_field_takes(qtbot, apply_kiosk):
    window = apply_kiosk
    page = open_form(qtbot, window)
    next_step(qtbot, window, page, "applicant")
    tap_button(qtbot, window, "Choice_id_type_hk_macao_permit")
    fill(qtbot, window, name="陈大文", id_number="h1234567")
    tap_button(qtbot, window, "NextStep")
    assert page.current == "applicant"
    assert "港澳" in shown_errors(window)["id_number"]
    type_text(qtbot, field(window, "id_number"), "8")
    next_step(qtbot, window, page, "request")
    assert page.form.id_type == "hk_macao_permit"


def test_published_documents_are_offered_while_typing(qtbot, apply_kiosk):
    window = apply_kiosk
    page = open_form(qtbot, window)
    next_step(qtbot, window, page, "applicant")
    fill(qtbot, window, name="张三明", id_number=PERSON_ID)
    next_step(qtbot, window, page, "request")
    panel = page.step("request").deflection
    assert not panel.isVisible()
    fill(qtbot, window, info_title="中小企业款项支付")
    qtbot.waitUntil(lambda: PUBLISHED in panel.titles(), timeout=10000)
    heading = find(window, QtWidgets.QLabel, "DeflectionHeading")
    assert heading.isVisible() and heading.text() == "以下信息已主动公开，可直接查看或打印"

    row = next(r for r in panel.rows if r.title.text() == PUBLISHED)
    tap(qtbot, row)
    wait_page(qtbot, window, "reader")
    assert window.page("reader").doc["title"] == PUBLISHED
    tap_button(qtbot, window, "BackButton")
    wait_page(qtbot, window, "apply-form")
    assert page.current == "request"
    assert field(window, "info_title").text() == "中小企业款项支付"
    assert page.form.name == "张三明" and field(window, "id_number").text() == PERSON_ID


def test_staff_assisted_needs_the_pin(qtbot, apply_kiosk):
    window = apply_kiosk
    page = open_form(qtbot, window)
    tap_button(qtbot, window, "AssistedToggle")
    overlay = page.staff_overlay()
    assert overlay.isVisible()

    type_text(qtbot, find(overlay, QtWidgets.QLineEdit, "Field_staff_id"), "A1024")
    for d in "1111":
        tap(qtbot, overlay.keypad.keys[d])
    tap(qtbot, overlay.keypad.ok_key)
    assert overlay.isVisible()
    assert overlay.status.text() == "PIN 不正确，还可以再试 4 次"
    assert page.form.assisted is False
    assert window.page("pin").failures == 1          # counts towards the admin entrance's lockout

    for d in "246810":                              # the factory PIN of a new kiosk
        tap(qtbot, overlay.keypad.keys[d])
    tap(qtbot, overlay.keypad.ok_key)
    assert not overlay.isVisible()
    assert (page.form.assisted, page.form.staff_id) == (True, "A1024")
    assert find(window, QtWidgets.QLabel, "AssistedNote").text() == "代为填写：工作人员 A1024"

    # Fill in the rest for the applicant, as staff would.
    tap_button(qtbot, window, "NextStep")
    fill(qtbot, window, name="张三明", id_number=PERSON_ID)
    next_step(qtbot, window, page, "request")
    fill(qtbot, window, info_description="我家所在小区2024年加装电梯的审批文件")
    next_step(qtbot, window, page, "delivery")
    next_step(qtbot, window, page, "contact")
    fill(qtbot, window, phone="13912345678")
    next_step(qtbot, window, page, "consent")
    tap_button(qtbot, window, "ConsentToggle")
    next_step(qtbot, window, page, "review")
    assert find(window, QtWidgets.QLabel, "ReviewAssisted").isVisible()
    assert page.step("review").values["代为填写"] == "工作人员 A1024"

    submit_and_wait(qtbot, window, page)
    form = at_office(window.ctx.intake)[0]["form"]
    assert (form["assisted"], form["staff_id"]) == (True, "A1024")
    assert "代为填写" in receipt_text(window.ctx.printer.jobs[0])


def test_staff_id_is_checked_and_switching_off_needs_no_pin(qtbot, apply_kiosk):
    window = apply_kiosk
    page = open_form(qtbot, window)
    tap_button(qtbot, window, "AssistedToggle")
    overlay = page.staff_overlay()
    tap(qtbot, overlay.keypad.ok_key)
    assert overlay.staff.error_text() == "请填写工作人员工号"
    assert window.page("pin").failures == 0
    type_text(qtbot, overlay.staff.editor, "7")
    for d in "246810":
        tap(qtbot, overlay.keypad.keys[d])
    tap(qtbot, overlay.keypad.ok_key)
    assert page.form.assisted is True
    tap_button(qtbot, window, "AssistedToggle")
    assert (page.form.assisted, page.form.staff_id) == (False, "")
    assert not overlay.isVisible()


def test_idle_reset_wipes_every_field(qtbot, apply_kiosk, clock):
    window = apply_kiosk
    page = citizen_until_review(qtbot, window)
    assert page.key and page.form.name
    tap_button(qtbot, window, "Edit_request")
    assert page.current == "request"
    clock.advance(window.ctx.settings.idle_timeout + 1)
    window.idle.tick()
    assert window.current_page == "home"

    assert page.form.name == "" and page.form.consent is False and page.key is None and page.app is None
    for name in ("name", "id_number", "info_title", "phone", "address", "postcode"):
        assert field(window, name).text() == "", name
    assert page.step("delivery").method.value() == "pickup"
    assert not page.step("consent").consent.toggle.isChecked()
    assert page.step("review").values == {}
    assert shown_errors(window) == {}
    assert window.ctx.intake.outbox.counts()["pending"] == 0
    # The next visitor starts at the first step.
    open_form(qtbot, window)
    assert page.current == "type"


def test_the_field_in_use_scrolls_above_the_keyboard(qtbot, apply_kiosk):
    window = apply_kiosk
    page = open_form(qtbot, window)
    next_step(qtbot, window, page, "applicant")
    fill(qtbot, window, name="张三明", id_number=PERSON_ID)
    next_step(qtbot, window, page, "request")
    fill(qtbot, window, info_title="泉城路街道2025年财政预算")
    next_step(qtbot, window, page, "delivery")
    next_step(qtbot, window, page, "contact")
    # What the main window does when the on-screen keyboard rises: the screens shrink above it.
    window._root.setContentsMargins(0, 0, 0, 640)
    qtbot.waitUntil(lambda: page.step("contact").area.viewport().height() < 300, timeout=3000)
    postcode = field(window, "postcode")
    postcode.setFocus()
    area = page.step("contact").area

    def shown() -> bool:
        top_left = postcode.mapTo(area.viewport(), QtCore.QPoint(0, 0))
        return top_left.y() >= 0 and top_left.y() + postcode.height() <= area.viewport().height()

    qtbot.waitUntil(shown, timeout=3000)
    window._root.setContentsMargins(0, 0, 0, 0)


def test_portrait_and_elder_mode(qtbot, sample_library, tmp_path, clock):
    provision(tmp_path)
    window = make_kiosk(qtbot, sample_library, tmp_path, clock, size=(1080, 1920))
    try:
        tap_button(qtbot, window, "ElderToggle")
        page = open_form(qtbot, window)
        assert window.portrait and window.theme.elder
        for key in ("type", "applicant", "request", "delivery", "contact", "consent"):
            page._show_step(key)
            qtbot.wait(10)
            assert clipped(window) == [], (key, clipped(window))
            small = [b.objectName() or b.text() for b in window.findChildren(QtWidgets.QPushButton)
                     if b.isVisible() and b.height() < 60]
            assert small == [], key
        field_font = field(window, "name").font().pixelSize()
        tap_button(qtbot, window, "ElderToggle")
        assert field(window, "name").font().pixelSize() < field_font
    finally:
        close(window)


def test_a_new_library_drops_the_form_cleanly(qtbot, apply_kiosk):
    window = apply_kiosk
    page = open_form(qtbot, window)
    next_step(qtbot, window, page, "applicant")
    window.library_replaced()                       # pages are made again on first use
    QtWidgets.QApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
    search = window.open("search")
    type_text(qtbot, search.field, "中小企业")          # focus moves, the shared runner answers
    qtbot.waitUntil(lambda: search.model.rowCount() > 0, timeout=10000)
    tap_button(qtbot, window, "HomeButton")
    fresh = open_form(qtbot, window)
    assert fresh is not page and fresh.current == "type" and fresh.form.name == ""


def test_enter_moves_to_the_next_field(qtbot, apply_kiosk):
    window = apply_kiosk
    page = open_form(qtbot, window)
    next_step(qtbot, window, page, "applicant")
    type_text(qtbot, field(window, "name"), "张三明")
    qtbot.keyClick(field(window, "name"), QtCore.Qt.Key.Key_Return)
    assert QtWidgets.QApplication.focusWidget() is field(window, "id_number")


def test_back_in_the_header_goes_back_one_step(qtbot, apply_kiosk):
    window = apply_kiosk
    page = citizen_until_review(qtbot, window)
    key = page.key
    for expected in ("consent", "contact", "delivery", "request", "applicant", "type"):
        tap_button(qtbot, window, "BackButton")
        assert (window.current_page, page.current) == ("apply-form", expected)
    # Nothing typed was lost on the way back.
    assert field(window, "name").text() == "张三明" and field(window, "postcode").text() == "250011"
    tap_button(qtbot, window, "BackButton")             # the first step: 返回 leaves the form
    wait_page(qtbot, window, "apply")
    tap_button(qtbot, window, "StartApplication")
    wait_page(qtbot, window, "apply-form")
    assert page.current == "type" and page.form.name == "张三明"
    for expected in ("applicant", "request", "delivery", "contact", "consent", "review"):
        next_step(qtbot, window, page, expected)
    assert page.key and page.key != key                  # a new review, a new submission key

"""Opinions on drafts and general suggestions, tapped through the real window over a fresh data directory."""

from __future__ import annotations

import json
import sqlite3

from kiosk_app.core.intake.consent import OPINION_NOTICE_VERSION
from kiosk_app.core.intake.crypto import FieldCipher
from kiosk_app.ui.qt import QtWidgets, Qt
from tests.ui.conftest import NOW, make_kiosk, shutdown
from tests.ui.helpers import find, tap, tap_button, type_text, wait_page
from tests.ui.test_look import clipped
from tests.ui.test_reprint import open_admin

DOG = "consult-qcl-dog-convention-2026"          # open 2026-11-10 .. 2026-11-30


def stored(window) -> list[dict]:
    """Every submission in the outbox with its form, read back with the kiosk's own key (no office key here)."""
    intake = window.ctx.intake
    cipher = FieldCipher.from_key_file(intake.paths.kiosk_key)
    conn = sqlite3.connect(intake.paths.outbox)
    try:
        rows = conn.execute("SELECT idem_key, tracking_code, kind, payload, sealed FROM submission").fetchall()
    finally:
        conn.close()
    out = []
    for key, code, kind, blob, sealed in rows:
        assert not sealed
        envelope = json.loads(cipher.decrypt(blob, f"gk-outbox/1|{key}|{code}|{kind}".encode()))
        out.append({"key": key, "code": code, "kind": kind, **envelope["form"]})
    return out


def text_of(window, cls, name: str) -> str:
    return find(window, cls, name).text()


def test_opinion_on_an_open_consultation_is_stored_once(qtbot, kiosk):
    window = kiosk
    tap_button(qtbot, window, "TileConsultations")
    wait_page(qtbot, window, "consultations")
    tap_button(qtbot, window, f"Opinion_{DOG}")
    wait_page(qtbot, window, "opinion")
    page = window.page("opinion")
    assert window.header.title.text() == "征求意见"
    assert "文明养犬公约" in page.heading.text() and "2026年11月30日" in page.subheading.text()

    # Nothing typed: the message is under the text box, in Chinese.
    tap_button(qtbot, window, "OpinionNext")
    error = find(window, QtWidgets.QLabel, "TextError")
    assert error.isVisible() and "意见内容" in error.text()

    box = find(window, QtWidgets.QPlainTextEdit, "OpinionText")
    type_text(qtbot, box, "建议公约写明遛狗必须牵绳，并在小区入口张贴。")
    tap_button(qtbot, window, "OpinionNext")
    assert not error.isVisible()
    assert "遛狗必须牵绳" in text_of(window, QtWidgets.QLabel, "Review_text")
    assert text_of(window, QtWidgets.QLabel, "Review_name") == "匿名提交"
    first_key = page.key
    # Back to edit, then review again: a new key, since the text may have changed.
    tap_button(qtbot, window, "OpinionEdit")
    assert box.toPlainText().startswith("建议公约") and page.key is None
    tap_button(qtbot, window, "OpinionNext")
    assert page.key and page.key != first_key
    # The header's 返回 on the review does the same: back to the form, not out of it.
    second_key = page.key
    tap_button(qtbot, window, "BackButton")
    assert window.current_page == "opinion" and page.stack.currentWidget() is page.form_area
    assert box.toPlainText().startswith("建议公约") and page.key is None
    tap_button(qtbot, window, "OpinionNext")
    assert page.key and page.key not in (first_key, second_key)

    submit = find(window, QtWidgets.QPushButton, "OpinionSubmit")
    for _ in range(2):                                     # an impatient double tap
        qtbot.mouseClick(submit, Qt.MouseButton.LeftButton, pos=submit.rect().center())
    qtbot.waitUntil(lambda: find(window, QtWidgets.QLabel, "DoneCode").isVisible())
    records = stored(window)
    assert len(records) == 1
    rec = records[0]
    assert rec["kind"] == "opinion" and rec["consultation_id"] == DOG and rec["key"] == page.key
    assert rec["text"] == "建议公约写明遛狗必须牵绳，并在小区入口张贴。"
    assert rec["name"] == rec["contact"] == rec["consent_notice"] == ""
    code = text_of(window, QtWidgets.QLabel, "DoneCode")
    assert code.replace("-", "") == rec["code"]
    assert "泉城路街道办事处" in text_of(window, QtWidgets.QLabel, "DoneThanks")
    # Wiped as soon as it is stored.
    assert box.toPlainText() == "" and page.item is None
    # The same submit again (a retry after a frozen screen) stores nothing new.
    page.submit()
    assert len(stored(window)) == 1
    figures = window.ctx.usage.figures()
    assert (figures.opinions, figures.suggestions) == (1, 0)            # counted once, nothing else kept

    tap_button(qtbot, window, "OpinionHome")
    wait_page(qtbot, window, "home")


def test_closed_and_upcoming_consultations_say_when(qtbot, kiosk):
    window = kiosk
    by_status = {}
    for c in window.ctx.store.consultations(NOW.date()):
        by_status.setdefault(c["status"], c)
    closed, upcoming = by_status["closed"], by_status["upcoming"]
    tap_button(qtbot, window, "TileConsultations")
    wait_page(qtbot, window, "consultations")
    gate = find(window, QtWidgets.QLabel, f"Gate_{closed['id']}")
    assert gate.isVisible() and gate.text() == "本次意见征集已于2026年10月31日结束，感谢您的关注。"
    assert window.findChild(QtWidgets.QPushButton, f"Opinion_{closed['id']}") is None
    assert "将于2027年1月5日开始" in find(window, QtWidgets.QLabel, f"Gate_{upcoming['id']}").text()

    # The detail view says it too, with no button.
    consultations = window.page("consultations")
    consultations.show_detail(closed)
    assert find(window, QtWidgets.QLabel, "DetailGate").text().startswith("本次意见征集已于2026年10月31日结束")
    assert not find(window, QtWidgets.QPushButton, "DetailOpinion").isVisible()

    # Reached another way (a stale screen), the form refuses politely and stores nothing.
    window.open("opinion", consultation=closed["id"])
    assert "2026年10月31日结束" in text_of(window, QtWidgets.QLabel, "RefusedText")
    assert not find(window, QtWidgets.QPushButton, "OpinionNext").isVisible()
    tap_button(qtbot, window, "OpinionBack")
    wait_page(qtbot, window, "consultations")
    assert stored(window) == []


def test_suggestion_without_contact(qtbot, kiosk):
    window = kiosk
    tap_button(qtbot, window, "HomeSuggestion")
    wait_page(qtbot, window, "opinion")
    assert window.header.title.text() == "意见建议"
    type_text(qtbot, find(window, QtWidgets.QLineEdit, "TopicField"), "本机使用")
    type_text(qtbot, find(window, QtWidgets.QPlainTextEdit, "OpinionText"), "希望周末也开放政务公开专区")
    tap_button(qtbot, window, "OpinionNext")
    assert text_of(window, QtWidgets.QLabel, "Review_topic") == "本机使用"
    tap_button(qtbot, window, "OpinionSubmit")
    [rec] = stored(window)
    assert rec["kind"] == "suggestion" and rec["topic"] == "本机使用"
    assert rec["name"] == rec["contact"] == rec["consent_notice"] == ""
    assert find(window, QtWidgets.QLabel, "DoneCode").text().replace("-", "") == rec["code"]

    # Staff see it counted in today's figures, next to the applications.
    open_admin(qtbot, window)
    figures = window.page("admin").figure_labels
    assert figures["意见建议"].text() == "意见 0 条，建议 1 条"
    assert figures["申请"].text() == "开始填写 0 次，提交 0 件"


def test_suggestion_with_contact_needs_consent_and_a_real_number(qtbot, kiosk):
    window = kiosk
    tap_button(qtbot, window, "HomeSuggestion")
    wait_page(qtbot, window, "opinion")
    type_text(qtbot, find(window, QtWidgets.QPlainTextEdit, "OpinionText"), "大厅的打印纸经常用完")
    type_text(qtbot, find(window, QtWidgets.QLineEdit, "NameField"), "王秀英")
    contact = find(window, QtWidgets.QLineEdit, "ContactField")
    type_text(qtbot, contact, "1390531888")
    tap_button(qtbot, window, "OpinionNext")
    contact_error = find(window, QtWidgets.QLabel, "ContactError")
    consent_error = find(window, QtWidgets.QLabel, "ConsentError")
    assert contact_error.isVisible() and "手机号码" in contact_error.text()
    assert consent_error.isVisible() and "勾选同意" in consent_error.text()
    assert window.page("opinion").stack.currentIndex() == 0          # still on the form

    type_text(qtbot, contact, "8")
    tap_button(qtbot, window, "ConsentToggle")
    assert find(window, QtWidgets.QPushButton, "ConsentToggle").text().startswith("☑")
    tap_button(qtbot, window, "OpinionNext")
    assert text_of(window, QtWidgets.QLabel, "Review_contact") == "13905318888"
    assert text_of(window, QtWidgets.QLabel, "Review_name") == "王秀英"
    tap_button(qtbot, window, "OpinionSubmit")
    [rec] = stored(window)
    assert rec["name"] == "王秀英" and rec["contact"] == "13905318888"
    assert rec["consent_notice"] == OPINION_NOTICE_VERSION
    # Nothing of it is left on the form.
    page = window.page("opinion")
    assert page.fields.values() == {"text": "", "name": "", "contact": "", "consent": False, "topic": ""}


def test_a_visit_that_ends_wipes_the_draft(qtbot, kiosk):
    window = kiosk
    tap_button(qtbot, window, "HomeSuggestion")
    type_text(qtbot, find(window, QtWidgets.QPlainTextEdit, "OpinionText"), "草稿内容")
    type_text(qtbot, find(window, QtWidgets.QLineEdit, "ContactField"), "test@example.com")
    tap_button(qtbot, window, "OpinionNext")
    window.end_visit()
    page = window.page("opinion")
    assert page.fields.values()["text"] == "" and page.fields.values()["contact"] == ""
    assert page.key is None and page.item is None
    tap_button(qtbot, window, "HomeSuggestion")
    assert page.stack.currentIndex() == 0 and not find(window, QtWidgets.QLabel, "ConsentError").isVisible()
    assert stored(window) == []


def show_form_steps(qtbot, window) -> dict[str, list[str]]:
    """Open the opinion form and its review; return what is clipped on each."""
    problems = {}
    window.open("opinion", consultation=DOG)
    page = window.page("opinion")
    qtbot.wait(10)
    problems["form"] = clipped(window)
    type_text(qtbot, find(window, QtWidgets.QPlainTextEdit, "OpinionText"), "意见" * 20)
    tap(qtbot, page.next)
    qtbot.wait(10)
    problems["review"] = clipped(window)
    small = [b.objectName() for b in window.findChildren(QtWidgets.QPushButton) if b.isVisible() and b.height() < 60]
    problems["small"] = small
    page.back_to_form()
    window.open("home")
    return {k: v for k, v in problems.items() if v}


def test_the_form_fits_in_every_look(qtbot, sample_library, tmp_path, clock):
    for i, size in enumerate([(1920, 1080), (1080, 1920)]):
        window = make_kiosk(qtbot, sample_library, tmp_path / f"d{i}", clock, size=size)
        try:
            assert show_form_steps(qtbot, window) == {}
            window.set_elder(True)
            assert show_form_steps(qtbot, window) == {}
            window.set_language("en")
            assert show_form_steps(qtbot, window) == {}
        finally:
            shutdown(window)


def test_back_leaves_the_opinion_form_only_from_the_form(qtbot, kiosk):
    window = kiosk
    tap_button(qtbot, window, "TileConsultations")
    wait_page(qtbot, window, "consultations")
    tap_button(qtbot, window, f"Opinion_{DOG}")
    wait_page(qtbot, window, "opinion")
    page = window.page("opinion")
    type_text(qtbot, find(window, QtWidgets.QPlainTextEdit, "OpinionText"), "同意公约草案。")
    tap_button(qtbot, window, "OpinionNext")
    assert page.key is not None
    tap_button(qtbot, window, "BackButton")
    assert window.current_page == "opinion" and page.key is None
    tap_button(qtbot, window, "BackButton")
    wait_page(qtbot, window, "consultations")
    assert stored(window) == []

"""A receipt lost between the commit and the printer is listed in the admin screen and printed again."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from stdnum.cn import ric

from kiosk_app.core.intake.form import ApplicationForm
from kiosk_app.core.intake.service import KioskIntake
from kiosk_app.core.intake.tracking import format_code
from kiosk_app.core.settings import DEFAULT_PIN
from kiosk_app.ui.printing import NoPrinter
from kiosk_app.ui.qt import QtWidgets
from tests.ui.conftest import NOW, make_kiosk, shutdown
from tests.ui.helpers import find, tap_button, wait_page
from tests.ui.test_admin import enter_pin

BODY = "37010219580615242"
ID = BODY + ric.calc_check_digit(BODY + "0")


def crashed_before_printing(data_dir, titles=("老旧小区改造计划",)) -> list:
    """Applications stored by a kiosk process that died before their receipts printed."""
    desk = KioskIntake.open(data_dir, hall_name="历下区政务服务中心", clock=lambda: NOW)
    subs = []
    try:
        for title in titles:
            app = ApplicationForm(name="王秀英", id_number=ID, phone="13905318888", info_title=title,
                                  consent=True).validate(today=NOW.date())
            subs.append(desk.submit_application(desk.new_key(), app)[0])
    finally:
        desk.close()          # no receipt_printed: the print never finished
    return subs


def open_admin(qtbot, window) -> None:
    window.open("pin")
    enter_pin(qtbot, window, DEFAULT_PIN)
    wait_page(qtbot, window, "admin")


def pdf_text(path) -> str:
    if not shutil.which("pdftotext"):
        pytest.fail("pdftotext (Debian package poppler-utils) is needed", pytrace=False)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", "", out)


def test_a_receipt_lost_in_a_crash_is_listed_and_reprinted(qtbot, sample_library, tmp_path, clock):
    subs = crashed_before_printing(tmp_path, ("老旧小区改造计划", "加装电梯补助名单"))
    window = make_kiosk(qtbot, sample_library, tmp_path, clock)
    try:
        open_admin(qtbot, window)
        section = find(window, QtWidgets.QFrame, "ReprintSection")
        assert section.isVisible()
        codes = [find(window, QtWidgets.QLabel, f"ReprintCode_{i}").text() for i in range(2)]
        assert codes == [format_code(s.tracking_code) for s in subs]
        listed = " ".join(w.text() for w in section.findChildren(QtWidgets.QLabel))
        assert "王" not in listed and "老旧小区" not in listed          # codes and times only

        tap_button(qtbot, window, f"Reprint_{subs[0].tracking_code}")
        qtbot.waitUntil(lambda: window.message.isVisible(), timeout=15000)
        assert window.message.title.text() == "回执已补打"
        printer = window.ctx.printer
        assert len(printer.jobs) == 1
        text = pdf_text(printer.jobs[0])
        assert format_code(subs[0].tracking_code).replace("-", "") in text.replace("-", "")
        assert "王*英" in text and "老旧小区改造计划" in text and ID not in text
        assert "补打于" in text and "2026年12月21日前" in text
        tap_button(qtbot, window, "MessageOk")

        # Only the other one is left; it goes too once printed.
        qtbot.waitUntil(lambda: window.findChild(QtWidgets.QLabel, "ReprintCode_1") is None
                        or not window.findChild(QtWidgets.QLabel, "ReprintCode_1").isVisible())
        assert find(window, QtWidgets.QLabel, "ReprintCode_0").text() == format_code(subs[1].tracking_code)
        tap_button(qtbot, window, f"Reprint_{subs[1].tracking_code}")
        qtbot.waitUntil(lambda: window.message.isVisible(), timeout=15000)
        tap_button(qtbot, window, "MessageOk")
        qtbot.waitUntil(lambda: find(window, QtWidgets.QLabel, "ReprintEmpty").isVisible())
        assert window.ctx.intake.unprinted_receipts() == []
        assert len(printer.jobs) == 2
    finally:
        shutdown(window)


def test_without_a_working_printer_the_receipt_stays_listed(qtbot, sample_library, tmp_path, clock):
    [sub] = crashed_before_printing(tmp_path)
    window = make_kiosk(qtbot, sample_library, tmp_path, clock, printer=NoPrinter())
    try:
        open_admin(qtbot, window)
        tap_button(qtbot, window, f"Reprint_{sub.tracking_code}")
        qtbot.waitUntil(lambda: window.message.isVisible(), timeout=15000)
        assert window.message.title.text() == "打印机现在不能打印"
        tap_button(qtbot, window, "MessageOk")
        assert [u.tracking_code for u in window.ctx.intake.unprinted_receipts()] == [sub.tracking_code]
        assert find(window, QtWidgets.QLabel, "ReprintCode_0").isVisible()
    finally:
        shutdown(window)


def test_nothing_to_reprint(qtbot, kiosk):
    window = kiosk
    open_admin(qtbot, window)
    assert find(window, QtWidgets.QLabel, "ReprintEmpty").text() == "没有未打印的回执。"


def test_staff_discard_a_receipt_no_one_will_fetch(qtbot, sample_library, tmp_path, clock):
    subs = crashed_before_printing(tmp_path, ("老旧小区改造计划", "加装电梯补助名单"))
    window = make_kiosk(qtbot, sample_library, tmp_path, clock)
    try:
        open_admin(qtbot, window)
        confirm = window.page("admin").discarder.confirm
        tap_button(qtbot, window, f"Discard_{subs[0].tracking_code}")
        assert confirm.isVisible() and format_code(subs[0].tracking_code) in confirm.text.text()
        tap_button(qtbot, window, "DiscardCancel")                 # a second thought: nothing happens
        assert not confirm.isVisible() and len(window.ctx.intake.unprinted_receipts()) == 2

        tap_button(qtbot, window, f"Discard_{subs[0].tracking_code}")
        tap_button(qtbot, window, "DiscardOk")
        assert not confirm.isVisible() and not window.message.isVisible()
        assert [u.tracking_code for u in window.ctx.intake.unprinted_receipts()] == [subs[1].tracking_code]
        qtbot.waitUntil(lambda: find(window, QtWidgets.QLabel, "ReprintCode_0").text()
                        == format_code(subs[1].tracking_code))
        assert window.ctx.intake.outbox.counts()["pending"] == 2       # both applications still go out
        assert window.ctx.printer.jobs == []

        # Staff called away with the question open: the visit's end takes it down.
        tap_button(qtbot, window, f"Discard_{subs[1].tracking_code}")
        assert confirm.isVisible()
        window.end_visit()
        assert not confirm.isVisible() and window.current_page == "home"
        assert len(window.ctx.intake.unprinted_receipts()) == 1
    finally:
        shutdown(window)

"""Printing from the reader: printer states, the QR code instead of paper, and the page limits."""

from __future__ import annotations

import pytest

from kiosk_app.core.settings import Settings
from kiosk_app.ui.printing import (LpPrinter, NoPrinter, PrintLimits, parse_lpstat)
from tests.integration.test_cups_print import _run, cups_queue, ready_queue  # noqa: F401 - fixtures
from tests.ui.conftest import make_kiosk, shutdown
from tests.ui.helpers import tap_button
from tests.ui.test_reader import DOG_RULES, doc_id_by_title

IDLE = ("printer kiosk-test-pdf is idle.  enabled since Mon Nov 23 15:36:38 2026\n")
DISABLED = ("printer kiosk-test-pdf disabled since Mon Nov 23 15:40:01 2026 -\n\tPaused for paper\n")
ACCEPTING = "kiosk-test-pdf accepting requests since Mon Nov 23 15:36:38 2026\n"
REJECTING = ("kiosk-test-pdf not accepting requests since Mon Nov 23 15:40:01 2026 -\n\tRejecting Jobs\n")


@pytest.mark.parametrize(("printers", "accepting", "state"), [
    (IDLE, ACCEPTING, "ready"),
    ("printer kiosk-test-pdf now printing kiosk-test-pdf-7.  enabled since Mon\n", ACCEPTING, "ready"),
    (DISABLED, ACCEPTING, "stopped"),
    (DISABLED, REJECTING, "stopped"),
    (IDLE, REJECTING, "rejecting"),
    ("", "", "missing"),
    ("printer kiosk-test-pdf-2 is idle.  enabled since Mon\n", ACCEPTING, "missing"),
])
def test_lpstat_answers(printers, accepting, state):
    assert parse_lpstat(printers, accepting, "kiosk-test-pdf") == state


def test_limits():
    limits = PrintLimits(job_pages=10, visit_jobs=3, visit_pages=12, day_pages=100)

    def refusal(pages, jobs=0, visit=0, day=0):
        return limits.refusal(pages, visit_jobs=jobs, visit_pages=visit, day_pages=day)

    assert refusal(10) == ""
    assert refusal(11) == "too_long"
    assert refusal(1, jobs=3) == "visit_jobs"
    assert refusal(0, jobs=2) == ""
    assert refusal(4, visit=9) == "visit_pages" and refusal(3, visit=9) == ""
    assert refusal(0, visit=12) == "visit_pages"
    assert refusal(5, day=96) == "day_pages" and refusal(4, day=96) == ""
    assert refusal(0, day=100) == "day_pages"
    assert PrintLimits().refusal(500, visit_jobs=99, visit_pages=999, day_pages=9999) == ""


def test_limits_from_settings():
    limits = PrintLimits.from_settings(Settings({"print_max_pages": 7, "print_max_jobs": 2}))
    assert (limits.job_pages, limits.visit_jobs) == (7, 2)


def notice_after_tap(qtbot, window, doc_title: str = DOG_RULES):
    reader = window.open("reader", doc_id=doc_id_by_title(window.ctx.store, doc_title))
    tap_button(qtbot, window, "PrintButton")
    qtbot.waitUntil(lambda: reader.print_task() is None, timeout=30000)
    assert not window.busy.isVisible()
    return reader, reader.print_notice()


def test_no_printer_shows_the_qr_code(qtbot, sample_library, tmp_path, clock):
    window = make_kiosk(qtbot, sample_library, tmp_path, clock, printer=NoPrinter())
    try:
        reader, notice = notice_after_tap(qtbot, window)
        assert notice is not None and notice.isVisible()
        assert notice.title.text() == "本机暂未连接打印机"
        assert notice.qr.isVisible() and notice.qr.url == reader.doc["source_url"]
        assert "扫描下方二维码" in notice.text.text()
        assert window.ctx.usage.figures().prints == 0 and window.visit.prints == 0
        tap_button(qtbot, window, "PrintNoticeOk")
        assert not notice.isVisible()
    finally:
        shutdown(window)


def test_stopped_queue_then_printing_again(qtbot, sample_library, tmp_path, clock, ready_queue):
    window = make_kiosk(qtbot, sample_library, tmp_path, clock, printer=LpPrinter(ready_queue))
    try:
        _run("cupsdisable", ready_queue)
        _, notice = notice_after_tap(qtbot, window)
        assert notice.isVisible() and notice.title.text() == "打印机暂停使用"
        assert notice.qr.isVisible()
        tap_button(qtbot, window, "PrintNoticeOk")

        _run("cupsenable", ready_queue)
        _, notice = notice_after_tap(qtbot, window)
        assert not notice.isVisible()
        assert window.message.isVisible() and window.message.title.text() == "已开始打印"
        figures = window.ctx.usage.figures()
        assert figures.prints == 1 and figures.pages_printed >= 2
    finally:
        shutdown(window)


def test_missing_and_rejecting_queues(qtbot, sample_library, tmp_path, clock, ready_queue):
    window = make_kiosk(qtbot, sample_library, tmp_path, clock, printer=LpPrinter("kiosk-no-such-queue"))
    try:
        _, notice = notice_after_tap(qtbot, window)
        assert notice.isVisible() and notice.title.text() == "找不到本机的打印机"
        tap_button(qtbot, window, "PrintNoticeOk")
        window.ctx.printer = LpPrinter(ready_queue)
        _run("cupsreject", ready_queue)
        _, notice = notice_after_tap(qtbot, window)
        assert notice.isVisible() and notice.title.text() == "打印机暂不接受打印"
        assert window.ctx.usage.figures().prints == 0
        window.end_visit()
        assert not notice.isVisible()
    finally:
        shutdown(window)


def with_limits(monkeypatch, **limits):
    """Page limits the settings file cannot set yet, passed where the reader reads its limits."""
    from kiosk_app.ui.pages import reader

    monkeypatch.setattr(reader.PrintLimits, "from_settings",
                        classmethod(lambda cls, s: cls(job_pages=s.print_max_pages,
                                                       visit_jobs=s.print_max_jobs, **limits)))


def test_visit_page_limit(qtbot, sample_library, tmp_path, clock, monkeypatch):
    window = make_kiosk(qtbot, sample_library, tmp_path, clock)
    try:
        _, notice = notice_after_tap(qtbot, window)
        pages = window.ctx.usage.figures().pages_printed
        assert pages >= 2 and window.message.title.text() == "已开始打印"
        tap_button(qtbot, window, "MessageOk")
        with_limits(monkeypatch, visit_pages=pages + 1)
        notice_after_tap(qtbot, window)
        assert window.message.title.text() == "本次打印页数已用完"
        assert f"最多打印 {pages + 1} 页" in window.message.text.text()
        assert len(window.ctx.printer.jobs) == 1
        tap_button(qtbot, window, "MessageOk")

        window.end_visit()
        notice_after_tap(qtbot, window)
        assert window.message.title.text() == "已开始打印" and len(window.ctx.printer.jobs) == 2
    finally:
        shutdown(window)


def test_day_page_limit_counts_the_usage_figures(qtbot, sample_library, tmp_path, clock, monkeypatch):
    window = make_kiosk(qtbot, sample_library, tmp_path, clock)
    try:
        window.ctx.usage.printed("earlier-today", 49)
        with_limits(monkeypatch, day_pages=50)
        notice_after_tap(qtbot, window)
        assert window.message.title.text() == "今天的打印页数已用完"
        assert window.ctx.printer.jobs == []
        tap_button(qtbot, window, "MessageOk")

        window.ctx.usage.printed("earlier-today", 1)
        reader = window.open("reader", doc_id=doc_id_by_title(window.ctx.store, DOG_RULES))
        tap_button(qtbot, window, "PrintButton")
        assert reader.print_task() is None, "a spent day quota must refuse before rendering"
        assert window.message.title.text() == "今天的打印页数已用完"
    finally:
        shutdown(window)

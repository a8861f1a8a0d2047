"""Printing from the reader: the preview of page 1, printer states, the QR code instead of paper, limits."""

from __future__ import annotations

import pytest

from kiosk_app.core.settings import Settings
from kiosk_app.ui.printing import (DirectoryPrinter, LpPrinter, NoPrinter, PreviewTask, PrintLimits,
                                   first_page_image, parse_lpstat, pdf_page_count)
from kiosk_app.ui.qt import QtGui, QtWidgets
from tests.integration.test_cups_print import CTX, _run, cups_queue, make_doc, ready_queue  # noqa: F401
from tests.ui.conftest import make_kiosk, shutdown
from tests.ui.helpers import find, tap_button
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


def ink(image: QtGui.QImage) -> float:
    """Share of dark points on a 100×140 grid over ``image`` (a blank page has none)."""
    dark = total = 0
    for gy in range(140):
        for gx in range(100):
            colour = image.pixelColor(gx * (image.width() - 1) // 99, gy * (image.height() - 1) // 139)
            dark += colour.lightness() < 128
            total += 1
    return dark / total


def test_page_one_is_drawn_on_white():
    from kiosk_app.core.pdf import render_document

    image = first_page_image(render_document(make_doc(), CTX), height=800)
    assert image is not None and image.height() == 800
    assert abs(image.width() / image.height() - 210 / 297) < 0.01          # A4
    assert image.pixelColor(2, 2).name() == "#ffffff"                      # paper, not transparency
    assert 0.002 < ink(image) < 0.3


def test_without_guide_a_too_long_document_is_refused_before_any_picture(tmp_path):
    printer = DirectoryPrinter(tmp_path)
    task = PreviewTask(printer, make_doc(), [], CTX, PrintLimits(job_pages=0), guide=False)
    task.start()
    task.wait(60)
    assert (task.outcome.status, task.outcome.detail) == ("refused", "too_long")
    assert printer.jobs == []


def open_reader(window, doc_title: str = DOG_RULES):
    return window.open("reader", doc_id=doc_id_by_title(window.ctx.store, doc_title))


def tap_print(qtbot, window, reader):
    """Tap 打印 and wait for what it leads to (the preview, or a notice)."""
    tap_button(qtbot, window, "PrintButton")
    qtbot.waitUntil(lambda: reader.print_task() is None, timeout=30000)
    assert not window.busy.isVisible()


def preview_after_tap(qtbot, window, reader):
    tap_print(qtbot, window, reader)
    preview = reader.print_preview()
    assert preview is not None and preview.isVisible()
    assert reader.print_notice() is None or not reader.print_notice().isVisible()
    return preview


def confirm(qtbot, window, reader) -> None:
    tap_button(qtbot, window, "PrintConfirm")
    qtbot.waitUntil(lambda: reader.print_task() is None, timeout=30000)
    assert not window.busy.isVisible()


def notice_after_tap(qtbot, window, doc_title: str = DOG_RULES):
    reader = open_reader(window, doc_title)
    tap_print(qtbot, window, reader)
    assert reader.print_preview() is None or not reader.print_preview().isVisible(), "no preview"
    return reader, reader.print_notice()


def test_the_preview_shows_page_one_and_the_page_count(qtbot, kiosk):
    window = kiosk
    reader = open_reader(window)
    preview = preview_after_tap(qtbot, window, reader)
    document = preview.current()
    assert document.kind == "document" and document.pages == pdf_page_count(document.data)
    assert find(window, QtWidgets.QLabel, "PrintPreviewPages").text() == f"共 {document.pages} 页"
    assert f"共 {document.pages} 页" in find(window, QtWidgets.QPushButton, "PrintChoice_document").text()
    page = find(window, QtWidgets.QWidget, "PrintPreviewPage")
    assert page.image() is document.image and ink(document.image) > 0.002
    # Large: in landscape the page takes most of the window's height.
    assert page.page_rect().height() > 0.75 * window.height()
    for name in ("PrintConfirm", "PrintCancel"):
        assert find(window, QtWidgets.QPushButton, name).height() >= window.theme.target
    assert window.ctx.printer.jobs == []


def test_cancel_sends_nothing(qtbot, kiosk):
    window = kiosk
    reader = open_reader(window)
    preview = preview_after_tap(qtbot, window, reader)
    tap_button(qtbot, window, "PrintCancel")
    assert not preview.isVisible() and preview.choices() == {}
    QtWidgets.QApplication.processEvents()
    assert reader.print_task() is None and window.ctx.printer.jobs == []
    assert window.ctx.usage.figures().prints == 0 and window.visit.prints == 0


def test_the_guide_instead_of_the_full_text(qtbot, kiosk):
    window = kiosk
    reader = open_reader(window)
    preview = preview_after_tap(qtbot, window, reader)
    document_image = preview.current().image
    tap_button(qtbot, window, "PrintChoice_guide")
    guide = preview.current()
    assert guide.kind == "guide" and guide.pages == pdf_page_count(guide.data) == 1
    assert find(window, QtWidgets.QLabel, "PrintPreviewPages").text() == "共 1 页"
    assert find(window, QtWidgets.QWidget, "PrintPreviewPage").image() is guide.image
    assert guide.image != document_image and ink(guide.image) > 0.002
    confirm(qtbot, window, reader)
    assert window.message.title.text() == "已开始打印"
    assert [job.read_bytes() for job in window.ctx.printer.jobs] == [guide.data]
    assert window.ctx.usage.figures().pages_printed == 1


def test_a_build_without_qtpdf_still_asks_before_printing(qtbot, kiosk, monkeypatch):
    from kiosk_app.ui import qt

    monkeypatch.setattr(qt, "pdf", lambda: None)
    window = kiosk
    reader = open_reader(window)
    preview = preview_after_tap(qtbot, window, reader)
    assert preview.current().image is None
    assert not find(window, QtWidgets.QWidget, "PrintPreviewPage").isVisible()
    assert find(window, QtWidgets.QLabel, "PrintPreviewPages").text() == f"共 {preview.current().pages} 页"
    data = preview.current().data
    confirm(qtbot, window, reader)
    assert [job.read_bytes() for job in window.ctx.printer.jobs] == [data]


def test_the_end_of_a_visit_wipes_the_preview(qtbot, kiosk):
    window = kiosk
    reader = open_reader(window)
    preview = preview_after_tap(qtbot, window, reader)
    window.end_visit()
    assert not preview.isVisible() and preview.choices() == {}
    assert find(window, QtWidgets.QWidget, "PrintPreviewPage").image() is None

    # A preview still rendering when the visit ends never shows to the next visitor.
    reader = open_reader(window)
    tap_button(qtbot, window, "PrintButton")
    assert reader.print_task() is not None
    window.end_visit()
    qtbot.waitUntil(lambda: reader.print_task() is None, timeout=30000)
    QtWidgets.QApplication.processEvents()
    assert not preview.isVisible() and not window.busy.isVisible()
    assert window.current_page == "home" and window.ctx.printer.jobs == []


def test_portrait_elder_mode(qtbot, sample_library, tmp_path, clock):
    window = make_kiosk(qtbot, sample_library, tmp_path, clock, size=(1080, 1920))
    try:
        window.set_elder(True)
        reader = open_reader(window)
        preview = preview_after_tap(qtbot, window, reader)
        page = find(window, QtWidgets.QWidget, "PrintPreviewPage")
        confirm_button = find(window, QtWidgets.QPushButton, "PrintConfirm")
        # The page above the controls, wider than half the screen; big buttons below it, on screen.
        assert page.page_rect().width() > 540
        top_of_buttons = confirm_button.mapTo(window, confirm_button.rect().topLeft()).y()
        assert page.mapTo(window, page.page_rect().bottomLeft()).y() < top_of_buttons
        assert top_of_buttons + confirm_button.height() <= window.height()
        assert confirm_button.height() >= window.theme.target
        # Turned to landscape while open: the layer follows the window.
        window.resize(1920, 1080)
        qtbot.waitUntil(lambda: preview.geometry() == window.rect())
        assert page.page_rect().height() > 0.6 * window.height()
        tap_button(qtbot, window, "PrintCancel")
        assert window.ctx.printer.jobs == []
    finally:
        shutdown(window)


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
        reader = open_reader(window)
        preview = preview_after_tap(qtbot, window, reader)
        pages = preview.current().pages
        assert ink(preview.current().image) > 0.002
        confirm(qtbot, window, reader)
        assert not notice.isVisible()
        assert window.message.isVisible() and window.message.title.text() == "已开始打印"
        figures = window.ctx.usage.figures()
        assert figures.prints == 1 and figures.pages_printed == pages >= 2
    finally:
        shutdown(window)


def test_queue_paused_while_the_preview_is_shown(qtbot, sample_library, tmp_path, clock, ready_queue):
    window = make_kiosk(qtbot, sample_library, tmp_path, clock, printer=LpPrinter(ready_queue))
    try:
        before = _run("lpstat", "-W", "all", "-o", ready_queue)
        reader = open_reader(window)
        preview_after_tap(qtbot, window, reader)
        _run("cupsdisable", ready_queue)            # staff refill the paper meanwhile
        confirm(qtbot, window, reader)
        notice = reader.print_notice()
        assert notice.isVisible() and notice.title.text() == "打印机暂停使用"
        assert _run("lpstat", "-W", "all", "-o", ready_queue) == before
        assert window.ctx.usage.figures().prints == 0 and window.visit.prints == 0
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
    """Page limits other than the settings' (visit and day pages), passed where the reader reads them."""
    from kiosk_app.ui.pages import reader

    monkeypatch.setattr(reader.PrintLimits, "from_settings",
                        classmethod(lambda cls, s: cls(job_pages=s.print_max_pages,
                                                       visit_jobs=s.print_max_jobs, **limits)))


def test_visit_page_limit(qtbot, sample_library, tmp_path, clock, monkeypatch):
    window = make_kiosk(qtbot, sample_library, tmp_path, clock)
    try:
        reader = open_reader(window)
        preview_after_tap(qtbot, window, reader)
        confirm(qtbot, window, reader)
        pages = window.ctx.usage.figures().pages_printed
        assert pages >= 2 and window.message.title.text() == "已开始打印"
        tap_button(qtbot, window, "MessageOk")

        # One page left this visit: the full text no longer fits, its one-page guide does.
        with_limits(monkeypatch, visit_pages=pages + 1)
        preview = preview_after_tap(qtbot, window, reader)
        assert preview.current().kind == "guide"
        assert not find(window, QtWidgets.QPushButton, "PrintChoice_document").isEnabled()
        confirm(qtbot, window, reader)
        assert len(window.ctx.printer.jobs) == 2
        tap_button(qtbot, window, "MessageOk")

        _, notice = notice_after_tap(qtbot, window)
        assert notice.isVisible() and notice.title.text() == "本次打印页数已用完"
        assert f"最多打印 {pages + 1} 页" in notice.text.text()
        assert len(window.ctx.printer.jobs) == 2
        tap_button(qtbot, window, "PrintNoticeOk")

        window.end_visit()
        reader = open_reader(window)
        preview_after_tap(qtbot, window, reader)
        confirm(qtbot, window, reader)
        assert window.message.title.text() == "已开始打印" and len(window.ctx.printer.jobs) == 3
    finally:
        shutdown(window)


def test_day_page_limit_counts_the_usage_figures(qtbot, sample_library, tmp_path, clock, monkeypatch):
    window = make_kiosk(qtbot, sample_library, tmp_path, clock)
    try:
        window.ctx.usage.printed("earlier-today", 49)
        with_limits(monkeypatch, day_pages=50)
        reader = open_reader(window)
        preview = preview_after_tap(qtbot, window, reader)
        assert [c.kind for c in preview.choices().values() if not c.refusal] == ["guide"]
        tap_button(qtbot, window, "PrintCancel")

        window.ctx.usage.printed("earlier-today", 1)
        tap_button(qtbot, window, "PrintButton")
        assert reader.print_task() is None, "a spent day quota must refuse before rendering"
        notice = reader.print_notice()
        assert notice.isVisible() and notice.title.text() == "今天的打印页数已用完"
        assert "最多打印 50 页" in notice.text.text() and notice.qr.isVisible()
        assert window.ctx.printer.jobs == []
    finally:
        shutdown(window)

"""1,000 simulated visits: the kiosk's memory stays level (no widget, document or result kept per visit)."""

from __future__ import annotations

import gc
import os
import time

import pytest

from kiosk_app.ui.qt import QtCore, QtWidgets

QUERIES = ("低保", "劳动合同", "养犬", "公积金", "政府信息公开", "比特币挖矿", "zwgk", "消费者", "加装电梯", "残疾人")


def rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2 ** 20


def settle() -> None:
    """What the event loop does between touches: deliver posted events and delete dropped widgets."""
    QtWidgets.QApplication.processEvents()
    QtWidgets.QApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)


def one_visit(qtbot, window, n: int) -> None:
    search = window.open("search")
    query = QUERIES[n % len(QUERIES)]
    search.field.setText(query)
    qtbot.waitUntil(lambda: search._shown is not None and search._shown.request.text == query, timeout=10000)
    if search.model.rowCount():
        reader = window.open("reader", doc_id=search.model.hit(n % search.model.rowCount()).id)
        reader.show_tab("history" if n % 2 else "interpretations")
    else:
        window.open("apply", query=query)
    window.open(("catalogue", "guides", "faq", "policy-match")[n % 4])
    window.end_visit()
    settle()


@pytest.mark.slow
def test_thousand_visits_memory_is_steady(qtbot, kiosk):
    window = kiosk
    for n in range(100):          # warm up: every page created, caches filled
        one_visit(qtbot, window, n)
    gc.collect()
    before = rss_mb()
    widgets_before = len(window.findChildren(QtWidgets.QWidget))
    started = time.perf_counter()
    for n in range(100, 1000):
        one_visit(qtbot, window, n)
    per_visit = (time.perf_counter() - started) / 900 * 1000
    gc.collect()
    settle()
    after = rss_mb()
    widgets_after = len(window.findChildren(QtWidgets.QWidget))
    print(f"\nRSS after 100 visits {before:.1f} MB, after 1000 visits {after:.1f} MB; "
          f"widgets {widgets_before} -> {widgets_after}; {per_visit:.0f} ms per visit")
    assert widgets_after <= widgets_before + 20
    assert after - before < 30, f"memory grew by {after - before:.1f} MB over 900 visits"
    assert window.ctx.usage.figures().visits == 1000

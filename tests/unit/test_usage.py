"""Anonymous usage events: what is kept, what is scrubbed, today's figures."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from kiosk_app.core.usage import MAX_QUERY_CHARS, UsageLog, scrub_query

TZ = dt.timezone(dt.timedelta(hours=8))


class Clock:
    def __init__(self):
        self.now = dt.datetime(2026, 11, 23, 9, 30, tzinfo=TZ)

    def __call__(self):
        return self.now


@pytest.fixture
def log(tmp_path):
    clock = Clock()
    usage = UsageLog(tmp_path / "usage.sqlite", clock=clock)
    usage.clock = clock
    yield usage
    usage.close()


@pytest.mark.parametrize("text, kept", [
    ("低保 申请", "低保 申请"),
    ("370102199003074518 低保", "＊ 低保"),
    ("13812345678的公积金", "＊的公积金"),
    ("联系 zhang.san@example.com", "联系 ＊"),
    ("91370100MA3C8Q2X1Y 营业执照", "＊ 营业执照"),
    ("  多   空格  ", "多 空格"),
])
def test_scrub_removes_personal_data(text, kept):
    assert scrub_query(text) == kept


def test_long_queries_are_cut():
    assert len(scrub_query("政" * 200)) == MAX_QUERY_CHARS


def test_figures_for_today(log):
    log.visit()
    log.visit()
    log.query("低保", 12)
    log.query("低保", 12)
    log.query("火星", 0)
    log.query("   ", 3)                 # nothing to keep
    log.query("13812345678", 0)         # only personal data: not kept
    log.opened("doc-a")
    log.opened("doc-a")
    log.opened("doc-b")
    log.printed("doc-a", 4)
    log.application_started()
    f = log.figures()
    assert (f.visits, f.queries, f.zero_results, f.opens, f.prints, f.pages_printed, f.applications) == \
        (2, 3, 1, 3, 1, 4, 1)
    assert f.top_queries[0] == ("低保", 2)
    assert f.top_zero_queries == [("火星", 1)]
    assert f.top_documents[0] == ("doc-a", 2)


def test_days_are_separate_and_old_events_pruned(log):
    log.query("低保", 1)
    log.clock.now += dt.timedelta(days=1)
    log.query("公积金", 1)
    assert log.figures().queries == 1
    assert log.figures(dt.date(2026, 11, 23)).queries == 1
    assert log.popular_queries(dt.date(2026, 11, 1)) == {"低保": 1, "公积金": 1}
    log.clock.now += dt.timedelta(days=500)
    assert log.prune(keep_days=400) == 2
    assert log.figures(dt.date(2026, 11, 23)).queries == 0


def test_no_identity_is_stored(log, tmp_path):
    log.query("370102199003074518", 0)
    log.visit()
    conn = sqlite3.connect(tmp_path / "usage.sqlite")
    columns = [r[1] for r in conn.execute("PRAGMA table_info(events)")]
    conn.close()
    assert columns == ["id", "at", "day", "kind", "query", "results", "doc_id", "pages"]


def test_submissions_are_counted_by_kind_and_nothing_else(log, tmp_path):
    log.application_started()
    log.application_started()
    log.submitted("application")
    log.submitted("opinion")
    log.submitted("suggestion")
    log.submitted("suggestion")
    f = log.figures()
    assert (f.applications, f.applications_submitted, f.opinions, f.suggestions) == (2, 1, 1, 2)
    with pytest.raises(ValueError, match="unknown submission kind"):
        log.submitted("usage")
    conn = sqlite3.connect(tmp_path / "usage.sqlite")
    rows = conn.execute("SELECT kind, query, results, doc_id, pages FROM events WHERE kind != 'apply'").fetchall()
    conn.close()
    assert sorted(rows) == [("applied", None, None, None, None), ("opinion", None, None, None, None),
                            ("suggestion", None, None, None, None), ("suggestion", None, None, None, None)]


def test_the_days_report_to_the_office_counts_submissions(log):
    from kiosk_app.core.intake.upstream import usage_envelope

    log.submitted("application")
    log.submitted("opinion")
    day = usage_envelope(log.figures(), prefix="K7M", key="usage-K7M-2026-11-23")
    assert (day["applications_submitted"], day["opinions"], day["suggestions"]) == (1, 1, 0)

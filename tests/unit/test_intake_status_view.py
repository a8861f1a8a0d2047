"""The lookup view's raw values: what a screen in another language words itself."""

from __future__ import annotations

import datetime as dt

from kiosk_app.core.deadline import SHANGHAI
from kiosk_app.core.intake import labels
from kiosk_app.core.intake.status import StatusEvent, StatusRecord, describe, parse_update
from kiosk_app.core.workdays import WorkdayCalendar

CODE = "K7M8XPPCY39X"
RECEIVED = dt.datetime(2026, 11, 23, 16, 38, tzinfo=dt.timezone.utc)     # 00:38 the next day in Beijing


def test_raw_values_beside_the_chinese_text():
    update = parse_update({"tracking_code": CODE, "status": "correction_requested", "note": "请补充文件名称",
                           "at": "2026-11-25T01:00:00+00:00"})
    record = StatusRecord(CODE, "application", RECEIVED, "delivered", RECEIVED, (update,))
    view = describe(record, WorkdayCalendar(), dt.date(2026, 11, 26))
    assert view.kind_code == "application" and view.status == "correction_requested"
    assert view.received_at == dt.datetime(2026, 11, 24, 0, 38, tzinfo=SHANGHAI)
    assert view.received == "2026年11月24日 00:38"
    assert view.events == (
        StatusEvent(dt.datetime(2026, 11, 24, 0, 38, tzinfo=SHANGHAI), "submitted", "在自助终端提交", ""),
        StatusEvent(dt.datetime(2026, 11, 25, 9, 0, tzinfo=SHANGHAI), "correction_requested", "需要补正申请内容",
                    "请补充文件名称"))
    # Every fixed name the view carries is a source string of the marked tables; the note is the office's.
    marked = ({*labels.KIND_LABELS.values(), *labels.KIOSK_STATES.values(), *labels.CENTRAL_STATUSES.values(),
               *labels.STATUS_MESSAGES.values(), labels.SUBMITTED, labels.IN_PROGRESS})
    assert {view.kind, view.current, view.message, *(e.label for e in view.events)} <= marked


def test_an_unknown_code_keeps_the_offices_wording_and_a_pending_record_its_state():
    update = parse_update({"tracking_code": CODE, "status": "mediation", "label": "调解中",
                           "at": "2026-11-25T09:00:00+08:00"})
    record = StatusRecord(CODE, "suggestion", RECEIVED, "delivered", RECEIVED, (update,))
    view = describe(record, WorkdayCalendar(), dt.date(2026, 11, 26))
    assert view.status == "mediation" and view.current == "调解中" and view.events[-1].label == "调解中"
    assert view.due is None and view.kind == "意见建议"
    pending = describe(StatusRecord(CODE, "opinion", RECEIVED, "pending", None, ()), WorkdayCalendar(),
                       dt.date(2026, 11, 26))
    assert pending.status == "pending" and pending.message == labels.STATUS_MESSAGES["pending"]

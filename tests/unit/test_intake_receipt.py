"""Receipt content (statutory reply date, 预计 for unpublished years) and the status lookup."""

from __future__ import annotations

import datetime as dt

import pytest
from stdnum.cn import ric

from kiosk_app.core.deadline import SHANGHAI
from kiosk_app.core.intake import receipt as r
from kiosk_app.core.intake.form import ApplicationForm
from kiosk_app.core.intake.outbox import Submission
from kiosk_app.core.intake.status import (StatusRecord, StatusUpdate, describe, parse_update)
from kiosk_app.core.pdf import ReceiptContent, render_receipt
from kiosk_app.core.workdays import WorkdayCalendar

BODY = "37010219580615242"
ID = BODY + ric.calc_check_digit(BODY + "0")
CAL = WorkdayCalendar()
SETTINGS = r.ReceiptSettings(hall_name="历下区政务服务中心", status_url="https://gk.example.gov.cn/q?c={code}",
                             office="济南市历下区人民政府办公室", phone="0531-12345")
CODE = "K7M8XPPCY39X"


def app(**kw):
    base = dict(name="王秀英", id_number=ID, phone="13905318888", info_title="历下区老旧小区改造计划",
                info_description="泉城路街道部分", consent=True)
    base.update(kw)
    return ApplicationForm(**base).validate(today=dt.date(2026, 11, 1))


def sub(at: dt.datetime, kind="application") -> Submission:
    return Submission(CODE, "k" * 32, kind, at, created=True)


def test_receipt_for_a_plain_november_application():
    # Received Monday 23 Nov 2026; counting from the 24th, no holidays until the 20th
    # working day: 24-27 Nov (4), 30 Nov-4 Dec (9), 7-11 Dec (14), 14-18 Dec (19), 21 Dec (20).
    content = r.build_receipt(app(), sub(dt.datetime(2026, 11, 23, 10, 5, tzinfo=SHANGHAI)), CAL, SETTINGS)
    assert isinstance(content, ReceiptContent)
    assert content.reply_due == dt.date(2026, 12, 21)
    assert content.tracking_code == "K7M8-XPPC-Y39X"
    assert content.status_url == "https://gk.example.gov.cn/q?c=K7M8XPPCY39X"
    assert content.applicant == "王*英" and ID not in repr(content)
    assert content.request_summary == "《历下区老旧小区改造计划》 泉城路街道部分"
    assert content.delivery == "纸质·现场领取" and content.office == "济南市历下区人民政府办公室"
    assert "预计" not in content.status_howto and "K7M8-XPPC-Y39X" in content.status_howto


def test_national_day_holiday_is_skipped():
    # Received Wed 30 Sep 2026. The State Council notice: 1-7 Oct off, Sat 10 Oct worked.
    # By hand: 8, 9, 10 Oct (3), 12-16 (8), 19-23 (13), 26-30 (18), 2 Nov (19), 3 Nov (20).
    due = r.reply_due(dt.datetime(2026, 9, 30, 15, 0, tzinfo=SHANGHAI), CAL)
    assert due.date == dt.date(2026, 11, 3) and not due.provisional


def test_received_time_is_read_in_beijing_time():
    late_utc = dt.datetime(2026, 11, 22, 17, 0, tzinfo=dt.timezone.utc)      # Mon 23 Nov 01:00 in Jinan
    content = r.build_receipt(app(), sub(late_utc), CAL, SETTINGS)
    assert content.received_at.utcoffset() == dt.timedelta(hours=8)
    assert content.received_at.date() == dt.date(2026, 11, 23)
    assert content.reply_due == dt.date(2026, 12, 21)


def test_a_year_without_a_calendar_gives_a_date_marked_provisional():
    content = r.build_receipt(app(), sub(dt.datetime(2026, 12, 21, 9, 0, tzinfo=SHANGHAI)), CAL, SETTINGS)
    due = r.reply_due(dt.datetime(2026, 12, 21, 9, 0, tzinfo=SHANGHAI), CAL)
    assert due.provisional and due.missing_years == (2027,)
    assert content.reply_due == due.date and content.reply_due.year == 2027
    assert content.reply_due_provisional
    assert content.reply_due_note == "答复期限为预计日期：2027年节假日安排尚未公布，以受理机关通知为准。"
    assert "预计" not in content.status_howto        # said beside the date, not in the howto


def test_a_firm_date_has_no_note():
    content = r.build_receipt(app(), sub(dt.datetime(2026, 11, 23, 9, 0, tzinfo=SHANGHAI)), CAL, SETTINGS)
    assert not content.reply_due_provisional and content.reply_due_note == ""


def test_organisation_name_is_printed_in_full_and_no_url_means_no_qr():
    org = ApplicationForm(applicant_type="organisation", org_name="济南泉水食品有限公司",
                          org_code="91110000600037341L", contact_name="李明", phone="13905310000",
                          info_doc_number="济政办发〔2024〕3号", consent=True, office="济南市商务局")
    content = r.build_receipt(org.validate(), sub(dt.datetime(2026, 11, 23, 10, 5, tzinfo=SHANGHAI)), CAL,
                              r.ReceiptSettings(hall_name="大厅"))
    assert content.applicant == "济南泉水食品有限公司" and content.office == "济南市商务局"
    assert content.status_url == "" and "二维码" not in content.status_howto
    assert "K7M8-XPPC-Y39X" in content.status_howto


def test_only_applications_get_this_receipt():
    with pytest.raises(ValueError, match="opinion"):
        r.build_receipt(app(), sub(dt.datetime(2026, 11, 23, tzinfo=SHANGHAI), "opinion"), CAL, SETTINGS)


def test_the_content_renders_on_the_roll():
    content = r.build_receipt(app(), sub(dt.datetime(2026, 12, 21, 9, 0, tzinfo=SHANGHAI)), CAL, SETTINGS,
                              printed_at=dt.datetime(2026, 12, 21, 9, 1, tzinfo=SHANGHAI))
    pdf = render_receipt(content, "roll80")
    assert pdf.startswith(b"%PDF") and len(pdf) > 5_000


# -- status lookup --------------------------------------------------------------------

RECEIVED = dt.datetime(2026, 11, 23, 10, 5, tzinfo=SHANGHAI)


def record(*updates: StatusUpdate, state="delivered", kind="application") -> StatusRecord:
    return StatusRecord(CODE, kind, RECEIVED, state, RECEIVED if state == "delivered" else None, updates)


def upd(status, day, **kw) -> StatusUpdate:
    return StatusUpdate(CODE, f"{status}{day}", status, dt.datetime(2026, *day, 9, tzinfo=SHANGHAI), **kw)


def test_pending_application_shows_the_statutory_date():
    view = describe(record(state="pending"), CAL, dt.date(2026, 11, 23))
    assert view.code == "K7M8-XPPC-Y39X" and view.current == "已提交，等待转交受理机关"
    assert view.due == dt.date(2026, 12, 21) and view.due_text == "2026年12月21日前（含当日）答复"
    assert "联网后将自动转交" in view.message


def test_updates_change_the_status_and_history():
    view = describe(record(upd("accepted", (11, 24))), CAL, dt.date(2026, 11, 25))
    assert view.current == "已受理" and [h[1] for h in view.history] == ["在自助终端提交", "已受理"]
    assert view.message == ""


def test_correction_stops_the_clock_and_the_corrected_application_restarts_it():
    view = describe(record(upd("correction_requested", (11, 25), note="请补充文件名称")), CAL, dt.date(2026, 11, 26))
    assert view.due is None and "补正" in view.message and view.history[-1][2] == "请补充文件名称"
    view = describe(record(upd("correction_requested", (11, 25)), upd("corrected", (11, 30))), CAL,
                    dt.date(2026, 12, 1))
    assert view.due == CAL.add_workdays(dt.date(2026, 11, 30), 20)


def test_extension_central_date_and_final_states():
    ext = describe(record(upd("extended", (12, 10))), CAL, dt.date(2026, 12, 11))
    assert ext.due == CAL.add_workdays(RECEIVED.date(), 40, allow_provisional=True).date
    sent = describe(record(upd("extended", (12, 10), due=dt.date(2027, 1, 8))), CAL, dt.date(2026, 12, 11))
    assert sent.due == dt.date(2027, 1, 8) and not sent.due_provisional
    done = describe(record(upd("replied", (12, 1))), CAL, dt.date(2026, 12, 2))
    assert done.due is None and done.current == "已答复（办结）"


def test_the_reference_intakes_statuses():
    more = describe(record(upd("needs_more_information", (11, 25))), CAL, dt.date(2026, 11, 26))
    assert more.due is None and "补正" in more.message and more.current == "需要补正申请内容"
    done = describe(record(upd("answered", (12, 1))), CAL, dt.date(2026, 12, 2))
    assert done.due is None and done.current == "已答复"


def test_overdue_and_unknown_status():
    late = describe(record(upd("accepted", (11, 24))), CAL, dt.date(2026, 12, 22))
    assert "已超过答复期限" in late.message
    odd = describe(record(upd("archived", (12, 1), label="已归档")), CAL, dt.date(2026, 12, 2))
    assert odd.current == "已归档"


def test_opinions_have_no_deadline():
    view = describe(record(kind="opinion"), CAL, dt.date(2026, 11, 24))
    assert view.due is None and view.kind == "征求意见" and view.current == "已转交受理机关"


@pytest.mark.parametrize("raw, match", [
    ({"status": "accepted", "at": "2026-11-24T09:00:00+08:00"}, "neither tracking_code nor idempotency_key"),
    ({"idempotency_key": "a b", "status": "accepted", "at": "2026-11-24T09:00:00+08:00"}, "idempotency_key"),
    ({"idempotency_key": "k1", "seq": True, "status": "accepted", "at": "2026-11-24T09:00:00+08:00"}, "id"),
    ({"tracking_code": CODE, "at": "2026-11-24T09:00:00+08:00"}, "status"),
    ({"tracking_code": CODE, "status": "accepted", "at": "2026-11-24T09:00:00"}, "time zone"),
    ({"tracking_code": CODE, "status": "accepted", "at": "2026-11-24T09:00:00+08:00", "due": "soon"}, "due"),
])
def test_malformed_updates(raw, match):
    with pytest.raises(ValueError, match=match):
        parse_update(raw)


def test_update_notes_are_cleaned_and_bounded():
    u = parse_update({"tracking_code": "k7m8-xppc-y39x", "status": "accepted", "at": "2026-11-24T01:00:00+00:00",
                      "note": "请\x00补正\u202e" + "很" * 600})
    assert u.tracking_code == CODE and u.at.utcoffset() == dt.timedelta(hours=8)
    assert "\x00" not in u.note and "\u202e" not in u.note and len(u.note) == 500

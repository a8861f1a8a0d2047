"""The intake desk over a real data directory: layout, configuration, submissions, lookups."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat

import pytest
from stdnum.cn import ric

from kiosk_app.core.deadline import SHANGHAI
from kiosk_app.core.intake.form import ApplicationForm
from kiosk_app.core.intake.opinion import SuggestionForm
from kiosk_app.core.intake.service import (UNASSIGNED_PREFIX, IntakeConfig, IntakeError, IntakePaths,
                                           KioskIntake, LookupLimiter, LookupRefused)
from kiosk_app.core.intake.text import FieldError

BODY = "37010219580615242"
ID = BODY + ric.calc_check_digit(BODY + "0")
NOW = dt.datetime(2026, 11, 23, 9, 30, tzinfo=SHANGHAI)


def application():
    return ApplicationForm(name="王秀英", id_number=ID, phone="13905318888", info_title="老旧小区改造计划",
                           consent=True).validate(today=NOW.date())


def open_desk(tmp_path, **kwargs):
    return KioskIntake.open(tmp_path, hall_name="历下区政务服务中心", clock=lambda: NOW, **kwargs)


def test_unprovisioned_kiosk_uses_the_unassigned_prefix_in_a_private_folder(tmp_path):
    desk = open_desk(tmp_path)
    try:
        sub, receipt = desk.submit_application(desk.new_key(), application())
    finally:
        desk.close()
    paths = IntakePaths(tmp_path)
    assert sub.tracking_code.startswith(UNASSIGNED_PREFIX)
    assert paths.outbox.exists() and paths.kiosk_key.exists()
    assert stat.S_IMODE(os.stat(paths.folder).st_mode) == 0o700
    assert receipt.hall_name == "历下区政务服务中心"
    assert receipt.tracking_code.replace("-", "") == sub.tracking_code
    # 23 Nov 2026 is a Monday: 20 working days from the next day end on Monday 21 December.
    assert receipt.reply_due == dt.date(2026, 12, 21)


def test_provisioned_configuration_reaches_codes_and_receipts(tmp_path):
    paths = IntakePaths(tmp_path)
    paths.folder.mkdir()
    paths.config.write_text(json.dumps({"tracking_prefix": "JN7", "status_url": "https://gk.example/s/{code}",
                                        "office": "历下区人民政府办公室", "phone": "0531-12345",
                                        "office_closes_at": "17:00"}), encoding="utf-8")
    desk = open_desk(tmp_path)
    try:
        sub, receipt = desk.submit_application(desk.new_key(), application())
    finally:
        desk.close()
    assert desk.config.provisioned and sub.tracking_code.startswith("JN7")
    assert receipt.status_url == f"https://gk.example/s/{sub.tracking_code}"
    assert receipt.office == "历下区人民政府办公室" and receipt.phone == "0531-12345"


@pytest.mark.parametrize("content, problem", [
    ("{not json", "cannot read"),
    ("[1, 2]", "expected a JSON object"),
    ('{"tracking_prefix": "AB"}', "prefix"),
    ('{"tracking_prefix": "JN0"}', "prefix"),          # 0 is never used in codes
    ('{"tracking_prefix": "JN7", "office_closes_at": "5pm"}', "intake.json"),
])
def test_a_bad_configuration_is_refused_by_name(tmp_path, content, problem):
    paths = IntakePaths(tmp_path)
    paths.folder.mkdir()
    paths.config.write_text(content, encoding="utf-8")
    with pytest.raises(IntakeError, match=problem):
        IntakeConfig.load(paths.config)


def test_the_same_key_twice_stores_one_submission(tmp_path):
    desk = open_desk(tmp_path)
    try:
        key = desk.new_key()
        first, _ = desk.submit_application(key, application())
        again, receipt = desk.submit_application(key, application())
        assert first.created and not again.created
        assert again.tracking_code == first.tracking_code
        assert desk.outbox.counts()["pending"] == 1
        assert receipt.tracking_code.replace("-", "") == first.tracking_code
    finally:
        desk.close()


def test_lookup_shows_a_submission_and_the_status_sync_left(tmp_path):
    desk = open_desk(tmp_path)
    try:
        sub = desk.submit_opinion(desk.new_key(), SuggestionForm(text="希望周末也开放政务公开专区",
                                                                 consent=True).validate())
        view = desk.lookup(sub.tracking_code.lower())
        assert view is not None and view.kind == "意见建议"
        assert "等待转交" in view.current
        desk.outbox.mark_delivered([sub.idempotency_key])
        IntakePaths(tmp_path).status_updates.write_text(json.dumps({
            sub.idempotency_key: [
                {"status": "received", "at": NOW.isoformat(), "seq": 1},
                {"status": "accepted", "note": "已转办公室处理", "at": (NOW + dt.timedelta(hours=2)).isoformat(),
                 "seq": 2}],
            "someone-elses-key": {"status": "accepted", "at": NOW.isoformat()},     # the older one-dict form
        }), encoding="utf-8")
        view = desk.lookup(sub.tracking_code)
        assert view.current == "已受理"
        assert [row[1] for row in view.history][1:] == ["受理机关已收到", "已受理"]
        assert any("已转办公室处理" in row[2] for row in view.history)
    finally:
        desk.close()


def test_unknown_codes_are_limited_but_typos_are_not_counted(tmp_path):
    clock = [0.0]
    desk = open_desk(tmp_path, limiter=LookupLimiter(max_failures=3, window_s=60, monotonic=lambda: clock[0]))
    try:
        real = desk.submit_opinion(desk.new_key(), SuggestionForm(text="建议增加打印纸", consent=True).validate())
        typo = real.tracking_code[:-1] + ("2" if real.tracking_code[-1] != "2" else "3")
        for _ in range(5):
            with pytest.raises(FieldError):
                desk.lookup(typo)
        unknown = "DEV" + "23456789"
        from kiosk_app.core.intake.tracking import check_char

        unknown += check_char(unknown)
        for _ in range(3):
            assert desk.lookup(unknown) is None
        with pytest.raises(LookupRefused) as refused:
            desk.lookup(real.tracking_code)
        assert 1 <= refused.value.wait_s <= 60
        clock[0] += 61
        assert desk.lookup(real.tracking_code) is not None
    finally:
        desk.close()

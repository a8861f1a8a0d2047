"""The reply deadline of a disclosure application, and the ``deadline`` CLI command.

Dates are worked out by hand in docs/deadlines.md from the State Council notices.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk_app.core.deadline import (
    SHANGHAI,
    ClockState,
    DeadlineError,
    Timeline,
    count_working_days,
    receipt_day,
)
from kiosk_app.core.records import validate
from kiosk_app.core.store import LibraryStore
from kiosk_app.core.store_write import apply_records
from kiosk_app.core.workdays import CalendarYearMissing, WorkdayCalendar
from kiosk_app.library.cli import main

D = dt.date.fromisoformat
CAL = WorkdayCalendar()
FIVE_PM = dt.time(17, 0)


def at(text: str) -> dt.datetime:
    """A Beijing-time moment from 'YYYY-MM-DD HH:MM'."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=SHANGHAI)


def timeline(received: str, **kw) -> Timeline:
    return Timeline.start(at(received), CAL, **kw)


# -- receipt and the plain 20-day period ----------------------------------------

@pytest.mark.parametrize("received,due", [
    ("2025-09-26 10:00", "2025-10-30"),   # National Day + Mid-Autumn 2025
    ("2025-01-24 10:00", "2025-02-27"),   # Spring Festival 2025
    ("2026-02-13 10:00", "2026-03-19"),   # Spring Festival 2026
    ("2025-04-25 10:00", "2025-05-27"),   # Labour Day 2025
    ("2025-12-30 10:00", "2026-01-28"),   # year boundary
    ("2025-12-26 16:00", "2026-01-26"),
    ("2025-10-03 10:00", "2025-11-04"),   # handed in on a holiday (art. 31: received that day)
    ("2025-03-15 10:00", "2025-04-14"),   # on an ordinary Saturday
    ("2025-03-14 10:00", "2025-04-14"),   # ... same due date as the Friday before
    ("2025-10-11 10:00", "2025-11-07"),   # on a make-up Saturday
])
def test_due_date_hand_counted(received, due):
    t = timeline(received)
    r = t.reckon()
    assert r.due == D(due)
    assert r.received_on == r.clock_from == D(received[:10])
    assert len(r.count.counted) == 20 and r.count.counted[-1] == D(due)
    assert r.count.counted[0] > D(received[:10])       # the day of receipt is never counted
    assert not r.provisional


def test_reckoning_explains_the_count():
    r = timeline("2025-09-26 10:00").reckon()
    assert r.count.counted[:4] == (D("2025-09-28"), D("2025-09-29"), D("2025-09-30"), D("2025-10-09"))
    assert [d.date for d in r.count.makeup] == [D("2025-09-28"), D("2025-10-11")]
    holidays = [d.date for d in r.count.skipped if d.kind == "holiday"]
    assert holidays == [D("2025-10-01") + dt.timedelta(days=i) for i in range(8)]
    assert r.count.skipped[0].date == D("2025-09-27")   # the Saturday after receipt


def test_after_hours_without_cutoff_is_the_same_day():
    assert timeline("2025-09-26 23:30").due_date() == D("2025-10-30")


def test_after_hours_with_cutoff_is_the_next_working_day():
    # Friday 26 Sep 2025 after closing: the next working day is the make-up Sunday 28 Sep.
    t = timeline("2025-09-26 17:00", office_closes_at=FIVE_PM)
    r = t.reckon()
    assert r.received_on == D("2025-09-28")
    assert r.due == D("2025-10-31")
    assert timeline("2025-09-26 16:59", office_closes_at=FIVE_PM).due_date() == D("2025-10-30")


def test_day_off_with_cutoff_is_the_next_working_day():
    with_cutoff = timeline("2025-10-04 10:00", office_closes_at=FIVE_PM).reckon()
    assert with_cutoff.received_on == D("2025-10-09")
    assert with_cutoff.due == D("2025-11-05")
    assert timeline("2025-10-04 10:00").due_date() == D("2025-11-04")


def test_time_zone_is_beijing_time():
    # 17:00 UTC on Saturday 27 Sep 2025 is 01:00 on the make-up Sunday 28 Sep in Beijing.
    t = Timeline.start(dt.datetime(2025, 9, 27, 17, 0, tzinfo=dt.timezone.utc), CAL)
    assert t.reckon().received_on == D("2025-09-28")
    assert t.due_date() == D("2025-10-31")
    with pytest.raises(DeadlineError, match="time zone"):
        Timeline.start(dt.datetime(2025, 9, 26, 10, 0), CAL)
    with pytest.raises(DeadlineError, match="date and time"):
        receipt_day(CAL, dt.date(2025, 9, 26))   # type: ignore[arg-type]


def test_organ_may_promise_a_shorter_period_never_a_longer_one():
    assert timeline("2025-09-26 10:00", period=7).due_date() == D("2025-10-13")   # 11 Oct is worked
    for bad in (0, 21, True, "20"):
        with pytest.raises(DeadlineError, match="1 to 20"):
            timeline("2025-09-26 10:00", period=bad)


# -- correction (art. 30) -------------------------------------------------------

def test_correction_stops_the_clock_and_restarts_it_in_full():
    t = timeline("2025-03-03 10:00").with_correction_requested(D("2025-03-05"))
    assert t.state(D("2025-03-04")) is ClockState.RUNNING
    assert t.state(D("2025-03-10")) is ClockState.AWAITING_CORRECTION
    assert t.due_date() is None and t.remaining_workdays(D("2025-03-10")) is None
    t = t.with_correction_received(at("2025-03-20 15:00"))
    r = t.reckon()
    assert r.received_on == D("2025-03-03") and r.clock_from == D("2025-03-20")
    # 21 Mar is day 1; 4 Apr (清明) is skipped; 18 Apr is day 20
    assert r.due == D("2025-04-18")
    assert t.state(D("2025-03-25")) is ClockState.RUNNING


def test_corrected_application_after_hours_with_cutoff():
    t = (timeline("2025-03-03 10:00", office_closes_at=FIVE_PM)
         .with_correction_requested(D("2025-03-05"))
         .with_correction_received(at("2025-03-20 18:00")))
    assert t.reckon().clock_from == D("2025-03-21")
    assert t.due_date() == D("2025-04-21")


def test_correction_notice_within_seven_working_days():
    base = timeline("2025-03-03 10:00")
    on_time = base.with_correction_requested(D("2025-03-12")).reckon()
    assert on_time.correction_notice_due == D("2025-03-12") and not on_time.correction_notice_late
    assert base.with_correction_requested(D("2025-03-13")).reckon().correction_notice_late


def test_correction_rules():
    t = timeline("2025-03-03 10:00")
    with pytest.raises(DeadlineError, match="no correction was requested"):
        t.with_correction_received(at("2025-03-05 10:00"))
    asked = t.with_correction_requested(D("2025-03-05"))
    with pytest.raises(DeadlineError, match="art. 30 allows a single notice"):
        asked.with_correction_requested(D("2025-03-06"))
    with pytest.raises(DeadlineError, match="before the correction was requested"):
        asked.with_correction_received(at("2025-03-04 10:00"))
    with pytest.raises(DeadlineError, match="before the application was received"):
        t.with_correction_requested(D("2025-03-01"))
    with pytest.raises(DeadlineError, match="awaiting the corrected application"):
        asked.with_extension(10, D("2025-03-06"))
    with pytest.raises(DeadlineError, match="already received"):
        asked.with_correction_received(at("2025-03-06 10:00")).with_correction_received(at("2025-03-07 10:00"))
    with pytest.raises(DeadlineError, match="before any extension"):
        t.with_extension(5, D("2025-03-04")).with_correction_requested(D("2025-03-05"))


# -- extension (art. 33) --------------------------------------------------------

def test_extension_adds_working_days_to_the_period():
    t = timeline("2025-09-26 10:00")
    full = t.with_extension(20, D("2025-10-20"))
    assert full.due_date() == D("2025-11-27") == CAL.add_workdays(D("2025-09-26"), 40)
    assert t.with_extension(5, D("2025-10-30")).due_date() == CAL.add_workdays(D("2025-09-26"), 25)


def test_extension_only_once_and_at_most_twenty_days():
    t = timeline("2025-09-26 10:00")
    once = t.with_extension(10, D("2025-10-20"))
    with pytest.raises(DeadlineError, match="art. 33 allows one extension"):
        once.with_extension(10, D("2025-10-21"))
    for bad in (21, 0, -3, 2.5):
        with pytest.raises(DeadlineError, match="1 to 20 working days"):
            t.with_extension(bad, D("2025-10-20"))


def test_extension_must_be_approved_within_the_period():
    t = timeline("2025-09-26 10:00")
    with pytest.raises(DeadlineError, match="after the reply period ended on 2025-10-30"):
        t.with_extension(10, D("2025-10-31"))
    with pytest.raises(DeadlineError, match="before the reply period began"):
        t.with_extension(10, D("2025-09-25"))


# -- consultations (arts. 32, 33) -----------------------------------------------

def test_answered_third_party_consultation_is_not_counted():
    t = timeline("2025-03-03 10:00")
    assert t.due_date() == D("2025-03-31")
    c = t.with_consultation(D("2025-03-10")).with_consultation_answered(0, D("2025-03-14"))
    r = c.reckon()
    assert r.count.excluded == tuple(D(f"2025-03-1{i}") for i in (1, 2, 3, 4))
    assert r.due == D("2025-04-07")   # 31 Mar + 4 working days, 清明 (4 Apr) skipped


def test_unanswered_third_party_is_assumed_to_take_fifteen_days():
    t = timeline("2025-03-03 10:00").with_consultation(D("2025-03-10"))
    r = t.reckon()
    assert len(r.count.excluded) == 15 and r.count.excluded[-1] == D("2025-03-31")
    assert r.due == CAL.add_workdays(D("2025-03-03"), 35)
    # an answer after the fifteen days changes nothing: the clock had restarted
    late = t.with_consultation_answered(0, D("2025-04-15"))
    assert late.due_date() == r.due
    # remaining days do not run down while consulting
    assert t.remaining_workdays(D("2025-03-10")) == 16
    assert t.remaining_workdays(D("2025-03-12")) == 15
    assert t.remaining_workdays(D("2025-03-31")) == 15
    assert t.state(D("2025-03-12")) is ClockState.CONSULTING
    assert t.state(D("2025-03-10")) is ClockState.RUNNING
    assert t.state(D("2025-04-01")) is ClockState.RUNNING


def test_overlapping_consultations_are_not_double_counted():
    t = (timeline("2025-03-03 10:00")
         .with_consultation(D("2025-03-10")).with_consultation(D("2025-03-12"))
         .with_consultation_answered(0, D("2025-03-14")).with_consultation_answered(1, D("2025-03-18")))
    r = t.reckon()
    assert len(r.count.excluded) == 6            # 11-14 and 17-18 March
    assert r.due == D("2025-04-09")


def test_other_organ_consultation_has_no_cap_and_stops_the_clock_while_open():
    t = timeline("2025-03-03 10:00").with_consultation(D("2025-03-10"), third_party=False)
    assert t.due_date() is None
    assert t.remaining_workdays(D("2025-03-20")) is None
    assert t.state(D("2025-03-20")) is ClockState.CONSULTING
    answered = t.with_consultation_answered(0, D("2025-04-30"))
    r = answered.reckon()
    assert len(r.count.excluded) == CAL.workdays_between(D("2025-03-10"), D("2025-04-30"))
    assert r.due == CAL.add_workdays(D("2025-04-30"), 15)   # 4-10 March counted 5, 15 to go


def test_consultation_rules():
    t = timeline("2025-09-26 10:00")
    with pytest.raises(DeadlineError, match="after the reply period ended"):
        t.with_consultation(D("2025-10-31"))
    with pytest.raises(DeadlineError, match="before the reply period began"):
        t.with_consultation(D("2025-09-20"))
    c = t.with_consultation(D("2025-09-29"))
    with pytest.raises(DeadlineError, match="before it was requested"):
        c.with_consultation_answered(0, D("2025-09-28"))
    with pytest.raises(DeadlineError, match="no consultation number 1"):
        c.with_consultation_answered(1, D("2025-09-30"))
    with pytest.raises(DeadlineError, match="already answered"):
        c.with_consultation_answered(0, D("2025-09-30")).with_consultation_answered(0, D("2025-10-09"))


def test_extension_and_consultation_together():
    t = (timeline("2025-03-03 10:00")
         .with_consultation(D("2025-03-10")).with_consultation_answered(0, D("2025-03-14"))
         .with_extension(20, D("2025-04-01")))
    assert t.due_date() == CAL.add_workdays(D("2025-03-03"), 44)


# -- remaining days and state ---------------------------------------------------

def test_remaining_workdays_and_state_through_the_period():
    t = timeline("2025-09-26 10:00")
    assert t.remaining_workdays(D("2025-09-26")) == 20    # day of receipt: nothing used yet
    assert t.remaining_workdays(D("2025-09-28")) == 20    # first counted day, today included
    assert t.remaining_workdays(D("2025-09-29")) == 19
    assert t.remaining_workdays(D("2025-10-03")) == 17    # a holiday uses nothing
    assert t.remaining_workdays(D("2025-10-30")) == 1
    assert t.remaining_workdays(D("2025-10-31")) == 0
    assert t.state(D("2025-10-01")) is ClockState.RUNNING
    assert t.state(D("2025-10-30")) is ClockState.DUE_TODAY
    assert t.state(D("2025-10-31")) is ClockState.OVERDUE


# -- years without a calendar ---------------------------------------------------

def test_uncovered_year_raises_or_is_provisional():
    t = timeline("2026-12-20 10:00")
    with pytest.raises(CalendarYearMissing) as err:
        t.reckon()
    assert err.value.year == 2027
    r = t.reckon(allow_provisional=True)
    assert r.provisional and r.missing_years == (2027,) and r.due == D("2027-01-18")
    with pytest.raises(CalendarYearMissing):
        Timeline.start(at("2100-03-01 10:00"), CAL).due_date()


def test_library_record_for_the_next_year_makes_it_firm():
    # An invented 2027 calendar, for the test only.
    rec = validate({"type": "calendar_year", "id": "calendar-2027", "updated_at": "2026-11-05T09:00:00+08:00",
                    "year": 2027, "holidays": [{"date": "2027-01-01", "name": "元旦"}]})
    t = Timeline.start(at("2026-12-20 10:00"), WorkdayCalendar([rec]))
    r = t.reckon()
    assert not r.provisional and r.due == D("2027-01-18")


def test_count_working_days_requires_a_positive_period():
    with pytest.raises(ValueError):
        count_working_days(CAL, D("2025-09-26"), 0)


# -- properties -------------------------------------------------------------------

moments = st.datetimes(min_value=dt.datetime(2004, 1, 1), max_value=dt.datetime(2026, 3, 31),
                       timezones=st.just(SHANGHAI))


@settings(max_examples=120, deadline=None)
@given(received=moments, extension=st.integers(0, 20), gap=st.integers(0, 19),
       answer=st.one_of(st.none(), st.integers(0, 25)), cutoff=st.booleans())
def test_due_date_is_always_a_workday_no_earlier_than_the_plain_period(received, extension, gap, answer, cutoff):
    t = Timeline.start(received, CAL, office_closes_at=FIVE_PM if cutoff else None)
    start = t.reckon().received_on
    asked = CAL.add_workdays(start, gap)
    t = t.with_consultation(asked)
    if answer is not None:
        t = t.with_consultation_answered(0, asked + dt.timedelta(days=answer))
    if extension:
        t = t.with_extension(extension, asked)
    due = t.due_date()
    assert CAL.is_workday(due)
    assert due >= CAL.add_workdays(start, 20 + extension)
    assert due <= CAL.add_workdays(start, 20 + extension + 15)
    remaining = [t.remaining_workdays(start + dt.timedelta(days=i)) for i in range((due - start).days + 2)]
    assert remaining[0] == 20 + extension and remaining[-1] == 0
    assert all(a >= b for a, b in zip(remaining, remaining[1:]))


@settings(max_examples=120, deadline=None)
@given(a=moments, b=moments, cutoff=st.booleans())
def test_due_date_is_monotonic_in_the_receipt(a, b, cutoff):
    a, b = min(a, b), max(a, b)
    closes = FIVE_PM if cutoff else None
    assert (Timeline.start(a, CAL, office_closes_at=closes).due_date()
            <= Timeline.start(b, CAL, office_closes_at=closes).due_date())


@settings(max_examples=80, deadline=None)
@given(received=moments)
def test_cutoff_never_makes_the_due_date_earlier(received):
    plain = Timeline.start(received, CAL).due_date()
    assert Timeline.start(received, CAL, office_closes_at=FIVE_PM).due_date() >= plain


# -- the CLI ------------------------------------------------------------------------

def run_cli(capsys, *args: str) -> tuple[int, list[str], str]:
    code = main(["deadline", *args])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def test_cli_prints_the_count_and_the_due_date_last(capsys):
    code, lines, err = run_cli(capsys, "--received", "2025-09-26")
    assert code == 0 and err == ""
    assert lines[-1] == "2025-10-30"
    text = "\n".join(lines)
    assert "received              2025-09-26 Fri" in text
    assert "first counted day     2025-09-28 Sun (make-up working day, 国庆节)" in text
    assert "holidays skipped      2025-10-01 Wed .. 2025-10-08 Wed  国庆节, 中秋 (8 days)" in text
    assert "2025-10-11 Sat (国庆节)" in text
    assert "Civil Code art. 201" in text


def test_cli_days_and_cutoff(capsys):
    code, lines, _ = run_cli(capsys, "--received", "2025-12-30", "--days", "40")
    assert code == 0 and lines[-1] == CAL.add_workdays(D("2025-12-30"), 40).isoformat()
    code, lines, _ = run_cli(capsys, "--received", "2025-09-26T18:30", "--office-closes-at", "17:00")
    assert code == 0 and lines[-1] == "2025-10-31"
    assert any(line.startswith("deemed received       2025-09-28 Sun") for line in lines)


def test_cli_unknown_year_fails_with_one_line(capsys):
    code, lines, err = run_cli(capsys, "--received", "2026-12-20")
    assert code == 1 and lines == []
    assert err.count("\n") == 1
    assert "the official working-day calendar for 2027 is not yet published" in err


def test_cli_provisional_date_is_marked(capsys):
    code, lines, err = run_cli(capsys, "--received", "2026-12-20", "--provisional")
    assert code == 0 and lines[-1] == "2027-01-18"
    assert lines[-2].startswith("due") and lines[-3].startswith("PROVISIONAL")
    assert "estimated" in "\n".join(lines) and "provisional" in err


def test_cli_reads_calendar_years_from_a_library(tmp_path, capsys):
    header = {"type": "library", "id": "test-library", "format": 1, "version": 1,
              "built_at": "2026-11-05T09:00:00+08:00"}
    # An invented 2027 calendar, for the test only: 4-5 Jan are holidays, 9 Jan is worked.
    cal2027 = {"type": "calendar_year", "id": "calendar-2027", "updated_at": "2026-11-05T09:00:00+08:00",
               "year": 2027, "holidays": [{"date": "2027-01-01", "name": "元旦"},
                                          {"date": "2027-01-04", "name": "invented"},
                                          {"date": "2027-01-05", "name": "invented"}],
               "workdays": [{"date": "2027-01-09", "name": "invented"}]}
    with LibraryStore.create(tmp_path / "lib") as store:
        apply_records(store, [("test", 1, header), ("test", 2, cal2027)])
    code, lines, err = run_cli(capsys, "--received", "2026-12-20", "--library", str(tmp_path / "lib"))
    assert code == 0, err
    # 9 working days left in 2026; 1-5 Jan off; 6-8 (12), Sat 9 (13), 11-15 (18), 18 (19), 19 (20)
    assert lines[-1] == "2027-01-19"
    assert "calendar 2027         library calendar_year record" in lines


def test_cli_bad_library_fails_with_one_line(tmp_path, capsys):
    code, _, err = run_cli(capsys, "--received", "2025-09-26", "--library", str(tmp_path / "none"))
    assert code == 1 and "no library store" in err and err.count("\n") == 1


def test_domain_modules_do_not_need_qt():
    code = ("import sys; sys.modules['PySide6'] = None; "
            "import kiosk_app.core.workdays, kiosk_app.core.deadline, kiosk_app.library.cmd_deadline")
    subprocess.run([sys.executable, "-c", code], check=True)

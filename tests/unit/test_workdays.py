"""The official working-day calendar: package data, library records, missing years.

Expected dates were worked out by hand from the State Council holiday notices
(国办发明电〔2024〕12号 for 2025, 国办发明电〔2025〕7号 for 2026); see
docs/deadlines.md for the day-by-day counts.
"""

from __future__ import annotations

import datetime as dt
import logging

import chinese_calendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk_app.core.records import validate
from kiosk_app.core.workdays import (
    CalendarDataError,
    CalendarError,
    CalendarYearMissing,
    WorkdayCalendar,
    WorkdayResult,
)

D = dt.date.fromisoformat
STAMP = "2026-11-01T09:00:00+08:00"


@pytest.fixture(scope="module")
def cal() -> WorkdayCalendar:
    return WorkdayCalendar()


def calendar_record(year: int, holidays: dict[str, str], workdays: dict[str, str] | None = None,
                    *, updated_at: str = STAMP, rid: str | None = None) -> dict:
    """A calendar_year record as the exchange format defines it (checked by records.validate)."""
    return validate({
        "type": "calendar_year", "id": rid or f"calendar-{year}", "updated_at": updated_at, "year": year,
        "holidays": [{"date": d, "name": n} for d, n in holidays.items()],
        "workdays": [{"date": d, "name": n} for d, n in (workdays or {}).items()],
    })


def package_year(year: int) -> tuple[dict[str, str], dict[str, str]]:
    """The package's holidays and make-up days of one year, as record fields."""
    names = {h.value: h.chinese for h in chinese_calendar.Holiday}
    hol = {d.isoformat(): names[v] for d, v in chinese_calendar.holidays.items() if d.year == year}
    work = {d.isoformat(): names[v] for d, v in chinese_calendar.workdays.items() if d.year == year}
    return hol, work


def days(first: str, last: str) -> list[dt.date]:
    a, b = D(first), D(last)
    return [a + dt.timedelta(days=i) for i in range((b - a).days + 1)]


# -- the package's years -------------------------------------------------------

def test_package_covers_2004_to_2026(cal):
    assert cal.covered_years() == tuple(range(2004, 2027))
    assert cal.source_of(2025) == "package"
    assert cal.source_of(2027) is None
    assert not cal.covers(2027) and not cal.covers(2003)


def test_every_day_agrees_with_the_package():
    """Exhaustive: every day of 2004-2026 as chinesecalendar itself answers."""
    cal = WorkdayCalendar()
    for day in days("2004-01-01", "2026-12-31"):
        assert cal.is_workday(day) == chinese_calendar.is_workday(day), day


@pytest.mark.parametrize("first,last", [
    ("2025-01-28", "2025-02-04"),   # 春节 2025: 除夕 to 正月初七, 8 days
    ("2026-02-15", "2026-02-23"),   # 春节 2026: 腊月二十八 to 正月初七, 9 days
    ("2025-10-01", "2025-10-08"),   # 国庆节 + 中秋节 2025, 8 days
    ("2025-05-01", "2025-05-05"),   # 劳动节 2025
    ("2026-05-01", "2026-05-05"),   # 劳动节 2026
    ("2026-01-01", "2026-01-03"),   # 元旦 2026
    ("2026-10-01", "2026-10-07"),   # 国庆节 2026
])
def test_holiday_blocks_are_days_off(cal, first, last):
    for day in days(first, last):
        assert not cal.is_workday(day), day
        assert cal.day(day).kind == "holiday"
    before, after = D(first) - dt.timedelta(days=1), D(last) + dt.timedelta(days=1)
    # the days either side of each block are worked (weekday or make-up day)
    assert cal.is_workday(before) or before.weekday() >= 5
    assert cal.is_workday(after) or after.weekday() >= 5


@pytest.mark.parametrize("makeup,festival", [
    ("2025-01-26", "春节"), ("2025-02-08", "春节"), ("2025-04-27", "劳动节"),
    ("2025-09-28", "国庆节"), ("2025-10-11", "国庆节"),
    ("2026-01-04", "元旦"), ("2026-02-14", "春节"), ("2026-02-28", "春节"),
    ("2026-05-09", "劳动节"), ("2026-09-20", "国庆节"), ("2026-10-10", "国庆节"),
])
def test_makeup_weekend_days_are_workdays(cal, makeup, festival):
    info = cal.day(D(makeup))
    assert D(makeup).weekday() >= 5
    assert info.workday and info.kind == "makeup" and info.name == festival


def test_day_describes_ordinary_days_and_names_festivals(cal):
    assert cal.day(D("2025-03-15")).kind == "weekend"          # an ordinary Saturday
    assert cal.day(D("2025-03-17")).kind == "workday"
    assert cal.day(D("2025-10-06")).name == "中秋"
    assert cal.day(D("2025-10-12")).kind == "weekend"          # Sunday after the make-up Saturday
    assert cal.day(dt.datetime(2025, 10, 11, 23, 59)).workday  # a datetime counts as its date
    with pytest.raises(TypeError):
        cal.day("2025-10-11")


# -- counting ------------------------------------------------------------------

# (start, n, expected): each worked out by hand in docs/deadlines.md.
HAND_COUNTED = [
    ("2025-09-26", 20, "2025-10-30"),   # across National Day + Mid-Autumn 2025, two make-up days
    ("2025-01-24", 20, "2025-02-27"),   # across Spring Festival 2025
    ("2026-02-13", 20, "2026-03-19"),   # across Spring Festival 2026
    ("2025-04-25", 20, "2025-05-27"),   # across Labour Day 2025
    ("2025-12-30", 20, "2026-01-28"),   # year boundary, 元旦 2026 and its make-up Sunday
    ("2025-12-26", 20, "2026-01-26"),
    ("2025-10-03", 20, "2025-11-04"),   # start on a holiday
    ("2025-10-11", 20, "2025-11-07"),   # start on a make-up Saturday
    ("2025-03-15", 20, "2025-04-14"),   # start on an ordinary Saturday (清明 4 Apr skipped)
    ("2025-03-14", 20, "2025-04-14"),   # ... same as the Friday before
    ("2025-12-31", 1, "2026-01-04"),    # the next working day is a Sunday
    ("2025-09-26", 1, "2025-09-28"),
]


@pytest.mark.parametrize("start,n,expected", HAND_COUNTED)
def test_add_workdays_hand_counted(cal, start, n, expected):
    assert cal.add_workdays(D(start), n) == D(expected)
    assert cal.workdays_between(D(start), D(expected)) == n


def test_add_zero_and_negative(cal):
    assert cal.add_workdays(D("2025-10-04"), 0) == D("2025-10-04")
    assert cal.add_workdays(D("2025-10-09"), -1) == D("2025-09-30")
    assert cal.add_workdays(D("2025-10-30"), -20) == D("2025-09-26")   # the 19th back is 28 Sep
    assert cal.workdays_between(D("2025-10-30"), D("2025-09-26")) == -20


def test_workdays_between_counts_after_start_up_to_end(cal):
    assert cal.workdays_between(D("2025-09-30"), D("2025-10-09")) == 1
    assert cal.workdays_between(D("2025-10-01"), D("2025-10-08")) == 0
    assert cal.workdays_between(D("2025-10-08"), D("2025-10-08")) == 0
    assert cal.workdays_between(D("2025-09-26"), D("2025-09-28")) == 1   # Sat no, make-up Sun yes


def test_next_workday(cal):
    assert cal.next_workday(D("2025-09-26")).date == D("2025-09-28")
    assert cal.next_workday(D("2025-09-30")).date == D("2025-10-09")


# -- years without a calendar --------------------------------------------------

@pytest.mark.parametrize("day", ["2100-01-04", "2003-06-02", "2027-03-01"])
def test_uncovered_year_raises(cal, day):
    with pytest.raises(CalendarYearMissing) as err:
        cal.is_workday(D(day))
    assert err.value.year == D(day).year
    assert isinstance(err.value, CalendarError)
    assert f"calendar for {D(day).year} is not yet published" in str(err.value)


def test_count_into_an_uncovered_year_raises_for_that_year(cal):
    with pytest.raises(CalendarYearMissing) as err:
        cal.add_workdays(D("2026-12-20"), 20)
    assert err.value.year == 2027
    with pytest.raises(CalendarYearMissing):
        cal.workdays_between(D("2026-12-20"), D("2027-01-20"))
    # a count that stays inside 2026 is fine
    assert cal.add_workdays(D("2026-12-20"), 9) == D("2026-12-31")


def test_provisional_count_is_flagged(cal):
    result = cal.add_workdays(D("2026-12-20"), 20, allow_provisional=True)
    assert isinstance(result, WorkdayResult)
    assert result.provisional and result.missing_years == (2027,)
    # 9 working days left in 2026; 1 Jan 2027 (a Friday) is a fixed statutory holiday
    assert result.date == D("2027-01-18")
    firm = cal.add_workdays(D("2025-09-26"), 20, allow_provisional=True)
    assert firm == WorkdayResult(D("2025-10-30"), False, ())


def test_provisional_estimate_keeps_fixed_statutory_holidays(cal):
    assert cal.add_workdays(D("2099-12-31"), 1, allow_provisional=True).date == D("2100-01-04")
    assert cal.day(D("2100-10-01"), allow_provisional=True).kind == "holiday"
    assert cal.day(D("2100-05-03"), allow_provisional=True).source == "provisional"


# -- library records -----------------------------------------------------------

def test_record_with_an_extra_holiday_overrides_the_package(caplog):
    hol, work = package_year(2025)
    extra = dict(hol, **{"2025-07-01": "invented test holiday"})
    cal = WorkdayCalendar([calendar_record(2025, extra, work)])
    assert cal.source_of(2025) == "library"
    assert WorkdayCalendar().is_workday(D("2025-07-01"))
    info = cal.day(D("2025-07-01"))
    assert not info.workday and info.name == "invented test holiday" and info.source == "library"
    # 2025-06-30 (Mon) + 2 working days: 2 July is the 1st, 3 July the 2nd
    assert cal.add_workdays(D("2025-06-30"), 2) == D("2025-07-03")
    assert WorkdayCalendar().add_workdays(D("2025-06-30"), 2) == D("2025-07-02")
    # everything else of 2025 as the package has it
    assert cal.add_workdays(D("2025-09-26"), 20) == D("2025-10-30")
    assert "drops" not in caplog.text


def test_record_replaces_the_whole_year_and_says_what_it_drops(caplog):
    hol, work = package_year(2025)
    del hol["2025-10-08"]
    with caplog.at_level(logging.WARNING, logger="kiosk_app.core.workdays"):
        cal = WorkdayCalendar([calendar_record(2025, hol, work)])
    assert cal.is_workday(D("2025-10-08"))
    assert "drops 1 holiday" in caplog.text and "2025-10-08" in caplog.text


def test_record_extends_coverage_to_a_new_year():
    # An invented 2027 calendar, for the test only (not the real notice).
    rec = calendar_record(2027, {"2027-01-01": "元旦", "2027-01-04": "invented"}, {"2027-01-09": "invented"})
    cal = WorkdayCalendar([rec])
    assert 2027 in cal.covered_years() and cal.source_of(2027) == "library"
    assert cal.day(D("2027-01-09")).kind == "makeup"            # a Saturday worked
    # 2026-12-31 + 3: 1 Jan off, 2-3 weekend, 4 Jan off, 5 (1), 6 (2), 7 (3)
    assert cal.add_workdays(D("2026-12-31"), 3) == D("2027-01-07")
    assert cal.add_workdays(D("2026-12-20"), 20, allow_provisional=True).provisional is False


def test_records_alone():
    rec = calendar_record(2030, {"2030-01-01": "元旦"})
    cal = WorkdayCalendar([rec], use_package=False)
    assert cal.covered_years() == (2030,)
    with pytest.raises(CalendarYearMissing):
        cal.is_workday(D("2025-01-02"))


def test_newer_record_for_the_same_year_wins(caplog):
    old = calendar_record(2030, {"2030-01-02": "old"}, updated_at="2029-11-01T00:00:00+08:00", rid="a")
    new = calendar_record(2030, {"2030-01-03": "new"}, updated_at="2029-12-01T00:00:00+08:00", rid="b")
    for order in ([old, new], [new, old]):
        cal = WorkdayCalendar(order)
        assert cal.is_workday(D("2030-01-02")) and not cal.is_workday(D("2030-01-03"))
    assert "two calendar_year records for 2030" in caplog.text


@pytest.mark.parametrize("record,message", [
    ({"year": 2030, "holidays": [{"date": "2031-01-01"}]}, "is not in 2030"),
    ({"year": 2030, "holidays": [{"date": "2030-02-30"}]}, "no valid date"),
    ({"year": 2030, "holidays": ["2030-01-01"]}, "no valid date"),
    ({"year": "2030"}, "no valid year"),
    ({"year": 2030, "holidays": [{"date": "2030-01-05"}], "workdays": [{"date": "2030-01-05"}]},
     "both a holiday and a workday"),
])
def test_malformed_records_are_refused(record, message):
    with pytest.raises(CalendarDataError, match=message):
        WorkdayCalendar([record])


# -- properties ----------------------------------------------------------------

covered_days = st.dates(min_value=dt.date(2004, 1, 1), max_value=dt.date(2026, 6, 30))
counts = st.integers(min_value=1, max_value=60)
CAL = WorkdayCalendar()


@settings(max_examples=150, deadline=None)
@given(start=covered_days, n=counts)
def test_result_is_a_workday_after_the_start(start, n):
    due = CAL.add_workdays(start, n)
    assert due > start and CAL.is_workday(due)
    assert CAL.workdays_between(start, due) == n


@settings(max_examples=150, deadline=None)
@given(start=covered_days, n=counts, m=counts)
def test_adding_is_additive(start, n, m):
    assert CAL.add_workdays(CAL.add_workdays(start, n), m) == CAL.add_workdays(start, n + m)
    assert CAL.add_workdays(CAL.add_workdays(start, n), n) == CAL.add_workdays(start, 2 * n)


@settings(max_examples=150, deadline=None)
@given(a=covered_days, b=covered_days, n=counts)
def test_monotonic_in_the_start(a, b, n):
    a, b = min(a, b), max(a, b)
    assert CAL.add_workdays(a, n) <= CAL.add_workdays(b, n)


@settings(max_examples=150, deadline=None)
@given(start=covered_days, n=counts)
def test_agrees_with_the_packages_own_count_from_a_workday(start, n):
    """chinese_calendar.find_workday(n, d) is the n-th workday after d when d is one."""
    if not chinese_calendar.is_workday(start):
        start = chinese_calendar.find_workday(0, start)
    assert CAL.add_workdays(start, n) == chinese_calendar.find_workday(n, start)
    assert CAL.add_workdays(CAL.add_workdays(start, n), -n) == start

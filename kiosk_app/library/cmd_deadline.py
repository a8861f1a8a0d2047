"""``kiosk-library deadline --received DATE``: the last day of a working-day period.

Prints how the period was counted (receipt, first counted day, holidays and
weekends passed over, make-up days counted, which calendar each year came
from), then the due date in ISO form alone on the last line, so scripts can
take ``tail -n 1``.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from kiosk_app.core.deadline import REPLY_PERIOD, SHANGHAI, Count, count_working_days, receipt_day
from kiosk_app.core.store import LibraryStore, StoreError
from kiosk_app.core.workdays import CalendarError, CalendarYearMissing, DayInfo, WorkdayCalendar
from kiosk_app.library.cli import CliError

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def register(sub) -> None:
    p = sub.add_parser(
        "deadline",
        help="the due date of a reply period in official working days",
        description="Count N working days after a receipt date, the way art. 33 of the Regulations "
                    "on Open Government Information and art. 201 of the Civil Code count them.")
    p.add_argument("--received", required=True, type=_moment, metavar="YYYY-MM-DD[THH:MM]",
                   help="day (and optionally time, Beijing time) the application was received")
    p.add_argument("--days", type=_positive, default=REPLY_PERIOD, metavar="N",
                   help=f"working days in the period (default {REPLY_PERIOD})")
    p.add_argument("--library", type=Path, metavar="DIR",
                   help="also use the calendar_year records of this library (they override the "
                        "built-in calendar for their years)")
    p.add_argument("--office-closes-at", type=_clock, metavar="HH:MM",
                   help="treat receipt at or after this time, or on a day off, as receipt on the "
                        "next working day (an organ's own rule; the default has no cutoff)")
    p.add_argument("--provisional", action="store_true",
                   help="when a year has no published calendar, print an estimate marked as such "
                        "instead of failing")
    p.set_defaults(func=run)


def run(args) -> int:
    calendar = _calendar(args.library)
    received_at, timed = args.received
    try:
        received_on = receipt_day(calendar, received_at, args.office_closes_at,
                                  allow_provisional=args.provisional)
        count = count_working_days(calendar, received_on, args.days, allow_provisional=args.provisional)
    except CalendarYearMissing as exc:
        raise CliError(f"{exc}; use --library with a library holding its calendar_year record, "
                       f"or --provisional for an estimate") from None
    for line in explain(calendar, received_at, received_on, count, args.office_closes_at, timed=timed):
        print(line)
    if count.provisional:
        years = ", ".join(map(str, count.missing_years))
        print(f"kiosk-library deadline: warning: provisional date, no published calendar for {years}",
              file=sys.stderr)
    assert count.due is not None
    print(count.due.isoformat())
    return 0


def explain(calendar: WorkdayCalendar, received_at: _dt.datetime, received_on: _dt.date,
            count: Count, closes_at: _dt.time | None, *, timed: bool = True) -> list[str]:
    """The lines that show how ``count`` was reached, without the final date line.

    ``timed`` says whether the time of receipt is known (else only the day is shown).
    """
    local = received_at.astimezone(SHANGHAI)
    lines = [f"received              {_day(local.date())}" + (f" {local:%H:%M}" if timed else "")]
    if received_on != local.date():
        why = (f"received at or after closing time {closes_at:%H:%M}" if closes_at and local.time() >= closes_at
               else "received on a day off")
        lines.append(f"deemed received       {_day(received_on)} ({why}; next working day)")
    lines.append(f"period runs from      {received_on.isoformat()}: that day is not counted "
                 f"(Civil Code art. 201)")
    first = count.counted[0]
    info = calendar.day(first, allow_provisional=True)
    lines.append(f"first counted day     {_day(first)}" + _describe(info))
    weekend_days = 0
    for run_ in _runs(count.skipped):
        if any(d.kind == "holiday" for d in run_):
            names = ", ".join(dict.fromkeys(d.name for d in run_ if d.name)) or "holiday"
            span = _day(run_[0].date) if len(run_) == 1 else f"{_day(run_[0].date)} .. {_day(run_[-1].date)}"
            lines.append(f"holidays skipped      {span}  {names} ({len(run_)} day{'s' * (len(run_) > 1)})")
        else:
            weekend_days += len(run_)
    lines.append(f"weekend days skipped  {weekend_days}")
    if count.makeup:
        made = ", ".join(f"{_day(d.date)}" + (f" ({d.name})" if d.name else "") for d in count.makeup)
        lines.append(f"make-up days counted  {made}")
    assert count.due is not None
    for year in range(received_on.year, count.due.year + 1):
        lines.append(f"calendar {year}         {_source(calendar, year)}")
    lines.append(f"working days counted  {len(count.counted)}")
    if count.provisional:
        years = ", ".join(map(str, count.missing_years))
        lines.append(f"PROVISIONAL           the official calendar for {years} is not yet published; "
                     f"the date below is an estimate (预计)")
    lines.append(f"due                   {_day(count.due)} (working day {len(count.counted)})")
    return lines


def _runs(days: tuple[DayInfo, ...]) -> list[list[DayInfo]]:
    """Group consecutive days."""
    runs: list[list[DayInfo]] = []
    for info in days:
        if runs and (info.date - runs[-1][-1].date).days == 1:
            runs[-1].append(info)
        else:
            runs.append([info])
    return runs


def _describe(info: DayInfo) -> str:
    if info.kind == "makeup":
        return " (make-up working day" + (f", {info.name})" if info.name else ")")
    return ""


def _source(calendar: WorkdayCalendar, year: int) -> str:
    source = calendar.source_of(year)
    if source == "library":
        return "library calendar_year record"
    if source == "package":
        try:
            return f"chinesecalendar {version('chinesecalendar')}"
        except PackageNotFoundError:  # pragma: no cover - running from a frozen build
            return "chinesecalendar"
    return "NOT PUBLISHED: estimated from weekends and fixed-date statutory holidays"


def _day(day: _dt.date) -> str:
    return f"{day.isoformat()} {WEEKDAYS[day.weekday()]}"


def _calendar(library: Path | None) -> WorkdayCalendar:
    records: list[dict] = []
    if library is not None:
        try:
            with LibraryStore.open(library, readonly=True) as store:
                records = store.calendar_years()
        except StoreError as exc:
            raise CliError(str(exc)) from None
    try:
        return WorkdayCalendar(records)
    except CalendarError as exc:
        raise CliError(f"library {library}: {exc}") from None


def _moment(text: str) -> tuple[_dt.datetime, bool]:
    """(moment, whether a time was given) from YYYY-MM-DD or YYYY-MM-DDTHH:MM.

    The time is Beijing time unless it carries an offset. A bare date is taken
    as the start of that day, which no office-hours cutoff moves.
    """
    try:
        if len(text) == 10:
            return _dt.datetime.combine(_dt.date.fromisoformat(text), _dt.time(0, 0), SHANGHAI), False
        moment = _dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD or YYYY-MM-DDTHH:MM: {text!r}") from None
    return (moment if moment.tzinfo else moment.replace(tzinfo=SHANGHAI)), True


def _clock(text: str) -> _dt.time:
    try:
        return _dt.time.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a time HH:MM: {text!r}") from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 1000:
        raise argparse.ArgumentTypeError(f"must be a whole number of working days from 1 to 1000: {text!r}")
    return value

"""The official working-day calendar of the People's Republic of China.

Statutory periods of the disclosure regulations count working days, and a
working day is not simply Monday to Friday: each year the State Council
publishes a notice (国务院办公厅关于某年部分节假日安排的通知) that turns some
weekdays into holidays and some weekend days into make-up working days (调休).
Those notices cannot be computed; they are data, published about six weeks
before the year starts.

Two sources supply that data:

* the ``chinesecalendar`` package, which ships the notices of the years it
  knows (1.11.0: 2004 to 2026);
* ``calendar_year`` records of the library (see records.py), which the central
  library publishes and the kiosk receives by sync. A record states the whole
  year: when one exists for a year it replaces the package's data for that
  year, so the central library can both add a year the package does not know
  and correct a year the package got wrong.

A date in a year neither source covers is never counted as if only weekends
mattered: :class:`CalendarYearMissing` is raised. A caller that must show
something anyway asks for a provisional answer, which is marked as such.
"""

from __future__ import annotations

import datetime as _dt
import logging
from dataclasses import dataclass
from typing import Iterable, Iterator, Literal, overload

import chinese_calendar

log = logging.getLogger(__name__)

ONE_DAY = _dt.timedelta(days=1)

# Days off fixed by the calendar date in 《全国年节及纪念日放假办法》 as amended by
# State Council Order No. 798 (in force 2025-01-01): 元旦 1 Jan, 劳动节 1-2 May,
# 国庆节 1-3 Oct. The lunar festivals and the 调休 arrangement of a year are only
# known from its notice, so a provisional estimate can use no more than these.
FIXED_STATUTORY_DAYS = {
    (1, 1): "元旦",
    (5, 1): "劳动节",
    (5, 2): "劳动节",
    (10, 1): "国庆节",
    (10, 2): "国庆节",
    (10, 3): "国庆节",
}

DayKind = Literal["workday", "makeup", "weekend", "holiday"]
Source = Literal["library", "package", "provisional"]


class CalendarError(Exception):
    """The working-day calendar cannot answer: base of this module's errors."""


class CalendarYearMissing(CalendarError):
    """No published calendar covers a year that a count needs.

    Attributes:
        year: the year without a calendar.
    """

    def __init__(self, year: int):
        super().__init__(f"the official working-day calendar for {year} is not yet published")
        self.year = year


class CalendarDataError(CalendarError):
    """A ``calendar_year`` record cannot be used (malformed or inconsistent)."""


@dataclass(frozen=True)
class DayInfo:
    """What one date is in the official calendar.

    Attributes:
        date: the day.
        workday: True if offices work that day.
        kind: ``workday`` (ordinary Mon-Fri), ``makeup`` (a weekend day worked
            under 调休), ``weekend`` or ``holiday`` (a day off named by a notice,
            including the weekend days folded into a holiday block).
        name: the festival a holiday or make-up day belongs to, "" otherwise.
        source: where the answer came from: ``library``, ``package``, or
            ``provisional`` (an estimate for a year without a calendar).
    """

    date: _dt.date
    workday: bool
    kind: DayKind
    name: str
    source: Source


@dataclass(frozen=True)
class WorkdayResult:
    """A counted date that may rest on an estimate.

    Attributes:
        date: the result.
        provisional: True if any day counted lies in a year without a published
            calendar; the date then assumes only weekends and the fixed-date
            statutory holidays, and a receipt must say 预计 (estimated).
        missing_years: the years that were estimated, ascending.
    """

    date: _dt.date
    provisional: bool
    missing_years: tuple[int, ...]


@dataclass(frozen=True)
class _Year:
    holidays: dict[_dt.date, str]
    workdays: dict[_dt.date, str]
    source: Source


def _package_years() -> dict[int, _Year]:
    """The years shipped by ``chinesecalendar``, with Chinese festival names."""
    names = {h.value: h.chinese for h in chinese_calendar.Holiday}
    years = {d.year for d in chinese_calendar.holidays}
    # The package itself accepts every year between its first and last one.
    out = {y: _Year({}, {}, "package") for y in range(min(years), max(years) + 1)}
    for table, attr in ((chinese_calendar.holidays, "holidays"), (chinese_calendar.workdays, "workdays")):
        for day, value in table.items():
            getattr(out[day.year], attr)[day] = names.get(value, str(value))
    return out


def _parse_record(record: dict) -> tuple[int, _Year]:
    """Read one ``calendar_year`` record into a year of the calendar.

    Raises:
        CalendarDataError: the record lacks a year, has a malformed date, a date
            outside its year, or a date that is both a holiday and a workday.
    """
    year = record.get("year")
    if isinstance(year, bool) or not isinstance(year, int):
        raise CalendarDataError(f"calendar_year record {record.get('id')!r} has no valid year: {year!r}")
    tables: dict[str, dict[_dt.date, str]] = {"holidays": {}, "workdays": {}}
    for key, table in tables.items():
        for entry in record.get(key) or []:
            raw = entry.get("date") if isinstance(entry, dict) else None
            try:
                day = _dt.date.fromisoformat(raw)
            except (TypeError, ValueError):
                raise CalendarDataError(
                    f"calendar_year {year}: {key} entry {entry!r} has no valid date") from None
            if day.year != year:
                raise CalendarDataError(f"calendar_year {year}: {key} date {raw} is not in {year}")
            table[day] = entry.get("name") or ""
    clash = sorted(set(tables["holidays"]) & set(tables["workdays"]))
    if clash:
        raise CalendarDataError(f"calendar_year {year}: {clash[0]} is both a holiday and a workday")
    return year, _Year(tables["holidays"], tables["workdays"], "library")


class WorkdayCalendar:
    """Working days of the official calendar, from the package and library records.

    Args:
        records: ``calendar_year`` records (as returned by
            ``LibraryStore.calendar_years()``). Each replaces the package's data
            for its year. If two records name the same year, the one with the
            later ``updated_at`` wins.
        use_package: include the years shipped by ``chinesecalendar``; False
            leaves only the records (useful to test what a library alone gives).

    Raises:
        CalendarDataError: a record is malformed.
    """

    def __init__(self, records: Iterable[dict] = (), *, use_package: bool = True):
        self._years: dict[int, _Year] = _package_years() if use_package else {}
        chosen: dict[int, dict] = {}
        for record in records:
            year, _ = _parse_record(record)
            previous = chosen.get(year)
            if previous is not None:
                log.warning("two calendar_year records for %d (%r, %r); using the newer one",
                            year, previous.get("id"), record.get("id"))
                if str(record.get("updated_at", "")) < str(previous.get("updated_at", "")):
                    continue
            chosen[year] = record
        for year, record in chosen.items():
            _, parsed = _parse_record(record)
            shipped = self._years.get(year)
            if shipped is not None:
                dropped = set(shipped.holidays) - set(parsed.holidays)
                if dropped:
                    log.warning("calendar_year record for %d drops %d holiday(s) the package lists "
                                "(first %s); the record wins", year, len(dropped), min(dropped))
            self._years[year] = parsed

    # -- coverage --------------------------------------------------------------

    def covered_years(self) -> tuple[int, ...]:
        """The years with a published calendar, ascending."""
        return tuple(sorted(self._years))

    def covers(self, year: int) -> bool:
        """True if ``year`` has a published calendar."""
        return year in self._years

    def source_of(self, year: int) -> Source | None:
        """``library`` or ``package`` for a covered year, None for one without a calendar."""
        entry = self._years.get(year)
        return entry.source if entry else None

    # -- single days -----------------------------------------------------------

    def day(self, date: _dt.date, *, allow_provisional: bool = False) -> DayInfo:
        """Describe one date: working or not, and why.

        Args:
            date: the day (a ``datetime`` is reduced to its date).
            allow_provisional: for a year without a calendar, estimate from
                weekends and the fixed-date statutory holidays instead of raising;
                the answer's ``source`` is then ``provisional``.

        Raises:
            CalendarYearMissing: the year has no calendar and no estimate was allowed.
        """
        date = _as_date(date)
        entry = self._years.get(date.year)
        weekend = date.weekday() >= 5
        if entry is None:
            if not allow_provisional:
                raise CalendarYearMissing(date.year)
            fixed = FIXED_STATUTORY_DAYS.get((date.month, date.day))
            if fixed:
                return DayInfo(date, False, "holiday", fixed, "provisional")
            return DayInfo(date, not weekend, "weekend" if weekend else "workday", "", "provisional")
        if date in entry.workdays:
            kind: DayKind = "makeup" if weekend else "workday"
            return DayInfo(date, True, kind, entry.workdays[date], entry.source)
        if date in entry.holidays:
            return DayInfo(date, False, "holiday", entry.holidays[date], entry.source)
        return DayInfo(date, not weekend, "weekend" if weekend else "workday", "", entry.source)

    def is_workday(self, date: _dt.date) -> bool:
        """True if offices work on ``date`` (Mon-Fri less holidays, plus make-up days).

        Raises:
            CalendarYearMissing: the year has no published calendar.
        """
        return self.day(date).workday

    def days(self, after: _dt.date, *, allow_provisional: bool = False) -> Iterator[DayInfo]:
        """Every day after ``after`` (not included), endlessly, in order.

        Raises:
            CalendarYearMissing: on reaching a year without a calendar, unless
                ``allow_provisional``.
        """
        day = _as_date(after)
        while True:
            day += ONE_DAY
            yield self.day(day, allow_provisional=allow_provisional)

    # -- counting --------------------------------------------------------------

    @overload
    def add_workdays(self, start: _dt.date, n: int) -> _dt.date: ...

    @overload
    def add_workdays(self, start: _dt.date, n: int, *,
                     allow_provisional: Literal[False]) -> _dt.date: ...

    @overload
    def add_workdays(self, start: _dt.date, n: int, *,
                     allow_provisional: Literal[True]) -> WorkdayResult: ...

    def add_workdays(self, start, n, *, allow_provisional=False):
        """The ``n``-th working day after ``start``, counted the Chinese way.

        ``start`` itself is never counted (民法典 art. 201: a period counted in
        days starts on the next day), so ``add_workdays(receipt, 20)`` is the
        last day of a 20-working-day period. Adding 0 returns ``start``; a
        negative ``n`` counts back to the ``|n|``-th working day before it.

        Args:
            start: the day the period runs from.
            n: how many working days.
            allow_provisional: estimate years without a calendar and return a
                :class:`WorkdayResult` (always, even when nothing was estimated)
                instead of a plain date.

        Raises:
            CalendarYearMissing: a year the count crosses has no calendar and no
                estimate was allowed.
        """
        day = _as_date(start)
        step = ONE_DAY if n >= 0 else -ONE_DAY
        missing: set[int] = set()
        left = abs(n)
        while left:
            day += step
            info = self.day(day, allow_provisional=allow_provisional)
            if info.source == "provisional":
                missing.add(day.year)
            if info.workday:
                left -= 1
        if not allow_provisional:
            return day
        return WorkdayResult(day, bool(missing), tuple(sorted(missing)))

    def workdays_between(self, a: _dt.date, b: _dt.date) -> int:
        """How many working days lie after ``a`` up to and including ``b``.

        The inverse of :meth:`add_workdays`: ``workdays_between(a,
        add_workdays(a, n)) == n``. Negative when ``b`` is before ``a``.

        Raises:
            CalendarYearMissing: a year in between has no published calendar.
        """
        a, b = _as_date(a), _as_date(b)
        if b < a:
            return -self.workdays_between(b, a)
        count = 0
        day = a
        while day < b:
            day += ONE_DAY
            count += self.day(day).workday
        return count

    def next_workday(self, date: _dt.date, *, allow_provisional: bool = False) -> DayInfo:
        """The first working day strictly after ``date``.

        Raises:
            CalendarYearMissing: as for :meth:`day`.
        """
        for info in self.days(date, allow_provisional=allow_provisional):
            if info.workday:
                return info
        raise AssertionError("unreachable")  # pragma: no cover - days() never ends


def _as_date(value: _dt.date) -> _dt.date:
    if isinstance(value, _dt.datetime):
        return value.date()
    if not isinstance(value, _dt.date):
        raise TypeError(f"expected a date, got {type(value).__name__}")
    return value

"""The statutory reply deadline of one disclosure application.

The rules are those of 《中华人民共和国政府信息公开条例》 (2019):

* art. 31 - the application is received on the day it is handed in (or signed
  for, or confirmed, for post and online channels);
* art. 33 - the reply is due within 20 working days of receipt; the head of the
  disclosure office may extend the period once, by at most 20 working days;
  time spent consulting third parties or other organs is not counted;
* art. 30 - an unclear application gets one request for correction (补正),
  sent within 7 working days; the period then counts from the day the corrected
  application is received;
* art. 32 - a consulted third party answers within 15 working days, so no more
  than 15 working days of a third-party consultation are left out.

Days are counted the way 民法典 art. 201 counts periods: the day of receipt is
not counted, counting starts on the next day, and only working days of the
official calendar (:mod:`kiosk_app.core.workdays`) count. docs/deadlines.md
works examples by hand.

Everything here is pure: a :class:`Timeline` holds the facts of one
application and computes from them; nothing reads a clock or a file.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field, replace
from enum import Enum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk_app.core.workdays import DayInfo, WorkdayCalendar

REPLY_PERIOD = 20           # art. 33: working days to reply
MAX_EXTENSION = 20          # art. 33: one extension of at most this many working days
CORRECTION_NOTICE_DAYS = 7  # art. 30: the correction request goes out within this many
THIRD_PARTY_DAYS = 15       # art. 32: a third party answers within this many

try:
    SHANGHAI: _dt.tzinfo = ZoneInfo("Asia/Shanghai")
except ZoneInfoNotFoundError:  # pragma: no cover - a system without tz data
    # China has kept UTC+8 without daylight saving since 1991.
    SHANGHAI = _dt.timezone(_dt.timedelta(hours=8), "CST")


class DeadlineError(ValueError):
    """A fact that the regulations do not allow, or that contradicts the timeline.

    The message names the rule (article) and the dates involved, in English.
    """


class ClockState(str, Enum):
    """Where an application's reply period stands on a given day."""

    RUNNING = "running"
    AWAITING_CORRECTION = "awaiting_correction"   # art. 30: clock restarts on the corrected application
    CONSULTING = "consulting"                     # art. 33: the day is not counted
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class Extension:
    """An extension of the reply period approved by the head of the disclosure office."""

    days: int
    approved_on: _dt.date


@dataclass(frozen=True)
class Consultation:
    """A written consultation whose time is not counted (art. 32, art. 33 para. 3).

    Attributes:
        requested_on: the day the request for opinions went out; it still counts.
        answered_on: the day the answer came in (None while waiting); not counted.
        third_party: True for a third party (art. 32: at most 15 working days
            are left out, since a silent third party is deemed to have no
            opinion); False for another organ, which has no statutory limit.
    """

    requested_on: _dt.date
    answered_on: _dt.date | None = None
    third_party: bool = True


@dataclass(frozen=True)
class Count:
    """How a period of working days was counted, day by day.

    Attributes:
        start: the day the period runs from; not itself counted.
        days: working days to count.
        due: the last day of the period; None while an open-ended pause (an
            organ consulted without answer) stops the count.
        counted: the working days counted, in order (``len == days`` once due).
        skipped: the non-working days passed over before the due date.
        makeup: the 调休 make-up days among ``counted``.
        excluded: working days not counted because a consultation was pending.
        provisional: True if a day lies in a year without a published calendar.
        missing_years: those years.
    """

    start: _dt.date
    days: int
    due: _dt.date | None
    counted: tuple[_dt.date, ...]
    skipped: tuple[DayInfo, ...]
    makeup: tuple[DayInfo, ...]
    excluded: tuple[_dt.date, ...]
    provisional: bool
    missing_years: tuple[int, ...]


Pause = tuple[_dt.date, _dt.date | None]   # working days d with after < d <= through are not counted


def count_working_days(calendar: WorkdayCalendar, start: _dt.date, days: int, *,
                       pauses: tuple[Pause, ...] = (), allow_provisional: bool = False) -> Count:
    """Count ``days`` working days after ``start``, leaving out paused days.

    Args:
        calendar: the official calendar.
        start: the day the period runs from (the day of receipt); not counted.
        days: how many working days the period has (at least 1).
        pauses: ``(after, through)`` pairs; working days after ``after`` up to and
            including ``through`` are not counted. ``through=None`` is a pause
            still open with no limit: counting stops there and ``due`` is None.
        allow_provisional: estimate years without a calendar (see
            :meth:`WorkdayCalendar.day`) instead of raising.

    Raises:
        CalendarYearMissing: a year the count reaches has no calendar.
        ValueError: ``days`` is less than 1.
    """
    if days < 1:
        raise ValueError(f"a period has at least one working day, got {days}")
    counted: list[_dt.date] = []
    skipped: list[DayInfo] = []
    makeup: list[DayInfo] = []
    excluded: list[_dt.date] = []
    missing: set[int] = set()
    due: _dt.date | None = None
    for info in calendar.days(start, allow_provisional=allow_provisional):
        if info.source == "provisional":
            missing.add(info.date.year)
        if not info.workday:
            skipped.append(info)
            continue
        if any(after < info.date and through is None for after, through in pauses):
            break
        if any(after < info.date <= through for after, through in pauses if through is not None):
            excluded.append(info.date)
            continue
        counted.append(info.date)
        if info.kind == "makeup":
            makeup.append(info)
        if len(counted) == days:
            due = info.date
            break
    if due is None:   # stopped by an open pause: what lies beyond is not yet skipped
        last = counted[-1] if counted else start
        skipped = [s for s in skipped if s.date <= last]
    return Count(start, days, due, tuple(counted), tuple(skipped), tuple(makeup),
                 tuple(excluded), bool(missing), tuple(sorted(missing)))


def receipt_day(calendar: WorkdayCalendar, received_at: _dt.datetime,
                office_closes_at: _dt.time | None = None, *,
                allow_provisional: bool = False) -> _dt.date:
    """The day an application counts as received.

    By art. 31 an application handed in is received on the day it is handed
    in, whatever the hour or the day of the week; counting then starts the
    next day. Some organs' own rules deem what arrives after office hours
    received on the next working day: ``office_closes_at`` turns that on.
    With it, a submission at or after that time, or on a day that is not a
    working day, is received on the next working day.

    Args:
        calendar: the official calendar (used only with a cutoff).
        received_at: when it was handed in, signed for or confirmed; must carry
            a time zone, and is read as Beijing time.
        office_closes_at: the organ's closing time, or None for no cutoff.
        allow_provisional: estimate a year without a calendar.

    Raises:
        DeadlineError: ``received_at`` has no time zone.
        CalendarYearMissing: with a cutoff, the year has no calendar.
    """
    local = _local(received_at, "received_at")
    day = local.date()
    if office_closes_at is None:
        return day
    if local.time() >= office_closes_at or not calendar.day(day, allow_provisional=allow_provisional).workday:
        return calendar.next_workday(day, allow_provisional=allow_provisional).date
    return day


@dataclass(frozen=True)
class Reckoning:
    """The state of one application's reply period, as computed from its facts.

    Attributes:
        received_on: the day of receipt (art. 31), after any office-hours cutoff.
        clock_from: the day the period runs from: ``received_on``, or the day
            the corrected application was received. None while awaiting it.
        count: the day-by-day count, or None while awaiting a correction.
        correction_notice_due: the last day a correction may be requested
            (7 working days after receipt, art. 30).
        correction_notice_late: the correction request went out after that day.
        pauses: the consultation windows as ``(after, through)`` pairs (see
            :func:`count_working_days`), third-party ones capped at 15 working days.
    """

    received_on: _dt.date
    clock_from: _dt.date | None
    count: Count | None
    correction_notice_due: _dt.date
    correction_notice_late: bool
    pauses: tuple[Pause, ...]

    @property
    def due(self) -> _dt.date | None:
        """The last day to reply, or None while the clock is stopped without end."""
        return self.count.due if self.count else None

    @property
    def provisional(self) -> bool:
        return bool(self.count and self.count.provisional)

    @property
    def missing_years(self) -> tuple[int, ...]:
        return self.count.missing_years if self.count else ()


@dataclass(frozen=True)
class Timeline:
    """The facts of one application that bear on its reply deadline.

    Build one with :meth:`start` and add facts with the ``with_*`` methods,
    each returning a new timeline after checking the fact against the rules.

    Raises:
        DeadlineError: on construction, a fact out of order or out of bounds.
    """

    received_at: _dt.datetime
    calendar: WorkdayCalendar = field(compare=False, repr=False)
    period: int = REPLY_PERIOD
    office_closes_at: _dt.time | None = None
    correction_requested_on: _dt.date | None = None
    correction_received_at: _dt.datetime | None = None
    extension: Extension | None = None
    consultations: tuple[Consultation, ...] = ()

    @classmethod
    def start(cls, received_at: _dt.datetime, calendar: WorkdayCalendar, *,
              period: int = REPLY_PERIOD, office_closes_at: _dt.time | None = None) -> "Timeline":
        """A new application received at ``received_at``.

        Args:
            received_at: the moment of receipt (art. 31), time-zone aware.
            calendar: the official calendar.
            period: the reply period in working days; an organ may promise less
                than the statutory 20 (e.g. 7), never more.
            office_closes_at: see :func:`receipt_day`.

        Raises:
            DeadlineError: ``received_at`` has no time zone, or ``period`` is not 1-20.
        """
        return cls(received_at, calendar, period, office_closes_at)

    def __post_init__(self) -> None:
        received = _local(self.received_at, "received_at").date()
        if isinstance(self.period, bool) or not isinstance(self.period, int) \
                or not 1 <= self.period <= REPLY_PERIOD:
            raise DeadlineError(f"the reply period must be 1 to {REPLY_PERIOD} working days "
                                f"(art. 33), got {self.period!r}")
        if self.correction_requested_on is not None and self.correction_requested_on < received:
            raise DeadlineError(f"correction requested on {self.correction_requested_on}, "
                                f"before the application was received on {received}")
        if self.correction_received_at is not None:
            if self.correction_requested_on is None:
                raise DeadlineError("a corrected application was received but no correction was requested")
            corrected = _local(self.correction_received_at, "correction_received_at").date()
            if corrected < self.correction_requested_on:
                raise DeadlineError(f"corrected application received on {corrected}, before the "
                                    f"correction was requested on {self.correction_requested_on}")
        if self.extension is not None:
            _check_extension_days(self.extension.days)
        for c in self.consultations:
            if c.answered_on is not None and c.answered_on < c.requested_on:
                raise DeadlineError(f"consultation answered on {c.answered_on}, before it was "
                                    f"requested on {c.requested_on}")

    # -- adding facts ----------------------------------------------------------

    def with_correction_requested(self, on: _dt.date) -> "Timeline":
        """Record the one request for correction (art. 30); the clock stops.

        Raises:
            DeadlineError: a correction was already requested (art. 30 allows one
                notice), or an extension or consultation is already recorded.
        """
        if self.correction_requested_on is not None:
            raise DeadlineError(f"a correction was already requested on {self.correction_requested_on}; "
                                f"art. 30 allows a single notice listing everything to correct")
        if self.extension is not None or self.consultations:
            raise DeadlineError("a correction must be requested before any extension or consultation: "
                                "it restarts the reply period")
        return replace(self, correction_requested_on=on)

    def with_correction_received(self, at: _dt.datetime) -> "Timeline":
        """Record the corrected application; the full period counts from its receipt.

        Raises:
            DeadlineError: no correction was requested, it was already received,
                or ``at`` is before the request or has no time zone.
        """
        if self.correction_requested_on is None:
            raise DeadlineError("no correction was requested, so no corrected application can be received")
        if self.correction_received_at is not None:
            raise DeadlineError(f"the corrected application was already received at "
                                f"{self.correction_received_at.isoformat()}")
        return replace(self, correction_received_at=at)

    def with_extension(self, days: int, approved_on: _dt.date) -> "Timeline":
        """Record the one extension of the reply period (art. 33).

        Raises:
            DeadlineError: already extended, more than 20 or fewer than 1 working
                days, approved while awaiting a correction, before the clock
                started, or after the reply period had ended.
        """
        if self.extension is not None:
            raise DeadlineError(f"the reply period was already extended by {self.extension.days} working "
                                f"days on {self.extension.approved_on}; art. 33 allows one extension")
        _check_extension_days(days)
        current = self._running("extend the reply period", approved_on)
        if current.due is not None and approved_on > current.due:
            raise DeadlineError(f"extension approved on {approved_on}, after the reply period ended on "
                                f"{current.due}; art. 33 requires it within the period")
        return replace(self, extension=Extension(days, approved_on))

    def with_consultation(self, requested_on: _dt.date, *, third_party: bool = True) -> "Timeline":
        """Record a request for opinions whose time is not counted (arts. 32-33).

        Raises:
            DeadlineError: awaiting a correction, before the clock started, or
                after the reply period had ended.
        """
        current = self._running("consult", requested_on)
        if current.due is not None and requested_on > current.due:
            raise DeadlineError(f"consultation requested on {requested_on}, after the reply period "
                                f"ended on {current.due}")
        return replace(self, consultations=self.consultations + (Consultation(requested_on, None, third_party),))

    def with_consultation_answered(self, index: int, answered_on: _dt.date) -> "Timeline":
        """Record the answer to consultation number ``index`` (0-based, in order of request).

        Raises:
            DeadlineError: no such consultation, already answered, or answered
                before it was requested.
        """
        if not 0 <= index < len(self.consultations):
            raise DeadlineError(f"there is no consultation number {index}")
        old = self.consultations[index]
        if old.answered_on is not None:
            raise DeadlineError(f"consultation of {old.requested_on} was already answered on {old.answered_on}")
        items = list(self.consultations)
        items[index] = replace(old, answered_on=answered_on)
        return replace(self, consultations=tuple(items))

    def _running(self, action: str, on: _dt.date) -> Reckoning:
        current = self.reckon(allow_provisional=True)
        if current.clock_from is None:
            raise DeadlineError(f"cannot {action} while awaiting the corrected application (art. 30)")
        if on < current.clock_from:
            raise DeadlineError(f"cannot {action} on {on}, before the reply period began on {current.clock_from}")
        return current

    # -- computing -------------------------------------------------------------

    def reckon(self, *, allow_provisional: bool = False) -> Reckoning:
        """Compute the reply period from the facts recorded.

        A third-party consultation still unanswered is assumed to take its full
        15 working days; recording the answer brings the due date forward. An
        organ consulted without answer stops the count: the due date is None.

        Raises:
            CalendarYearMissing: a year the count needs has no calendar and no
                estimate was allowed.
        """
        cal, prov = self.calendar, allow_provisional
        received_on = receipt_day(cal, self.received_at, self.office_closes_at, allow_provisional=prov)
        notice = cal.add_workdays(received_on, CORRECTION_NOTICE_DAYS, allow_provisional=prov)
        notice_due = notice.date if prov else notice
        late = self.correction_requested_on is not None and self.correction_requested_on > notice_due
        if self.correction_requested_on is not None:
            if self.correction_received_at is None:
                return Reckoning(received_on, None, None, notice_due, late, ())
            clock_from = receipt_day(cal, self.correction_received_at, self.office_closes_at,
                                     allow_provisional=prov)
        else:
            clock_from = received_on
        pauses: list[Pause] = []
        for c in self.consultations:
            through = c.answered_on
            if c.third_party:
                limit = cal.add_workdays(c.requested_on, THIRD_PARTY_DAYS, allow_provisional=prov)
                limit = limit.date if prov else limit
                through = limit if through is None else min(through, limit)
            pauses.append((c.requested_on, through))
        days = self.period + (self.extension.days if self.extension else 0)
        count = count_working_days(cal, clock_from, days, pauses=tuple(pauses), allow_provisional=prov)
        return Reckoning(received_on, clock_from, count, notice_due, late, tuple(pauses))

    def due_date(self, *, allow_provisional: bool = False) -> _dt.date | None:
        """The last day to reply; None while the clock is stopped without end.

        Raises:
            CalendarYearMissing: as for :meth:`reckon`.
        """
        return self.reckon(allow_provisional=allow_provisional).due

    def remaining_workdays(self, on: _dt.date, *, allow_provisional: bool = False) -> int | None:
        """Working days still available on day ``on``, counting ``on`` itself if it counts.

        On the due date this is 1; once the period has run out it is 0. While
        the clock is stopped without end (awaiting a correction, or an organ's
        answer) it is None. Days that are not counted (a consultation) do not
        reduce it.

        Raises:
            CalendarYearMissing: as for :meth:`reckon`.
        """
        count = self.reckon(allow_provisional=allow_provisional).count
        if count is None or count.due is None:
            return None
        return sum(1 for d in count.counted if d >= on)

    def state(self, on: _dt.date, *, allow_provisional: bool = False) -> ClockState:
        """Where the reply period stands on day ``on``.

        Raises:
            CalendarYearMissing: as for :meth:`reckon`.
        """
        if (self.correction_requested_on is not None and self.correction_received_at is None
                and on >= self.correction_requested_on):
            return ClockState.AWAITING_CORRECTION
        result = self.reckon(allow_provisional=allow_provisional)
        due = result.due
        if due is not None and on > due:
            return ClockState.OVERDUE
        if due == on:
            return ClockState.DUE_TODAY
        if any(after < on and (through is None or on <= through) for after, through in result.pauses):
            return ClockState.CONSULTING
        return ClockState.RUNNING


def _check_extension_days(days: int) -> None:
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_EXTENSION:
        raise DeadlineError(f"an extension is 1 to {MAX_EXTENSION} working days (art. 33), got {days!r}")


def _local(moment: _dt.datetime, name: str) -> _dt.datetime:
    if not isinstance(moment, _dt.datetime):
        raise DeadlineError(f"{name} must be a date and time, got {type(moment).__name__}")
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise DeadlineError(f"{name} must carry a time zone (Beijing time is UTC+8): {moment.isoformat()}")
    return moment.astimezone(SHANGHAI)

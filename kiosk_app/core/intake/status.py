"""Where a submission stands, for the status lookup at the kiosk (申请查询).

The kiosk knows two states of its own: ``pending`` (stored, waiting for
upload) and ``delivered`` (the central side acknowledged it; the personal
data is gone from the kiosk). After that, the central side sends status
updates (:func:`parse_update` checks each), stored by tracking code, and the
lookup shows them with the reply deadline:

* the last ``due`` date the central side sent, if any (it knows about
  corrections, extensions and consultations);
* otherwise, for an application still open, 20 working days from the day
  of receipt (art. 33), computed with the official calendar - marked 预计
  when the calendar of a year it reaches is not yet published;
* none once the application was answered or withdrawn, or while a
  correction (补正, art. 30) is awaited: the period restarts on receipt of
  the corrected application.

:func:`describe` is pure: it takes the record, a calendar and today's date.
Its text is Chinese (what paper and the Chinese screen show); it also hands
over the raw values - codes, times, the deadline - so a screen in another
language words them itself: every fixed name comes from the tables of
:mod:`kiosk_app.core.intake.labels` (context ``IntakeStatus``), marked for
translation, and a note typed by the office stays as written.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass

from kiosk_app.core.deadline import MAX_EXTENSION, SHANGHAI, DeadlineError, Timeline
from kiosk_app.core.intake.labels import (CENTRAL_STATUSES, IN_PROGRESS, KIND_LABELS, KIOSK_STATES,  # noqa: F401
                                          STATUS_CONTEXT, STATUS_MESSAGES, SUBMITTED)
from kiosk_app.core.intake.tracking import format_code
from kiosk_app.core.workdays import WorkdayCalendar

FINAL = {"replied", "withdrawn", "forwarded", "answered", "closed"}
CORRECTION = {"correction_requested", "needs_more_information"}
NOTE_LIMIT = 500
_ID_RE = re.compile(r"^[A-Za-z0-9._:\-]{1,64}$")
_KEY_RE = re.compile(r"^[A-Za-z0-9._:\-]{1,128}$")


@dataclass(frozen=True)
class StatusUpdate:
    """One status change sent by the central side.

    Attributes:
        tracking_code: the code of the submission (12 characters, no
            separators), or "" when the update names its idempotency key.
        update_id: the central side's id for the update; repeating an update
            with the same id changes nothing.
        status: a key of ``CENTRAL_STATUSES``, or another code the central side
            introduced later (shown with its ``label``).
        at: when it happened.
        label: the central side's Chinese wording; used for unknown codes.
        note: a short note for the applicant (e.g. what to correct).
        due: the reply deadline as now reckoned by the office, if it sent one.
        idempotency_key: the submission's idempotency key, when the update
            names it instead of the tracking code.
    """

    tracking_code: str
    update_id: str
    status: str
    at: _dt.datetime
    label: str = ""
    note: str = ""
    due: _dt.date | None = None
    idempotency_key: str = ""


@dataclass(frozen=True)
class StatusRecord:
    """What the kiosk keeps of one submission for lookup (no personal data)."""

    tracking_code: str
    kind: str
    received_at: _dt.datetime
    state: str
    delivered_at: _dt.datetime | None
    updates: tuple[StatusUpdate, ...]


@dataclass(frozen=True)
class StatusEvent:
    """One row of the history, as raw values.

    Attributes:
        at: when it happened, Beijing time.
        status: the status code (``submitted`` for the kiosk's own first row).
        label: its Chinese name - a source string of the ``IntakeStatus``
            tables, or the office's own wording for a code the kiosk does not know.
        note: the office's note, as written.
    """

    at: _dt.datetime
    status: str
    label: str
    note: str


@dataclass(frozen=True)
class StatusView:
    """The lookup screen's content: Chinese text, and the raw values behind it.

    Attributes:
        code: the tracking code in groups.
        kind: what was submitted ("政府信息公开申请").
        received: the time of receipt, Beijing time.
        current: the latest status.
        due: the reply deadline, or None.
        due_provisional: the deadline rests on a year without a published calendar.
        due_text: the deadline as a sentence ("" when none).
        history: (time, status, note) rows, oldest first.
        message: advice for the citizen, or "" (a source string of ``STATUS_MESSAGES``).
        kind_code: the submission's kind (a key of ``KIND_LABELS``).
        status: the latest status code: the office's, else the kiosk's state.
        received_at: the time of receipt as a datetime, Beijing time.
        events: the history as raw values, oldest first.
    """

    code: str
    kind: str
    received: str
    current: str
    due: _dt.date | None
    due_provisional: bool
    due_text: str
    history: tuple[tuple[str, str, str], ...]
    message: str
    kind_code: str = ""
    status: str = ""
    received_at: _dt.datetime | None = None
    events: tuple[StatusEvent, ...] = ()


def _clean_note(text: object, limit: int) -> str:
    if not isinstance(text, str):
        return ""
    kept = "".join(ch if unicodedata.category(ch)[0] != "C" or ch == "\n" else " " for ch in text)
    return " ".join(kept.split())[:limit]


def parse_update(raw: object) -> StatusUpdate:
    """Check one status update as received from the central side.

    Expected keys: ``tracking_code`` or ``idempotency_key`` (the reference
    intake sends the latter), ``status``, ``at`` (ISO date-time with a time
    zone), and optionally ``id`` or ``seq``, ``label``, ``note``, ``due`` (ISO
    date). Without an id, the status and time stand for it.

    Raises:
        ValueError: a key is missing or malformed (the message names it, never
            the value).
    """
    if not isinstance(raw, dict):
        raise ValueError("status update is not an object")
    code, key = raw.get("tracking_code"), raw.get("idempotency_key")
    if code is not None:
        if not isinstance(code, str) or not _ID_RE.match(code.replace("-", "")):
            raise ValueError("status update has a malformed tracking_code")
        code, key = code.replace("-", "").upper(), ""
    elif key is not None:
        if not isinstance(key, str) or not _KEY_RE.match(key):
            raise ValueError("status update has a malformed idempotency_key")
        code = ""
    else:
        raise ValueError("status update has neither tracking_code nor idempotency_key")
    status = raw.get("status")
    if not isinstance(status, str) or not _ID_RE.match(status):
        raise ValueError("status update has no valid status")
    try:
        at = _dt.datetime.fromisoformat(raw.get("at"))
    except (TypeError, ValueError):
        raise ValueError("status update has no valid 'at' time") from None
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("status update time has no time zone")
    due = raw.get("due")
    if due is not None:
        try:
            due = _dt.date.fromisoformat(due)
        except (TypeError, ValueError):
            raise ValueError("status update has a malformed 'due' date") from None
    update_id = raw.get("id", raw.get("seq"))
    if update_id is None or update_id == "":
        update_id = f"{status}@{at.isoformat()}"
    if isinstance(update_id, bool) or not isinstance(update_id, (str, int)) or len(str(update_id)) > 128:
        raise ValueError("status update has a malformed id")
    return StatusUpdate(code, str(update_id), status, at.astimezone(SHANGHAI),
                        _clean_note(raw.get("label"), 40), _clean_note(raw.get("note"), NOTE_LIMIT), due, key)


def status_label(update: StatusUpdate) -> str:
    """The Chinese wording of a status; the central label for codes the kiosk does not know."""
    return CENTRAL_STATUSES.get(update.status) or update.label or IN_PROGRESS


def _cn_date(day: _dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _cn_time(moment: _dt.datetime) -> str:
    local = moment.astimezone(SHANGHAI)
    return f"{_cn_date(local.date())} {local:%H:%M}"


def reply_due(record: StatusRecord, calendar: WorkdayCalendar) -> tuple[_dt.date | None, bool]:
    """The reply deadline to show, and whether it is provisional (see the module docstring).

    Without a date from the central side, the count runs from the receipt of
    the corrected application if one was received, and an extension is
    taken at its statutory maximum of 20 working days, so the date shown is
    never earlier than the real one.
    """
    if record.kind != "application":
        return None, False
    latest = record.updates[-1] if record.updates else None
    if latest is not None and (latest.status in FINAL or latest.status in CORRECTION):
        return None, False
    sent = [u.due for u in record.updates if u.due is not None]
    if sent:
        return sent[-1], False
    corrected = [u.at for u in record.updates if u.status == "corrected"]
    start = corrected[-1] if corrected else record.received_at
    timeline = Timeline.start(start, calendar)
    extended = [u.at.date() for u in record.updates if u.status == "extended" and u.at >= start]
    if extended:
        try:
            timeline = timeline.with_extension(MAX_EXTENSION, extended[0])
        except DeadlineError:
            pass   # approved outside the period: the office's own date will follow
    reckoning = timeline.reckon(allow_provisional=True)
    return reckoning.due, reckoning.provisional


def describe(record: StatusRecord, calendar: WorkdayCalendar, today: _dt.date) -> StatusView:
    """Turn a stored record into what the lookup screen shows."""
    latest = record.updates[-1] if record.updates else None
    current = status_label(latest) if latest else KIOSK_STATES[record.state]
    due, provisional = reply_due(record, calendar)
    due_text = ""
    message = ""
    if due is not None:
        due_text = f"{'预计' if provisional else ''}{_cn_date(due)}前（含当日）答复"
        if provisional:
            due_text += "（节假日安排公布后以受理机关通知为准）"
        if today > due:
            message = STATUS_MESSAGES["overdue"]
    if latest is not None and latest.status in CORRECTION:
        message = STATUS_MESSAGES["correction"]
    if record.state == "pending":
        message = message or STATUS_MESSAGES["pending"]
    received_at = record.received_at.astimezone(SHANGHAI)
    events = [StatusEvent(received_at, "submitted", SUBMITTED, "")]
    events += [StatusEvent(u.at.astimezone(SHANGHAI), u.status, status_label(u), u.note) for u in record.updates]
    history = tuple((_cn_time(e.at), e.label, e.note) for e in events)
    return StatusView(format_code(record.tracking_code), KIND_LABELS.get(record.kind, record.kind),
                      _cn_time(record.received_at), current, due, provisional, due_text,
                      history, message, record.kind,
                      latest.status if latest is not None else record.state, received_at, tuple(events))

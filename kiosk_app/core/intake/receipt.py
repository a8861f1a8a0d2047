"""The content of the application receipt (申请回执), for :mod:`kiosk_app.core.pdf.receipt` to draw.

The receipt proves when the application was received, which starts the
statutory period: a reply within 20 working days (art. 33), counted on the
official calendar from the day after receipt (民法典 art. 201) by
:mod:`kiosk_app.core.deadline`. When that count reaches a year whose holiday
notice is not yet published, the date is an estimate and the receipt says
预计 (estimated) and why.

It is built only from a :class:`~.outbox.Submission`, i.e. after the
application is committed to the outbox, never before.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from kiosk_app.core.deadline import SHANGHAI, Timeline
from kiosk_app.core.intake.form import Application
from kiosk_app.core.intake.outbox import Submission
from kiosk_app.core.intake.tracking import format_code
from kiosk_app.core.pdf.receipt import ReceiptContent
from kiosk_app.core.workdays import WorkdayCalendar


#: After the applicant on a receipt of a form staff filled in for them (代为填写, art. 29 para. 2).
ASSISTED_NOTE = "（工作人员代为填写）"


@dataclass(frozen=True)
class ReceiptSettings:
    """What the kiosk's configuration adds to every receipt.

    Attributes:
        hall_name: the hall or venue (printed at the top).
        status_url: address for the QR code, with ``{code}`` where the
            tracking code goes; "" prints no QR code.
        office: the organ that answers, used when the form names none.
        phone: a consultation phone number, or "".
        office_closes_at: the organ's cutoff after which an application counts
            as received on the next working day (see ``deadline.receipt_day``);
            None: received on the day it is submitted (art. 31).
    """

    hall_name: str
    status_url: str = ""
    office: str = ""
    phone: str = ""
    office_closes_at: _dt.time | None = None


@dataclass(frozen=True)
class ReplyDue:
    """The last day of the reply period, and whether it is an estimate."""

    date: _dt.date
    provisional: bool
    missing_years: tuple[int, ...]


def reply_due(received_at: _dt.datetime, calendar: WorkdayCalendar,
              office_closes_at: _dt.time | None = None) -> ReplyDue:
    """20 working days after the day of receipt, estimated for unpublished years.

    Raises:
        DeadlineError: ``received_at`` has no time zone.
    """
    reckoning = Timeline.start(received_at, calendar, office_closes_at=office_closes_at) \
        .reckon(allow_provisional=True)
    return ReplyDue(reckoning.due, reckoning.provisional, reckoning.missing_years)


def provisional_note(due: ReplyDue) -> str:
    """The sentence that explains an estimated date, or "" for a firm one."""
    if not due.provisional:
        return ""
    years = "、".join(str(y) for y in due.missing_years)
    return f"答复期限为预计日期：{years}年节假日安排尚未公布，以受理机关通知为准。"


def build_receipt(app: Application, sub: Submission, calendar: WorkdayCalendar,
                  settings: ReceiptSettings, *, printed_at: _dt.datetime | None = None) -> ReceiptContent:
    """The receipt of a stored application.

    Args:
        app: the checked application (what the citizen submitted).
        sub: what :meth:`Outbox.submit` returned for it.
        calendar: the official working-day calendar.
        settings: the kiosk's receipt settings.
        printed_at: time of printing (defaults to the receipt renderer's clock).

    Raises:
        ValueError: ``sub`` is not an application.
    """
    if sub.kind != "application":
        raise ValueError(f"a disclosure receipt is for applications, not {sub.kind!r}")
    received = sub.received_at.astimezone(SHANGHAI)
    due = reply_due(received, calendar, settings.office_closes_at)
    howto = f"在政务公开自助终端“申请查询”中输入查询码 {format_code(sub.tracking_code)} 查看办理进度。"
    if settings.status_url:
        howto = "扫描下方二维码，或" + howto
    return ReceiptContent(
        tracking_code=format_code(sub.tracking_code),
        received_at=received,
        reply_due=due.date,
        request_summary=app.request_summary(),
        status_url=settings.status_url.replace("{code}", sub.tracking_code) if settings.status_url else "",
        hall_name=settings.hall_name,
        office=app.office or settings.office,
        applicant=app.applicant_on_paper + (ASSISTED_NOTE if app.assisted else ""),
        delivery=app.delivery_text(),
        status_howto=howto,
        phone=settings.phone,
        printed_at=printed_at,
        reply_due_provisional=due.provisional,
        reply_due_note=provisional_note(due),
    )

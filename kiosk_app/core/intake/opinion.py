"""Opinions on a draft open for comment (征求意见), and general suggestions (意见建议).

A consultation record (records.py, type ``consultation``) has a start and an
end date; the kiosk takes opinions only while it is open (status from
:func:`kiosk_app.core.store.consultation_status`). Before or after, the
citizen is told politely when it opens or when it closed, and nothing is
stored.

Both kinds may be anonymous. A name or contact (phone or e-mail) is
optional; when one is given, the personal-information notice must be
accepted (:data:`~kiosk_app.core.intake.consent.OPINION_NOTICE`), since the
contact is then personal information collected for a purpose.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import unicodedata
from dataclasses import dataclass
from typing import Any

from kiosk_app.core.intake import validators as v
from kiosk_app.core.intake.consent import OPINION_NOTICE_VERSION
from kiosk_app.core.intake.form import assisted_fields, person_name
from kiosk_app.core.intake.text import FieldError, FormInvalid, clean_text
from kiosk_app.core.store import consultation_status

OPINION_SCHEMA = "gk-opinion/1"
SUGGESTION_SCHEMA = "gk-suggestion/1"
TEXT_LIMIT = 2000
TOPIC_LIMIT = 50
MIN_TEXT = 2


def _cn_date(day: str) -> str:
    d = _dt.date.fromisoformat(day)
    return f"{d.year}年{d.month}月{d.day}日"


def _en_date(day: str) -> str:
    d = _dt.date.fromisoformat(day)
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def consultation_gate(consultation: dict, today: _dt.date) -> None:
    """Refuse, politely, a consultation that is not open on ``today``.

    Raises:
        FieldError: field ``consultation``, code ``upcoming`` (with the
            opening date) or ``closed`` (with the closing date).
    """
    status = consultation_status(consultation, today)
    if status == "upcoming":
        raise FieldError("consultation", "upcoming",
                         f"本次意见征集将于{_cn_date(consultation['start_date'])}开始，届时欢迎您提出意见。",
                         f"consultation opens on {consultation['start_date']}",
                         f"Comments on this draft open on {_en_date(consultation['start_date'])}. "
                         "You are welcome to comment then.")
    if status == "closed":
        raise FieldError("consultation", "closed",
                         f"本次意见征集已于{_cn_date(consultation['end_date'])}结束，感谢您的关注。",
                         f"consultation closed on {consultation['end_date']}",
                         f"Comments on this draft closed on {_en_date(consultation['end_date'])}. "
                         "Thank you for your interest.")


def contact_detail(value: Any, *, field: str = "contact") -> str:
    """A phone number or an e-mail address, whichever the text is ("@" decides).

    Raises:
        FieldError: as :func:`validators.phone` or :func:`validators.email`.
    """
    if isinstance(value, str) and ("@" in unicodedata.normalize("NFKC", value)):
        return v.email(value, field=field)
    return v.phone(value, field=field)


@dataclass(frozen=True)
class Opinion:
    """A checked opinion on one consultation."""

    consultation_id: str
    consultation_title: str
    text: str
    name: str = ""
    contact: str = ""
    consent_notice: str = ""
    assisted: bool = False
    staff_id: str = ""

    def to_payload(self) -> dict[str, Any]:
        return {"schema": OPINION_SCHEMA, **dataclasses.asdict(self)}


@dataclass(frozen=True)
class Suggestion:
    """A checked general suggestion (意见建议)."""

    text: str
    topic: str = ""
    name: str = ""
    contact: str = ""
    consent_notice: str = ""
    assisted: bool = False
    staff_id: str = ""

    def to_payload(self) -> dict[str, Any]:
        return {"schema": SUGGESTION_SCHEMA, **dataclasses.asdict(self)}


def _common(text: Any, name: Any, contact: Any, consent: Any, assisted: Any, staff_id: Any,
            errors: list[FieldError]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    try:
        out["text"] = clean_text(text, field="text", label="意见内容", max_len=TEXT_LIMIT,
                                 multiline=True, min_len=MIN_TEXT)
    except FieldError as exc:
        errors.append(exc)
    out["name"] = ""
    if not (name is None or (isinstance(name, str) and not name.strip())):
        try:
            out["name"] = person_name(name, "name", "姓名")
        except FieldError as exc:
            errors.append(exc)
    out["contact"] = ""
    if not (contact is None or (isinstance(contact, str) and not contact.strip())):
        try:
            out["contact"] = contact_detail(contact)
        except FieldError as exc:
            errors.append(exc)
    personal = out["name"] or out["contact"] or {e.field for e in errors} & {"name", "contact"}
    if personal and consent is not True:
        errors.append(FieldError("consent", "consent_required",
                                 "留下姓名或联系方式的，请阅读个人信息处理告知并勾选同意；也可以不留姓名匿名提交",
                                 "name or contact given without accepting the notice",
                                 "If you leave your name or contact details, please read the notice on personal "
                                 "information and tick the box to agree. You can also submit without a name."))
    out["consent_notice"] = OPINION_NOTICE_VERSION if personal else ""
    out.update(assisted_fields(assisted, staff_id, errors))
    return out


@dataclass
class OpinionForm:
    """An opinion being written on the consultation record ``consultation``."""

    consultation: dict
    text: Any = ""
    name: Any = ""
    contact: Any = ""
    consent: Any = False
    assisted: Any = False
    staff_id: Any = ""

    def validate(self, *, today: _dt.date) -> Opinion:
        """Check the consultation is open and the fields are complete.

        Raises:
            FormInvalid: the consultation is not open (its only error), or
                fields are wrong (all of them listed).
        """
        try:
            consultation_gate(self.consultation, today)
        except FieldError as exc:
            raise FormInvalid([exc]) from None
        errors: list[FieldError] = []
        out = _common(self.text, self.name, self.contact, self.consent, self.assisted, self.staff_id, errors)
        if errors:
            raise FormInvalid(errors)
        return Opinion(consultation_id=self.consultation["id"],
                       consultation_title=self.consultation.get("title", ""), **out)


@dataclass
class SuggestionForm:
    """A general suggestion, with an optional topic."""

    text: Any = ""
    topic: Any = ""
    name: Any = ""
    contact: Any = ""
    consent: Any = False
    assisted: Any = False
    staff_id: Any = ""

    def validate(self) -> Suggestion:
        """Check the fields.

        Raises:
            FormInvalid: one or more fields are wrong (all of them listed).
        """
        errors: list[FieldError] = []
        topic = ""
        try:
            topic = clean_text(self.topic, field="topic", label="主题", max_len=TOPIC_LIMIT, required=False)
        except FieldError as exc:
            errors.append(exc)
        out = _common(self.text, self.name, self.contact, self.consent, self.assisted, self.staff_id, errors)
        if errors:
            raise FormInvalid(errors)
        return Suggestion(topic=topic, **out)

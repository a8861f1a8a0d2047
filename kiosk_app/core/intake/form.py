"""The application form for disclosure on request (政府信息公开申请表), as a model.

What the form asks follows 《政府信息公开条例》 (2019) art. 29, and nothing
more (PIPL art. 6: collect the minimum):

(一) the applicant: a citizen's name and identity document, or a legal
     person's / other organisation's name and unified social credit code
     with a contact person; and contact details (phone, e-mail or postal
     address - at least one);
(二) a description of the information sought: its title, its document
     number (文号), or features that identify it - at least one;
(三) how to receive it: on paper or electronically, collected in person,
     by post, or by e-mail.

One form carries one request. A person who cannot write may apply orally
and a member of staff fills in the form for them (代为填写, art. 29): the
form then records that it was assisted and by whom. The personal-information
notice must have been accepted (:mod:`.consent`).

:class:`ApplicationForm` holds what the screens hold (raw text);
:meth:`ApplicationForm.validate` returns a clean, frozen :class:`Application`
or raises :class:`FormInvalid` listing every field error at once, each with
a Chinese message for the screen. Any input, however strange, gives one or
the other.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Callable, NamedTuple

from kiosk_app.core.intake import validators as v
from kiosk_app.core.intake.consent import APPLICATION_NOTICE_VERSION
from kiosk_app.core.intake.labels import APPLICANT_TYPES, MEDIA, METHODS, REVIEW_LABELS
from kiosk_app.core.intake.text import FieldError, FormInvalid, clean_text, field_name_en

SCHEMA = "gk-application/1"
LIMITS = {
    "name": 50, "org_name": 100, "contact_name": 50, "address": 200,
    "info_title": 200, "info_doc_number": 100, "info_description": 2000, "office": 100,
}
MIN_DESCRIPTION_ALONE = 5      # characters, when neither title nor 文号 is given
_NAME_DOTS = str.maketrans({"•": "·", "・": "·", "･": "·", "‧": "·", "∙": "·"})
_NAME_SEPARATORS = " ·'.-"
_STAFF_RE = re.compile(r"^[A-Za-z0-9_.\-]{1,32}$")


class ReviewRow(NamedTuple):
    """One row of the review page.

    Attributes:
        label: the row's name in Chinese (a ``labels.REVIEW_LABELS`` entry, translated by the screen).
        value: the value as it will be sent (the ID number masked); choice names joined by "·".
        names: when the value is made of choice names (``labels`` tables), those names, for the
            screen to translate; empty for what the visitor typed.
    """

    label: str
    value: str
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Application:
    """A complete, checked application; the values are normalised.

    For a citizen ``name``/``id_type``/``id_number`` are set and the
    organisation fields are empty; for an organisation ``org_name``,
    ``org_code`` and ``contact_name`` are set and the others empty.
    """

    applicant_type: str
    name: str = ""
    id_type: str = ""
    id_number: str = ""
    org_name: str = ""
    org_code: str = ""
    contact_name: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    postcode: str = ""
    info_title: str = ""
    info_doc_number: str = ""
    info_description: str = ""
    office: str = ""
    medium: str = "paper"
    method: str = "pickup"
    consent_notice: str = APPLICATION_NOTICE_VERSION
    assisted: bool = False
    staff_id: str = ""

    # -- what the screens and paper show ------------------------------------------------

    @property
    def applicant_name(self) -> str:
        """The citizen's name or the organisation's name."""
        return self.name if self.applicant_type == "citizen" else self.org_name

    @property
    def applicant_on_paper(self) -> str:
        """The applicant as a receipt may show it: a person's name masked, an organisation's in full."""
        return v.mask_name(self.name) if self.applicant_type == "citizen" else self.org_name

    def delivery_text(self) -> str:
        """"纸质·现场领取", "电子·电子邮件" ..."""
        return f"{MEDIA[self.medium]}·{METHODS[self.method]}"

    def request_summary(self) -> str:
        """What was asked for, in one line: 《title》（文号） description."""
        parts = []
        if self.info_title:
            parts.append(f"《{self.info_title.strip('《》')}》")
        if self.info_doc_number:
            parts.append(f"（{self.info_doc_number}）")
        head = "".join(parts)
        desc = " ".join(self.info_description.split())
        return f"{head} {desc}".strip() if head and desc else head or desc

    def review_summary(self) -> list[tuple[str, str]]:
        """Rows (label, value) for the review page, the ID number masked; empty rows left out."""
        return [(row.label, row.value) for row in self.review_rows()]

    def review_rows(self) -> list[ReviewRow]:
        """The review page's rows, with the choice names a screen in another language translates."""
        labels = REVIEW_LABELS

        def choice(field: str, *names: str) -> ReviewRow:
            return ReviewRow(labels[field], "·".join(names), names)

        rows = [choice("applicant_type", APPLICANT_TYPES[self.applicant_type])]
        if self.applicant_type == "citizen":
            rows += [ReviewRow(labels["name"], self.name), choice("id_type", v.DOC_TYPES[self.id_type]),
                     ReviewRow(labels["id_number"], v.mask_id(self.id_number))]
        else:
            rows += [ReviewRow(labels[f], getattr(self, f)) for f in ("org_name", "org_code", "contact_name")]
        rows += [ReviewRow(labels[f], getattr(self, f)) for f in (
            "phone", "email", "address", "postcode", "info_title", "info_doc_number", "info_description",
            "office")]
        rows.append(choice("delivery", MEDIA[self.medium], METHODS[self.method]))
        if self.assisted:
            rows.append(ReviewRow(labels["assisted"], f"工作人员 {self.staff_id}"))
        return [row for row in rows if row.value]

    # -- storage ------------------------------------------------------------------------

    def to_payload(self) -> dict[str, Any]:
        """The record to store and upload: every field, plus the schema name."""
        return {"schema": SCHEMA, **dataclasses.asdict(self)}

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> "Application":
        """Rebuild from :meth:`to_payload` output (unknown keys are ignored).

        Raises:
            ValueError: the payload is of another schema.
        """
        if payload.get("schema") != SCHEMA:
            raise ValueError(f"not an application payload: schema {payload.get('schema')!r}")
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: val for k, val in payload.items() if k in names})


@dataclass
class ApplicationForm:
    """What the application screens hold, as typed; see :meth:`validate`.

    Choice fields hold keys: ``applicant_type`` of ``APPLICANT_TYPES``,
    ``id_type`` of ``validators.DOC_TYPES``, ``medium`` of ``MEDIA``,
    ``method`` of ``METHODS``.
    """

    applicant_type: Any = "citizen"
    name: Any = ""
    id_type: Any = "id_card"
    id_number: Any = ""
    org_name: Any = ""
    org_code: Any = ""
    contact_name: Any = ""
    phone: Any = ""
    email: Any = ""
    address: Any = ""
    postcode: Any = ""
    info_title: Any = ""
    info_doc_number: Any = ""
    info_description: Any = ""
    office: Any = ""
    medium: Any = "paper"
    method: Any = "pickup"
    consent: Any = False
    assisted: Any = False
    staff_id: Any = ""

    def errors(self, *, today: _dt.date | None = None) -> tuple[FieldError, ...]:
        """All field errors, in the order of the form; empty if the form is complete."""
        try:
            self.validate(today=today)
        except FormInvalid as exc:
            return exc.errors
        return ()

    def validate(self, *, today: _dt.date | None = None) -> Application:
        """Check every field and return the clean application.

        Args:
            today: the current date (ID numbers with a later birth date are refused).

        Raises:
            FormInvalid: one or more fields are wrong; ``errors`` lists them all.
        """
        errors: list[FieldError] = []

        def check(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
            try:
                return fn(*args, **kwargs)
            except FieldError as exc:
                errors.append(exc)
                return ""

        kind = _choice(self.applicant_type, APPLICANT_TYPES, "applicant_type", "申请人类型", errors)
        out: dict[str, Any] = {"applicant_type": kind or "citizen"}
        if kind == "citizen":
            out["name"] = check(person_name, self.name, "name", "姓名")
            id_type = _choice(self.id_type, v.DOC_TYPES, "id_type", "证件类型", errors)
            out["id_type"] = id_type
            if id_type:
                out["id_number"] = check(v.identity_document, id_type, self.id_number, today=today)
        elif kind == "organisation":
            out["org_name"] = check(clean_text, self.org_name, field="org_name", label="单位名称",
                                    max_len=LIMITS["org_name"])
            out["org_code"] = check(v.credit_code, self.org_code)
            out["contact_name"] = check(person_name, self.contact_name, "contact_name", "联系人姓名")

        out.update(self._contact(check, errors))
        out.update(self._request(check, errors))
        out.update(self._delivery(out, check, errors))

        if self.consent is not True:
            errors.append(FieldError("consent", "consent_required",
                                     "请阅读个人信息处理告知，勾选同意后再提交",
                                     "the personal-information notice was not accepted",
                                     "Please read the notice on personal information and tick the box to agree "
                                     "before you submit."))
        out.update(assisted_fields(self.assisted, self.staff_id, errors))
        if errors:
            raise FormInvalid(errors)
        return Application(**out)

    # -- parts ---------------------------------------------------------------------------

    def _contact(self, check, errors) -> dict[str, str]:
        def optional(fn, value):
            return check(fn, value) if _filled(value) else ""

        out = {
            "phone": optional(v.phone, self.phone),
            "email": optional(v.email, self.email),
            "address": check(clean_text, self.address, field="address", label="通信地址",
                             max_len=LIMITS["address"], required=False),
            "postcode": optional(v.postcode, self.postcode),
        }
        failed = {e.field for e in errors}
        if not (out["phone"] or out["email"] or out["address"]) and not failed & {"phone", "email", "address"}:
            errors.append(FieldError("phone", "contact_required",
                                     "请至少填写一种联系方式：联系电话、电子邮箱或通信地址",
                                     "no contact details (phone, e-mail or address)",
                                     "Please give at least one way to reach you: a phone number, an e-mail "
                                     "address or a postal address."))
        return out

    def _request(self, check, errors) -> dict[str, str]:
        out = {
            key: check(clean_text, getattr(self, key), field=key, label=label,
                       max_len=LIMITS[key], required=False, multiline=key == "info_description")
            for key, label in (("info_title", "所需信息名称"), ("info_doc_number", "文号"),
                               ("info_description", "所需信息描述"), ("office", "受理机关"))
        }
        failed = {e.field for e in errors}
        if failed & {"info_title", "info_doc_number", "info_description"}:
            return out
        if not (out["info_title"] or out["info_doc_number"]):
            desc = out["info_description"]
            if not desc:
                errors.append(FieldError("info_description", "required",
                                         "请写明所需政府信息的名称、文号，或便于查找的特征描述",
                                         "no title, document number or description of the information",
                                         "Please give the title or the document number of the information you "
                                         "need, or describe it so that it can be found."))
            elif len(desc) < MIN_DESCRIPTION_ALONE:
                errors.append(FieldError("info_description", "too_vague",
                                         "描述过于简略，请写明信息的发布机关、时间、事项等特征，便于查找",
                                         f"description alone is shorter than {MIN_DESCRIPTION_ALONE} characters",
                                         "The description is too short to find the information. Please say "
                                         "which office issued it, roughly when, and what it is about."))
        return out

    def _delivery(self, out, check, errors) -> dict[str, str]:
        medium = _choice(self.medium, MEDIA, "medium", "信息载体", errors)
        method = _choice(self.method, METHODS, "method", "获取方式", errors)
        failed = {e.field for e in errors}
        if method == "email":
            if medium == "paper":
                errors.append(FieldError("method", "paper_by_email",
                                         "纸质材料不能通过电子邮件发送，请选择现场领取或邮寄，或改选电子载体",
                                         "paper cannot be delivered by e-mail",
                                         "Paper copies cannot be sent by e-mail. Please choose collection in "
                                         "person or post, or choose an electronic copy."))
            if not out["email"] and "email" not in failed:
                errors.append(FieldError("email", "required", "选择电子邮件获取的，请填写电子邮箱",
                                         "e-mail delivery needs an e-mail address",
                                         "You chose to receive it by e-mail: please fill in your e-mail address."))
        if method == "post":
            if not out["address"] and "address" not in failed:
                errors.append(FieldError("address", "required", "选择邮寄的，请填写通信地址",
                                         "postal delivery needs an address",
                                         "You chose to receive it by post: please fill in the postal address."))
            if not out["postcode"] and "postcode" not in failed:
                errors.append(FieldError("postcode", "required", "选择邮寄的，请填写邮政编码",
                                         "postal delivery needs a postcode",
                                         "You chose to receive it by post: please fill in the postcode."))
        return {"medium": medium or "paper", "method": method or "pickup"}


def _choice(value: Any, choices: dict[str, str], field: str, label: str, errors: list) -> str:
    if isinstance(value, str) and value in choices:
        return value
    errors.append(FieldError(field, "choice", f"请选择{label}", f"not one of {', '.join(choices)}",
                             f"Please choose {field_name_en(field)}."))
    return ""


def _filled(value: Any) -> bool:
    """True unless the value is None or blank text (other types go to the validator and fail)."""
    return not (value is None or (isinstance(value, str) and not value.strip()))


def person_name(value: Any, field: str, label: str) -> str:
    """A person's name: letters (any script), spaces, and the middle dot of minority names.

    Raises:
        FieldError: ``required``, ``too_long``, ``format`` (digits or symbols), ...
    """
    name = clean_text(value, field=field, label=label, max_len=LIMITS["name"]).translate(_NAME_DOTS)
    if not _is_name(name):
        raise FieldError(field, "format", f"{label}只能包含文字、空格和间隔号“·”，请核对",
                         "must be letters with spaces or a middle dot between words",
                         f"{field_name_en(field, capital=True)} can contain only letters, spaces and the middle "
                         "dot “·”. Please check it.")
    return name


def assisted_fields(assisted: Any, staff_id: Any, errors: list[FieldError]) -> dict[str, Any]:
    """The 代为填写 record: whether staff filled in the form, and who (art. 29).

    Errors are appended to ``errors``; the return value is merged into the record.
    """
    if assisted is False:
        return {"assisted": False, "staff_id": ""}
    if assisted is not True:
        errors.append(FieldError("assisted", "type", "请选择是否由工作人员代为填写",
                                 "assisted must be true or false",
                                 "Please choose whether a member of staff fills in the form for you."))
        return {"assisted": False, "staff_id": ""}
    try:
        staff = clean_text(staff_id, field="staff_id", label="工作人员工号", max_len=32)
    except FieldError as exc:
        errors.append(exc)
        return {"assisted": True, "staff_id": ""}
    if not _STAFF_RE.match(staff):
        errors.append(FieldError("staff_id", "format", "工作人员工号只能包含字母、数字和-_.",
                                 "staff id must be 1-32 letters, digits or -_.",
                                 "The staff number can contain only letters, digits, hyphens, underscores and dots."))
    return {"assisted": True, "staff_id": staff}


def _is_name(name: str) -> bool:
    """Letters of any script (with their combining marks), words joined by at most two of " ·'.-".

    Unassigned code points count as letters: a newer Unicode version may have
    given them to a rare character of a real name.
    """
    run = 2   # separators just seen; a name cannot start with one
    for ch in name:
        cat = unicodedata.category(ch)
        if cat[0] == "L" or cat == "Cn" or (cat[0] == "M" and run == 0):
            run = 0
        elif ch in _NAME_SEPARATORS and run < 2:
            run += 1
        else:
            return False
    return run == 0 or name.endswith(".")

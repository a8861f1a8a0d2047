"""The intake's messages for a visitor reading English, and the names the review page translates."""

from __future__ import annotations

import ast
import datetime as dt
import pickle
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.cn import ric

from kiosk_app.core.intake import labels, tracking
from kiosk_app.core.intake import validators as v
from kiosk_app.core.intake.form import ApplicationForm, ReviewRow
from kiosk_app.core.intake.opinion import OpinionForm, SuggestionForm
from kiosk_app.core.intake.text import FieldError, FormInvalid, clean_text

INTAKE = Path(__file__).resolve().parents[2] / "kiosk_app" / "core" / "intake"
TODAY = dt.date(2026, 11, 23)
ID = (lambda body: body + ric.calc_check_digit(body + "0"))("37010219800101123")
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def english(err: FieldError) -> str:
    """The visitor's English message, checked to read as one: a sentence, no Chinese, no fallback."""
    text = err.message("en")
    assert text == err.visitor_en
    assert text[0].isupper() and text.endswith("."), text
    assert not HAN.search(text), text
    assert not text.startswith("Please check "), text      # not the fallback
    return text


def test_every_field_error_of_the_intake_carries_an_english_message_for_visitors():
    missing = []
    for path in sorted(INTAKE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "FieldError":
                if len(node.args) + len(node.keywords) < 5:
                    missing.append(f"{path.name}:{node.lineno}")
    assert missing == []


def test_message_follows_the_language_and_survives_pickling():
    err = FieldError("phone", "length", "手机号码应为11位数字，您输入了10位", "must have 11 digits, got 10",
                     "A mobile number has 11 digits; you typed 10.")
    assert err.message("zh_CN") == err.zh and err.message("en") == err.message("pseudo") == err.visitor_en
    again = pickle.loads(pickle.dumps(err))
    assert (again.field, again.code, again.zh, again.en, again.visitor_en) == \
        (err.field, err.code, err.zh, err.en, err.visitor_en)
    assert FieldError("postcode", "x", "请核对", "bad").visitor_en == "Please check the postcode."


@pytest.mark.parametrize("check, value, expected", [
    (lambda x: v.resident_id(x, today=TODAY), ID[:17], "The ID card number has 18 characters; you typed 17."),
    (lambda x: v.resident_id(x, today=TODAY), "370102800101123",
     "This is an old 15-digit ID card number. Please enter the 18-character number of your second-generation "
     "ID card."),
    (lambda x: v.residence_permit(x, today=TODAY), ID, "A residence permit number starts with 810000, 820000 or "
                                                       "830000."),
    (v.mobile, "1391234567", "A mobile number has 11 digits; you typed 10."),
    (v.postcode, "25001", "A postcode has 6 digits; you typed 5 characters."),
    (v.email, "zhangsan.example.com", "An e-mail address contains one @ sign, for example zhangsan@example.com."),
    (v.credit_code, "9137", "The unified social credit code has 18 characters; you typed 4."),
    (tracking.parse_code, "K7M9", "A tracking code has 12 characters, not counting hyphens; you typed 4."),
    (lambda x: clean_text(x, field="name", label="姓名", max_len=50), "", "Please fill in your name."),
    (lambda x: clean_text(x, field="address", label="通信地址", max_len=5), "济南市历下区", "The postal address can "
                                                                                      "have at most 5 "
                                                                                      "characters; you typed 6."),
])
def test_english_messages_say_what_to_write(check, value, expected):
    with pytest.raises(FieldError) as info:
        check(value)
    assert english(info.value) == expected


def test_form_messages_in_english():
    form = ApplicationForm(name="王小二", id_number=ID, method="email", medium="paper")
    errors = {e.field: english(e) for e in form.errors(today=TODAY)}
    assert errors == {
        "phone": "Please give at least one way to reach you: a phone number, an e-mail address or a postal "
                 "address.",
        "info_description": "Please give the title or the document number of the information you need, or "
                            "describe it so that it can be found.",
        "method": "Paper copies cannot be sent by e-mail. Please choose collection in person or post, or choose "
                  "an electronic copy.",
        "email": "You chose to receive it by e-mail: please fill in your e-mail address.",
        "consent": "Please read the notice on personal information and tick the box to agree before you submit.",
    }


@pytest.mark.parametrize("today, expected", [
    (dt.date(2026, 12, 1), "Comments on this draft closed on 30 November 2026. Thank you for your interest."),
    (dt.date(2026, 10, 31), "Comments on this draft open on 1 November 2026. You are welcome to comment then."),
])
def test_consultation_dates_in_english(today, expected):
    consultation = {"id": "zq", "title": "t", "start_date": "2026-11-01", "end_date": "2026-11-30"}
    with pytest.raises(FormInvalid) as info:
        OpinionForm(consultation, text="同意").validate(today=today)
    assert english(info.value.errors[0]) == expected


junk = st.one_of(st.text(max_size=40), st.none(), st.booleans(), st.integers(),
                 st.sampled_from(["", " ", "citizen", "organisation", "post", "email", ID]))


@settings(max_examples=200, deadline=None)
@given(st.fixed_dictionaries({}, optional={f: junk for f in ApplicationForm.__dataclass_fields__}))
def test_any_form_error_reads_in_english(values):
    for err in ApplicationForm(**values).errors(today=TODAY):
        english(err)


@settings(max_examples=150, deadline=None)
@given(st.fixed_dictionaries({}, optional={f: junk for f in ("text", "topic", "name", "contact", "consent",
                                                             "assisted", "staff_id")}))
def test_any_suggestion_error_reads_in_english(values):
    try:
        SuggestionForm(**values).validate()
    except FormInvalid as exc:
        for err in exc.errors:
            english(err)


@given(st.sampled_from([v.mobile, v.phone, v.postcode, v.email, v.credit_code, v.passport, tracking.parse_code]),
       st.text(alphabet="0123456789ABCDEFGHJKXYZ", min_size=6, max_size=24))
def test_english_messages_never_repeat_the_value(check, value):
    try:
        check(value)
    except FieldError as exc:
        assert value not in exc.visitor_en


def test_review_rows_name_their_choices_for_translation():
    app = ApplicationForm(name="王小二", id_number=ID, info_title="老旧小区改造", method="post", address="泉城路1号",
                          postcode="250011", consent=True).validate(today=TODAY)
    rows = {row.label: row for row in app.review_rows()}
    assert rows["获取方式"] == ReviewRow("获取方式", "纸质·邮寄", ("纸质", "邮寄"))
    assert rows["证件类型"].names == ("居民身份证",) and rows["申请人类型"].names == ("公民",)
    assert rows["姓名"] == ReviewRow("姓名", "王小二") and rows["证件号码"].value == "3701**********" + ID[-4:]
    assert set(rows) <= set(labels.REVIEW_LABELS.values())
    assert app.review_summary() == [(row.label, row.value) for row in app.review_rows()]
    marked = {*labels.APPLICANT_TYPES.values(), *labels.MEDIA.values(), *labels.METHODS.values(),
              *labels.DOC_TYPES.values()}
    assert all(set(row.names) <= marked for row in rows.values())
    assert v.DOC_TYPES is labels.DOC_TYPES


def test_label_tables_are_marked_for_lupdate():
    source = (INTAKE / "labels.py").read_text(encoding="utf-8")
    marked = set(re.findall(r'QT_TRANSLATE_NOOP\("Application", "([^"]+)"\)', source))
    tables = (labels.APPLICANT_TYPES, labels.MEDIA, labels.METHODS, labels.DOC_TYPES, labels.REVIEW_LABELS)
    assert {name for table in tables for name in table.values()} == marked

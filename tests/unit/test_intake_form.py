"""The application form (art. 29) and the opinion forms: complete, incomplete, and anything at all."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.cn import ric, uscc

from kiosk_app.core.intake.consent import APPLICATION_NOTICE_VERSION, OPINION_NOTICE_VERSION
from kiosk_app.core.intake.form import Application, ApplicationForm
from kiosk_app.core.intake.opinion import OpinionForm, SuggestionForm
from kiosk_app.core.intake.text import FieldError, FormInvalid

TODAY = dt.date(2026, 11, 22)
BODY = "37010219580615242"
ID = BODY + ric.calc_check_digit(BODY + "0")
ORG = "91370102MA3C" + "12345"
ORG = ORG + uscc.calc_check_digit(ORG)


def citizen(**kw) -> ApplicationForm:
    base = dict(name="王秀英", id_number=ID, phone="0531-86012345",
                info_title="历下区2025年老旧小区改造计划", consent=True)
    base.update(kw)
    return ApplicationForm(**base)


def codes(exc: FormInvalid) -> list[tuple[str, str]]:
    return [(e.field, e.code) for e in exc.errors]


def test_a_complete_citizen_application():
    app = citizen(info_description="  想知道泉城路街道哪些小区在内  ").validate(today=TODAY)
    assert app.applicant_type == "citizen" and app.id_number == ID
    assert app.phone == "0531-86012345" and app.medium == "paper" and app.method == "pickup"
    assert app.consent_notice == APPLICATION_NOTICE_VERSION and not app.assisted
    assert app.request_summary() == "《历下区2025年老旧小区改造计划》 想知道泉城路街道哪些小区在内"
    assert app.delivery_text() == "纸质·现场领取"
    assert app.applicant_on_paper == "王*英"


def test_a_complete_organisation_application_by_email():
    app = ApplicationForm(applicant_type="organisation", org_name="济南泉水食品有限公司", org_code=ORG.lower(),
                          contact_name="李明", phone="13905310000", email="liming@example.com",
                          info_doc_number="济政办发〔2024〕3号", medium="electronic", method="email",
                          consent=True).validate(today=TODAY)
    assert app.org_code == ORG and app.name == "" and app.id_number == ""
    assert app.applicant_on_paper == "济南泉水食品有限公司"
    assert app.delivery_text() == "电子·电子邮件"


def test_an_empty_form_lists_every_missing_part_in_form_order():
    with pytest.raises(FormInvalid) as info:
        ApplicationForm().validate(today=TODAY)
    assert codes(info.value) == [("name", "required"), ("id_number", "required"),
                                 ("phone", "contact_required"), ("info_description", "required"),
                                 ("consent", "consent_required")]
    assert all(e.zh for e in info.value.errors)


def test_wrong_id_and_phone_are_reported_together():
    with pytest.raises(FormInvalid) as info:
        citizen(id_number=ID[:-1], phone="1381234567").validate(today=TODAY)
    assert codes(info.value) == [("id_number", "length"), ("phone", "length")]
    assert info.value.by_field()["id_number"].zh == "身份证号码应为18位，您输入了17位"


def test_consent_must_be_exactly_true():
    for consent in (False, None, "yes", 1):
        with pytest.raises(FormInvalid) as info:
            citizen(consent=consent).validate(today=TODAY)
        assert codes(info.value) == [("consent", "consent_required")]


def test_staff_assisted_form_records_the_staff_id():
    app = citizen(assisted=True, staff_id=" LX-0042 ").validate(today=TODAY)
    assert app.assisted and app.staff_id == "LX-0042"
    assert ("代为填写", "工作人员 LX-0042") in app.review_summary()
    with pytest.raises(FormInvalid) as info:
        citizen(assisted=True).validate(today=TODAY)
    assert codes(info.value) == [("staff_id", "required")]
    with pytest.raises(FormInvalid) as info:
        citizen(assisted=True, staff_id="王 工").validate(today=TODAY)
    assert codes(info.value) == [("staff_id", "format")]


def test_delivery_rules():
    with pytest.raises(FormInvalid) as info:
        citizen(method="email").validate(today=TODAY)
    assert codes(info.value) == [("method", "paper_by_email"), ("email", "required")]
    with pytest.raises(FormInvalid) as info:
        citizen(method="post").validate(today=TODAY)
    assert codes(info.value) == [("address", "required"), ("postcode", "required")]
    app = citizen(method="post", address="济南市历下区泉城路1号", postcode="２５００１１").validate(today=TODAY)
    assert app.postcode == "250011"
    with pytest.raises(FormInvalid) as info:
        citizen(medium="cd", method="fax").validate(today=TODAY)
    assert codes(info.value) == [("medium", "choice"), ("method", "choice")]


def test_what_is_sought_title_number_or_a_useful_description():
    assert citizen(info_title="", info_doc_number="济政发〔2023〕1号").validate(today=TODAY)
    with pytest.raises(FormInvalid) as info:
        citizen(info_title="", info_description="文件").validate(today=TODAY)
    assert codes(info.value) == [("info_description", "too_vague")]
    assert citizen(info_title="", info_description="历下区拆迁补偿标准").validate(today=TODAY)


def test_any_contact_will_do_but_one_is_needed():
    assert citizen(phone="", email="wxy@example.com").validate(today=TODAY).email == "wxy@example.com"
    assert citizen(phone="", address="济南市历下区泉城路1号").validate(today=TODAY)
    with pytest.raises(FormInvalid) as info:
        citizen(phone="").validate(today=TODAY)
    assert codes(info.value) == [("phone", "contact_required")]


@pytest.mark.parametrize("name, ok", [("阿依古丽·买买提", True), ("阿依古丽•买买提", True), ("John O'Brien", True),
                                      ("Mary-Jane Smith", True), ("张3", False), ("·张三", False),
                                      ("张三!!", False), ("王 小 明", True)])
def test_person_names(name, ok):
    form = citizen(name=name)
    if ok:
        assert form.validate(today=TODAY).name == name.replace("•", "·")
    else:
        with pytest.raises(FormInvalid) as info:
            form.validate(today=TODAY)
        assert codes(info.value) == [("name", "format")]


def test_review_summary_masks_the_id_number():
    app = citizen(email="wxy@example.com").validate(today=TODAY)
    rows = dict(app.review_summary())
    assert rows["证件号码"] == ID[:4] + "*" * 10 + ID[-4:]
    assert all(ID not in value for value in rows.values())
    assert rows["姓名"] == "王秀英" and "文号" not in rows


def test_payload_round_trip():
    app = citizen(assisted=True, staff_id="S1").validate(today=TODAY)
    payload = json.loads(json.dumps(app.to_payload(), ensure_ascii=False))
    assert Application.from_payload(payload) == app
    with pytest.raises(ValueError):
        Application.from_payload({"schema": "other"})


# -- any input --------------------------------------------------------------------------

junk = st.one_of(st.text(max_size=60), st.none(), st.booleans(), st.integers(),
                 st.lists(st.text(max_size=3), max_size=2), st.sampled_from(["", " ", "citizen", ID]))
FIELDS = [f for f in ApplicationForm.__dataclass_fields__]


@settings(max_examples=300, deadline=None)
@given(st.fixed_dictionaries({}, optional={f: junk for f in FIELDS}))
def test_any_form_gives_an_application_or_clear_messages(values):
    form = ApplicationForm(**values)
    try:
        app = form.validate(today=TODAY)
    except FormInvalid as exc:
        assert exc.errors
        for err in exc.errors:
            assert isinstance(err, FieldError) and err.field and err.code and err.zh and err.en
        assert [str(e) for e in form.errors(today=TODAY)] == [str(e) for e in exc.errors]
        return
    json.dumps(app.to_payload())
    assert app.review_summary()


han = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=2, max_size=6)
valid_ids = st.builds(lambda r, d, s: (lambda b: b + ric.calc_check_digit(b + "0"))(f"{r}{d:%Y%m%d}{s:03d}"),
                      st.sampled_from(["370102", "370112", "110105", "440106"]),
                      st.dates(dt.date(1920, 1, 1), TODAY), st.integers(0, 999))


@settings(max_examples=150, deadline=None)
@given(name=han, number=valid_ids, mobile=st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True),
       title=st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=80),
       method=st.sampled_from(["pickup", "post"]))
def test_every_well_filled_form_is_accepted(name, number, mobile, title, method):
    extra = {"address": "济南市历下区泉城路1号", "postcode": "250011"} if method == "post" else {}
    app = citizen(name=name, id_number=number, phone=mobile, info_title=title, method=method,
                  **extra).validate(today=TODAY)
    assert (app.name, app.id_number, app.phone) == (name, number, mobile)


# -- opinions and suggestions ------------------------------------------------------------

CONSULTATION = {"id": "zq-2026-011", "title": "济南市养犬管理办法（征求意见稿）",
                "start_date": "2026-11-01", "end_date": "2026-11-30"}


def test_opinion_on_an_open_consultation_may_be_anonymous():
    op = OpinionForm(CONSULTATION, text="建议增加夜间遛狗时段的规定。").validate(today=TODAY)
    assert op.consultation_id == "zq-2026-011" and op.name == "" and op.consent_notice == ""
    assert op.to_payload()["schema"] == "gk-opinion/1"


@pytest.mark.parametrize("today, code, zh", [
    (dt.date(2026, 12, 1), "closed", "本次意见征集已于2026年11月30日结束，感谢您的关注。"),
    (dt.date(2026, 10, 31), "upcoming", "本次意见征集将于2026年11月1日开始，届时欢迎您提出意见。"),
])
def test_opinion_outside_the_consultation_period_is_refused_politely(today, code, zh):
    with pytest.raises(FormInvalid) as info:
        OpinionForm(CONSULTATION, text="建议……").validate(today=today)
    assert [(e.field, e.code, e.zh) for e in info.value.errors] == [("consultation", code, zh)]


def test_last_day_is_still_open():
    assert OpinionForm(CONSULTATION, text="同意").validate(today=dt.date(2026, 11, 30))


def test_contact_needs_consent():
    with pytest.raises(FormInvalid) as info:
        OpinionForm(CONSULTATION, text="同意", contact="13812345678").validate(today=TODAY)
    assert codes(info.value) == [("consent", "consent_required")]
    op = OpinionForm(CONSULTATION, text="同意", name="赵敏", contact="ZM@Example.com",
                     consent=True).validate(today=TODAY)
    assert op.contact == "zm@example.com" and op.consent_notice == OPINION_NOTICE_VERSION


def test_suggestion():
    s = SuggestionForm(text="希望大厅增加老年人休息区", topic="服务环境").validate()
    assert s.to_payload()["schema"] == "gk-suggestion/1" and s.topic == "服务环境"
    with pytest.raises(FormInvalid) as info:
        SuggestionForm(text="", contact="12").validate()
    assert codes(info.value) == [("text", "required"), ("contact", "length"), ("consent", "consent_required")]


@settings(max_examples=200, deadline=None)
@given(st.fixed_dictionaries({}, optional={f: junk for f in ("text", "topic", "name", "contact", "consent",
                                                             "assisted", "staff_id")}))
def test_any_suggestion_gives_a_record_or_clear_messages(values):
    try:
        SuggestionForm(**values).validate()
    except FormInvalid as exc:
        assert exc.errors and all(e.zh and e.en for e in exc.errors)

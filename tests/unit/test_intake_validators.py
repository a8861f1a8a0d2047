"""Identity documents and contact details: real numbers, each kind of mistake, and any input at all."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.cn import ric, uscc

from kiosk_app.core.intake import validators as v
from kiosk_app.core.intake.text import FieldError

TODAY = dt.date(2026, 11, 22)
# Real address codes (GB/T 2260): Jinan districts, Beijing, Shenzhen, Chongqing, Urumqi.
REGIONS = ["370102", "370103", "370112", "370181", "110101", "440305", "500101", "650102"]


def make_id(region: str, born: dt.date, seq: int) -> str:
    body = f"{region}{born:%Y%m%d}{seq:03d}"
    return body + ric.calc_check_digit(body + "0")


def make_uscc(body17: str) -> str:
    return body17 + uscc.calc_check_digit(body17)


ids = st.builds(make_id, st.sampled_from(REGIONS),
                st.dates(min_value=dt.date(1900, 1, 1), max_value=TODAY), st.integers(0, 999))


def full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


# -- resident identity card --------------------------------------------------------------

@given(ids)
def test_every_generated_valid_id_is_accepted_in_any_typing(number):
    assert v.resident_id(number, today=TODAY) == number
    assert v.resident_id(full_width(number.lower()), today=TODAY) == number
    spaced = f" {number[:6]} {number[6:14]} {number[14:]} "
    assert v.resident_id(spaced, today=TODAY) == number


def test_published_example_number():
    assert v.resident_id("360426199101010071", today=TODAY) == "360426199101010071"


def test_old_residents_of_districts_created_after_their_birth_are_accepted():
    # stdnum's own validate() refuses these (address code newer than the birth year),
    # but the code is the place of first registration: real, valid numbers.
    number = make_id("370102", dt.date(1960, 3, 5), 123)
    with pytest.raises(Exception):
        ric.validate(number)
    assert v.resident_id(number, today=TODAY) == number


@pytest.mark.parametrize("typed, code, zh", [
    ("37010219900101123", "length", "身份证号码应为18位，您输入了17位"),
    ("3701021990010112345", "length", "身份证号码应为18位，您输入了19位"),
    ("", "required", "请填写身份证号码"),
    ("   ", "required", "请填写身份证号码"),
    ("3701021990X1011234", "format", "身份证号码应为17位数字加1位数字或X"),
    ("370102900101123", "old_id", "您输入的是15位旧身份证号码，请输入18位的第二代身份证号码"),
])
def test_id_mistakes_have_their_own_message(typed, code, zh):
    with pytest.raises(FieldError) as info:
        v.resident_id(typed, today=TODAY)
    assert (info.value.field, info.value.code, info.value.zh) == ("id_number", code, zh)


def test_wrong_check_digit():
    good = make_id("370102", dt.date(1990, 1, 1), 123)
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    with pytest.raises(FieldError) as info:
        v.resident_id(bad, today=TODAY)
    assert info.value.code == "checksum"
    assert info.value.zh == "身份证号码最后一位校验码不正确，请核对"


def test_every_single_digit_typo_is_caught_by_the_check_digit():
    good = make_id("370112", dt.date(1975, 6, 30), 42)
    for pos in range(17):
        for digit in "0123456789":
            if digit == good[pos]:
                continue
            typo = good[:pos] + digit + good[pos + 1:]
            with pytest.raises(FieldError) as info:
                v.resident_id(typo, today=TODAY)
            assert info.value.code == "checksum", (pos, digit)


@pytest.mark.parametrize("body", ["37010219900230123", "37010219901301123", "37010220991231123",
                                  "37010218991231123"])
def test_impossible_future_or_ancient_birth_date(body):
    number = body + ric.calc_check_digit(body + "0")
    with pytest.raises(FieldError) as info:
        v.resident_id(number, today=TODAY)
    assert info.value.code == "birth_date"
    assert "出生日期" in info.value.zh


def test_unknown_province_and_permit_typed_as_id():
    with pytest.raises(FieldError) as info:
        v.resident_id(make_id("990102", dt.date(1990, 1, 1), 1), today=TODAY)
    assert info.value.code == "region"
    with pytest.raises(FieldError) as info:
        v.resident_id(make_id("810000", dt.date(1990, 1, 1), 1), today=TODAY)
    assert info.value.code == "wrong_type"
    assert "港澳台居民居住证" in info.value.zh


# -- other documents --------------------------------------------------------------------

@pytest.mark.parametrize("prefix", ["810000", "820000", "830000"])
def test_residence_permits_of_older_holders(prefix):
    number = make_id(prefix, dt.date(1960, 1, 1), 7)
    assert v.residence_permit(number, today=TODAY) == number
    assert v.identity_document("residence_permit", number, today=TODAY) == number


def test_residence_permit_needs_its_prefix_and_check_digit():
    with pytest.raises(FieldError) as info:
        v.residence_permit(make_id("370102", dt.date(1990, 1, 1), 7), today=TODAY)
    assert info.value.code == "prefix"
    good = make_id("830000", dt.date(1990, 1, 1), 7)
    with pytest.raises(FieldError) as info:
        v.residence_permit(good[:-1] + ("1" if good[-1] == "0" else "0"), today=TODAY)
    assert info.value.code == "checksum"
    assert info.value.zh.startswith("居住证号码")


@pytest.mark.parametrize("doc_type, typed, expected", [
    ("hk_macao_permit", "h12345678", "H12345678"),
    ("hk_macao_permit", "M 1234567890", "M1234567890"),
    ("taiwan_permit", "１２３４５６７８", "12345678"),
    ("passport", "e12345678", "E12345678"),
    ("passport", "EA1234567", "EA1234567"),
    ("passport", "X 1234 567 89", "X123456789"),
])
def test_other_documents_accepted(doc_type, typed, expected):
    assert v.identity_document(doc_type, typed, today=TODAY) == expected


@pytest.mark.parametrize("doc_type, typed, code", [
    ("hk_macao_permit", "X12345678", "format"),
    ("hk_macao_permit", "H1234567", "format"),
    ("taiwan_permit", "1234567", "format"),
    ("taiwan_permit", "1234567890(B)", "old_permit"),
    ("passport", "ABCDEFG", "format"),
    ("passport", "E1", "format"),
    ("passport", "", "required"),
])
def test_other_documents_refused(doc_type, typed, code):
    with pytest.raises(FieldError) as info:
        v.identity_document(doc_type, typed, today=TODAY)
    assert info.value.code == code


def test_unknown_document_type_is_a_field_error():
    for bad in ("driving_licence", None, 3, ["id_card"]):
        with pytest.raises(FieldError) as info:
            v.identity_document(bad, "x")
        assert (info.value.field, info.value.code) == ("id_type", "choice")


# -- unified social credit code -----------------------------------------------------------

@given(st.text(alphabet="0123456789", min_size=8, max_size=8),
       st.text(alphabet="0123456789ABCDEFGHJKLMNPQRTUWXY", min_size=9, max_size=9))
def test_generated_credit_codes_are_accepted(head, tail):
    code = make_uscc(head + tail)
    assert v.credit_code(code.lower()) == code


@pytest.mark.parametrize("typed, code", [
    ("91110000600037341", "length"),
    ("91110000600037341M", "checksum"),
    ("9111000060003734IL", "format"),
    ("", "required"),
])
def test_credit_code_mistakes(typed, code):
    assert v.credit_code("91110000600037341L") == "91110000600037341L"
    with pytest.raises(FieldError) as info:
        v.credit_code(typed)
    assert info.value.code == code


# -- contact details -------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["13812345678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678",
                                   "008613812345678", "8613812345678", "１３８１２３４５６７８"])
def test_mobile_numbers(typed):
    assert v.mobile(typed) == "13812345678"
    assert v.phone(typed) == "13812345678"


@pytest.mark.parametrize("typed, code, zh", [
    ("1381234567", "length", "手机号码应为11位数字，您输入了10位"),
    ("12812345678", "prefix", "手机号码应以13至19开头，请核对"),
    ("1381234567a", "format", "手机号码只能包含数字"),
    ("", "required", "请填写手机号码"),
])
def test_mobile_mistakes(typed, code, zh):
    with pytest.raises(FieldError) as info:
        v.mobile(typed)
    assert (info.value.code, info.value.zh) == (code, zh)


@pytest.mark.parametrize("typed, expected", [
    ("0531-12345678", "0531-12345678"), ("0531 8765432", "0531-8765432"),
    ("(010)12345678", "010-12345678"), ("02112345678", "021-12345678"), ("400-123-4567", "4001234567"),
])
def test_landlines(typed, expected):
    assert v.phone(typed) == expected


@pytest.mark.parametrize("typed", ["12345678", "0101234567", "05311234567890", "phone", "0531-1234"])
def test_phone_refused(typed):
    with pytest.raises(FieldError) as info:
        v.phone(typed)
    assert info.value.code in ("format", "length", "prefix")


def test_postcode():
    assert v.postcode("２５０００２") == "250002"
    with pytest.raises(FieldError) as info:
        v.postcode("25000")
    assert info.value.zh == "邮政编码应为6位数字，您输入了5位"


@pytest.mark.parametrize("typed, expected", [
    ("Zhang.San@Example.COM", "zhang.san@example.com"),
    ("zhang-san+gk@mail.example.cn", "zhang-san+gk@mail.example.cn"),
    ("ｚｓ＠ｑｑ．ｃｏｍ", "zs@qq.com"),
    ("zs@qq。com", "zs@qq.com"),
    ("zs@例子.中国", "zs@例子.中国"),
])
def test_email_accepted(typed, expected):
    assert v.email(typed) == expected


@pytest.mark.parametrize("typed, code", [
    ("zs.qq.com", "no_at"), ("a@@b.com", "no_at"), ("zs@qq", "format"), ("zs@qq.c", "format"),
    (".zs@qq.com", "format"), ("z..s@qq.com", "format"), ("张三@qq.com", "format"),
    ("zs@-qq.com", "format"), ("zs@qq.com" + "m" * 300, "too_long"),
])
def test_email_refused(typed, code):
    with pytest.raises(FieldError) as info:
        v.email(typed)
    assert info.value.code == code


# -- masking ----------------------------------------------------------------------------

def test_masks():
    assert v.mask_id("370102199001011231") == "3701**********1231"
    assert v.mask_id("H1234567") == "******67"
    assert v.mask_phone("13812345678") == "138****5678"
    assert v.mask_name("张三") == "张*"
    assert v.mask_name("张小明") == "张*明"
    assert v.mask_name("欧阳小明") == "欧**明"
    assert v.mask_name("John Smith") == "J*** S****"


# -- any input at all -----------------------------------------------------------------

VALIDATORS = [
    lambda x: v.resident_id(x, today=TODAY), lambda x: v.residence_permit(x, today=TODAY),
    v.hk_macao_permit, v.taiwan_permit, v.passport, v.credit_code, v.mobile, v.phone,
    v.postcode, v.email,
]
anything = st.one_of(st.text(), st.text(alphabet="0123456789Xx -＋+()１２３４５６７８９０@.", max_size=30),
                     st.none(), st.integers(), st.binary(max_size=5))


@settings(max_examples=300)
@given(st.sampled_from(range(len(VALIDATORS))), anything)
def test_any_input_gives_a_value_or_a_clear_message(index, value):
    check = VALIDATORS[index]
    try:
        result = check(value)
    except FieldError as exc:
        assert exc.field and exc.code and exc.zh and exc.en
        return
    assert isinstance(result, str) and result
    assert check(result) == result          # normalising is idempotent


@given(st.sampled_from(range(len(VALIDATORS))),
       st.text(alphabet="0123456789ABCDEFGHJKXYZ", min_size=6, max_size=24))
def test_messages_never_repeat_the_value(index, value):
    try:
        VALIDATORS[index](value)
    except FieldError as exc:
        assert value not in exc.zh and value not in exc.en and value not in str(exc)

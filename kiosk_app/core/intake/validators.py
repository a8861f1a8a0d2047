"""Identity documents and contact details, checked the way the issuing standards define them.

Check digits come from python-stdnum, not from code written here:
``stdnum.cn.ric`` for the resident identity card (GB 11643, ISO 7064 MOD 11-2)
and ``stdnum.cn.uscc`` for the unified social credit code (GB 32100).

One deliberate departure: ``stdnum.cn.ric.validate`` also requires the
six-digit address code to have existed in the holder's *birth* year. The
address code is that of the place of first registration, not of birth, so
the check refuses real numbers: a Jinan resident of 历下区 (370102, a code
from 1983) born in 1960 is rejected, as is every 港澳台居民居住证 of a holder
born before 1997 (810000 dates from 1997) and every Taiwan permit (830000 is
not in its table at all). Here the number is checked for length, format,
check digit (stdnum's ``calc_check_digit``), a real birth date (stdnum's
``get_birth_date``, plus not in the future and not before 1900), and a known
province (the first two digits, looked up in stdnum's GB/T 2260 table).

Documents accepted (``DOC_TYPES``):

* ``id_card`` 居民身份证: 18 characters as above. A 15-digit first-generation
  number gets its own message (those cards expired in 2013).
* ``residence_permit`` 港澳台居民居住证: 18 characters in the ID-card format,
  starting 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan).
* ``hk_macao_permit`` 港澳居民来往内地通行证: H or M and 8 digits (the card
  since 2013) or 10 digits (the older booklet, whose last two digits count
  renewals).
* ``taiwan_permit`` 台湾居民来往大陆通行证: 8 digits (the card since 2015; the
  booklets with 10 digits and a letter have all expired).
* ``passport`` 护照: 5 to 15 letters and digits with at least one digit
  (Chinese passports are E/G + 8 digits or E + letter + 7; foreign ones vary).

Every validator returns the normalised value or raises :class:`FieldError`.
"""

from __future__ import annotations

import datetime as _dt
import re

from stdnum import numdb
from stdnum.cn import ric as _ric
from stdnum.cn import uscc as _uscc
from stdnum.exceptions import InvalidChecksum, InvalidLength, ValidationError

from kiosk_app.core.intake.labels import DOC_TYPES
from kiosk_app.core.intake.text import FieldError, clean_code
PERMIT_PREFIXES = {"810000": "香港", "820000": "澳门", "830000": "台湾"}
EARLIEST_BIRTH = _dt.date(1900, 1, 1)

_ID_BODY_RE = re.compile(r"^\d{17}[\dX]$")
_HKM_RE = re.compile(r"^[HM](\d{8}|\d{10})$")
_TW_RE = re.compile(r"^\d{8}$")
_PASSPORT_RE = re.compile(r"^[A-Z0-9]{5,15}$")
_MOBILE_RE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE_RE = re.compile(r"^0[1-9]\d{9,10}$")
_SERVICE_RE = re.compile(r"^[48]00\d{7}$")
_POSTCODE_RE = re.compile(r"^\d{6}$")
_EMAIL_LOCAL_RE = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")
_DOMAIN_LABEL_RE = re.compile(r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")
_TLD_RE = re.compile(r"^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$")


def _today(today: _dt.date | None) -> _dt.date:
    return today if today is not None else _dt.date.today()


# -- resident identity card and residence permit ---------------------------------------


def _check_gb11643(number: str, *, field: str, label: str, label_en: str, today: _dt.date | None,
                   id_card: bool = False) -> None:
    """Length, format, check digit and birth date of an 18-character GB 11643 number."""
    if id_card and len(number) == 15 and number.isascii() and number.isdigit():
        raise FieldError(field, "old_id", "您输入的是15位旧身份证号码，请输入18位的第二代身份证号码",
                         "15-digit first-generation ID number",
                         "This is an old 15-digit ID card number. Please enter the 18-character number "
                         "of your second-generation ID card.")
    if len(number) != 18:
        raise FieldError(field, "length", f"{label}号码应为18位，您输入了{len(number)}位",
                         f"must have 18 characters, got {len(number)}",
                         f"The {label_en} number has 18 characters; you typed {len(number)}.")
    if not _ID_BODY_RE.match(number):
        raise FieldError(field, "format", f"{label}号码应为17位数字加1位数字或X",
                         "must be 17 digits and a digit or X",
                         f"The {label_en} number is 17 digits followed by a digit or X.")
    if number[-1] != _ric.calc_check_digit(number):
        raise FieldError(field, "checksum", f"{label}号码最后一位校验码不正确，请核对",
                         "check digit does not match (GB 11643 MOD 11-2)",
                         f"The last character of the {label_en} number (the check digit) does not match. "
                         "Please check the number.")
    try:
        born = _ric.get_birth_date(number)
    except ValidationError:
        born = None
    if born is None or not EARLIEST_BIRTH <= born <= _today(today):
        raise FieldError(field, "birth_date", f"{label}号码中的出生日期（第7至14位）不正确，请核对",
                         "birth date (characters 7-14) is not a real past date",
                         f"The date of birth in the {label_en} number (characters 7 to 14) is not right. "
                         "Please check the number.")


def resident_id(value: object, *, field: str = "id_number", today: _dt.date | None = None) -> str:
    """Check a resident identity card number (居民身份证号码, GB 11643).

    Args:
        value: the number as typed; full-width digits, spaces and a lower-case
            x are accepted.
        field: the field name carried by errors.
        today: the current date (a birth date after it is refused).

    Returns:
        The 18-character number, upper case.

    Raises:
        FieldError: ``required``, ``old_id`` (15 digits), ``length``, ``format``,
            ``checksum``, ``birth_date``, ``region`` (unknown province), or
            ``wrong_type`` (a 港澳台居民居住证 number typed as an ID card).
    """
    label = DOC_TYPES["id_card"]
    number = clean_code(value, field=field, label=label)
    if not number:
        raise FieldError(field, "required", "请填写身份证号码", "required",
                         "Please fill in your ID card number.")
    _check_gb11643(number, field=field, label="身份证", label_en="ID card", today=today, id_card=True)
    if number[:6] in PERMIT_PREFIXES:
        raise FieldError(field, "wrong_type",
                         "这是港澳台居民居住证号码，请在证件类型中选择“港澳台居民居住证”",
                         "residence permit number entered as a resident ID",
                         "This is the number of a residence permit for Hong Kong, Macao and Taiwan residents. "
                         "Please choose that document type.")
    _, first_part = numdb.get("cn/loc").info(number[:6])[0]      # ("37", {"province": "山东省"})
    if "province" not in first_part:
        raise FieldError(field, "region", "身份证号码前两位（省份代码）不正确，请核对",
                         "unknown province code (characters 1-2)",
                         "The first two digits of the ID card number (the province code) are not right. "
                         "Please check the number.")
    return number


def residence_permit(value: object, *, field: str = "id_number", today: _dt.date | None = None) -> str:
    """Check a 港澳台居民居住证 number: the ID-card format with prefix 810000/820000/830000.

    Raises:
        FieldError: ``required``, ``length``, ``format``, ``checksum``,
            ``birth_date``, or ``prefix``.
    """
    label = DOC_TYPES["residence_permit"]
    number = clean_code(value, field=field, label=label)
    if not number:
        raise FieldError(field, "required", "请填写居住证号码", "required",
                         "Please fill in your residence permit number.")
    _check_gb11643(number, field=field, label="居住证", label_en="residence permit", today=today)
    if number[:6] not in PERMIT_PREFIXES:
        raise FieldError(field, "prefix", "港澳台居民居住证号码应以810000、820000或830000开头",
                         "residence permit number must start with 810000, 820000 or 830000",
                         "A residence permit number starts with 810000, 820000 or 830000.")
    return number


# -- other identity documents --------------------------------------------------------


def hk_macao_permit(value: object, *, field: str = "id_number") -> str:
    """Check a 港澳居民来往内地通行证 number: H or M followed by 8 or 10 digits.

    Raises:
        FieldError: ``required`` or ``format``.
    """
    number = clean_code(value, field=field, label=DOC_TYPES["hk_macao_permit"])
    if not number:
        raise FieldError(field, "required", "请填写通行证号码", "required",
                         "Please fill in your permit number.")
    if not _HKM_RE.match(number):
        raise FieldError(field, "format", "港澳居民来往内地通行证号码应为字母H或M加8位数字（旧版为10位数字）",
                         "must be H or M followed by 8 or 10 digits",
                         "The permit number is the letter H or M followed by 8 digits (10 digits on older "
                         "permits).")
    return number


def taiwan_permit(value: object, *, field: str = "id_number") -> str:
    """Check a 台湾居民来往大陆通行证 number: 8 digits.

    Raises:
        FieldError: ``required``, ``old_permit`` (a booklet number) or ``format``.
    """
    number = clean_code(value, field=field, label=DOC_TYPES["taiwan_permit"])
    if not number:
        raise FieldError(field, "required", "请填写通行证号码", "required",
                         "Please fill in your permit number.")
    if re.match(r"^\d{10}(\(?[A-Z]\)?)?$", number):
        raise FieldError(field, "old_permit", "请输入卡式台湾居民来往大陆通行证上的8位号码",
                         "booklet-format permit number (expired format)",
                         "Please enter the 8-digit number of the card-type permit; booklet permits have "
                         "expired.")
    if not _TW_RE.match(number):
        raise FieldError(field, "format", "台湾居民来往大陆通行证号码应为8位数字",
                         "must be 8 digits", "The permit number has 8 digits.")
    return number


def passport(value: object, *, field: str = "id_number") -> str:
    """Check a passport number loosely: 5-15 letters and digits, at least one digit.

    Raises:
        FieldError: ``required`` or ``format``.
    """
    number = clean_code(value, field=field, label=DOC_TYPES["passport"])
    if not number:
        raise FieldError(field, "required", "请填写护照号码", "required",
                         "Please fill in your passport number.")
    if not _PASSPORT_RE.match(number) or not any(c.isdigit() for c in number):
        raise FieldError(field, "format", "护照号码应为5至15位字母和数字",
                         "must be 5-15 letters and digits with at least one digit",
                         "A passport number has 5 to 15 letters and digits.")
    return number


def identity_document(doc_type: object, value: object, *, field: str = "id_number",
                      today: _dt.date | None = None) -> str:
    """Check a document number of the given type (a key of ``DOC_TYPES``).

    Raises:
        FieldError: ``id_type``/``choice`` for an unknown type, else as the
            validator of that type.
    """
    if not isinstance(doc_type, str) or doc_type not in DOC_TYPES:
        raise FieldError("id_type", "choice", "请选择证件类型", "unknown identity document type",
                         "Please choose the type of identity document.")
    if doc_type == "id_card":
        return resident_id(value, field=field, today=today)
    if doc_type == "residence_permit":
        return residence_permit(value, field=field, today=today)
    if doc_type == "hk_macao_permit":
        return hk_macao_permit(value, field=field)
    if doc_type == "taiwan_permit":
        return taiwan_permit(value, field=field)
    return passport(value, field=field)


def credit_code(value: object, *, field: str = "org_code") -> str:
    """Check a unified social credit code (统一社会信用代码, GB 32100) with stdnum.

    Raises:
        FieldError: ``required``, ``length``, ``format`` or ``checksum``.
    """
    number = clean_code(value, field=field, label="统一社会信用代码")
    if not number:
        raise FieldError(field, "required", "请填写统一社会信用代码", "required",
                         "Please fill in the unified social credit code.")
    try:
        return _uscc.validate(number)
    except InvalidLength:
        raise FieldError(field, "length", f"统一社会信用代码应为18位，您输入了{len(number)}位",
                         f"must have 18 characters, got {len(number)}",
                         f"The unified social credit code has 18 characters; you typed {len(number)}.") from None
    except InvalidChecksum:
        raise FieldError(field, "checksum", "统一社会信用代码最后一位校验码不正确，请核对",
                         "check character does not match (GB 32100)",
                         "The last character of the unified social credit code (the check character) does "
                         "not match. Please check the code.") from None
    except ValidationError:
        raise FieldError(field, "format",
                         "统一社会信用代码前8位为数字，其余为数字或大写字母（不使用I、O、Z、S、V）",
                         "must be 8 digits then digits or letters other than I, O, Z, S, V",
                         "The unified social credit code starts with 8 digits; the rest are digits or capital "
                         "letters (never I, O, Z, S or V).") from None


# -- contact details -----------------------------------------------------------------


def _phone_digits(value: object, field: str, label: str) -> str:
    number = clean_code(value, field=field, label=label).translate(str.maketrans("", "", "()"))
    if number.startswith("+86"):
        number = number[3:]
    elif number.startswith("0086"):
        number = number[4:]
    elif number.startswith("86") and len(number) == 13:
        number = number[2:]
    return number


def mobile(value: object, *, field: str = "phone") -> str:
    """Check a mainland mobile number: 11 digits, 1 then 3-9; "+86" is dropped.

    Raises:
        FieldError: ``required``, ``format``, ``length`` or ``prefix``.
    """
    number = _phone_digits(value, field, "手机号码")
    if not number:
        raise FieldError(field, "required", "请填写手机号码", "required",
                         "Please fill in your mobile number.")
    if not number.isdigit() or not number.isascii():
        raise FieldError(field, "format", "手机号码只能包含数字", "must contain digits only",
                         "A mobile number contains digits only.")
    if len(number) != 11:
        raise FieldError(field, "length", f"手机号码应为11位数字，您输入了{len(number)}位",
                         f"must have 11 digits, got {len(number)}",
                         f"A mobile number has 11 digits; you typed {len(number)}.")
    if not _MOBILE_RE.match(number):
        raise FieldError(field, "prefix", "手机号码应以13至19开头，请核对",
                         "must start with 13-19", "A mobile number starts with 13 to 19. Please check it.")
    return number


def phone(value: object, *, field: str = "phone") -> str:
    """Check a contact phone: a mobile, a landline with area code, or a 400/800 number.

    A landline is returned as area code and number joined by "-"
    ("0531-12345678"), where the split is known (3-digit codes 010 and 02x,
    4-digit otherwise).

    Raises:
        FieldError: ``required`` or ``format``.
    """
    number = _phone_digits(value, field, "联系电话")
    if not number:
        raise FieldError(field, "required", "请填写联系电话", "required", "Please fill in a phone number.")
    if number.isascii() and number.isdigit():
        if number.startswith("1"):
            return mobile(number, field=field)
        if _SERVICE_RE.match(number):
            return number
        if _LANDLINE_RE.match(number):
            split = 3 if number[1] in "12" else 4
            if len(number) - split in ((8,) if split == 3 else (7, 8)):
                return f"{number[:split]}-{number[split:]}"
    raise FieldError(field, "format", "请填写11位手机号码，或带区号的固定电话（如0531-12345678）",
                     "not a mobile number or a landline with area code",
                     "Please enter an 11-digit mobile number, or a landline number with its area code "
                     "(for example 0531-12345678).")


def postcode(value: object, *, field: str = "postcode") -> str:
    """Check a postcode (邮政编码): 6 digits.

    Raises:
        FieldError: ``required`` or ``format``.
    """
    code = clean_code(value, field=field, label="邮政编码")
    if not code:
        raise FieldError(field, "required", "请填写邮政编码", "required", "Please fill in the postcode.")
    if not (code.isascii() and _POSTCODE_RE.match(code)):
        raise FieldError(field, "format", f"邮政编码应为6位数字，您输入了{len(code)}位",
                         f"must be 6 digits ({len(code)} characters given)",
                         f"A postcode has 6 digits; you typed {len(code)} characters.")
    return code


def email(value: object, *, field: str = "email") -> str:
    """Check the syntax of an e-mail address; nothing is sent or looked up.

    The local part may use the usual dot-atom characters; the domain may be
    Chinese (it is converted with IDNA and returned in its Unicode form,
    lower case). Quoted local parts and non-ASCII local parts are refused: few
    mail systems of government offices accept them.

    Raises:
        FieldError: ``required``, ``too_long``, ``no_at`` or ``format``.
    """
    label = "电子邮箱"
    text = clean_code(value, field=field, label=label, max_len=254, upper=False, keep_hyphens=True)
    text = text.replace("。", ".")
    if not text:
        raise FieldError(field, "required", "请填写电子邮箱", "required", "Please fill in your e-mail address.")
    if len(text) > 254:
        raise FieldError(field, "too_long", "电子邮箱地址过长，请核对", "longer than 254 characters",
                         "The e-mail address is too long. Please check it.")
    if text.count("@") != 1:
        raise FieldError(field, "no_at", "电子邮箱应包含一个@符号，例如 zhangsan@example.com",
                         "must contain exactly one @",
                         "An e-mail address contains one @ sign, for example zhangsan@example.com.")
    local, domain = text.split("@")
    local = local.lower()
    bad = FieldError(field, "format", "电子邮箱格式不正确，例如 zhangsan@example.com",
                     "not a valid e-mail address",
                     "This is not a valid e-mail address. It looks like zhangsan@example.com.")
    if not local or len(local) > 64 or not _EMAIL_LOCAL_RE.match(local):
        raise bad
    try:
        ascii_domain = domain.lower().encode("idna").decode("ascii")
    except UnicodeError:
        raise bad from None
    labels = ascii_domain.split(".")
    if len(labels) < 2 or not all(_DOMAIN_LABEL_RE.match(p) for p in labels) or not _TLD_RE.match(labels[-1]):
        raise bad
    return f"{local}@{domain.lower()}"


# -- masking for screens and paper ---------------------------------------------------


def mask_id(number: str) -> str:
    """Hide the middle of a document number: "370102199001011231" → "3701**********1231".

    The length is kept so the reader can still see it is complete. Numbers of
    8 characters or fewer keep only their last 2.
    """
    if len(number) <= 8:
        return "*" * max(len(number) - 2, 0) + number[-2:]
    return number[:4] + "*" * (len(number) - 8) + number[-4:]


def mask_phone(number: str) -> str:
    """"13812345678" → "138****5678"; other numbers keep their first 3 and last 2."""
    digits = number.replace("-", "")
    if len(digits) == 11 and digits.startswith("1"):
        return digits[:3] + "****" + digits[-4:]
    if len(digits) <= 5:
        return "*" * len(digits)
    return digits[:3] + "*" * (len(digits) - 5) + digits[-2:]


def mask_name(name: str) -> str:
    """A personal name for paper: "张三" → "张*", "张小明" → "张*明", "欧阳小明" → "欧**明".

    Latin names keep their first letter of each word: "John Smith" → "J*** S****".
    """
    if not name:
        return ""
    if " " in name:
        return " ".join(w[0] + "*" * (len(w) - 1) for w in name.split())
    if len(name) == 1:
        return "*"
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]

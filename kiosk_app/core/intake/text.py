"""Clean text typed at the kiosk, and the error every intake check raises.

Input reaches the intake from an on-screen pinyin keyboard, a hall
assistant's keyboard, or a pasted phone note, so the same value can come as
"１２３" (full-width), with a zero-width space from a copied web page, or with
an emoji. The rules, applied the same way to every field:

* **Free text** (names, addresses, the description of the information
  sought) is normalised to NFC only: NFKC would turn Chinese full-width
  punctuation "，（）" into ASCII and change what the citizen wrote.
* **Codes** (ID numbers, phone numbers, postcodes, tracking codes) are
  normalised to NFKC, so full-width digits and letters become ASCII, then
  upper-cased, with spaces and hyphens removed.
* **Control and format characters** (C0/C1 controls, zero-width spaces,
  bidirectional overrides, the byte-order mark) are removed silently: nobody
  types them on purpose, and bidi overrides can make a printed line read
  differently from what is stored. In multi-line fields a line break is kept
  (CR LF and CR become LF); a tab becomes a space.
* **Emoji are refused** with a message, not stripped. A statutory application
  should carry what the citizen wrote, and silently changing it is worse than
  asking; the receipt font and the receiving office's systems cannot show
  emoji anyway. Ideographic variation selectors (rare name characters) are
  kept.
* **Surrogates, private-use characters and noncharacters are refused**: they
  cannot be stored as UTF-8 or read by the office. Unassigned code points are
  kept, since a newer Unicode version may give them a real (rare) character.
* **Length** is counted in characters after cleaning; every field has a limit.

Every check raises :class:`FieldError`, which carries the field, a stable error
code for the screen to react to, a Chinese message for the citizen, an English
one for logs, and an English one for a visitor who switched the screen to
English (:meth:`FieldError.message`). No message ever contains the value.
"""

from __future__ import annotations

import re
import unicodedata

# Emoji and pictographs: the emoji blocks of the Supplementary Multilingual
# Plane, Miscellaneous Symbols and Dingbats, the arrows-and-stars block that
# holds ⭐, the few Miscellaneous Technical characters with emoji presentation,
# the emoji presentation selector, the keycap combiner and tag characters.
_EMOJI_RANGES = (
    (0x1F000, 0x1FAFF),
    (0x2600, 0x27BF),
    (0x2B00, 0x2BFF),
    (0x231A, 0x231B),
    (0x2328, 0x2328),
    (0x23CF, 0x23CF),
    (0x23E9, 0x23FA),
    (0xFE0E, 0xFE0F),
    (0x20E3, 0x20E3),
    (0xE0020, 0xE007F),
)
_LINE_BREAKS = {"\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c"}
_SPACES_RE = re.compile(r"[^\S\n]+")
_BLANK_LINES_RE = re.compile(r"\n{3,}")
# Hyphens and dashes people type inside codes (NFKC has turned the full-width one into "-").
_HYPHENS = str.maketrans("", "", "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")
RAW_LIMIT_FACTOR = 4   # raw input longer than this many times the limit is refused before cleaning

# What each field is called in the English messages a visitor reads ("Please fill in your name.").
FIELD_NAMES_EN = {
    "applicant_type": "who is applying",
    "name": "your name",
    "id_type": "the type of identity document",
    "id_number": "the ID document number",
    "org_name": "the name of the organisation",
    "org_code": "the unified social credit code",
    "contact_name": "the contact person's name",
    "phone": "the phone number",
    "email": "the e-mail address",
    "address": "the postal address",
    "postcode": "the postcode",
    "info_title": "the title of the information",
    "info_doc_number": "the document number",
    "info_description": "the description of the information",
    "office": "the office",
    "medium": "paper or electronic",
    "method": "how you want to receive it",
    "staff_id": "the staff number",
    "text": "your opinion",
    "topic": "the subject",
    "contact": "the phone number or e-mail address",
    "tracking_code": "the tracking code",
}


def field_name_en(field: str, *, capital: bool = False) -> str:
    """How the English messages name ``field`` ("your name"; "Your name" with ``capital``)."""
    name = FIELD_NAMES_EN.get(field, "this field")
    return name[:1].upper() + name[1:] if capital else name


class FieldError(ValueError):
    """One field of a form is not acceptable.

    Attributes:
        field: the field's name in the form model (e.g. ``id_number``).
        code: a stable reason the screen can react to (``required``,
            ``too_long``, ``length``, ``format``, ``checksum``, ``birth_date``,
            ``emoji``, ``bad_char``, ...).
        zh: the message shown to the citizen, in Chinese.
        en: the message for logs, in English; it never contains the value.
        visitor_en: the message shown to a visitor reading the screen in
            English: a whole sentence saying what to write, like ``zh``.
    """

    def __init__(self, field: str, code: str, zh: str, en: str, visitor_en: str = ""):
        super().__init__(f"{field}: {en}")
        self.field = field
        self.code = code
        self.zh = zh
        self.en = en
        self.visitor_en = visitor_en or f"Please check {field_name_en(field)}."

    def message(self, language: str) -> str:
        """The message for a visitor reading ``language`` ("zh_CN" Chinese; any other English)."""
        return self.zh if language.startswith("zh") else self.visitor_en

    def __reduce__(self):
        return (type(self), (self.field, self.code, self.zh, self.en, self.visitor_en))


class FormInvalid(ValueError):
    """A form with one or more field errors; the screen shows them all at once.

    Attributes:
        errors: the errors, in the order of the form's fields.
    """

    def __init__(self, errors: list[FieldError] | tuple[FieldError, ...]):
        self.errors = tuple(errors)
        super().__init__("; ".join(str(e) for e in self.errors) or "form invalid")

    def by_field(self) -> dict[str, FieldError]:
        """The first error of each field, keyed by field name."""
        out: dict[str, FieldError] = {}
        for err in self.errors:
            out.setdefault(err.field, err)
        return out


def is_emoji(ch: str) -> bool:
    """True for a character that renders as an emoji or pictograph."""
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _EMOJI_RANGES)


def _is_unusable(ch: str) -> bool:
    """Surrogates, private-use characters and Unicode noncharacters."""
    cat = unicodedata.category(ch)
    cp = ord(ch)
    return cat in ("Cs", "Co") or 0xFDD0 <= cp <= 0xFDEF or (cp & 0xFFFE) == 0xFFFE


def _as_text(value: object, field: str, label: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise FieldError(field, "type", f"{label}填写有误，请重新输入",
                         f"expected text, got {type(value).__name__}",
                         f"{field_name_en(field, capital=True)} is not valid. Please type it again.")
    return value


def _strip_invisible(text: str, *, multiline: bool, field: str, label: str) -> str:
    out = []
    for ch in text.replace("\r\n", "\n"):
        if ch in _LINE_BREAKS:
            out.append("\n" if multiline else " ")
            continue
        if ch == "\t":
            out.append(" ")
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cf"):
            continue
        if is_emoji(ch):
            raise FieldError(field, "emoji", f"{label}中不能包含表情符号，请删除后再提交",
                             "contains an emoji",
                             f"{field_name_en(field, capital=True)} cannot contain emoji. Please delete them.")
        if _is_unusable(ch):
            raise FieldError(field, "bad_char",
                             f"{label}中有无法识别的字符，请修改；如含生僻字，可请工作人员协助",
                             "contains a surrogate, private-use or noncharacter code point",
                             f"{field_name_en(field, capital=True)} contains a character that cannot be read. "
                             "Please change it; for a rare character, staff can help.")
        out.append(ch)
    return "".join(out)


def clean_text(value: object, *, field: str, label: str, max_len: int, required: bool = True,
               multiline: bool = False, min_len: int = 0) -> str:
    """Clean one free-text field (see the module docstring for the rules).

    Args:
        value: what the screen holds; None counts as empty.
        field: the field name, carried by any error.
        label: the field's Chinese name, used in messages ("姓名").
        max_len: the most characters allowed after cleaning.
        required: refuse an empty value.
        multiline: keep line breaks (collapsing runs of blank lines).
        min_len: the fewest characters a non-empty value may have.

    Returns:
        The cleaned text, NFC-normalised, trimmed; "" for an empty optional field.

    Raises:
        FieldError: not text, empty when required, too long or too short, or it
            contains an emoji or an unusable character.
    """
    text = _as_text(value, field, label)
    if len(text) > max_len * RAW_LIMIT_FACTOR + 64:
        raise FieldError(field, "too_long", f"{label}最多{max_len}个字，您输入的内容过长",
                         f"longer than {max_len} characters",
                         f"{field_name_en(field, capital=True)} can have at most {max_len} characters; "
                         "what you typed is too long.")
    text = _strip_invisible(unicodedata.normalize("NFC", text), multiline=multiline,
                            field=field, label=label)
    if multiline:
        lines = [_SPACES_RE.sub(" ", line).strip() for line in text.split("\n")]
        text = _BLANK_LINES_RE.sub("\n\n", "\n".join(lines)).strip()
    else:
        text = " ".join(text.split())
    text = unicodedata.normalize("NFC", text)
    if not text:
        if required:
            raise FieldError(field, "required", f"请填写{label}", "required",
                             f"Please fill in {field_name_en(field)}.")
        return ""
    if len(text) > max_len:
        raise FieldError(field, "too_long", f"{label}最多{max_len}个字，您输入了{len(text)}个",
                         f"longer than {max_len} characters ({len(text)})",
                         f"{field_name_en(field, capital=True)} can have at most {max_len} characters; "
                         f"you typed {len(text)}.")
    if len(text) < min_len:
        raise FieldError(field, "too_short", f"{label}至少需要{min_len}个字，请写得具体一些",
                         f"shorter than {min_len} characters ({len(text)})",
                         f"{field_name_en(field, capital=True)} needs at least {min_len} characters. "
                         "Please give more detail.")
    return text


def clean_code(value: object, *, field: str, label: str, max_len: int = 64,
               upper: bool = True, keep_hyphens: bool = False) -> str:
    """Normalise a code typed by a person: NFKC, upper case, no spaces or hyphens.

    "３７０１ ０２－１９９０" becomes "370102" + "1990". Invisible characters are
    dropped; anything else is left for the caller's format check.

    Args:
        value: what the screen holds; None counts as empty.
        field: the field name, carried by any error.
        label: the field's Chinese name, used in messages.
        max_len: the longest sensible value; far longer input is refused.
        upper: upper-case the result (False for e-mail addresses).
        keep_hyphens: remove only whitespace, keeping hyphens and dashes.

    Raises:
        FieldError: not text, or absurdly long (``code`` ``too_long``), or an
            emoji or unusable character.
    """
    text = _as_text(value, field, label)
    if len(text) > max_len * RAW_LIMIT_FACTOR + 64:
        raise FieldError(field, "too_long", f"{label}过长，请核对", f"longer than {max_len} characters",
                         f"{field_name_en(field, capital=True)} is too long. Please check it.")
    text = unicodedata.normalize("NFKC", text)
    text = _strip_invisible(text, multiline=False, field=field, label=label)
    text = "".join(text.split())
    if not keep_hyphens:
        text = text.translate(_HYPHENS)
    if upper:
        text = text.upper()
    # Upper-casing can expand (ß -> SS); normalise again so the result is stable.
    return unicodedata.normalize("NFKC", text)

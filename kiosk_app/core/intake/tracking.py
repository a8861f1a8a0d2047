"""Tracking codes (查询码): printed on the receipt, read aloud on the phone, typed at a kiosk.

A code is 12 characters, shown in three groups of four: ``K7M9-QXR4-TPWB``.

* **Alphabet** of 29 characters: the digits 2-9 and the letters without I, L,
  O (they look like 1 and 0), S and Z (like 5 and 2). 29 is prime, which the
  check character needs.
* **Kiosk prefix**: the first 3 characters name the kiosk (assigned when the
  kiosk is provisioned; 29³ = 24,389 kiosks). Codes from two kiosks can
  never collide, and a kiosk's own codes are kept unique by its outbox.
* **Random part**: 8 characters from :mod:`secrets` (29⁸ ≈ 5 × 10¹¹, about
  39 bits), so a code cannot be guessed from another one or from the time.
* **Check character**: the ISO/IEC 7064 pure-system "MOD 29-2" check, the
  same construction as the GB 11643 ID-card check (MOD 11-2) over this
  alphabet, computed by ``stdnum.iso7064.mod_37_2`` with the alphabet
  swapped (a use that module documents). Each position carries a weight
  2^k mod 29; 2 is a primitive root of 29, so the 12 weights are distinct and
  nonzero. Hence every single wrong character and every transposition of two
  characters (adjacent or not) changes the sum and is detected.

Typing is forgiving: lower case, full-width characters, spaces and hyphens
are accepted, and S and Z are read as 5 and 2.
"""

from __future__ import annotations

import secrets
import uuid

from stdnum.exceptions import ValidationError
from stdnum.iso7064 import mod_37_2

from kiosk_app.core.intake.text import FieldError, clean_code

ALPHABET = "23456789ABCDEFGHJKMNPQRTUVWXY"
PREFIX_LEN = 3
RANDOM_LEN = 8
CODE_LEN = PREFIX_LEN + RANDOM_LEN + 1
GROUP = 4
_LOOKALIKES = str.maketrans({"S": "5", "Z": "2"})
_NEVER_USED = set("01ILO")


class TrackingError(ValueError):
    """A kiosk prefix that cannot make codes (a provisioning mistake)."""


def check_char(body: str) -> str:
    """The check character for ``body`` (prefix and random part)."""
    return mod_37_2.calc_check_digit(body, alphabet=ALPHABET)


def is_valid(code: str) -> bool:
    """True if ``code`` (12 characters, no separators) has a correct check character."""
    return (len(code) == CODE_LEN and all(c in ALPHABET for c in code)
            and mod_37_2.is_valid(code, alphabet=ALPHABET))


def check_prefix(prefix: str) -> str:
    """Validate a kiosk prefix: exactly 3 characters of the alphabet.

    Raises:
        TrackingError: the prefix is malformed.
    """
    if not isinstance(prefix, str) or len(prefix) != PREFIX_LEN or any(c not in ALPHABET for c in prefix):
        raise TrackingError(f"kiosk prefix must be {PREFIX_LEN} characters of {ALPHABET}, got {prefix!r}")
    return prefix


def new_code(prefix: str, *, randbelow=secrets.randbelow) -> str:
    """A fresh tracking code for the kiosk with ``prefix``, without separators.

    Uniqueness among a kiosk's own codes is the outbox's job (a UNIQUE column
    and a retry); this function only makes codes hard to guess.

    Args:
        prefix: the kiosk prefix (see :func:`check_prefix`).
        randbelow: the random source; tests may pass a seeded one.

    Raises:
        TrackingError: the prefix is malformed.
    """
    body = check_prefix(prefix) + "".join(ALPHABET[randbelow(len(ALPHABET))] for _ in range(RANDOM_LEN))
    return body + check_char(body)


def format_code(code: str) -> str:
    """``K7M9QXR4TPWB`` → ``K7M9-QXR4-TPWB`` (groups of four, for paper and screen)."""
    return "-".join(code[i:i + GROUP] for i in range(0, len(code), GROUP))


def spoken(code: str) -> str:
    """The code spaced for read-aloud: "K 7 M 9，Q X R 4，T P W B"."""
    return "，".join(" ".join(code[i:i + GROUP]) for i in range(0, len(code), GROUP))


def parse_code(text: object, *, field: str = "tracking_code") -> str:
    """Read a code typed by a person into its 12-character form.

    Raises:
        FieldError: ``required``, ``bad_char`` (0, 1, I, L, O or anything
            outside the alphabet), ``length``, or ``checksum`` (a typo).
    """
    code = clean_code(text, field=field, label="查询码", max_len=CODE_LEN + 8).translate(_LOOKALIKES)
    if not code:
        raise FieldError(field, "required", "请输入查询码", "required", "Please enter the tracking code.")
    if _NEVER_USED & set(code):
        raise FieldError(field, "bad_char", "查询码中没有数字0、1和字母O、I、L，请对照回执核对",
                         "contains 0, 1, I, L or O, which codes never use",
                         "Tracking codes never contain the digits 0 and 1 or the letters O, I and L. "
                         "Please compare with your receipt.")
    if any(c not in ALPHABET for c in code):
        raise FieldError(field, "bad_char", "查询码只包含数字和字母，请对照回执核对",
                         "contains characters outside the code alphabet",
                         "A tracking code contains only letters and digits. Please compare with your receipt.")
    if len(code) != CODE_LEN:
        raise FieldError(field, "length", f"查询码应为{CODE_LEN}位（不含短横线），您输入了{len(code)}位",
                         f"must have {CODE_LEN} characters, got {len(code)}",
                         f"A tracking code has {CODE_LEN} characters, not counting hyphens; you typed "
                         f"{len(code)}.")
    try:
        mod_37_2.validate(code, alphabet=ALPHABET)
    except ValidationError:
        raise FieldError(field, "checksum", "查询码有误，请对照回执逐位核对",
                         "check character does not match (a typo)",
                         "This tracking code is not right. Please compare it with your receipt, character "
                         "by character.") from None
    return code


def new_idempotency_key() -> str:
    """A key for one submission, made when the review page opens.

    A double tap, or a retry after the screen froze, sends the same key and
    gets the same record back; the central side uses it to drop duplicate
    uploads. A random UUID: unique across kiosks without coordination.
    """
    return uuid.uuid4().hex

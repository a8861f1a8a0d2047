"""Chinese numerals for article labels: 12 → 十二, 110 → 一百一十 (as in 第一百一十条)."""

from __future__ import annotations

_DIGITS = "零一二三四五六七八九"
_UNITS = ((1000, "千"), (100, "百"), (10, "十"))


def to_chinese(n: int) -> str:
    """``n`` (1–9999) in Chinese numerals the way laws number their articles.

    Raises:
        ValueError: ``n`` is out of range.
    """
    if not 1 <= n <= 9999:
        raise ValueError(f"article number out of range: {n}")
    if 10 <= n < 20:
        return "十" + (_DIGITS[n - 10] if n > 10 else "")
    out, zero = [], False
    for value, unit in _UNITS:
        digit, n = divmod(n, value)
        if digit:
            if zero:
                out.append("零")
                zero = False
            out.append(_DIGITS[digit] + unit)
        elif out:
            zero = True
    if n:
        if zero:
            out.append("零")
        out.append(_DIGITS[n])
    return "".join(out)


def article_label(n: int) -> str:
    return f"第{to_chinese(n)}条"

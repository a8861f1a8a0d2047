"""Pinyin keys of titles, so zfxxgk or zhengfuxinxi finds 政府信息公开条例.

Many visitors cannot type Chinese characters on a touchscreen but can type
the first letters of the words (DOMAIN.md: ``zwgk`` → 政务公开). A visitor
types the letters of the part of the title they know, rarely its start
(中华人民共和国…), so a title is indexed under the pinyin of every tail that
starts at a Chinese character, both in full (zhengfuxinxigongkaitiaoli) and as
initials (zfxxgktl). A query is then a prefix lookup in the term dictionary.
Keys are cut at :data:`MAX_KEY` letters; nobody types more on a kiosk.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from kiosk_app.core.search.normalize import CJK_RE, compact

MAX_KEY = 40
PINYIN_QUERY_RE = re.compile(r"^[a-z]{2,60}$")


@lru_cache(maxsize=1)
def _pinyin():
    """pypinyin, imported on first use (its phrase tables take ~0.1 s to load)."""
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin, Style


@lru_cache(maxsize=4096)
def syllables(text: str) -> tuple[tuple[str, bool], ...]:
    """(pinyin, is_chinese) per character of compacted ``text``; other runs kept whole."""
    lazy_pinyin, style = _pinyin()
    chars = compact(text)
    # The whole phrase at once: context decides readings (重庆 chong, 银行 hang).
    whole = lazy_pinyin(chars, style=style.NORMAL, errors=lambda s: list(s))
    if len(whole) != len(chars):  # a character pypinyin splits or merges: go one by one
        whole = [(lazy_pinyin(ch, style=style.NORMAL, errors=lambda s: list(s)) or [""])[0]
                 for ch in chars]
    out = [(py, CJK_RE.match(ch) is not None) for py, ch in zip(whole, chars)]
    return tuple(out)


def title_keys(title: str) -> list[str]:
    """Full-pinyin and initials keys for every tail of ``title`` that starts at a CJK character."""
    syl = [(p, c) for p, c in syllables(title) if p]
    fulls = [p for p, _ in syl]
    inits = [p[0] if c else p for p, c in syl]
    full, init = "".join(fulls), "".join(inits)
    keys: list[str] = []
    at_full = at_init = 0            # where the tail starting at this syllable begins
    for (_, is_cjk), f, i in zip(syl, fulls, inits):
        if is_cjk:
            initials_key = init[at_init:at_init + MAX_KEY]
            full_key = full[at_full:at_full + MAX_KEY]
            if len(initials_key) >= 2:
                keys.append(initials_key)
            if len(full_key) >= 2:
                keys.append(full_key)
        at_full += len(f)
        at_init += len(i)
    return list(dict.fromkeys(keys))


def initials(text: str) -> str:
    """Initials of ``text`` (政务公开 → zwgk), readings chosen in context."""
    return "".join(p[0] if c else p for p, c in syllables(text) if p)


# pypinyin's phrase tables take ~55 MB once loaded. A searching kiosk needs initials
# only for its popular queries, so the index carries a plain table instead: the
# first letter of the usual reading of every character from U+4E00 to U+9FFF.
INITIALS_FILE = "initials.txt"
_BASE, _END = 0x4E00, 0xA000


def write_initials_table(path) -> None:
    """Write the character → initial table (one letter or space per code point)."""
    import unicodedata

    from pypinyin.pinyin_dict import pinyin_dict

    letters = []
    for code in range(_BASE, _END):
        reading = pinyin_dict.get(code, "").split(",")[0]
        plain = unicodedata.normalize("NFD", reading)[:1]
        letters.append(plain if plain.isascii() and plain.isalpha() else " ")
    tmp = f"{path}.tmp"
    with open(tmp, "w", encoding="ascii") as fh:
        fh.write("".join(letters))
    os.replace(tmp, path)


class InitialsTable:
    """Initials by table lookup: context-free, but with no pypinyin in memory."""

    def __init__(self, letters: str):
        self._letters = letters

    @classmethod
    def load(cls, path) -> "InitialsTable | None":
        try:
            with open(path, encoding="ascii") as fh:
                letters = fh.read()
        except (OSError, ValueError):
            return None
        return cls(letters) if len(letters) == _END - _BASE else None

    def initials(self, text: str) -> str:
        out = []
        for ch in compact(text):
            code = ord(ch)
            if _BASE <= code < _END:
                letter = self._letters[code - _BASE]
                if letter != " ":
                    out.append(letter)
            elif ch.isascii():
                out.append(ch)
        return "".join(out)


def is_pinyin_query(compacted: str) -> bool:
    """True for a query of Latin letters only, which may be pinyin or initials."""
    return bool(PINYIN_QUERY_RE.match(compacted))

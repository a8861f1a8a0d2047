"""Character normalisation shared by indexing, querying and snippets.

Visitors type on pinyin keyboards that emit full-width letters and digits,
paste text in traditional characters, or mix case; the library is in
simplified Chinese with half-width numbers. Both sides of the index go through
:func:`normalize`, so these differences never decide whether a document is found.

:func:`normalize` maps one character to one character. Snippets rely on that:
an offset found in the normalised body is the same offset in the original text,
so the reader can highlight the visitor's words in the text as published.
Traditional-to-simplified conversion is therefore done character by character
(OpenCC's ``TSCharacters`` table, first candidate), not with OpenCC's phrase
tables, which may change the length of the text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

_CJK_RANGES = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RE = re.compile(f"[{_CJK_RANGES}]")
# Anything that is not a letter, digit or CJK character separates words.
_SEPARATORS_RE = re.compile(f"[^0-9a-z{_CJK_RANGES}]+")
_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")


def _opencc_characters() -> dict[int, str]:
    """Traditional → simplified single characters from opencc's bundled dictionary."""
    try:
        import opencc
    except ImportError:  # pragma: no cover - a declared dependency
        return {}
    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    table: dict[int, str] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            src, _, dst = line.rstrip("\n").partition("\t")
            first = dst.split(" ")[0] if dst else ""
            if len(src) == 1 and len(first) == 1 and src != first:
                table[ord(src)] = first
    return table


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    table = _opencc_characters()
    # Full-width ASCII (！ to ～) → ASCII, ideographic space → space.
    for code in range(0xFF01, 0xFF5F):
        table[code] = chr(code - 0xFEE0).lower()
    table[0x3000] = " "
    for code in range(ord("A"), ord("Z") + 1):
        table[code] = chr(code + 32)
    # Control characters and zero-width marks become spaces: never part of a word.
    for code in list(range(0, 32)) + [0x7F, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF]:
        table[code] = " "
    # Kinds of dots and dashes that appear inside names and numbers.
    table[0x30FB] = "·"   # katakana middle dot
    table[0xFF65] = "·"
    return table


@lru_cache(maxsize=1)
def _bmp_table() -> list:
    """The table as a list indexed by code point, for the Basic Multilingual Plane.

    ``str.translate`` looks a list up faster than a dict (a third less time per
    character of a body, which every indexed document pays); 2 MB once.
    """
    out: list = list(range(0x10000))
    for code, to in _table().items():
        if code < 0x10000:
            out[code] = to
    return out


@lru_cache(maxsize=1)
def _astral_table() -> dict[int, str]:
    return {code: to for code, to in _table().items() if code >= 0x10000}


def normalize(text: str) -> str:
    """Full-width → half-width, upper → lower case, traditional → simplified.

    The result has exactly as many characters as ``text``.
    """
    out = text.translate(_bmp_table())    # beyond the table's end: left as it is
    if _ASTRAL_RE.search(out):
        out = out.translate(_astral_table())
    return out


def compact(text: str) -> str:
    """Normalised text with every separator removed: the key for exact title matches."""
    return _SEPARATORS_RE.sub("", normalize(text))


def clean_query(text: str, max_chars: int) -> str:
    """A query made safe to analyse: normalised, unprintable characters dropped, length capped.

    Surrogates, private-use and unassigned code points (which a broken input
    method or a pasted emoji sequence can carry) become spaces.
    """
    text = normalize(text[: max_chars * 4])
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        out.append(" " if cat[0] in "CZ" else ch)
    return " ".join("".join(out).split())[:max_chars]


def has_cjk(text: str) -> bool:
    return CJK_RE.search(text) is not None

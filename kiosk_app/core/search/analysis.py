"""Index-side analysis: CJK character bigrams plus ASCII words and numbers.

Chinese has no spaces, and a word segmenter's errors at index time cannot be
repaired at query time. Overlapping character bigrams need no dictionary and
find every substring of two or more characters: a query word becomes a phrase
of its bigrams (政府信息 → 政府 府信 信息 at consecutive positions). A CJK run of
one character is indexed as that character. Letters and digits are indexed as
whole lowercased words, so 2019, 590 and covid match as numbers and words.

The tokens are produced here, in Python, and handed to tantivy as one
space-separated string for its ``whitespace`` tokenizer. tantivy then needs no
custom tokenizer registered at open time, and any reader of the index sees the
same terms. (tantivy's own n-gram tokenizer cannot do this: it gives every
gram position 0, so phrases could not be searched; its regex tokenizer does
not overlap matches. See docs/decisions/0001-search-engine.md.)

Bodies are most of the indexing work, so :func:`index_text` makes a run's
bigrams with one ``str.translate`` that normalises and doubles every
character at once (政府信息 → "政 政府 府信 信息 息", minus the two ends),
instead of normalising the whole text first and pairing characters in Python.
"""

from __future__ import annotations

import operator
import re
from functools import lru_cache

from kiosk_app.core.search.normalize import _CJK_RANGES, _bmp_table, _table, normalize

_RUN_RE = re.compile(f"[{_CJK_RANGES}]+|[0-9a-z]+")
# Runs of raw text: CJK characters, or letters and digits in either width and case.
_RAW_RUN_RE = re.compile(f"[{_CJK_RANGES}]+|[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]+")
# Words longer than this are not words a person types (hashes, base64 in a pasted URL).
MAX_WORD = 40


def runs(normalized: str) -> list[str]:
    """CJK runs and ASCII words of already-normalised text, in order."""
    return [m.group() for m in _RUN_RE.finditer(normalized)]


def is_cjk_run(run: str) -> bool:
    return run[0] >= "\u3400"


def bigrams(run: str) -> list[str]:
    """Overlapping bigrams of one CJK run; the run itself when it is one character."""
    if len(run) == 1:
        return [run]
    return list(map(operator.add, run, run[1:]))


def index_text(text: str) -> str:
    """Tokens of ``text`` for a whitespace-tokenised field, space separated.

    Letters and digits outside ``[0-9a-z]`` after normalisation (accented
    letters, other scripts) separate words; the kiosk's queries never need them.
    The result is the same as :func:`index_text_plain`'s, only faster.
    """
    if _odd_chars().search(text):
        return index_text_plain(text)
    doubled, single = _doubling_table(), _bmp_table()
    parts: list[str] = []
    append = parts.append
    for run in _RAW_RUN_RE.findall(text):
        if "\u3400" <= run[0] < "\uff00":            # a CJK run (full-width letters are above)
            append(run.translate(doubled)[2:-2] if len(run) > 1 else run.translate(single))
        else:
            word = run.translate(single)
            if len(word) <= MAX_WORD:
                append(word)
    return " ".join(parts)


def index_text_plain(text: str) -> str:
    """:func:`index_text` the straightforward way: normalise, then pair characters."""
    parts: list[str] = []
    extend, append = parts.extend, parts.append
    for run in _RUN_RE.findall(normalize(text)):
        if len(run) > 1 and run[0] >= "\u3400":
            extend(map(operator.add, run, run[1:]))
        elif len(run) <= MAX_WORD:
            append(run)
    return " ".join(parts)


def _is_cjk(ch: str) -> bool:
    return bool(ch) and re.fullmatch(f"[{_CJK_RANGES}]", ch) is not None


@lru_cache(maxsize=1)
def _doubling_table() -> list:
    """Code point → its normalised character, twice with a space between for CJK characters."""
    table = list(_bmp_table())
    for lo, hi in ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00)):
        for code in range(lo, hi):
            to = table[code]
            to = to if isinstance(to, str) else chr(to)
            table[code] = f"{to} {to}"
    return table


@lru_cache(maxsize=1)
def _odd_chars() -> re.Pattern:
    """Characters after which the fast path would differ: beyond the BMP, or a CJK
    character whose normalised form is not one (a few traditional characters map
    to supplementary-plane simplified ones)."""
    odd = sorted(chr(code) for code, to in _table().items()
                 if code < 0x10000 and _is_cjk(chr(code)) and not _is_cjk(to))
    return re.compile("[\U00010000-\U0010ffff" + "".join(map(re.escape, odd)) + "]")


def run_terms(run: str) -> list[str]:
    """Terms one query run (a CJK word or an ASCII word) is searched as, in phrase order."""
    if is_cjk_run(run):
        return bigrams(run)
    return [run[:MAX_WORD]]


def phrase_terms(text: str) -> list[str]:
    """Terms of a normalised word that may mix runs (12345热线 → 12345, 热线), in order."""
    return [t for run in runs(text) for t in run_terms(run)]

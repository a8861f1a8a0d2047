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
same terms.
"""

from __future__ import annotations

import operator
import re

from kiosk_app.core.search.normalize import _CJK_RANGES, normalize

_RUN_RE = re.compile(f"[{_CJK_RANGES}]+|[0-9a-z]+")
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
    """
    parts: list[str] = []
    extend, append = parts.extend, parts.append
    for run in _RUN_RE.findall(normalize(text)):
        if len(run) > 1 and run[0] >= "\u3400":
            extend(map(operator.add, run, run[1:]))
        elif len(run) <= MAX_WORD:
            append(run)
    return " ".join(parts)


def run_terms(run: str) -> list[str]:
    """Terms one query run (a CJK word or an ASCII word) is searched as, in phrase order."""
    if is_cjk_run(run):
        return bigrams(run)
    return [run[:MAX_WORD]]


def phrase_terms(text: str) -> list[str]:
    """Terms of a normalised word that may mix runs (12345热线 → 12345, 热线), in order."""
    return [t for run in runs(text) for t in run_terms(run)]

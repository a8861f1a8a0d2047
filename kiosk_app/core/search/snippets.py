"""Result snippets: the passage of the body that holds most of the query's words.

The body comes from the library store (the index does not keep it). Because
:func:`~kiosk_app.core.search.normalize.normalize` keeps every character in
place, matches are found in the normalised text and the marks are placed on
the original text: the visitor sees the document's own characters, with their
own words marked, even when they typed traditional or full-width characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kiosk_app.core.search.normalize import normalize

WIDTH = 90
LEAD = 18
_MAX_HITS = 300
_BREAKS = "。；;！？!?\n"


@dataclass(frozen=True)
class Snippet:
    """A fragment of text and the [start, end) ranges in it to mark."""

    text: str
    spans: tuple[tuple[int, int], ...]

    def marked(self, open_mark: str = "【", close_mark: str = "】") -> str:
        """The fragment with every span wrapped in the marks (for plain-text output)."""
        out, pos = [], 0
        for start, end in self.spans:
            out += [self.text[pos:start], open_mark, self.text[start:end], close_mark]
            pos = end
        out.append(self.text[pos:])
        return "".join(out)


def _pattern(terms: list[str]) -> re.Pattern | None:
    terms = sorted({t for t in terms if t}, key=len, reverse=True)
    if not terms:
        return None
    return re.compile("|".join(map(re.escape, terms)))


def make_snippet(text: str, terms: list[str], width: int = WIDTH) -> Snippet:
    """The best window of ``text`` for normalised ``terms`` (a plain start if none occur)."""
    norm = normalize(text)
    rx = _pattern(terms)
    hits = []
    if rx is not None:
        for m in rx.finditer(norm):
            hits.append((m.start(), m.end(), m.group()))
            if len(hits) >= _MAX_HITS:
                break
    if not hits:
        return Snippet(_flat(text[:width]), ())
    best_i, best_score = 0, -1
    j = 0
    for i, (start, _, _) in enumerate(hits):
        j = max(j, i)
        while j + 1 < len(hits) and hits[j + 1][1] <= start + width - LEAD:
            j += 1
        window = hits[i:j + 1]
        score = len({h[2] for h in window}) * 100 + len(window)
        if score > best_score:
            best_i, best_score = i, score
    first = hits[best_i][0]
    begin = max(0, first - LEAD)
    brk = max(norm.rfind(ch, begin, first) for ch in _BREAKS)
    if brk >= 0:
        begin = brk + 1
    end = min(len(text), begin + width)
    spans = []
    for start, stop, _ in hits:
        if start >= begin and stop <= end:
            spans.append((start - begin, stop - begin))
    return Snippet(_flat(text[begin:end]), tuple(spans))


def _flat(fragment: str) -> str:
    """Line breaks and tabs become spaces, one character for one, so spans stay valid."""
    return fragment.translate({10: " ", 13: " ", 9: " "})

"""Line breaking for Chinese text with the kinsoku rules (禁则, 避头尾).

Chinese typesetting forbids a line to begin with closing punctuation (。，、；：？！
）」』》〉】 …) and to end with opening punctuation (（「『《〈【 …). reportlab's
own CJK wrap (``wordWrap='CJK'``, ``cjkFragSplit`` in reportlab 5.1) does not
honour this: its "cannot start a line" list lacks the full-width comma,
semicolon, colon, question and exclamation marks and the closing book-title
marks 》〉, it lets at most one such mark hang in the margin, and it has no
"cannot end a line" rule at all. So a paragraph printed by the kiosk could
start a line with "，" or end one with "《".

This module is the rule, free of reportlab: :func:`break_lines` takes the
characters of a paragraph and their widths and returns where lines end.
:mod:`kiosk_app.core.pdf.paragraph` feeds it reportlab's glyph list.

The strategy is "push in": when a character does not fit, the line ends at
the nearest earlier place where a break is allowed, so a forbidden mark moves
to the next line together with the character before it. No mark hangs into
the margin, which keeps table cells and boxes tidy. Latin words and numbers
("GB 11643", "2025", "www.gov.cn") are not split unless a single one is wider
than half a line.
"""

from __future__ import annotations

from typing import Sequence

# Marks that must not begin a line. The first group is the required set; the
# second adds their half-width and less common relatives.
CANNOT_START = frozenset(
    "。，、；：？！）」』》〉】.％"
    "．,;:?!)]}%’”〕］｝〗〙〛…‥·・ー々〃ゝゞ"
)
# Marks that must not end a line.
CANNOT_END = frozenset("（「『《〈【" "([{‘“〔［｛〖〘〚")
# Marks written doubled (…… ——) that must stay on one line.
_PAIRED = frozenset("…—")
_FUZZ = 1e-6


def is_word_char(char: str) -> bool:
    """A character of a Latin word or number, which should not be split."""
    return bool(char) and ord(char) < 0x2E80 and not char.isspace() and char not in _PAIRED


def kinsoku_allows(prev: str, nxt: str) -> bool:
    """Whether a line may end after ``prev`` and the next begin with ``nxt``."""
    if nxt in CANNOT_START or prev in CANNOT_END:
        return False
    if prev == nxt and prev in _PAIRED:
        return False
    return True


def can_break(prev: str, nxt: str) -> bool:
    """Kinsoku plus the word rule: no break inside a run of Latin letters or digits."""
    if not kinsoku_allows(prev, nxt):
        return False
    return not (is_word_char(prev) and is_word_char(nxt))


def break_lines(chars: Sequence[str], widths: Sequence[float],
                max_widths: Sequence[float] | float) -> list[tuple[int, int]]:
    """Choose line breaks for one paragraph (or one run between forced breaks).

    Args:
        chars: the characters (one string each; an inline object may be "").
        widths: the advance width of each character, in points.
        max_widths: the width available on each line; the last value repeats.

    Returns:
        ``(start, end)`` index pairs, one per line, covering every character in
        order. Spaces at a line end stay on that line (they print as blank);
        spaces that would begin a line are attached to the line before.
    """
    if not isinstance(max_widths, (list, tuple)):
        max_widths = [max_widths]
    n = len(chars)
    lines: list[tuple[int, int]] = []
    start = 0
    while start < n:
        max_w = max_widths[min(len(lines), len(max_widths) - 1)]
        used = 0.0
        i = start
        while i < n and used + widths[i] <= max_w + _FUZZ:
            used += widths[i]
            i += 1
        if i >= n:
            lines.append((start, n))
            break
        end = _choose_break(chars, start, i, used, widths)
        # Only a forced cut can leave a space in front; it stays on this line.
        while end < n and chars[end] == " ":
            end += 1
        lines.append((start, end))
        start = end
    return lines


def _choose_break(chars: Sequence[str], start: int, overflow: int, used: float,
                  widths: Sequence[float]) -> int:
    """The end of the line that starts at ``start`` when ``chars[overflow]`` does not fit.

    A line never ends in front of a space (the space would begin the next
    line); spaces where the text overflows hang in the margin instead.
    """
    n = len(chars)
    if overflow == start:
        return start + 1  # a single glyph wider than the line: print it anyway
    after = overflow
    while after < n and chars[after] == " ":
        after += 1
    if after > overflow and (after == n or kinsoku_allows(" ", chars[after])):
        return after
    # 1. Best: a break allowed by both rules, not backing off more than half the line.
    half = used / 2
    backed = 0.0
    end = overflow
    while end > start and backed <= half:
        if chars[end] != " " and can_break(chars[end - 1], chars[end]):
            return end
        end -= 1
        backed += widths[end]
    # 2. A long Latin word or URL: split it, but still obey kinsoku.
    for end in range(overflow, start, -1):
        if chars[end] != " " and kinsoku_allows(chars[end - 1], chars[end]):
            return end
    # 3. A line made only of marks that forbid breaking: cut where it overflows.
    return overflow

"""What the benchmarks share: percentiles, and CJK pieces of real text to use as queries.

Both the search benchmark and the keystroke benchmark draw their query mix
from the same generated corpus; they cut phrases out of titles and bodies the
same way, so their figures are about the same kind of query.
"""

from __future__ import annotations

import random


def pct(values: list[float], q: float) -> float:
    """The ``q``-th percentile (nearest rank) of ``values``; NaN when there are none."""
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(q / 100 * (len(values) - 1))))]


def cjk_slice(rng: random.Random, text: str, lo: int, hi: int) -> str | None:
    """A run of ``lo``–``hi`` CJK characters cut from ``text`` at random, or None after 20 tries."""
    for _ in range(20):
        size = rng.randint(lo, hi)
        start = rng.randint(0, max(0, len(text) - size))
        piece = text[start:start + size]
        if len(piece) == size and all("\u4e00" <= c <= "\u9fff" for c in piece):
            return piece
    return None

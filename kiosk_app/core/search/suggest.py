"""Suggestions as the visitor types: popular queries, then titles.

Every keystroke asks for suggestions, so this path does one term-dictionary
prefix walk and one small search: titles are matched by a prefix of any tail
of the title (政府信息 finds 中华人民共和国政府信息公开条例), or, for Latin
letters, of the pinyin or initials of any tail (zfxx finds the same). Popular
queries are kept by the kiosk in ``popular.json`` next to the index and match
by prefix of the text or of its initials.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import tantivy

from kiosk_app.core.search import pinyin
from kiosk_app.core.search.normalize import compact

POPULAR_FILE = "popular.json"


@dataclass(frozen=True)
class Suggestion:
    """One suggestion line: the text to search for, what kind it is, and a document id for titles."""

    text: str
    kind: str          # "popular" | "title"
    id: str | None = None


def load_popular(index_dir: Path) -> dict[str, int]:
    try:
        data = json.loads((Path(index_dir) / POPULAR_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): int(v) for k, v in data.items() if isinstance(v, int) and not isinstance(v, bool)}


def save_popular(index_dir: Path, counts: dict[str, int]) -> None:
    """Write the popular-query counts atomically (temp file, then rename)."""
    index_dir = Path(index_dir)
    fd, tmp = tempfile.mkstemp(prefix=".popular-", dir=index_dir)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(counts, fh, ensure_ascii=False)
    os.replace(tmp, index_dir / POPULAR_FILE)


class Popular:
    """Popular queries with their compact forms and initials, ready for prefix matching."""

    def __init__(self, counts: dict[str, int], table: "pinyin.InitialsTable | None" = None):
        self.items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        self._table = table
        self._keys: list[tuple[str, str, str]] | None = None

    def match(self, key: str, limit: int) -> list[str]:
        if not pinyin.is_pinyin_query(key):
            return [q for q, _ in self.items if compact(q).startswith(key)][:limit]
        if self._keys is None:
            initials = self._table.initials if self._table is not None else pinyin.initials
            self._keys = [(q, compact(q), initials(q)) for q, _ in self.items]
        return [q for q, c, i in self._keys if c.startswith(key) or i.startswith(key)][:limit]


def title_suggestions(searcher: tantivy.Searcher, schema: tantivy.Schema, key: str,
                      limit: int) -> list[Suggestion]:
    """Titles with a tail (or its pinyin) starting with ``key``; in force and short first."""
    fld = "py" if pinyin.is_pinyin_query(key) else "sug"
    # a one-word phrase prefix expands to at most 50 terms, walking the term
    # dictionary only that far (terms_with_prefix walks all of it: 30 ms at 100,000 titles)
    query = tantivy.Query.boolean_query([
        (tantivy.Occur.Must, tantivy.Query.phrase_prefix_query(schema, fld, [key[:pinyin.MAX_KEY]])),
        (tantivy.Occur.Must, tantivy.Query.term_query(schema, "kind", "doc")),
    ])
    hits = searcher.search(query, limit=max(limit * 4, 16), count=False).hits
    addrs = [a for _, a in hits]
    vcodes = searcher.fast_field_values("vcode", addrs)
    lens = searcher.fast_field_values("title_len", addrs)
    order = sorted(range(len(addrs)), key=lambda i: (vcodes[i] != 0, lens[i] or 0))
    out: list[Suggestion] = []
    seen: set[str] = set()
    for i in order:
        doc = searcher.doc(addrs[i])
        title = doc.get_first("title") or ""
        if title in seen:
            continue
        seen.add(title)
        out.append(Suggestion(title, "title", doc.get_first("id")))
        if len(out) >= limit:
            break
    # titles that start with what was typed read best at the top
    out.sort(key=lambda s: not compact(s.text).startswith(key))
    return out

"""Filters (issuer, level, region, category, years, validity) and their counts.

A filter narrows a search; a facet tells how many of the matching documents
fall under each value, so the kiosk can offer 现行有效 (812) · 失效 (31) before
the visitor taps. Counts come from tantivy's terms aggregation over the same
query without superseded texts: a revision chain is one line in the results,
shown as its current text, and counts once, under its current text's values.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

import tantivy

from kiosk_app.core.search.schema import FACET_FIELDS

FILTER_KEYS = FACET_FIELDS + ("year_from", "year_to")
FACET_NAMES = FACET_FIELDS + ("year",)
ALIASES = {"category": "doc_type"}
FACET_SIZE = 30
_TOTAL = "__total"


class FilterError(ValueError):
    """A filter the UI built wrongly (unknown key, or a value of the wrong type)."""


def _values(key: str, value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, (list, tuple, set, frozenset)) and all(isinstance(v, str) for v in value):
        return [v for v in value if v]
    raise FilterError(f"filter '{key}' must be a string or a list of strings, got {value!r}")


def filter_query(schema: tantivy.Schema, filters: Mapping[str, Any] | None) -> tantivy.Query | None:
    """One query that all filters must match, or None when nothing filters.

    Raises:
        FilterError: an unknown filter key or a value of the wrong type.
    """
    if not filters:
        return None
    clauses = []
    for key, value in filters.items():
        key = ALIASES.get(key, key)
        if key not in FILTER_KEYS:
            raise FilterError(f"unknown filter '{key}' (known: {', '.join(FILTER_KEYS)}, category)")
        if value is None:
            continue
        if key in ("year_from", "year_to"):
            if isinstance(value, bool) or not isinstance(value, int):
                raise FilterError(f"filter '{key}' must be a year as a whole number, got {value!r}")
            continue
        vals = _values(key, value)
        if vals:
            clauses.append(tantivy.Query.term_set_query(schema, key, vals))
    lo, hi = filters.get("year_from"), filters.get("year_to")
    if lo is not None or hi is not None:
        clauses.append(tantivy.Query.range_query(
            schema, "year", tantivy.FieldType.Integer,
            lo if lo is not None else 0, hi if hi is not None else 9999))
    if not clauses:
        return None
    return tantivy.Query.boolean_query([(tantivy.Occur.Must, q) for q in clauses])


def count_facets(searcher: tantivy.Searcher, query: tantivy.Query,
                 names: Iterable[str] | None = None, *, with_total: bool = False):
    """Value counts per facet for everything ``query`` matches, most frequent first.

    Args:
        names: the facets to count (default all of :data:`FACET_NAMES`). The
            query is evaluated once more for them, so a screen asks for those it
            shows, and none when it shows none.
        with_total: also return how many documents matched (from the same pass).

    Returns:
        name → [(value, count)], or with ``with_total`` that and the count.

    Raises:
        FilterError: a facet name that is not one of :data:`FACET_NAMES`.
    """
    names = FACET_NAMES if names is None else tuple(ALIASES.get(n, n) for n in names)
    unknown = [n for n in names if n not in FACET_NAMES]
    if unknown:
        raise FilterError(f"unknown facet {unknown[0]!r} (known: {', '.join(FACET_NAMES)})")
    aggs: dict[str, dict] = {name: {"terms": {"field": name, "size": 60 if name == "year" else FACET_SIZE}}
                             for name in names}
    if with_total:
        aggs[_TOTAL] = {"value_count": {"field": "vcode"}}   # every document has one
    raw = searcher.aggregate(query, aggs) if aggs else {}
    out: dict[str, list[tuple[Any, int]]] = {}
    for name, agg in raw.items():
        if name == _TOTAL:
            continue
        buckets = [(b["key"], int(b["doc_count"])) for b in agg.get("buckets", [])]
        if name == "year":
            buckets = sorted(((int(k), n) for k, n in buckets if k), reverse=True)
        out[name] = buckets
    if with_total:
        return out, int(raw.get(_TOTAL, {}).get("value") or 0)
    return out

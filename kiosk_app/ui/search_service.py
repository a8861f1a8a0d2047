"""The UI's one door to search: plain requests in, plain result pages out.

Screens never touch the search package. They send a :class:`SearchRequest`
and get a :class:`ResultPage` of :class:`ResultHit` rows, so a change in the
search API is a change in this file only.

Two backends answer:

* :class:`IndexBackend` — the library's full-text index (``DIR/index``,
  :mod:`kiosk_app.core.search`): ranking, snippets with the query's words
  marked, facet counts, alternatives when nothing is found.
* :class:`TitleBackend` — a fallback over the store alone, used when the
  library has no index or the search package is unavailable: SQL ``LIKE`` over
  titles and document numbers, counts by ``GROUP BY``, no body snippets. The
  kiosk keeps working, just less cleverly.

Both are synchronous and are driven from a worker thread by
:mod:`kiosk_app.ui.search_runner`; each opens its own read-only connection.
This module imports no Qt.
"""

from __future__ import annotations

import logging
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from kiosk_app.core.store import LibraryStore
from kiosk_app.core.structure import body_text

log = logging.getLogger(__name__)

FACET_KEYS = ("validity", "level", "doc_type")
# The first page fills a screen; further pages come as the list scrolls (snippets cost per hit).
PAGE_SIZE = 20
# The index returns at most this many ranked candidates; pages beyond are empty.
MAX_RESULTS = 1000


@dataclass(frozen=True)
class SearchRequest:
    """What to look for: text, filters (key → values) and the page."""

    text: str
    filters: tuple[tuple[str, tuple[str, ...]], ...] = ()
    offset: int = 0
    limit: int = PAGE_SIZE

    @staticmethod
    def make(text: str, filters: dict[str, list[str] | tuple[str, ...] | set[str]] | None = None,
             offset: int = 0, limit: int = PAGE_SIZE) -> "SearchRequest":
        clean = tuple(sorted((k, tuple(sorted(v))) for k, v in (filters or {}).items() if v))
        return SearchRequest(text.strip(), clean, offset, limit)

    @property
    def filter_dict(self) -> dict[str, list[str]]:
        return {k: list(v) for k, v in self.filters}

    def page(self, offset: int) -> "SearchRequest":
        return SearchRequest(self.text, self.filters, offset, self.limit)


@dataclass(frozen=True)
class ResultHit:
    """One result row as the screen shows it."""

    id: str
    title: str
    issuer: str = ""
    doc_number: str = ""
    date: str = ""
    validity: str = ""
    level: str = ""
    doc_type: str = ""
    replaced_by: str | None = None
    snippet: str = ""
    snippet_marks: tuple[tuple[int, int], ...] = ()
    title_marks: tuple[tuple[int, int], ...] = ()
    versions: int = 1


@dataclass
class ResultPage:
    """One page of results and what the screen shows around it."""

    request: SearchRequest
    hits: list[ResultHit] = field(default_factory=list)
    total: int = 0
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    alternatives: list[str] = field(default_factory=list)
    apply_for_information: bool = False
    elapsed_ms: float = 0.0
    backend: str = ""


def mark_spans(text: str, terms: list[str]) -> tuple[tuple[int, int], ...]:
    """Non-overlapping [start, end) ranges of ``terms`` in ``text``, longest terms first."""
    terms = sorted({t for t in terms if t and t.strip()}, key=len, reverse=True)
    if not terms or not text:
        return ()
    rx = re.compile("|".join(map(re.escape, terms)), re.IGNORECASE)
    return tuple((m.start(), m.end()) for m in rx.finditer(text))


class _BodyCache:
    """Body text by document id, for snippets; a small LRU so a page of hits reads each body once."""

    def __init__(self, store: LibraryStore, size: int = 128):
        self._store = store
        self._size = size
        self._items: OrderedDict[str, str | None] = OrderedDict()

    def __call__(self, doc_id: str) -> str | None:
        if doc_id in self._items:
            self._items.move_to_end(doc_id)
            return self._items[doc_id]
        doc = self._store.get_document(doc_id)
        text = body_text(doc.get("body") or []) if doc else None
        self._items[doc_id] = text
        if len(self._items) > self._size:
            self._items.popitem(last=False)
        return text


class IndexBackend:
    """Search through the library's full-text index.

    Raises:
        ImportError: the search package is not available.
        kiosk_app.core.search.SearchIndexError: the library has no usable index.
    """

    name = "index"

    def __init__(self, library_dir: Path, region: str = ""):
        from kiosk_app.core.search import SearchIndex

        self._store = LibraryStore.open(library_dir)
        self._index = SearchIndex.open(Path(library_dir) / "index", text_of=_BodyCache(self._store))
        self._region = region or None

    def close(self) -> None:
        self._store.close()

    def search(self, request: SearchRequest) -> ResultPage:
        # Facets only for the first page, and only those the screen shows (each costs a pass).
        result = self._index.search(request.text, filters=request.filter_dict or None,
                                    region=self._region, limit=request.limit, offset=request.offset,
                                    facets=FACET_KEYS if request.offset == 0 else False)
        hits = []
        for h in result.hits:
            snippet, marks = "", ()
            if h.snippet is not None:
                snippet, marks = h.snippet.text, tuple(h.snippet.spans)
            hits.append(ResultHit(
                id=h.id, title=h.title, issuer=h.issuer, doc_number=h.doc_number,
                date=h.published_date or "", validity=h.validity, level=h.level, doc_type=h.doc_type,
                replaced_by=h.replaced_by, snippet=snippet, snippet_marks=marks,
                title_marks=mark_spans(h.title, result.terms), versions=max(1, len(h.versions))))
        facets = {}
        for key in FACET_KEYS:
            facets[key] = [(str(v), int(n)) for v, n in (result.facets or {}).get(key, [])]
        return ResultPage(request=request, hits=hits, total=min(result.total, MAX_RESULTS),
                          facets=facets, alternatives=list(result.suggestions),
                          apply_for_information=result.apply_for_information,
                          elapsed_ms=result.elapsed_ms, backend=self.name)

    def suggest(self, prefix: str, limit: int = 6) -> list[str]:
        return [s.text for s in self._index.suggest(prefix, limit)]

    def set_popular(self, counts: dict[str, int]) -> None:
        self._index.set_popular(counts)


class TitleBackend:
    """Fallback search over titles and document numbers with SQL LIKE (no index needed)."""

    name = "titles"
    _COLS = "id, title, issuer, doc_number, published_date, validity, level, doc_type, replaced_by"

    def __init__(self, library_dir: Path, region: str = ""):
        self._store = LibraryStore.open(library_dir)
        self._conn = self._store.conn

    def close(self) -> None:
        self._store.close()

    @staticmethod
    def _terms(text: str) -> list[str]:
        return [t for t in re.split(r"[\s,，、；;]+", text) if t][:6]

    def _where(self, terms: list[str], filters: dict[str, list[str]], skip: str | None = None):
        clauses, params = [], []
        for term in terms:
            like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            clauses.append("(title LIKE ? ESCAPE '\\' OR doc_number LIKE ? ESCAPE '\\')")
            params += [like, like]
        for key, values in filters.items():
            if key == skip or key not in FACET_KEYS or not values:
                continue
            clauses.append(f"{key} IN ({','.join('?' * len(values))})")
            params += list(values)
        return (" AND ".join(clauses) or "1"), params

    def search(self, request: SearchRequest) -> ResultPage:
        terms = self._terms(request.text)
        filters = request.filter_dict
        page = ResultPage(request=request, backend=self.name)
        if not terms and not filters:
            page.alternatives = self.suggest("", 8)
            return page
        where, params = self._where(terms, filters)
        page.total = min(self._conn.execute(f"SELECT count(*) FROM documents WHERE {where}",
                                            params).fetchone()[0], MAX_RESULTS)
        rows = self._conn.execute(
            f"SELECT {self._COLS} FROM documents WHERE {where} "
            "ORDER BY validity = '现行有效' DESC, coalesce(published_date, '') DESC, id LIMIT ? OFFSET ?",
            [*params, request.limit, request.offset]).fetchall()
        for r in rows:
            page.hits.append(ResultHit(
                id=r["id"], title=r["title"], issuer=r["issuer"] or "", doc_number=r["doc_number"] or "",
                date=r["published_date"] or "", validity=r["validity"], level=r["level"] or "",
                doc_type=r["doc_type"] or "", replaced_by=r["replaced_by"],
                title_marks=mark_spans(r["title"], terms)))
        if request.offset == 0:
            for key in FACET_KEYS:
                fwhere, fparams = self._where(terms, filters, skip=key)
                page.facets[key] = [(str(v), n) for v, n in self._conn.execute(
                    f"SELECT {key}, count(*) AS n FROM documents WHERE {fwhere} AND {key} IS NOT NULL "
                    f"AND {key} != '' GROUP BY {key} ORDER BY n DESC LIMIT 12", fparams)]
        if page.total == 0:
            page.apply_for_information = True
            page.alternatives = [t for t in terms if len(terms) > 1][:4]
        return page

    def suggest(self, prefix: str, limit: int = 6) -> list[str]:
        prefix = prefix.strip()
        if not prefix:
            rows = self._conn.execute(
                "SELECT title FROM documents WHERE validity = '现行有效' "
                "ORDER BY coalesce(published_date, '') DESC LIMIT ?", (limit,))
        else:
            like = "%" + prefix.replace("%", "").replace("_", "") + "%"
            rows = self._conn.execute(
                "SELECT title FROM documents WHERE title LIKE ? "
                "ORDER BY validity = '现行有效' DESC, length(title), title LIMIT ?", (like, limit))
        return [r[0] for r in rows]

    def set_popular(self, counts: dict[str, int]) -> None:
        """The fallback has no popularity list; suggestions stay title-based."""


def open_backend(library_dir: Path, region: str = ""):
    """The index backend when the library has an index, else the title fallback (logged)."""
    try:
        return IndexBackend(library_dir, region)
    except ImportError as exc:
        log.warning("search package unavailable (%s); searching titles only", exc)
    except Exception as exc:  # noqa: BLE001 - any index trouble falls back, the kiosk stays usable
        log.warning("search index of %s unusable (%s); searching titles only", library_dir, exc)
    return TitleBackend(library_dir, region)

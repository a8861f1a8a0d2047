"""What a search returns: hits, counts, facets and the way forward when nothing is found."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kiosk_app.core.search.snippets import Snippet

IN_FORCE = "现行有效"
NO_LONGER_IN_FORCE = ("已废止", "失效")


@dataclass(frozen=True)
class Version:
    """One text of a revision chain, for the 历次修订 list of a hit."""

    id: str
    title: str
    validity: str
    version_date: str | None


@dataclass(frozen=True)
class Hit:
    """One result line."""

    id: str
    title: str
    score: float
    issuer: str
    validity: str
    doc_number: str = ""
    level: str = ""
    region: str = ""
    doc_type: str = ""
    published_date: str | None = None
    series: str | None = None
    replaced_by: str | None = None
    match: str = "text"            # exact | pinyin | text
    snippet: Snippet | None = None
    versions: tuple[Version, ...] = ()

    @property
    def in_force(self) -> bool:
        return self.validity == IN_FORCE

    @property
    def repealed(self) -> bool:
        """No longer in force (the UI marks these; they stay findable)."""
        return self.validity in NO_LONGER_IN_FORCE

    def to_json(self) -> dict[str, Any]:
        """The CLI's line: id, title, score, issuer, validity."""
        return {"id": self.id, "title": self.title, "score": round(self.score, 4),
                "issuer": self.issuer, "validity": self.validity}


@dataclass
class SearchResult:
    """A page of hits and everything the results screen shows around them.

    Attributes:
        query: the query as cleaned for searching.
        hits: this page, best first; one hit per revision chain.
        total: how many results there are; a revision chain counts once, as
            its current text (see ``SearchIndex._total``).
        mode: which reading found them: title (one character, found in
            titles), and, split, fuzzy, or (relaxed), exact, pinyin, browse
            (filters only), or none.
        relaxed: the strict reading found nothing and a looser one was used.
        facets: value counts per filter field, when asked for; superseded
            texts are not counted.
        suggestions: other things to try, filled when nothing was found.
        apply_for_information: nothing was found: offer 依申请公开 (an application).
        terms: normalised words the snippets mark.
        elapsed_ms: time spent in :meth:`SearchIndex.search`.
    """

    query: str
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    mode: str = "none"
    relaxed: bool = False
    facets: dict[str, list[tuple[Any, int]]] | None = None
    suggestions: list[str] = field(default_factory=list)
    apply_for_information: bool = False
    terms: list[str] = field(default_factory=list)
    elapsed_ms: float = 0.0

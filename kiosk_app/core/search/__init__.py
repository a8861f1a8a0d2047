"""Full-text search of the library: Chinese-aware, offline, behind one small interface.

Use :class:`SearchIndex` (build, open, apply, search, suggest); everything else
in this package is how it works inside.
"""

from kiosk_app.core.search.facets import FilterError
from kiosk_app.core.search.index import SearchIndex, SearchIndexError
from kiosk_app.core.search.results import Hit, SearchResult, Version
from kiosk_app.core.search.snippets import Snippet
from kiosk_app.core.search.suggest import Suggestion

__all__ = ["SearchIndex", "SearchIndexError", "SearchResult", "Hit", "Version", "Snippet",
           "Suggestion", "FilterError"]

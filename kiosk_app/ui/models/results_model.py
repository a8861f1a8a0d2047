"""Search results as a list model that fetches further pages as the list scrolls.

The first page arrives with the search; when the view nears the end it calls
:meth:`ResultsModel.fetchMore`, which asks (through ``fetch_requested``) for
the next page off the UI thread. Rows are immutable
:class:`~kiosk_app.ui.search_service.ResultHit` objects, so a 1,000-row list
costs a little memory and nothing more.
"""

from __future__ import annotations

from kiosk_app.ui.qt import QtCore, Qt, Signal
from kiosk_app.ui.search_service import ResultHit, ResultPage

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class ResultsModel(QtCore.QAbstractListModel):
    """Rows of search hits; ``fetch_requested(offset)`` asks for the next page."""

    fetch_requested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._hits: list[ResultHit] = []
        self._ids: set[str] = set()
        self._total = 0
        self._fetching = False

    # -- filling -----------------------------------------------------------------------

    def set_page(self, page: ResultPage) -> None:
        """Replace the rows with the first page of a new search."""
        self.beginResetModel()
        self._hits = list(page.hits)
        self._ids = {h.id for h in self._hits}
        self._total = max(page.total, len(self._hits))
        self._fetching = False
        self.endResetModel()

    def append_page(self, page: ResultPage) -> None:
        """Add a further page (hits already shown are skipped)."""
        self._fetching = False
        new = [h for h in page.hits if h.id not in self._ids]
        if not page.hits:
            # The backend has nothing beyond this point: stop asking.
            self._total = len(self._hits)
            return
        if new:
            first = len(self._hits)
            self.beginInsertRows(QtCore.QModelIndex(), first, first + len(new) - 1)
            self._hits.extend(new)
            self._ids.update(h.id for h in new)
            self.endInsertRows()

    def fetch_failed(self) -> None:
        self._fetching = False
        self._total = len(self._hits)

    def clear(self) -> None:
        self.beginResetModel()
        self._hits, self._ids, self._total, self._fetching = [], set(), 0, False
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def hit(self, row: int) -> ResultHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    # -- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent=QtCore.QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{hit.title} {hit.validity} {hit.issuer} {hit.date}"
        if role == HIT_ROLE:
            return hit
        return None

    def canFetchMore(self, parent=QtCore.QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and not self._fetching and len(self._hits) < self._total

    def fetchMore(self, parent=QtCore.QModelIndex()) -> None:  # noqa: N802 - Qt API
        if self.canFetchMore(parent):
            self._fetching = True
            self.fetch_requested.emit(len(self._hits))

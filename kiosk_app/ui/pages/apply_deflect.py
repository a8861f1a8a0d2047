"""Published documents that may already answer an application (条例 art. 36 (一)).

While a visitor types what they are looking for, the kiosk's own search runs
on it (off the UI thread, through the shared
:class:`~kiosk_app.ui.search_runner.SearchRunner`) and the documents already
disclosed are listed under "以下信息已主动公开，可直接查看或打印". For
information already published an application is answered only by telling the
applicant where to find it, so showing it now saves the visitor twenty
working days. Tapping one opens the reader; the back button returns to the
form with everything still filled in.
"""

from __future__ import annotations

from kiosk_app.ui.qt import QtCore, QtWidgets, Signal
from kiosk_app.ui.search_service import SearchRequest
from kiosk_app.ui.theme import Theme
from kiosk_app.ui.widgets.controls import label, scroll_area
from kiosk_app.ui.widgets.doc_row import DocRow

SETTLE_MS = 450        # search once the visitor pauses, not at every character
MIN_CHARS = 2
MAX_SHOWN = 5


class DeflectionPanel(QtWidgets.QWidget):
    """A heading and up to five published documents matching the request; hidden when none match."""

    opened = Signal(str)    # document id

    def __init__(self, runner):
        super().__init__()
        self.setObjectName("Deflection")
        self.runner = runner
        self.theme = Theme()
        self._serial = -1
        self._query = ""
        self.hits: list = []
        self.rows: list[DocRow] = []
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.heading = label("", role="section", name="DeflectionHeading")
        self.note = label("", role="muted")
        holder = QtWidgets.QWidget()
        self.list_box = QtWidgets.QVBoxLayout(holder)
        self.list_box.setContentsMargins(0, 0, 0, 0)
        self.list_box.addStretch(1)
        self.area = scroll_area(holder)
        lay.addWidget(self.heading)
        lay.addWidget(self.note)
        lay.addWidget(self.area, 1)
        self._lay = lay
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._search)
        runner.results.connect(self._on_results)
        self.hide()
        self.retranslate()

    def set_query(self, text: str) -> None:
        """Search for ``text`` once typing pauses (too short: clear the list)."""
        text = " ".join(text.split())
        if text == self._query:
            return
        self._query = text
        if len(text) < MIN_CHARS:
            self._timer.stop()
            self._serial = -1
            self._show([])
            return
        self._timer.start()

    def _search(self) -> None:
        if len(self._query) >= MIN_CHARS:
            self._serial = self.runner.search(SearchRequest.make(self._query, limit=MAX_SHOWN))

    def _on_results(self, serial: int, page) -> None:
        if serial != self._serial:
            return
        self._show(list(page.hits[:MAX_SHOWN]))

    def _show(self, hits: list) -> None:
        self.hits = hits
        for row in self.rows:
            row.hide()
        # The stretch is the last item; rows go before it.
        while self.list_box.count() > 1:
            item = self.list_box.takeAt(0)
            if item.widget() is not None:
                item.widget().setParent(None)
                item.widget().deleteLater()
        self.rows = []
        for hit in hits:
            summary = {"id": hit.id, "title": hit.title, "issuer": hit.issuer, "doc_number": hit.doc_number,
                       "published_date": hit.date, "validity": hit.validity}
            row = DocRow(summary, self.theme, compact=True)
            row.setObjectName(f"Published_{len(self.rows)}")
            row.opened.connect(self.opened)
            self.list_box.insertWidget(self.list_box.count() - 1, row)
            self.rows.append(row)
        self.setVisible(bool(hits))

    def titles(self) -> list[str]:
        return [h.title for h in self.hits]

    def clear(self) -> None:
        self._timer.stop()
        self._query = ""
        self._serial = -1
        self._show([])

    def retranslate(self) -> None:
        self.heading.setText(self.tr("以下信息已主动公开，可直接查看或打印"))
        self.note.setText(self.tr("已公开的信息不需要申请。点一下即可查看，看完按“返回”继续填写。"))

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._lay.setSpacing(theme.px(12))
        self.list_box.setSpacing(theme.px(12))
        if self.hits:
            self._show(self.hits)


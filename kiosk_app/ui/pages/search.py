"""Search: type (or tap a suggestion), narrow with filter chips, open a result.

Every keystroke sends a search and a suggestion request to the worker; only
the answer to the latest request is shown. A query is recorded for the
office's figures once the visitor settles on it (search key, a suggestion, a
filter, opening a result, or a pause), not at every keystroke.
"""

from __future__ import annotations

from kiosk_app.ui.models.results_model import ResultsModel
from kiosk_app.ui.pages.base import Page, margins
from kiosk_app.ui.pages.search_panels import EmptyPanel, FilterPanel, ZeroPanel
from kiosk_app.ui.qt import QtCore, QtGui, QtWidgets, Qt
from kiosk_app.ui.search_service import ResultPage, SearchRequest
from kiosk_app.ui.widgets import icons
from kiosk_app.ui.widgets.controls import button, label, scroll_area
from kiosk_app.ui.widgets.flow import FlowBox
from kiosk_app.ui.widgets.result_delegate import ResultDelegate
from kiosk_app.ui.widgets.touch import make_kinetic, stop_scrolling

SETTLE_MS = 2500
MAX_SUGGESTIONS = 6


class SearchPage(Page):
    name = "search"

    def __init__(self, ctx, shell):
        super().__init__(ctx, shell)
        self.runner = ctx.runner
        self.filters: dict[str, set[str]] = {}
        self._search_serial = 0
        self._fetch_serial = 0
        self._suggest_serial = 0
        self._request: SearchRequest | None = None
        self._shown: ResultPage | None = None
        self._commit_pending = False

        outer = QtWidgets.QVBoxLayout(self)
        self.outer = outer
        bar = QtWidgets.QHBoxLayout()
        self.field = QtWidgets.QLineEdit()
        self.field.setObjectName("SearchField")
        self.field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.field.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText)
        self.field.setMaxLength(60)
        self.field.textChanged.connect(self._text_changed)
        self.field.returnPressed.connect(self.commit)
        self.clear_button = button("", name="ClearButton")
        self.clear_button.clicked.connect(self.clear_query)
        self.go_button = button("", primary=True, name="SearchButton")
        self.go_button.clicked.connect(self.commit)
        bar.addWidget(self.field, 1)
        bar.addWidget(self.clear_button)
        bar.addWidget(self.go_button)
        outer.addLayout(bar)

        self.suggest_row = FlowBox()
        self.suggest_row.setObjectName("Suggestions")
        self.suggest_label = label("", role="muted", wrap=False)
        self.suggest_row.add_widget(self.suggest_label)
        self.suggest_buttons: list[QtWidgets.QPushButton] = []
        self.suggest_row.hide()
        outer.addWidget(self.suggest_row)

        self.body = QtWidgets.QBoxLayout(QtWidgets.QBoxLayout.Direction.LeftToRight)
        self.filter_panel = FilterPanel()
        self.filter_panel.toggled.connect(self._filter_toggled)
        self.filter_panel.cleared.connect(self._filters_cleared)
        # Scrolls rather than squeezes when the on-screen keyboard takes half the screen.
        self.filter_area = scroll_area(self.filter_panel)
        self.filter_panel.visibility_changed.connect(self.filter_area.setVisible)
        self.body.addWidget(self.filter_area)

        self.results_stack = QtWidgets.QStackedWidget()
        results = QtWidgets.QWidget()
        rl = QtWidgets.QVBoxLayout(results)
        rl.setContentsMargins(0, 0, 0, 0)
        self.count_label = label("", role="muted", name="ResultCount")
        rl.addWidget(self.count_label)
        self.model = ResultsModel(self)
        self.model.fetch_requested.connect(self._fetch_more)
        self.list = QtWidgets.QListView()
        self.list.setObjectName("ResultList")
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.delegate = ResultDelegate(self.theme, self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        make_kinetic(self.list)
        self.list.clicked.connect(self._open_index)
        rl.addWidget(self.list, 1)
        self.empty_panel = EmptyPanel()
        self.empty_panel.picked.connect(self.use_suggestion)
        self.zero_panel = ZeroPanel()
        self.zero_panel.picked.connect(self.use_suggestion)
        self.zero_panel.apply_clicked.connect(lambda: self.shell.open("apply", query=self.query()))
        # Both panels scroll rather than squeeze when the on-screen keyboard is up.
        self.empty_area = scroll_area(self.empty_panel)
        self.zero_area = scroll_area(self.zero_panel)
        self.results_stack.addWidget(self.empty_area)
        self.results_stack.addWidget(results)
        self.results_stack.addWidget(self.zero_area)
        self._results_widget = results
        self.body.addWidget(self.results_stack, 1)
        outer.addLayout(self.body, 1)

        self._settle = QtCore.QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._settled)
        self.runner.results.connect(self._on_results)
        self.runner.suggestions.connect(self._on_suggestions)
        self.runner.failed.connect(self._on_failed)
        self.apply_theme(self.theme)
        self.retranslate()

    # -- hooks ------------------------------------------------------------------------------

    def page_title(self) -> str:
        return self.tr("政策查询")

    def enter(self, query: str | None = None, focus: bool = False, **_params) -> None:
        if query is not None and query != self.field.text():
            self.field.setText(query)
        if self._request is None:
            self._show_empty()
        if focus:
            self.focus_field()

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        QtGui.QGuiApplication.inputMethod().show()

    def leave(self) -> None:
        self._settled()

    def reset(self) -> None:
        self._settle.stop()
        self._search_serial = self._fetch_serial = self._suggest_serial = -1
        self.filters.clear()
        self.field.blockSignals(True)
        self.field.clear()
        self.field.blockSignals(False)
        self.model.clear()
        self._request = None
        self._shown = None
        self._commit_pending = False
        self.filter_panel.set_facets({}, {})
        self._set_suggestions([])
        stop_scrolling(self.list)
        self._show_empty()

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("输入政策名称、文号或关键词"))
        self.clear_button.setText(self.tr("清空"))
        self.go_button.setText(self.tr("搜索"))
        self.suggest_label.setText(self.tr("猜您想找："))
        self.filter_panel.retranslate()
        self.empty_panel.retranslate()
        self.zero_panel.retranslate()
        self._update_count()
        self.list.viewport().update()

    def apply_theme(self, theme) -> None:
        super().apply_theme(theme)
        margins(self.outer, theme, self.portrait)
        self.outer.setSpacing(theme.px(16))
        self.body.setSpacing(theme.px(28))
        self.field.setMinimumHeight(theme.px(88))
        self.go_button.setIcon(icons.icon("search", theme.palette.accent_text, theme.px(64)))
        self.go_button.setIconSize(QtCore.QSize(theme.px(32), theme.px(32)))
        self.go_button.setMinimumHeight(theme.px(88))
        self.clear_button.setMinimumHeight(theme.px(88))
        self.delegate.set_theme(theme)
        self.filter_panel.apply_theme(theme)
        self.list.setSpacing(0)
        self.list.doItemsLayout()
        self._layout_body()

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        margins(self.outer, self.theme, portrait)
        self._layout_body()

    def _layout_body(self) -> None:
        self.body.setDirection(QtWidgets.QBoxLayout.Direction.TopToBottom if self.portrait
                               else QtWidgets.QBoxLayout.Direction.LeftToRight)
        self.filter_panel.set_portrait(self.portrait, self.theme)
        if self.portrait:
            self.filter_area.setMinimumWidth(0)
            self.filter_area.setMaximumWidth(16777215)
            self.filter_area.setMaximumHeight(self.theme.px(420))
        else:
            self.filter_area.setFixedWidth(self.theme.px(380))
            self.filter_area.setMaximumHeight(16777215)

    # -- typing and searching ------------------------------------------------------------------

    def query(self) -> str:
        return self.field.text().strip()

    def _text_changed(self, _text: str) -> None:
        self._run_search()
        self._suggest_serial = self.runner.suggest(self.query())
        self._settle.start()

    def _run_search(self) -> None:
        text = self.query()
        if not text and not any(self.filters.values()):
            self._search_serial = -1
            self._request = None
            self._shown = None
            self.model.clear()
            self.filter_panel.set_facets({}, {})
            self._show_empty()
            return
        self._request = SearchRequest.make(text, self.filters)
        self._fetch_serial = -1
        self._search_serial = self.runner.search(self._request)

    def _on_results(self, serial: int, page: ResultPage) -> None:
        if serial == self._fetch_serial:
            self.model.append_page(page)
            return
        if serial != self._search_serial:
            return
        self._shown = page
        self.model.set_page(page)
        stop_scrolling(self.list)
        self.filter_panel.set_facets(page.facets, self.filters)
        if page.total == 0 and page.request.text:
            self.zero_panel.show_for(page.request.text, page.alternatives)
            self.results_stack.setCurrentWidget(self.zero_area)
        elif page.total == 0 and not page.request.text:
            self._show_empty()
        else:
            self.results_stack.setCurrentWidget(self._results_widget)
        self._update_count()
        if self._commit_pending:
            self._commit_pending = False
            self._record()

    def _on_failed(self, serial: int, _message: str) -> None:
        if serial == self._fetch_serial:
            self.model.fetch_failed()
        elif serial == self._search_serial:
            self.count_label.setText(self.tr("查询暂时不可用，请稍后再试或咨询工作人员。"))

    def _fetch_more(self, offset: int) -> None:
        if self._request is None:
            self.model.fetch_failed()
            return
        self._fetch_serial = self.runner.search(self._request.page(offset))

    def _update_count(self) -> None:
        page = self._shown
        if page is None:
            self.count_label.setText("")
            return
        self.count_label.setText(self.tr("共找到 {0} 条结果").format(page.total))

    def _show_empty(self) -> None:
        self.results_stack.setCurrentWidget(self.empty_area)
        self._suggest_serial = self.runner.suggest("")

    # -- suggestions ---------------------------------------------------------------------------

    def _on_suggestions(self, serial: int, prefix: str, items: list[str]) -> None:
        if serial != self._suggest_serial:
            return
        if not prefix:
            self.empty_panel.set_topics(items)
            self._set_suggestions([])
            return
        self._set_suggestions([s for s in items if s != self.query()][:MAX_SUGGESTIONS])

    def _set_suggestions(self, items: list[str]) -> None:
        """Show these suggestions, reusing the buttons already there (this runs on every keystroke)."""
        while len(self.suggest_buttons) > len(items):
            self.suggest_row.remove_widget(self.suggest_buttons.pop())
        while len(self.suggest_buttons) < len(items):
            b = button("", chip=True)
            b.setCheckable(False)
            b.clicked.connect(lambda _=False, btn=b: self.use_suggestion(btn.text()))
            self.suggest_row.add_widget(b)
            self.suggest_buttons.append(b)
        for b, text in zip(self.suggest_buttons, items):
            b.setText(text)
        self.suggest_row.updateGeometry()
        self.suggest_row.setVisible(bool(items))

    def suggestion_texts(self) -> list[str]:
        return [b.text() for b in self.suggest_buttons]

    def use_suggestion(self, text: str) -> None:
        self.field.setText(text)
        self._set_suggestions([])
        self.commit()

    # -- filters -------------------------------------------------------------------------------

    def _filter_toggled(self, key: str, value: str, on: bool) -> None:
        chosen = self.filters.setdefault(key, set())
        (chosen.add if on else chosen.discard)(value)
        self._run_search()
        self.commit()

    def _filters_cleared(self) -> None:
        self.filters.clear()
        self._run_search()

    # -- recording and opening ---------------------------------------------------------------------

    def commit(self) -> None:
        """The visitor settled on this query: hide the keyboard, record it once results show."""
        self._settle.stop()
        QtGui.QGuiApplication.inputMethod().hide()
        if self._shown is not None and self._shown.request.text == self.query():
            self._record()
        else:
            self._commit_pending = bool(self.query())

    def _settled(self) -> None:
        if self._shown is not None and self._shown.request.text == self.query():
            self._record()

    def _record(self) -> None:
        page = self._shown
        if page is None or not page.request.text:
            return
        key = page.request.text
        if key in self.shell.visit.recorded_queries:
            return
        self.shell.visit.recorded_queries.add(key)
        self.ctx.usage.query(key, page.total)

    def _open_index(self, index: QtCore.QModelIndex) -> None:
        hit = self.model.hit(index.row())
        if hit is None:
            return
        self.commit()
        self.shell.open("reader", doc_id=hit.id)

    def clear_query(self) -> None:
        self.field.clear()
        self.focus_field()

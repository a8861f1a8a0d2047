"""Enterprise policy matching (惠企政策): pick industry, size and group; see what applies, 免申即享 first."""

from __future__ import annotations

from kiosk_app.ui.pages.base import Page, margins
from kiosk_app.ui.qt import QtWidgets
from kiosk_app.ui.widgets.controls import button, clear_layout, label, scroll_area
from kiosk_app.ui.widgets.doc_row import DocRow
from kiosk_app.ui.widgets.flow import FlowBox

CHOOSERS = ("enterprise_size", "target_group", "industry")


class PolicyMatchPage(Page):
    name = "policy-match"

    def __init__(self, ctx, shell):
        super().__init__(ctx, shell)
        self.choice: dict[str, str] = {k: "" for k in CHOOSERS}
        self.vocab = {k: ctx.store.vocabulary(k) for k in CHOOSERS}
        self.body = QtWidgets.QBoxLayout(QtWidgets.QBoxLayout.Direction.LeftToRight, self)
        left_holder = QtWidgets.QWidget()
        self.left = QtWidgets.QVBoxLayout(left_holder)
        self.left.setContentsMargins(0, 0, 0, 0)
        self.titles: dict[str, QtWidgets.QLabel] = {}
        self.flows: dict[str, FlowBox] = {}
        self.chips: dict[tuple[str, str], QtWidgets.QPushButton] = {}
        for key in CHOOSERS:
            self.titles[key] = label("", role="section")
            self.flows[key] = FlowBox(spacing=10)
            self.left.addWidget(self.titles[key])
            self.left.addWidget(self.flows[key])
        self.left.addStretch(1)
        self.left_area = scroll_area(left_holder)
        self.body.addWidget(self.left_area, 1)
        right = QtWidgets.QWidget()
        rl = QtWidgets.QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.result_title = label("", role="title", name="MatchCount")
        holder = QtWidgets.QWidget()
        self.results = QtWidgets.QVBoxLayout(holder)
        self.results.setContentsMargins(0, 0, 0, 0)
        self.result_area = scroll_area(holder)
        rl.addWidget(self.result_title)
        rl.addWidget(self.result_area, 1)
        self.body.addWidget(right, 1)
        self.rows: list[DocRow] = []
        self.apply_theme(self.theme)

    def page_title(self) -> str:
        return self.tr("惠企政策")

    def _titles(self) -> dict[str, str]:
        return {"industry": self.tr("所属行业"), "enterprise_size": self.tr("企业规模"),
                "target_group": self.tr("人员类型")}

    def _fill_chips(self) -> None:
        for flow in self.flows.values():
            flow.clear()
        self.chips = {}
        titles = self._titles()
        for key in CHOOSERS:
            self.titles[key].setText(titles[key])
            for value in [""] + self.vocab[key]:
                on = self.choice[key] == value
                b = button(("✓ " if on else "") + (value or self.tr("不限")), chip=True)
                b.setChecked(on)
                b.clicked.connect(lambda _=False, k=key, v=value: self.choose(k, v))
                self.flows[key].add_widget(b)
                self.chips[(key, value)] = b

    def choose(self, key: str, value: str) -> None:
        self.choice[key] = value
        self._fill_chips()
        self._fill_results()

    def matches(self) -> list[dict]:
        c = self.choice
        return self.ctx.store.match_enterprise(c["industry"] or None, c["enterprise_size"] or None,
                                               c["target_group"] or None)

    def _fill_results(self) -> None:
        clear_layout(self.results)
        self.rows = []
        found = self.matches()
        self.result_title.setText(self.tr("适用政策 {0} 项").format(len(found)))
        for tags in found:
            badges = ("no_application",) if tags["no_application"] else ()
            row = DocRow(tags["document"], self.theme, extra=tags.get("summary") or "", badges=badges)
            row.opened.connect(lambda doc_id: self.shell.open("reader", doc_id=doc_id))
            self.results.addWidget(row)
            self.rows.append(row)
        if not found:
            self.results.addWidget(label(self.tr("没有完全匹配的政策，可以把某一项改为“不限”再看看。"), role="muted"))
        self.results.addStretch(1)
        self.result_area.verticalScrollBar().setValue(0)

    def reset(self) -> None:
        self.choice = {k: "" for k in CHOOSERS}
        self._fill_chips()
        self._fill_results()
        self.left_area.verticalScrollBar().setValue(0)

    def retranslate(self) -> None:
        self._fill_chips()
        self._fill_results()

    def apply_theme(self, theme) -> None:
        super().apply_theme(theme)
        margins(self.body, theme, self.portrait)
        self.body.setSpacing(theme.px(32))
        self.left.setSpacing(theme.px(10))
        self.results.setSpacing(theme.px(12))
        self.retranslate()

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        margins(self.body, self.theme, portrait)
        self.body.setDirection(QtWidgets.QBoxLayout.Direction.TopToBottom if portrait
                               else QtWidgets.QBoxLayout.Direction.LeftToRight)

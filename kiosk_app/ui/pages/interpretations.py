"""Policy interpretations: every 解读 in the library, each opening its policy on the interpretation tab."""

from __future__ import annotations

from kiosk_app.ui.pages.base import Page, margins
from kiosk_app.ui.qt import QtWidgets
from kiosk_app.ui.widgets.controls import clear_layout, label, scroll_area
from kiosk_app.ui.widgets.doc_row import DocRow


class InterpretationsPage(Page):
    name = "interpretations"

    def __init__(self, ctx, shell):
        super().__init__(ctx, shell)
        outer = QtWidgets.QVBoxLayout(self)
        self.outer = outer
        self.intro = label("", role="muted")
        outer.addWidget(self.intro)
        holder = QtWidgets.QWidget()
        self.list = QtWidgets.QVBoxLayout(holder)
        self.area = scroll_area(holder)
        outer.addWidget(self.area, 1)
        self.rows: list[DocRow] = []
        self._items = self._load()
        self.apply_theme(self.theme)
        self.retranslate()

    def _load(self) -> list[tuple[dict, dict]]:
        store = self.ctx.store
        interps = list(store.iter_records("interpretation"))
        policies = {d["id"]: d for d in store.summaries(sorted({i["policy_id"] for i in interps}))}
        items = [(i, policies[i["policy_id"]]) for i in interps if i["policy_id"] in policies]
        return sorted(items, key=lambda p: (p[0].get("published_date") or ""), reverse=True)

    def page_title(self) -> str:
        return self.tr("政策解读")

    def _fill(self) -> None:
        clear_layout(self.list)
        self.rows = []
        for interp, policy in self._items:
            summary = {"id": policy["id"], "title": interp["title"], "validity": "",
                       "issuer": self.tr("解读文件：《{0}》").format(policy["title"]),
                       "published_date": interp.get("published_date") or ""}
            row = DocRow(summary, self.theme, badges=("interpretation",))
            row.opened.connect(lambda doc_id: self.shell.open("reader", doc_id=doc_id, tab="interpretations"))
            self.list.addWidget(row)
            self.rows.append(row)
        self.list.addStretch(1)

    def reset(self) -> None:
        self.area.verticalScrollBar().setValue(0)

    def retranslate(self) -> None:
        self.intro.setText(self.tr("政策文件配套的文字解读、图解和问答。点击查看解读及对应的政策原文。"))
        self._fill()

    def apply_theme(self, theme) -> None:
        super().apply_theme(theme)
        margins(self.outer, theme, self.portrait)
        self.outer.setSpacing(theme.px(16))
        self.list.setSpacing(theme.px(12))
        self._fill()

"""Service guides (办事指南): what to bring, the steps, how long, where, when, whom to call."""

from __future__ import annotations

from kiosk_app.ui.doc_html import guide_html, text_style
from kiosk_app.ui.pages.base import Page, margins
from kiosk_app.ui.pages.reader_views import TextView
from kiosk_app.ui.qt import QtWidgets
from kiosk_app.ui.widgets.controls import button, clear_layout, label, scroll_area, wrap_button


class GuidesPage(Page):
    name = "guides"

    def __init__(self, ctx, shell):
        super().__init__(ctx, shell)
        self.guides = ctx.store.service_guides()
        self.current: int | None = None
        self.body = QtWidgets.QBoxLayout(QtWidgets.QBoxLayout.Direction.LeftToRight, self)
        holder = QtWidgets.QWidget()
        self.list = QtWidgets.QVBoxLayout(holder)
        self.list.setContentsMargins(0, 0, 0, 0)
        self.list_area = scroll_area(holder)
        self.body.addWidget(self.list_area, 2)
        right = QtWidgets.QWidget()
        rl = QtWidgets.QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.detail = TextView("GuideView")
        self.related_title = label("", role="section")
        self.related = QtWidgets.QHBoxLayout()
        rl.addWidget(self.detail, 1)
        rl.addWidget(self.related_title)
        rl.addLayout(self.related)
        self.body.addWidget(right, 3)
        self.buttons: list[QtWidgets.QPushButton] = []
        self.related_buttons: list[QtWidgets.QPushButton] = []
        self.apply_theme(self.theme)

    def page_title(self) -> str:
        return self.tr("办事指南")

    def _fill_list(self) -> None:
        clear_layout(self.list)
        self.buttons = []
        category = None
        for i, g in enumerate(self.guides):
            if g["category"] != category:
                category = g["category"]
                self.list.addWidget(label(category or self.tr("其他"), role="section"))
            b = wrap_button(g["title"], checkable=True)
            b.clicked.connect(lambda _=False, n=i: self.select(n))
            b.setChecked(i == self.current)
            self.list.addWidget(b)
            self.buttons.append(b)
        self.list.addStretch(1)

    def select(self, index: int) -> None:
        if not 0 <= index < len(self.guides):
            return
        self.current = index
        for i, b in enumerate(self.buttons):
            b.setChecked(i == index)
        self._render()

    def _labels(self) -> dict[str, str]:
        return {"time_limit": self.tr("办理时限"), "fee": self.tr("收费标准"), "address": self.tr("办理地点"),
                "hours": self.tr("办公时间"), "phone": self.tr("咨询电话"), "conditions": self.tr("申请条件"),
                "materials": self.tr("申请材料"), "material": self.tr("材料名称"), "copies": self.tr("份数"),
                "steps": self.tr("办理流程"), "online": self.tr("网上办理：")}

    def _render(self) -> None:
        clear_layout(self.related)
        self.related_buttons = []
        if self.current is None:
            self.detail.show_html(f"<p>{self.tr('请在左侧选择要办理的事项。')}</p>")
            self.related_title.hide()
            return
        g = self.guides[self.current]
        st = text_style(self.theme)
        self.detail.show_html(guide_html(g, st, self._labels()))
        docs = self.ctx.store.summaries(g.get("document_ids") or [])
        self.related_title.setText(self.tr("办理依据"))
        self.related_title.setVisible(bool(docs))
        for d in docs[:3]:
            b = button("《" + d["title"] + "》")
            b.clicked.connect(lambda _=False, i=d["id"]: self.shell.open("reader", doc_id=i))
            self.related.addWidget(b)
            self.related_buttons.append(b)
        self.related.addStretch(1)

    def reset(self) -> None:
        self.current = None
        self._fill_list()
        self._render()
        self.list_area.verticalScrollBar().setValue(0)

    def retranslate(self) -> None:
        self._fill_list()
        self._render()

    def apply_theme(self, theme) -> None:
        super().apply_theme(theme)
        margins(self.body, theme, self.portrait)
        self.body.setSpacing(theme.px(28))
        self.list.setSpacing(theme.px(10))
        self.detail.theme = theme
        self.retranslate()

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        margins(self.body, self.theme, portrait)
        self.body.setDirection(QtWidgets.QBoxLayout.Direction.TopToBottom if portrait
                               else QtWidgets.QBoxLayout.Direction.LeftToRight)


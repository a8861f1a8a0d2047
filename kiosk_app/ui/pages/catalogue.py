"""The three-level proactive-disclosure catalogue (市 / 区县 / 街道): topics on one side, their documents on the other."""

from __future__ import annotations

from kiosk_app.core.records import CATALOGUE_LEVELS
from kiosk_app.ui.pages.base import Page, margins
from kiosk_app.ui.qt import QtWidgets
from kiosk_app.ui.widgets.controls import button, clear_layout, label, scroll_area, wrap_button
from kiosk_app.ui.widgets.doc_row import DocRow


class CataloguePage(Page):
    name = "catalogue"

    def __init__(self, ctx, shell):
        super().__init__(ctx, shell)
        self.level = CATALOGUE_LEVELS[0]
        self.path: list[dict] = []          # nodes from a root down to the open node
        self.selected: dict | None = None
        outer = QtWidgets.QVBoxLayout(self)
        self.outer = outer
        levels = QtWidgets.QHBoxLayout()
        self.level_buttons = {}
        group = QtWidgets.QButtonGroup(self)
        for lv in CATALOGUE_LEVELS:
            b = button("", tab=True, name=f"Level_{lv}")
            b.clicked.connect(lambda _=False, v=lv: self.set_level(v))
            group.addButton(b)
            levels.addWidget(b)
            self.level_buttons[lv] = b
        levels.addStretch(1)
        outer.addLayout(levels)
        self.body = QtWidgets.QBoxLayout(QtWidgets.QBoxLayout.Direction.LeftToRight)
        nodes = QtWidgets.QWidget()
        nl = QtWidgets.QVBoxLayout(nodes)
        nl.setContentsMargins(0, 0, 0, 0)
        self.crumb = label("", role="section", name="Breadcrumb")
        self.up = button("", name="CatalogueUp")
        self.up.clicked.connect(self.go_up)
        holder = QtWidgets.QWidget()
        self.node_list = QtWidgets.QVBoxLayout(holder)
        self.node_list.setContentsMargins(0, 0, 0, 0)
        self.node_area = scroll_area(holder)
        nl.addWidget(self.crumb)
        nl.addWidget(self.up)
        nl.addWidget(self.node_area, 1)
        self.nodes_panel = nodes
        docs = QtWidgets.QWidget()
        dl = QtWidgets.QVBoxLayout(docs)
        dl.setContentsMargins(0, 0, 0, 0)
        self.docs_title = label("", role="title", name="CatalogueDocsTitle")
        dholder = QtWidgets.QWidget()
        self.doc_list = QtWidgets.QVBoxLayout(dholder)
        self.doc_list.setContentsMargins(0, 0, 0, 0)
        self.doc_area = scroll_area(dholder)
        dl.addWidget(self.docs_title)
        dl.addWidget(self.doc_area, 1)
        self.body.addWidget(nodes, 2)
        self.body.addWidget(docs, 3)
        outer.addLayout(self.body, 1)
        self.node_buttons: list[QtWidgets.QPushButton] = []
        self.doc_rows: list[DocRow] = []
        self.apply_theme(self.theme)
        self.set_level(self.level)

    def page_title(self) -> str:
        return self.tr("主动公开目录")

    def set_level(self, level: str) -> None:
        self.level = level
        self.level_buttons[level].setChecked(True)
        self.path = []
        self.selected = next((n for n in self._children() if n["document_ids"]), None)
        self._show_nodes()
        self._show_docs()

    def _children(self) -> list[dict]:
        parent = self.path[-1]["id"] if self.path else None
        return self.ctx.store.catalogue_children(self.level, parent)

    def _show_nodes(self) -> None:
        clear_layout(self.node_list)
        self.node_buttons = []
        for node in self._children():
            kids = self.ctx.store.catalogue_children(self.level, node["id"])
            count = len(node["document_ids"])
            text = node["title"] + (f"  ({count})" if count else "") + ("  ›" if kids else "")
            b = wrap_button(text, checkable=True)
            b.setChecked(self.selected is not None and self.selected["id"] == node["id"])
            b.setProperty("node_id", node["id"])
            b.clicked.connect(lambda _=False, n=node, k=bool(kids): self.open_node(n, k))
            self.node_list.addWidget(b)
            self.node_buttons.append(b)
        self.node_list.addStretch(1)
        names = [n["title"] for n in self.path]
        self.crumb.setText(" › ".join([self._level_text(self.level)] + names))
        self.up.setVisible(bool(self.path))
        self.node_area.verticalScrollBar().setValue(0)

    def open_node(self, node: dict, has_children: bool) -> None:
        self.selected = node
        if has_children:
            self.path.append(node)
            self._show_nodes()
        else:
            for b in self.node_buttons:
                b.setChecked(b.property("node_id") == node["id"])
        self._show_docs()

    def go_up(self) -> None:
        if self.path:
            self.path.pop()
            self.selected = self.path[-1] if self.path else None
            self._show_nodes()
            self._show_docs()

    def _show_docs(self) -> None:
        clear_layout(self.doc_list)
        self.doc_rows = []
        node = self.selected
        if node is None:
            self.docs_title.setText(self.tr("请在左侧选择栏目"))
        else:
            docs = self.ctx.store.summaries(node["document_ids"])
            self.docs_title.setText(self.tr("{0}（{1} 份文件）").format(node["title"], len(docs)))
            for d in docs:
                row = DocRow(d, self.theme)
                row.opened.connect(lambda doc_id: self.shell.open("reader", doc_id=doc_id))
                self.doc_list.addWidget(row)
                self.doc_rows.append(row)
            if not docs:
                self.doc_list.addWidget(label(self.tr("本栏目下分为若干子栏目，请继续选择。"), role="muted"))
        self.doc_list.addStretch(1)
        self.doc_area.verticalScrollBar().setValue(0)

    def _level_text(self, level: str) -> str:
        return {"市": self.tr("市级"), "区县": self.tr("区县级"), "街道": self.tr("街道级")}.get(level, level)

    def reset(self) -> None:
        self.set_level(CATALOGUE_LEVELS[0])

    def retranslate(self) -> None:
        for lv, b in self.level_buttons.items():
            b.setText(self._level_text(lv))
        self.up.setText("‹ " + self.tr("返回上一级"))
        self._show_nodes()
        self._show_docs()

    def apply_theme(self, theme) -> None:
        super().apply_theme(theme)
        margins(self.outer, theme, self.portrait)
        self.outer.setSpacing(theme.px(16))
        self.body.setSpacing(theme.px(28))
        self.node_list.setSpacing(theme.px(10))
        self.doc_list.setSpacing(theme.px(12))
        self.retranslate()

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        margins(self.outer, self.theme, portrait)
        self.body.setDirection(QtWidgets.QBoxLayout.Direction.TopToBottom if portrait
                               else QtWidgets.QBoxLayout.Direction.LeftToRight)

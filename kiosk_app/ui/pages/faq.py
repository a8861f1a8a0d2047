"""Frequently asked questions (常见问答): pick a topic, tap a question to see its answer and the policy behind it."""

from __future__ import annotations

from kiosk_app.ui.pages.base import Page, margins
from kiosk_app.ui.qt import QtWidgets, Qt, translate
from kiosk_app.ui.widgets.controls import LayoutButton, button, clear_layout, label, paragraph_html, scroll_area
from kiosk_app.ui.widgets.flow import FlowBox


class FaqItem(QtWidgets.QFrame):
    """A question that opens to its answer."""

    def __init__(self, faq: dict, page: "FaqPage"):
        super().__init__()
        self.setProperty("card", True)
        theme = page.theme
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(theme.px(20), theme.px(12), theme.px(20), theme.px(12))
        lay.setSpacing(theme.px(10))
        self.question = LayoutButton()
        self.question.setCheckable(True)
        self.question.setProperty("flat", True)
        self.question.toggled.connect(self._toggle)
        self.q_label = label("", wrap=True)
        self.q_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.q_label.setStyleSheet(f"font-weight: bold; font-size: {theme.body}px;")
        ql = QtWidgets.QHBoxLayout(self.question)
        ql.setContentsMargins(0, theme.px(8), 0, theme.px(8))
        ql.addWidget(self.q_label)
        self.question.setMinimumHeight(theme.target)
        self.answer = label("")
        self.answer.setTextFormat(Qt.TextFormat.RichText)
        self.related = QtWidgets.QHBoxLayout()
        self.related_buttons = []
        for d in page.ctx.store.summaries(faq.get("document_ids") or [])[:2]:
            b = button(translate("FaqPage", "查看依据：《{0}》").format(d["title"]))
            b.clicked.connect(lambda _=False, i=d["id"]: page.shell.open("reader", doc_id=i))
            self.related.addWidget(b)
            self.related_buttons.append(b)
        self.related.addStretch(1)
        self.details = QtWidgets.QWidget()
        dl = QtWidgets.QVBoxLayout(self.details)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.answer)
        dl.addLayout(self.related)
        self.details.hide()
        lay.addWidget(self.question)
        lay.addWidget(self.details)
        self.faq = faq
        self.page = page
        self.retranslate()

    def _toggle(self, on: bool) -> None:
        self.details.setVisible(on)
        self.retranslate()

    def retranslate(self) -> None:
        mark = "▼ " if self.question.isChecked() else "▶ "
        self.q_label.setText(mark + self.faq["question"])
        source = ""
        if self.faq.get("source"):
            source = "\n" + translate("FaqPage", "来源：") + self.faq["source"]
        self.answer.setText(paragraph_html(self.faq["answer"] + source, self.page.theme.line_height))


class FaqPage(Page):
    name = "faq"

    def __init__(self, ctx, shell):
        super().__init__(ctx, shell)
        self.faqs = ctx.store.faqs()
        self.topic = ""
        outer = QtWidgets.QVBoxLayout(self)
        self.outer = outer
        self.topic_flow = FlowBox()
        outer.addWidget(self.topic_flow)
        holder = QtWidgets.QWidget()
        self.list = QtWidgets.QVBoxLayout(holder)
        self.list.setContentsMargins(0, 0, 0, 0)
        self.area = scroll_area(holder)
        outer.addWidget(self.area, 1)
        self.topic_buttons: dict[str, QtWidgets.QPushButton] = {}
        self.items: list[FaqItem] = []
        self.apply_theme(self.theme)

    def page_title(self) -> str:
        return self.tr("常见问答")

    def _fill_topics(self) -> None:
        self.topic_flow.clear()
        self.topic_buttons = {}
        for topic in [""] + sorted({f["topic"] for f in self.faqs if f["topic"]}):
            b = button(topic or self.tr("全部"), chip=True)
            b.setChecked(topic == self.topic)
            b.clicked.connect(lambda _=False, t=topic: self.set_topic(t))
            self.topic_flow.add_widget(b)
            self.topic_buttons[topic] = b

    def set_topic(self, topic: str) -> None:
        self.topic = topic
        for t, b in self.topic_buttons.items():
            b.setChecked(t == topic)
        self._fill_items()

    def _fill_items(self) -> None:
        clear_layout(self.list)
        self.items = []
        for f in self.faqs:
            if self.topic and f["topic"] != self.topic:
                continue
            item = FaqItem(f, self)
            self.list.addWidget(item)
            self.items.append(item)
        self.list.addStretch(1)
        self.area.verticalScrollBar().setValue(0)

    def expand_first(self) -> None:
        if self.items:
            self.items[0].question.setChecked(True)

    def reset(self) -> None:
        self.set_topic("")

    def retranslate(self) -> None:
        self._fill_topics()
        self._fill_items()

    def apply_theme(self, theme) -> None:
        super().apply_theme(theme)
        margins(self.outer, theme, self.portrait)
        self.outer.setSpacing(theme.px(16))
        self.list.setSpacing(theme.px(12))
        self.retranslate()

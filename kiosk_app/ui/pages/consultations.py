"""Drafts open for comment (征求意见): status and dates first, then the draft and how to respond.

An open consultation has a 提出意见 button that opens the opinion form for it;
a closed or upcoming one says, in the intake's words, when it closed or when
it opens (:func:`kiosk_app.core.intake.opinion.consultation_gate`).
"""

from __future__ import annotations

import datetime as _dt

from kiosk_app.core.intake.opinion import consultation_gate
from kiosk_app.core.intake.text import FieldError
from kiosk_app.ui.doc_html import consultation_html, text_style
from kiosk_app.ui.pages.base import Page, margins
from kiosk_app.ui.pages.reader_views import TextView
from kiosk_app.ui.qt import QtWidgets, Qt
from kiosk_app.ui.widgets.badge import Badge
from kiosk_app.ui.widgets.controls import button, card, clear_layout, label, scroll_area


class ConsultationsPage(Page):
    name = "consultations"

    def __init__(self, ctx, shell):
        super().__init__(ctx, shell)
        self.items: list[dict] = []
        self.current: dict | None = None
        outer = QtWidgets.QVBoxLayout(self)
        self.outer = outer
        self.stack = QtWidgets.QStackedWidget()
        list_page = QtWidgets.QWidget()
        ll = QtWidgets.QVBoxLayout(list_page)
        ll.setContentsMargins(0, 0, 0, 0)
        self.intro = label("", role="muted")
        ll.addWidget(self.intro)
        holder = QtWidgets.QWidget()
        self.list = QtWidgets.QVBoxLayout(holder)
        self.list.setContentsMargins(0, 0, 0, 0)
        self.area = scroll_area(holder)
        ll.addWidget(self.area, 1)
        detail = QtWidgets.QWidget()
        dl = QtWidgets.QVBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        top = QtWidgets.QHBoxLayout()
        self.back_to_list = button("", name="BackToList")
        self.back_to_list.clicked.connect(self.show_list)
        self.open_draft = button("", name="OpenDraftDocument")
        self.open_draft.clicked.connect(self._open_document)
        self.detail_opinion = button("", primary=True, name="DetailOpinion")
        self.detail_opinion.clicked.connect(lambda: self.give_opinion(self.current))
        top.addWidget(self.back_to_list)
        top.addStretch(1)
        top.addWidget(self.open_draft)
        top.addWidget(self.detail_opinion)
        self.detail_gate = label("", name="DetailGate")
        self.view = TextView("ConsultationView")
        dl.addLayout(top)
        dl.addWidget(self.detail_gate)
        dl.addWidget(self.view, 1)
        self.stack.addWidget(list_page)
        self.stack.addWidget(detail)
        self.list_page = list_page
        outer.addWidget(self.stack, 1)
        self.cards: list[QtWidgets.QFrame] = []
        self.apply_theme(self.theme)

    def page_title(self) -> str:
        return self.tr("征求意见")

    def enter(self, **_params) -> None:
        self.items = self.ctx.store.consultations(self.ctx.today())
        self._fill()

    def _dates(self, c: dict) -> str:
        today = self.ctx.today()
        end = _dt.date.fromisoformat(c["end_date"])
        start = _dt.date.fromisoformat(c["start_date"])
        span = self.tr("征集时间：{0} 至 {1}").format(c["start_date"], c["end_date"])
        if c["status"] == "open":
            return span + "  " + self.tr("（还剩 {0} 天）").format((end - today).days + 1)
        if c["status"] == "upcoming":
            return span + "  " + self.tr("（{0} 天后开始）").format((start - today).days)
        return span

    def gate_message(self, c: dict) -> str:
        """Why no opinion can be given on ``c`` today ("" when it is open)."""
        try:
            consultation_gate(c, self.ctx.today())
        except FieldError as exc:
            return exc.message(self.shell.translations.language)
        return ""

    def give_opinion(self, c: dict | None) -> None:
        if c is not None and not self.gate_message(c) and self.ctx.intake is not None:
            self.shell.open("opinion", consultation=c["id"])

    def _fill(self) -> None:
        clear_layout(self.list)
        self.cards = []
        theme = self.theme
        for c in self.items:
            frame, lay = card(margins=theme.px(24), spacing=theme.px(10))
            head = QtWidgets.QHBoxLayout()
            head.setSpacing(theme.px(14))
            head.addWidget(Badge(c["status"], theme), 0, Qt.AlignmentFlag.AlignTop)
            title = label(c["title"])
            title.setStyleSheet(f"font-weight: bold; font-size: {theme.px(28)}px;")
            head.addWidget(title, 1)
            lay.addLayout(head)
            dates = label(self._dates(c), name="ConsultationDates")
            dates.setStyleSheet(f"color: {theme.palette.accent}; font-weight: bold;")
            lay.addWidget(dates)
            if c.get("issuer"):
                lay.addWidget(label(c["issuer"], role="muted"))
            if c.get("summary"):
                lay.addWidget(label(c["summary"]))
            row = QtWidgets.QHBoxLayout()
            gate = self.gate_message(c)
            if not gate and self.ctx.intake is not None:
                give = button(self.tr("提出意见"), primary=True, name=f"Opinion_{c['id']}")
                give.clicked.connect(lambda _=False, rec=c: self.give_opinion(rec))
                row.addWidget(give)
            more = button(self.tr("查看全文和反馈方式"))
            more.clicked.connect(lambda _=False, rec=c: self.show_detail(rec))
            row.addWidget(more)
            row.addStretch(1)
            lay.addLayout(row)
            if gate:
                lay.addWidget(label(gate, role="muted", name=f"Gate_{c['id']}"))
            self.list.addWidget(frame)
            self.cards.append(frame)
        if not self.items:
            self.list.addWidget(label(self.tr("目前没有正在征求意见的草案。"), role="title"))
        self.list.addStretch(1)

    def show_detail(self, rec: dict) -> None:
        self.current = rec
        labels = {"contact": self.tr("如何提出意见")}
        self.view.show_html(consultation_html(rec, text_style(self.theme), labels))
        self.open_draft.setVisible(bool(rec.get("document_id")))
        gate = self.gate_message(rec)
        self.detail_opinion.setVisible(not gate and self.ctx.intake is not None)
        self.detail_gate.setText(gate)
        self.detail_gate.setVisible(bool(gate))
        self.stack.setCurrentIndex(1)

    def show_list(self) -> None:
        self.current = None
        self.stack.setCurrentIndex(0)

    def _open_document(self) -> None:
        if self.current and self.current.get("document_id"):
            self.shell.open("reader", doc_id=self.current["document_id"])

    def reset(self) -> None:
        self.show_list()
        self.area.verticalScrollBar().setValue(0)

    def retranslate(self) -> None:
        self.intro.setText(self.tr("以下草案正在或即将公开征求意见，欢迎提出意见建议。"))
        self.back_to_list.setText("‹ " + self.tr("返回列表"))
        self.open_draft.setText(self.tr("查看草案文件"))
        self.detail_opinion.setText(self.tr("提出意见"))
        if self.items:
            self._fill()
        if self.current is not None:
            self.show_detail(self.current)

    def apply_theme(self, theme) -> None:
        super().apply_theme(theme)
        margins(self.outer, theme, self.portrait)
        self.list.setSpacing(theme.px(16))
        self.view.theme = theme
        self.retranslate()

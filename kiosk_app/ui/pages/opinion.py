"""Opinions on a draft open for comment (征求意见) and general suggestions (意见建议).

The flow is form → review → confirmation. The idempotency key is made when
the review opens, so a double tap on 确认提交 (or a retry after a frozen
screen) stores one record; going back to edit drops it, and the next review
makes a new one. What was typed is wiped as soon as it is stored, and when a
visit ends. The rules (consultation open today, consent when a name or
contact is given, lengths, emoji) are the intake's
(:mod:`kiosk_app.core.intake.opinion`); the screen shows its messages next
to the fields.

Parameters: ``consultation`` (a consultation record's id) for an opinion on
that draft; none for a general suggestion.
"""

from __future__ import annotations

import datetime as _dt
import logging
import sqlite3

from kiosk_app.core.intake.opinion import OpinionForm, SuggestionForm, consultation_gate
from kiosk_app.core.intake.outbox import OutboxError
from kiosk_app.core.intake.text import FieldError, FormInvalid
from kiosk_app.core.intake.tracking import format_code
from kiosk_app.ui.pages.apply_submit import count_submission
from kiosk_app.ui.pages.base import Page, margins
from kiosk_app.ui.pages.opinion_form import OpinionFields
from kiosk_app.ui.pages.opinion_views import DoneView, RefusedView, ReviewView
from kiosk_app.ui.qt import QtCore, QtWidgets
from kiosk_app.ui.widgets import icons
from kiosk_app.ui.widgets.controls import button, label, scroll_area

log = logging.getLogger(__name__)

FORM, REVIEW, DONE, REFUSED = range(4)


def _cn_date(day: str) -> str:
    d = _dt.date.fromisoformat(day)
    return f"{d.year}年{d.month}月{d.day}日"


class OpinionPage(Page):
    name = "opinion"

    def __init__(self, ctx, shell):
        super().__init__(ctx, shell)
        self.consultation: dict | None = None
        self.target: str | None = None        # the consultation id, "" for a suggestion, None: nothing yet
        self.key: str | None = None
        self.item = None                       # the checked Opinion / Suggestion under review
        self.submitted = None                  # the Submission of the confirmation shown
        outer = QtWidgets.QVBoxLayout(self)
        self.outer = outer
        self.heading = label("", role="title", name="OpinionHeading")
        self.subheading = label("", role="muted", name="OpinionSubheading")
        outer.addWidget(self.heading)
        outer.addWidget(self.subheading)
        self.stack = QtWidgets.QStackedWidget()
        self.fields = OpinionFields()
        self.form_area = scroll_area(self.fields)
        self.review = ReviewView()
        self.review_area = scroll_area(self.review)
        self.done = DoneView()
        self.refused = RefusedView()
        for w in (self.form_area, self.review_area, self.done, self.refused):
            self.stack.addWidget(w)
        outer.addWidget(self.stack, 1)
        bar = QtWidgets.QHBoxLayout()
        self.cancel = button("", name="OpinionCancel")
        self.cancel.clicked.connect(self.shell.back)
        self.edit = button("", name="OpinionEdit")
        self.edit.clicked.connect(self.back_to_form)
        self.next = button("", primary=True, name="OpinionNext")
        self.next.clicked.connect(self.open_review)
        self.submit_button = button("", primary=True, name="OpinionSubmit")
        self.submit_button.clicked.connect(self.submit)
        self.home_button = button("", primary=True, name="OpinionHome")
        self.home_button.clicked.connect(self.shell.go_home)
        self.back_button = button("", primary=True, name="OpinionBack")
        self.back_button.clicked.connect(self.shell.back)
        for w in (self.cancel, self.edit):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.next, self.submit_button, self.home_button, self.back_button):
            bar.addWidget(w)
        outer.addLayout(bar)
        self.bar = bar
        self._show(FORM)
        self.apply_theme(self.theme)
        self.retranslate()

    # -- hooks ------------------------------------------------------------------------

    def page_title(self) -> str:
        return self.tr("征求意见") if self.target else self.tr("意见建议")

    def enter(self, consultation: str = "", **_params) -> None:
        step = self.stack.currentIndex()
        if consultation != self.target or step in (DONE, REFUSED):
            self.start(consultation)

    def start(self, consultation: str = "") -> None:
        """A fresh form for the consultation with this id, or for a suggestion ("")."""
        self._forget()
        self.target = consultation
        self.consultation = None
        self.fields.set_mode(suggestion=not consultation)
        if self.ctx.intake is None:
            self._refuse(self.tr("本机暂时不能提交意见"),
                         self.tr("请拨打12345市民服务热线，或登录政府门户网站提出意见建议。"))
            return
        if consultation:
            rec = self.ctx.store.get("consultation", consultation)
            if rec is None:
                self._refuse(self.tr("找不到这项意见征集"), self.tr("它可能已经下架，请返回列表重新选择。"))
                return
            self.consultation = rec
            try:
                consultation_gate(rec, self.ctx.today())
            except FieldError as exc:
                self._refuse(self.tr("现在不能对此提出意见"), exc.message(self.shell.translations.language))
                return
        self._show(FORM)

    def reset(self) -> None:
        self._forget()
        self.target = None
        self.consultation = None
        self.done.show_code("", "", "", "", "")
        self._show(FORM)

    def step_back(self) -> bool:
        """返回 on the review goes back to the form (as 返回修改); elsewhere it leaves the page."""
        if self.stack.currentIndex() != REVIEW:
            return False
        self.back_to_form()
        return True

    # -- the flow ---------------------------------------------------------------------

    def open_review(self) -> None:
        """Check the form; on success show everything that will be sent, with a new key."""
        values = self.fields.values()
        try:
            if self.consultation is not None:
                item = OpinionForm(self.consultation, **values).validate(today=self.ctx.today())
            else:
                item = SuggestionForm(**values).validate()
        except FormInvalid as exc:
            errors = exc.by_field()
            if "consultation" in errors:          # it closed while the form was open
                self._refuse(self.tr("现在不能对此提出意见"),
                             errors["consultation"].message(self.shell.translations.language))
                return
            first = self.fields.show_errors(errors)
            if first is not None:
                self.form_area.ensureWidgetVisible(first, 20, 40)
            return
        self.fields.show_errors({})
        self.item = item
        self.key = self.ctx.intake.new_key()
        self.review.show_rows(self._review_rows(item))
        self._show(REVIEW)

    def _review_rows(self, item) -> list[tuple[str, str, str]]:
        rows = []
        if self.consultation is not None:
            rows.append(("consultation", self.tr("征求意见"), self.consultation.get("title", "")))
        elif item.topic:
            rows.append(("topic", self.tr("主题"), item.topic))
        rows.append(("text", self.tr("意见内容"), item.text))
        anonymous = not (item.name or item.contact)
        rows.append(("name", self.tr("姓名"), item.name or (self.tr("匿名提交") if anonymous else self.tr("未填写"))))
        if item.contact:
            rows.append(("contact", self.tr("联系方式"), item.contact))
        return rows

    def back_to_form(self) -> None:
        self.item = None
        self.key = None                 # the text may change: the next review is a new submission
        self._show(FORM)

    def submit(self) -> None:
        """Store what was reviewed (once per key), wipe the form and show the tracking code."""
        if self.stack.currentIndex() != REVIEW or self.item is None or self.key is None:
            return                      # a second tap after the first was taken
        try:
            sub = self.ctx.intake.submit_opinion(self.key, self.item)
        except (OutboxError, sqlite3.Error, OSError) as exc:
            log.error("opinion not stored: %s", exc)
            self.review.set_error(self.tr("暂时无法保存，请稍后再试，或联系大厅工作人员。"))
            return
        log.info("%s stored (%s)", sub.kind, "new" if sub.created else "repeated tap")
        if sub.created:
            count_submission(self.ctx.usage, sub.kind)
        self.submitted = sub
        self.item = None
        self.fields.clear()
        self.review.show_rows([])
        self._render_done()
        self._show(DONE)

    # -- helpers ------------------------------------------------------------------------

    def _forget(self) -> None:
        self.key = None
        self.item = None
        self.submitted = None
        self.fields.clear()
        self.review.show_rows([])
        self.form_area.verticalScrollBar().setValue(0)

    def _refuse(self, title: str, text: str) -> None:
        self.refused.show_text(title, text)
        self._show(REFUSED)

    def _render_done(self) -> None:
        if self.submitted is None:
            return
        if self.consultation is not None:
            issuer = self.consultation.get("issuer") or self.tr("起草部门")
            thanks = self.tr("感谢您提出意见，我们会转交{0}研究。").format(issuer)
        else:
            thanks = self.tr("感谢您的意见建议，我们会转交有关部门研究。")
        self.done.show_code(self.tr("提交成功"), thanks, self.tr("查询码"), format_code(self.submitted.tracking_code),
                            self.tr("请记下查询码（也可以拍照），在首页“申请查询”中输入即可查看处理情况。"))

    def _show(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        self.cancel.setVisible(step == FORM)
        self.next.setVisible(step == FORM)
        self.edit.setVisible(step == REVIEW)
        self.submit_button.setVisible(step == REVIEW)
        self.home_button.setVisible(step == DONE)
        self.back_button.setVisible(step == REFUSED)
        self.heading.setVisible(step in (FORM, REVIEW))
        self.subheading.setVisible(step in (FORM, REVIEW) and bool(self.subheading.text()))
        if step != FORM:
            QtWidgets.QApplication.inputMethod().hide()
        self._update_heading()

    def _update_heading(self) -> None:
        c = self.consultation
        if c is not None:
            self.heading.setText(c.get("title", ""))
            span = self.tr("征集时间：{0} 至 {1}").format(_cn_date(c["start_date"]), _cn_date(c["end_date"]))
            self.subheading.setText(" · ".join(x for x in (c.get("issuer", ""), span) if x))
        else:
            self.heading.setText(self.tr("意见建议"))
            self.subheading.setText(self.tr("对政务公开、办事服务和本机使用有什么意见建议，请告诉我们。"))
        step = self.stack.currentIndex()
        self.subheading.setVisible(step in (FORM, REVIEW))
        if step == REVIEW:
            self.review.heading.setText(self.tr("请核对您要提交的内容"))
            self.review.intro.setText(self.tr("确认无误后点击“确认提交”；需要修改的，点击“返回修改”。"))

    def retranslate(self) -> None:
        self.fields.set_language(self.shell.translations.language)
        if self.stack.currentIndex() == REFUSED and self.target is not None:
            self.start(self.target)             # the reason again, in the new language
        self.cancel.setText(self.tr("取消"))
        self.edit.setText(self.tr("返回修改"))
        self.next.setText(self.tr("下一步：核对内容"))
        self.submit_button.setText(self.tr("确认提交"))
        self.home_button.setText(self.tr("返回首页"))
        self.back_button.setText(self.tr("返回"))
        self.fields.retranslate()
        self.review.heading.setText(self.tr("请核对您要提交的内容"))
        self.review.intro.setText(self.tr("确认无误后点击“确认提交”；需要修改的，点击“返回修改”。"))
        self._update_heading()
        if self.stack.currentIndex() == REVIEW and self.item is not None:
            self.review.show_rows(self._review_rows(self.item))
        self._render_done()

    def apply_theme(self, theme) -> None:
        super().apply_theme(theme)
        margins(self.outer, theme, self.portrait)
        self.outer.setSpacing(theme.px(16))
        self.bar.setSpacing(theme.px(20))
        self.fields.apply_theme(theme, self.portrait)
        self.review.apply_theme(theme)
        self.done.apply_theme(theme)
        self.refused.apply_theme(theme)
        for b in (self.next, self.submit_button, self.home_button, self.back_button, self.cancel, self.edit):
            b.setMinimumHeight(theme.px(88))
        self.submit_button.setIcon(icons.icon("chevron", theme.palette.accent_text, theme.px(64)))
        self.submit_button.setIconSize(QtCore.QSize(theme.px(28), theme.px(28)))

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        margins(self.outer, self.theme, portrait)
        self.fields.apply_theme(self.theme, portrait)

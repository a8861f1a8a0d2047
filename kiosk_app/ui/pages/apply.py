"""依申请公开: what an application for government information is, and the way into the on-site form.

The form (page ``apply-form``) and the status lookup (page ``status``) need
the kiosk's intake desk (``ctx.intake``); a kiosk whose intake could not be
opened explains the procedure and where else to apply.
"""

from __future__ import annotations

from kiosk_app.ui.pages.base import Page, margins
from kiosk_app.ui.qt import QtCore, QtWidgets, Qt
from kiosk_app.ui.widgets import icons
from kiosk_app.ui.widgets.controls import button, card, label, paragraph_html, scroll_area


class ApplyPage(Page):
    name = "apply"

    def __init__(self, ctx, shell):
        super().__init__(ctx, shell)
        self.query = ""
        outer = QtWidgets.QVBoxLayout(self)
        self.outer = outer
        holder = QtWidgets.QWidget()
        lay = QtWidgets.QVBoxLayout(holder)
        lay.setContentsMargins(0, 0, 0, 0)
        self.lay = lay
        self.heading = label("", role="title")
        self.what = label("")
        self.what.setTextFormat(Qt.TextFormat.RichText)
        self.need_card, need = card()
        self.need_title = label("", role="section")
        self.need = label("")
        self.need.setTextFormat(Qt.TextFormat.RichText)
        need.addWidget(self.need_title)
        need.addWidget(self.need)
        self.time_card, tl = card()
        self.time_title = label("", role="section")
        self.time = label("")
        self.time.setTextFormat(Qt.TextFormat.RichText)
        tl.addWidget(self.time_title)
        tl.addWidget(self.time)
        self.query_note = label("", role="muted", name="ApplyQuery")
        self.start = button("", primary=True, name="StartApplication")
        self.start.clicked.connect(self.start_application)
        self.status = button("", name="ApplicationStatus")
        self.status.clicked.connect(lambda: self.shell.open("status"))
        self.unavailable = label("", role="muted", name="ApplyUnavailable")
        for w in (self.heading, self.what, self.need_card, self.time_card, self.query_note):
            lay.addWidget(w)
        actions = QtWidgets.QHBoxLayout()
        actions.addWidget(self.start)
        actions.addWidget(self.status)
        actions.addStretch(1)
        self.actions = actions
        lay.addLayout(actions)
        lay.addWidget(self.unavailable)
        lay.addStretch(1)
        self.area = scroll_area(holder)
        outer.addWidget(self.area)
        self.apply_theme(self.theme)
        self.retranslate()

    def page_title(self) -> str:
        return self.tr("依申请公开")

    def enter(self, query: str = "", **_params) -> None:
        self.query = query
        self.retranslate()

    def start_application(self) -> None:
        if self.ctx.intake is None:
            return
        self.ctx.usage.application_started()
        self.shell.open("apply-form", query=self.query)

    def reset(self) -> None:
        self.query = ""
        self.area.verticalScrollBar().setValue(0)
        self.retranslate()

    def retranslate(self) -> None:
        lh = self.theme.line_height
        self.heading.setText(self.tr("申请获取政府信息（依申请公开）"))
        self.what.setText(paragraph_html(self.tr(
            "没有主动公开、您又需要的政府信息，可以向制作或保存该信息的行政机关提出申请。"
            "依据《中华人民共和国政府信息公开条例》第二十七条至第三十三条办理，申请不收取费用。"), lh))
        self.need_title.setText(self.tr("申请时需要提供"))
        self.need.setText(paragraph_html(self.tr(
            "1. 申请人的姓名或者名称、身份证明、联系方式；\n"
            "2. 申请公开的政府信息的名称、文号或者便于查询的其他特征性描述；\n"
            "3. 获取信息的方式：纸质或电子，自行领取、邮寄或电子邮件。"), lh))
        self.time_title.setText(self.tr("多久答复"))
        self.time.setText(paragraph_html(self.tr(
            "行政机关收到申请之日起 20 个工作日内答复；需要延长的，经批准可以延长，最长不超过 20 个工作日，"
            "并会告知您。申请内容不明确的，会一次性告知需要补正的事项。"), lh))
        self.query_note.setText(self.tr("您刚才查找的是：“{0}”，可以在申请中写明。").format(self.query)
                                if self.query else "")
        self.query_note.setVisible(bool(self.query))
        available = self.ctx.intake is not None
        self.start.setText(self.tr("开始填写申请"))
        self.start.setVisible(available)
        self.status.setText(self.tr("查询办理进度"))
        self.status.setVisible(available)
        self.unavailable.setText(self.tr("本机暂不受理现场申请，请到政务公开窗口或登录政府门户网站提交申请。"))
        self.unavailable.setVisible(not available)

    def apply_theme(self, theme) -> None:
        super().apply_theme(theme)
        margins(self.outer, theme, self.portrait)
        self.lay.setSpacing(theme.px(20))
        self.start.setIcon(icons.icon("apply", theme.palette.accent_text, theme.px(64)))
        self.start.setIconSize(QtCore.QSize(theme.px(32), theme.px(32)))
        self.start.setMinimumHeight(theme.px(96))
        self.status.setMinimumHeight(theme.px(96))
        self.actions.setSpacing(theme.px(24))
        self.retranslate()

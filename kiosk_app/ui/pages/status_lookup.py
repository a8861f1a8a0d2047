"""申请查询: type the tracking code from a receipt or confirmation, see where the submission stands.

What is shown comes from the intake (:meth:`KioskIntake.lookup` →
:class:`~kiosk_app.core.intake.status.StatusView`): kind, time of receipt,
current status, the reply date (预计 when estimated), the office's history.
Nothing personal is stored for a lookup, so nothing personal is shown. A code
with a typo gets the intake's message (the check character catches it); an
unknown code says that only submissions made at this kiosk can be looked up
here; repeated unknown codes pause the lookup for a while.

The intake's view is Chinese; in another language the page words it from
the view's raw values: names through the ``IntakeStatus`` tables, dates as
the language writes them (:func:`screen_date`), the office's notes as
written. A language switch while a result is shown renders it again.

Parameters: ``code`` fills the field and looks it up at once.
"""

from __future__ import annotations

import logging
import math
import sqlite3

from kiosk_app.core.intake.labels import STATUS_CONTEXT
from kiosk_app.core.intake.service import LookupRefused
from kiosk_app.core.intake.status import StatusView
from kiosk_app.core.intake.text import FieldError
from kiosk_app.ui.i18n import screen_date, screen_time
from kiosk_app.ui.pages.base import Page, margins
from kiosk_app.ui.qt import QtCore, QtGui, QtWidgets, Qt, translate
from kiosk_app.ui.widgets import icons
from kiosk_app.ui.widgets.controls import button, card, clear_layout, label, scroll_area

log = logging.getLogger(__name__)

CODE_CHARS = 20      # 12 characters, with room for the hyphens and spaces people type


class StatusPage(Page):
    name = "status"

    def __init__(self, ctx, shell):
        super().__init__(ctx, shell)
        self.view = None
        outer = QtWidgets.QVBoxLayout(self)
        self.outer = outer
        self.intro = label("", name="StatusIntro")
        outer.addWidget(self.intro)
        bar = QtWidgets.QHBoxLayout()
        self.field = QtWidgets.QLineEdit()
        self.field.setObjectName("StatusCode")
        self.field.setMaxLength(CODE_CHARS)
        self.field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        hints = Qt.InputMethodHint
        self.field.setInputMethodHints(hints.ImhPreferUppercase | hints.ImhNoPredictiveText
                                       | hints.ImhLatinOnly | hints.ImhSensitiveData)
        # Letters, digits, hyphens and spaces; lookalikes (0, O, 1, I, L) are let through so
        # the intake can say that codes never use them.
        self.field.setValidator(QtGui.QRegularExpressionValidator(
            QtCore.QRegularExpression(r"[A-Za-z0-9\- ]*"), self.field))
        self.field.textEdited.connect(self._upper)
        self.field.returnPressed.connect(self.look_up)
        self.go = button("", primary=True, name="StatusLookup")
        self.go.clicked.connect(self.look_up)
        self.clear_button = button("", name="StatusClear")
        self.clear_button.clicked.connect(self.clear)
        bar.addWidget(self.field, 1)
        bar.addWidget(self.clear_button)
        bar.addWidget(self.go)
        outer.addLayout(bar)
        self.bar = bar
        self.error = label("", name="StatusError")
        self._error: FieldError | None = None     # the core's message shown, kept for a language switch
        self.error.hide()
        outer.addWidget(self.error)
        holder = QtWidgets.QWidget()
        self.body = QtWidgets.QVBoxLayout(holder)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.result, rl = card()
        self.result.setObjectName("StatusResult")
        self.result_title = label("", role="section")
        self.grid = QtWidgets.QGridLayout()
        self.message = label("", name="StatusMessage")
        self.history_title = label("", role="section")
        self.history = QtWidgets.QGridLayout()
        for item in (self.result_title, self.grid, self.message, self.history_title, self.history):
            (rl.addLayout if isinstance(item, QtWidgets.QLayout) else rl.addWidget)(item)
        self.rl = rl
        self.not_found, nl = card()
        self.not_found.setObjectName("StatusNotFound")
        self.not_found_title = label("", role="section", name="NotFoundTitle")
        self.not_found_text = label("", name="NotFoundText")
        nl.addWidget(self.not_found_title)
        nl.addWidget(self.not_found_text)
        self.nl = nl
        self.help = label("", role="muted", name="StatusHelp")
        for w in (self.result, self.not_found, self.help):
            self.body.addWidget(w)
        self.body.addStretch(1)
        self.area = scroll_area(holder)
        outer.addWidget(self.area, 1)
        self.values: dict[str, QtWidgets.QLabel] = {}
        self._show_result(None, found=True)
        self.apply_theme(self.theme)
        self.retranslate()

    # -- hooks ------------------------------------------------------------------------

    def page_title(self) -> str:
        return self.tr("申请查询")

    def enter(self, code: str = "", **_params) -> None:
        if code:
            self.field.setText(code.upper())
            self.look_up()

    def reset(self) -> None:
        self.clear()

    def clear(self) -> None:
        self.field.clear()
        self._set_error("")
        self._show_result(None, found=True)
        self.area.verticalScrollBar().setValue(0)

    # -- looking up -------------------------------------------------------------------

    def look_up(self) -> None:
        """Ask the intake for the typed code and show the answer."""
        intake = self.ctx.intake
        self._show_result(None, found=True)
        if intake is None:
            self._set_error(self.tr("本机暂时不能查询，请拨打受理机关电话或登录政府门户网站查询。"))
            return
        text = self.field.text()
        try:
            view = intake.lookup(text)
        except FieldError as exc:
            self._set_error(exc)
            return
        except LookupRefused as exc:
            minutes = max(1, math.ceil(exc.wait_s / 60))
            self._set_error(self.tr("查询失败次数较多，请 {0} 分钟后再试。").format(minutes))
            return
        except (sqlite3.Error, OSError) as exc:
            log.error("status lookup failed: %s", exc)
            self._set_error(self.tr("暂时无法查询，请稍后再试，或联系大厅工作人员。"))
            return
        QtWidgets.QApplication.inputMethod().hide()
        self._set_error("")
        if view is not None:
            self.field.setText(view.code)         # in groups, as on the receipt
        self._show_result(view, found=view is not None)

    def _upper(self, text: str) -> None:
        if text != text.upper():
            pos = self.field.cursorPosition()
            self.field.setText(text.upper())
            self.field.setCursorPosition(pos)

    def _set_error(self, error: FieldError | str) -> None:
        """Show a message under the field; the core's FieldError in the interface language (kept for a switch)."""
        self._error = error if isinstance(error, FieldError) else None
        text = error.message(self.shell.translations.language) if isinstance(error, FieldError) else error
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _show_result(self, view, *, found: bool) -> None:
        self.view = view
        self.result.setVisible(view is not None)
        self.not_found.setVisible(not found)
        self.help.setVisible(view is None and found)
        clear_layout(self.grid)
        clear_layout(self.history)
        self.values = {}
        if view is None:
            self._fill_not_found()
            return
        language = self.shell.translations.language
        received = view.received if view.received_at is None else screen_time(view.received_at, language)
        rows = [("code", self.tr("查询码"), view.code),
                ("kind", self.tr("类型"), translate(STATUS_CONTEXT, view.kind)),
                ("received", self.tr("提交时间"), received),
                ("current", self.tr("当前状态"), translate(STATUS_CONTEXT, view.current))]
        if view.due is not None:
            rows.append(("due", self.tr("答复期限"), self._due_text(view, language)))
        for i, (key, caption, value) in enumerate(rows):
            k = label(caption, role="muted", wrap=False)
            v = label(value, name=f"Status_{key}")
            if key == "current":
                v.setStyleSheet(f"font-weight: bold; color: {self.theme.palette.accent};")
            self.grid.addWidget(k, i, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(v, i, 1)
            self.values[key] = v
        self.grid.setColumnStretch(1, 1)
        self.message.setText(translate(STATUS_CONTEXT, view.message) if view.message else "")
        self.message.setVisible(bool(view.message))
        for i, event in enumerate(view.events):
            when = screen_time(event.at, language)
            self.history.addWidget(label(when, role="muted", wrap=False), i, 0, Qt.AlignmentFlag.AlignTop)
            status = translate(STATUS_CONTEXT, event.label)
            text = self.tr("{0}：{1}").format(status, event.note) if event.note else status
            self.history.addWidget(label(text, name=f"History_{i}"), i, 1)
        self.history.setColumnStretch(1, 1)

    def _due_text(self, view: StatusView, language: str) -> str:
        """The reply deadline as a sentence in the interface language (the intake's due_text in Chinese)."""
        day = screen_date(view.due, language)
        if view.due_provisional:
            return self.tr("预计{0}前（含当日）答复（节假日安排公布后以受理机关通知为准）").format(day)
        return self.tr("{0}前（含当日）答复").format(day)

    def _fill_not_found(self) -> None:
        self.not_found_title.setText(self.tr("没有找到这个查询码"))
        text = self.tr("本机只能查询在本终端提交的申请、意见和建议。在其他终端、窗口或网上提交的，"
                       "请拨打受理机关电话或登录政府门户网站查询。")
        phone = getattr(getattr(self.ctx.intake, "config", None), "phone", "")
        if phone:
            text += self.tr("咨询电话：{0}").format(phone)
        self.not_found_text.setText(text)

    # -- look -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.intro.setText(self.tr("请输入回执或提交成功页面上的查询码（12位字母和数字，短横线可不输入）。"))
        self.field.setPlaceholderText(self.tr("例如 K7M9-QXR4-TPWB"))
        self.go.setText(self.tr("查询"))
        self.clear_button.setText(self.tr("清空"))
        self.result_title.setText(self.tr("办理情况"))
        self.history_title.setText(self.tr("办理记录"))
        self.help.setText(self.tr("查询码中没有数字0、1和字母O、I、L。"
                                  "只显示办理进度，不显示您填写的个人信息。"))
        if self._error is not None:
            self._set_error(self._error)
        if self.view is not None:
            self._show_result(self.view, found=True)
        elif self.not_found.isVisibleTo(self):
            self._fill_not_found()

    def apply_theme(self, theme) -> None:
        super().apply_theme(theme)
        margins(self.outer, theme, self.portrait)
        self.outer.setSpacing(theme.px(18))
        self.bar.setSpacing(theme.px(16))
        self.body.setSpacing(theme.px(18))
        for lay in (self.rl, self.nl):
            m = theme.px(28)
            lay.setContentsMargins(m, m, m, m)
            lay.setSpacing(theme.px(14))
        self.grid.setHorizontalSpacing(theme.px(28))
        self.grid.setVerticalSpacing(theme.px(12))
        self.history.setHorizontalSpacing(theme.px(28))
        self.history.setVerticalSpacing(theme.px(10))
        self.field.setMinimumHeight(theme.px(88))
        self.field.setStyleSheet(f"QLineEdit#StatusCode {{ font-size: {theme.px(40)}px; "
                                 f"letter-spacing: {theme.px(3)}px; }}")
        for b in (self.go, self.clear_button):
            b.setMinimumHeight(theme.px(88))
        self.go.setIcon(icons.icon("search", theme.palette.accent_text, theme.px(64)))
        self.go.setIconSize(QtCore.QSize(theme.px(32), theme.px(32)))
        self.error.setStyleSheet(f"color: {theme.palette.danger}; font-weight: bold;")
        if self.view is not None:
            self._show_result(self.view, found=True)

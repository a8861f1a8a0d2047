"""The last two screens of the application: check what will be sent, then the receipt.

The review shows the checked application as the intake core summarises it
(the identity number masked), grouped with a 修改 button per group that goes
back to that step. The done screen shows what the receipt says — the tracking
code large, the time of receipt, the reply date and the QR code to follow the
application — and whether the paper receipt printed; when it did not, this
screen is the receipt. Its dates are written the interface language's way
(the paper receipt stays Chinese).
"""

from __future__ import annotations

from kiosk_app.core.intake.form import ReviewRow
from kiosk_app.core.intake.labels import CONTEXT, REVIEW_LABELS
from kiosk_app.core.intake.tracking import format_code, spoken
from kiosk_app.ui.pages.apply_steps import Step
from kiosk_app.ui.pages.apply_submit import SubmitOutcome
from kiosk_app.ui.i18n import screen_date, screen_time
from kiosk_app.ui.qt import QtWidgets, Qt, Signal, translate
from kiosk_app.ui.theme import Theme
from kiosk_app.ui.widgets.controls import button, card, clear_layout, label
from kiosk_app.ui.widgets.qr import QrCode

# Rows of Application.review_rows() (by their Chinese labels), grouped by the step that asks for them.
SECTIONS = tuple((step, tuple(REVIEW_LABELS[f] for f in fields)) for step, fields in (
    ("applicant", ("applicant_type", "name", "id_type", "id_number", "org_name", "org_code", "contact_name")),
    ("request", ("info_title", "info_doc_number", "info_description", "office")),
    ("delivery", ("delivery",)),
    ("contact", ("phone", "email", "address", "postcode")),
))


class ReviewStep(Step):
    """Every answer once more, the ID number masked; 修改 jumps back to a step."""

    key = "review"
    edit = Signal(str)     # step key

    def __init__(self):
        super().__init__()
        self.assisted = label("", name="ReviewAssisted")
        self.assisted.hide()
        self.lay.addWidget(self.assisted)
        self.sections = QtWidgets.QVBoxLayout()
        self.lay.addLayout(self.sections)
        self.problem = label("", name="ReviewProblem")
        self.problem.hide()
        self.lay.addWidget(self.problem)
        self.values: dict[str, str] = {}
        self.edit_buttons: dict[str, QtWidgets.QPushButton] = {}
        self._shown: tuple[list, str] | None = None
        self.finish()

    def title(self) -> str:
        return self.tr("核对申请内容")

    def show_application(self, rows: list[ReviewRow], staff_id: str = "") -> None:
        """Lay out the review rows in their groups, in the interface language.

        Labels and choice names come from the core in Chinese and are translated
        here; what the visitor typed is shown as typed. ``values`` maps each
        Chinese label to the value shown.
        """
        clear_layout(self.sections)
        self._shown = (list(rows), staff_id)
        zh = self.language.startswith("zh")
        shown = {row.label: ("·" if zh else " · ").join(translate(CONTEXT, n) for n in row.names) if row.names
                 else row.value for row in rows}
        self.values = shown
        self.edit_buttons = {}
        t = self.theme
        titles = {"applicant": self.tr("申请人"), "request": self.tr("所需信息"),
                  "delivery": self.tr("获取方式"), "contact": self.tr("联系方式")}
        for step, labels in SECTIONS:
            items = [(k, v) for k, v in shown.items() if k in labels]
            if not items:
                continue
            frame, lay = card(margins=t.px(24), spacing=t.px(10))
            top = QtWidgets.QHBoxLayout()
            top.addWidget(label(titles[step], role="section"), 1)
            edit = button(self.tr("修改"), name=f"Edit_{step}")
            edit.setMinimumHeight(t.target)
            edit.clicked.connect(lambda _=False, s=step: self.edit.emit(s))
            self.edit_buttons[step] = edit
            top.addWidget(edit)
            lay.addLayout(top)
            grid = QtWidgets.QGridLayout()
            grid.setHorizontalSpacing(t.px(24))
            grid.setVerticalSpacing(t.px(10))
            for i, (k, v) in enumerate(items):
                key = label(translate(CONTEXT, k), role="muted", wrap=False)
                value = label(v, name=f"Review_{k}")
                grid.addWidget(key, i, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(value, i, 1)
            grid.setColumnStretch(1, 1)
            lay.addLayout(grid)
            self.sections.addWidget(frame)
        self.assisted.setText(self.tr("代为填写：本申请由工作人员 {0} 代为填写").format(staff_id) if staff_id else "")
        self.assisted.setVisible(bool(staff_id))
        self.set_problem("")

    def set_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        clear_layout(self.sections)
        self._shown = None
        self.values = {}
        self.edit_buttons = {}
        self.assisted.hide()
        self.set_problem("")

    def retranslate(self) -> None:
        self.intro.setText(self.tr("请核对以下内容。确认无误后点“提交申请”，提交后不能再修改。"))
        self._rerender()

    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        p = theme.palette
        self.sections.setSpacing(theme.px(20))
        self.assisted.setStyleSheet(f"font-weight: bold; color: {p.accent}; border: {max(2, theme.border)}px "
                                    f"solid {p.accent}; border-radius: {theme.px(10)}px; "
                                    f"padding: {theme.px(12)}px {theme.px(18)}px;")
        self.problem.setStyleSheet(f"color: {p.danger}; font-weight: bold;")
        self._rerender()

    def _rerender(self) -> None:
        """Build the cards again in the current mode and language (they are made when shown)."""
        if self._shown is not None:
            problem = self.problem.text()
            self.show_application(*self._shown)
            self.set_problem(problem)


class DoneStep(Step):
    """The receipt on screen: the tracking code, the dates, the QR code, and how printing went."""

    key = "done"
    reprint = Signal()
    finished = Signal()

    def __init__(self):
        super().__init__()
        self.outcome: SubmitOutcome | None = None
        self.heading = label("", role="title", name="DoneHeading")
        self.code_caption = label("", role="muted")
        self.code = label("", wrap=False, name="TrackingCode")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.dates = label("", name="DoneDates")
        self.howto = label("", role="muted", name="DoneHowto")
        self.status = label("", name="ReceiptStatus")
        self.qr = QrCode(side=300)
        self.qr.setObjectName("DoneQr")
        self.qr_caption = label("", role="muted")
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        info = QtWidgets.QVBoxLayout()
        for w in (self.heading, self.code_caption, self.code, self.dates, self.status, self.howto):
            info.addWidget(w)
        self.info = info
        qr_box = QtWidgets.QVBoxLayout()
        qr_box.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        qr_box.addWidget(self.qr_caption)
        qr_box.addStretch(1)
        self.top = QtWidgets.QBoxLayout(QtWidgets.QBoxLayout.Direction.LeftToRight)
        self.top.addLayout(info, 1)
        self.top.addLayout(qr_box)
        self.lay.addLayout(self.top)
        buttons = QtWidgets.QHBoxLayout()
        self.reprint_button = button("", name="ReprintReceipt")
        self.reprint_button.clicked.connect(self.reprint)
        self.finish_button = button("", primary=True, name="FinishApplication")
        self.finish_button.clicked.connect(self.finished)
        buttons.addWidget(self.finish_button)
        buttons.addWidget(self.reprint_button)
        buttons.addStretch(1)
        self.buttons = buttons
        self.lay.addLayout(buttons)
        self.intro.hide()
        self.finish()

    def title(self) -> str:
        return self.tr("申请已提交")

    def show_outcome(self, outcome: SubmitOutcome | None) -> None:
        self.outcome = outcome
        self.retranslate()

    def tracking_text(self) -> str:
        return self.code.text()

    def clear(self) -> None:
        super().clear()
        self.outcome = None
        self.retranslate()

    def retranslate(self) -> None:
        o = self.outcome
        self.finish_button.setText(self.tr("完成，返回首页"))
        self.reprint_button.setText(self.tr("重新打印回执"))
        self.code_caption.setText(self.tr("查询码（请妥善保管，查询办理进度时使用）"))
        self.qr_caption.setText(self.tr("扫码查询办理进度"))
        if o is None or o.submission is None:
            for w in (self.heading, self.code, self.dates, self.status, self.howto):
                w.setText("")
            self.qr.set_url("")
            self.qr_caption.hide()
            self.reprint_button.hide()
            return
        r = o.receipt
        self.heading.setText(self.tr("您的申请已提交，受理机关将依法答复"))
        self.code.setText(r.tracking_code if r is not None else format_code(o.submission.tracking_code))
        self.code.setAccessibleDescription(spoken(o.submission.tracking_code))
        received = screen_time(r.received_at if r is not None else o.submission.received_at, self.language)
        if r is not None:
            self.dates.setText(self.tr("受理时间：{0}\n答复期限：{1}前（自受理之日起20个工作日）").format(
                received, screen_date(r.reply_due, self.language)))
        else:
            self.dates.setText(self.tr("受理时间：{0}\n答复期限以受理机关的通知为准。").format(received))
        self.howto.setText(self.tr("可在本机“依申请公开”中点“查询办理进度”，输入查询码查看办理情况。"))
        self.qr.set_url(r.status_url if r is not None else "")
        self.qr_caption.setVisible(self.qr.has_code())
        if o.printed == "ok":
            self.status.setText(self.tr("回执已打印，请在出纸口取走并妥善保管。"))
        elif r is None:
            self.status.setText(self.tr("您的申请已保存，但回执暂时无法生成。请记下上面的查询码，或请大厅工作人员协助。"))
        else:
            self.status.setText(self.tr("打印机暂时无法打印回执。您的申请已经保存，不受影响；"
                                        "请记下或拍下本页的查询码，也可以请大厅工作人员补打回执。"))
        self._style_status(o.printed == "ok")
        self.reprint_button.setVisible(r is not None and o.printed != "ok")

    def _style_status(self, ok: bool) -> None:
        p = self.theme.palette
        color = p.ok if ok else p.warn
        self.status.setStyleSheet(f"font-weight: bold; color: {color}; border: {max(2, self.theme.border)}px solid "
                                  f"{color}; border-radius: {self.theme.px(10)}px; "
                                  f"padding: {self.theme.px(12)}px {self.theme.px(18)}px;")

    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        self.column.setMaximumWidth(theme.px(1500))
        self.info.setSpacing(theme.px(14))
        self.top.setSpacing(theme.px(40))
        self.code.setStyleSheet(f"font-size: {theme.px(72)}px; font-weight: bold; color: {theme.palette.accent};"
                                f" letter-spacing: {theme.px(4)}px;")
        self.dates.setStyleSheet(f"font-size: {theme.px(30)}px;")
        self.qr.set_side(theme.px(300))
        self.buttons.setSpacing(theme.px(24))
        for b in (self.reprint_button, self.finish_button):
            b.setMinimumHeight(theme.px(88))
        if self.outcome is not None:
            self._style_status(self.outcome.printed == "ok")

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        self.top.setDirection(QtWidgets.QBoxLayout.Direction.TopToBottom if portrait
                              else QtWidgets.QBoxLayout.Direction.LeftToRight)


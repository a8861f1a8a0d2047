"""The on-site application form (依申请公开), step by step, ending with a receipt.

One request per form. The steps: who applies (公民 / 法人或者其他组织), the
applicant's identity, the information sought (with published documents that
may already answer it), how to receive it, contact details, the
personal-information notice, a review with the ID number masked, and the
receipt. The page holds an :class:`~kiosk_app.core.intake.form.ApplicationForm`
that every keystroke updates, so going back a step, opening a published
document and coming back, or switching elder mode loses nothing; "next"
shows the core's message beside every wrong field of the step and goes no
further. Ending the visit (idle, 完成) wipes every field.

Submitting: the idempotency key is made when the review opens, the outbox
commit happens before any receipt prints (:mod:`.apply_submit`), and a double
tap stores one record.
"""

from __future__ import annotations

import logging

from kiosk_app.core.intake.consent import APPLICATION_NOTICE
from kiosk_app.core.intake.form import ApplicationForm
from kiosk_app.ui.pages.apply_review import DoneStep, ReviewStep
from kiosk_app.ui.pages.apply_staff import StaffOverlay
from kiosk_app.ui.pages.apply_steps import (FIELD_STEP, INPUT_STEPS, STEPS, ApplicantStep, ConsentStep,
                                            ContactStep, DeliveryStep, RequestStep, Step, TypeStep)
from kiosk_app.ui.pages.apply_submit import SubmitOutcome, SubmitTask, count_submission
from kiosk_app.ui.pages.base import Page, margins
from kiosk_app.ui.qt import QtCore, QtGui, QtWidgets, Qt
from kiosk_app.ui.widgets.controls import button, label
from kiosk_app.ui.widgets.form_field import FieldBox, TextField

log = logging.getLogger(__name__)


class ApplyFormPage(Page):
    name = "apply-form"

    def __init__(self, ctx, shell):
        super().__init__(ctx, shell)
        self.form = ApplicationForm()
        self.key: str | None = None
        self.app = None
        self.outcome: SubmitOutcome | None = None
        self._task: SubmitTask | None = None
        self._finished_task: SubmitTask | None = None
        self._staff: StaffOverlay | None = None
        self._visit = 0            # bumped by wipe(): a task of an earlier visit reports to nobody
        self._task_visit = 0

        outer = QtWidgets.QVBoxLayout(self)
        self.outer = outer
        self.top_bar = QtWidgets.QWidget()
        top = QtWidgets.QHBoxLayout(self.top_bar)
        top.setContentsMargins(0, 0, 0, 0)
        self.step_title = label("", role="title", name="StepTitle")
        self.progress = label("", role="muted", wrap=False, name="StepProgress")
        top.addWidget(self.step_title, 1)
        top.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignBottom)
        outer.addWidget(self.top_bar)
        self.assisted_note = label("", name="AssistedNote")
        self.assisted_note.hide()
        outer.addWidget(self.assisted_note)

        self.steps: dict[str, Step] = {
            "type": TypeStep(), "applicant": ApplicantStep(), "request": RequestStep(ctx.runner),
            "delivery": DeliveryStep(), "contact": ContactStep(), "consent": ConsentStep(APPLICATION_NOTICE),
            "review": ReviewStep(), "done": DoneStep(),
        }
        self.stack = QtWidgets.QStackedWidget()
        for step in self.steps.values():
            self.stack.addWidget(step)
            for box in step.fields.values():
                box.changed.connect(self._changed)
                if isinstance(box, TextField) and not box.multiline:
                    box.editor.returnPressed.connect(lambda b=box, st=step: self._advance(st, b))
        outer.addWidget(self.stack, 1)
        self.steps["request"].deflection.opened.connect(self._open_published)
        self.steps["review"].edit.connect(self.go_to)
        self.steps["done"].reprint.connect(self.reprint)
        self.steps["done"].finished.connect(self.finish)

        self.nav = QtWidgets.QWidget()
        nav = QtWidgets.QHBoxLayout(self.nav)
        nav.setContentsMargins(0, 0, 0, 0)
        self.prev_button = button("", name="PrevStep")
        self.prev_button.clicked.connect(self.previous)
        # Not checkable: it shows the form's state, and switching on needs the PIN first.
        self.assisted = button("", row=True, name="AssistedToggle")
        self.assisted.clicked.connect(self._assisted_tapped)
        self.next_button = button("", primary=True, name="NextStep")
        self.next_button.clicked.connect(self.next)
        self.submit_button = button("", primary=True, name="SubmitApplication")
        self.submit_button.clicked.connect(self.submit)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.assisted)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        nav.addWidget(self.submit_button)
        self._nav = nav
        outer.addWidget(self.nav)

        self.current = "type"
        self._compact = False      # the keyboard is up in landscape: the step's heading makes room
        QtWidgets.QApplication.instance().focusChanged.connect(self._focus_changed)
        im = QtGui.QGuiApplication.inputMethod()
        im.visibleChanged.connect(self._keyboard_changed)
        im.keyboardRectangleChanged.connect(self._keyboard_changed)
        self.apply_theme(self.theme)
        self._show_step("type")

    # -- hooks ---------------------------------------------------------------------------------

    def page_title(self) -> str:
        return self.tr("依申请公开")

    def enter(self, query: str = "", **_params) -> None:
        if self.current == "done" and self._task is None:
            self.wipe()
        if query and not self.form.info_description and not self.form.info_title:
            self.steps["request"].info_description.set_text(query)
        if self.ctx.intake is None:
            self.shell.message.show_message(self.tr("本机暂不受理现场申请"),
                                            self.tr("请到政务公开窗口或登录政府门户网站提交申请。"))

    def step_back(self) -> bool:
        """返回 goes back one step of the form; only the first step (and the receipt) leave the page."""
        if self._task is not None:
            return True             # storing or printing: the busy layer is up, nothing to go back to
        if self.current in ("type", "done"):
            return False
        self.previous()
        return True

    def leave(self) -> None:
        QtGui.QGuiApplication.inputMethod().hide()

    def reset(self) -> None:
        self.wipe()

    def wipe(self) -> None:
        """Forget every answer, the key and the receipt (end of the visit, or 完成)."""
        self._visit += 1
        self.form = ApplicationForm()
        self.key = None
        self.app = None
        self.outcome = None
        for step in self.steps.values():
            step.clear()
        if self._staff is not None:
            self._staff.cancel()
        self._refresh_steps()
        self._show_step("type")

    def retranslate(self) -> None:
        self.prev_button.setText(self.tr("上一步"))
        self.next_button.setText(self.tr("下一步"))
        self.submit_button.setText(self.tr("提交申请"))
        language = self.shell.translations.language
        for step in self.steps.values():
            step.set_language(language)
            step.retranslate()
        self._update_top()
        if self._staff is not None:
            self._staff.retranslate()

    def apply_theme(self, theme) -> None:
        super().apply_theme(theme)
        self._margins()
        self.outer.setSpacing(theme.px(18))
        self._nav.setSpacing(theme.px(20))
        for b in (self.prev_button, self.next_button, self.submit_button):
            b.setMinimumHeight(theme.px(88))
            b.setMinimumWidth(theme.px(200))
        self.assisted.setMinimumHeight(theme.px(88))
        p = theme.palette
        self.assisted_note.setStyleSheet(f"color: {p.accent}; font-weight: bold;")
        for step in self.steps.values():
            step.apply_theme(theme)
        self.retranslate()

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        self._margins()
        for step in self.steps.values():
            step.set_portrait(portrait)
        self._keyboard_changed()

    # -- moving between steps ----------------------------------------------------------------------

    def step(self, key: str) -> Step:
        return self.steps[key]

    def _show_step(self, key: str) -> None:
        QtGui.QGuiApplication.inputMethod().hide()
        focus = QtWidgets.QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            focus.clearFocus()
        self.current = key
        step = self.steps[key]
        step.refresh(self.form)
        self.stack.setCurrentWidget(step)
        step.area.verticalScrollBar().setValue(0)
        self.prev_button.setVisible(key not in ("type", "done"))
        self.next_button.setVisible(key in INPUT_STEPS)
        self.submit_button.setVisible(key == "review")
        self.submit_button.setEnabled(True)
        self.assisted.setVisible(key != "done")
        self.nav.setVisible(key != "done")
        self._update_top()

    def _update_top(self) -> None:
        step = self.steps[self.current]
        self.step_title.setText(step.title())
        n = STEPS.index(self.current) + 1
        total = len(STEPS) - 1
        self.progress.setText(self.tr("第 {0} 步，共 {1} 步").format(n, total) if n <= total else "")
        assisted = self.form.assisted is True
        self.assisted.setText(("☑  " if assisted else "☐  ") + self.tr("工作人员代为填写"))
        self.assisted_note.setText(self.tr("代为填写：工作人员 {0}").format(self.form.staff_id) if assisted else "")
        self.assisted_note.setVisible(assisted and self.current != "done" and not self._compact)

    def next(self) -> None:
        """Check this step's fields; show every message, or go on to the next step."""
        if self.current not in INPUT_STEPS:
            return
        errors = self._errors(self.current)
        step = self.steps[self.current]
        first = step.show_errors(errors)
        if first is not None:
            self._reveal(first)
            first.focus()
            return
        following = STEPS[STEPS.index(self.current) + 1]
        if following == "review":
            self.open_review()
        else:
            self._show_step(following)

    def previous(self) -> None:
        index = STEPS.index(self.current)
        if 0 < index and self.current != "done":
            self._show_step(STEPS[index - 1])

    def go_to(self, key: str) -> None:
        """Back to an input step (修改 on the review page)."""
        if key in INPUT_STEPS:
            self._show_step(key)

    def open_review(self) -> None:
        """The whole form once more; a fresh idempotency key for the submission it may become."""
        errors = self.form.errors(today=self.ctx.today())
        if errors:
            for key in INPUT_STEPS:
                mine = [e for e in errors if FIELD_STEP.get(e.field) == key]
                if mine:
                    self._show_step(key)
                    self.steps[key].show_errors(mine)
                    return
        self.app = self.form.validate(today=self.ctx.today())
        self.key = self.ctx.intake.new_key() if self.ctx.intake is not None else None
        review: ReviewStep = self.steps["review"]
        review.show_application(self.app.review_rows(), self.app.staff_id if self.app.assisted else "")
        self._show_step("review")

    def _errors(self, key: str):
        return [e for e in self.form.errors(today=self.ctx.today()) if FIELD_STEP.get(e.field) == key]

    # -- typing ----------------------------------------------------------------------------------------

    def _changed(self, field: str, value) -> None:
        setattr(self.form, field, value)
        if field in ("applicant_type", "id_type", "method"):
            self._refresh_steps()
        step = self.steps[FIELD_STEP.get(field, self.current)]
        box = step.fields.get(field)
        # A message already shown follows the correction at once; a new one waits for 下一步.
        if box is not None and box.error_text():
            mine = self._errors(step.key)
            shown = {name for name, b in step.fields.items() if b.error_text()}
            step.show_errors([e for e in mine if e.field in shown])

    def _refresh_steps(self) -> None:
        for step in self.steps.values():
            step.refresh(self.form)

    def _focus_changed(self, _old, new) -> None:
        if new is None or not self.isVisible() or not self.isAncestorOf(new):
            return
        box = new.parentWidget()
        while box is not None and not isinstance(box, FieldBox):
            box = box.parentWidget()
        if box is not None:
            QtCore.QTimer.singleShot(0, lambda b=box: self._reveal(b))

    def _advance(self, step: Step, box: TextField) -> None:
        """The keyboard's Enter: on to the next field of the step, or put the keyboard away."""
        boxes = [b for b in step.fields.values() if isinstance(b, TextField) and b.isVisibleTo(step)]
        later = boxes[boxes.index(box) + 1:] if box in boxes else []
        if later:
            later[0].focus()
        else:
            # Hiding alone is undone by the keyboard while the field keeps the focus.
            box.editor.clearFocus()
            QtGui.QGuiApplication.inputMethod().hide()

    def _reveal(self, widget: QtWidgets.QWidget) -> None:
        """Scroll the step so ``widget`` (a field with its caption and message) shows above the keyboard.

        When the strip above the keyboard is lower than the whole field box, the
        input itself wins: it is what the visitor is typing in.
        """
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QtWidgets.QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(widget, 0, self.theme.px(24))
            editor = getattr(widget, "editor", None)
            if editor is not None:
                parent.ensureWidgetVisible(editor, 0, self.theme.px(8))

    def _keyboard_changed(self, *_args) -> None:
        """In landscape the keyboard leaves a low strip: the step's heading gives it to the fields."""
        im = QtGui.QGuiApplication.inputMethod()
        compact = self.isVisible() and im.isVisible() and not self.portrait
        if compact == self._compact:
            return
        self._compact = compact
        self.top_bar.setVisible(not compact)
        self._margins()
        self._update_top()
        focus = QtWidgets.QApplication.focusWidget()
        if compact and focus is not None and self.isAncestorOf(focus):
            self._focus_changed(None, focus)

    def _margins(self) -> None:
        margins(self.outer, self.theme, self.portrait)
        if self._compact:
            m = self.outer.contentsMargins()
            self.outer.setContentsMargins(m.left(), self.theme.px(8), m.right(), self.theme.px(8))

    def _open_published(self, doc_id: str) -> None:
        QtGui.QGuiApplication.inputMethod().hide()
        self.shell.open("reader", doc_id=doc_id)

    # -- staff-assisted filling ------------------------------------------------------------------------

    def _assisted_tapped(self) -> None:
        if self.form.assisted is True:
            self.form.assisted, self.form.staff_id = False, ""
            log.info("application form: staff-assisted filling switched off")
            self._update_top()
            self._refresh_review()
            return
        if self._staff is None:
            self._staff = StaffOverlay(self.shell, self.ctx)
            self._staff.accepted.connect(self._assisted_on)
        self._staff.start(self.theme, self.portrait)

    def staff_overlay(self) -> StaffOverlay | None:
        return self._staff

    def _assisted_on(self, staff_id: str) -> None:
        self.form.assisted, self.form.staff_id = True, staff_id
        QtGui.QGuiApplication.inputMethod().hide()
        self._update_top()
        self._refresh_review()

    def _refresh_review(self) -> None:
        if self.current == "review":
            self.open_review()

    # -- submitting ----------------------------------------------------------------------------------

    def submit(self) -> None:
        """Store the application under the review's key, then print the receipt (a second tap waits)."""
        if self._task is not None or self.current != "review" or self.app is None:
            return
        if self.ctx.intake is None or self.key is None:
            self._not_stored()
            return
        self.submit_button.setEnabled(False)
        self.shell.busy.show_text(self.tr("正在提交申请，请稍候…"))
        self._start(SubmitTask(self.ctx.intake, self.key, self.app, self.ctx.printer,
                               self.ctx.settings.receipt_paper))

    def reprint(self) -> None:
        if self._task is not None or self.outcome is None or self.outcome.receipt is None:
            return
        self.shell.busy.show_text(self.tr("正在打印回执，请稍候…"))
        self._start(SubmitTask(self.ctx.intake, self.outcome.submission.idempotency_key, None, self.ctx.printer,
                               self.ctx.settings.receipt_paper, reprint=self.outcome))

    def _start(self, task: SubmitTask) -> None:
        self._task = task
        self._task_visit = self._visit
        task.finished.connect(self._task_done)
        task.start()

    def submit_task(self) -> SubmitTask | None:
        return self._task

    def _task_done(self) -> None:
        task, self._task = self._task, None
        if task is None:
            return
        task.wait()
        self._finished_task = task       # outlives the slot its signal called
        if not task.is_reprint and task.outcome is not None and task.outcome.stored:
            count_submission(self.ctx.usage, "application")
        if self._task_visit != self._visit:
            # The visit ended while it ran (idle reset): the stored application stands, but
            # its receipt is not shown to whoever stands at the kiosk now.
            log.info("application task finished after its visit ended")
            return
        self.shell.busy.hide()
        outcome = task.outcome
        if outcome is None or not outcome.stored:
            self.submit_button.setEnabled(True)
            self._not_stored()
            return
        self.outcome = outcome
        # Stored: the answers are not needed on this kiosk any more.
        self.form = ApplicationForm()
        self.app = None
        self.key = None
        for key in INPUT_STEPS + ("review",):
            self.steps[key].clear()
        self._refresh_steps()
        self.steps["done"].show_outcome(outcome)
        self._show_step("done")

    def _not_stored(self) -> None:
        """Nothing was stored: say so calmly; the answers stay so the visitor can try again."""
        self.steps["review"].set_problem(self.tr("申请没有提交成功，您填写的内容仍保留在本页。"))
        self.shell.message.show_message(
            self.tr("申请暂时无法提交"),
            self.tr("本机暂时无法保存申请，您的申请没有提交。请稍后再试，或到政务公开窗口提交；"
                    "如多次出现，请联系大厅工作人员。"))

    def finish(self) -> None:
        """完成: wipe the receipt and every answer, back to the home screen."""
        self.wipe()
        self.shell.go_home()

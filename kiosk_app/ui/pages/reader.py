"""Reader: one document with its metadata, validity, interpretations, versions and contents.

A document not in force says so at the top, in a framed banner with a word and
a shape, and links the text in force now. Tabs switch between the text, the
table of contents, the linked interpretations and the revision timeline. The
side panel holds type size, read-aloud, print and a QR code to the original.
"""

from __future__ import annotations

from kiosk_app.core.pdf.context import PrintContext
from kiosk_app.core.structure import body_text
from kiosk_app.ui.doc_html import TextStyle, anchor, document_html, interpretations_html, text_style
from kiosk_app.ui.labels import value_label
from kiosk_app.ui.pages.base import Page, margins
from kiosk_app.ui.pages.reader_views import TextView, TocView
from kiosk_app.ui.printing import PreviewTask, PrintLimits, Printed, SendTask
from kiosk_app.ui.qt import QtCore, QtWidgets, Qt
from kiosk_app.ui.widgets import icons
from kiosk_app.ui.widgets.badge import Badge
from kiosk_app.ui.widgets.controls import button, html_escape, label, scroll_area
from kiosk_app.ui.widgets.print_dialog import PrintNotice
from kiosk_app.ui.widgets.print_preview import PrintPreview
from kiosk_app.ui.widgets.qr import QrCode
from kiosk_app.ui.widgets.timeline import Timeline

FONT_STEPS = (-4, 0, 4, 8, 12)
TABS = ("body", "toc", "interpretations", "history")
NOT_IN_FORCE = ("已废止", "失效", "已修订")


class ReaderPage(Page):
    name = "reader"

    def __init__(self, ctx, shell):
        super().__init__(ctx, shell)
        self.doc: dict | None = None
        self.interpretations: list[dict] = []
        self.versions: list[dict] = []
        self.replacement: dict | None = None
        self.font_step = 1
        self._task: PreviewTask | SendTask | None = None
        self._print_serial = 0            # a visit's end makes a running print task's answer stale
        self._notice: PrintNotice | None = None
        self._preview: PrintPreview | None = None
        self._visit_pages: tuple[object, int] = (None, 0)

        outer = QtWidgets.QVBoxLayout(self)
        self.outer = outer
        self.banner = QtWidgets.QFrame()
        self.banner.setObjectName("Banner")
        bl = QtWidgets.QHBoxLayout(self.banner)
        bl.setContentsMargins(24, 16, 24, 16)
        bl.setSpacing(20)
        self.banner_badge = Badge("已废止", self.theme)
        self.banner_text = label("", name="BannerText")
        self.banner_button = button("", primary=True, name="OpenCurrentVersion")
        self.banner_button.clicked.connect(self._open_replacement)
        bl.addWidget(self.banner_badge)
        bl.addWidget(self.banner_text, 1)
        bl.addWidget(self.banner_button)
        outer.addWidget(self.banner)

        tabs = QtWidgets.QHBoxLayout()
        tabs.setSpacing(8)
        self.tab_buttons: dict[str, QtWidgets.QPushButton] = {}
        group = QtWidgets.QButtonGroup(self)
        group.setExclusive(True)
        for key in TABS:
            b = button("", tab=True, name=f"Tab_{key}")
            b.clicked.connect(lambda _=False, k=key: self.show_tab(k))
            group.addButton(b)
            tabs.addWidget(b)
            self.tab_buttons[key] = b
        tabs.addStretch(1)
        outer.addLayout(tabs)

        self.main = QtWidgets.QBoxLayout(QtWidgets.QBoxLayout.Direction.LeftToRight)
        self.stack = QtWidgets.QStackedWidget()
        self.body_view = TextView("BodyView")
        self.toc = TocView()
        self.toc.jump.connect(self.jump_to_block)
        self.interp_view = TextView("InterpretationView")
        self.timeline = Timeline()
        self.timeline.opened.connect(self._open_version)
        self.timeline_area = scroll_area(self.timeline)
        for w in (self.body_view, self.toc, self.interp_view, self.timeline_area):
            self.stack.addWidget(w)
        self.main.addWidget(self.stack, 1)

        self.side = QtWidgets.QWidget()
        self.side.setObjectName("ReaderActions")
        self.side_layout = QtWidgets.QBoxLayout(QtWidgets.QBoxLayout.Direction.TopToBottom, self.side)
        self.side_layout.setContentsMargins(0, 0, 0, 0)
        size_row = QtWidgets.QHBoxLayout()
        self.smaller = button("A−", name="FontSmaller")
        self.smaller.clicked.connect(lambda: self.set_font_step(self.font_step - 1))
        self.larger = button("A+", name="FontLarger")
        self.larger.clicked.connect(lambda: self.set_font_step(self.font_step + 1))
        size_row.addWidget(self.smaller)
        size_row.addWidget(self.larger)
        self.size_label = label("", role="muted", wrap=False)
        self.speak = button("", name="ReadAloud")
        self.speak.clicked.connect(self.toggle_speech)
        self.print_button = button("", name="PrintButton")
        self.print_button.clicked.connect(self.print_document)
        self.qr = QrCode(side=220)
        self.qr_caption = label("", role="muted")
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.size_box = QtWidgets.QWidget()
        self.size_layout = QtWidgets.QBoxLayout(QtWidgets.QBoxLayout.Direction.TopToBottom, self.size_box)
        self.size_layout.setContentsMargins(0, 0, 0, 0)
        self.size_layout.addWidget(self.size_label)
        self.size_layout.addLayout(size_row)
        self.qr_box = QtWidgets.QWidget()
        qb = QtWidgets.QVBoxLayout(self.qr_box)
        qb.setContentsMargins(0, 0, 0, 0)
        qb.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        qb.addWidget(self.qr_caption)
        for w in (self.size_box, self.speak, self.print_button, self.qr_box):
            self.side_layout.addWidget(w)
        self.side_layout.addStretch(1)
        self.main.addWidget(self.side)
        outer.addLayout(self.main, 1)
        shell.speaker.speaking_changed.connect(self._speech_state)
        self.apply_theme(self.theme)
        self.retranslate()

    # -- hooks -------------------------------------------------------------------------------

    def page_title(self) -> str:
        return self.tr("文件阅读")

    def enter(self, doc_id: str = "", tab: str = "body", back: bool = False, **_params) -> None:
        if self.doc is None or self.doc["id"] != doc_id:
            if not self.load(doc_id):
                return
            if not back:
                self.ctx.usage.opened(doc_id)
        self.show_tab(tab if tab in TABS and not self.tab_buttons[tab].isHidden() else "body")

    def load(self, doc_id: str) -> bool:
        store = self.ctx.store
        doc = store.get_document(doc_id)
        if doc is None:
            self.shell.message.show_message(self.tr("没有找到这份文件"),
                                            self.tr("它可能已从本机资料库中移除。请返回重新查询。"))
            return False
        self.shell.speaker.stop()
        self.doc = doc
        self.interpretations = store.interpretations_for(doc_id)
        self.versions = store.revisions(doc_id)
        current = store.current_version(doc_id)
        self.replacement = store.summaries([current])[0] if current and current != doc_id else None
        self.qr.set_url(doc.get("source_url") or "")
        self._render()
        self.toc.set_blocks(doc.get("body") or [], self.theme)
        self.timeline.show_versions(self.versions, doc_id, doc.get("history") or [], self.theme)
        self._update_chrome()
        return True

    def reset(self) -> None:
        self.doc = None
        self.interpretations, self.versions, self.replacement = [], [], None
        self.font_step = 1
        self.body_view.clear()
        self.interp_view.clear()
        self.toc.set_blocks([], self.theme)
        self.timeline.show_versions([], "", [], self.theme)
        self.qr.set_url("")
        self._print_serial += 1
        self._hide_notice()

    def leave(self) -> None:
        self.shell.speaker.stop()
        self._hide_notice()

    def retranslate(self) -> None:
        self.size_label.setText(self.tr("字号"))
        self.qr_caption.setText(self.tr("手机扫码查看原文"))
        self.print_button.setText(self.tr("打印"))
        self._speech_state(self.shell.speaker.speaking)
        self.toc.retranslate()
        self._update_chrome()
        if self.doc is not None:
            self._render()

    def apply_theme(self, theme) -> None:
        super().apply_theme(theme)
        margins(self.outer, theme, self.portrait)
        self.outer.setSpacing(theme.px(12))
        self.main.setSpacing(theme.px(24))
        self.side_layout.setSpacing(theme.px(16))
        self.body_view.theme = self.interp_view.theme = theme
        self.banner_badge.set_theme(theme)
        self.qr.set_side(theme.px(200))
        accent = theme.palette.accent
        self.speak.setIcon(icons.icon("speak", accent, theme.px(64)))
        self.print_button.setIcon(icons.icon("print", accent, theme.px(64)))
        for b in (self.speak, self.print_button):
            b.setIconSize(QtCore.QSize(theme.px(32), theme.px(32)))
        self._layout_side()
        if self.doc is not None:
            self._render()
            self.toc.set_blocks(self.doc.get("body") or [], theme)
            self.timeline.show_versions(self.versions, self.doc["id"], self.doc.get("history") or [], theme)

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        margins(self.outer, self.theme, portrait)
        self._layout_side()
        if self.doc is not None:
            self._render()

    def _layout_side(self) -> None:
        if self.portrait:
            self.main.setDirection(QtWidgets.QBoxLayout.Direction.BottomToTop)
            self.side_layout.setDirection(QtWidgets.QBoxLayout.Direction.LeftToRight)
            self.side.setMinimumWidth(0)
            self.side.setMaximumWidth(16777215)
            self.size_layout.setDirection(QtWidgets.QBoxLayout.Direction.LeftToRight)
            self.qr.set_side(self.theme.px(150))
        else:
            self.main.setDirection(QtWidgets.QBoxLayout.Direction.LeftToRight)
            self.side_layout.setDirection(QtWidgets.QBoxLayout.Direction.TopToBottom)
            self.side.setFixedWidth(self.theme.px(280))
            self.size_layout.setDirection(QtWidgets.QBoxLayout.Direction.TopToBottom)
            self.qr.set_side(self.theme.px(200))

    # -- rendering ----------------------------------------------------------------------------

    def text_style(self) -> TextStyle:
        return text_style(self.theme, FONT_STEPS[self.font_step])

    def metadata_rows(self) -> list[tuple[str, str]]:
        esc = html_escape
        d = self.doc
        validity = d.get("validity") or ""
        badge = f'<img src="badge:{QtCore.QUrl.toPercentEncoding(validity).data().decode()}"/>'
        rows = [(self.tr("索引号"), esc(d.get("index_no") or "—")),
                (self.tr("发布机构"), esc(d.get("issuer") or "—")),
                (self.tr("组配分类"), esc(d.get("catalogue_category") or d.get("doc_type") or "—")),
                (self.tr("发文字号"), esc(d.get("doc_number") or "—")),
                (self.tr("成文日期"), esc(d.get("written_date") or "—")),
                (self.tr("发布日期"), esc(d.get("published_date") or "—")),
                (self.tr("有效性"), badge)]
        if d.get("effective_date"):
            rows.append((self.tr("施行日期"), esc(d["effective_date"])))
        return rows

    def _render(self) -> None:
        st = self.text_style()
        columns = 2 if self.portrait else 4
        self.body_view.show_html(document_html(self.doc, st, self.metadata_rows(), columns,
                                               self.tr("本文件正文未收录，请扫码查看原文。")))
        labels = {"q": self.tr("问："), "a": self.tr("答："), "image": self.tr("图解："),
                  **{k: value_label(k) for k in ("文字解读", "图解", "问答", "视频")}}
        self.interp_view.show_html(interpretations_html(self.interpretations, st, labels))

    def _update_chrome(self) -> None:
        doc = self.doc
        n_interp, n_versions = len(self.interpretations), len(self.versions)
        self.tab_buttons["body"].setText(self.tr("正文"))
        self.tab_buttons["toc"].setText(self.tr("目录"))
        self.tab_buttons["interpretations"].setText(self.tr("政策解读（{0}）").format(n_interp))
        self.tab_buttons["history"].setText(self.tr("历次修订（{0}）").format(n_versions))
        self.tab_buttons["toc"].setVisible(bool(doc) and self.toc.has_entries())
        self.tab_buttons["interpretations"].setVisible(n_interp > 0)
        self.tab_buttons["history"].setVisible(bool(doc) and (n_versions > 1 or bool(doc.get("history"))))
        self.smaller.setEnabled(self.font_step > 0)
        self.larger.setEnabled(self.font_step < len(FONT_STEPS) - 1)
        self.speak.setVisible(self.shell.speaker.available)
        # Shown whenever printing is on: a tap explains a printer that is not ready and offers the QR code.
        self.print_button.setVisible(self.ctx.settings.print_max_jobs > 0)
        self.qr_box.setVisible(self.qr.has_code())
        validity = (doc or {}).get("validity") or ""
        self.banner.setVisible(validity in NOT_IN_FORCE or validity == "尚未生效")
        if not self.banner.isVisibleTo(self):
            return
        self.banner_badge.set_kind(validity)
        if validity == "已修订":
            text = self.tr("本文件已被修订，这是历史版本，仅供查阅参考。")
        elif validity == "尚未生效":
            text = self.tr("本文件尚未生效，施行日期：{0}。").format(doc.get("effective_date") or "—")
        else:
            text = self.tr("本文件已废止或失效，不再执行，仅供查阅参考。")
        self.banner_text.setText(text)
        self.banner_button.setVisible(self.replacement is not None)
        if self.replacement is not None:
            self.banner_button.setText(self.tr("查看现行有效版本"))
            self.banner_text.setText(text + "\n" + self.tr("现行有效版本：《{0}》").format(self.replacement["title"]))

    # -- actions ------------------------------------------------------------------------------

    def show_tab(self, key: str) -> None:
        index = TABS.index(key)
        self.stack.setCurrentIndex(index)
        self.tab_buttons[key].setChecked(True)

    def current_tab(self) -> str:
        return TABS[self.stack.currentIndex()]

    def jump_to_block(self, index: int) -> None:
        self.show_tab("body")
        self.body_view.jump_to(anchor(index))

    def set_font_step(self, step: int) -> None:
        step = max(0, min(len(FONT_STEPS) - 1, step))
        if step == self.font_step or self.doc is None:
            return
        position = self.body_view.verticalScrollBar().value() / max(1, self.body_view.verticalScrollBar().maximum())
        self.font_step = step
        self._render()
        bar = self.body_view.verticalScrollBar()
        bar.setValue(int(position * bar.maximum()))
        self._update_chrome()

    def body_font_px(self) -> int:
        return self.text_style().body_px

    def _open_replacement(self) -> None:
        if self.replacement is not None:
            self.shell.open("reader", doc_id=self.replacement["id"])

    def _open_version(self, doc_id: str) -> None:
        if self.doc is not None and doc_id != self.doc["id"]:
            self.shell.open("reader", doc_id=doc_id, tab="history")

    def toggle_speech(self) -> None:
        speaker = self.shell.speaker
        if speaker.speaking:
            speaker.stop()
        elif self.doc is not None:
            speaker.say(self.doc["title"] + "。\n" + body_text(self.doc.get("body") or []))

    def _speech_state(self, speaking: bool) -> None:
        self.speak.setText(self.tr("停止朗读") if speaking else self.tr("朗读"))

    def print_document(self) -> None:
        """打印: check the limits, then render and draw page 1 off the UI thread for the preview."""
        if self.doc is None or self._task is not None:
            return
        s = self.ctx.settings
        limits = PrintLimits.from_settings(s)
        printed = self._printed_so_far()
        reason = limits.refusal(0, visit_jobs=printed.visit_jobs, visit_pages=printed.visit_pages,
                                day_pages=printed.day_pages)
        if reason:
            self._refuse(reason, 0, limits)
            return
        context = PrintContext.for_library(self.ctx.store.meta(), s.hall_name,
                                           replacement_title=(self.replacement or {}).get("title", ""))
        self.shell.busy.show_text(self.tr("正在准备打印预览，请稍候…"))
        task = PreviewTask(self.ctx.printer, self.doc, self.interpretations, context, limits, printed,
                           enterprise_tags=self.ctx.store.enterprise_tags_for(self.doc["id"]))
        task.finished.connect(self._previewed)
        self._start(task)

    def _start(self, task) -> None:
        task.serial = self._print_serial
        self._task = task
        task.start()

    def _finish(self):
        """The task whose ``finished`` just arrived, once its thread is done (None when there is none)."""
        task, self._task = self._task, None
        if task is None:
            return None
        task.wait()
        # Keep the finished task until the next one: it must outlive the slot its signal called.
        self._finished_task = task
        return task

    def _printed_so_far(self) -> Printed:
        visit, pages = self._visit_pages
        return Printed(visit_jobs=self.shell.visit.prints,
                       visit_pages=pages if visit is self.shell.visit else 0,
                       day_pages=self.ctx.usage.figures().pages_printed)

    def _previewed(self) -> None:
        task = self._finish()
        if task is None:
            return
        outcome = task.outcome
        # The printouts and their pictures live in the preview only, and go with it.
        choices, outcome.choices = outcome.choices, []
        if task.serial != self._print_serial:
            return                  # the visit ended while it rendered: the next visitor sees nothing of it
        self.shell.busy.hide()
        if outcome.status == "preview":
            if self._preview is None:
                self._preview = PrintPreview(self.shell)
                self._preview.confirmed.connect(self._confirmed)
                self.destroyed.connect(self._preview.deleteLater)
            self._preview.show_choices(self.doc["title"] if self.doc else "", choices)
        elif outcome.status == "refused":
            self._refuse(outcome.detail, outcome.pages, PrintLimits.from_settings(self.ctx.settings))
        elif outcome.status == "unavailable":
            self._show_notice(outcome.detail)
        else:
            self._show_notice("failed")

    def _confirmed(self) -> None:
        """确认打印: send what the preview shows (the limits asked once more: nothing else may print)."""
        choice = self._preview.current() if self._preview is not None else None
        self._hide_preview()
        if choice is None or self.doc is None or self._task is not None:
            return
        limits = PrintLimits.from_settings(self.ctx.settings)
        p = self._printed_so_far()
        reason = limits.refusal(choice.pages, visit_jobs=p.visit_jobs, visit_pages=p.visit_pages,
                                day_pages=p.day_pages)
        if reason:
            self._refuse(reason, choice.pages, limits)
            return
        self.shell.busy.show_text(self.tr("正在打印，请稍候…"))
        task = SendTask(self.ctx.printer, choice)
        task.doc_id = self.doc["id"]
        task.finished.connect(self._sent)
        self._start(task)

    def _sent(self) -> None:
        task = self._finish()
        if task is None:
            return
        outcome = task.outcome
        task.choice = None
        current = task.serial == self._print_serial
        if outcome.status == "ok":
            # Paper came out even if the visit ended meanwhile: the day's count must include it.
            self.ctx.usage.printed(task.doc_id, outcome.pages)
        if not current:
            return
        self.shell.busy.hide()
        if outcome.status == "ok":
            self.shell.visit.prints += 1
            self._visit_pages = (self.shell.visit, self._printed_so_far().visit_pages + outcome.pages)
            self.shell.message.show_message(self.tr("已开始打印"),
                                            self.tr("共 {0} 页，请在出纸口取走打印件。").format(outcome.pages))
        elif outcome.status == "unavailable":
            self._show_notice(outcome.detail)
        else:
            self._show_notice("failed")

    def _refuse(self, reason: str, pages: int, limits: PrintLimits) -> None:
        """A limit was reached: say which, politely, beside the document's QR code."""
        if reason == "visit_jobs":
            title = self.tr("本次打印次数已用完")
            text = self.tr("每位访客每次最多打印 {0} 份。").format(limits.visit_jobs)
        elif reason == "too_long":
            title = self.tr("文件较长，本机不便打印")
            text = self.tr("这份文件打印出来有 {0} 页，超过本机单次 {1} 页的上限。").format(
                pages, limits.job_pages)
        elif reason == "visit_pages":
            title = self.tr("本次打印页数已用完")
            text = self.tr("每位访客每次最多打印 {0} 页。").format(limits.visit_pages)
        else:
            title = self.tr("今天的打印页数已用完")
            text = self.tr("本机今天最多打印 {0} 页，已经用完。").format(limits.day_pages)
        self._notice_layer().show_refusal(title, text, self._source_url())

    def _show_notice(self, state: str) -> None:
        self._notice_layer().show_state(state, self._source_url())

    def _notice_layer(self) -> PrintNotice:
        if self._notice is None:
            self._notice = PrintNotice(self.shell, qr_side=self.theme.px(320))
            self.destroyed.connect(self._notice.deleteLater)
        return self._notice

    def _source_url(self) -> str:
        return (self.doc or {}).get("source_url") or ""

    def _hide_notice(self) -> None:
        if self._notice is not None:
            self._notice.hide()
        self._hide_preview()

    def _hide_preview(self) -> None:
        if self._preview is not None:
            self._preview.close_preview()

    def print_notice(self) -> PrintNotice | None:
        """The printer-unavailable layer, once it has been needed."""
        return self._notice

    def print_preview(self) -> PrintPreview | None:
        """The preview layer, once a print got that far."""
        return self._preview

    def print_task(self) -> PreviewTask | SendTask | None:
        """The print task running now: rendering the preview or sending the job."""
        return self._task

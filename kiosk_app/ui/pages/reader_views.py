"""The reader's panes: the text view (body, interpretations) and the table of contents."""

from __future__ import annotations

from kiosk_app.core.structure import find_article, outline
from kiosk_app.ui.numerals import article_label
from kiosk_app.ui.qt import QtCore, QtWidgets, Qt, Signal, translate
from kiosk_app.ui.theme import Theme
from kiosk_app.ui.widgets.badge import badge_image
from kiosk_app.ui.widgets.controls import button, clear_layout, label, wrap_button
from kiosk_app.ui.widgets.fields import digits_field
from kiosk_app.ui.widgets.touch import make_kinetic


class TextView(QtWidgets.QTextBrowser):
    """Read-only rich text that a finger scrolls; badge images come from ``badge:`` URLs."""

    def __init__(self, name: str):
        super().__init__()
        self.setObjectName(name)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.theme = Theme()
        make_kinetic(self)

    def loadResource(self, kind: int, url: QtCore.QUrl):  # noqa: N802 - Qt API
        if url.scheme() == "badge":
            return badge_image(QtCore.QUrl.fromPercentEncoding(url.path().encode()), self.theme)
        return None

    def show_html(self, html: str) -> None:
        self.setHtml(html)
        self.verticalScrollBar().setValue(0)

    def jump_to(self, anchor: str) -> None:
        self.scrollToAnchor(anchor)


class TocView(QtWidgets.QWidget):
    """Chapters and sections to jump to, and 第 [N] 条 for any article."""

    jump = Signal(int)   # block index

    def __init__(self):
        super().__init__()
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.article_row = QtWidgets.QWidget()
        row = QtWidgets.QHBoxLayout(self.article_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.prefix = label("", wrap=False)
        self.number = digits_field("ArticleNumber", 4)
        self.number.setFixedWidth(200)
        self.number.returnPressed.connect(self._go)
        self.suffix = label("", wrap=False)
        self.go = button("", primary=True, name="ArticleGo")
        self.go.clicked.connect(self._go)
        self.feedback = label("", role="muted")
        for w in (self.prefix, self.number, self.suffix, self.go):
            row.addWidget(w)
        row.addStretch(1)
        lay.addWidget(self.article_row)
        lay.addWidget(self.feedback)
        self.list_holder = QtWidgets.QWidget()
        self.list_layout = QtWidgets.QVBoxLayout(self.list_holder)
        self.list_layout.setSpacing(6)
        area = QtWidgets.QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        area.setWidget(self.list_holder)
        make_kinetic(area)
        self.area = area
        lay.addWidget(area, 1)
        self._blocks: list[dict] = []
        self.entries: list[QtWidgets.QPushButton] = []
        self.retranslate()

    def set_blocks(self, blocks: list[dict], theme: Theme) -> None:
        self._blocks = blocks
        clear_layout(self.list_layout)
        self.entries = []
        self.feedback.setText("")
        self.number.clear()
        has_articles = any(b.get("kind") == "article" for b in blocks)
        self.article_row.setVisible(has_articles)
        for depth, text, index in outline(blocks):
            b = wrap_button(text, indent=depth * theme.px(36))
            b.clicked.connect(lambda _=False, i=index: self.jump.emit(i))
            self.list_layout.addWidget(b)
            self.entries.append(b)
        self.list_layout.addStretch(1)
        self.area.verticalScrollBar().setValue(0)

    def has_entries(self) -> bool:
        return bool(self.entries) or self.article_row.isVisibleTo(self)

    def _go(self) -> None:
        text = self.number.text().strip()
        if not text.isdigit() or not 1 <= int(text) <= 9999:
            self.feedback.setText(translate("Reader", "请输入条号数字，例如 12"))
            return
        target = article_label(int(text))
        index = find_article(self._blocks, target)
        if index is None:
            self.feedback.setText(translate("Reader", "本文件没有{0}").format(target))
            return
        self.feedback.setText("")
        self.number.clear()
        self.number.clearFocus()
        self.jump.emit(index)

    def retranslate(self) -> None:
        self.prefix.setText(translate("Reader", "跳到第"))
        self.suffix.setText(translate("Reader", "条"))
        self.go.setText(translate("Reader", "跳转"))
        self.number.setPlaceholderText("")

"""The print preview: page 1 as it will come out, the page count, and 确认打印 / 取消.

Paper costs the hall money and the visitor a walk to the output tray, so the
kiosk shows what a tap on 打印 would print before anything is sent: page 1
drawn from the very PDF that will be spooled, "共 N 页", and — when the reader
offers both — the choice between the full text and the one-page policy guide.
Only 确认打印 sends the job; 取消 and the idle reset send nothing.

The page fills the height the window leaves it (about life size on a 1080p
screen in landscape), beside the controls in landscape and above them in
portrait. A build without QtPdf has no page image: the layer then shrinks to
a card with the count, the choice and the two buttons.
"""

from __future__ import annotations

from kiosk_app.ui.printing import DOCUMENT, GUIDE, PrintChoice
from kiosk_app.ui.qt import QtCore, QtGui, QtWidgets, Qt, Signal
from kiosk_app.ui.theme import Theme
from kiosk_app.ui.widgets.controls import button, label, scroll_area
from kiosk_app.ui.widgets.print_dialog import WindowLayer

_MAX = 16777215     # QWIDGETSIZE_MAX
_CAPTION_GAP = 6    # between the page and "第 1 页"


class PageImage(QtWidgets.QWidget):
    """A page drawn as large as the widget allows, keeping its proportions, on a grey desk."""

    def __init__(self, theme: Theme):
        super().__init__()
        self.setObjectName("PrintPreviewPage")
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 280)
        self.theme = theme
        self._image: QtGui.QImage | None = None
        self._scaled: QtGui.QImage | None = None

    def set_image(self, image: QtGui.QImage | None) -> None:
        self._image = image
        self._scaled = None
        self.update()

    def image(self) -> QtGui.QImage | None:
        return self._image

    def margin(self) -> int:
        """Grey border around the page (room for its shadow)."""
        return self.theme.px(16)

    def page_rect(self) -> QtCore.QRect:
        """Where the page is drawn: centred, as large as fits inside a small margin."""
        if self._image is None or self._image.isNull():
            return QtCore.QRect()
        margin = self.margin()
        room = self.rect().adjusted(margin, margin, -margin, -margin).size()
        size = self._image.size().scaled(room, Qt.AspectRatioMode.KeepAspectRatio)
        rect = QtCore.QRect(QtCore.QPoint(0, 0), size)
        rect.moveCenter(self.rect().center())
        return rect

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        p = self.theme.palette
        painter = QtGui.QPainter(self)
        painter.fillRect(self.rect(), QtGui.QColor(p.window if not self.theme.elder else "#e6e6e6"))
        rect = self.page_rect()
        if rect.isEmpty():
            return
        if self._scaled is None or self._scaled.size() != rect.size():
            # Scaled once per size, smoothly: a plain scale of small type turns it to noise.
            self._scaled = self._image.scaled(rect.size(), Qt.AspectRatioMode.IgnoreAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation)
        shadow = self.theme.px(6)
        painter.fillRect(rect.translated(shadow, shadow), QtGui.QColor(0, 0, 0, 60))
        painter.drawImage(rect.topLeft(), self._scaled)
        pen = QtGui.QPen(QtGui.QColor(p.border))
        pen.setWidth(self.theme.border)
        painter.setPen(pen)
        painter.drawRect(rect.adjusted(0, 0, -1, -1))


class PrintPreview(WindowLayer):
    """Page 1 of the printout, "共 N 页", the full text / guide choice, 确认打印 and 取消.

    ``confirmed`` fires on 确认打印 (read :meth:`current` for what to print),
    ``cancelled`` on 取消; either way the layer closes itself first.
    """

    confirmed = Signal()
    cancelled = Signal()

    def __init__(self, parent):
        super().__init__(parent)
        self.theme: Theme = getattr(parent, "theme", Theme())
        self._choices: dict[str, PrintChoice] = {}
        self._kind = DOCUMENT
        self._title = ""

        self.page = PageImage(self.theme)
        self.caption = label("", role="muted", wrap=False, name="PrintPreviewCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_box = QtWidgets.QWidget()
        pb = QtWidgets.QVBoxLayout(self.page_box)
        pb.setContentsMargins(0, 0, 0, 0)
        pb.setSpacing(_CAPTION_GAP)
        pb.addWidget(self.page, 1)
        pb.addWidget(self.caption)

        self.heading = label("", role="title", name="PrintPreviewTitle")
        self.doc_title = label("", name="PrintPreviewDocument")
        self.pages = label("", role="display", wrap=False, name="PrintPreviewPages")
        self.choice_buttons: dict[str, QtWidgets.QPushButton] = {}
        self.choice_row = QtWidgets.QBoxLayout(QtWidgets.QBoxLayout.Direction.TopToBottom)
        group = QtWidgets.QButtonGroup(self)
        group.setExclusive(True)
        for kind in (DOCUMENT, GUIDE):
            b = button("", checkable=True, row=True, name=f"PrintChoice_{kind}")
            b.clicked.connect(lambda _=False, k=kind: self.choose(k))
            group.addButton(b)
            self.choice_row.addWidget(b)
            self.choice_buttons[kind] = b
        self.note = label("", role="muted", name="PrintPreviewNote")
        self.confirm = button("", primary=True, name="PrintConfirm")
        self.confirm.clicked.connect(self._confirm)
        self.cancel = button("", name="PrintCancel")
        self.cancel.clicked.connect(self._cancel)
        self.actions = QtWidgets.QBoxLayout(QtWidgets.QBoxLayout.Direction.TopToBottom)
        self.actions.addWidget(self.confirm)
        self.actions.addWidget(self.cancel)

        # What is said scrolls (a long title, elder mode, a long translation); the buttons stay put.
        self.info = QtWidgets.QWidget()
        info = QtWidgets.QVBoxLayout(self.info)
        info.setContentsMargins(0, 0, 0, 0)
        self.info_layout = info
        for w in (self.heading, self.doc_title, self.pages):
            info.addWidget(w)
        info.addLayout(self.choice_row)
        info.addWidget(self.note)
        info.addStretch(1)
        self.info_area = scroll_area(self.info)
        self.side = QtWidgets.QWidget()
        side = QtWidgets.QVBoxLayout(self.side)
        side.setContentsMargins(0, 0, 0, 0)
        self.side_layout = side
        side.addWidget(self.info_area, 1)
        side.addLayout(self.actions)

        self.main = QtWidgets.QBoxLayout(QtWidgets.QBoxLayout.Direction.LeftToRight)
        self.main.addWidget(self.page_box, 1)
        self.main.addWidget(self.side)
        self.body.addLayout(self.main, 1)

    # -- what it shows ------------------------------------------------------------------

    def show_choices(self, title: str, choices: list[PrintChoice]) -> None:
        """Open on the first printable choice of ``choices`` (the full text, when it may print)."""
        self._title = title
        self._choices = {c.kind: c for c in choices}
        printable = [c.kind for c in choices if not c.refusal]
        self._kind = printable[0] if printable else DOCUMENT
        self.theme = getattr(self.parent(), "theme", self.theme)
        self.page.theme = self.theme
        self.open()
        self._refresh()

    def choices(self) -> dict[str, PrintChoice]:
        return dict(self._choices)

    def current(self) -> PrintChoice | None:
        """What 确认打印 would print (None once the layer was closed)."""
        choice = self._choices.get(self._kind)
        return choice if choice is not None and not choice.refusal else None

    def choose(self, kind: str) -> None:
        choice = self._choices.get(kind)
        if choice is None or choice.refusal:
            return
        self._kind = kind
        self._refresh()

    def _confirm(self) -> None:
        if self.isVisible() and self.current() is not None:
            self.hide()
            self.confirmed.emit()

    def _cancel(self) -> None:
        if self.isVisible():
            self.close_preview()
            self.cancelled.emit()

    def close_preview(self) -> None:
        """Hide and forget the printouts and their images (after a choice, and when a visit ends)."""
        self.hide()
        self._choices = {}
        self._title = ""
        self.page.set_image(None)

    # -- layout and text -------------------------------------------------------------------

    def _has_image(self) -> bool:
        choice = self._choices.get(self._kind)
        return choice is not None and choice.image is not None and not choice.image.isNull()

    def _refresh(self) -> None:
        choice = self._choices.get(self._kind)
        self.page.set_image(choice.image if choice is not None else None)
        self.page_box.setVisible(self._has_image())
        for kind, b in self.choice_buttons.items():
            c = self._choices.get(kind)
            b.setVisible(c is not None and len(self._choices) > 1)
            b.setEnabled(c is not None and not c.refusal)
            b.setChecked(kind == self._kind)
        self.retranslate()
        self._layout()

    def retranslate(self) -> None:
        choice = self._choices.get(self._kind)
        self.heading.setText(self.tr("打印预览"))
        self.doc_title.setText(self._title)
        self.pages.setText(self.tr("共 {0} 页").format(choice.pages if choice else 0))
        self.caption.setText(self.tr("第 1 页"))
        for kind, b in self.choice_buttons.items():
            c = self._choices.get(kind)
            if kind == DOCUMENT:
                text = self.tr("全文（共 {0} 页）").format(c.pages if c else 0)
            else:
                text = self.tr("政策指引（1 页要点）")
            b.setText(("✓ " if kind == self._kind else "") + text)
        document = self._choices.get(DOCUMENT)
        if document is not None and document.refusal and GUIDE in self._choices:
            note = self.tr("全文共 {0} 页，超出本机的打印限额，可以打印一页的政策指引。").format(document.pages)
        elif GUIDE in self._choices:
            note = self.tr("政策指引是一页纸的要点摘要，附原文二维码。")
        else:
            note = ""
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.confirm.setText(self.tr("确认打印"))
        self.cancel.setText(self.tr("取消"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
            if self.isVisible():
                self._layout()
        super().changeEvent(event)

    def window_resized(self) -> None:
        self._layout()

    def _layout(self) -> None:
        """Size the card to the window and arrange it for the orientation and the mode."""
        parent = self.parent()
        if parent is None:
            return
        theme = self.theme
        w, h = parent.width(), parent.height()
        portrait = h > w
        big = (f"min-height: {theme.px(96)}px; font-size: {theme.px(32)}px;"
               f" padding: 0 {theme.px(28)}px;")
        self.confirm.setStyleSheet(big)
        self.cancel.setStyleSheet(big)
        margin = theme.px(32)
        self.body.setContentsMargins(margin, margin, margin, margin)
        self.body.setSpacing(theme.px(20))
        self.main.setSpacing(theme.px(32))
        self.side_layout.setSpacing(theme.px(20))
        self.info_layout.setSpacing(theme.px(18))
        self.choice_row.setSpacing(theme.px(12))
        self.actions.setSpacing(theme.px(16))
        image = self._has_image()
        outer = theme.px(28)
        card_w, card_h = max(0, w - 2 * outer), max(0, h - 2 * outer)
        if not image:
            card_w = min(card_w, theme.px(900))       # no picture: a card like the other layers
        # Words above the buttons, the page (if any) above both: portrait, or no picture at all.
        stacked = portrait or not image
        if stacked:
            self.main.setDirection(QtWidgets.QBoxLayout.Direction.TopToBottom)
            # Side by side when both choices fit half the card each, else one above the other.
            half = (card_w - 2 * margin - theme.px(12)) // 2
            wide = max((b.sizeHint().width() for b in self.choice_buttons.values() if not b.isHidden()),
                       default=0)
            self.choice_row.setDirection(QtWidgets.QBoxLayout.Direction.LeftToRight if wide <= half
                                         else QtWidgets.QBoxLayout.Direction.TopToBottom)
            self.actions.setDirection(QtWidgets.QBoxLayout.Direction.RightToLeft)
            self.side.setMinimumWidth(0)
            self.side.setMaximumWidth(_MAX)
            self.page_box.setMinimumWidth(0)
            self.page_box.setMaximumWidth(_MAX)
            # The words take the height they need (up to half the card beside a page); the page the rest.
            inner = card_w - 2 * margin
            layout = self.info.layout()
            need = (layout.totalHeightForWidth(inner) if layout.hasHeightForWidth()
                    else layout.totalSizeHint().height())
            self.info_area.setFixedHeight(min(need, card_h // 2 if image else card_h - theme.px(300)))
        else:
            # The page as high as the window allows, the controls beside it, the card no wider than both.
            self.main.setDirection(QtWidgets.QBoxLayout.Direction.LeftToRight)
            self.choice_row.setDirection(QtWidgets.QBoxLayout.Direction.TopToBottom)
            self.actions.setDirection(QtWidgets.QBoxLayout.Direction.TopToBottom)
            self.info_area.setMinimumHeight(0)
            self.info_area.setMaximumHeight(_MAX)
            side_w = min(theme.px(560), w // 2)
            self.side.setFixedWidth(side_w)
            picture = self.page.image()
            room = card_h - 2 * margin - self.caption.sizeHint().height() - _CAPTION_GAP - 2 * self.page.margin()
            page_w = round(room * picture.width() / max(1, picture.height())) + 2 * self.page.margin()
            page_w = max(0, min(page_w, card_w - 2 * margin - theme.px(32) - side_w))
            self.page_box.setFixedWidth(page_w)
            card_w = min(card_w, page_w + theme.px(32) + side_w + 2 * margin)
        self.card.setMinimumSize(0, 0)
        self.card.setMaximumSize(_MAX, _MAX)
        if image:
            self.card.setFixedSize(card_w, card_h)
        else:
            self.card.setFixedWidth(card_w)
            self.card.setMaximumHeight(card_h)
        self.layout().activate()

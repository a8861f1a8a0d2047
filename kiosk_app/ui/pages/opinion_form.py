"""The fields of the opinion and suggestion form: the text, optional name and contact, consent.

Each field sits in a :class:`FieldBlock` with its caption, a hint and the
error shown right under it (the intake's message, in Chinese or in its
English for visitors), so a visitor sees what to fix where they typed it. The
personal-information notice is the legal text in Chinese; in another
language a line above it says so. The screen
(:mod:`kiosk_app.ui.pages.opinion`) owns the flow; this widget only holds
what was typed and shows errors.
"""

from __future__ import annotations

from kiosk_app.core.intake.consent import OPINION_NOTICE
from kiosk_app.core.intake.opinion import TEXT_LIMIT, TOPIC_LIMIT
from kiosk_app.core.intake.text import FieldError
from kiosk_app.ui.qt import QtGui, QtWidgets, Qt
from kiosk_app.ui.widgets.controls import card, label, wrap_button

NAME_LIMIT = 50
CONTACT_LIMIT = 80
_H = Qt.InputMethodHint


class FieldBlock(QtWidgets.QWidget):
    """A caption, the input, a hint, and the error message under it."""

    def __init__(self, name: str, widget: QtWidgets.QWidget):
        super().__init__()
        self.widget = widget
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.caption = label("", name=f"{name}Caption")
        self.caption.setStyleSheet("font-weight: bold;")
        self.hint = label("", role="muted", name=f"{name}Hint")
        self.error = label("", name=f"{name}Error")
        self.error.hide()
        for w in (self.caption, widget, self.hint, self.error):
            lay.addWidget(w)
        self._danger = "#b42318"
        self.base_style = ""

    def set_texts(self, caption: str, hint: str = "") -> None:
        self.caption.setText(caption)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        w = self.widget
        marked = f" {type(w).__name__}#{w.objectName()} {{ border-color: {self._danger}; }}" if text else ""
        w.setStyleSheet(self.base_style + marked)

    def apply_theme(self, theme) -> None:
        self._danger = theme.palette.danger
        self.layout().setSpacing(theme.px(8))
        self.error.setStyleSheet(f"color: {theme.palette.danger}; font-weight: bold;")
        self.set_error(self.error.text())


def line_field(name: str, max_len: int, hints=_H.ImhNone) -> QtWidgets.QLineEdit:
    field = QtWidgets.QLineEdit()
    field.setObjectName(name)
    field.setMaxLength(max_len)
    field.setInputMethodHints(hints | _H.ImhNoPredictiveText)
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    return field


class TextBox(QtWidgets.QPlainTextEdit):
    """The multi-line opinion: Chinese through the on-screen keyboard, at most ``limit`` characters."""

    def __init__(self, name: str, limit: int):
        super().__init__()
        self.setObjectName(name)
        self.limit = limit
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QtWidgets.QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.textChanged.connect(self._cap)

    def text(self) -> str:
        return self.toPlainText()

    def _cap(self) -> None:
        text = self.toPlainText()
        if len(text) > self.limit:
            self.blockSignals(True)
            self.setPlainText(text[:self.limit])
            self.moveCursor(QtGui.QTextCursor.MoveOperation.End)
            self.blockSignals(False)
            self.textChanged.emit()


class OpinionFields(QtWidgets.QWidget):
    """The form itself; ``suggestion`` adds the optional topic field."""

    def __init__(self):
        super().__init__()
        self.suggestion = False
        self.body = QtWidgets.QBoxLayout(QtWidgets.QBoxLayout.Direction.LeftToRight, self)
        self.body.setContentsMargins(0, 0, 0, 0)
        left = QtWidgets.QVBoxLayout()
        self.topic = FieldBlock("Topic", line_field("TopicField", TOPIC_LIMIT))
        self.text = FieldBlock("Text", TextBox("OpinionText", TEXT_LIMIT))
        self.counter = label("", role="muted", wrap=False, name="OpinionCounter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.text.widget.textChanged.connect(self._count)
        left.addWidget(self.topic)
        left.addWidget(self.text, 1)
        left.addWidget(self.counter)
        self.left = left
        self.personal, pl = card()
        self.personal_title = label("", role="section")
        self.personal_intro = label("", role="muted")
        self.name = FieldBlock("Name", line_field("NameField", NAME_LIMIT))
        self.contact = FieldBlock("Contact", line_field("ContactField", CONTACT_LIMIT,
                                                        _H.ImhPreferLatin | _H.ImhNoAutoUppercase))
        self.notice_language = label("", name="OpinionNoticeLanguage")
        self.notice = label(OPINION_NOTICE, role="muted", name="OpinionNotice")
        self.consent = wrap_button("", checkable=True)      # wraps in elder mode and long languages
        self.consent.setObjectName("ConsentToggle")
        self.consent.toggled.connect(self._consent_text)
        self.consent_error = label("", name="ConsentError")
        self.consent_error.hide()
        for w in (self.personal_title, self.personal_intro, self.name, self.contact, self.notice_language,
                  self.notice, self.consent, self.consent_error):
            pl.addWidget(w)
        pl.addStretch(1)
        self.pl = pl
        self.body.addLayout(left, 3)
        self.body.addWidget(self.personal, 2)
        self.blocks = {"topic": self.topic, "text": self.text, "name": self.name, "contact": self.contact}
        self.language = "zh_CN"
        self._errors: dict[str, FieldError] = {}

    # -- values ----------------------------------------------------------------------

    def set_mode(self, suggestion: bool) -> None:
        self.suggestion = suggestion
        self.topic.setVisible(suggestion)

    def values(self) -> dict:
        """What was typed, as the intake's form models take it."""
        out = {"text": self.text.widget.text(), "name": self.name.widget.text(),
               "contact": self.contact.widget.text(), "consent": self.consent.isChecked()}
        if self.suggestion:
            out["topic"] = self.topic.widget.text()
        return out

    def clear(self) -> None:
        """Forget everything typed (after a submission, and when a visit ends)."""
        for block in self.blocks.values():
            block.widget.clear()
        self.consent.setChecked(False)
        self.show_errors({})

    def show_errors(self, errors: dict[str, FieldError]) -> QtWidgets.QWidget | None:
        """Show each field's message under it; returns the first field with one (to scroll to)."""
        self._errors = dict(errors)
        text = {name: err.message(self.language) for name, err in errors.items()}
        first = None
        for name, block in self.blocks.items():
            block.set_error(text.get(name, ""))
            if name in errors and first is None and block.isVisible():
                first = block
        consent = text.get("consent", "")
        self.consent_error.setText(consent)
        self.consent_error.setVisible(bool(consent))
        if consent and first is None:
            first = self.consent
        return first

    def _count(self) -> None:
        self.counter.setText(self.tr("已输入 {0} / {1} 字").format(len(self.text.widget.text()), TEXT_LIMIT))

    def _consent_text(self) -> None:
        mark = "☑" if self.consent.isChecked() else "☐"
        text = f"{mark}  " + self.tr("我已阅读上述告知，同意留下姓名或联系方式")
        self.consent.text_label.setText(text)
        self.consent.setAccessibleName(text)

    # -- look ------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """The interface language: the messages shown and the note on the notice follow it."""
        self.language = language
        self.notice_language.setVisible(not language.startswith("zh"))
        if self._errors:
            self.show_errors(self._errors)

    def retranslate(self) -> None:
        self.notice_language.setText(self.tr("以下法律告知只有中文版本，工作人员可以为您讲解。"))
        self.topic.set_texts(self.tr("主题（可不填）"), self.tr("例如：办事服务、政务公开、本机使用"))
        self.text.set_texts(self.tr("您的意见（必填）"),
                            self.tr("请写明意见和理由，点击输入框可打开屏幕键盘，支持拼音输入。"))
        self.personal_title.setText(self.tr("联系方式（可不填）"))
        self.personal_intro.setText(self.tr("可以匿名提交。希望有关部门与您联系的，请留下姓名和手机号码或电子邮箱。"))
        self.name.set_texts(self.tr("姓名"))
        self.contact.set_texts(self.tr("手机号码或电子邮箱"))
        self.name.widget.setPlaceholderText(self.tr("可不填"))
        self.contact.widget.setPlaceholderText(self.tr("可不填"))
        self.text.widget.setPlaceholderText(self.tr("在这里输入您的意见"))
        self._consent_text()
        self._count()

    def apply_theme(self, theme, portrait: bool) -> None:
        p = theme.palette
        self.body.setDirection(QtWidgets.QBoxLayout.Direction.TopToBottom if portrait
                               else QtWidgets.QBoxLayout.Direction.LeftToRight)
        self.body.setSpacing(theme.px(32))
        self.left.setSpacing(theme.px(16))
        m = theme.px(24)
        self.pl.setContentsMargins(m, m, m, m)
        self.pl.setSpacing(theme.px(14))
        box = self.text.widget
        box.setMinimumHeight(theme.px(300 if portrait else 280))
        self.text.base_style = (f"QPlainTextEdit#OpinionText {{ background: {p.surface}; "
                                f"border: {max(2, theme.border)}px solid {p.accent}; "
                                f"border-radius: {theme.px(10)}px; padding: {theme.px(12)}px; "
                                f"font-size: {theme.px(30)}px; }}")
        for block in self.blocks.values():
            block.apply_theme(theme)
        self.consent.setMinimumHeight(theme.target)
        self.consent_error.setStyleSheet(f"color: {p.danger}; font-weight: bold;")
        self.notice_language.setStyleSheet(f"font-weight: bold; color: {p.accent};")

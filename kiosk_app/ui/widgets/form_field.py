"""Form fields for touch screens: a caption, the input, a hint, and the message of the mistake.

Used by the on-site application form. Every field shows the message the
intake core gives for a mistake (a sentence saying what to write, in Chinese
or, when the screen is in English, the core's English for visitors) right
under the input, with a mark and a red border, so a visitor never has to
match a list of errors to the fields. Fields hold raw text and report
every change (``changed(field, value)``); the form model checks them.

Text goes in through the on-screen keyboard: line fields carry the input-method
hints of :mod:`kiosk_app.ui.widgets.fields`, the multi-line field is a plain
text editor. Choices are big checkable rows (never small radio buttons), each
marked with a tick when chosen so the choice does not rest on colour alone.
"""

from __future__ import annotations

from kiosk_app.core.intake.text import FieldError
from kiosk_app.ui.qt import QtCore, QtGui, QtWidgets, Qt, Signal, translate
from kiosk_app.ui.theme import Theme
from kiosk_app.ui.widgets.controls import LayoutButton, button, label
from kiosk_app.ui.widgets.flow import FlowBox

TICK = "✓ "
MARK = "！"
_H = Qt.InputMethodHint


class FieldBox(QtWidgets.QWidget):
    """Caption (with a 必填/选填 tag), a body, a hint and an error line; subclasses supply the body."""

    changed = Signal(str, object)   # field name, new value

    def __init__(self, field: str):
        super().__init__()
        self.field = field
        self.setObjectName(f"Box_{field}")
        self._required: bool | None = None
        self._error: FieldError | None = None    # kept, to show again in another language
        self._language = "zh_CN"
        self._theme = Theme()
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        self._lay = lay
        top = QtWidgets.QHBoxLayout()
        top.setSpacing(12)
        self.caption = label("", name=f"Caption_{field}")
        self.tag = label("", role="muted", wrap=False)
        top.addWidget(self.caption, 1)
        top.addWidget(self.tag, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        lay.addLayout(top)
        self.hint = label("", role="muted", name=f"Hint_{field}")
        self.hint.hide()
        self.error = label("", name=f"Error_{field}")
        self.error.setAccessibleName("error")
        self.error.hide()

    def _finish(self, body: QtWidgets.QWidget) -> None:
        self._lay.addWidget(body)
        self._lay.addWidget(self.hint)
        self._lay.addWidget(self.error)

    def set_caption(self, text: str, hint: str = "", required: bool | None = None) -> None:
        """Caption text, an optional hint under the input, and the tag (None: no tag)."""
        self.caption.setText(text)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.set_required(required if required is not None else self._required)

    def set_required(self, required: bool | None) -> None:
        self._required = required
        if required is None:
            self.tag.setText("")
        else:
            self.tag.setText(translate("FormField", "必填") if required else translate("FormField", "选填"))
        self.tag.setVisible(required is not None)

    def set_error(self, error: FieldError | str | None) -> None:
        """Show the core's message for this field's mistake (None or "" clears it).

        A :class:`FieldError` is shown in the interface language and kept, so a
        language switch (:meth:`set_language`) shows it in the other one.
        """
        self._error = error if isinstance(error, FieldError) else None
        message = error.message(self._language) if isinstance(error, FieldError) else (error or "")
        self.error.setText(f"{MARK}{message}" if message else "")
        self.error.setVisible(bool(message))
        self._style_invalid(bool(message))

    def set_language(self, language: str) -> None:
        """The interface language ("zh_CN", "en" …): a message shown follows it."""
        self._language = language
        if self._error is not None:
            self.set_error(self._error)

    def error_text(self) -> str:
        return self.error.text()[len(MARK):] if self.error.isVisible() else ""

    def _style_invalid(self, invalid: bool) -> None:
        """Subclasses mark their input."""

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        p = theme.palette
        self._lay.setSpacing(theme.px(8))
        self.caption.setStyleSheet(f"font-weight: bold; font-size: {theme.body}px;")
        self.error.setStyleSheet(f"color: {p.danger}; font-weight: bold; font-size: {theme.body}px;")
        self._style_invalid(self.error.isVisible())

    def clear(self) -> None:
        self.set_error("")

    def focus(self) -> None:
        """Put the cursor in the input (text fields) so the visitor can correct it."""


class TextField(FieldBox):
    """A one-line or multi-line text field (the keyboard opens when it takes focus)."""

    def __init__(self, field: str, editor: QtWidgets.QLineEdit | None = None, *, multiline: bool = False,
                 max_len: int = 200):
        super().__init__(field)
        self.multiline = multiline
        if multiline:
            self.editor = QtWidgets.QPlainTextEdit()
            self.editor.setTabChangesFocus(True)
            self.editor.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            self.editor.textChanged.connect(lambda: self.changed.emit(self.field, self.text()))
        else:
            self.editor = editor if editor is not None else QtWidgets.QLineEdit()
            if editor is None:
                self.editor.setMaxLength(max_len)
                self.editor.setInputMethodHints(_H.ImhNoPredictiveText)
            self.editor.textChanged.connect(lambda text: self.changed.emit(self.field, text))
        self.editor.setObjectName(f"Field_{field}")
        self.editor.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self._finish(self.editor)

    def text(self) -> str:
        return self.editor.toPlainText() if self.multiline else self.editor.text()

    def set_text(self, text: str) -> None:
        if self.text() != text:
            (self.editor.setPlainText if self.multiline else self.editor.setText)(text)

    def set_placeholder(self, text: str) -> None:
        self.editor.setPlaceholderText(text)

    def clear(self) -> None:
        super().clear()
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)

    def focus(self) -> None:
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def apply_theme(self, theme: Theme) -> None:
        self.editor.setMinimumHeight(theme.px(180) if self.multiline else theme.target)
        super().apply_theme(theme)

    def _style_invalid(self, invalid: bool) -> None:
        t = self._theme
        p = t.palette
        color = p.danger if invalid else p.accent
        width = max(3, t.border) if invalid else max(2, t.border)
        kind = "QPlainTextEdit" if self.multiline else "QLineEdit"
        self.editor.setStyleSheet(
            f"{kind} {{ background: {p.surface}; border: {width}px solid {color};"
            f" border-radius: {t.px(10)}px; padding: {t.px(8) if self.multiline else 0}px {t.px(18)}px;"
            f" font-size: {t.px(30)}px; }}")


class ChoiceField(FieldBox):
    """One choice of a few, as big checkable rows that wrap onto more lines when narrow.

    ``stack`` puts each choice on a full-width line of its own (choices with a
    second line of explanation).
    """

    def __init__(self, field: str, keys: tuple[str, ...], default: str, *, stack: bool = False):
        super().__init__(field)
        self.keys = keys
        self.default = default
        self._value = default
        self._labels: dict[str, str] = {k: k for k in keys}
        self.stack = stack
        if stack:
            self.flow = QtWidgets.QWidget()
            box = QtWidgets.QVBoxLayout(self.flow)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(16)
        else:
            self.flow = FlowBox(spacing=16)
        self.buttons: dict[str, QtWidgets.QPushButton] = {}
        for key in keys:
            b = CardButton(f"Choice_{field}_{key}") if stack \
                else button("", row=True, checkable=True, name=f"Choice_{field}_{key}")
            b.clicked.connect(lambda _=False, k=key: self.choose(k, user=True))
            if stack:
                self.flow.layout().addWidget(b)
            else:
                self.flow.add_widget(b)
            self.buttons[key] = b
        self._finish(self.flow)
        self._refresh()

    def value(self) -> str:
        return self._value

    def set_labels(self, labels: dict[str, str]) -> None:
        self._labels.update(labels)
        self._refresh()

    def choose(self, key: str, *, user: bool = False) -> None:
        if key not in self.buttons:
            return
        changed = key != self._value
        self._value = key
        self._refresh()
        if changed or user:
            self.changed.emit(self.field, key)

    def clear(self) -> None:
        super().clear()
        self._value = self.default
        self._refresh()

    def _refresh(self) -> None:
        for key, b in self.buttons.items():
            on = key == self._value
            b.setChecked(on)
            b.setText((TICK if on else "") + self._labels[key])
        self.flow.updateGeometry()

    def apply_theme(self, theme: Theme) -> None:
        for b in self.buttons.values():
            b.setMinimumHeight(theme.target)
            if isinstance(b, CardButton):
                b.apply_theme(theme)
            else:
                b.setMinimumWidth(theme.px(220))
        super().apply_theme(theme)

    def _style_invalid(self, invalid: bool) -> None:
        color = self._theme.palette.danger if invalid else ""
        for b in self.buttons.values():
            b.setStyleSheet(f"QPushButton {{ border-color: {color}; }}" if color else "")


class CardButton(LayoutButton):
    """A checkable full-width choice: a bold first line, and an explanation that wraps under it."""

    def __init__(self, name: str):
        super().__init__()
        self.setObjectName(name)
        self.setProperty("row", True)
        self.setCheckable(True)
        lay = QtWidgets.QVBoxLayout(self)
        self.head = QtWidgets.QLabel()
        self.sub = QtWidgets.QLabel()
        for lab in (self.head, self.sub):
            lab.setWordWrap(True)
            lab.setTextFormat(Qt.TextFormat.PlainText)
            lab.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            lay.addWidget(lab)
        self._lay = lay

    def setText(self, text: str) -> None:  # noqa: N802 - the QPushButton name, used by ChoiceField
        head, _, sub = text.partition("\n")
        self.head.setText(head)
        self.sub.setText(sub)
        self.sub.setVisible(bool(sub))
        self.setAccessibleName(text)

    def text(self) -> str:
        return self.head.text() + ("\n" + self.sub.text() if self.sub.text() else "")

    def apply_theme(self, theme: Theme) -> None:
        self._lay.setContentsMargins(theme.px(10), theme.px(16), theme.px(10), theme.px(16))
        self._lay.setSpacing(theme.px(6))
        style = "background: transparent; border: none;"
        self.head.setStyleSheet(f"{style} font-weight: bold; font-size: {theme.px(30)}px;")
        self.sub.setStyleSheet(f"{style} color: {theme.palette.muted}; font-size: {theme.small}px;")


class ToggleRow(QtWidgets.QPushButton):
    """A full-width checkable row with a box that shows ☐ / ☑ (consent, switches): easy to hit."""

    def __init__(self, name: str):
        super().__init__()
        self.setObjectName(name)
        self.setProperty("row", True)
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._text = ""
        self.toggled.connect(lambda _on: self._refresh())

    def set_label(self, text: str) -> None:
        self._text = text
        self._refresh()

    def _refresh(self) -> None:
        self.setText(("☑  " if self.isChecked() else "☐  ") + self._text)

    def apply_theme(self, theme: Theme) -> None:
        self.setMinimumHeight(theme.px(88))


def line_editor(name: str, *, hints=_H.ImhNoPredictiveText, pattern: str = "", max_len: int = 200,
                sensitive: bool = False) -> QtWidgets.QLineEdit:
    """A line edit for a form: input-method hints, an optional input pattern, no context menu."""
    editor = QtWidgets.QLineEdit()
    editor.setObjectName(name)
    set_input_rules(editor, hints=hints, pattern=pattern, max_len=max_len, sensitive=sensitive)
    return editor


def set_input_rules(editor: QtWidgets.QLineEdit, *, hints, pattern: str = "", max_len: int = 200,
                    sensitive: bool = False) -> None:
    """Change what ``editor`` accepts and which keyboard layout it asks for (e.g. another ID type)."""
    extra = _H.ImhNoPredictiveText | (_H.ImhSensitiveData if sensitive else _H(0))
    editor.setInputMethodHints(hints | extra)
    editor.setMaxLength(max_len)
    if pattern:
        editor.setValidator(QtGui.QRegularExpressionValidator(QtCore.QRegularExpression(pattern), editor))
    else:
        editor.setValidator(None)
    QtGui.QGuiApplication.inputMethod().update(Qt.InputMethodQuery.ImHints)

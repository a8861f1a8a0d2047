"""What every screen has: a name, a title, and the hooks the main window calls.

The main window (the shell) creates a page on first use, calls :meth:`Page.enter`
with the page's parameters each time it is shown, :meth:`Page.reset` when a
visit ends (every field, result, scroll position and selection goes), and
:meth:`Page.retranslate`, :meth:`Page.apply_theme` and :meth:`Page.set_portrait`
when language, elder mode or orientation change, and :meth:`Page.step_back` when
the header's 返回 is pressed.
"""

from __future__ import annotations

from kiosk_app.ui.qt import QtCore, QtWidgets, Qt
from kiosk_app.ui.theme import Theme


class Page(QtWidgets.QWidget):
    """Base of all screens. Subclasses set ``name`` and override the hooks they need."""

    name = ""

    def __init__(self, ctx, shell):
        super().__init__()
        self.ctx = ctx
        self.shell = shell
        self.setObjectName("Page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.theme: Theme = shell.theme
        self.portrait = False

    def page_title(self) -> str:
        return ""

    def enter(self, **params) -> None:
        """The page is about to show, with these parameters."""

    def reset(self) -> None:
        """Forget everything of the visit."""

    def step_back(self) -> bool:
        """The header's 返回 was pressed: True when the page went back a step of its own.

        A page of several steps (a form, its review) goes back one step, as a
        visitor expects; it returns False on its first step, and the window
        then leaves the page.
        """
        return False

    def retranslate(self) -> None:
        """Set every visible string again (language switched)."""

    def apply_theme(self, theme: Theme) -> None:
        """Sizes that the style sheet cannot reach (painted items, HTML)."""
        self.theme = theme

    def set_portrait(self, portrait: bool) -> None:
        self.portrait = portrait

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def margins(layout: QtWidgets.QLayout, theme: Theme, portrait: bool) -> None:
    """Page padding: wider at the sides in landscape."""
    side = theme.px(28 if portrait else 48)
    layout.setContentsMargins(side, theme.px(24), side, theme.px(24))

"""The kiosk window: header, the screens, footer, and the layers above them.

It navigates between pages (created on first use), keeps the back history of
one visit, and ends a visit — on idle timeout, from the countdown, or after an
error — by wiping every page and returning home in the default language and
standard mode.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass, field

from kiosk_app.ui import refcount_guard
from kiosk_app.ui.i18n import Translations
from kiosk_app.ui.idle import IdleWatcher
from kiosk_app.ui.library_watch import LibraryWatcher
from kiosk_app.ui.pages.base import Page
from kiosk_app.ui.qt import QtCore, QtGui, QtWidgets, Qt, Signal
from kiosk_app.ui.speech import Speaker
from kiosk_app.ui.theme import Theme, style_sheet
from kiosk_app.ui.widgets.header import Footer, Header
from kiosk_app.ui.widgets.overlays import BusyOverlay, CountdownOverlay, MessageOverlay

log = logging.getLogger(__name__)

PAGES = {
    "home": ("home", "HomePage"),
    "search": ("search", "SearchPage"),
    "reader": ("reader", "ReaderPage"),
    "interpretations": ("interpretations", "InterpretationsPage"),
    "catalogue": ("catalogue", "CataloguePage"),
    "guides": ("guides", "GuidesPage"),
    "faq": ("faq", "FaqPage"),
    "consultations": ("consultations", "ConsultationsPage"),
    "policy-match": ("policy_match", "PolicyMatchPage"),
    "apply": ("apply", "ApplyPage"),
    "apply-form": ("apply_form", "ApplyFormPage"),
    "opinion": ("opinion", "OpinionPage"),
    "status": ("status_lookup", "StatusPage"),
    "pin": ("pin", "PinPage"),
    "admin": ("admin", "AdminPage"),
}


@dataclass
class Visit:
    """What one visitor did that the kiosk must remember until the visit ends."""

    started: bool = False
    admin: bool = False
    prints: int = 0
    recorded_queries: set[str] = field(default_factory=set)


class MainWindow(QtWidgets.QWidget):
    """The whole kiosk screen."""

    page_changed = Signal(str)
    visit_ended = Signal()

    def __init__(self, ctx, app: QtWidgets.QApplication, translations: Translations | None = None):
        super().__init__()
        self.ctx = ctx
        self.app = app
        self.setObjectName("KioskRoot")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle("政务公开自助终端")
        self.translations = translations or Translations(app)
        self.theme = Theme()
        self.portrait = False
        self.visit = Visit()
        self.allow_close = False
        self._pages: dict[str, Page] = {}
        self._touched: set[str] = set()   # pages shown since the last visit ended: these get wiped
        self._history: list[tuple[str, dict]] = []
        self._current: tuple[str, dict] = ("home", {})
        self.speaker = Speaker(ctx.speech_engine, ctx.settings.speech_voice, self)

        # An explicit minimum keeps the landscape layout's width from blocking a resize to portrait:
        # the window takes its new size first and re-lays itself out for the orientation.
        self.setMinimumSize(640, 640)
        root = QtWidgets.QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        self._root = root
        self.header = Header(ctx.monotonic, self.theme)
        self.header.back_clicked.connect(self._back_pressed)
        self.header.home_clicked.connect(self.go_home)
        self.header.elder_toggled.connect(self.set_elder)
        self.header.language_clicked.connect(self.toggle_language)
        self.header.admin_gesture.connect(lambda: self.open("pin"))
        self.stack = QtWidgets.QStackedWidget()
        self.stack.setObjectName("Pages")
        self.footer = Footer(self.theme)
        root.addWidget(self.header)
        root.addWidget(self.stack, 1)
        root.addWidget(self.footer)

        self.countdown = CountdownOverlay(self)
        self.countdown.keep_going.connect(self._keep_going)
        self.message = MessageOverlay(self)
        self.busy = BusyOverlay(self)
        from kiosk_app.ui.pages.attract import AttractOverlay
        self.attract = AttractOverlay(self, ctx)
        self.attract.dismissed.connect(self._attract_dismissed)

        s = ctx.settings
        self.idle = IdleWatcher(ctx.monotonic, s.idle_timeout, s.idle_countdown, s.attract_after,
                                at_home=lambda: self.current_page == "home" and not self.attract.isVisible(),
                                parent=self)
        self.idle.countdown.connect(self._on_countdown)
        self.idle.resumed.connect(self.countdown.hide)
        self.idle.timed_out.connect(self.end_visit)
        self.idle.attract.connect(self._start_attract)
        ctx.settings_listeners.append(self._settings_changed)

        self._network_timer = QtCore.QTimer(self)
        self._network_timer.setInterval(30_000)
        self._network_timer.timeout.connect(self.refresh_footer)
        self._network_timer.timeout.connect(refcount_guard.top_up)
        self.library_watch = LibraryWatcher(self)
        self.refresh_footer()
        self._apply_style()
        self._show("home", {})
        im = QtGui.QGuiApplication.inputMethod()
        im.keyboardRectangleChanged.connect(self._keyboard_moved)
        im.visibleChanged.connect(self._keyboard_moved)

    # -- life cycle ----------------------------------------------------------------

    def start(self) -> None:
        """Begin watching for idleness and network state (after the first frame)."""
        self.app.installEventFilter(self.idle)
        self.idle.start()
        self._network_timer.start()
        self.library_watch.start()

    def stop(self) -> None:
        self.idle.stop()
        self._network_timer.stop()
        self.library_watch.stop()
        self.app.removeEventFilter(self.idle)
        self.speaker.stop()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.allow_close:
            self.stop()
            event.accept()
        else:
            event.ignore()

    # -- pages and navigation ----------------------------------------------------------

    @property
    def current_page(self) -> str:
        return self._current[0]

    def page(self, name: str) -> Page:
        """The page called ``name``, created on first use.

        Raises:
            KeyError: no page of that name.
        """
        page = self._pages.get(name)
        if page is None:
            module_name, cls_name = PAGES[name]
            module = importlib.import_module(f"kiosk_app.ui.pages.{module_name}")
            page = getattr(module, cls_name)(self.ctx, self)
            page.apply_theme(self.theme)
            page.set_portrait(self.portrait)
            self._pages[name] = page
            self.stack.addWidget(page)
        return page

    def created_pages(self) -> dict[str, Page]:
        return dict(self._pages)

    def open(self, name: str, **params) -> Page:
        """Show page ``name`` with ``params``; the current page goes on the back history.

        The admin page opens only after the PIN was accepted in this visit.
        """
        if name == "admin" and not self.visit.admin:
            name, params = "pin", {}
        if not self.visit.started and name not in ("home", "pin", "admin"):
            self.visit.started = True
            self.ctx.usage.visit()
        if self._current != (name, params):
            self._history.append(self._current)
        return self._show(name, params)

    def _back_pressed(self) -> None:
        """The header's 返回: a page with steps goes back one step first (Page.step_back)."""
        page = self._pages.get(self.current_page)
        if page is None or not page.step_back():
            self.back()

    def back(self) -> None:
        if not self._history:
            self.go_home()
            return
        name, params = self._history.pop()
        if name == self.current_page or name == "reader":
            self._show(name, {**params, "back": True})
            self._current = (name, params)
        else:
            self._show(name, params, enter=False)

    def go_home(self) -> None:
        """Home, keeping the visit (the visitor pressed 首页)."""
        self._history.clear()
        self._show("home", {})

    def _show(self, name: str, params: dict, *, enter: bool = True) -> Page:
        previous = self._pages.get(self.current_page)
        if previous is not None and hasattr(previous, "leave"):
            previous.leave()
        page = self.page(name)
        self._touched.add(name)
        self._current = (name, params)
        if enter:
            page.enter(**params)
        self.stack.setCurrentWidget(page)
        self._update_header()
        self.page_changed.emit(name)
        return page

    def _update_header(self) -> None:
        page = self._pages.get(self.current_page)
        at_home = self.current_page == "home"
        title = self.ctx.settings.hall_name if at_home or page is None else page.page_title()
        self.header.set_title(title, at_home=at_home)

    # -- end of a visit ---------------------------------------------------------------

    def end_visit(self) -> None:
        """Wipe everything of this visit and return home in the default look and language."""
        self.countdown.hide()
        self.message.hide()
        self.busy.hide()
        QtGui.QGuiApplication.inputMethod().hide()
        self.speaker.stop()
        self.ctx.runner.cancel()
        focus = self.app.focusWidget()
        if focus is not None:
            focus.clearFocus()
        for name in self._touched:
            self._pages[name].reset()
        self._touched = {"home"}
        self._history.clear()
        self.visit = Visit()
        self.header.elder.setChecked(False)
        self.set_language(self.ctx.settings.language)
        self._show("home", {})
        self.idle.poke()
        self.visit_ended.emit()

    def library_replaced(self) -> None:
        """A new library is open (between visitors): rebuild the screens from it and show home.

        Screens read parts of the library when they are created (home's latest
        documents, the guides, the vocabularies), so they are dropped and made
        again on first use rather than reset.
        """
        for page in self._pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self._pages.clear()
        self._touched = set()
        self._history.clear()
        self._show("home", {})
        self.refresh_footer()

    def _on_countdown(self, seconds: int) -> None:
        self.countdown.set_seconds(seconds)
        if not self.countdown.isVisible():
            self.countdown.open()

    def _keep_going(self) -> None:
        self.countdown.hide()
        self.idle.poke()

    def _start_attract(self) -> None:
        if self.visit.started or self.theme.elder or self.translations.language != self.ctx.settings.language:
            self.end_visit()
        self.attract.start()

    def _attract_dismissed(self) -> None:
        self.idle.poke()

    def show_error(self) -> None:
        """After an unexpected error: a calm message, then home with the visit wiped."""
        self.end_visit()
        self.message.show_message(self.tr("抱歉，刚才的操作没有完成"),
                                  self.tr("系统已回到首页，请重新选择。如多次出现，请联系大厅工作人员。"))

    # -- look, language, layout --------------------------------------------------------

    def set_elder(self, elder: bool) -> None:
        """Elder mode: larger type and targets, high contrast."""
        if self.theme.elder == elder:
            return
        self.theme = Theme(elder=elder)
        if self.header.elder.isChecked() != elder:
            self.header.elder.setChecked(elder)
        self._apply_style()

    def _apply_style(self) -> None:
        self.setStyleSheet(style_sheet(self.theme))
        self.header.apply_theme(self.theme)
        self.footer.apply_theme(self.theme)
        for page in self._pages.values():
            page.apply_theme(self.theme)

    def set_language(self, language: str) -> None:
        self.translations.set_language(language)
        # Deliver the LanguageChange events now, so the next frame is already translated.
        QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.LanguageChange)
        self._update_header()

    def toggle_language(self) -> None:
        self.set_language("zh_CN" if self.translations.language != "zh_CN" else "en")

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self._update_header()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        for layer in (self.countdown, self.message, self.busy, self.attract):
            layer.setGeometry(self.rect())
        portrait = event.size().height() > event.size().width()
        if portrait != self.portrait:
            self.portrait = portrait
            for page in self._pages.values():
                page.set_portrait(portrait)
        super().resizeEvent(event)

    def refresh_footer(self) -> None:
        self.footer.set_state(self.ctx.library_date(), self.ctx.online())

    def _settings_changed(self, settings) -> None:
        self.idle.configure(settings.idle_timeout, settings.idle_countdown, settings.attract_after)
        self._update_header()

    # -- on-screen keyboard ----------------------------------------------------------------

    def _keyboard_moved(self, *_args) -> None:
        """Shrink the screens above the on-screen keyboard so it never covers the field in use."""
        im = QtGui.QGuiApplication.inputMethod()
        bottom = 0
        if im.isVisible():
            rect = im.keyboardRectangle()
            if rect.isValid() and rect.height() > 0:
                top_left = self.mapFromGlobal(rect.topLeft().toPoint())
                bottom = max(0, self.height() - top_left.y())
                if bottom > self.height() * 0.7:
                    bottom = int(rect.height())
        self._root.setContentsMargins(0, 0, 0, bottom)
        self.footer.setVisible(bottom == 0)
        focus = self.app.focusWidget()
        if bottom and focus is not None:
            QtCore.QTimer.singleShot(0, lambda: _ensure_visible(focus))


def _ensure_visible(widget: QtWidgets.QWidget) -> None:
    """Scroll the nearest scroll area so ``widget`` shows."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QtWidgets.QScrollArea):
            parent.ensureWidgetVisible(widget, 40, 80)
            return
        parent = parent.parentWidget()

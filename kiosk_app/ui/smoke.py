"""``--smoke-test``: prove that a build of the kiosk works end to end, then exit.

Written for the frozen bundle, where a missing data file or Qt plugin only
shows when the code that needs it runs: each step uses the real code path a
visitor's visit takes, on the bundled sample library built afresh into a
throw-away data directory (never into the bundle), with the main window shown
on Qt's offscreen platform.

Steps, each printed as one line (``smoke-test ok    STEP: detail`` or
``smoke-test FAIL  STEP: reason``):

resources
    the bundled font and sample library are there; the English translation loads.
library
    the sample library builds in the writable data directory (store, full-text
    index, query dictionary — exercises jieba's dictionary, pypinyin, opencc).
window
    the main window opens offscreen and paints, in the bundled Chinese font.
search
    the search worker opens the tantivy index (not the title fallback); a query
    in traditional characters finds simplified titles (opencc data); a long
    question is segmented (jieba); pinyin initials suggest titles (pypinyin).
keyboard
    with ``QT_IM_MODULE=qtvirtualkeyboard`` the input context is the Qt Virtual
    Keyboard: tapping the search field opens its panel; the keys z h e n g w u
    are tapped with mouse events on the panel's own key items, the pinyin
    engine offers 政务 as a candidate, and tapping the first candidate puts it
    in the search field, which then shows results.
print
    the first result opens in the reader; its print button renders the PDF
    (reportlab, embedded font) and the preview draws page 1 (QtPdf); tapping
    确认打印 hands that PDF to a folder printer.

Exit status 0 when every step passed, 1 otherwise. Unexpected exceptions in Qt
callbacks during the run count as a failure of their own.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Callable

from kiosk_app.ui.touch_driver import (UI_TIMEOUT, StepFailed, VirtualKeyboard, hide_keyboard,
                                       release_keyboard, send_tap, tap_widget, wait_until)

log = logging.getLogger(__name__)

SEARCH_TIMEOUT = 60.0   # the first index open loads jieba (seconds in a cold bundle)
PINYIN = "zhengwu"
PINYIN_WORD = "政务"
TRADITIONAL_QUERY = ("勞動合同", "劳动合同")     # typed, expected in a title
LONG_QUERY = "城市居民最低生活保障待遇怎么申请"
INITIALS = "ldht"                               # 劳动合同 by pinyin initials


def prepare_environment() -> None:
    """Environment the smoke test runs in: offscreen, with the virtual keyboard.

    Offscreen unless the caller chose a platform (``QT_QPA_PLATFORM=xcb`` runs
    it on a display). The input module is forced: a desktop session's ibus or
    fcitx would hide whether the bundled keyboard works.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"


class Smoke:
    """Runs the steps in order and remembers what each found."""

    def __init__(self, data_dir: Path, out=None):
        self.data_dir = Path(data_dir)
        self.out = out or sys.stdout
        self.failures: list[str] = []
        self.passed = 0
        self.errors: list[str] = []
        self.library: Path | None = None
        self.app = None
        self.ctx = None
        self.window = None
        self.printer = None
        self.spool = self.data_dir / "smoke-spool"

    # -- reporting -----------------------------------------------------------------------

    def step(self, name: str, func: Callable[[], str], needs: tuple[str, ...] = ()) -> bool:
        missing = [n for n in needs if n in self.failures]
        if missing:
            return self._fail(name, f"not run, because step {missing[0]} failed")
        started = time.monotonic()
        try:
            detail = func()
        except StepFailed as exc:
            return self._fail(name, str(exc))
        except Exception as exc:  # noqa: BLE001 - any error is this step's failure, shown in one line
            log.error("smoke-test step %s raised:\n%s", name, traceback.format_exc())
            return self._fail(name, f"{type(exc).__name__}: {exc}")
        self.passed += 1
        self._line(f"smoke-test ok    {name}: {detail} ({time.monotonic() - started:.1f} s)")
        return True

    def _fail(self, name: str, reason: str) -> bool:
        self.failures.append(name)
        self._line(f"smoke-test FAIL  {name}: {' '.join(reason.split())}")
        return False

    def _line(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    # -- steps ---------------------------------------------------------------------------

    def resources(self) -> str:
        from kiosk_app.core.pdf.fonts import FONT_FILE
        from kiosk_app.core.sample import sample_source
        from kiosk_app.paths import resource, resources_root
        from kiosk_app.ui.i18n import qm_path
        from kiosk_app.ui.qt import QtCore

        try:
            font = resource(*FONT_FILE)
            sample = sample_source()
        except FileNotFoundError as exc:
            raise StepFailed(str(exc)) from None
        qm = qm_path("en")
        translator = QtCore.QTranslator()
        if not translator.load(str(qm)) or translator.isEmpty():
            raise StepFailed(f"English translation missing or empty: {qm}")
        frozen = "frozen" if getattr(sys, "frozen", False) else "source tree"
        return (f"{frozen}, resources at {resources_root()}; font {font.stat().st_size // 1024} KiB, "
                f"sample {sample.stat().st_size // 1024} KiB, {qm.name}")

    def build_library(self) -> str:
        from kiosk_app.core.sample import ensure_sample_library
        from kiosk_app.core.store import LibraryStore

        self.library = ensure_sample_library(self.data_dir)
        bundle = getattr(sys, "_MEIPASS", None)
        if bundle and Path(bundle) in self.library.resolve().parents:
            raise StepFailed(f"the library was built inside the bundle ({self.library})")
        store = LibraryStore.open(self.library)
        try:
            count = store.conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            store.close()
        if count == 0:
            raise StepFailed(f"the sample library at {self.library} has no documents")
        if not (self.library / "index").is_dir():
            raise StepFailed(f"the sample library at {self.library} has no search index")
        return f"{count} documents in {self.library}"

    def open_window(self) -> str:
        from kiosk_app.core.usage import UsageLog
        from kiosk_app.ui.app import application, build_context, create_window
        from kiosk_app.ui.printing import DirectoryPrinter
        from kiosk_app.ui.qt import QtGui
        from kiosk_app.ui.theme import FONT_FAMILY

        self.app = application()
        if FONT_FAMILY not in QtGui.QFontDatabase.families():
            raise StepFailed(f"the bundled font {FONT_FAMILY!r} did not register with Qt")
        self.printer = DirectoryPrinter(self.spool)
        usage = UsageLog(self.data_dir / "smoke-usage.sqlite")
        self.ctx = build_context(self.library, self.data_dir, usage=usage, printer=self.printer)
        self.ctx.settings_path = None          # the smoke test never writes settings
        self.window = create_window(self.ctx, self.app, language="zh_CN")
        self.window.resize(1280, 800)
        self.window.move(0, 0)
        self.window.show()
        handle = self.window.windowHandle()
        if handle is not None:
            handle.requestActivate()
        if not wait_until(self.window.isVisible, UI_TIMEOUT):
            raise StepFailed("the main window did not become visible")
        image = self.window.grab().toImage()
        if image.isNull() or _colour_count(image) < 3:
            raise StepFailed("the main window painted nothing")
        platform = QtGui.QGuiApplication.platformName()
        return f"{platform} platform, {image.width()}x{image.height()}, home page painted"

    def search(self) -> str:
        from kiosk_app.ui.search_service import SearchRequest

        runner = self.ctx.runner
        runner.start()
        if not wait_until(lambda: runner.backend_name != "", SEARCH_TIMEOUT):
            raise StepFailed(f"the search worker did not open the library within {SEARCH_TIMEOUT:.0f} s")
        if runner.backend_name != "index":
            raise StepFailed(f"search fell back to {runner.backend_name!r}: the full-text index did not "
                             "open (tantivy or the search package is missing; see the log above)")
        answers = _Answers(runner)
        traditional, simplified = TRADITIONAL_QUERY
        page = answers.search(SearchRequest.make(traditional))
        if not page.hits or simplified not in page.hits[0].title:
            raise StepFailed(f"{traditional!r} found no title with {simplified!r} "
                             f"(traditional-to-simplified data missing?); got {page.total} hits")
        long_page = answers.search(SearchRequest.make(LONG_QUERY))
        if long_page.total == 0:
            raise StepFailed(f"the question {LONG_QUERY!r} found nothing (word segmentation broken?)")
        titles = answers.suggest(INITIALS)
        if not any(simplified in t for t in titles):
            raise StepFailed(f"pinyin initials {INITIALS!r} suggested {titles!r}, none with {simplified!r}")
        return (f"index backend; {traditional} → {page.total} hits, question → {long_page.total} hits, "
                f"{INITIALS} → {titles[0]}")

    def keyboard(self) -> str:
        from kiosk_app.ui.qt import QtGui

        page = self.window.open("search")
        field = page.field
        keyboard = VirtualKeyboard(self.window, field)
        keyboard.open()
        candidates = keyboard.type_pinyin(PINYIN, PINYIN_WORD)
        if PINYIN_WORD not in candidates[:5]:
            raise StepFailed(f"pinyin {PINYIN!r} offered {candidates[:5]!r}, not {PINYIN_WORD!r} "
                             "(pinyin dictionary missing?)")
        chosen = keyboard.tap_first_candidate()
        if not wait_until(lambda: field.text() == chosen, UI_TIMEOUT):
            raise StepFailed(f"tapped candidate {chosen!r} but the search field holds {field.text()!r}")
        if not wait_until(lambda: page.model.rowCount() > 0, SEARCH_TIMEOUT):
            raise StepFailed(f"the search page showed no results for {chosen!r} typed on the keyboard")
        rect = QtGui.QGuiApplication.inputMethod().keyboardRectangle()
        return (f"{keyboard.layout_name} layout; tapped {' '.join(PINYIN)} + candidate → field {chosen!r}, "
                f"{page.model.rowCount()} results shown; panel {rect.width():.0f}x{rect.height():.0f}")

    def print_document(self) -> str:
        page = self.window.page("search")
        hit = page.model.hit(0)
        if hit is None:
            raise StepFailed("no search result to open")
        # On a display the panel's window is masked to the keys; offscreen has no
        # masks, so its full-screen window would swallow the tap on the row.
        hide_keyboard()
        _click_row(page.list, 0)
        reader = self.window.page("reader")
        if not wait_until(lambda: self.window.current_page == "reader", UI_TIMEOUT):
            raise StepFailed(f"tapping the first result did not open the reader (on {self.window.current_page})")
        if not reader.print_button.isVisibleTo(self.window):
            raise StepFailed("the reader shows no print button although a printer is ready")
        tap_widget(reader.print_button)
        if not wait_until(lambda: reader.print_task() is None and not self.window.busy.isVisible(),
                          SEARCH_TIMEOUT):
            raise StepFailed(f"preparing the print preview of {hit.id} did not finish")
        preview = reader.print_preview()
        if preview is None or not preview.isVisible():
            notice = reader.print_notice()
            said = notice.title.text() if notice is not None and notice.isVisible() else "nothing"
            raise StepFailed(f"tapping 打印 showed no preview of {hit.id} (it showed {said}; see the log "
                             "for the renderer's error)")
        choice = preview.current()
        if choice is None or choice.image is None or choice.image.isNull():
            raise StepFailed("the preview has no picture of page 1 (is QtPdf with libQt6Pdf bundled?)")
        if _colour_count(choice.image) < 3:
            raise StepFailed("the preview's page 1 is blank")
        if self.printer.jobs:
            raise StepFailed("a job reached the printer before 确认打印 was tapped")
        tap_widget(preview.confirm)
        if not wait_until(lambda: bool(self.printer.jobs) or reader.print_task() is None and
                          not self.window.busy.isVisible(), SEARCH_TIMEOUT) or not self.printer.jobs:
            raise StepFailed(f"confirming the print of {hit.id} produced no job")
        data = self.printer.jobs[0].read_bytes()
        if data != choice.data:
            raise StepFailed(f"{self.printer.jobs[0]} is not the PDF the preview showed")
        if not data.startswith(b"%PDF-") or b"/FontFile2" not in data:
            raise StepFailed(f"{self.printer.jobs[0]} is not a PDF with an embedded TrueType font")
        return (f"{hit.title[:24]} → preview of page 1 {choice.image.width()}x{choice.image.height()}, "
                f"共 {choice.pages} 页; 确认打印 → {len(data) // 1024} KiB PDF")

    # -- the whole run -------------------------------------------------------------------------

    def run(self) -> int:
        previous_hook = sys.excepthook
        sys.excepthook = self._unexpected
        try:
            self.step("resources", self.resources)
            self.step("library", self.build_library)
            self.step("window", self.open_window, needs=("library",))
            self.step("search", self.search, needs=("window",))
            self.step("keyboard", self.keyboard, needs=("window",))
            self.step("print", self.print_document, needs=("keyboard",))
            if self.errors:
                self._fail("errors", f"{len(self.errors)} unexpected exception(s) in Qt callbacks, "
                                     f"first: {self.errors[0]}")
        finally:
            self.close()
            sys.excepthook = previous_hook
        total = self.passed + len(self.failures)
        if self.failures:
            self._line(f"smoke-test failed: {len(self.failures)} of {total} steps "
                       f"({', '.join(self.failures)})")
            return 1
        self._line(f"smoke-test passed: all {total} steps")
        return 0

    def _unexpected(self, kind, value, tb) -> None:
        log.error("unexpected exception during the smoke test:\n%s",
                  "".join(traceback.format_exception(kind, value, tb)))
        self.errors.append(f"{kind.__name__}: {value}")

    def close(self) -> None:
        """Stop the worker threads and take down the keyboard before Qt goes (see release_keyboard)."""
        if self.window is not None:
            release_keyboard()
            self.ctx.runner.stop()
            self.window.allow_close = True
            self.window.close()
            self.ctx.usage.close()
            wait_until(lambda: False, 0.2)


class _Answers:
    """Synchronous questions to the search worker: send, then wait for the answer with that serial."""

    def __init__(self, runner):
        self._runner = runner
        self._got: dict[int, object] = {}
        runner.results.connect(lambda serial, page: self._got.__setitem__(serial, page))
        runner.suggestions.connect(lambda serial, _prefix, items: self._got.__setitem__(serial, items))
        runner.failed.connect(lambda serial, message: self._got.__setitem__(serial, StepFailed(message)))

    def _wait(self, serial: int, what: str):
        if not wait_until(lambda: serial in self._got, SEARCH_TIMEOUT):
            raise StepFailed(f"no answer to {what} within {SEARCH_TIMEOUT:.0f} s")
        answer = self._got.pop(serial)
        if isinstance(answer, StepFailed):
            raise StepFailed(f"{what} failed: {answer}")
        return answer

    def search(self, request):
        return self._wait(self._runner.search(request), f"search {request.text!r}")

    def suggest(self, prefix: str) -> list[str]:
        return self._wait(self._runner.suggest(prefix), f"suggestions for {prefix!r}")


def _click_row(view, row: int) -> None:
    from kiosk_app.ui.qt import QtCore

    index = view.model().index(row, 0)
    view.scrollTo(index)
    rect = view.visualRect(index)
    if not rect.isValid():
        raise StepFailed(f"result row {row} is not on screen")
    # Near the row's left edge: the offscreen screen is only 800 pixels wide, and a
    # tap off the screen never reaches the row (the kinetic scroller replays it to
    # the widget under the finger, and there is none).
    point = QtCore.QPoint(rect.left() + min(rect.width() // 2, 120), rect.center().y())
    send_tap(view.viewport(), QtCore.QPointF(point), QtCore.QPointF(view.viewport().mapToGlobal(point)))


def _colour_count(image, limit: int = 3) -> int:
    """Distinct colours on a coarse grid of ``image``, up to ``limit`` (a blank window has one)."""
    seen = set()
    for y in range(0, image.height(), max(1, image.height() // 40)):
        for x in range(0, image.width(), max(1, image.width() // 40)):
            seen.add(image.pixel(x, y))
            if len(seen) >= limit:
                return len(seen)
    return len(seen)


def run_smoke_test(data_dir: Path | None = None) -> int:
    """Run every step; returns the exit status (0 all passed, 1 some failed).

    Args:
        data_dir: writable data directory to build the sample library in; by
            default a fresh temporary directory, removed afterwards, so the run
            proves a first start on a new machine.
    """
    prepare_environment()
    if _locale_name().split("_")[0] != "zh":
        # The hall's session sets LANG=zh_CN.UTF-8 (packaging/linux); the pinyin
        # layout follows the locale, so a run from a bare environment pins it.
        from kiosk_app.ui.qt import QtCore

        QtCore.QLocale.setDefault(QtCore.QLocale("zh_CN"))
    temporary = data_dir is None
    path = Path(tempfile.mkdtemp(prefix="kiosk-smoke-")) if temporary else Path(data_dir)
    path.mkdir(parents=True, exist_ok=True)
    # A windowed Windows build has no stdout: the lines go to a file beside the temp files.
    out = sys.stdout or open(Path(tempfile.gettempdir()) / "kiosk-smoke-test.txt", "w", encoding="utf-8")
    try:
        return Smoke(path, out).run()
    finally:
        if out is not sys.stdout:
            out.close()
        if temporary:
            shutil.rmtree(path, ignore_errors=True)


def _locale_name() -> str:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return value
    return "C"

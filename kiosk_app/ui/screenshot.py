"""``--screenshot``: render one screen of the real window on a library to a PNG, then exit.

Each scene drives the window the way a visitor would (types a query, opens a
document, picks a tab) and waits for the answers, so a screenshot shows what
the kiosk really shows. Usage events of a screenshot run go to a throw-away
file; printing goes to a folder, so the print button appears.
"""

from __future__ import annotations

import importlib
import logging
import tempfile
from pathlib import Path
from typing import Callable

from kiosk_app.core.usage import UsageLog
from kiosk_app.ui import touch_driver
from kiosk_app.ui.printing import DirectoryPrinter
from kiosk_app.ui.qt import QtCore, QtGui, QtWidgets, Qt

log = logging.getLogger(__name__)


class SceneError(Exception):
    """A scene could not be set up (unknown page, or the library lacks what it shows)."""


def wait_until(predicate: Callable[[], bool], timeout: float = 10.0) -> bool:
    """Run the event loop until ``predicate`` holds or ``timeout`` seconds pass (10 s for a scene)."""
    return touch_driver.wait_until(predicate, timeout)


def _one(store, sql: str) -> str | None:
    row = store.conn.execute(sql).fetchone()
    return row[0] if row else None


def reader_document(store) -> str:
    """A document with interpretations and chapters (the richest reader screen)."""
    best = None
    for interp in store.iter_records("interpretation"):
        doc = store.get_document(interp["policy_id"])
        if doc and any(b["kind"] == "chapter" for b in doc["body"]):
            if best is None or len(doc["body"]) < best[1]:
                best = (doc["id"], len(doc["body"]))
    if best is None:
        raise SceneError("the library has no interpreted document with chapters")
    return best[0]


def history_document(store) -> str:
    doc_id = _one(store, "SELECT id FROM documents WHERE validity = '已修订' AND replaced_by IS NOT NULL "
                         "ORDER BY published_date DESC LIMIT 1")
    if doc_id is None:
        raise SceneError("the library has no amended document")
    return doc_id


def _search(window, query: str) -> None:
    page = window.open("search")
    page.field.setText(query)
    wait_until(lambda: page._shown is not None and page._shown.request.text == query)
    wait_until(lambda: bool(page.suggestion_texts()) or True, 0.5)


def _scenes() -> dict[str, Callable]:
    def home(w, ctx):
        pass

    def attract(w, ctx):
        w.attract.start()

    def search(w, ctx):
        _search(w, "最低生活保障")
        page = w.page("search")
        page.field.setText("最低生活")
        wait_until(lambda: page._shown is not None and page._shown.request.text == "最低生活")
        wait_until(lambda: bool(page.suggestion_texts()), 3)

    def search_filtered(w, ctx):
        _search(w, "劳动")
        page = w.page("search")
        chip = page.filter_panel.chip("validity", "现行有效")
        if chip is not None:
            chip.click()
            wait_until(lambda: page._shown is not None and page._shown.request.filters != ())
        page.commit()

    def search_zero(w, ctx):
        _search(w, "比特币挖矿")

    def search_empty(w, ctx):
        page = w.open("search")
        wait_until(lambda: bool(page.empty_panel.buttons), 3)

    def reader(w, ctx):
        w.open("reader", doc_id=reader_document(ctx.store))

    def reader_interpretation(w, ctx):
        w.open("reader", doc_id=reader_document(ctx.store), tab="interpretations")

    def reader_toc(w, ctx):
        w.open("reader", doc_id=reader_document(ctx.store), tab="toc")

    def reader_history(w, ctx):
        doc_id = history_document(ctx.store)
        w.open("reader", doc_id=ctx.store.current_version(doc_id), tab="history")

    def reader_repealed(w, ctx):
        w.open("reader", doc_id=history_document(ctx.store))

    def print_preview(w, ctx):
        reader = w.open("reader", doc_id=reader_document(ctx.store))
        reader.print_button.click()
        if not wait_until(lambda: reader.print_task() is None and reader.print_preview() is not None
                          and reader.print_preview().isVisible(), 30):
            raise SceneError("the print preview did not open")

    def page(name, **params):
        return lambda w, ctx: w.open(name, **params)

    def guides(w, ctx):
        p = w.open("guides")
        p.select(0)

    def faq(w, ctx):
        p = w.open("faq")
        p.expand_first()

    def policy_match(w, ctx):
        p = w.open("policy-match")
        p.choose("enterprise_size", "小型企业")

    def admin(w, ctx):
        w.visit.admin = True      # as after the PIN was accepted
        w.open("admin")

    def countdown(w, ctx):
        w.open("catalogue")
        w.countdown.set_seconds(12)
        w.countdown.open()

    scenes = {
        "home": home, "attract": attract, "search": search, "search-filtered": search_filtered,
        "search-zero": search_zero, "search-empty": search_empty, "reader": reader,
        "reader-interpretation": reader_interpretation, "reader-toc": reader_toc,
        "reader-history": reader_history, "reader-repealed": reader_repealed,
        "interpretations": page("interpretations"), "catalogue": page("catalogue"), "guides": guides,
        "faq": faq, "consultations": page("consultations"), "policy-match": policy_match,
        "apply": page("apply"), "pin": page("pin"), "admin": admin, "countdown": countdown,
        "print-preview": print_preview,
    }
    # The intake screens keep their scenes next to them (a step of a form needs more setting up).
    for module in ("kiosk_app.ui.scenes_apply", "kiosk_app.ui.scenes_opinion"):
        try:
            scenes.update(importlib.import_module(module).scenes())
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
    return scenes


SCENES = tuple(_scenes())


def dispose(window) -> None:
    """Close and delete the window while the application still exists (pixmaps die with it)."""
    import gc

    QtGui.QGuiApplication.inputMethod().hide()
    window.stop()
    window.allow_close = True
    window.close()
    window.deleteLater()
    QtWidgets.QApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
    gc.collect()


def _demo_usage(usage: UsageLog) -> None:
    """A morning's worth of events, so the admin screen shows figures the way staff see them."""
    for _ in range(14):
        usage.visit()
    for q, n in (("低保", 12), ("最低生活保障", 8), ("加装电梯", 3), ("养犬", 5), ("公积金提取", 0),
                 ("低保", 12), ("退休金调整", 0), ("劳动合同", 40)):
        usage.query(q, n)
    for doc_id in ("demo-a", "demo-a", "demo-b"):
        usage.opened(doc_id)
    usage.printed("demo-a", 3)


def render(library: Path, data_dir: Path, out: Path, *, page: str = "home", size=(1920, 1080),
           language: str | None = None, elder: bool = False, keyboard: bool = False) -> int:
    """Render scene ``page`` at ``size`` to ``out`` (PNG); returns an exit code."""
    from kiosk_app.ui.app import application, build_context, create_window

    scenes = _scenes()
    if page not in scenes:
        log.error("unknown page %r; known: %s", page, ", ".join(scenes))
        return 2
    app = application()
    with tempfile.TemporaryDirectory(prefix="kiosk-shot-") as tmp:
        usage = UsageLog(Path(tmp) / "usage.sqlite")
        if page == "admin":
            _demo_usage(usage)
        ctx = build_context(library, data_dir, usage=usage, printer=DirectoryPrinter(Path(tmp) / "spool"))
        ctx.settings_path = None
        ctx.runner.start()
        window = create_window(ctx, app, language=language, elder=elder)
        window.setWindowFlags(Qt.WindowType.FramelessWindowHint)
        window.resize(*size)
        window.move(0, 0)
        window.show()
        wait_until(lambda: window.isVisible(), 2)
        handle = window.windowHandle()
        if handle is not None:
            handle.requestActivate()
        wait_until(lambda: ctx.runner.backend_name != "", 15)
        try:
            scenes[page](window, ctx)
        except SceneError as exc:
            log.error("scene %s: %s", page, exc)
            return 3
        wait_until(lambda: False, 0.4)
        if keyboard:
            search = window.page("search")
            if window.current_page != "search":
                window.open("search")
            search.focus_field()
            im = QtGui.QGuiApplication.inputMethod()
            if not wait_until(im.isVisible, 8):
                log.error("the on-screen keyboard did not open (is QT_IM_MODULE=qtvirtualkeyboard set?)")
                return 4
            wait_until(lambda: False, 1.0)
            image = QtGui.QGuiApplication.primaryScreen().grabWindow(0)
        else:
            image = window.grab()
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        ok = image.save(str(out), "PNG")
        ctx.runner.stop()
        dispose(window)
        usage.close()
        ctx.store.close()
    if not ok:
        log.error("could not write %s", out)
        return 1
    log.info("wrote %s (%s, %dx%d)", out, page, *size)
    return 0

"""Keystroke → results on screen, in the real kiosk window, for a library of any size.

Why: the search benchmark times the engine alone; a visitor feels the whole path —
key event, line edit, request to the search thread, search, suggestions competing
for the same thread, the queued answer, the model reset and the repaint. This opens
the real main window offscreen over a library, goes to the search page and types
mixed queries character by character, the way the on-screen keyboard sends them
(ASCII as key presses, Chinese as committed input-method text).

For every keystroke it measures the time from the key event to the search page
showing the answer to exactly that text (a new results page for the new text, then
the repaint that follows), polling with the event loop, never sleeping. It waits
for each answer before the next key, so each figure is one keystroke's own latency
(a faster typist only drops answers nobody would see).

Queries (default 120): one word, several words, title fragments, document numbers,
pinyin initials and questions, drawn from the library's own documents.

    QT_QPA_PLATFORM=offscreen python bench/ui_latency_bench.py /tmp/ui100k/lib
    QT_QPA_PLATFORM=offscreen python bench/ui_latency_bench.py --sample
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from figures import cjk_slice, pct  # noqa: E402

# A 1920×1920 offscreen screen (as the UI tests use), so the 1920×1080 window fits.
_SCREEN = ROOT / "tests" / "ui" / "offscreen-screen.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = (f"offscreen:configfile={_SCREEN}" if _SCREEN.exists()
                                     else "offscreen")

TIMEOUT_S = 20.0
WARM_UP = 3


# ---------------------------------------------------------------------------- queries

def make_queries(library: Path, n: int, seed: int = 7) -> tuple[list[dict], int]:
    """At least ``n`` mixed queries from documents spread over the library, and its size.

    Raises:
        kiosk_app.core.store.StoreError: the library cannot be opened.
    """
    from kiosk_app.core.search import segment
    from kiosk_app.core.search.pinyin import initials
    from kiosk_app.core.store import LibraryStore
    from kiosk_app.core.structure import body_text

    rng = random.Random(seed)
    words_file = Path(library) / "index" / segment.WORDS_FILE
    if words_file.exists():
        segment.use_dictionary(words_file)  # the library's own words, as its index cuts them
    with LibraryStore.open(library) as store:
        total = store.conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        stride = max(1, total // 300)
        sample = []
        for rec in store.iter_records("document", f"rowid % {stride} = 0"):
            sample.append(rec)
            if len(sample) >= 300:
                break
    words = sorted({w for rec in sample for w in segment.words(rec["title"])
                    if len(w) >= 2 and not w.isascii()})
    numbered = [r["doc_number"] for r in sample if r.get("doc_number")]

    plan = [("word", 0.25), ("words", 0.25), ("title fragment", 0.1), ("phrase", 0.1),
            ("doc number", 0.1), ("pinyin", 0.1), ("question", 0.1)]
    out: list[dict] = []
    for kind, share in plan:
        for _ in range(max(1, round(n * share))):
            if kind == "word":
                q = rng.choice(words)
            elif kind == "words":
                q = " ".join(rng.sample(words, rng.randint(2, 3)))
            elif kind == "title fragment":
                q = cjk_slice(rng, rng.choice(sample)["title"], 4, 9)
            elif kind == "phrase":
                q = cjk_slice(rng, body_text(rng.choice(sample)["body"]), 4, 8)
            elif kind == "doc number":
                q = rng.choice(numbered) if numbered else None
            elif kind == "pinyin":
                q = initials(rng.choice(words) + rng.choice(words))
            else:
                q = f"怎么申请{rng.choice(words)}？"
            if q:
                out.append({"kind": kind, "query": q})
    while len(out) < n:
        out.append({"kind": "word", "query": rng.choice(words)})
    rng.shuffle(out)
    return out, total


# ---------------------------------------------------------------------------- the window

class TimedBackend:
    """The library's real search backend, noting when each search and suggestion ran.

    So every keystroke's time splits into waiting for the search thread (busy with the
    previous keystroke's suggestions), the search itself, and the UI thread's share.
    """

    def __init__(self, inner):
        self.inner = inner
        self.name = inner.name
        self.log: list[tuple[str, str, float, float]] = []   # kind, text, start, end

    def search(self, request):
        start = time.perf_counter()
        try:
            return self.inner.search(request)
        finally:
            self.log.append(("search", request.text, start, time.perf_counter()))

    def suggest(self, prefix, limit=6):
        start = time.perf_counter()
        try:
            return self.inner.suggest(prefix, limit)
        finally:
            self.log.append(("suggest", prefix, start, time.perf_counter()))

    def close(self):
        self.inner.close()


class Harness:
    """The real kiosk window over ``library`` with the search page open."""

    def __init__(self, library: Path, data: Path):
        from kiosk_app.core.settings import Settings
        from kiosk_app.core.usage import UsageLog
        from kiosk_app.ui.app import application, build_context, create_window
        from kiosk_app.ui.printing import DirectoryPrinter
        from kiosk_app.ui.qt import QtCore
        from kiosk_app.ui.search_runner import SearchRunner
        from kiosk_app.ui.search_service import open_backend

        self.QtCore = QtCore
        self.app = application()
        usage = UsageLog(data / "usage.sqlite")
        # A still monotonic clock: the idle timer never ends the visit mid-run.
        started = time.perf_counter()
        settings = Settings({})
        self.backend: TimedBackend | None = None

        def open_timed():
            self.backend = TimedBackend(open_backend(library, settings.region))
            return self.backend

        self.ctx = build_context(library, data, settings=settings, usage=usage,
                                 runner=SearchRunner(open_timed),
                                 printer=DirectoryPrinter(data / "spool"),
                                 monotonic=lambda: 1000.0, speech_engine="")
        self.ctx.runner.start()
        self.window = create_window(self.ctx, self.app)
        self.window.resize(1920, 1080)
        self.window.show()
        self.search = self.window.open("search", focus=True)
        self.paints: list[float] = []
        self.arrived = 0.0
        # Connected after the search page's own slot, so this runs once the page has taken the answer.
        self.ctx.runner.results.connect(self._arrived)
        self._filter = _paint_watch(self)
        self.app.installEventFilter(self._filter)
        # Wakes the event loop now and then so a lost answer ends in a timeout, not a hang.
        self._tick = QtCore.QTimer()
        self._tick.start(50)
        self.wait(lambda: self.ctx.runner.backend_name != "", TIMEOUT_S * 3)
        self.open_s = time.perf_counter() - started   # window and search backend both up

    def _arrived(self, _serial: int, _page) -> None:
        self.arrived = time.perf_counter()

    def wait(self, done, timeout: float = TIMEOUT_S) -> bool:
        """Run the event loop until ``done()`` (woken by events, no sleeping); False on timeout."""
        flags = (self.QtCore.QEventLoop.ProcessEventsFlag.AllEvents
                 | self.QtCore.QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        deadline = time.perf_counter() + timeout
        while not done():
            if time.perf_counter() > deadline:
                return False
            self.app.processEvents(flags)
        return True

    def clear(self) -> None:
        """Empty the field (the 清空 button) and let the empty screen's requests finish."""
        self.search.clear_query()
        runner = self.ctx.runner
        self.wait(lambda: runner._search is None and runner._suggest is None, 5)
        self.app.processEvents()

    def type_key(self, ch: str) -> dict:
        """Type one character; returns ms to the answer in the list (``results``), to its
        repaint (``painted``), and the parts: ``queued`` (waiting for the search thread),
        ``search`` (the backend) and ``ui`` (the rest, on the UI thread and in signals).

        Raises:
            TimeoutError: no answer within the timeout.
        """
        from kiosk_app.ui.qt import QtGui, QtWidgets, Qt

        page = self.search
        before = page._shown
        if ch.isascii():
            key = Qt.Key.Key_Space if ch == " " else Qt.Key(ord(ch.upper()))
            events = [QtGui.QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
                      for kind in (self.QtCore.QEvent.Type.KeyPress, self.QtCore.QEvent.Type.KeyRelease)]
        else:
            # Chinese arrives from the pinyin keyboard as committed input-method text.
            event = QtGui.QInputMethodEvent()
            event.setCommitString(ch)
            events = [event]
        t0 = time.perf_counter()
        for event in events:
            QtWidgets.QApplication.sendEvent(page.field, event)
        expected = page.query()
        if not self.wait(lambda: page._shown is not before and page._shown is not None
                         and page._shown.request.text == expected):
            raise TimeoutError(f"no results for {expected!r} within {TIMEOUT_S} s")
        t1 = self.arrived if self.arrived > t0 else time.perf_counter()
        painted = lambda: [p for p in self.paints if p >= t1]  # noqa: E731
        self.wait(lambda: bool(painted()), 0.5)
        t2 = min(painted() or [t1])
        self.paints.clear()
        runs = [e for e in self.backend.log if e[0] == "search" and e[1] == expected and e[2] >= t0]
        start, end = (runs[-1][2], runs[-1][3]) if runs else (t0, t0)
        return {"results": (t1 - t0) * 1000, "painted": (t2 - t0) * 1000,
                "queued": (start - t0) * 1000, "search": (end - start) * 1000,
                "ui": ((t1 - t0) - (end - t0)) * 1000}

    def close(self) -> None:
        from kiosk_app.ui.qt import QtWidgets

        self._tick.stop()
        self.app.removeEventFilter(self._filter)
        self.window.stop()
        self.ctx.runner.stop()
        self.window.allow_close = True
        self.window.close()
        self.window.deleteLater()
        QtWidgets.QApplication.sendPostedEvents(None, self.QtCore.QEvent.Type.DeferredDelete)
        self.ctx.usage.close()
        self.ctx.store.close()


def _paint_watch(harness: Harness):
    """An application event filter noting when widgets of the search page paint.

    Only the search page's own widgets count: the list, the count line, the zero-results panel.
    """
    from kiosk_app.ui.qt import QtCore, QtWidgets

    class PaintWatch(QtCore.QObject):
        def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
            if (event.type() == QtCore.QEvent.Type.Paint and isinstance(obj, QtWidgets.QWidget)
                    and harness.search.isAncestorOf(obj)):
                harness.paints.append(time.perf_counter())
            return False

    return PaintWatch()


# ---------------------------------------------------------------------------- run

def summary(values: list[float]) -> dict:
    return {"n": len(values), "p50": pct(values, 50), "p95": pct(values, 95), "max": max(values or [0]),
            "mean": statistics.fmean(values) if values else float("nan")}


def run(library: Path, n: int) -> dict:
    """Type ``n`` queries into the real window over ``library``; latency figures in ms."""
    queries, docs = make_queries(library, n)
    with tempfile.TemporaryDirectory(prefix="kiosk-ui-bench-") as tmp:
        h = Harness(library, Path(tmp))
        try:
            warm = queries[:WARM_UP]
            for q in warm:
                h.clear()
                for ch in q["query"]:
                    h.type_key(ch)
            parts: dict[str, list[float]] = {k: [] for k in ("results", "painted", "queued", "search", "ui")}
            finals: dict[str, list[float]] = {"results": [], "painted": []}
            by_kind: dict[str, list[float]] = {}
            slowest: list[tuple[float, str, float]] = []   # painted ms, text so far, backend ms
            for q in queries:
                h.clear()
                text = q["query"]
                for i, ch in enumerate(text):
                    m = h.type_key(ch)
                    for k, v in m.items():
                        parts[k].append(v)
                    by_kind.setdefault(q["kind"], []).append(m["painted"])
                    slowest.append((m["painted"], text[:i + 1], m["search"]))
                    if i == len(text) - 1:
                        finals["results"].append(m["results"])
                        finals["painted"].append(m["painted"])
            return {"library": str(library), "docs": docs, "backend": h.ctx.runner.backend_name,
                    "queries": len(queries), "warm_up_queries": len(warm), "open_s": h.open_s,
                    "keystroke": {k: summary(v) for k, v in parts.items()},
                    "final": {k: summary(v) for k, v in finals.items()},
                    "by_kind_painted": {k: summary(v) for k, v in sorted(by_kind.items())},
                    "over_100ms": sum(1 for v in parts["painted"] if v > 100),
                    "slowest": [{"ms": ms, "text": t, "search_ms": b}
                                for ms, t, b in sorted(slowest, reverse=True)[:10]]}
        finally:
            h.close()


def print_report(r: dict) -> None:
    def row(name: str, s: dict) -> str:
        return f"| {name} | {s['n']} | {s['p50']:.1f} | {s['p95']:.1f} | {s['max']:.1f} |"

    print(f"\nlibrary {r['library']}: {r['docs']:,} documents, backend {r['backend']}, "
          f"{r['queries']} queries (+{r['warm_up_queries']} warm-up), search ready after {r['open_s']:.1f} s")
    print("| measure | n | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|")
    k, f = r["keystroke"], r["final"]
    print(row("keystroke → results in list", k["results"]))
    print(row("keystroke → results painted", k["painted"]))
    print(row("  of which: waiting for the search thread", k["queued"]))
    print(row("  of which: backend search", k["search"]))
    print(row("  of which: UI thread and signals", k["ui"]))
    print(row("final text → results in list", f["results"]))
    print(row("final text → results painted", f["painted"]))
    for kind, s in r["by_kind_painted"].items():
        print(row(f"  {kind} (painted)", s))
    print(f"keystrokes over 100 ms (painted): {r['over_100ms']} of {k['painted']['n']}")
    print("slowest keystrokes (painted ms / backend ms / text so far): " + "; ".join(
        f"{s['ms']:.0f}/{s['search_ms']:.0f} {s['text']!r}" for s in r["slowest"]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("library", nargs="?", type=Path, help="a built library directory")
    ap.add_argument("--sample", action="store_true", help="use the bundled sample library")
    ap.add_argument("--queries", type=int, default=120, help="queries to type (default 120)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    if args.sample:
        from kiosk_app.core.sample import ensure_sample_library

        library = ensure_sample_library(Path(tempfile.gettempdir()) / "kiosk-ui-bench-sample")
    elif args.library is not None:
        library = args.library
    else:
        ap.error("give a library directory or --sample")
    result = run(library, args.queries)
    print_report(result)
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Search: zero results lead to alternatives and the application; newest keystroke wins; lazy pages."""

from __future__ import annotations

import threading

import pytest

from kiosk_app.ui.models.results_model import ResultsModel
from kiosk_app.ui.search_runner import SearchRunner
from kiosk_app.ui.search_service import PAGE_SIZE, ResultHit, ResultPage, SearchRequest, TitleBackend
from tests.ui.helpers import tap, tap_button, type_text, wait_page


def test_zero_results_offer_alternatives_and_application(qtbot, kiosk):
    window = kiosk
    tap_button(qtbot, window, "TileSearch")
    search = window.page("search")
    type_text(qtbot, search.field, "比特币挖矿")
    qtbot.waitUntil(lambda: search.zero_panel.isVisible(), timeout=10000)
    assert "比特币挖矿" in search.zero_panel.title.text()
    assert search.zero_panel.buttons, "alternatives to try"
    alternative = search.zero_panel.buttons[0].text()
    tap_button(qtbot, window, "ZeroApply")
    wait_page(qtbot, window, "apply")
    assert "比特币挖矿" in window.page("apply").query_note.text()
    assert window.ctx.usage.figures().zero_results == 1

    tap_button(qtbot, window, "BackButton")
    wait_page(qtbot, window, "search")
    tap(qtbot, search.zero_panel.buttons[0])
    qtbot.waitUntil(lambda: search._shown is not None and search._shown.request.text == alternative,
                    timeout=10000)
    assert search.field.text() == alternative


def test_suggestions_as_you_type(qtbot, kiosk):
    window = kiosk
    search = window.open("search")
    type_text(qtbot, search.field, "劳动")
    qtbot.waitUntil(lambda: bool(search.suggestion_texts()), timeout=10000)
    first = search.suggest_buttons[0]
    text = first.text()
    tap(qtbot, first)
    qtbot.waitUntil(lambda: search._shown is not None and search._shown.request.text == text, timeout=10000)
    assert search.model.hit(0).title == text


class SlowBackend:
    """Answers instantly except the first query, which waits until released."""

    name = "slow"

    def __init__(self):
        self.release = threading.Event()
        self.started = threading.Event()
        self.seen: list[str] = []

    def search(self, request):
        self.seen.append(request.text)
        if len(self.seen) == 1:
            self.started.set()
            self.release.wait(10)
        hit = ResultHit(id=request.text, title=request.text)
        return ResultPage(request=request, hits=[hit], total=1)

    def suggest(self, prefix, limit=6):
        return []

    def close(self):
        pass


def test_newer_keystroke_supersedes_older_query(qtbot):
    backend = SlowBackend()
    runner = SearchRunner(lambda: backend)
    answers = []
    runner.results.connect(lambda serial, page: answers.append((serial, page.request.text)))
    runner.start()
    try:
        runner.search(SearchRequest.make("劳"))
        assert backend.started.wait(5)
        runner.search(SearchRequest.make("劳动"))
        runner.search(SearchRequest.make("劳动合"))
        latest = runner.search(SearchRequest.make("劳动合同"))
        backend.release.set()
        qtbot.waitUntil(lambda: any(s == latest for s, _ in answers), timeout=5000)
    finally:
        runner.stop()
    # The queued middle keystrokes never ran; the running first one finished but its serial is old.
    assert backend.seen == ["劳", "劳动合同"]
    assert answers[-1] == (latest, "劳动合同")


class ManyBackend:
    """1,000 numbered hits served a page at a time, as the index does."""

    name = "many"

    def __init__(self, total=1000):
        self.total = total
        self.requests: list[SearchRequest] = []

    def search(self, request):
        self.requests.append(request)
        hits = [ResultHit(id=f"d{i}", title=f"文件 {i}", validity="现行有效", snippet="正文" * 20)
                for i in range(request.offset, min(self.total, request.offset + request.limit))]
        return ResultPage(request=request, hits=hits, total=self.total)

    def suggest(self, prefix, limit=6):
        return []

    def close(self):
        pass


def test_results_model_is_a_valid_model(qtmodeltester):
    model = ResultsModel()
    page = ManyBackend().search(SearchRequest.make("x"))
    model.set_page(page)
    qtmodeltester.check(model, force_py=True)


def test_thousand_results_load_lazily_while_scrolling(qtbot, sample_library, tmp_path, clock):
    from tests.ui.conftest import make_kiosk, shutdown

    backend = ManyBackend()
    window = make_kiosk(qtbot, sample_library, tmp_path, clock)
    try:
        # Swap the backend behind the real runner for one that has 1,000 hits.
        window.ctx.runner.stop()
        runner = SearchRunner(lambda: backend)
        window.ctx.runner = runner
        search = window.page("search")
        for sig, slot in ((runner.results, search._on_results), (runner.suggestions, search._on_suggestions),
                          (runner.failed, search._on_failed)):
            sig.connect(slot)
        search.runner = runner
        runner.start()
        window.open("search")
        type_text(qtbot, search.field, "x")
        qtbot.waitUntil(lambda: search.model.rowCount() == PAGE_SIZE, timeout=5000)
        assert search.count_label.text() == "共找到 1000 条结果"
        bar = search.list.verticalScrollBar()
        for _ in range(200):
            bar.setValue(bar.maximum())
            qtbot.waitUntil(lambda: not search.model._fetching, timeout=5000)
            if search.model.rowCount() == 1000:
                break
        assert search.model.rowCount() == 1000
        assert [r.offset for r in backend.requests] == list(range(0, 1000, PAGE_SIZE))
        assert not search.model.canFetchMore()
    finally:
        shutdown(window)


@pytest.mark.parametrize("query, expect", [("养犬", "济南市文明养犬管理条例"), ("100%_", None)])
def test_title_fallback_backend(sample_library, query, expect):
    backend = TitleBackend(sample_library)
    try:
        page = backend.search(SearchRequest.make(query))
        titles = [h.title for h in page.hits]
        if expect:
            assert expect in titles
            assert page.facets["validity"]
            assert page.hits[0].title_marks
        else:
            assert page.total == 0 and page.apply_for_information
    finally:
        backend.close()

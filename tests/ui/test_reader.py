"""The reader: contents and article jumps, type size, read-aloud, printing, the not-in-force banner."""

from __future__ import annotations

from kiosk_app.core.settings import Settings
from kiosk_app.ui.qt import QtWidgets
from tests.ui.conftest import make_kiosk, shutdown
from tests.ui.helpers import find, tap, tap_button, type_text, wait_page

DOG_RULES = "济南市文明养犬管理条例"


def doc_id_by_title(store, title: str) -> str:
    return store.conn.execute("SELECT id FROM documents WHERE title = ? ORDER BY validity = '现行有效' DESC",
                              (title,)).fetchone()[0]


def test_contents_and_article_jump(qtbot, kiosk):
    window = kiosk
    reader = window.open("reader", doc_id=doc_id_by_title(window.ctx.store, DOG_RULES))
    tap_button(qtbot, window, "Tab_toc")
    assert reader.toc.entries and reader.toc.entries[0].text().startswith("第一章")
    bar = reader.body_view.verticalScrollBar()
    assert bar.value() == 0
    tap(qtbot, reader.toc.entries[0])          # 第一章, below the metadata block
    assert reader.current_tab() == "body"
    qtbot.waitUntil(lambda: bar.value() > 0)
    chapter = bar.value()

    tap_button(qtbot, window, "Tab_toc")
    field = find(window, QtWidgets.QLineEdit, "ArticleNumber")
    type_text(qtbot, field, "3")
    tap_button(qtbot, window, "ArticleGo")
    assert reader.current_tab() == "body"
    qtbot.waitUntil(lambda: bar.value() > chapter)

    tap_button(qtbot, window, "Tab_toc")
    type_text(qtbot, field, "999")
    tap_button(qtbot, window, "ArticleGo")
    assert "第九百九十九条" in reader.toc.feedback.text()
    assert reader.current_tab() == "toc"


def test_font_size_buttons(qtbot, kiosk):
    window = kiosk
    reader = window.open("reader", doc_id=doc_id_by_title(window.ctx.store, DOG_RULES))
    base = reader.body_font_px()
    tap_button(qtbot, window, "FontLarger")
    tap_button(qtbot, window, "FontLarger")
    assert reader.body_font_px() == base + 8
    assert f"font-size:{base + 8}px" in reader.body_view.toHtml().replace(" ", "")
    tap_button(qtbot, window, "FontSmaller")
    assert reader.body_font_px() == base + 4
    for _ in range(5):
        if find(window, QtWidgets.QPushButton, "FontSmaller").isEnabled():
            tap_button(qtbot, window, "FontSmaller")
    assert not find(window, QtWidgets.QPushButton, "FontSmaller").isEnabled()


def test_read_aloud_with_mock_engine(qtbot, kiosk):
    window = kiosk
    reader = window.open("reader", doc_id=doc_id_by_title(window.ctx.store, DOG_RULES))
    speak = find(window, QtWidgets.QPushButton, "ReadAloud")
    assert speak.isVisible() and window.speaker.voice_name == "Anne"
    with qtbot.waitSignal(window.speaker.speaking_changed, timeout=5000) as blocker:
        tap(qtbot, speak)
    assert blocker.args == [True]
    assert speak.text() == "停止朗读"
    with qtbot.waitSignal(window.speaker.speaking_changed, timeout=5000):
        tap(qtbot, speak)
    qtbot.waitUntil(lambda: speak.text() == "朗读")
    assert reader.doc is not None


def test_read_aloud_hidden_without_a_voice(qtbot, sample_library, tmp_path, clock):
    window = make_kiosk(qtbot, sample_library, tmp_path, clock,
                        settings=Settings({"speech_voice": "Mandarin"}))
    try:
        window.open("reader", doc_id=doc_id_by_title(window.ctx.store, DOG_RULES))
        assert not window.speaker.available
        assert not find(window, QtWidgets.QPushButton, "ReadAloud").isVisible()
    finally:
        shutdown(window)


def test_print_previews_page_one_then_prints_on_confirm(qtbot, kiosk):
    from kiosk_app.ui.printing import pdf_page_count

    window = kiosk
    reader = window.open("reader", doc_id=doc_id_by_title(window.ctx.store, DOG_RULES))
    tap_button(qtbot, window, "PrintButton")
    assert window.busy.isVisible()
    qtbot.waitUntil(lambda: reader.print_task() is None, timeout=30000)
    assert not window.busy.isVisible()
    preview = reader.print_preview()
    assert preview is not None and preview.isVisible()
    choice = preview.current()
    assert choice.kind == "document" and choice.pages == pdf_page_count(choice.data) >= 2
    assert find(window, QtWidgets.QLabel, "PrintPreviewPages").text() == f"共 {choice.pages} 页"
    assert window.ctx.printer.jobs == [], "nothing is sent before 确认打印"

    tap_button(qtbot, window, "PrintConfirm")
    assert not preview.isVisible() and window.busy.isVisible()
    qtbot.waitUntil(lambda: reader.print_task() is None, timeout=30000)
    assert window.message.isVisible() and window.message.title.text() == "已开始打印"
    assert f"共 {choice.pages} 页" in window.message.text.text()
    jobs = window.ctx.printer.jobs
    assert len(jobs) == 1 and jobs[0].read_bytes() == choice.data
    figures = window.ctx.usage.figures()
    assert figures.prints == 1 and figures.pages_printed == choice.pages
    assert window.visit.prints == 1


def test_print_limits(qtbot, sample_library, tmp_path, clock):
    settings = Settings({"speech_voice": "Anne", "print_max_pages": 1, "print_max_jobs": 1})
    window = make_kiosk(qtbot, sample_library, tmp_path, clock, settings=settings)
    try:
        reader = window.open("reader", doc_id=doc_id_by_title(window.ctx.store, DOG_RULES))
        tap_button(qtbot, window, "PrintButton")
        qtbot.waitUntil(lambda: reader.print_task() is None, timeout=30000)
        # The full text is too long for this kiosk; its one-page guide is not.
        preview = reader.print_preview()
        assert preview.isVisible() and preview.current().kind == "guide"
        assert not find(window, QtWidgets.QPushButton, "PrintChoice_document").isEnabled()
        assert "超出本机的打印限额" in find(window, QtWidgets.QLabel, "PrintPreviewNote").text()
        tap_button(qtbot, window, "PrintConfirm")
        qtbot.waitUntil(lambda: reader.print_task() is None, timeout=30000)
        assert len(window.ctx.printer.jobs) == 1 and window.visit.prints == 1
        tap_button(qtbot, window, "MessageOk")

        tap_button(qtbot, window, "PrintButton")
        assert reader.print_task() is None, "a spent visit refuses before rendering"
        notice = reader.print_notice()
        assert notice.isVisible() and notice.title.text() == "本次打印次数已用完"
        assert notice.qr.isVisible() == bool(reader.doc.get("source_url"))
    finally:
        shutdown(window)


def test_amended_document_says_so_and_links_the_current_text(qtbot, kiosk):
    window = kiosk
    store = window.ctx.store
    old = store.conn.execute("SELECT id FROM documents WHERE validity = '已修订' AND replaced_by IS NOT NULL "
                             "LIMIT 1").fetchone()[0]
    current = store.current_version(old)
    reader = window.open("reader", doc_id=old)
    assert reader.banner.isVisible()
    assert reader.banner_badge.text() == "已修订"
    assert "历史版本" in find(window, QtWidgets.QLabel, "BannerText").text()
    assert reader.qr.isVisible() == bool(reader.doc.get("source_url"))
    tap_button(qtbot, window, "OpenCurrentVersion")
    qtbot.waitUntil(lambda: reader.doc["id"] == current)
    assert not reader.banner.isVisible()
    wait_page(qtbot, window, "reader")

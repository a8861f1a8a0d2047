"""A library sync installed is opened between visitors, never during a visit; the admin sync section."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from kiosk_app.core.libdir import build_library
from kiosk_app.ui.qt import QtWidgets
from kiosk_app.ui.search_service import SearchRequest
from sync.state import current_library
from sync.status import StatusWriter
from tests.helpers.factory import document, header
from tests.ui.conftest import make_kiosk, shutdown
from tests.ui.helpers import find

V1_BUILT = "2026-11-01T02:00:00+08:00"
V2_BUILT = "2026-11-20T03:00:00+08:00"
ONLY_V2 = "数据出境安全评估办法"


def _build(root: Path, version: int, built_at: str, records: list[dict]) -> Path:
    source = root / f"source-v{version}.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    out = root / "libraries" / f"v{version}"
    build_library([source], out, header={**header(version), "built_at": built_at})
    source.unlink()
    return out


def point_current(data: Path, version: int) -> None:
    """Switch ``current`` the way sync does: a new relative symlink moved over the old one."""
    tmp = data / ".current.test.tmp"
    os.symlink(f"libraries/v{version}", tmp)
    os.replace(tmp, data / "current")


@pytest.fixture(scope="module")
def synced_libraries(tmp_path_factory) -> Path:
    """Versions 1 and 2 of a small library laid out as sync leaves them (built once per module)."""
    root = tmp_path_factory.mktemp("synced")
    common = [document("doc-dogs"), document("doc-roads", title="济南市城市道路管理条例")]
    _build(root, 1, V1_BUILT, common)
    _build(root, 2, V2_BUILT, [*common, document("doc-data", title=ONLY_V2, level="国家", region="")])
    return root / "libraries"


@pytest.fixture
def data_dir(tmp_path, synced_libraries) -> Path:
    data = tmp_path / "kiosk"
    data.mkdir()
    (data / "libraries").symlink_to(synced_libraries, target_is_directory=True)
    point_current(data, 1)
    return data


@pytest.fixture
def synced_kiosk(qtbot, data_dir, clock):
    window = make_kiosk(qtbot, current_library(data_dir), data_dir, clock)
    window.start()
    yield window
    shutdown(window)


def search_titles(qtbot, window, text: str) -> list[str]:
    runner = window.ctx.runner
    qtbot.waitUntil(lambda: runner.backend_name != "", timeout=20000)
    with qtbot.waitSignal(runner.results, timeout=20000) as blocker:
        runner.search(SearchRequest.make(text))
    return [hit.title for hit in blocker.args[1].hits]


def footer_date(window) -> str:
    return window.footer.updated.text()


def assert_closed(store) -> None:
    with pytest.raises(sqlite3.ProgrammingError):
        store.conn.execute("SELECT 1")


def test_idle_reset_opens_the_new_library_and_closes_the_old(qtbot, synced_kiosk, data_dir, clock):
    window = synced_kiosk
    old_store = window.ctx.store
    assert window.ctx.data_dir == data_dir
    assert window.ctx.store.meta()["version"] == 1
    assert "2026-11-01" in footer_date(window)
    assert ONLY_V2 not in search_titles(qtbot, window, "数据出境")

    point_current(data_dir, 2)
    # The home screen's timer looks again once home has been untouched for a while.
    window.library_watch.timer.setInterval(20)
    clock.advance(window.library_watch.quiet_seconds + 1)
    with qtbot.waitSignal(window.library_watch.reopened, timeout=5000):
        pass

    assert window.ctx.library_dir.name == "v2"
    assert window.ctx.store.meta()["version"] == 2
    assert window.ctx.store.get_document("doc-data")["title"] == ONLY_V2
    assert "2026-11-20" in footer_date(window)
    assert ONLY_V2 in search_titles(qtbot, window, "数据出境")
    assert window.current_page == "home"
    assert_closed(old_store)
    # Nothing changed since: the next look is one readlink and opens nothing.
    assert window.library_watch.check() is False


def test_a_switch_during_a_visit_waits_until_the_visitor_leaves(qtbot, synced_kiosk, data_dir, clock):
    window = synced_kiosk
    old_store = window.ctx.store
    window.open("search")
    assert window.visit.started

    point_current(data_dir, 2)
    clock.advance(window.library_watch.quiet_seconds + 1)
    assert window.library_watch.check() is False
    window.library_watch.timer.timeout.emit()
    assert window.ctx.store is old_store and window.ctx.store.meta()["version"] == 1
    assert window.current_page == "search"

    # The visitor walks away: the idle reset ends the visit, and the new library opens then.
    clock.advance(window.ctx.settings.idle_timeout + 1)
    with qtbot.waitSignal(window.library_watch.reopened, timeout=5000):
        window.idle.tick()
    assert window.current_page == "home" and not window.visit.started
    assert window.ctx.store.meta()["version"] == 2
    assert "2026-11-20" in footer_date(window)
    assert_closed(old_store)
    # Screens made from the old library were dropped; the search screen is made afresh.
    assert "search" not in window.created_pages()


def test_a_library_that_will_not_open_is_left_alone(qtbot, synced_kiosk, data_dir, clock):
    window = synced_kiosk
    broken = data_dir / "libraries-broken" / "v3"
    broken.mkdir(parents=True)
    (broken / "library.sqlite").write_bytes(b"not a database" * 100)
    os.symlink(broken, data_dir / ".current.tmp")
    os.replace(data_dir / ".current.tmp", data_dir / "current")
    clock.advance(window.library_watch.quiet_seconds + 1)
    if current_library(data_dir) is None:
        pytest.skip("sync.state does not consider this directory a library; nothing to reopen")
    assert window.library_watch.check() is False
    assert window.ctx.store.meta()["version"] == 1 and window.current_page == "home"
    # Refused once, it is not opened again on every look, until ``current`` moves.
    assert window.library_watch.check() is False
    point_current(data_dir, 2)
    assert window.library_watch.check() is True


def open_admin(window):
    window.visit.admin = True
    return window.open("admin")


def test_admin_sync_section_without_provisioning(qtbot, synced_kiosk):
    window = synced_kiosk
    page = open_admin(window)
    sync_now = find(window, QtWidgets.QPushButton, "SyncNow")
    assert not sync_now.isEnabled()
    assert "kiosk.json" in find(window, QtWidgets.QLabel, "SyncNote").text()
    assert "第 1 版" in find(window, QtWidgets.QLabel, "Sync_version").text()
    assert "未配置同步" in find(window, QtWidgets.QLabel, "Sync_state").text()
    assert page.sync_process is None


def test_admin_sync_section_shows_progress_and_the_last_fault(qtbot, synced_kiosk, data_dir):
    window = synced_kiosk
    stamp = [1_795_900_000.0]
    writer = StatusWriter(data_dir, clock=lambda: stamp[0])
    writer.success(version=2, built_at=V2_BUILT, library_id="test-lib", message="synced to version 2")
    writer.state("downloading", "fetching snapshot")
    writer.progress(bytes_done=3 * 1024 * 1024, bytes_total=8 * 1024 * 1024, records_done=120,
                    records_total=400, force=True)
    open_admin(window)
    text = {key: find(window, QtWidgets.QLabel, f"Sync_{key}").text()
            for key in ("version", "state", "progress", "result", "detail")}
    assert "第 1 版" in text["version"] and "已下载第 2 版" in text["version"]
    assert "正在下载" in text["state"]
    assert "3.0 MB / 8.0 MB" in text["progress"] and "120 / 400" in text["progress"]
    assert text["result"].startswith("成功")
    assert text["detail"] == "fetching snapshot"

    stamp[0] += 60
    writer.fault("network", "connection refused by sync.example.org")
    window.page("admin").refresh_sync()
    result = find(window, QtWidgets.QLabel, "Sync_result")
    detail = find(window, QtWidgets.QLabel, "Sync_detail")
    progress = find(window, QtWidgets.QLabel, "Sync_progress")
    assert result.text().startswith("失败") and "网络" in result.text()
    assert detail.text() == "network: connection refused by sync.example.org"
    assert not progress.isVisibleTo(window)


def test_sync_now_runs_the_client_without_blocking(qtbot, synced_kiosk, data_dir):
    window = synced_kiosk
    # A configuration the client refuses: it exits at once with its own error, which is
    # enough to see the button run the real program in the background and come back.
    (data_dir / "kiosk.json").write_text("{}", encoding="utf-8")
    page = open_admin(window)
    sync_now = find(window, QtWidgets.QPushButton, "SyncNow")
    assert sync_now.isEnabled()
    sync_now.click()
    proc = page.sync_process
    assert proc is not None
    assert not sync_now.isEnabled() and sync_now.text() == "正在同步…"
    with qtbot.waitSignal(proc.finished, timeout=60000) as blocker:
        pass
    assert blocker.args[0] != 0
    assert page.sync_process is None
    assert sync_now.isEnabled() and sync_now.text() == "立即同步"


def test_an_index_the_library_cannot_use_is_rebuilt_and_search_switches_between_visitors(
        qtbot, synced_libraries, tmp_path, clock):
    """An index from an older release (here: one whose files are gone) → titles meanwhile, then the rebuilt index."""
    import shutil

    from kiosk_app.core.libdir import INDEX_DIR, index_matches

    lib = tmp_path / "lib"
    shutil.copytree(synced_libraries / "v2", lib)
    data_dir = tmp_path / "data"            # no sync here: nothing but the repair can change the search
    data_dir.mkdir()
    shutil.rmtree(lib / INDEX_DIR)
    (lib / INDEX_DIR).mkdir()
    assert not index_matches(lib)
    window = make_kiosk(qtbot, lib, data_dir, clock)
    try:
        runner = window.ctx.runner
        qtbot.waitUntil(lambda: runner.backend_name != "", timeout=10000)
        assert runner.backend_name != "index"          # the title fallback while the index is unusable
        window.library_watch.repair_index()
        qtbot.waitUntil(lambda: window.library_watch.repair is None, timeout=60000)
        assert index_matches(lib)
        # Home and untouched: the switch happens at once; a visitor mid-visit would wait for its end.
        clock.advance(60)
        window.library_watch.check(just_ended=True)
        qtbot.waitUntil(lambda: runner.backend_name == "index", timeout=10000)
        assert window.ctx.library_dir == lib
    finally:
        shutdown(window)

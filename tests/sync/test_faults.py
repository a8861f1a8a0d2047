"""Faults over a real loopback HTTP server: after each, the kiosk is on a verified version,
the status and log say what happened in one line, and the next sync completes."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

from sync import state
from sync.client.syncer import sync_once
from sync.errors import DiskSpaceError, NetworkError, SecurityError
from sync.libops import records_digest
from sync.publish.repo import _hashed
from sync.status import read_status
from tests.sync.conftest import library_records, provision_kiosk


def digest_of(central, version):
    return next(v["records_sha256"] for v in central.state["versions"] if v["version"] == version)


def snapshot_path(central) -> str:
    targets = central.load("targets").signed.targets
    name = next(n for n in targets if "snapshot-" in n)
    return "/targets/" + _hashed(name, targets[name])


def delta_path(central) -> str:
    targets = central.load("targets").signed.targets
    name = max((n for n in targets if "delta-" in n), key=lambda n: int(n.rsplit("-v", 1)[1].split(".")[0]))
    return "/targets/" + _hashed(name, targets[name])


def assert_fault_reported(cfg, kind: str, text: str) -> None:
    status = read_status(cfg.data_path)
    assert status["state"] == "error" and status["last_error"]["kind"] == kind
    assert text in status["message"]
    log = (cfg.data_path / "sync.log").read_text(encoding="utf-8") if (cfg.data_path / "sync.log").exists() else ""
    return log


@pytest.fixture
def on_v1(central, publish, kiosk):
    publish(library_records(40))
    sync_once(kiosk)
    publish(library_records(40, edition="改", change=(1, 2, 3), drop=(5,)))
    return kiosk


def test_http_500s_are_retried(central, on_v1, server):
    server.add("/targets/", "500", times=2)
    assert sync_once(on_v1).version == 2
    assert [s for _, _, s in server.requests_for("/targets/")].count(500) == 2


def test_truncated_and_reset_downloads_resume_with_range(central, on_v1, server):
    path = delta_path(central)
    server.add(path, "truncate", after=300)
    server.add(path, "reset", after=400)
    assert sync_once(on_v1).version == 2
    ranges = [r for _, r, s in server.requests_for(path)]
    assert ranges[0] is None and ranges[1] == "bytes=300-" and ranges[2] == "bytes=700-"
    assert records_digest(state.current_library(on_v1.data_path)) == digest_of(central, 2)


def test_resume_across_runs_after_giving_up(central, on_v1, server):
    path = delta_path(central)
    for _ in range(4):               # every try of this run fails mid-file
        server.add(path, "reset", after=300)
    with pytest.raises(NetworkError, match="connection lost"):
        sync_once(on_v1)
    assert state.current_version_number(on_v1.data_path) == 1
    assert_fault_reported(on_v1, "network", "connection lost")
    assert sync_once(on_v1).version == 2
    # (bytes in flight when a RST arrives are lost, so the resume point is not exactly 4 x 300)
    last = server.requests_for(path)[-1]
    assert last[1].startswith("bytes=") and int(last[1][6:-1]) >= 300 and last[2] == 206


def test_a_server_that_ignores_range_restarts_the_file(central, publish, tmp_path):
    from tests.sync.server import RepoServer
    publish(library_records(30))
    with RepoServer(central.root / "repository", ranges=False) as srv:
        cfg = provision_kiosk(central, srv.url, tmp_path / "k2", kiosk_id="k2")
        srv.add(snapshot_path(central), "truncate", after=500)
        assert sync_once(cfg).version == 1
        assert [s for _, _, s in srv.requests_for(snapshot_path(central))] == [200, 200]


def test_a_stalled_server_times_out_and_the_next_sync_completes(central, on_v1, server):
    path = delta_path(central)
    for _ in range(4):
        server.add(path, "stall", after=200)
    with pytest.raises(NetworkError, match="stalled"):
        sync_once(on_v1)
    log = assert_fault_reported(on_v1, "network", "stalled")
    assert "sync failed: network: the server stalled" in log
    assert state.current_version_number(on_v1.data_path) == 1
    assert sync_once(on_v1).version == 2


def test_a_tampered_target_is_refused_then_fetched_afresh(central, on_v1, server):
    path = delta_path(central)
    server.add(path, "tamper")
    with pytest.raises(SecurityError, match="does not match its signed hash"):
        sync_once(on_v1)
    assert_fault_reported(on_v1, "security", "tampered")
    assert state.current_version_number(on_v1.data_path) == 1
    assert not list((on_v1.data_path / "tuf" / "partial").iterdir())
    assert sync_once(on_v1).version == 2


def test_replayed_older_metadata_is_refused(central, publish, kiosk, server):
    publish(library_records(20))
    old_timestamp = (central.metadata_dir / "timestamp.json").read_bytes()
    publish(library_records(22))
    sync_once(kiosk)
    publish(library_records(24))
    server.overrides["metadata/timestamp.json"] = old_timestamp
    with pytest.raises(SecurityError, match="replayed or rolled-back"):
        sync_once(kiosk)
    assert_fault_reported(kiosk, "security", "replayed")
    assert state.current_version_number(kiosk.data_path) == 2
    del server.overrides["metadata/timestamp.json"]
    assert sync_once(kiosk).version == 3


def test_expired_metadata_is_refused_until_refreshed(central, publish, kiosk):
    publish(library_records(20))
    sync_once(kiosk)
    real_clock = central.clock
    central.clock = lambda: real_clock() - dt.timedelta(days=30)    # sign as if a month ago
    publish(library_records(21))
    with pytest.raises(SecurityError, match="expired metadata"):
        sync_once(kiosk)
    assert_fault_reported(kiosk, "security", "expired")
    assert state.current_version_number(kiosk.data_path) == 1
    central.clock = real_clock
    central.refresh()
    assert sync_once(kiosk).version == 2


@pytest.fixture
def tiny_disk(tmp_path):
    """A 2 MiB tmpfs (root only); skipped where mounting is not allowed."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    if shutil.which("mount") is None or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_is_refused_up_front_and_mid_apply(central, publish, tmp_path, tiny_disk, server):
    publish(library_records(400, body_repeat=6))
    cfg = provision_kiosk(central, server.url, tiny_disk / "kiosk", kiosk_id="tiny")
    with pytest.raises(DiskSpaceError, match="MB free"):
        sync_once(cfg)
    assert_fault_reported(cfg, "disk", "only")
    assert state.current_library(cfg.data_path) is None

    # without the up-front check the disk fills during download or apply: still nothing half-done
    unchecked = provision_kiosk(central, server.url, tiny_disk / "k2", kiosk_id="tiny2",
                                check_free_space=False)
    with pytest.raises(DiskSpaceError, match="full|filled"):
        sync_once(unchecked)
    assert state.current_library(unchecked.data_path) is None
    assert not list((unchecked.data_path / "libraries").glob(".staging-*"))

    subprocess.run(["mount", "-o", "remount,size=64m", str(tiny_disk)], check=True)
    assert sync_once(unchecked).version == 1
    assert records_digest(state.current_library(unchecked.data_path)) == digest_of(central, 1)


def test_a_damaged_local_library_is_replaced_from_the_snapshot(central, on_v1, publish):
    import sqlite3
    current = state.current_library(on_v1.data_path)
    with sqlite3.connect(current / "library.sqlite") as conn:      # bit rot in the installed copy
        conn.execute("UPDATE documents SET title = '损坏' WHERE id = 'doc-00020'")
    conn.close()
    result = sync_once(on_v1)
    assert (result.version, result.plan) == (2, "snapshot")
    assert records_digest(state.current_library(on_v1.data_path)) == digest_of(central, 2)
    log = (on_v1.data_path / "sync.log").read_text(encoding="utf-8")
    assert "record digest mismatch" in log and "using the snapshot" in log


def test_an_unreadable_installed_library_is_replaced_from_the_snapshot(central, on_v1):
    current = state.current_library(on_v1.data_path)
    (current / "library.sqlite").write_bytes(b"not a database at all" * 100)
    result = sync_once(on_v1)
    assert (result.version, result.plan) == (2, "snapshot")
    assert records_digest(state.current_library(on_v1.data_path)) == digest_of(central, 2)


def test_redirects_are_followed(central, publish, tmp_path):
    """A CDN that answers with a redirect to the real file."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    import threading

    from tests.sync.server import RepoServer
    publish(library_records(10))
    with RepoServer(central.root / "repository") as origin:
        class Redirect(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                self.send_response(302)
                self.send_header("Location", origin.url + self.path)
                self.send_header("Content-Length", "0")
                self.end_headers()

        edge = ThreadingHTTPServer(("127.0.0.1", 0), Redirect)
        threading.Thread(target=edge.serve_forever, daemon=True).start()
        try:
            cfg = provision_kiosk(central, f"http://127.0.0.1:{edge.server_address[1]}", tmp_path / "k3",
                                  kiosk_id="k3")
            assert sync_once(cfg).version == 1
        finally:
            edge.shutdown()
            edge.server_close()


def test_a_file_longer_than_signed_is_cut_off(central, on_v1, server):
    path = delta_path(central)
    real = (central.root / "repository" / path.lstrip("/")).read_bytes()
    server.overrides[path.lstrip("/")] = real + bytes(50_000)     # an endless-data attack, bounded
    with pytest.raises(SecurityError, match="longer than its signed length"):
        sync_once(on_v1)
    assert state.current_version_number(on_v1.data_path) == 1
    assert not list((on_v1.data_path / "tuf" / "partial").iterdir())
    del server.overrides[path.lstrip("/")]
    assert sync_once(on_v1).version == 2

"""The kiosk side end to end over a real loopback HTTP server: snapshot, deltas, switch, rollback."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile

import pytest

from kiosk_app.core.store import LibraryStore
from sync import state
from sync.client.bundle_import import import_bundle
from sync.client.cli import main as client_main
from sync.client.syncer import sync_once
from sync.errors import BusyError, SecurityError
from sync.libops import records_digest
from sync.publish.bundle import export_bundle
from sync.status import read_status
from tests.sync.conftest import library_records, provision_kiosk


def file_hashes(root):
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def digest_of(central, version):
    return next(v["records_sha256"] for v in central.state["versions"] if v["version"] == version)


def test_first_sync_takes_the_snapshot_then_deltas(central, publish, kiosk):
    publish(library_records(30))
    result = sync_once(kiosk)
    assert (result.version, result.plan, result.changed) == (1, "snapshot", True)
    lib = state.current_library(kiosk.data_path)
    assert lib == kiosk.data_path / "libraries" / "v1"
    assert records_digest(lib) == digest_of(central, 1)

    before = file_hashes(lib)
    publish(library_records(30, edition="（修订）", change=(1, 2), drop=(9,)))
    result = sync_once(kiosk)
    assert (result.version, result.plan) == (2, "deltas")
    lib2 = state.current_library(kiosk.data_path)
    assert records_digest(lib2) == digest_of(central, 2)
    with LibraryStore.open(lib2) as store:
        assert store.get_document("doc-00009") is None
        assert store.get_document("doc-00001")["title"].endswith("（修订）")
        assert store.meta()["version"] == 2
    # the previous version stays, untouched (store and index, byte for byte), for rollback
    assert file_hashes(kiosk.data_path / "libraries" / "v1") == before
    assert any(p.stat().st_nlink > 1 for p in (lib2 / "index").iterdir())   # shared immutable segments

    again = sync_once(kiosk)
    assert (again.changed, again.plan) == (False, "current")
    status = read_status(kiosk.data_path)
    assert status["state"] == "idle" and status["version"] == 2 and status["last_error"] is None


def test_old_versions_are_pruned_and_rollback_works(central, publish, kiosk):
    for n in range(4):
        publish(library_records(10, edition=f"第{n}版", change=(n,)))
        sync_once(kiosk)
    assert state.installed_versions(kiosk.data_path) == [3, 4]
    assert state.rollback(kiosk.data_path) == kiosk.data_path / "libraries" / "v3"
    assert state.current_version_number(kiosk.data_path) == 3
    assert client_main(["--config", str(kiosk.path), "--once"]) == 0
    assert state.current_version_number(kiosk.data_path) == 4


def test_the_ui_keeps_its_version_until_it_reopens(central, publish, kiosk):
    publish(library_records(10))
    sync_once(kiosk)
    opened = state.current_library(kiosk.data_path)
    store = LibraryStore.open(opened)
    assert state.newer_current(kiosk.data_path, opened) is None
    publish(library_records(12))
    sync_once(kiosk)
    newer = state.newer_current(kiosk.data_path, opened)
    assert newer == kiosk.data_path / "libraries" / "v2"
    assert store.meta()["version"] == 1 and store.get_document("doc-00011") is None
    store.close()


def test_sync_waits_for_the_visitor_to_finish(central, publish, kiosk):
    publish(library_records(10))
    with pytest.raises(BusyError, match="mid-session"):
        sync_once(kiosk, busy=lambda: True)
    assert state.current_library(kiosk.data_path) is None
    assert read_status(kiosk.data_path)["last_error"]["kind"] == "busy"

    # busy only at the switch: the staged version waits, then switches once the visitor leaves
    answers = iter([False, False, True, True, False])
    waits = []
    result = sync_once(kiosk, busy=lambda: next(answers), wait=waits.append)
    assert result.version == 1 and len(waits) == 2


def test_a_staged_version_is_switched_on_the_next_run(central, publish, kiosk):
    publish(library_records(10))
    calls = iter([False, False, True])
    with pytest.raises(BusyError, match="switching on the next sync"):
        sync_once(kiosk, busy=lambda: next(calls, True), wait=lambda s: None)
    assert state.current_library(kiosk.data_path) is None
    assert (kiosk.data_path / "libraries" / "v1").is_dir()
    result = sync_once(kiosk)
    assert result.version == 1 and state.current_version_number(kiosk.data_path) == 1


def test_status_cli_prints_version_time_and_outbox(central, publish, kiosk, capsys):
    publish(library_records(10))
    assert client_main(["--config", str(kiosk.path), "--once"]) == 0
    capsys.readouterr()
    assert client_main(["--config", str(kiosk.path), "--status", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["version"] == 1 and out["version_built_at"] == central.state["versions"][0]["built_at"]
    assert out["outbox_size"] == 0 and out["library_id"] == "test-lib"
    assert out["progress"]["bytes_done"] == out["progress"]["bytes_total"] > 0


def test_offline_bundle_imports_with_the_same_verification(central, publish, tmp_path):
    publish(library_records(20))
    publish(library_records(20, edition="改", change=(5,)))
    offline = provision_kiosk(central, "http://127.0.0.1:9", tmp_path / "offline", kiosk_id="offline-1")
    usb = tmp_path / "usb" / "update.tar"
    info = export_bundle(central, usb)
    assert info["version"] == 2
    result = import_bundle(offline, usb)
    assert result.version == 2 and result.plan == "snapshot"
    assert records_digest(state.current_library(offline.data_path)) == digest_of(central, 2)

    # an altered bundle is refused exactly as online, and the kiosk stays on version 2
    publish(library_records(20, edition="再改", change=(6,)))
    export_bundle(central, usb)
    tampered = tmp_path / "usb" / "tampered.tar"
    with tarfile.open(usb) as src, tarfile.open(tampered, "w") as dst:
        for member in src.getmembers():
            data = src.extractfile(member).read()
            if ".delta-v2-v3" in member.name:
                data = data[:-20] + bytes(20)
            member.size = len(data)
            dst.addfile(member, io.BytesIO(data))
    with pytest.raises(SecurityError, match="signed hash"):
        import_bundle(offline, tampered)
    assert state.current_version_number(offline.data_path) == 2
    assert import_bundle(offline, usb).version == 3

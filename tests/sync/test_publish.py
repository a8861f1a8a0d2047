"""The central side: signed metadata, canonical snapshots, deltas, key rotation, expiry."""

from __future__ import annotations

import gzip
import json

import pytest
from tuf.api.metadata import Metadata

from kiosk_app.core.store_write import ImportFailed
from sync.manifest import MANIFEST_TARGET, Manifest
from sync.publish import release
from sync.publish.cli import main as central_main
from sync.publish.repo import CentralRepo, PublishError, _hashed
from tests.helpers import factory
from tests.sync.conftest import library_records, write_export


def read_gz_lines(path):
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def published_manifest(central) -> Manifest:
    info = central.load("targets").signed.targets[MANIFEST_TARGET]
    return Manifest.from_json((central.targets_dir / _hashed(MANIFEST_TARGET, info)).read_bytes())


def test_init_signs_every_role(central):
    for role in ("root", "targets", "snapshot", "timestamp"):
        md = central.load(role)
        assert md.signatures, role
    root = central.load("root")
    assert root.signed.consistent_snapshot
    root.verify_delegate("root", root)
    for role in ("targets", "snapshot", "timestamp"):
        root.verify_delegate(role, central.load(role))
    with pytest.raises(PublishError, match="already holds"):
        CentralRepo.init(central.root, library_id="x")


def test_first_publication_is_a_canonical_snapshot(central, publish):
    rel = publish(library_records(20))
    assert (rel.version, rel.records, rel.documents, rel.delta_bytes) == (1, 22, 20, None)
    manifest = published_manifest(central)
    assert manifest.version == 1 and manifest.deltas == () and manifest.documents == 20
    info = central.load("targets").signed.targets[manifest.snapshot.target]
    lines = read_gz_lines(central.targets_dir / _hashed(manifest.snapshot.target, info))
    assert lines[0]["type"] == "library" and lines[0]["id"] == "test-lib" and lines[0]["version"] == 1
    assert "base_version" not in lines[0]


def test_same_library_gives_the_same_snapshot_bytes(central, tmp_path):
    a = write_export(tmp_path / "a.jsonl.gz", library_records(10))
    rel = release.publish(central, a, built_at="2026-11-20T02:00:00+08:00")
    other = CentralRepo.init(tmp_path / "other", library_id="test-lib", title="测试库")
    release.publish(other, a, built_at="2026-11-20T02:00:00+08:00")
    m1, m2 = published_manifest(central), published_manifest(other)
    assert m1.snapshot == m2.snapshot and m1.records_sha256 == m2.records_sha256
    assert rel.version == 1


def test_delta_holds_changed_records_and_tombstones(central, publish):
    publish(library_records(30))
    rel = publish(library_records(30, edition="（修订）", change=(3, 4), drop=(7,)))
    assert rel.version == 2 and rel.upserts == 2 and rel.tombstones == 1
    manifest = published_manifest(central)
    (delta,) = manifest.deltas
    assert (delta.base_version, delta.version) == (1, 2)
    info = central.load("targets").signed.targets[delta.target]
    lines = read_gz_lines(central.targets_dir / _hashed(delta.target, info))
    assert lines[0]["base_version"] == 1 and lines[0]["version"] == 2
    assert {r["id"] for r in lines[1:] if r["type"] == "document"} == {"doc-00003", "doc-00004"}
    assert [(r["of"], r["id"]) for r in lines[1:] if r["type"] == "tombstone"] == [("document", "doc-00007")]
    assert delta.length < manifest.snapshot.length


def test_deltas_accumulate_and_old_files_are_pruned(central, publish):
    for n in range(5):
        publish(library_records(10, edition=f"v{n}", change=(n,)))
    manifest = published_manifest(central)
    assert [(d.base_version, d.version) for d in manifest.deltas] == [(1, 2), (2, 3), (3, 4), (4, 5)]
    snapshots = sorted(p.name for p in (central.targets_dir / "library").glob("*.snapshot-*"))
    assert len(snapshots) == 2      # the current one, and the previous for kiosks mid-download


def test_a_delta_is_refused_as_input(central, tmp_path):
    path = write_export(tmp_path / "d.jsonl.gz", [factory.header(2, base=1), factory.document("a")])
    with pytest.raises(PublishError, match="publish takes a full export"):
        release.publish(central, path)
    assert central.state["versions"] == []


def test_bad_records_are_refused_with_their_line(central, tmp_path):
    records = library_records(5)
    records[3] = dict(records[3], level="月球")
    path = write_export(tmp_path / "bad.jsonl.gz", records)
    with pytest.raises(ImportFailed, match=r"bad.jsonl.gz:4: field 'level'"):
        release.publish(central, path)
    assert central.state["versions"] == [] and MANIFEST_TARGET not in central.target_names()


def test_rotating_keys_keeps_a_valid_chain(central, publish):
    publish(library_records(5))
    old_root = central.load("root")
    central.rotate_key("root")
    central.rotate_key("targets")
    new_root = central.load("root")
    assert new_root.signed.version == old_root.signed.version + 2
    middle = Metadata.from_file(str(central.metadata_dir / f"{old_root.signed.version + 1}.root.json"))
    old_root.verify_delegate("root", middle)       # old keys vouch for the new root
    middle.verify_delegate("root", middle)
    new_root.verify_delegate("targets", central.load("targets"))


def test_refresh_renews_the_timestamp(central, publish):
    publish(library_records(5))
    before = central.load("timestamp").signed
    assert central.refresh() == ["timestamp"]
    after = central.load("timestamp").signed
    assert after.version == before.version + 1 and after.expires >= before.expires


def test_cli_reports_expected_trouble_in_one_line(tmp_path, capsys):
    assert central_main(["publish", str(tmp_path / "nowhere"), "--export", "x.jsonl"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kiosk-central publish: error:") and "init" in err
    assert central_main(["init", str(tmp_path / "c"), "--library-id", "lib"]) == 0
    assert central_main(["publish", str(tmp_path / "c"), "--export", str(tmp_path / "missing.gz")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_cli_commands_end_to_end(tmp_path, capsys):
    root = str(tmp_path / "c")
    export = write_export(tmp_path / "e.jsonl.gz", library_records(8))
    assert central_main(["init", root, "--library-id", "lib", "--timestamp-days", "2"]) == 0
    assert central_main(["publish", root, "--export", str(export)]) == 0
    assert central_main(["publish", root, "--export", str(export)]) == 0
    assert "delta" in capsys.readouterr().out
    assert central_main(["rotate-key", root, "--role", "snapshot"]) == 0
    assert central_main(["refresh", root]) == 0
    assert central_main(["provisioning", root, "--base-url", "http://127.0.0.1:9", "--kiosk-id", "k1",
                         "--setting", "keep_versions=3", "--out", str(tmp_path / "k1.json")]) == 0
    assert json.loads((tmp_path / "k1.json").read_text())["settings"] == {"keep_versions": 3}
    assert central_main(["bundle", root, "--out", str(tmp_path / "usb" / "b.tar")]) == 0
    assert central_main(["status", root]) == 0
    out = capsys.readouterr().out
    assert "lib version 2" in out and "2 version(s) published" in out and "root v2" in out

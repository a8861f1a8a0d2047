"""The pure choice between a delta chain and the snapshot."""

from __future__ import annotations

import pytest

from sync.errors import CentralError
from sync.manifest import Manifest, Offer, plan_update


def manifest(version=5, snapshot_len=10_000, deltas=((1, 2, 100), (2, 3, 100), (3, 4, 100), (4, 5, 100))):
    return Manifest(library_id="lib", version=version, built_at="2026-11-01T00:00:00+08:00",
                    snapshot=Offer(f"library/snapshot-v{version}.jsonl.gz", snapshot_len, version),
                    deltas=tuple(Offer(f"library/delta-v{b}-v{v}.jsonl.gz", n, v, b) for b, v, n in deltas))


def test_fresh_kiosk_takes_the_snapshot():
    plan = plan_update(manifest(), current_version=None, current_library_id=None)
    assert plan.kind == "snapshot" and plan.steps[0].version == 5


def test_current_kiosk_does_nothing():
    assert plan_update(manifest(), current_version=5, current_library_id="lib").kind == "current"


def test_chain_from_the_kiosk_version():
    plan = plan_update(manifest(), current_version=2, current_library_id="lib")
    assert plan.kind == "deltas"
    assert [(s.base_version, s.version) for s in plan.steps] == [(2, 3), (3, 4), (4, 5)]
    assert plan.bytes == 300


def test_too_far_behind_takes_the_snapshot():
    plan = plan_update(manifest(), current_version=0, current_library_id="lib")
    assert plan.kind == "snapshot" and "too far behind" in plan.reason


def test_chain_larger_than_snapshot_takes_the_snapshot():
    plan = plan_update(manifest(snapshot_len=250), current_version=2, current_library_id="lib")
    assert plan.kind == "snapshot" and "not smaller" in plan.reason


def test_cheapest_of_two_routes_is_chosen():
    m = manifest(deltas=((1, 2, 100), (2, 3, 100), (3, 5, 1000), (3, 4, 100), (4, 5, 100), (1, 5, 150)))
    plan = plan_update(m, current_version=1, current_library_id="lib")
    assert [(s.base_version, s.version) for s in plan.steps] == [(1, 5)]


def test_long_chain_is_capped():
    plan = plan_update(manifest(), current_version=1, current_library_id="lib", max_steps=2)
    assert plan.kind == "snapshot"


def test_other_library_takes_the_snapshot():
    plan = plan_update(manifest(), current_version=4, current_library_id="other")
    assert plan.kind == "snapshot" and "library changed" in plan.reason


def test_central_older_than_kiosk_is_refused():
    with pytest.raises(CentralError, match="refusing to go back"):
        plan_update(manifest(), current_version=9, current_library_id="lib")


def test_manifest_round_trip_and_malformed():
    m = manifest()
    assert Manifest.from_json(m.to_json()) == m
    with pytest.raises(CentralError, match="malformed"):
        Manifest.from_json(b'{"format": 1}')
    with pytest.raises(CentralError, match="format"):
        Manifest.from_json(b'{"format": 99}')

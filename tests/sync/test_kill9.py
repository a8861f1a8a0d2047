"""kill -9 at many points of download and apply: the kiosk always opens a verified version.

Each case copies a kiosk data directory, runs ``python -m sync.client --once``
in a subprocess that SIGKILLs itself at a chosen checkpoint
(``KIOSK_SYNC_KILL_AT``, see sync/faults.py), then checks that ``current``
opens on version 1 or 2 with exactly the published records, and that the next
sync completes. bench/sync_soak.py does the same at random points, thousands
of times.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys

import pytest

from sync import libops, state
from sync.client.config import load_config
from sync.client.syncer import sync_once
from sync.libops import records_digest
from sync.publish import release
from sync.publish.repo import CentralRepo
from tests.sync.conftest import library_records, provision_kiosk, write_export
from tests.sync.server import RepoServer

# (template, checkpoint, occurrence): "fresh" has no library yet (snapshot path),
# "v1" is on version 1 (delta path).
FRESH = [("fresh", "download.chunk", n) for n in (1, 3, 6, 10, 15, 20, 26, 32, 40, 48, 56, 64, 70, 73, 75)] + \
        [("fresh", "apply.record", n) for n in (1, 2, 8, 16, 30, 44)] + \
        [("fresh", p, 1) for p in ("apply.staged", "apply.renamed", "switch.before", "switch.after")]
DELTA = [("v1", "download.chunk", n) for n in (1, 4, 8, 12, 18, 24, 30, 36, 42, 48, 54, 60, 64, 68)] + \
        [("v1", "apply.record", n) for n in (1, 2, 4, 7, 10, 14, 17, 18)] + \
        [("v1", p, 1) for p in ("apply.step", "apply.staged", "apply.renamed", "switch.before",
                                "switch.after")]
# The same steps with the real search index kept in step (slower: a few points only).
INDEXED = [("v1-indexed", "apply.record", 10), ("v1-indexed", "apply.staged", 1),
           ("fresh-indexed", "apply.record", 30), ("fresh-indexed", "apply.renamed", 1)]
POINTS = FRESH + DELTA + INDEXED

# Run the client with the search package hidden: the library is complete without index/.
NO_SEARCH = ("import sys; sys.modules['kiosk_app.core.search'] = None; "
             "from sync.client.cli import main; sys.exit(main())")


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    base = tmp_path_factory.mktemp("kill9")
    central = CentralRepo.init(base / "central", library_id="test-lib", title="测试库")
    release.publish(central, write_export(base / "v1.jsonl.gz", library_records(40, body_repeat=4)))
    with RepoServer(central.root / "repository") as server:
        templates = {
            "fresh": provision_kiosk(central, server.url, base / "fresh", kiosk_id="fresh", chunk_bytes=256),
            "fresh-indexed": provision_kiosk(central, server.url, base / "fresh-i", kiosk_id="fresh-i"),
            "v1": provision_kiosk(central, server.url, base / "v1", kiosk_id="v1", chunk_bytes=128),
            "v1-indexed": provision_kiosk(central, server.url, base / "v1-i", kiosk_id="v1-i"),
        }
        sync_once(templates["v1-indexed"])
        with _no_search():
            sync_once(templates["v1"])
        assert not (templates["v1"].data_path / "current" / "index").exists()
        release.publish(central, write_export(base / "v2.jsonl.gz", library_records(
            45, body_repeat=4, edition="（修订）", change=tuple(range(0, 40, 4)), drop=(7, 8, 9))))
        digests = {v["version"]: v["records_sha256"] for v in central.state["versions"]}
        yield {"base": base, "templates": templates, "digests": digests}


@contextlib.contextmanager
def _no_search():
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(libops, "_search_index", lambda: None)
        yield


def _copy_kiosk(world, template: str, name: str):
    cfg = world["templates"][template]
    dest = world["base"] / "cases" / name
    shutil.copytree(cfg.data_path, dest, symlinks=True)
    return load_config(dest / "kiosk.json")


@pytest.mark.parametrize("template,point,n", POINTS, ids=[f"{t}-{p}-{n}" for t, p, n in POINTS])
def test_kill9_leaves_a_verified_version(world, template, point, n):
    cfg = _copy_kiosk(world, template, f"{template}-{point}-{n}")
    env = dict(os.environ, KIOSK_SYNC_KILL_AT=f"{point}:{n}")
    indexed = template.endswith("-indexed")
    launcher = ["-m", "sync.client"] if indexed else ["-c", NO_SEARCH]
    proc = subprocess.run([sys.executable, *launcher, "--config", str(cfg.path), "--once"],
                          env=env, capture_output=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, f"{point}:{n} was never reached: {proc.stderr.decode()}"

    lib = state.current_library(cfg.data_path)
    if lib is None:
        assert template.startswith("fresh")
    else:
        version = state.current_version_number(cfg.data_path)
        assert version in (1, 2)
        assert records_digest(lib) == world["digests"][version]

    with contextlib.nullcontext() if indexed else _no_search():
        result = sync_once(cfg)
    assert result.version == 2
    assert (state.current_library(cfg.data_path) / "index").is_dir() == indexed
    assert records_digest(state.current_library(cfg.data_path)) == world["digests"][2]
    assert not list((cfg.data_path / "libraries").glob(".staging-*"))

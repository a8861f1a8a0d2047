"""The embedded sample library: complete, small, and usable with nothing outside the repository."""

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk_app.core.libdir import INDEX_DIR, index_matches
from kiosk_app.core.records import RECORD_TYPES
from kiosk_app.core.sample import ensure_sample_library, sample_source
from kiosk_app.core.store import LibraryStore

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def sample_dir(tmp_path_factory):
    return ensure_sample_library(tmp_path_factory.mktemp("data"))


def test_sample_is_small():
    assert sample_source().stat().st_size < 4 * 1024 * 1024


def test_sample_holds_every_record_type(sample_dir):
    with LibraryStore.open(sample_dir) as store:
        counts = store.counts()
        meta = store.meta()
        records = counts["records"]
        assert meta["id"] == "sample-jinan" and meta["version"] >= 1
        assert records["document"] >= 300
        for rtype in RECORD_TYPES:
            if rtype != "tombstone":
                assert records[rtype] > 0, rtype
        assert counts["revision_chains"] > 0 and counts["validity"].get("已修订", 0) > 0
        for seed in ("seed-8f4cc207dbb1effa", "seed-7f900840ad6390eb", "seed-0086efe41bf0f1e9",
                     "seed-f6237bce85bbe2d1", "seed-37ccbaeed25ecdb7"):
            assert store.get_document(seed) is not None, seed
        statuses = {c["status"] for c in store.consultations(dt.date(2026, 11, 23))}
        assert {"open", "closed"} <= statuses
        assert {c["year"] for c in store.calendar_years()} >= {2025, 2026}
        for level in ("市", "区县", "街道"):
            assert store.catalogue_children(level), level
        assert {"济南", "山东"} <= {d["region"] for d in store.latest_documents(400)}


def test_sample_opens_without_shared(tmp_path):
    """A fresh interpreter with ../shared hidden builds and opens the sample from resources/ alone."""
    code = ("import os, sys; from kiosk_app.core.sample import ensure_sample_library;"
            "from kiosk_app.core.store import LibraryStore;"
            "d = ensure_sample_library(__import__('pathlib').Path(sys.argv[1]));"
            "print(LibraryStore.open(d).counts()['records']['document'])")
    env = dict(os.environ, KIOSK_SHARED_DIR=str(tmp_path / "no-shared"))
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path / "data")], env=env,
                          capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert int(proc.stdout.strip()) >= 300


def test_second_start_reuses_the_built_library(sample_dir):
    data = sample_dir.parent.parent
    stamp = (sample_dir / "library.sqlite").stat().st_mtime_ns
    assert ensure_sample_library(data) == sample_dir
    assert (sample_dir / "library.sqlite").stat().st_mtime_ns == stamp


@pytest.mark.corpus
def test_committed_sample_is_what_the_script_makes(corpus_path, tmp_path):
    """Guards against a hand-edited or stale sample file."""
    copy = tmp_path / "repo"
    shutil.copytree(ROOT / "scripts", copy / "scripts")
    shutil.copytree(ROOT / "kiosk_app", copy / "kiosk_app", ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "resources" / "sample_library").mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "sample_library" / "authored.jsonl", copy / "resources" / "sample_library")
    proc = subprocess.run([sys.executable, str(copy / "scripts" / "make_sample_library.py"),
                           "--shared", str(corpus_path.parent.parent)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    made = (copy / "resources" / "sample_library" / "sample.jsonl.gz").read_bytes()
    assert made == sample_source().read_bytes(), "run scripts/make_sample_library.py and commit the result"


def test_index_out_of_step_with_store_is_rebuilt(tmp_path):
    """A crash or a copy can leave the index of another version: the next start rebuilds it."""
    built = ensure_sample_library(tmp_path)
    with LibraryStore.open(built, readonly=False) as store:
        store.conn.execute("UPDATE meta SET value = '99' WHERE key = 'version'")
        store.conn.commit()
    assert not index_matches(built)
    again = ensure_sample_library(tmp_path)
    assert index_matches(again)
    shutil.rmtree(again / INDEX_DIR)
    assert not index_matches(again)
    assert index_matches(ensure_sample_library(tmp_path))

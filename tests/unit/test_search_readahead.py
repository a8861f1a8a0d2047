"""The index's mapped files are advised as randomly read (no read-ahead), also after updates."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import pytest

from kiosk_app.core.importers.lawcorpus import read_corpus
from kiosk_app.core.search import SearchIndex, readahead

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="madvise and /proc are Linux")


def index_mappings(directory: Path) -> dict[str, list[str]]:
    """File name → VmFlags of each of this process's mappings of a file in ``directory``."""
    prefix = str(directory.resolve()) + "/"
    out: dict[str, list[str]] = {}
    name = None
    for line in Path("/proc/self/smaps").read_text().splitlines():
        head = line.split(maxsplit=5)
        if "-" in head[0] and len(head) >= 5 and not head[0].endswith(":"):
            name = head[5] if len(head) == 6 and head[5].startswith(prefix) else None
        elif name and line.startswith("VmFlags:"):
            out.setdefault(Path(name).name, []).append(line)
    return out


@pytest.fixture()
def records(corpus_path) -> list[dict]:
    return list(itertools.islice(read_corpus(corpus_path), 40))


def test_open_and_apply_advise_every_index_mapping(tmp_path, records):
    index_dir = tmp_path / "index"
    SearchIndex.build(index_dir, records[:30], version=1, workers=0)
    index = SearchIndex.open(index_dir)
    assert index.search("条例", snippets=False).hits
    mapped = index_mappings(index_dir)
    assert any(name.endswith(".pos") for name in mapped)     # positions, the largest file
    unadvised = [name for name, flags in mapped.items() if not all(" rr" in f for f in flags)]
    assert unadvised == []

    index.apply(records[30:], [], version=2)                  # a new segment, newly mapped
    after = index_mappings(index_dir)
    assert set(after) - set(mapped)
    assert [name for name, flags in after.items() if not all(" rr" in f for f in flags)] == []


def test_only_the_directory_given_is_advised(tmp_path, records):
    index_dir = tmp_path / "index"
    index = SearchIndex.build(index_dir, records[:10], version=1, workers=0)
    assert readahead.advise_random(tmp_path / "ind") == 0      # a name prefix is not the directory
    assert readahead.advise_random(tmp_path / "elsewhere") == 0
    assert readahead.advise_random(index_dir) > 0
    assert index.doc_count == 10


def test_normal_advice_gives_read_ahead_back(tmp_path, records):
    index_dir = tmp_path / "index"
    index = SearchIndex.build(index_dir, records[:10], version=1, workers=0)
    assert readahead.advise_normal(index_dir) > 0             # as for a merge
    assert not any(" rr" in f for flags in index_mappings(index_dir).values() for f in flags)
    index.apply(records[10:20], [], version=2)               # and random again after it
    assert all(" rr" in f for flags in index_mappings(index_dir).values() for f in flags)

"""``kiosk-library search``: the command line the acceptance checks use."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk_app.core.search import SearchIndex
from tests.integration.test_search_index import IDS, real_subset


@pytest.fixture(scope="module")
def library(tmp_path_factory, corpus_path) -> Path:
    lib = tmp_path_factory.mktemp("cli")
    SearchIndex.build(lib / "index", real_subset(corpus_path), version=3)
    return lib


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiosk_app.library", "search", *args],
                          capture_output=True, text=True, encoding="utf-8")


def test_json_lines_per_hit(library):
    out = cli(str(library), "养犬", "--region", "济南", "--limit", "3", "--json")
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(lines) == 3
    assert set(lines[0]) == {"id", "title", "score", "issuer", "validity"}
    assert lines[0]["id"] == IDS["jinan_dogs"]
    assert lines[0]["title"] == "济南市文明养犬管理条例"
    assert lines[0]["score"] >= lines[1]["score"] >= lines[2]["score"]


def test_readable_listing(library):
    out = cli(str(library), "上海市社会救助条例", "--limit", "2")
    assert out.returncode == 0, out.stderr
    assert "上海市社会救助条例  [现行有效]" in out.stdout
    assert "other versions" in out.stdout


def test_queries_file_one_line_per_query(library, tmp_path):
    qfile = tmp_path / "q.txt"
    qfile.write_text("低保\nzfxxgk\n\n国务院令第590号\n😀\n", encoding="utf-8")
    out = cli(str(library), "--queries-file", str(qfile), "--json")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["query"] for r in rows] == ["低保", "zfxxgk", "国务院令第590号", "😀"]
    assert all(isinstance(r["elapsed_ms"], float) and r["elapsed_ms"] < 1000 for r in rows)
    assert rows[1]["hits"][0]["id"] == IDS["ogi"]
    assert rows[2]["hits"][0]["id"] == IDS["expropriation"]
    assert rows[3]["hits"] == []


def test_nothing_found_is_not_an_error(library):
    out = cli(str(library), "量子引力波望远镜")
    assert out.returncode == 0
    assert "依申请公开" in out.stdout


def test_missing_index_is_one_line_error(tmp_path):
    out = cli(str(tmp_path), "低保")
    assert out.returncode == 1
    assert out.stderr.startswith("kiosk-library search: error: no search index in")
    assert "Traceback" not in out.stderr


def test_query_and_file_are_exclusive(library, tmp_path):
    out = cli(str(library), "低保", "--queries-file", str(tmp_path / "x"), "--json")
    assert out.returncode == 1 and "not both" in out.stderr

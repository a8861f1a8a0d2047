"""The kiosk-library command as an operator runs it: real files, a real process."""

import gzip
import json
import subprocess
import sys

import pytest

from tests.helpers import factory as f


def cli(*args, check=True):
    proc = subprocess.run([sys.executable, "-m", "kiosk_app.library", *map(str, args)],
                          capture_output=True, text=True, timeout=600)
    if check and proc.returncode != 0:
        raise AssertionError(f"exit {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.mark.slow
@pytest.mark.corpus
def test_full_corpus_build_info_export(corpus_path, tmp_path):
    out = tmp_path / "lib"
    proc = cli("build", "--from", corpus_path, "--out", out, "--no-index")
    assert "3418 documents" in proc.stdout and "docs/s" in proc.stdout
    info = json.loads(cli("info", out, "--json").stdout)
    assert info["records"]["document"] == 3418
    assert info["revision_chains"] == 104                    # 104 repeated titles (3 with three versions)
    assert info["validity"]["已修订"] == 107
    assert set(info["levels"]) == {"国家", "省", "市"}
    text = cli("info", out).stdout
    assert "revision chains" in text and "现行有效" in text
    export = tmp_path / "all.jsonl.gz"
    cli("export", out, "--out", export)
    with gzip.open(export, "rt", encoding="utf-8") as fh:
        lines = fh.readlines()
    assert json.loads(lines[0])["type"] == "library" and len(lines) == 3419


def test_bad_corpus_line_fails_whole_with_line_number(tmp_path):
    src = tmp_path / "laws.jsonl"
    good = {"id": "a", "title": "某条例", "body": "第一条 内容。", "status": "有效", "level": "法律",
            "region": None}
    src.write_text(json.dumps(good, ensure_ascii=False) + "\n" + json.dumps({**good, "id": "b", "body": ""})
                   + "\n", encoding="utf-8")
    proc = cli("build", "--from", src, "--out", tmp_path / "lib", check=False)
    assert proc.returncode == 1
    assert "laws.jsonl:2: missing body for '某条例'" in proc.stderr
    assert not (tmp_path / "lib").exists()


def test_exchange_problems_listed_and_nothing_written(tmp_path):
    src = tmp_path / "delta.jsonl"
    lines = [f.header(1), f.document("d1"), {"type": "document", "id": "d2", "updated_at": f.STAMP}]
    src.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n{oops\n",
                   encoding="utf-8")
    proc = cli("build", "--from", src, "--out", tmp_path / "lib", check=False)
    assert proc.returncode == 1
    assert "delta.jsonl:3: missing required field 'title'" in proc.stderr
    assert "delta.jsonl:4: not valid JSON" in proc.stderr
    assert "2 bad record(s); nothing was written" in proc.stderr
    assert not (tmp_path / "lib").exists()


def test_existing_output_needs_force(tmp_path):
    src = tmp_path / "lib.jsonl"
    src.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in [f.header(3), f.document("d")]),
                   encoding="utf-8")
    cli("build", "--from", src, "--out", tmp_path / "lib", "--no-index")
    proc = cli("build", "--from", src, "--out", tmp_path / "lib", "--no-index", check=False)
    assert proc.returncode == 1 and "use --force" in proc.stderr
    cli("build", "--from", src, "--out", tmp_path / "lib", "--no-index", "--force")
    assert json.loads(cli("info", tmp_path / "lib", "--json").stdout)["library"]["version"] == 3


@pytest.mark.parametrize("args, message", [
    (("info", "/nonexistent"), "no library store at /nonexistent/library.sqlite"),
    (("build", "--from", "/nonexistent.jsonl", "--out", "/tmp/x"), "/nonexistent.jsonl: no such file"),
])
def test_one_line_errors(args, message):
    proc = cli(*args, check=False)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines()[-1].endswith(message)
    assert "Traceback" not in proc.stderr

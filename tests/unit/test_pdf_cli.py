"""``kiosk-library print``: real library directory in, real PDF out."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from kiosk_app.core.libdir import build_library
from kiosk_app.library.cli import main

if not shutil.which("pdftotext") or not shutil.which("pdfinfo"):
    pytest.fail("pdftotext and pdfinfo (Debian package poppler-utils) are needed", pytrace=False)

STAMP = "2026-11-01T09:00:00+08:00"
RECORDS = [
    {"type": "library", "id": "test-lib", "format": 1, "version": 3, "built_at": "2026-11-20T08:00:00+08:00",
     "title": "测试库"},
    {"type": "document", "id": "ogi-2007", "updated_at": STAMP, "title": "中华人民共和国政府信息公开条例",
     "level": "国家", "validity": "已修订", "series": "ogi", "version_date": "2007-04-05",
     "published_date": "2007-04-05", "issuer": "国务院", "doc_number": "国务院令第492号",
     "replaced_by": "ogi-2019",
     "body": [{"kind": "article", "label": "第一条", "text": "为了保障公民、法人和其他组织依法获取政府信息，制定本条例。"}]},
    {"type": "document", "id": "ogi-2019", "updated_at": STAMP, "title": "中华人民共和国政府信息公开条例",
     "level": "国家", "validity": "现行有效", "series": "ogi", "version_date": "2019-04-03",
     "published_date": "2019-04-15", "issuer": "国务院", "doc_number": "国务院令第711号",
     "source_url": "https://www.gov.cn/zhengce/content/2019-04/15/content_5382991.htm",
     "body": [{"kind": "chapter", "label": "第一章", "title": "总则"},
              {"kind": "article", "label": "第一条", "text": "为了保障公民、法人和其他组织依法获取政府信息，"
                                                            "提高政府工作的透明度，制定本条例。"}]},
    {"type": "interpretation", "id": "ogi-interp", "updated_at": STAMP, "policy_id": "ogi-2019",
     "kind": "问答", "title": "政府信息公开条例十问",
     "qa": [{"q": "谁可以申请政府信息公开？", "a": "公民、法人或者其他组织均可申请。"}]},
    {"type": "enterprise_tags", "id": "ogi-tags", "updated_at": STAMP, "document_id": "ogi-2019",
     "industries": [], "enterprise_sizes": ["小型企业"], "summary": "企业可依申请获取政府信息。"},
]


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    root = tmp_path_factory.mktemp("lib")
    src = root / "src.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n", encoding="utf-8")
    out = root / "library"
    build_library([src], out, with_index=False)
    return out


def read_pdf(path) -> tuple[int, str]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1)), re.sub(r"\s+", "", text)


def test_print_full_document(library, tmp_path, capsys):
    out = tmp_path / "doc.pdf"
    assert main(["print", str(library), "ogi-2019", "--out", str(out), "--hall", "历下区政务服务中心"]) == 0
    pages, text = read_pdf(out)
    assert pages == 1
    assert "历下区政务服务中心" in text and "国务院令第711号" in text and "第一章总则" in text
    assert "数据更新于2026-11-20" in text
    assert "政策解读" not in text
    assert re.match(r"wrote .*doc\.pdf: document, 1 page\(s\), \d+ KiB", capsys.readouterr().out)


def test_print_with_interpretation(library, tmp_path):
    out = tmp_path / "doc.pdf"
    assert main(["print", str(library), "ogi-2019", "--out", str(out), "--with-interpretation"]) == 0
    _, text = read_pdf(out)
    assert "政府信息公开条例十问" in text and "问：谁可以申请政府信息公开？" in text


def test_print_guide(library, tmp_path):
    out = tmp_path / "guide.pdf"
    assert main(["print", str(library), "ogi-2019", "--out", str(out), "--guide",
                 "--contact", "咨询电话：12345"]) == 0
    pages, text = read_pdf(out)
    assert pages == 1
    assert "政策要点" in text and "谁可以申请政府信息公开？" in text      # from the interpretation
    assert "企业规模：小型企业" in text and "咨询电话：12345" in text


def test_print_amended_version_names_the_current_one(library, tmp_path):
    out = tmp_path / "old.pdf"
    assert main(["print", str(library), "ogi-2007", "--out", str(out)]) == 0
    _, text = read_pdf(out)
    assert "【注意】本文件已被修订" in text
    assert "现行版本：《中华人民共和国政府信息公开条例》（2019年4月3日版本）" in text


def test_unknown_id_exits_1_with_one_line(library, tmp_path, capsys):
    out = tmp_path / "none.pdf"
    assert main(["print", str(library), "no-such-doc", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.strip() == f"kiosk-library print: error: no document with id 'no-such-doc' in {library}"
    assert not out.exists()


def test_missing_library_exits_1(tmp_path, capsys):
    assert main(["print", str(tmp_path / "nothing"), "x", "--out", str(tmp_path / "x.pdf")]) == 1
    assert "no library store" in capsys.readouterr().err


def test_unwritable_output_exits_1(library, tmp_path, capsys):
    out = tmp_path / "no-such-dir" / "doc.pdf"
    assert main(["print", str(library), "ogi-2019", "--out", str(out)]) == 1
    assert "cannot write" in capsys.readouterr().err

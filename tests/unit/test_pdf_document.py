"""The full printed document: read back from real PDFs with poppler's tools."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
import shutil
import subprocess

import pytest

from kiosk_app.core.pdf import PrintContext, render_document
from kiosk_app.core.pdf.fonts import printable
from kiosk_app.core.records import validate
from kiosk_app.core.structure import parse_body

if not shutil.which("pdftotext") or not shutil.which("pdfinfo"):
    pytest.fail("pdftotext and pdfinfo (Debian package poppler-utils) are needed", pytrace=False)

TZ = dt.timezone(dt.timedelta(hours=8))
HALL = "济南市历下区政务服务中心"
CTX = PrintContext(hall_name=HALL, library_date="2026-11-20",
                   printed_at=dt.datetime(2026, 11, 22, 14, 5, tzinfo=TZ))
URL = "https://www.jinan.gov.cn/art/2025/6/20/art_1861_4919000.html"


def pdf_pages(data: bytes, tmp_path) -> list[str]:
    """Text of each page (pdftotext's reading order), whitespace collapsed."""
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return [re.sub(r"\s+", " ", p).strip() for p in pages]


def page_count(data: bytes, tmp_path) -> int:
    path = tmp_path / "count.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def in_order(haystack: str, needles: list[str]) -> bool:
    pos = 0
    for n in needles:
        pos = haystack.find(n, pos)
        if pos < 0:
            return False
        pos += len(n)
    return True


def make_doc(**fields) -> dict:
    rec = {
        "type": "document", "id": "jn-2025-00037", "updated_at": "2026-11-01T09:00:00+08:00",
        "title": "济南市政府信息公开工作规定", "level": "市", "validity": "现行有效",
        "index_no": "11370100MB2866908X/2025-00037", "issuer": "济南市人民政府办公厅",
        "doc_number": "济政办发〔2025〕15号", "written_date": "2025-06-18", "published_date": "2025-06-20",
        "source_url": URL,
        "body": [
            {"kind": "chapter", "label": "第一章", "title": "总则"},
            {"kind": "article", "label": "第一条", "text": "为了保障公民、法人和其他组织依法获取政府信息，制定本规定。"},
            {"kind": "article", "label": "第二条", "text": "本规定所称政府信息，是指行政机关在履行行政管理职能过程中制作或者获取的信息。"},
            {"kind": "paragraph", "text": "政府信息以一定形式记录、保存。"},
            {"kind": "chapter", "label": "第二章", "title": "公开的主体和范围"},
            {"kind": "section", "label": "第一节", "title": "主动公开"},
            {"kind": "article", "label": "第三条", "text": "行政机关应当主动公开涉及公众利益调整的政府信息（含GB 11643相关内容）。"},
        ],
    }
    rec.update(fields)
    return validate(rec)


def make_interp(**fields) -> dict:
    rec = {
        "type": "interpretation", "id": "interp-1", "updated_at": "2026-11-01T09:00:00+08:00",
        "policy_id": "jn-2025-00037", "kind": "文字解读", "title": "《济南市政府信息公开工作规定》政策解读",
        "issuer": "济南市人民政府办公厅", "published_date": "2025-06-25",
        "body": [{"kind": "heading", "label": "一、", "title": "制定背景", "level": 1},
                 {"kind": "paragraph", "text": "为适应新形势下政务公开工作要求，修订本规定。"}],
        "qa": [{"q": "申请人如何查询办理进度？", "a": "凭回执上的查询码在自助终端或网站查询。"}],
    }
    rec.update(fields)
    return validate(rec)


def test_order_of_title_metadata_and_body(tmp_path):
    pages = pdf_pages(render_document(make_doc(), CTX), tmp_path)
    text = squash(" ".join(pages))
    assert in_order(text, [
        HALL, "济南市政府信息公开工作规定",
        "索引号", "11370100MB2866908X/2025-00037", "发布机构", "济南市人民政府办公厅",
        "发文字号", "济政办发〔2025〕15号", "成文日期", "2025-06-18", "发布日期", "2025-06-20",
        "有效性", "现行有效", "扫码查看原文",
        "第一章总则", "第一条为了保障", "第二条本规定所称", "政府信息以一定形式记录、保存。",
        "第二章公开的主体和范围", "第一节主动公开", "第三条行政机关应当主动公开",
    ]), text
    assert "GB 11643" in " ".join(pages)
    assert "【注意】" not in text


def test_footer_on_every_page(tmp_path):
    body = [{"kind": "article", "label": f"第{i}条", "text": "行政机关应当依法、及时、准确地公开政府信息。" * 6}
            for i in range(1, 80)]
    data = render_document(make_doc(body=body), CTX)
    n = page_count(data, tmp_path)
    pages = pdf_pages(data, tmp_path)
    assert n >= 3 and len(pages) == n
    for i, page in enumerate(pages, 1):
        flat = squash(page)
        assert f"第{i}页/共{n}页" in flat, page
        assert "打印时间：2026-11-2214:05" in flat
        assert "数据更新于2026-11-20" in flat
        assert HALL in flat


@pytest.mark.parametrize("validity, words", [
    ("已废止", "本文件已废止"), ("失效", "本文件已失效"), ("已修订", "本文件已被修订"),
])
def test_notice_for_a_document_not_in_force(validity, words, tmp_path):
    ctx = PrintContext(hall_name=HALL, library_date="2026-11-20", printed_at=CTX.printed_at,
                       replacement_title="济南市政府信息公开工作规定（2026年修订）", replacement_date="2026-03-01")
    doc = make_doc(validity=validity, replaced_by="jn-2026-00001")
    first = squash(pdf_pages(render_document(doc, ctx), tmp_path)[0])
    assert in_order(first, ["济南市政府信息公开工作规定", f"【注意】{words}",
                            "现行版本：《济南市政府信息公开工作规定（2026年修订）》（2026年3月1日版本）",
                            "请以现行有效文件为准", "索引号", "第一条"]), first


def test_notice_for_a_document_not_yet_in_force(tmp_path):
    doc = make_doc(validity="尚未生效", effective_date="2027-01-01")
    first = squash(pdf_pages(render_document(doc, CTX), tmp_path)[0])
    assert in_order(first, ["【注意】本文件尚未生效", "本文件自2027年1月1日起施行", "索引号"]), first
    assert "实施日期2027-01-01" in first


def test_notice_without_a_known_replacement(tmp_path):
    first = squash(pdf_pages(render_document(make_doc(validity="已废止"), CTX), tmp_path)[0])
    assert "【注意】本文件已废止" in first and "现行版本" not in first


def test_interpretations_are_appended_after_the_body(tmp_path):
    data = render_document(make_doc(), CTX, [make_interp()])
    text = squash(" ".join(pdf_pages(data, tmp_path)))
    assert in_order(text, ["第三条行政机关", "附：政策解读", "《济南市政府信息公开工作规定》政策解读",
                           "文字解读·济南市人民政府办公厅·2025-06-25", "一、制定背景", "为适应新形势",
                           "问：申请人如何查询办理进度？", "答：凭回执上的查询码"]), text
    alone = squash(" ".join(pdf_pages(render_document(make_doc(), CTX), tmp_path)))
    assert "政策解读" not in alone


def test_long_attachment_table_repeats_its_header(tmp_path):
    atts = [{"name": f"附件{i}：政府信息公开事项清单（第{i}部分）"} for i in range(1, 151)]
    data = render_document(make_doc(attachments=atts), CTX)
    pages = pdf_pages(data, tmp_path)
    spanned = [p for p in pages if "政府信息公开事项清单" in p]
    assert len(spanned) >= 3
    for page in spanned:
        assert "序号" in page and "附件名称" in page
    flat = squash(" ".join(pages))
    assert in_order(flat, [f"附件{i}：" for i in range(1, 151)])


def test_writes_to_a_path(tmp_path):
    out = tmp_path / "out.pdf"
    data = render_document(make_doc(), CTX, out=out)
    assert out.read_bytes() == data and data.startswith(b"%PDF-")
    assert not list(tmp_path.glob(".*.part"))


def test_document_without_body_says_so(tmp_path):
    text = squash(" ".join(pdf_pages(render_document(make_doc(body=[]), CTX), tmp_path)))
    assert "本文件正文未收录" in text


@pytest.mark.corpus
@pytest.mark.slow
def test_longest_regulation_of_the_corpus(corpus_path, tmp_path):
    best = None
    with gzip.open(corpus_path, "rt", encoding="utf-8") as fh:
        for line in fh:
            raw = json.loads(line)
            blocks = parse_body(raw["body"])
            n = sum(b["kind"] == "article" for b in blocks)
            if best is None or n > best[0]:
                best = (n, raw, blocks)
    n_articles, raw, blocks = best
    assert n_articles >= 200
    doc = make_doc(id=raw["id"], title=raw["title"], issuer=raw.get("issuer") or "", doc_number="",
                   index_no="", written_date=raw.get("issued_date"),
                   published_date=raw.get("published_date"),
                   validity="失效" if raw.get("status") == "已失效" else "现行有效",
                   history=raw.get("preamble") or [], body=blocks, source_url=raw.get("source_url") or "")
    data = render_document(doc, CTX)
    n_pages = page_count(data, tmp_path)
    pages = pdf_pages(data, tmp_path)
    assert n_pages == len(pages) >= n_articles // 10
    assert f"第{n_pages}页/共{n_pages}页" in squash(pages[-1])
    # Strip the page furniture, then every block must read back whole and in order,
    # including paragraphs split across pages.
    furniture = re.compile(r"打印时间：\S+ \S+|第 \d+ 页 / 共 \d+ 页|数据更新于 \S+|"
                           + re.escape(HALL) + "|" + re.escape(raw["title"]))
    text = squash(" ".join(furniture.sub(" ", p) for p in pages))
    # Characters the face lacks (a few private-use code points) print as 〓.
    expected = [squash(printable(f"{b.get('label', '')}{b.get('title') or b.get('text') or ''}"))
                for b in blocks]
    missing = [e for e in expected if e not in text]
    assert not missing, missing[:3]
    assert in_order(text, expected)

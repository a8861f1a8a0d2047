"""The one-page guide: always one A4 page, key points from the right source."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kiosk_app.core.pdf import PrintContext, render_guide
from kiosk_app.core.pdf.guide import MORE_WITH_QR, MORE_WITHOUT_QR, key_points
from kiosk_app.core.records import validate
from kiosk_app.core.structure import parse_body

if not shutil.which("pdftotext") or not shutil.which("pdfinfo"):
    pytest.fail("pdftotext and pdfinfo (Debian package poppler-utils) are needed", pytrace=False)

TZ = dt.timezone(dt.timedelta(hours=8))
CTX = PrintContext(hall_name="济南市历下区政务服务中心", library_date="2026-11-20",
                   printed_at=dt.datetime(2026, 11, 22, 14, 5, tzinfo=TZ),
                   contact="咨询电话：0531-12345（工作日 9:00—17:00）")


def read_pdf(data: bytes, tmp_path: Path) -> tuple[int, str, str]:
    """(pages, page size line, text with whitespace removed)."""
    path = tmp_path / "guide.pdf"
    path.write_bytes(data)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+(.*)$", info, re.M).group(1)
    return pages, size, re.sub(r"\s+", "", text)


def make_doc(**fields) -> dict:
    rec = {
        "type": "document", "id": "biz-1", "updated_at": "2026-11-01T09:00:00+08:00",
        "title": "济南市优化营商环境条例", "level": "市", "validity": "现行有效",
        "issuer": "济南市人民代表大会常务委员会", "doc_number": "济南市人大常委会公告第12号",
        "published_date": "2022-01-21", "effective_date": "2022-03-01",
        "source_url": "https://www.jinan.gov.cn/art/2022/1/21/art_1.html",
        "body": [
            {"kind": "chapter", "label": "第一章", "title": "总则"},
            {"kind": "article", "label": "第一条", "text": "为了持续优化营商环境，激发市场主体活力，制定本条例。"},
            {"kind": "article", "label": "第二条", "text": "本市行政区域内优化营商环境工作，适用本条例。"},
        ],
    }
    rec.update(fields)
    return validate(rec)


def make_interp(**fields) -> dict:
    rec = {
        "type": "interpretation", "id": "biz-interp", "updated_at": "2026-11-01T09:00:00+08:00",
        "policy_id": "biz-1", "kind": "文字解读", "title": "条例解读", "issuer": "济南市发展和改革委员会",
        "body": [{"kind": "heading", "label": "一、", "title": "准入更便利", "level": 1},
                 {"kind": "paragraph", "text": "负面清单以外的领域各类市场主体均可依法平等进入。"}],
    }
    rec.update(fields)
    return validate(rec)


TAGS = {"type": "enterprise_tags", "id": "t1", "updated_at": "2026-11-01T09:00:00+08:00",
        "document_id": "biz-1", "industries": ["制造业"], "enterprise_sizes": ["小型企业", "微型企业"],
        "target_groups": ["高校毕业生"], "summary": "涉企优惠政策推行“免申即享”。", "no_application": True}


def huge_doc() -> dict:
    filler = "行政机关应当建立健全政府信息公开工作机制，依法、及时、准确地公开政府信息，并接受社会监督。"
    body = [{"kind": "article", "label": f"第{i}条", "text": filler * 5} for i in range(1, 400)]
    return make_doc(title="关于" + "进一步深化政务公开标准化规范化建设" * 12 + "的实施意见", body=body)


def test_guide_content_and_order(tmp_path):
    pages, size, text = read_pdf(render_guide(make_doc(), CTX, [make_interp()], [validate(TAGS)]), tmp_path)
    assert pages == 1 and "A4" in size
    order = ["政策指引", "济南市优化营商环境条例", "发布机构", "济南市人民代表大会常务委员会",
             "发文字号", "发布日期", "2022-01-21", "实施日期", "2022-03-01", "有效性", "现行有效",
             "扫码查看全文", "政策要点", "摘自政策解读：条例解读，济南市发展和改革委员会",
             "一、准入更便利：负面清单以外的领域", "适用对象", "适用行业：制造业",
             "企业规模：小型企业、微型企业", "适用对象：高校毕业生", "免申即享", "咨询方式",
             "咨询电话：0531-12345（工作日9:00—17:00）", "数据更新于2026-11-20"]
    pos = 0
    for needle in order:
        pos = text.find(needle, pos)
        assert pos >= 0, (needle, text)
    assert "第一条" not in text          # key points came from the interpretation
    assert MORE_WITH_QR not in text      # nothing was cut


def test_key_points_fall_back_to_opening_articles(tmp_path):
    _, _, text = read_pdf(render_guide(make_doc(), CTX), tmp_path)
    assert "第一条为了持续优化营商环境" in text and "第二条本市行政区域内" in text
    assert "第一章" not in text           # structure lines are not key points
    assert "摘自" not in text
    assert "适用对象" not in text          # no tags given
    assert points_text(make_doc(), []) == ["第一条\u3000|为了持续优化营商环境，激发市场主体活力，制定本条例。",
                                            "第二条\u3000|本市行政区域内优化营商环境工作，适用本条例。"]


def points_text(doc, interps):
    points, _ = key_points(doc, interps)
    return [f"{p.lead}|{p.text}" for p in points]


def test_key_points_from_questions_and_answers():
    interp = make_interp(body=[], qa=[{"q": "谁可以申请？", "a": "本市登记的中小微企业。"}])
    assert points_text(make_doc(), [interp]) == ["谁可以申请？\u3000|本市登记的中小微企业。"]


def test_huge_document_still_fits_one_page(tmp_path):
    pages, _, text = read_pdf(render_guide(huge_doc(), CTX, [], [validate(TAGS)]), tmp_path)
    assert pages == 1
    assert MORE_WITH_QR in text
    assert "咨询电话" in text and "适用行业：制造业" in text   # what follows the points is kept
    assert "第1条" in text


def test_huge_interpretation_and_notice_fit_one_page(tmp_path):
    long_para = "本条例明确了各级人民政府及其有关部门在优化营商环境工作中的职责分工和协调机制。" * 30
    interp = make_interp(body=[{"kind": "paragraph", "text": long_para}] * 20)
    ctx = PrintContext(hall_name=CTX.hall_name, library_date="2026-11-20", printed_at=CTX.printed_at,
                       replacement_title="济南市优化营商环境条例（2025年修订）")
    doc = make_doc(validity="已修订", replaced_by="biz-2", source_url="")
    pages, _, text = read_pdf(render_guide(doc, ctx, [interp]), tmp_path)
    assert pages == 1
    assert "【注意】本文件已被修订" in text and "济南市优化营商环境条例（2025年修订）" in text
    assert MORE_WITHOUT_QR in text        # no source_url, so no QR to scan
    assert "扫码" not in text


@pytest.mark.corpus
@pytest.mark.slow
def test_longest_corpus_regulation_guide_is_one_page(corpus_path, tmp_path):
    best = None
    with gzip.open(corpus_path, "rt", encoding="utf-8") as fh:
        for line in fh:
            raw = json.loads(line)
            if best is None or raw["body"].count("\n第") > best["body"].count("\n第"):
                best = raw
    doc = make_doc(id=best["id"], title=best["title"], body=parse_body(best["body"]),
                   source_url=best.get("source_url") or "")
    pages, _, text = read_pdf(render_guide(doc, CTX), tmp_path)
    assert pages == 1 and MORE_WITH_QR in text
